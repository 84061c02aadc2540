/**
 * How well the product reads the corpus of real forms (issue #10): for every entry, what checkWorkbook reads
 * (unit name, year, amount unit, 全年预算数 and 全年执行数 of the total row) against the hand-checked truth, the
 * real inconsistencies found at their cell, and the error findings that are none of them (false errors).
 * Run with `npx tsx tests/forms/measure.ts [-v] [--dir <forms dir>]` (--dir measures entries kept elsewhere, such as
 * forms not yet in the repo, laid out like this one); tests/forms/reading.test.ts holds the floors.
 */
import * as fs from 'fs';
import * as path from 'path';
import { inflateRawSync } from 'zlib';
import { checkWorkbook } from '../../src/core/check';
import { fromA1, qualifiedA1 } from '../../src/core/grid/a1';
import type { CellRef } from '../../src/core/grid/grid';
import type { Field } from '../../src/core/template/model';
import { readWorkbookGrids } from '../../src/xlsx/read-workbook';

export const FORMS_DIR = __dirname;

type CellFact = { cell: string | null; value: number | string | null };

interface Truth {
  id: string;
  unit: CellFact & { name: string };
  /** null: the form states no year anywhere the copy shows. */
  year: number | null;
  /** null: the form states no amounts (a score sheet), so nothing is to be read. */
  amountUnit: '元' | '万元' | null;
  budget: Record<'initial' | 'adjusted' | 'executed', CellFact | null>;
  inconsistencies: { cell: string }[];
  /** Cells the copy shows but cannot be read, left empty in the rebuild (qualified A1): what a finding says of them is unknown. */
  unreadable?: string[];
}

/** What source.json says of the copy: where it stops, and the cells of each sheet. */
interface Source {
  cutOff: string | null;
  sheets: { name: string; cells: [string, unknown, string?][] }[];
}

export type FigureName = 'unit' | 'year' | 'amountUnit' | 'planned' | 'actual';

export type Figure = {
  readonly name: FigureName;
  readonly expected: string;
  readonly read: string;
  readonly correct: boolean;
};

export type FormMeasure = {
  readonly id: string;
  readonly figures: readonly Figure[];
  readonly inconsistencies: number;
  readonly found: number;
  /** Qualified cells of the real inconsistencies no finding points at. */
  readonly missed: readonly string[];
  /** Error findings pointing at none of the real inconsistencies: "rule@Sheet!A1". */
  readonly falseErrors: readonly string[];
  /** Error findings that point only at cells the copy does not show (cut off or unreadable): neither found nor false. */
  readonly unknown: readonly string[];
  /** Warnings ("rule@Sheet!A1"): each must be one an accountant agrees with (read them with -v). */
  readonly warnings: readonly string[];
};

export type CorpusMeasure = {
  readonly forms: readonly FormMeasure[];
  readonly figuresCorrect: number;
  readonly figures: number;
  readonly found: number;
  readonly inconsistencies: number;
  readonly falseErrors: number;
};

/** "Sheet1!C7" and "'Sheet 1'!C7" alike, so truth cells and finding cells compare as text. */
const normalCell = (cell: string): string => cell.replace(/^'(.*)'!/, '$1!');

const cellOf = (ref: CellRef): string => normalCell(qualifiedA1(ref.sheet, ref));

const sameNumber = (a: number | null | undefined, b: number | null | undefined): boolean =>
  a == null || b == null ? a == null && b == null : Math.abs(a - b) < 0.005;

const show = (v: unknown): string => (v == null ? '—' : String(v));

const TO_YUAN: Readonly<Record<string, number>> = { 元: 1, 万元: 10000, 万: 10000 };

/**
 * The figure a truth cell states: its number, or the amount of a text typed with its unit ("150万" in a 万元 table is
 * 150), which the product must use for computing; any other text is no figure.
 */
function statedFigure(value: number | string | null, amountUnit: Truth['amountUnit']): number | null {
  if (typeof value === 'number') return value;
  const match = /^([\d,]+(?:\.\d+)?)\s*(万元|万|元)$/.exec(String(value ?? '').trim());
  if (!match?.[1] || !match[2]) return null;
  return (
    (Number(match[1].replace(/,/g, '')) * (TO_YUAN[match[2]] ?? 1)) / (amountUnit ? (TO_YUAN[amountUnit] ?? 1) : 1)
  );
}

