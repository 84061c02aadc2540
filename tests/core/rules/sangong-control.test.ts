import rule from '../../../src/core/rules/sangong-control';
import { ruleTester } from '../../support/rule-tester';
import { sampleLikeGrids } from '../../support/sample-like';

const pct = (value: number) => ({ value, numFmt: '0.00%' });

ruleTester(rule, {
  valid: [{ name: 'within budget, rates right', grids: sampleLikeGrids() }],
  invalid: [
    {
      name: '公务接待费 over budget (the 合计 stays within)',
      grids: sampleLikeGrids({
        data: { D34: 32000, E34: pct(32000 / 30000), D29: 194435.6, E29: pct(194435.6 / 210000) },
      }),
      findings: [
        { sheet: '自评数据表', messageId: 'over', cells: ['D34', 'C34'], severity: 'warning', message: ['2,000.00'] },
      ],
    },
    {
      name: 'an overspent child is reported, not its overspent parent',
      grids: sampleLikeGrids({
        data: {
          D33: 200000,
          E33: pct(200000 / 180000),
          D31: 200000,
          E31: pct(200000 / 180000),
          D29: 218726,
          E29: pct(218726 / 210000),
        },
      }),
      findings: [{ sheet: '自评数据表', messageId: 'over', cells: ['D33', 'C33'], severity: 'warning' }],
    },
    {
      name: 'a stated 控制率 that is wrong',
      grids: sampleLikeGrids({ data: { E34: pct(0.6) } }),
      findings: [
        {
          sheet: '自评数据表',
          messageId: 'rate',
          cells: ['E34'],
          fix: [{ cell: 'E34', value: 0.6242, formula: 'IF(C34=0,"",D34/C34)' }],
          severity: 'error',
          message: ['62.42%'],
        },
      ],
    },
  ],
});
