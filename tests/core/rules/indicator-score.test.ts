import rule from '../../../src/core/rules/indicator-score';
import { ruleTester } from '../../support/rule-tester';
import { sampleLikeGrids } from '../../support/sample-like';

const pct = (value: number) => ({ value, numFmt: '0.00%' });
const scored = { L39: '分值', M39: '得分', L40: 5, M40: 5, L41: 10, M41: 10, L42: 5, M42: 5 };
/** 生产安全事故受伤人数 ≤ 3, actual 4: nationally (1 − (4 − 3) ÷ 3) × 10 = 6.67; A ÷ B gives 3 ÷ 4 × 10 = 7.5. */
const overReverse = { ...scored, G41: 4, I41: pct(2 / 3), J41: '否', K41: '一起事故多人受伤' };
/** A = 0 on a ≤ row: 0 accidents allowed, 1 happened → 0 points under either rule. */
const PROVINCE = { scoring: { reverse: 'target-over-actual' as const } };

ruleTester(rule, {
  valid: [
    { name: 'no 分值/得分 columns', grids: sampleLikeGrids() },
    { name: 'full marks for met targets', grids: sampleLikeGrids({ data: scored }) },
    {
      name: 'a missed ≥ target scored by ratio',
      grids: sampleLikeGrids({ data: { ...scored, G42: 8, I42: pct(0.8), J42: '否', K42: '台风偏少', M42: 4 } }),
    },
    {
      name: 'a missed ≤ target scored nationally: 6.67 of 10',
      grids: sampleLikeGrids({ data: { ...overReverse, M41: 6.67 } }),
    },
    {
      name: 'a missed ≤ target scored as A ÷ B where the family says so: 7.5 of 10',
      grids: sampleLikeGrids({ data: { ...overReverse, I41: pct(0.75), M41: 7.5 } }),
      settings: PROVINCE,
    },
    {
      name: 'B = 2A on a ≤ row scores 0',
      grids: sampleLikeGrids({ data: { ...scored, G41: 6, I41: pct(0), J41: '否', K41: '事故增多', M41: 0 } }),
    },
  ],
  invalid: [
    {
      name: 'a met target not given full marks',
      grids: sampleLikeGrids({ data: { ...scored, M40: 4 } }),
      findings: [
        {
          sheet: '自评数据表',
          messageId: 'score',
          cells: ['M40'],
          fix: [{ cell: 'M40', value: 5, formula: 'ROUND(IF(G40<=E40,L40,IF(G40>=2*E40,0,(1-(G40-E40)/E40)*L40)),2)' }],
          message: ['按反向指标计分', '得满分 5分', '请改为 5分'],
        },
      ],
    },
    {
      name: 'a missed target given full marks',
      grids: sampleLikeGrids({ data: { ...scored, G42: 8, I42: pct(0.8), J42: '否', K42: '台风偏少' } }),
      findings: [
        {
          sheet: '自评数据表',
          messageId: 'score',
          cells: ['M42'],
          fix: [{ cell: 'M42', value: 4, formula: 'ROUND(IF(G42>=E42,L42,G42/E42*L42),2)' }],
          message: ['按正向指标计分：5分 × 8次 ÷ 10次 = 4分', '请改为 4分'],
        },
      ],
    },
    {
      name: 'a ≤ row scored A ÷ B under the national rules',
      grids: sampleLikeGrids({ data: { ...overReverse, M41: 7.5 } }),
      findings: [
        {
          sheet: '自评数据表',
          messageId: 'score',
          cells: ['M41'],
          fix: [
            { cell: 'M41', value: 6.67, formula: 'ROUND(IF(G41<=E41,L41,IF(G41>=2*E41,0,(1-(G41-E41)/E41)*L41)),2)' },
          ],
          message: ['按反向指标计分：10分 ×（1 −（4人 − 3人）÷ 3人）= 6.67分', '请改为 6.67分'],
        },
      ],
    },
    {
      name: 'a ≤ row scored nationally where the family scores A ÷ B',
      grids: sampleLikeGrids({ data: { ...overReverse, I41: pct(0.75), M41: 6.67 } }),
      settings: PROVINCE,
      findings: [
        {
          sheet: '自评数据表',
          messageId: 'score',
          cells: ['M41'],
          fix: [{ cell: 'M41', value: 7.5, formula: 'ROUND(IF(G41<=E41,L41,IF(G41=0,0,E41/G41*L41)),2)' }],
          message: ['年度指标值 ÷ 实际完成值', '10分 × 3人 ÷ 4人 = 7.5分'],
        },
      ],
    },
  ],
});
