// proposeFixes: the clean sample yields nothing; each planted mistake yields exactly the proposal that undoes it. The
// proposals are the fixes the rules report with their findings, collected one per cell.
import { join } from 'node:path';
import { checkWorkbook } from '../../src/core/check';
import type { Finding } from '../../src/core/finding';
import { collectFixes, proposeFixes, type FixProposal } from '../../src/core/fixes/propose-fixes';
import { fromA1 } from '../../src/core/grid/a1';
import type { CellInput } from '../../src/core/grid/build-grid';
import type { Grid } from '../../src/core/grid/grid';
import { setCells } from '../support/grid-transforms';
import { BLANK_PATH, loadGrids, loadSampleGrids } from '../support/sample';

const DATA = '自评数据表';
const SCORE = '自评评分表';

/** The sample with cells replaced, given as { sheet: { A1: input } }. */
async function planted(changes: Readonly<Record<string, Readonly<Record<string, CellInput>>>>): Promise<Grid[]> {
  const grids = await loadSampleGrids();
  return grids.map((grid) => {
    const cells = Object.entries(changes[grid.name] ?? {}).map(([a1, value]) => {
      const pos = fromA1(a1);
      if (!pos) throw new Error(`bad address ${a1}`);
      return { ...pos, value };
    });
    return cells.length === 0 ? grid : setCells(grid, cells);
  });
}

async function fixesFor(
  changes: Readonly<Record<string, Readonly<Record<string, CellInput>>>>,
): Promise<FixProposal[]> {
  return proposeFixes(checkWorkbook(await planted(changes)));
}

const at = (sheet: string, a1: string) => ({ sheet, ...fromA1(a1) });

