// A small Excel formula evaluator for the simulated host: enough for the template's formulas (arithmetic, comparisons,
// &, SUM/IF/OR/AND/MIN/MAX/ROUND/ABS/IFERROR, cell and range references, other sheets). Anything else is #NAME?.
import { fromA1 } from '../core/grid/a1';

export type SimValue = number | string | boolean | { readonly error: string } | null;

/** Reads a cell's current value; `sheet` is the formula's own sheet unless the reference names another. */
export type CellReader = (sheet: string, row: number, col: number) => SimValue;

type Token =
  | { t: 'num'; v: number }
  | { t: 'str'; v: string }
  | { t: 'ref'; sheet?: string; a: string; b?: string }
  | { t: 'name'; v: string }
  | { t: 'op'; v: string };

const isError = (v: unknown): v is { error: string } => typeof v === 'object' && v !== null && 'error' in v;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const ref = /^(?:('(?:[^']|'')+'|[^\s'!(),+\-*/&=<>":]+)!)?(\$?[A-Z]{1,3}\$?\d+)(?::(\$?[A-Z]{1,3}\$?\d+))?/;
  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i);
    const ch = text[i] ?? '';
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (ch === '"') {
      let j = i + 1;
      let s = '';
      while (j < text.length) {
        if (text[j] === '"' && text[j + 1] === '"') {
          s += '"';
          j += 2;
        } else if (text[j] === '"') break;
        else s += text[j++];
      }
      tokens.push({ t: 'str', v: s });
      i = j + 1;
      continue;
    }
    const num = /^\d+(?:\.\d+)?(?:[eE][+-]?\d+)?%?/.exec(rest);
    if (num && !/^[A-Z]/i.test(rest.slice(num[0].length, num[0].length + 1))) {
      const n = Number(num[0].replace('%', ''));
      tokens.push({ t: 'num', v: num[0].endsWith('%') ? n / 100 : n });
      i += num[0].length;
      continue;
    }
    const r = ref.exec(rest);
    if (r && !/^\(/.test(rest.slice(r[0].length))) {
      const sheet = r[1]?.startsWith("'") ? r[1].slice(1, -1).replace(/''/g, "'") : r[1];
      tokens.push({
        t: 'ref',
        ...(sheet ? { sheet } : {}),
        a: (r[2] ?? '').replace(/\$/g, ''),
        ...(r[3] ? { b: r[3].replace(/\$/g, '') } : {}),
      });
      i += r[0].length;
      continue;
    }
    const name = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(rest);
    if (name) {
      tokens.push({ t: 'name', v: name[0].toUpperCase() });
      i += name[0].length;
      continue;
    }
    const op = /^(<=|>=|<>|[-+*/&=<>(),^])/.exec(rest);
    if (!op) throw new Error(`unexpected ${ch}`);
    tokens.push({ t: 'op', v: op[0] });
    i += op[0].length;
  }
  return tokens;
}

type Arg = SimValue | SimValue[];

