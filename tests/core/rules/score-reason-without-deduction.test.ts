import rule from '../../../src/core/rules/score-reason-without-deduction';
import { ruleTester } from '../../support/rule-tester';
import { sampleLikeGrids } from '../../support/sample-like';

ruleTester(rule, {
  valid: [
    { name: 'reasons only where points were deducted', grids: sampleLikeGrids() },
    {
      name: 'a full-marks note that says nothing was deducted',
      grids: sampleLikeGrids({ score: { I16: '资金使用合规，未扣分' } }),
    },
  ],
  invalid: [
    {
      name: 'full marks but the reason names a shortfall',
      grids: sampleLikeGrids({ score: { I16: '资金使用存在不足' } }),
      findings: [{ sheet: '自评评分表', messageId: 'fullMarks', cells: ['I16'] }],
    },
    {
      name: 'full marks but the reason says 扣1分',
      grids: sampleLikeGrids({ score: { I5: '分工不明确扣1分' } }),
      findings: [{ sheet: '自评评分表', messageId: 'fullMarks', cells: ['I5'] }],
    },
  ],
});
