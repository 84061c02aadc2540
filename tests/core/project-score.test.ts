/**
 * Project forms that score their own rows (issue #10 item 4), on the real corpus workbooks: budget score
 * 分值 × min(执行率, 100%) (分值 10, or 20 where the header says 得分(20分*执行率)), indicator scores as the form states
 * them, 总分 = budget score + Σ indicator scores, the grade from the total; compared with the stated 总分 / grade at
 * their cells; no recomputed total while any score is blank.
 */
import * as fs from 'fs';
import * as path from 'path';
import { inflateRawSync } from 'zlib';
import { checkWorkbook, type CheckResult } from '../../src/core/check';
import type { Grid } from '../../src/core/grid/grid';
import { readWorkbookGrids } from '../../src/xlsx/read-workbook';
import { FORMS_DIR } from '../forms/measure';
import { setCells } from '../support/grid-transforms';

async function formGrids(id: string): Promise<Grid[]> {
  const bytes = fs.readFileSync(path.join(FORMS_DIR, id, `${id}.xlsx`));
  return readWorkbookGrids(new Uint8Array(bytes), {
    inflateRaw: (data, max) => inflateRawSync(data, { maxOutputLength: Math.max(1, max) }),
  });
}

const check = async (id: string): Promise<CheckResult> => checkWorkbook(await formGrids(id));
const ofRule = (result: CheckResult, rule: string) => result.findings.filter((f) => f.rule === rule);

