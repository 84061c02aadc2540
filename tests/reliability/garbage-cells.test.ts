// Property: whatever a read cell holds, checking never throws and no rule crashes; bad values only become findings.
import fc from 'fast-check';
import { checkWorkbook, RULE_FAILED } from '../../src/core/check';
import type { CellInput } from '../../src/core/grid/build-grid';
import type { CellValue, Grid } from '../../src/core/grid/grid';
import { buildReport } from '../../src/report/build-report';
import { reportToText } from '../../src/report/report-to-text';
import { setCells } from '../support/grid-transforms';
import { loadSampleGrids } from '../support/sample';

const RUNS = {
  numRuns: Number(process.env.FC_RUNS ?? 100),
  seed: Number(process.env.FC_SEED ?? 4242),
  endOnFailure: true,
} as const;

const CONTROL = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join('');

/** Values people, exports and broken formulas put into cells. */
const garbage: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom<CellValue>(
    'NaN',
    'Infinity',
    '-Infinity',
    '1e308',
    '1e309',
    '-0',
    '0x1F',
    '2025-02-30',
    '2025年13月45日',
    '2025.7.25',
    '45863',
    '三千四百万',
    '34,474,255.03元',
    '１２３',
    '99分',
    '100%',
    '≥',
    '≥95%≤',
    '%',
    '（单位名称）',
    '=HYPERLINK("http://x","点我")',
    '<img src=x onerror=alert(1)>',
    '\u202e2024\u202c',
    '\u200f单位\u200e',
    '\ufeff',
    '😀🎉👨‍👩‍👧',
    CONTROL,
    '\u0000',
    '\r\n\t',
    '合计',
    '一级指标',
    '全年预算数',
    '',
    ' ',
    '\u3000',
    true,
    false,
    null,
  ),
  fc.constantFrom<CellValue>(
    1e308,
    -1e308,
    Number.MAX_VALUE,
    Number.MIN_VALUE,
    -0,
    0,
    1e-300,
    2 ** 53 + 1,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    -1,
    1e15,
    99999999,
  ),
  fc
    .constantFrom(
      '#DIV/0!',
      '#REF!',
      '#VALUE!',
      '#N/A',
      '#NAME?',
      '#NUM!',
      '#NULL!',
      '#SPILL!',
      '#CALC!',
      '#GETTING_DATA',
      '',
    )
    .map((error): CellValue => ({ error })),
  fc.double(),
  fc.integer(),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom('x', '数', '9', '💥', '\u202e').map((ch): CellValue => ch.repeat(10_000)),
);

/** Every position the sample holds a value in, per sheet (the cells the recogniser reads, labels included). */
function occupied(grids: readonly Grid[]): Array<{ sheet: number; row: number; col: number }> {
  const out: Array<{ sheet: number; row: number; col: number }> = [];
  grids.forEach((g, sheet) =>
    g.cells.forEach((cells, row) =>
      cells?.forEach((cell, col) => cell && !cell.mergedFrom && out.push({ sheet, row, col })),
    ),
  );
  return out;
}

/** What a formatting slip leaves in generated text: an unfilled {{placeholder}}, NaN, Infinity or undefined. */
const BROKEN_TEXT = /\{\{|\bNaN\b|Infinity|\bundefined\b/;
/** Messages and the report quote what the user typed, which may be the text "NaN" itself: then it proves nothing. */
const echoesBrokenText = (planted: ReadonlyArray<{ value: CellValue }>) =>
  planted.some(({ value }) => typeof value === 'string' && BROKEN_TEXT.test(value));

describe('garbage in any read cell never crashes the check', () => {
  let sample: Grid[];
  let cells: ReturnType<typeof occupied>;
  beforeAll(async () => {
    sample = await loadSampleGrids();
    cells = occupied(sample);
  });

  const plant = (replacements: ReadonlyArray<{ at: number; value: CellValue; keepFormula: boolean }>): Grid[] =>
    sample.map((grid, sheet) =>
      setCells(
        grid,
        replacements.flatMap(({ at, value, keepFormula }) => {
          const pos = cells[at % cells.length];
          if (!pos || pos.sheet !== sheet) return [];
          const formula = keepFormula ? grid.cells[pos.row]?.[pos.col]?.formula : undefined;
          const input: CellInput = formula ? { value, formula } : value;
          return [{ row: pos.row, col: pos.col, value: input }];
        }),
      ),
    );

  const replacements = fc.array(fc.record({ at: fc.nat(), value: garbage, keepFormula: fc.boolean() }), {
    minLength: 1,
    maxLength: 12,
  });

  it('checkWorkbook returns findings, never throws, never reports a rule failure', () => {
    fc.assert(
      fc.property(replacements, (planted) => {
        const result = checkWorkbook(plant(planted));
        expect(result.findings.filter((f) => f.rule === RULE_FAILED)).toEqual([]);
        for (const f of result.findings) {
          // A message an accountant can act on: Chinese, every placeholder filled, no number that failed to format.
          expect(f.message).toMatch(/[\u4e00-\u9fff]/);
          if (!echoesBrokenText(planted)) expect(f.message).not.toMatch(BROKEN_TEXT);
          expect(f.refs.length).toBeGreaterThan(0);
          expect(f.cells).toHaveLength(f.refs.length);
        }
      }),
      RUNS,
    );
  });

  it('the narrative report is built from any such workbook without throwing', () => {
    fc.assert(
      fc.property(replacements, (planted) => {
        const result = checkWorkbook(plant(planted));
        if (!result.recognised) return;
        const text = reportToText(buildReport(result));
        expect(text).toContain('整体支出绩效自评报告');
        if (!echoesBrokenText(planted)) expect(text).not.toMatch(BROKEN_TEXT);
      }),
      { ...RUNS, numRuns: Math.ceil(RUNS.numRuns / 2) },
    );
  });

  it('garbage in every numeric cell at once is findings, not a crash', () => {
    for (const value of [
      1e308,
      -1e308,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      'NaN',
      'Infinity',
      { error: '#DIV/0!' },
      'x'.repeat(10_000),
    ] as CellValue[]) {
      const grids = sample.map((grid) =>
        setCells(
          grid,
          grid.cells.flatMap((row, r) =>
            (row ?? []).flatMap((cell, c) =>
              cell && !cell.mergedFrom && typeof cell.value === 'number' ? [{ row: r, col: c, value }] : [],
            ),
          ),
        ),
      );
      const result = checkWorkbook(grids);
      expect(result.findings.filter((f) => f.rule === RULE_FAILED)).toEqual([]);
      expect(result.findings.length).toBeGreaterThan(0);
    }
  });
});
