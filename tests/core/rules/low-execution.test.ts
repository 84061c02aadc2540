import rule from '../../../src/core/rules/low-execution';
import { ruleTester } from '../../support/rule-tester';
import { sampleLikeGrids } from '../../support/sample-like';

const pct = (value: number) => ({ value, numFmt: '0.00%' });
const low = { D20: 1600000, E20: 1200000, F20: pct(0.75), E19: 31987855.03, F19: pct(31987855.03 / 31587855.03) };

ruleTester(rule, {
  valid: [
    { name: 'all rates at 100%', grids: sampleLikeGrids() },
    {
      name: 'a low rate explained in 备注',
      grids: sampleLikeGrids({ data: { ...low, G20: '项目跨年度实施，资金结转下年' } }),
    },
    { name: 'the threshold is a setting', grids: sampleLikeGrids({ data: low }), settings: { lowExecutionRate: 0.7 } },
  ],
  invalid: [
    {
      name: '75% with no explanation',
      grids: sampleLikeGrids({ data: low }),
      findings: [{ sheet: '自评数据表', messageId: 'low', cells: ['F20'], message: ['75.00%', '90.00%'] }],
    },
    {
      name: 'a low child is reported, not its low parent',
      grids: sampleLikeGrids({
        data: {
          E24: 5000000,
          E23: { value: 6243600, formula: 'SUM(E24:E25)' },
          E26: 28231140.51,
          G26: '据实结算，已报批',
        },
      }),
      findings: [{ sheet: '自评数据表', messageId: 'low', cells: ['F24'] }],
    },
  ],
});