/** Evaluates `formula` (without "="); never throws: a formula it cannot read gives #NAME?. */
export function evaluateFormula(formula: string, sheet: string, read: CellReader): SimValue {
  let tokens: Token[];
  try {
    tokens = tokenize(formula);
  } catch {
    return { error: '#NAME?' };
  }
  let pos = 0;
  const peek = () => tokens[pos];
  const isOp = (v: string) => {
    const t = peek();
    return t?.t === 'op' && t.v === v;
  };
  const expect = (v: string) => {
    if (!isOp(v)) throw new Error(`expected ${v}`);
    pos++;
  };

  const num = (v: Arg): number | { error: string } => {
    if (Array.isArray(v)) return { error: '#VALUE!' };
    if (isError(v)) return v;
    if (v === null || v === '') return 0;
    if (typeof v === 'boolean') return v ? 1 : 0;
    if (typeof v === 'number') return v;
    const n = Number(v);
    return Number.isFinite(n) ? n : { error: '#VALUE!' };
  };
  const scalar = (v: Arg): SimValue => (Array.isArray(v) ? (v[0] ?? null) : v);

  const compare = (op: string, a: SimValue, b: SimValue): SimValue => {
    if (isError(a)) return a;
    if (isError(b)) return b;
    // A blank compares as "" against text and as 0 against anything else.
    const x = a === null ? (typeof b === 'string' ? '' : 0) : a;
    const y = b === null ? (typeof a === 'string' ? '' : 0) : b;
    let c: number;
    if (typeof x === 'number' && typeof y === 'number') c = x - y;
    else if (typeof x === 'string' && typeof y === 'string')
      c = x.toLowerCase() < y.toLowerCase() ? -1 : x.toLowerCase() > y.toLowerCase() ? 1 : 0;
    else c = typeof x === 'number' ? -1 : 1; // numbers sort before text in Excel
    return { '=': c === 0, '<>': c !== 0, '<': c < 0, '>': c > 0, '<=': c <= 0, '>=': c >= 0 }[op] ?? false;
  };

  const primary = (): Arg => {
    const t = tokens[pos++];
    if (!t) throw new Error('unexpected end');
    if (t.t === 'num' || t.t === 'str') return t.v;
    if (t.t === 'ref') {
      const target = t.sheet ?? sheet;
      const a = fromA1(t.a);
      const b = t.b ? fromA1(t.b) : a;
      if (!a || !b) return { error: '#REF!' };
      if (!t.b) return read(target, a.row, a.col);
      const out: SimValue[] = [];
      for (let r = Math.min(a.row, b.row); r <= Math.max(a.row, b.row); r++)
        for (let c = Math.min(a.col, b.col); c <= Math.max(a.col, b.col); c++) out.push(read(target, r, c));
      return out;
    }
    if (t.t === 'name') {
      if (t.v === 'TRUE') return true;
      if (t.v === 'FALSE') return false;
      expect('(');
      const args: (() => Arg)[] = [];
      const starts: number[] = [];
      // Arguments are parsed lazily so IF and IFERROR evaluate only the branch they take.
      if (!isOp(')')) {
        for (;;) {
          starts.push(pos);
          skipExpression();
          if (isOp(',')) {
            pos++;
            continue;
          }
          break;
        }
      }
      const end = pos;
      expect(')');
      for (const start of starts) {
        args.push(() => {
          const saved = pos;
          pos = start;
          const v = comparison();
          pos = saved;
          return v;
        });
      }
      pos = end + 1;
      return call(t.v, args);
    }
    if (t.v === '(') {
      const v = comparison();
      expect(')');
      return v;
    }
    if (t.v === '-') {
      const v = num(scalar(unary()));
      return isError(v) ? v : -v;
    }
    if (t.v === '+') return unary();
    throw new Error(`unexpected ${t.v}`);
  };

  /** Moves past one argument without evaluating it. */
  const skipExpression = () => {
    let depth = 0;
    while (pos < tokens.length) {
      const t = tokens[pos];
      if (t?.t === 'op' && t.v === '(') depth++;
      if (t?.t === 'op' && t.v === ')') {
        if (depth === 0) return;
        depth--;
      }
      if (t?.t === 'op' && t.v === ',' && depth === 0) return;
      pos++;
    }
  };

  const flat = (args: (() => Arg)[]) =>
    args.flatMap((a) => {
      const v = a();
      return Array.isArray(v) ? v.filter((x) => typeof x === 'number' || isError(x)) : [v];
    });

  const call = (name: string, args: (() => Arg)[]): SimValue => {
    const arg = (i: number) => scalar(args[i]?.() ?? null);
    switch (name) {
      case 'SUM':
      case 'MIN':
      case 'MAX': {
        const values = flat(args).map(num);
        const error = values.find(isError);
        if (error) return error;
        const ns = values as number[];
        if (name === 'SUM') return ns.reduce((s, n) => s + n, 0);
        if (ns.length === 0) return 0;
        return name === 'MIN' ? Math.min(...ns) : Math.max(...ns);
      }
      case 'IF': {
        const cond = arg(0);
        if (isError(cond)) return cond;
        const truthy = typeof cond === 'string' ? cond !== '' : Boolean(cond);
        if (truthy) return args.length > 1 ? arg(1) : true;
        return args.length > 2 ? arg(2) : false;
      }
      case 'IFERROR': {
        const v = arg(0);
        return isError(v) ? arg(1) : v;
      }
      case 'OR':
      case 'AND': {
        const values = args.map((_, i) => arg(i));
        const error = values.find(isError);
        if (error) return error;
        return name === 'OR' ? values.some(Boolean) : values.every(Boolean);
      }
      case 'ROUND': {
        const v = num(arg(0));
        const d = num(arg(1));
        if (isError(v)) return v;
        if (isError(d)) return d;
        const f = 10 ** d;
        return Math.round(v * f) / f;
      }
      case 'ABS': {
        const v = num(arg(0));
        return isError(v) ? v : Math.abs(v);
      }
      default:
        return { error: '#NAME?' };
    }
  };

  const unary = (): Arg => primary();

  const power = (): Arg => {
    let left = unary();
    while (isOp('^')) {
      pos++;
      const a = num(scalar(left));
      const b = num(scalar(unary()));
      left = isError(a) ? a : isError(b) ? b : a ** b;
    }
    return left;
  };

  const term = (): Arg => {
    let left = power();
    while (isOp('*') || isOp('/')) {
      const op = (tokens[pos++] as { v: string }).v;
      const a = num(scalar(left));
      const b = num(scalar(power()));
      if (isError(a)) left = a;
      else if (isError(b)) left = b;
      else if (op === '/' && b === 0) left = { error: '#DIV/0!' };
      else left = op === '*' ? a * b : a / b;
    }
    return left;
  };

  const additive = (): Arg => {
    let left = term();
    while (isOp('+') || isOp('-')) {
      const op = (tokens[pos++] as { v: string }).v;
      const a = num(scalar(left));
      const b = num(scalar(term()));
      left = isError(a) ? a : isError(b) ? b : op === '+' ? a + b : a - b;
    }
    return left;
  };

  const concat = (): Arg => {
    let left = additive();
    while (isOp('&')) {
      pos++;
      const a = scalar(left);
      const b = scalar(additive());
      left = isError(a) ? a : isError(b) ? b : `${a ?? ''}${b ?? ''}`;
    }
    return left;
  };

  const comparison = (): Arg => {
    let left = concat();
    for (;;) {
      const t = peek();
      if (t?.t !== 'op' || !['=', '<>', '<', '>', '<=', '>='].includes(t.v)) return left;
      pos++;
      left = compare(t.v, scalar(left), scalar(concat()));
    }
  };

  try {
    const value = scalar(comparison());
    if (pos !== tokens.length) return { error: '#NAME?' };
    return value;
  } catch {
    return { error: '#NAME?' };
  }
}
