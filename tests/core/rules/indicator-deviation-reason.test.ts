import rule from '../../../src/core/rules/indicator-deviation-reason';
import { ruleTester } from '../../support/rule-tester';
import { sampleLikeGrids } from '../../support/sample-like';

const pct = (value: number) => ({ value, numFmt: '0.00%' });

ruleTester(rule, {
  valid: [
    { name: 'every target met', grids: sampleLikeGrids() },
    {
      name: 'a missed target with a reason',
      grids: sampleLikeGrids({ data: { G42: 8, I42: pct(0.8), J42: '否', K42: '全年台风偏少，应急响应需求减少' } }),
    },
    {
      // One problem, one piece of advice: indicator-score says 应得满分，请改为 5 分 at M40; fixing it clears the row.
      name: 'met but scored below 分值 is a wrong score, not a deviation to explain',
      grids: sampleLikeGrids({ data: { L39: '分值', M39: '得分', L40: 5, M40: 4 } }),
    },
    { name: 'qualitative indicators are taken as given', grids: sampleLikeGrids({ data: { G44: '基本平稳' } }) },
  ],
  invalid: [
    {
      name: 'a missed target without a reason',
      grids: sampleLikeGrids({ data: { G42: 8, I42: pct(0.8), J42: '否', K42: undefined } }),
      findings: [{ sheet: '自评数据表', messageId: 'missing', cells: ['K42'], message: ['80.00%'] }],
    },
    {
      name: 'a ≤ target exceeded, reason "无"',
      grids: sampleLikeGrids({ data: { G40: 12, I40: pct(10 / 12), J40: '否', K40: '无' } }),
      findings: [{ sheet: '自评数据表', messageId: 'missing', cells: ['K40'] }],
    },
  ],
});
