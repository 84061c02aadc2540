import rule from '../../../src/core/rules/number-as-text';
import { ruleTester } from '../../support/rule-tester';
import { sampleLikeGrids } from '../../support/sample-like';

ruleTester(rule, {
  valid: [{ name: 'numbers are numbers', grids: sampleLikeGrids() }],
  invalid: [
    {
      name: 'an amount typed as text with separators',
      grids: sampleLikeGrids({ data: { C26: '19,314,300.00' } }),
      findings: [{ sheet: '自评数据表', messageId: 'text', cells: ['C26'] }],
    },
    {
      name: 'a score typed as "5分"',
      grids: sampleLikeGrids({ score: { J6: '5分' } }),
      findings: [{ sheet: '自评评分表', messageId: 'text', cells: ['J6'] }],
    },
  ],
});
