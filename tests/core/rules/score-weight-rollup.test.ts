import rule from '../../../src/core/rules/score-weight-rollup';
import { ruleTester } from '../../support/rule-tester';
import { sampleLikeGrids } from '../../support/sample-like';

ruleTester(rule, {
  valid: [
    { name: 'weights roll up to 100', grids: sampleLikeGrids() },
    { name: 'no 合计 weight but the level-1 weights make 100', grids: sampleLikeGrids({ score: { B22: undefined } }) },
  ],
  invalid: [
    {
      name: 'a level-2 weight above its children',
      grids: sampleLikeGrids({ score: { D8: 11 } }),
      findings: [
        {
          sheet: '自评评分表',
          messageId: 'parent',
          cells: ['D8'],
          fix: [{ cell: 'D8', value: 10, formula: 'SUM(F8:F9)' }],
          message: ['11', '10'],
        },
      ],
    },
    {
      name: 'a level-1 weight that matches neither its level-2 nor its level-3 weights',
      grids: sampleLikeGrids({ score: { B11: 35 } }),
      findings: [
        {
          sheet: '自评评分表',
          messageId: 'parent',
          cells: ['B11'],
          fix: [{ cell: 'B11', value: 30, formula: 'SUM(D11:D17)' }],
        },
      ],
    },
    {
      name: 'a level-3 weight changed: the level-2 parent is the root, no cascade to level 1 or 合计',
      grids: sampleLikeGrids({ score: { F6: 4 } }),
      findings: [
        {
          sheet: '自评评分表',
          messageId: 'parent',
          cells: ['D5'],
          fix: [
            { cell: 'D5', value: 17, formula: 'SUM(F5:F7)' },
            { cell: 'B5', value: 29, formula: 'SUM(D5:D10)' },
            { cell: 'B22', value: 99, formula: 'SUM(B5:B21)' },
          ],
        },
      ],
    },
    {
      name: 'the 合计 weight is not the sum of level 1',
      grids: sampleLikeGrids({ score: { B22: { value: 90 } } }),
      findings: [
        {
          sheet: '自评评分表',
          messageId: 'total',
          cells: ['B22'],
          fix: [{ cell: 'B22', value: 100, formula: 'SUM(B5:B21)' }],
        },
      ],
    },
  ],
});