function amountFigure(
  name: FigureName,
  truth: CellFact | null,
  field: Field<number> | undefined,
  amountUnit: Truth['amountUnit'],
): Figure | null {
  if (!truth) return null;
  const readCell = field ? cellOf(field.ref) : null;
  const value = field?.value ?? null;
  const expectedValue = statedFigure(truth.value, amountUnit);
  // A figure the copy leaves unreadable (value null) is read correctly when nothing is read for it.
  const correct =
    sameNumber(value, expectedValue) &&
    (expectedValue === null || (truth.cell !== null && readCell === normalCell(truth.cell)));
  return {
    name,
    expected: `${show(expectedValue)}@${show(truth.cell)}`,
    read: `${show(value)}@${show(readCell)}`,
    correct,
  };
}

/**
 * Whether a cell lies where the copy shows nothing: after the last cell of a copy that is cut off (in reading order, on
 * the sheet where it stops), or in a cell the copy shows but cannot be read. The rebuild leaves such cells empty, so a
 * finding about them is about the copy, not the form.
 */
function unseenIn(source: Source, truth: Truth): (cell: string) => boolean {
  const unreadable = new Set((truth.unreadable ?? []).map(normalCell));
  const last = source.sheets[source.sheets.length - 1];
  let end: { row: number; col: number } | undefined;
  if (source.cutOff !== null && last) {
    for (const [address] of last.cells) {
      const pos = fromA1(address);
      if (pos && (!end || pos.row > end.row || (pos.row === end.row && pos.col > end.col))) end = pos;
    }
  }
  return (cell) => {
    if (unreadable.has(cell)) return true;
    const bang = cell.lastIndexOf('!');
    const pos = fromA1(cell.slice(bang + 1));
    if (!end || !last || !pos || cell.slice(0, bang) !== last.name) return false;
    return pos.row > end.row || (pos.row === end.row && pos.col > end.col);
  };
}

export async function measureForm(id: string, formsDir = FORMS_DIR): Promise<FormMeasure> {
  const dir = path.join(formsDir, id);
  const truth = JSON.parse(fs.readFileSync(path.join(dir, 'truth.json'), 'utf8')) as Truth;
  const source = JSON.parse(fs.readFileSync(path.join(dir, 'source.json'), 'utf8')) as Source;
  const bytes = fs.readFileSync(path.join(dir, `${id}.xlsx`));
  const grids = await readWorkbookGrids(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
    inflateRaw: (data, maxBytes) => inflateRawSync(data, { maxOutputLength: Math.max(1, maxBytes) }),
  });
  const result = checkWorkbook(grids);
  const { summary, model } = result;

  const readUnit = summary.unit?.trim() ?? null;
  // The unit's name, or the whole text of its cell ("219001-池州市贵池区棠溪镇人民政府"); nothing when the form has none.
  const unitCorrect =
    truth.unit.cell === null
      ? readUnit === null
      : readUnit === truth.unit.name || readUnit === String(truth.unit.value ?? '').trim();
  const total = model.data?.budget?.rows.find((r) => r.kind === 'total');
  const figures: Figure[] = [
    { name: 'unit', expected: truth.unit.cell ? truth.unit.name : '—', read: show(readUnit), correct: unitCorrect },
    {
      name: 'year',
      expected: String(truth.year),
      read: show(summary.year),
      correct: (summary.year ?? null) === truth.year,
    },
    {
      name: 'amountUnit',
      expected: truth.amountUnit ?? '—',
      read: show(summary.amountUnit),
      correct: (summary.amountUnit ?? null) === truth.amountUnit,
    },
  ];
  for (const f of [
    amountFigure('planned', truth.budget.adjusted, total?.planned, truth.amountUnit),
    amountFigure('actual', truth.budget.executed, total?.actual, truth.amountUnit),
  ]) {
    if (f) figures.push(f);
  }

  const truthCells = new Set(truth.inconsistencies.map((i) => normalCell(i.cell)));
  const findingCells = result.findings.map((f) => f.refs.map(cellOf));
  const missed = [...truthCells].filter((cell) => !findingCells.some((cells) => cells.includes(cell)));
  const unseen = unseenIn(source, truth);
  const name = (f: (typeof result.findings)[number]) => `${f.rule}@${f.refs[0] ? cellOf(f.refs[0]) : f.sheet}`;
  const notFound = result.findings.filter(
    (f) => f.severity === 'error' && !f.refs.some((ref) => truthCells.has(cellOf(ref))),
  );
  const aboutCopy = (f: (typeof result.findings)[number]) =>
    f.refs.length > 0 && f.refs.every((ref) => unseen(cellOf(ref)));
  return {
    id,
    figures,
    inconsistencies: truthCells.size,
    found: truthCells.size - missed.length,
    missed,
    falseErrors: notFound.filter((f) => !aboutCopy(f)).map(name),
    unknown: notFound.filter(aboutCopy).map(name),
    warnings: result.findings.filter((f) => f.severity === 'warning').map(name),
  };
}

