import rule from '../../../src/core/rules/execution-rate';
import { ruleTester } from '../../support/rule-tester';
import { sampleLikeGrids } from '../../support/sample-like';

ruleTester(rule, {
  valid: [
    { name: 'formulas give the right rates', grids: sampleLikeGrids() },
    {
      name: "a rate on 年初预算数 is execution-rate-base's",
      grids: sampleLikeGrids({ data: { F26: { value: 23374708.34 / 19314300, numFmt: '0.00%' } } }),
    },
    {
      name: 'a typed rate at its shown precision',
      grids: sampleLikeGrids({ data: { F17: { value: 1, numFmt: '0.00%' } } }),
    },
  ],
  invalid: [
    {
      name: '99.99% typed where 100.00% is right',
      grids: sampleLikeGrids({ data: { F17: { value: 0.9999, numFmt: '0.00%' } } }),
      findings: [
        {
          sheet: '自评数据表',
          messageId: 'rate',
          cells: ['F17'],
          fix: [{ cell: 'F17', value: 34474740.51 / 34474255.03, formula: 'IF(D17=0,"",E17/D17)' }],
          message: ['100.00%', '99.99%'],
        },
      ],
    },
    {
      name: 'the budget is 0 while money was spent',
      grids: sampleLikeGrids({ data: { D21: 0, E21: 5000, F21: '' } }),
      findings: [{ sheet: '自评数据表', messageId: 'noBase', cells: ['F21'] }],
    },
  ],
});