describe('the total of a national project form (财预〔2020〕10号)', () => {
  it('稷山县: 总分 94 is not 9.91 (10 × 99.10%) + 13 + 15 + 10 + 10 + 27 + 9 = 93.91, reported at H19', async () => {
    const result = await check('shanxi-jishan-ybj-jiandang-2020');
    expect(result.summary.score.stated).toBe(94);
    expect(result.summary.score.recomputed).toBeCloseTo(93.91, 6);
    expect(result.summary.score.grade.recomputed).toBe('优');
    const [total, ...more] = ofRule(result, 'score-total');
    expect(more).toEqual([]);
    expect(total?.cells).toEqual(['H19']);
    expect(total?.message).toBe(
      '总分填写为 94 分，但预算执行得分 9.91分（10分 × 执行率 99.10%，表中填写 9分） + 各指标得分 13 + 15 + 10 + 10 + 27 + 9 = 93.91 分（相差 0.09 分）。请改为 93.91 分，或核对各项得分。',
    );
    expect(total?.fix?.[0]).toMatchObject({ value: 93.91, formula: 'H6+SUM(H13:H18)' });
  });

  it('永德县明朗中学: 总分 96 and 优 (J25, unlabelled beside the total) agree with 10 + 86 = 96', async () => {
    const result = await check('yunnan-yongde-minglang-yingyang-2022');
    expect(result.summary.score).toEqual({ stated: 96, recomputed: 96, grade: { stated: '优', recomputed: '优' } });
    expect([...ofRule(result, 'score-total'), ...ofRule(result, 'score-grade')]).toEqual([]);
  });

  it('reports a stated grade that the recomputed total does not give, at its cell, with the bands', async () => {
    const [grid] = await formGrids('yunnan-yongde-minglang-yingyang-2022');
    if (!grid) throw new Error('no sheet');
    const result = checkWorkbook([setCells(grid, [{ row: 24, col: 9, value: '良' }])]);
    const [grade] = ofRule(result, 'score-grade');
    expect(grade?.cells).toEqual(['J25']);
    expect(grade?.message).toContain('自评等级填写为“良”，但按重算总分 96 分应为“优”');
    expect(grade?.fix?.[0]).toMatchObject({ value: '优' });
  });

  it('天长市水利局: 执行率 left empty is computed (880 / 880), so 10 + 9 × 10 = 100 = the stated 总分', async () => {
    const result = await check('anhui-tianchang-slj-fanghan-2022');
    expect(result.computed.score?.budget).toMatchObject({ from: 'rate', rate: 1, score: 10 });
    expect(result.summary.score).toMatchObject({ stated: 100, recomputed: 100, grade: { recomputed: '优' } });
    expect(ofRule(result, 'score-total')).toEqual([]);
  });

  it('中江县: 总分 100 where 预算执行 10 + the indicators 100 give 110 (H23), and so do the 分值 (E23)', async () => {
    const result = await check('sichuan-zhongjiang-slj-biaochi-2022');
    const [weight, total, ...more] = ofRule(result, 'score-total').filter((f) => f.messageId !== 'levelNote');
    expect(more).toEqual([]);
    expect(total?.cells).toEqual(['H23']);
    expect(total?.data).toMatchObject({ stated: '100', computed: '110', diff: '10' });
    expect(weight?.cells).toEqual(['E23']);
    // The form's own note: "一级指标分值统一设置为:产出指标50分、效益指标30分、满意度指标10分…".
    const notes = ofRule(result, 'score-total').filter((f) => f.messageId === 'levelNote');
    expect(notes.map((f) => [f.cells.join(), f.data?.['sum'], f.data?.['fixed']])).toEqual([
      ['B12', '70', '50'],
      ['B18', '20', '30'],
    ]);
    expect(weight?.message).toBe(
      '总分的分值填写为 100 分，但预算执行分值 10分 + 各指标分值之和 100分 = 110 分。各项分值之和应等于总分的分值：请核对总分行或各项分值（如一级指标的分值设置）。',
    );
  });

  it('a 总分 row whose 分值 is the sum of the form’s weights, and weights as the note fixes them, raise nothing', async () => {
    // 稷山县 G19, 永德县 H25, 天长市 F40: 100; 天长市 has the same note as 中江县 and follows it (50 / 30 / 10).
    for (const id of [
      'shanxi-jishan-ybj-jiandang-2020',
      'yunnan-yongde-minglang-yingyang-2022',
      'anhui-tianchang-slj-fanghan-2022',
    ]) {
      const result = await check(id);
      expect(result.model.data?.statedWeight?.value).toBe(100);
      // (稷山县's 总分 94 itself is reported: messageId 'project', above.)
      expect(ofRule(result, 'score-total').filter((f) => f.messageId !== 'project')).toEqual([]);
    }
  });

  it('棠溪镇: a 年度资金总额 row stating 0 beside its parts scores budget execution over the parts (89.974 / 89.974)', async () => {
    const result = await check('anhui-tangxi-weituo-2022');
    expect(result.computed.score?.budget).toMatchObject({ from: 'parts', rate: 1, score: 10 });
    // The form is cut off before 满意度指标: its 分值 add up to 90 of the 100, so the total is not known (no 总分
    // compared with a part of it); the 10 points no row read carries are said.
    expect(result.computed.score).toMatchObject({ total: 90, totalWeight: 90, unseenWeight: 10 });
    expect(result.summary.score.recomputed).toBeUndefined();
    expect(ofRule(result, 'budget-rollup').map((f) => f.cells.join())).toEqual(expect.arrayContaining(['D7', 'E7']));
    // Its indicators' full marks are what it claims: it states no 总分, so no "自评为满分（90分）".
    const perfect = ofRule(result, 'perfect-score-unsupported');
    expect(perfect.length).toBeGreaterThan(0);
    expect(perfect.every((f) => f.message.startsWith('各绩效指标均得满分'))).toBe(true);
  });

  it('gives no recomputed total while an indicator 得分 is blank (丽江 I17), never 0 / 差', async () => {
    const result = await check('yunnan-lijiang-gucheng-weipian-2020');
    expect(result.computed.score?.blankScores).toBe(1);
    expect(result.summary.score.recomputed).toBeUndefined();
    expect(result.summary.score.grade.recomputed).toBeUndefined();
  });
});