export function corpusIds(formsDir = FORMS_DIR): string[] {
  return fs
    .readdirSync(formsDir)
    .filter((name) => fs.existsSync(path.join(formsDir, name, 'truth.json')))
    .sort();
}

export async function measureCorpus(formsDir = FORMS_DIR): Promise<CorpusMeasure> {
  const forms: FormMeasure[] = [];
  for (const id of corpusIds(formsDir)) forms.push(await measureForm(id, formsDir));
  const sum = (f: (m: FormMeasure) => number) => forms.reduce((s, m) => s + f(m), 0);
  return {
    forms,
    figuresCorrect: sum((m) => m.figures.filter((f) => f.correct).length),
    figures: sum((m) => m.figures.length),
    found: sum((m) => m.found),
    inconsistencies: sum((m) => m.inconsistencies),
    falseErrors: sum((m) => m.falseErrors.length),
  };
}

export function formatMeasure(m: CorpusMeasure, verbose = false): string {
  const lines: string[] = [];
  lines.push(
    ['form'.padEnd(40), 'figures', 'found', 'false', 'warn', 'unit', 'year', 'amtUnit', 'planned', 'actual'].join('  '),
  );
  for (const form of m.forms) {
    const mark = (name: FigureName) => {
      const f = form.figures.find((x) => x.name === name);
      return f ? (f.correct ? 'ok' : 'NO') : '-';
    };
    lines.push(
      [
        form.id.padEnd(40),
        `${form.figures.filter((f) => f.correct).length}/${form.figures.length}`.padEnd(7),
        `${form.found}/${form.inconsistencies}`.padEnd(5),
        String(form.falseErrors.length).padEnd(5),
        String(form.warnings.length).padEnd(4),
        mark('unit').padEnd(4),
        mark('year').padEnd(4),
        mark('amountUnit').padEnd(7),
        mark('planned').padEnd(7),
        mark('actual'),
      ].join('  '),
    );
    if (verbose) {
      for (const f of form.figures.filter((x) => !x.correct)) {
        lines.push(`    ${f.name}: expected ${f.expected}, read ${f.read}`);
      }
      if (form.missed.length) lines.push(`    missed: ${form.missed.join(', ')}`);
      if (form.falseErrors.length) lines.push(`    false errors: ${form.falseErrors.join(', ')}`);
      if (form.unknown.length) lines.push(`    about cells the copy does not show: ${form.unknown.join(', ')}`);
      if (form.warnings.length) lines.push(`    warnings: ${form.warnings.join(', ')}`);
    }
  }
  lines.push(
    `TOTAL figures ${m.figuresCorrect}/${m.figures}, inconsistencies found at their cell ${m.found}/${m.inconsistencies}, false errors ${m.falseErrors}`,
  );
  return lines.join('\n');
}

if (require.main === module) {
  const dirArg = process.argv.includes('--dir') ? process.argv[process.argv.indexOf('--dir') + 1] : undefined;
  const formsDir = dirArg ? path.resolve(dirArg) : FORMS_DIR;
  measureCorpus(formsDir).then(
    (m) => console.log(formatMeasure(m, process.argv.includes('-v'))),
    (err: unknown) => {
      console.error(err);
      process.exitCode = 1;
    },
  );
}
