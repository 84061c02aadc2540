import rule from '../../../src/core/rules/execution-rate-base';
import { ruleTester } from '../../support/rule-tester';
import { sampleLikeGrids } from '../../support/sample-like';

const pct = (value: number) => ({ value, numFmt: '0.00%' });

ruleTester(rule, {
  valid: [
    { name: 'rates on 全年预算数', grids: sampleLikeGrids() },
    { name: "a rate that is simply wrong is execution-rate's", grids: sampleLikeGrids({ data: { F26: pct(0.5) } }) },
    { name: 'no adjustment: both bases agree', grids: sampleLikeGrids({ data: { C25: 1243600, F25: pct(1) } }) },
  ],
  invalid: [
    {
      name: '执行数 ÷ 年初预算数 on 项目支出',
      grids: sampleLikeGrids({ data: { F26: pct(23374708.34 / 19314300) } }),
      findings: [
        {
          sheet: '自评数据表',
          messageId: 'base',
          cells: ['F26'],
          fix: [{ cell: 'F26', value: 23374708.34 / 23374222.86, formula: 'IF(D26=0,"",E26/D26)' }],
          message: ['100.00%', '121.02%'],
        },
      ],
    },
    {
      name: 'the wrong base on the total',
      grids: sampleLikeGrids({ data: { F17: { value: 34474740.51 / 30126800, formula: 'E17/C17', numFmt: '0.00%' } } }),
      findings: [
        {
          sheet: '自评数据表',
          messageId: 'base',
          cells: ['F17'],
          fix: [{ cell: 'F17', value: 34474740.51 / 34474255.03, formula: 'IF(D17=0,"",E17/D17)' }],
        },
      ],
    },
  ],
});
