import rule from '../../../src/core/rules/budget-rollup';
import { ruleTester } from '../../support/rule-tester';
import { sampleLikeGrids } from '../../support/sample-like';

ruleTester(rule, {
  valid: [
    { name: 'the sample figures add up', grids: sampleLikeGrids() },
    {
      name: 'a table without breakdowns',
      grids: sampleLikeGrids({
        data: {
          A18: undefined,
          C18: undefined,
          D18: undefined,
          E18: undefined,
          F18: undefined,
          A19: undefined,
          C19: undefined,
          D19: undefined,
          E19: undefined,
          F19: undefined,
          A20: undefined,
          C20: undefined,
          D20: undefined,
          E20: undefined,
          F20: undefined,
          A21: undefined,
          C21: undefined,
          D21: undefined,
          E21: undefined,
          F21: undefined,
          A22: undefined,
          C22: undefined,
          D22: undefined,
          E22: undefined,
          F22: undefined,
          G22: undefined,
        },
      }),
    },
  ],
  invalid: [
    {
      name: 'the 支出类型 breakdown does not add up to the total',
      grids: sampleLikeGrids({ data: { C26: 19314000 } }),
      findings: [{ sheet: '自评数据表', messageId: 'breakdown', cells: ['C17'], message: ['支出类型'] }],
    },
    {
      name: 'a 其中 child changed under 财政拨款',
      grids: sampleLikeGrids({ data: { D19: 31587000 } }),
      findings: [{ sheet: '自评数据表', messageId: 'children', cells: ['D18'] }],
    },
    {
      name: 'a mistyped total that both breakdowns contradict is reported once, with the value both give',
      grids: sampleLikeGrids({ data: { D17: 34474000 } }),
      findings: [
        {
          sheet: '自评数据表',
          messageId: 'bothBreakdowns',
          cells: ['D17'],
          message: ['按资金来源和按支出类型分列的合计都是 34,474,255.03', '请改为 34,474,255.03'],
        },
      ],
    },
    {
      name: 'breakdowns that disagree with each other and with the total are each reported',
      grids: sampleLikeGrids({ data: { D17: 34474000, D26: 23374000 } }),
      findings: [
        { sheet: '自评数据表', messageId: 'breakdown', cells: ['D17'], message: ['资金来源'] },
        { sheet: '自评数据表', messageId: 'breakdown', cells: ['D17'], message: ['支出类型'] },
      ],
    },
  ],
});
