import rule from '../../../src/core/rules/required-field';
import { ruleTester } from '../../support/rule-tester';
import { sampleLikeGrids } from '../../support/sample-like';

ruleTester(rule, {
  valid: [
    { name: 'everything filled', grids: sampleLikeGrids() },
    { name: "a score that is no number is score-range's", grids: sampleLikeGrids({ score: { J6: '满分' } }) },
  ],
  invalid: [
    {
      name: 'blank unit name',
      grids: sampleLikeGrids({ data: { B2: undefined } }),
      findings: [{ sheet: '自评数据表', messageId: 'blank', cells: ['B2'] }],
    },
    {
      name: 'blank score',
      grids: sampleLikeGrids({ score: { J6: undefined } }),
      findings: [{ sheet: '自评评分表', messageId: 'blank', cells: ['J6'] }],
    },
    {
      name: 'blank indicator actual',
      grids: sampleLikeGrids({ data: { G42: undefined } }),
      findings: [{ sheet: '自评数据表', messageId: 'blank', cells: ['G42'] }],
    },
    {
      name: 'blank 填报日期',
      grids: sampleLikeGrids({ data: { B4: undefined } }),
      findings: [{ sheet: '自评数据表', messageId: 'blank', cells: ['B4'] }],
    },
  ],
});
