import rule from '../../../src/core/rules/indicator-score';
import { ruleTester } from '../../support/rule-tester';
import { sampleLikeGrids } from '../../support/sample-like';

const pct = (value: number) => ({ value, numFmt: '0.00%' });
const scored = { L39: '分值', M39: '得分', L40: 5, M40: 5, L42: 5, M42: 5 };

ruleTester(rule, {
  valid: [
    { name: 'no 分值/得分 columns', grids: sampleLikeGrids() },
    { name: 'full marks for met targets', grids: sampleLikeGrids({ data: scored }) },
    {
      name: 'a missed target scored by ratio',
      grids: sampleLikeGrids({ data: { ...scored, G42: 8, I42: pct(0.8), J42: '否', K42: '台风偏少', M42: 4 } }),
    },
  ],
  invalid: [
    {
      name: 'a met target not given full marks',
      grids: sampleLikeGrids({ data: { ...scored, M40: 4 } }),
      findings: [{ sheet: '自评数据表', messageId: 'met', cells: ['M40'], message: ['满分 5 分'] }],
    },
    {
      name: 'a missed target given full marks',
      grids: sampleLikeGrids({ data: { ...scored, G42: 8, I42: pct(0.8), J42: '否', K42: '台风偏少' } }),
      findings: [{ sheet: '自评数据表', messageId: 'ratio', cells: ['M42'], message: ['应为 4 分'] }],
    },
  ],
});