describe('proposeFixes', () => {
  it('proposes nothing for the clean sample', async () => {
    expect(proposeFixes(checkWorkbook(await loadSampleGrids()))).toEqual([]);
  });

  it('proposes nothing for the blank template', async () => {
    expect(proposeFixes(checkWorkbook(await loadGrids(BLANK_PATH)))).toEqual([]);
  });

  it('recomputes a budget parent from its children, with the live formula', async () => {
    const fixes = await fixesFor({ [DATA]: { D17: { value: 34474000, numFmt: '#,##0.00' } } });
    expect(fixes).toEqual([
      {
        ref: at(DATA, 'D17'),
        what: '年度资金总额的全年预算数',
        current: 34474000,
        value: expect.closeTo(34474255.03, 6),
        formula: 'D18+D22',
      },
    ]);
  });

  it('uses SUM over a contiguous block of 其中 rows, and recomputes the parents above bottom-up', async () => {
    // 其中：一般公共预算 +100 in 年初预算数: 财政拨款 must follow, and 年度资金总额 then has two breakdowns that disagree.
    const fixes = await fixesFor({
      [DATA]: { C18: { value: 29146800, numFmt: '#,##0.00' }, C19: { value: 28146900, numFmt: '#,##0.00' } },
    });
    expect(fixes).toEqual([
      {
        ref: at(DATA, 'C18'),
        what: '财政拨款的年初预算数',
        current: 29146800,
        value: 29146900,
        formula: 'SUM(C19:C21)',
      },
    ]);
  });

  it('recomputes the total through a parent that is itself about to change', async () => {
    // 一般公共预算 and 人员经费 both +100: 财政拨款, 基本支出 and 年度资金总额 are stale; both breakdowns agree once fixed.
    // The rates move by less than the 0.01% the sheet shows, so they stay.
    const fixes = await fixesFor({
      [DATA]: { D19: { value: 31587955.03, numFmt: '#,##0.00' }, D24: { value: 9856532.17, numFmt: '#,##0.00' } },
    });
    expect(fixes.map((f) => [f.what, f.value, f.formula])).toEqual([
      ['年度资金总额的全年预算数', expect.closeTo(34474355.03, 6), 'D18+D22'],
      ['财政拨款的全年预算数', expect.closeTo(33187955.03, 6), 'SUM(D19:D21)'],
      ['基本支出的全年预算数', expect.closeTo(11100132.17, 6), 'SUM(D24:D25)'],
    ]);
  });

  it('rewrites a rate that no longer holds once its amounts are recomputed', async () => {
    // 其他资金 and 项目支出 both 286,400 lower: both breakdowns agree on a new total, and four rates are stale.
    const fixes = await fixesFor({
      [DATA]: { D22: { value: 1000000, numFmt: '#,##0.00' }, D26: { value: 23087822.86, numFmt: '#,##0.00' } },
    });
    expect(fixes.map((f) => [f.what, f.value])).toEqual([
      ['年度资金总额的全年预算数', expect.closeTo(34187855.03, 6)],
      ['年度资金总额的执行率', expect.closeTo(34474740.51 / 34187855.03, 12)],
      ['其他资金的执行率', expect.closeTo(1.28688548, 12)],
      ['项目支出的执行率', expect.closeTo(23374708.34 / 23087822.86, 12)],
    ]);
  });

  it('leaves a total alone when its two breakdowns disagree (a child is wrong, not the total)', async () => {
    const fixes = await fixesFor({ [DATA]: { D22: { value: 1000000, numFmt: '#,##0.00' } } });
    expect(fixes.map((f) => f.what)).toEqual(['其他资金的执行率']);
  });

  it('rewrites a wrong 执行率 and an Excel error in a rate cell', async () => {
    const fixes = await fixesFor({
      [DATA]: { F17: { value: 0.98, numFmt: '0.00%' }, F22: { value: { error: '#DIV/0!' } } },
    });
    expect(fixes).toEqual([
      {
        ref: at(DATA, 'F17'),
        what: '年度资金总额的执行率',
        current: 0.98,
        value: 34474740.51 / 34474255.03,
        formula: 'IF(D17=0,"",E17/D17)',
      },
      {
        ref: at(DATA, 'F22'),
        what: '其他资金的执行率',
        current: { error: '#DIV/0!' },
        value: 1286885.48 / 1286400,
        formula: 'IF(D22=0,"",E22/D22)',
        numFmt: '0.00%',
      },
    ]);
  });

  it('accepts a rate within the stated precision', async () => {
    expect(await fixesFor({ [DATA]: { F17: { value: 1, numFmt: '0.00%' } } })).toEqual([]);
  });

  it('recomputes the "三公" total and a 控制率', async () => {
    const fixes = await fixesFor({
      [DATA]: { C29: { value: 200000, numFmt: '#,##0.00' }, E34: { value: 0.6, numFmt: '0.00%' } },
    });
    expect(fixes).toEqual([
      { ref: at(DATA, 'C29'), what: '"三公"经费合计的预算数', current: 200000, value: 210000, formula: 'C30+C31+C34' },
      {
        ref: at(DATA, 'E34'),
        what: '"三公"经费公务接待费的控制率',
        current: 0.6,
        value: 18726 / 30000,
        formula: 'IF(C34=0,"",D34/C34)',
      },
    ]);
  });

  it('rewrites a stated 完成率 (uncapped and capped are both accepted) and a contradicting 是否完成', async () => {
    const fixes = await fixesFor({
      [DATA]: { I42: { value: 0.8, numFmt: '0.00%' }, I43: { value: 1, numFmt: '0.00%' }, J40: '否', I40: 0.5 },
    });
    expect(fixes).toEqual([
      {
        ref: at(DATA, 'I40'),
        what: '指标"生产安全事故起数"的完成率',
        current: 0.5,
        value: 1,
        formula: 'IF(G40<=E40,1,IF(G40>=2*E40,0,1-(G40-E40)/E40))',
        numFmt: '0.00%',
      },
      { ref: at(DATA, 'J40'), what: '指标"生产安全事故起数"的是否完成', current: '否', value: '是' },
      {
        ref: at(DATA, 'I42'),
        what: '指标"应急响应启动次数"的完成率',
        current: 0.8,
        value: 1.2,
        formula: 'IF(E42=0,1,G42/E42)',
      },
    ]);
  });

  it('writes the ≤ completion by the family rules: national (1 − (B − A) ÷ A) or a province A ÷ B', async () => {
    // 生产安全事故起数 ≤ 10 with 15 accidents: nationally 1 − 5 ÷ 10 = 50%; as A ÷ B 10 ÷ 15 = 66.67%.
    const changes = { [DATA]: { G40: 15, I40: { value: 1, numFmt: '0.00%' }, J40: '否', K40: '事故增多' } };
    const national = (await fixesFor(changes)).find((f) => f.what === '指标"生产安全事故起数"的完成率');
    expect(national).toMatchObject({ value: 0.5, formula: 'IF(G40<=E40,1,IF(G40>=2*E40,0,1-(G40-E40)/E40))' });
    const province = proposeFixes(
      checkWorkbook(await planted(changes), { settings: { scoring: { reverse: 'target-over-actual' } } }),
    ).find((f) => f.what === '指标"生产安全事故起数"的完成率');
    expect(province?.value).toBeCloseTo(10 / 15, 12);
    expect(province?.formula).toBe('IF(G40<=E40,1,IF(G40=0,0,E40/G40))');
  });

  it('rewrites an indicator 得分 and a budget 得分 by the family rules, with live formulas', async () => {
    // 生产安全事故起数 ≤ 10 with 15: (1 − 5 ÷ 10) × 10 = 5 nationally, 10 × 10 ÷ 15 = 6.67 as A ÷ B; 预算执行 at
    // 100.00% (a few 元 over) scores 10 of 10, not the uncapped 10.
    const changes = {
      [DATA]: {
        L39: '分值',
        M39: '得分',
        G40: 15,
        I40: { value: 0.5, numFmt: '0.00%' },
        J40: '否',
        K40: '事故增多',
        L40: 10,
        M40: 10,
        L16: '分值',
        M16: '得分',
        L17: 10,
        M17: 9,
      },
    };
    const scores = (fixes: FixProposal[]) =>
      fixes.filter((f) => f.what.endsWith('的得分')).map((f) => [f.what, f.value, f.formula]);
    expect(scores(await fixesFor(changes))).toEqual([
      ['年度资金总额的得分', 10, 'ROUND(MIN(E17/D17,1)*L17,2)'],
      ['指标"生产安全事故起数"的得分', 5, 'ROUND(IF(G40<=E40,L40,IF(G40>=2*E40,0,(1-(G40-E40)/E40)*L40)),2)'],
    ]);
    const province = proposeFixes(
      checkWorkbook(await planted(changes), { settings: { scoring: { reverse: 'target-over-actual' } } }),
    );
    expect(scores(province)[1]).toEqual([
      '指标"生产安全事故起数"的得分',
      6.67,
      'ROUND(IF(G40<=E40,L40,IF(G40=0,0,E40/G40*L40)),2)',
    ]);
  });

  it('recomputes the score sheet 合计 score and weight, a level-2 weight and the grade', async () => {
    const fixes = await fixesFor({
      [SCORE]: { J22: { value: 80, formula: 'SUM(J5:J20)' }, B22: 90, D5: 17, B23: '良' },
    });
    expect(fixes).toEqual([
      { ref: at(SCORE, 'D5'), what: '二级指标"自评工作情况"的权重', current: 17, value: 18, formula: 'SUM(F5:F7)' },
      { ref: at(SCORE, 'B22'), what: '评分表合计的权重', current: 90, value: 100, formula: 'SUM(B5:B21)' },
      {
        ref: at(SCORE, 'J22'),
        what: '评分表合计的得分',
        current: 80,
        currentFormula: 'SUM(J5:J20)',
        value: 99,
        formula: 'SUM(J5:J21)',
      },
      {
        ref: at(SCORE, 'B23'),
        what: '评分表的自评等级',
        current: '良',
        value: '优',
        formula: 'IF(J22>=90,"优",IF(J22>=80,"良",IF(J22>=60,"中","差")))',
      },
    ]);
  });

  it('proposes the grade the recomputed total earns, not the one the stated total suggests', async () => {
    // A level-3 score drops to 5 (from 15): the total is 89, so 优 becomes 良 in both the score sheet and the data table.
    const fixes = await fixesFor({ [SCORE]: { J19: 5 } });
    expect(fixes.map((f) => [f.ref.sheet, f.ref.row + 1, f.value])).toEqual([
      [DATA, 12, 89],
      [DATA, 13, '良'],
      [SCORE, 22, 89],
      [SCORE, 23, '良'],
    ]);
    const dataGrade = fixes[1];
    expect(dataGrade).toMatchObject({ what: '自评数据表的自评等级', formula: "'自评评分表'!B23" });
    expect(fixes[0]).toMatchObject({
      what: '自评数据表的自评得分',
      currentFormula: '自评评分表!J22',
      formula: "'自评评分表'!J22",
    });
  });

  it('ignores blanks (not stated) and text grades written another way', async () => {
    expect(await fixesFor({ [DATA]: { F17: null, B13: '优秀' }, [SCORE]: { B23: '优 等' } })).toEqual([]);
  });
});

