import rule from '../../../src/core/rules/indicator-completion';
import { ruleTester } from '../../support/rule-tester';
import { sampleLikeGrids } from '../../support/sample-like';

const pct = (value: number) => ({ value, numFmt: '0.00%' });

ruleTester(rule, {
  valid: [
    { name: 'formulas and 是 everywhere', grids: sampleLikeGrids() },
    { name: 'a ≥ rate capped at 100% is accepted', grids: sampleLikeGrids({ data: { I42: pct(1) } }) },
    {
      name: 'a missed target marked 否',
      grids: sampleLikeGrids({ data: { G42: 8, I42: pct(0.8), J42: '否', K42: '台风偏少' } }),
    },
  ],
  invalid: [
    {
      name: '是否完成 says 否 for a met target',
      grids: sampleLikeGrids({ data: { J42: '否' } }),
      findings: [
        {
          sheet: '自评数据表',
          messageId: 'done',
          cells: ['J42'],
          fix: [{ cell: 'J42', value: '是' }],
          message: ['应为“是”', '请改为“是”'],
        },
      ],
    },
    {
      name: 'a missed target marked 是',
      grids: sampleLikeGrids({ data: { G41: 4, I41: pct(2 / 3) } }),
      findings: [{ sheet: '自评数据表', messageId: 'done', cells: ['J41'], fix: [{ cell: 'J41', value: '否' }] }],
    },
    {
      name: 'a stale 完成率',
      grids: sampleLikeGrids({ data: { I43: pct(0.9) } }),
      findings: [
        {
          sheet: '自评数据表',
          messageId: 'rate',
          cells: ['I43'],
          fix: [{ cell: 'I43', value: 0.96 / 0.95, formula: 'IF(E43=0,1,G43/E43)' }],
          message: ['101.05%'],
        },
      ],
    },
  ],
});
