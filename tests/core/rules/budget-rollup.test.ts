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
      findings: [
        {
          sheet: '自评数据表',
          messageId: 'children',
          cells: ['D18'],
          fix: [{ cell: 'D18', value: 33187000, formula: 'SUM(D19:D21)' }],
        },
      ],
    },
    {
      name: 'a mistyped total that both breakdowns contradict is reported once, with the value both give',
      grids: sampleLikeGrids({ data: { D17: 34474000 } }),
      findings: [
        {
          sheet: '自评数据表',
          messageId: 'bothBreakdowns',
          cells: ['D17'],
          fix: [{ cell: 'D17', value: 34474255.03, formula: 'D18+D22' }],
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
    {
      name: 'two children changed: each parent proposes its new sum and the total above it follows',
      grids: sampleLikeGrids({ data: { D19: 31587955.03, D24: 9856532.17 } }),
      findings: [
        {
          sheet: '自评数据表',
          messageId: 'children',
          cells: ['D18'],
          fix: [
            { cell: 'D18', value: 33187955.03, formula: 'SUM(D19:D21)' },
            { cell: 'D17', value: 34474355.03, formula: 'D18+D22' },
          ],
        },
        {
          sheet: '自评数据表',
          messageId: 'children',
          cells: ['D23'],
          fix: [
            { cell: 'D23', value: 11100132.17, formula: 'SUM(D24:D25)' },
            { cell: 'D17', value: 34474355.03, formula: 'D18+D22' },
          ],
        },
      ],
    },
    {
      name: 'the "三公" 合计 typed off the sum of its items',
      grids: sampleLikeGrids({ data: { C29: 200000 } }),
      findings: [
        {
          sheet: '自评数据表',
          messageId: 'sangong',
          cells: ['C29'],
          message: ['“三公”经费合计的预算数为 200,000.00元', '合计为 210,000.00元（相差 10,000.00元）'],
          fix: [{ cell: 'C29', value: 210000, formula: 'C30+C31+C34' }],
        },
      ],
    },
    {
      name: 'a "三公" subtotal off its 其中 rows: the 合计 above it follows',
      grids: sampleLikeGrids({ data: { D31: 160000, D29: 178726 } }),
      findings: [
        {
          sheet: '自评数据表',
          messageId: 'sangong',
          cells: ['D31'],
          fix: [
            { cell: 'D31', value: 162435.6, formula: 'SUM(D32:D33)' },
            { cell: 'D29', value: 181161.6, formula: 'D30+D31+D34' },
          ],
        },
      ],
    },
  ],
});