describe('fixes come from findings', () => {
  it('each proposal is the fix of a finding: a stale total carries the rate that follows from it', async () => {
    const result = checkWorkbook(
      await planted({
        [DATA]: { D22: { value: 1000000, numFmt: '#,##0.00' }, D26: { value: 23087822.86, numFmt: '#,##0.00' } },
      }),
    );
    const withFix = result.findings.filter((f) => f.fix);
    expect(withFix.map((f) => [f.rule, f.cells[0], f.fix?.map((x) => x.what)])).toEqual([
      ['budget-rollup', 'D17', ['年度资金总额的全年预算数', '年度资金总额的执行率']],
      ['execution-rate', 'F22', ['其他资金的执行率']],
      ['execution-rate', 'F26', ['项目支出的执行率']],
    ]);
    const reported = withFix.flatMap((f) => f.fix ?? []);
    for (const proposal of proposeFixes(result)) expect(reported).toContainEqual(proposal);
  });

  it('an Excel error in a rate is repaired through the cell-error finding', async () => {
    const result = checkWorkbook(await planted({ [DATA]: { F22: { value: { error: '#DIV/0!' } } } }));
    const finding = result.findings.find((f) => f.rule === 'cell-error');
    expect(finding?.fix?.map((f) => [f.what, f.formula])).toEqual([['其他资金的执行率', 'IF(D22=0,"",E22/D22)']]);
  });

  it('a 合计 weight the rules accept gets no proposal (青神县: 预算执行 10 + indicators 90 = 100)', async () => {
    // The published 青神县 form scores 预算执行 10 points outside the indicator tree: the 合计 weight 100 is right, and
    // re-deriving it from the indicator leaves (90) was a false proposal before fixes came from the rules.
    const id = 'sichuan-qingshen-fgj-gongzi-2023';
    const result = checkWorkbook(await loadGrids(join(__dirname, '..', 'forms', id, `${id}.xlsx`)));
    expect(result.findings.filter((f) => f.rule === 'score-weight-rollup')).toEqual([]);
    expect(proposeFixes(result)).toEqual([]);
  });
});

