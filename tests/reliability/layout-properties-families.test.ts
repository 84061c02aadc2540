// Property: every family's real example (tests/forms), under the layout changes a bureau's copy makes (columns shifted,
// blank columns, merges undone, header labels written as other bureaus do, labels typed full-width with stray spaces,
// sheets renamed and reordered), is recognised as
// the same family and gives the same model and the same findings (cells mapped back). The reference template's own
// property test (layout-properties.test.ts) also moves its blocks and swaps label synonyms.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { checkWorkbook } from '../../src/core/check';
import type { CellRef, Grid } from '../../src/core/grid/grid';
import { FAMILIES } from '../../src/core/template/families';
import { leavesOf } from '../../src/core/template/parse-score-sheet';
import { recognizeWorkbook } from '../../src/core/template/recognize-workbook';
import { readWorkbookGrids } from '../../src/xlsx/read-workbook';
import { perturbWorkbook, workbookPlanArbitrary, type Perturbed } from './perturb';

const RUNS = {
  numRuns: Number(process.env.FC_RUNS ?? 25),
  seed: Number(process.env.FC_SEED ?? 20261202),
  endOnFailure: true,
} as const;

const ROOT = join(__dirname, '..', '..');

/** The model values that must not depend on layout. */
/** The cells holding indicator names: data, even where a name is also a label (江西's indicator 执行率). */
function indicatorNameCells(grids: readonly Grid[]): ReadonlySet<string> {
  const rows = recognizeWorkbook(grids).model.data?.indicators?.rows ?? [];
  return new Set(rows.flatMap((r) => (r.name ? [`${r.name.ref.sheet}!${r.name.ref.row}:${r.name.ref.col}`] : [])));
}

function essentials(grids: readonly Grid[]) {
  const { model } = recognizeWorkbook(grids);
  const data = model.data;
  return {
    family: model.family?.id,
    unit: data?.unit?.value,
    year: data?.year?.value,
    amountUnit: data?.amountUnit,
    statedScore: data?.statedScore?.value,
    budget: data?.budget?.rows.map((r) => [
      r.kind,
      r.initial?.value,
      r.planned?.value,
      r.actual?.value,
      r.rate?.value,
      r.weight?.value,
      r.score?.value,
    ]),
    breakdowns: data?.budget?.inlineBreakdowns?.map((b) => [b.stated?.value, b.parts.map((p) => p.amount.value)]),
    goals: [data?.goals?.target?.value, data?.goals?.achieved?.value],
    indicators: data?.indicators?.rows.map((i) => [
      i.level1?.value,
      i.level2?.value,
      i.name.value,
      i.direction,
      i.target.value,
      i.actual.value,
      i.weight?.value,
      i.score?.value,
      i.coefficient?.value,
    ]),
    // A family filed as its score sheet alone (scoresheet-department) reads its 三级指标 there.
    scoreLeaves: model.score && leavesOf(model.score.roots).map((l) => [l.title, l.weight?.value, l.score?.value]),
  };
}

const refKey = (ref: CellRef | undefined) => (ref ? `${ref.sheet}!${ref.row},${ref.col}` : 'unmapped');

function findingKeys(grids: readonly Grid[], back: Perturbed['back'] = (r) => r): string[] {
  return checkWorkbook(grids)
    .findings.map((f) => `${f.rule} ${f.severity} ${f.refs.map((r) => refKey(back(r))).join(' ')}`)
    .sort();
}

/**
 * Header labels written another way (template.md's synonyms, as other bureaus print them), offered for every sheet of
 * an example; a label the example does not write is simply never met. Not 年度指标值 / 实际完成值: the score-sheet
 * detector (parse-score-sheet findScoreHeader) tells an indicator block from a score sheet by exactly these two words,
 * and a one-sheet form writing 指标值 / 完成值 (the Sichuan form) is today also read as a score sheet, which is how its
 * scores are checked; swapping them changes the findings of the national and 衔接资金 forms (known, not a layout matter).
 */
const HEADER_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  全年预算数: ['调整后预算数'],
  全年执行数: ['执行数', '预算执行数'],
  偏差原因分析及改进措施: ['偏差原因'],
  计量单位: ['度量单位'],
};

const synonymsFor = (grids: readonly Grid[]) => Object.fromEntries(grids.map((g) => [g.name, HEADER_SYNONYMS]));

const EXAMPLES = FAMILIES.filter((f) => f.id !== 'reference').map((f) => [f.id, f.example] as const);

describe.each(EXAMPLES)('%s: the same family, model and findings under every layout change', (id, example) => {
  let grids: Grid[];
  beforeAll(async () => {
    const name = example.split('/').pop() ?? '';
    grids = await readWorkbookGrids(new Uint8Array(readFileSync(join(ROOT, example, `${name}.xlsx`))));
  });

  it('is recognised as its family to begin with (so the comparison is not vacuous)', () => {
    expect(essentials(grids).family).toBe(id);
    const { budget, indicators, scoreLeaves } = essentials(grids);
    // The Hunan example is cut off before its indicators: its budget block is what it reads; the score-sheet family's
    // example has neither, only its 三级指标 with their weights and scores.
    expect((budget?.length ?? 0) + (indicators?.length ?? 0) + (scoreLeaves?.length ?? 0)).toBeGreaterThan(0);
  });

  it('reads the same from every perturbed copy', () => {
    const expected = essentials(grids);
    const expectedFindings = findingKeys(grids);
    fc.assert(
      fc.property(workbookPlanArbitrary(grids, synonymsFor(grids)), (plan) => {
        const perturbed = perturbWorkbook(grids, plan, indicatorNameCells(grids));
        expect(essentials(perturbed.grids)).toEqual(expected);
        expect(findingKeys(perturbed.grids, perturbed.back)).toEqual(expectedFindings);
      }),
      RUNS,
    );
  });
});
