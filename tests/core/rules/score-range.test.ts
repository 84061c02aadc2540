import rule from '../../../src/core/rules/score-range';
import { ruleTester } from '../../support/rule-tester';
import { sampleLikeGrids } from '../../support/sample-like';

ruleTester(rule, {
  valid: [
    { name: 'scores within their weights', grids: sampleLikeGrids() },
    { name: "a blank score is required-field's", grids: sampleLikeGrids({ score: { J6: undefined } }) },
    { name: 'zero is a score', grids: sampleLikeGrids({ score: { J6: 0, I6: '逾期报送，扣5分' } }) },
  ],
  invalid: [
    {
      name: 'above the weight',
      grids: sampleLikeGrids({ score: { J14: 5 } }),
      findings: [{ sheet: '自评评分表', messageId: 'aboveWeight', cells: ['J14'], message: ['5', '4'] }],
    },
    {
      name: 'negative',
      grids: sampleLikeGrids({ score: { J14: -1 } }),
      findings: [{ sheet: '自评评分表', messageId: 'negative', cells: ['J14'] }],
    },
    {
      name: 'not a number',
      grids: sampleLikeGrids({ score: { J14: '满分' } }),
      findings: [{ sheet: '自评评分表', messageId: 'notNumber', cells: ['J14'], message: ['满分'] }],
    },
  ],
});