describe('the 分值 of budget execution', () => {
  it('鄂州市: 年度资金总额 scored out of 100 while the indicators carry 70 more is reported at F6', async () => {
    const result = await check('hubei-ezhou-spj-shiminzhongxin-2021');
    const weight = ofRule(result, 'budget-score').find((f) => f.messageId === 'weightAll');
    expect(weight?.cells).toEqual(['F6']);
    expect(weight?.data).toMatchObject({ weight: '100', full: '100', indicators: '70', sum: '170' });
  });

  it('a budget 分值 of 10 or 20 beside the indicators raises nothing (稷山县, 襄阳)', async () => {
    for (const id of ['shanxi-jishan-ybj-jiandang-2020', 'hubei-xiangyang-zxyy-dongjin-2021']) {
      const result = await check(id);
      expect(ofRule(result, 'budget-score').filter((f) => f.messageId === 'weightAll')).toEqual([]);
    }
  });
});

describe('the variants', () => {
  it('a budget scored 得分(20分*执行率) takes its 20 points from that header (襄阳, 昌宁)', async () => {
    const xiangyang = await check('hubei-xiangyang-zxyy-dongjin-2021');
    expect(xiangyang.computed.score?.budget).toMatchObject({ from: 'rate', score: 20 });
    expect(xiangyang.computed.score?.budget?.weight).toMatchObject({ value: 20, ref: { row: 7, col: 6 } });
    // 东津: the last indicator's 得分 is blank (G16): no total yet.
    expect(xiangyang.summary.score.recomputed).toBeUndefined();
    const changning = await check('yunnan-changning-gxs-changlong-2022');
    // 10 / 50 = 20% of 20 points = 4, as the form states.
    expect(changning.computed.score?.budget).toMatchObject({ score: 4, weight: { value: 20 } });
  });

  it('a Sichuan one-sheet form adds its 预算执行 score to the indicators; blank 得分 leave the total unknown', async () => {
    for (const id of ['sichuan-daying-sfj-anke-2023', 'sichuan-qingshen-fgj-gongzi-2023']) {
      const result = await check(id);
      expect(result.computed.score?.budget).toMatchObject({ from: 'rate', score: 10 });
      expect(result.summary.score.recomputed).toBeUndefined();
      expect(result.summary.score.grade.recomputed).toBeUndefined();
      expect(ofRule(result, 'score-total')).toEqual([]);
    }
  });

  it('a Sichuan one-sheet form with every score filled: 合计 = 预算执行 10 + Σ indicator 得分', async () => {
    const [grid] = await formGrids('sichuan-qingshen-fgj-gongzi-2023');
    if (!grid) throw new Error('no sheet');
    // 青神县 left H9, H15:J16 and J17 blank: filled here at full marks (10, 60, 30), the 合计 without the budget's 10.
    const filled = setCells(grid, [
      { row: 8, col: 7, value: 10 },
      { row: 14, col: 7, value: 100 },
      { row: 15, col: 7, value: 100 },
      { row: 14, col: 9, value: 60 },
      { row: 15, col: 9, value: 30 },
      { row: 16, col: 9, value: 90 },
    ]);
    const result = checkWorkbook([filled]);
    expect(result.summary.score).toMatchObject({ recomputed: 100, grade: { recomputed: '优' } });
    const [total] = ofRule(result, 'score-total');
    expect(total?.cells).toEqual(['J17']);
    expect(total?.message).toContain('预算执行得分 10分（10分 × 执行率 100.00%） + 各三级指标得分之和 90分 = 100 分');
  });

  it('银川: budget execution without points of its own is scored inside 项目管理 only (total 84 as before)', async () => {
    const result = await check('ningxia-yinchuan-liuzhong-gongyong-2021');
    expect(result.computed.score?.budget).toBeUndefined();
    expect(result.summary.score.recomputed).toBe(84);
    expect(ofRule(result, 'score-total')).toEqual([]);
  });
});
