import rule from '../../../src/core/rules/narrative-claim';
import { ruleTester } from '../../support/rule-tester';
import { sampleLikeGrids } from '../../support/sample-like';

const D = (cell: string) => `'自评数据表'!${cell}`;
const S = (cell: string) => `'自评评分表'!${cell}`;

ruleTester(rule, {
  valid: [
    { name: 'the sample notes and goals', grids: sampleLikeGrids() },
    {
      name: 'the right direction',
      grids: sampleLikeGrids({
        material: { B11: '决算支出比收入预算安排增加485.48元，增幅不足0.01%，整体支出执行率100.00%。' },
      }),
    },
    {
      name: '"完成率100%" at its stated precision',
      grids: sampleLikeGrids({ material: { B11: '整体支出完成率100%。' } }),
    },
    {
      name: "a 万元 figure that is 10,000 times off is unit-mismatch's",
      grids: sampleLikeGrids({ material: { B11: '决算支出比预算增加485.48万元。' } }),
    },
    {
      name: 'indicator 完成率 is not the execution rate',
      grids: sampleLikeGrids({ material: { B11: '各项指标完成率95%。' } }),
    },
    {
      // The mistyped total is budget-rollup's root finding; the note was right and must not be "corrected" to 740.51.
      name: 'a correct note is not judged against a total its breakdowns contradict',
      grids: sampleLikeGrids({ data: { D17: 34474000 } }),
    },
  ],
  invalid: [
    {
      name: "the sample report's 减少485.48元",
      grids: sampleLikeGrids({
        material: {
          B11: '收入预算安排34474255.03元，决算支出34474740.51元，决算支出比收入预算安排减少485.48元，减少0.01%，整体支出完成率100%。',
        },
      }),
      findings: [
        {
          sheet: '报告素材',
          messageId: 'direction',
          cells: ['B11', D('E17'), D('D17')],
          message: ['增加485.48元', '不足0.01%'],
        },
      ],
    },
    {
      name: 'a wrong amount',
      grids: sampleLikeGrids({ material: { B11: '决算支出比预算增加500元。' } }),
      findings: [{ sheet: '报告素材', messageId: 'amount', cells: ['B11', D('E17'), D('D17')], message: ['+485.48'] }],
    },
    {
      name: '持平 when it is not',
      grids: sampleLikeGrids({ material: { B11: '决算支出比年初预算持平。' } }),
      findings: [{ sheet: '报告素材', messageId: 'flat', cells: ['B11', D('E17'), D('D17')] }],
    },
    {
      name: 'a wrong execution rate',
      grids: sampleLikeGrids({ material: { B11: '整体支出执行率为98.50%。' } }),
      findings: [{ sheet: '报告素材', messageId: 'rate', cells: ['B11', D('F17'), D('E17')], message: ['100.00%'] }],
    },
    {
      name: '同比 direction reversed',
      grids: sampleLikeGrids({ data: { B37: '共发生生产安全事故8起，同比上升20.00%。' } }),
      findings: [{ sheet: '自评数据表', messageId: 'yoy', cells: ['B37', 'G40', 'H40'], message: ['下降'] }],
    },
    {
      name: "an indicator's score misquoted",
      grids: sampleLikeGrids({ material: { B13: '目标设置合理性得4分。' } }),
      findings: [{ sheet: '报告素材', messageId: 'score', cells: ['B13', S('J9')] }],
    },
    {
      name: 'a wrong overspend figure in a budget note',
      grids: sampleLikeGrids({ data: { G22: '超预算支出4850元，已报批' } }),
      findings: [{ sheet: '自评数据表', messageId: 'amount', cells: ['G22', 'E22', 'D22'] }],
    },
  ],
});
