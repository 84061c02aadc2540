// Property: any layout of the sample that template.md allows gives the same model and the same findings (cells mapped back).
import fc from 'fast-check';
import { checkWorkbook } from '../../src/core/check';
import type { CellInput } from '../../src/core/grid/build-grid';
import type { CellRef, Grid } from '../../src/core/grid/grid';
import { recognizeWorkbook } from '../../src/core/template/recognize-workbook';
import { byName, setCells } from '../support/grid-transforms';
import { loadSampleGrids } from '../support/sample';
import { perturbWorkbook, workbookPlanArbitrary, type Perturbed } from './perturb';

// Seeded so a run is reproducible; FC_SEED=… FC_RUNS=… explore further.
const RUNS = {
  numRuns: Number(process.env.FC_RUNS ?? 100),
  seed: Number(process.env.FC_SEED ?? 20250725),
  endOnFailure: true,
} as const;

/** The model values that must not depend on layout. */
function essentials(grids: readonly Grid[]) {
  const { model } = recognizeWorkbook(grids);
  const data = model.data;
  return {
    unit: data?.unit?.value,
    year: data?.year?.value,
    filedOn: data?.filedOn?.value,
    amountUnit: data?.amountUnit,
    statedScore: data?.statedScore?.value,
    statedGrade: data?.statedGrade?.value,
    staff: Object.fromEntries(Object.entries(data?.staff ?? {}).map(([k, f]) => [k, f.value])),
    budget: data?.budget?.rows.map((r) => [
      r.kind,
      r.initial?.value,
      r.planned?.value,
      r.actual?.value,
      r.rate?.value,
      r.note?.value,
    ]),
    sangong: data?.sangong?.rows.map((r) => [r.kind, r.planned?.value, r.actual?.value, r.rate?.value]),
    goals: [data?.goals?.target?.value, data?.goals?.achieved?.value],
    indicators: data?.indicators?.rows.map((i) => [
      i.level1?.value,
      i.level2?.value,
      i.name.value,
      i.direction,
      i.target.value,
      i.unit?.value,
      i.actual.value,
      i.previous?.value ?? null,
      i.statedDone?.value,
      i.reason?.value,
    ]),
    tree: model.score?.roots.map((l1) => [
      l1.title,
      l1.weight?.value,
      l1.children.map((l2) => [
        l2.title,
        l2.weight?.value,
        l2.children.map((l3) => [l3.title, l3.weight?.value, l3.score?.value, l3.reason?.value ?? null]),
      ]),
    ]),
    scoreUnit: model.score?.unit?.value,
    total: [model.score?.total?.weight?.value, model.score?.total?.score?.value],
    grade: model.score?.grade?.value,
    material: Object.fromEntries(Object.entries(model.material?.fields ?? {}).map(([k, f]) => [k, f.value])),
  };
}

const refKey = (ref: CellRef | undefined) => (ref ? `${ref.sheet}!${ref.row},${ref.col}` : 'unmapped');

/** Findings as comparable strings: rule, severity and cells, mapped back to the original layout when perturbed. */
function findingKeys(grids: readonly Grid[], back: Perturbed['back'] = (r) => r): string[] {
  return checkWorkbook(grids)
    .findings.map((f) => `${f.rule} ${f.severity} ${f.refs.map((r) => refKey(back(r))).join(' ')}`)
    .sort();
}

function at(grid: Grid, a1: string, value: CellInput): Grid {
  const match = /^([A-Z])(\d+)$/.exec(a1);
  if (!match) throw new Error(a1);
  return setCells(grid, [{ row: Number(match[2]) - 1, col: (match[1] ?? 'A').charCodeAt(0) - 65, value }]);
}

/** The sample with mistakes an accountant makes: each is a value, so the cell it sits in is fixed by the layout. */
function plantMistakes(sample: readonly Grid[]): Grid[] {
  let data = byName(sample, '自评数据表');
  data = at(data, 'D19', 31587855.13); // budget-rollup at D18, execution-rate at F19
  data = at(data, 'F22', 0.95); // execution-rate: stated rate ≠ 执行数 ÷ 预算数
  data = at(data, 'D34', 31000); // sangong-control: 决算 > 预算, and the 合计 no longer adds up
  data = at(data, 'J45', '否'); // indicator-completion: 100% done but stated 否
  data = at(data, 'C20', '1,000,000'); // number-as-text
  data = at(data, 'E21', { error: '#REF!' }); // cell-error
  let score = byName(sample, '自评评分表');
  score = at(score, 'I9', null); // score-deduction-reason: 3 of 4 with no reason
  score = at(score, 'J14', 5); // score-range: 5 > weight 4
  score = at(score, 'J22', 97); // score-total
  score = at(score, 'B23', '良'); // score-grade
  return [data, score, byName(sample, '报告素材')];
}

describe('the same model and findings under every layout template.md allows', () => {
  let sample: Grid[];
  let planted: Grid[];
  beforeAll(async () => {
    sample = await loadSampleGrids();
    planted = plantMistakes(sample);
  });

  it('plants mistakes the checks see (so the findings comparison is not vacuous)', () => {
    const rules = new Set(findingKeys(planted).map((k) => k.split(' ')[0]));
    for (const rule of [
      'budget-rollup',
      'execution-rate',
      'sangong-control',
      'indicator-completion',
      'number-as-text',
      'cell-error',
      'score-deduction-reason',
      'score-range',
      'score-total',
      'score-grade',
    ]) {
      expect(rules).toContain(rule);
    }
  });

  it('reads the same model from the perturbed sample, with the same (no) findings', () => {
    const expected = essentials(sample);
    const expectedFindings = findingKeys(sample);
    fc.assert(
      fc.property(workbookPlanArbitrary(sample), (plan) => {
        const perturbed = perturbWorkbook(sample, plan);
        expect(essentials(perturbed.grids)).toEqual(expected);
        expect(findingKeys(perturbed.grids, perturbed.back)).toEqual(expectedFindings);
      }),
      RUNS,
    );
  });

  it('finds the same planted mistakes at the same (mapped) cells', () => {
    const expected = essentials(planted);
    const expectedFindings = findingKeys(planted);
    fc.assert(
      fc.property(workbookPlanArbitrary(planted), (plan) => {
        const perturbed = perturbWorkbook(planted, plan);
        expect(essentials(perturbed.grids)).toEqual(expected);
        expect(findingKeys(perturbed.grids, perturbed.back)).toEqual(expectedFindings);
      }),
      RUNS,
    );
  });
});
