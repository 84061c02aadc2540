import rule from '../../../src/core/rules/score-total';
import { ruleTester } from '../../support/rule-tester';
import { sampleLikeGrids } from '../../support/sample-like';

ruleTester(rule, {
  valid: [{ name: 'the total is the sum', grids: sampleLikeGrids() }],
  invalid: [
    {
      name: 'a typed total that differs',
      grids: sampleLikeGrids({ score: { J22: 98 } }),
      findings: [
        {
          sheet: '自评评分表',
          messageId: 'total',
          cells: ['J22'],
          fix: [{ cell: 'J22', value: 99, formula: 'SUM(J5:J21)' }],
          message: ['98', '99'],
        },
      ],
    },
    {
      name: 'a score changed, the cached total not',
      grids: sampleLikeGrids({ score: { J6: 4, I6: '逾期1天扣1分' } }),
      findings: [
        {
          sheet: '自评评分表',
          // The data table's 自评得分 (=J22) repeats the wrong total: marked with it, fixed by it.
          messageId: 'totalEcho',
          cells: ['J22', "'自评数据表'!B12"],
          message: ['99', '98', '自评数据表的自评得分也填写为 99 分'],
          fix: [
            { cell: 'J22', value: 98, formula: 'SUM(J5:J21)' },
            { cell: "'自评数据表'!B12", value: 98, formula: "'自评评分表'!J22" },
          ],
        },
      ],
    },
  ],
});