describe('collectFixes', () => {
  const ref = (row: number, col = 3) => ({ sheet: DATA, row, col });
  const fix = (row: number, value: number, formula?: string): FixProposal => ({
    ref: ref(row),
    what: `cell ${row}`,
    current: 0,
    value,
    ...(formula ? { formula } : {}),
  });
  const finding = (row: number, fixes: FixProposal[]): Finding => ({
    rule: 'budget-rollup',
    severity: 'error',
    sheet: DATA,
    cells: [],
    message: '',
    refs: [ref(row)],
    fix: fixes,
  });

  it('keeps one change per cell, in sheet, row and column order', () => {
    const total = fix(16, 300, 'D18+D22');
    const changes = collectFixes(
      [finding(22, [fix(22, 100), total]), finding(17, [fix(17, 200), total]), { ...finding(3, []), fix: undefined }],
      [SCORE, DATA],
    );
    expect(changes.map((c) => [c.ref.row, c.value])).toEqual([
      [16, 300],
      [17, 200],
      [22, 100],
    ]);
  });

  it('when two findings disagree on a cell, the fix of the finding about that cell wins', () => {
    const changes = collectFixes(
      [finding(20, [fix(16, 1)]), finding(16, [fix(16, 2)]), finding(21, [fix(16, 3)])],
      [DATA],
    );
    expect(changes.map((c) => c.value)).toEqual([2]);
  });
});
