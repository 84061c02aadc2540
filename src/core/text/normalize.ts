// Label normalisation: how two labels written by different bureaus are recognised as the same (template.md).

const QUOTES = /["'“”‘’「」『』]/g;
const WHITESPACE = /[\s\u3000\u00a0]+/g;

/**
 * Folds a label to its comparable form: NFKC (full-width brackets, colons, percent signs and digits become
 * half-width), no whitespace at all, no quotation marks, no trailing colon.
 */
export function normalizeLabel(text: string): string {
  return text.normalize('NFKC').replace(WHITESPACE, '').replace(QUOTES, '').replace(/:+$/, '');
}

/** The label with any trailing parenthesised part removed: "全年预算数(元)" -> "全年预算数". */
export function stripParenthetical(label: string): string {
  return label.replace(/\([^()]*\)$/, '');
}

/**
 * A column header without its reference marks, as printed forms number their columns: "小计④=①+②+③" (after NFKC
 * "小计4=1+2+3"), "支出实现率(%)⑥=⑤/④", "年中调整金额③", and then its trailing parenthesised parts ("(万元)", "(A)").
 */
export function columnLabel(norm: string): string {
  let out = norm.replace(/(?<=[\u4e00-\u9fa5)])\d{1,2}(?:=[\d+\-*/×÷]+)?$/, '');
  for (let prev = ''; prev !== out;) {
    prev = out;
    out = stripParenthetical(out);
  }
  return out;
}

/** The content of a trailing parenthesised part, if any: "全年预算数(万元)" -> "万元". */
export function trailingParenthetical(label: string): string | undefined {
  return /\(([^()]*)\)$/.exec(label)?.[1];
}
