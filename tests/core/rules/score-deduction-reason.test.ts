import rule from '../../../src/core/rules/score-deduction-reason';
import { ruleTester } from '../../support/rule-tester';
import { sampleLikeGrids } from '../../support/sample-like';

ruleTester(rule, {
  valid: [
    { name: 'the one deduction has a reason', grids: sampleLikeGrids() },
    {
      name: 'full marks need no reason',
      grids: sampleLikeGrids({ score: { I9: undefined, J9: 4, J22: { value: 100, formula: 'SUM(J5:J21)' } } }),
    },
    {
      // One problem, one piece of advice: score-linked-indicator says 请改为 8 分, which removes the deduction.
      name: 'a linked score that should be full marks asks for the score, not for a reason',
      grids: sampleLikeGrids({ score: { J11: 7, J22: { value: 98, formula: 'SUM(J5:J21)' } } }),
    },
  ],
  invalid: [
    {
      name: 'a deduction with a blank reason',
      grids: sampleLikeGrids({ score: { J15: 2 } }),
      findings: [{ sheet: '自评评分表', messageId: 'missing', cells: ['I15'], message: ['扣了 1 分'] }],
    },
    {
      name: 'a deduction answered with "无"',
      grids: sampleLikeGrids({ score: { J15: 2, I15: '无' } }),
      findings: [{ sheet: '自评评分表', messageId: 'missing', cells: ['I15'] }],
    },
    {
      name: 'a deduction answered with "/"',
      grids: sampleLikeGrids({ score: { I9: '/' } }),
      findings: [{ sheet: '自评评分表', messageId: 'missing', cells: ['I9'] }],
    },
  ],
});
