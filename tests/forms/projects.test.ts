/**
 * One result per project: two real project forms of the corpus, filed as one workbook with a sheet each and stacked
 * on one sheet, give two results, each with the figures and findings of its own form checked alone.
 */
import { checkWorkbook } from '../../src/core/check';
import { checkProjects } from '../../src/core/check-projects';
import type { Grid } from '../../src/core/grid/grid';
import { formGrid, stack } from '../support/project-workbook';

/** What a result says, with cells as addresses shifted back by `offset` rows, to compare with the form alone. */
function essentials(result: ReturnType<typeof checkWorkbook>, offset = 0) {
  return {
    summary: result.summary,
    findings: result.findings.map((f) => `${f.rule}@${f.refs.map((r) => `${r.row - offset}:${r.col}`).join(',')}`),
  };
}

describe('a workbook of several project forms', () => {
  const ids = ['anhui-tangxi-cunji-2022', 'yunnan-lijiang-gucheng-weipian-2020'] as const;
  let forms: Grid[];

  beforeAll(async () => {
    forms = [await formGrid(ids[0]), await formGrid(ids[1])];
  });

  it('one project per sheet: one result each, as if checked alone', () => {
    const [a, b] = forms as [Grid, Grid];
    const results = checkProjects([
      { ...a, name: '项目一' },
      { ...b, name: '项目二' },
    ]);
    expect(results.map((r) => [r.part.sheet, r.part.name])).toEqual([
      ['项目一', expect.any(String)],
      ['项目二', expect.any(String)],
    ]);
    expect(essentials(results[0]!.result)).toEqual(essentials(checkWorkbook([{ ...a, name: '项目一' }])));
    expect(essentials(results[1]!.result)).toEqual(essentials(checkWorkbook([{ ...b, name: '项目二' }])));
  });

  it('several projects on one sheet: one result each, its findings at its own rows', () => {
    const [a, b] = forms as [Grid, Grid];
    const sheet = stack(a, b, '项目表');
    const results = checkProjects([sheet]);
    expect(results).toHaveLength(2);
    const offset = a.rowCount + 2;
    expect(results[0]!.part.rows).toEqual({ top: 0, bottom: offset - 1 });
    expect(essentials(results[0]!.result)).toEqual(essentials(checkWorkbook([{ ...a, name: '项目表' }])));
    expect(essentials(results[1]!.result, offset)).toEqual(essentials(checkWorkbook([{ ...b, name: '项目表' }])));
    expect(results[1]!.result.summary.budget.planned).toBe(checkWorkbook([b]).summary.budget.planned);
  });

  it('a single form is no workbook of projects', () => {
    expect(checkProjects([forms[0]!])).toEqual([]);
  });
});
