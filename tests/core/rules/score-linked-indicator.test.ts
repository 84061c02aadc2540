import rule from '../../../src/core/rules/score-linked-indicator';
import { ruleTester } from '../../support/rule-tester';
import { sampleLikeGrids } from '../../support/sample-like';

const D = (cell: string) => `'自评数据表'!${cell}`;

ruleTester(rule, {
  valid: [
    { name: 'linked scores match the data table', grids: sampleLikeGrids() },
    { name: "a linked score above its weight is score-range's", grids: sampleLikeGrids({ score: { J11: 9 } }) },
  ],
  invalid: [
    {
      name: '预算执行率 scored 7 at 100% execution',
      grids: sampleLikeGrids({ score: { J11: 7, I11: '扣1分' } }),
      findings: [
        {
          sheet: '自评评分表',
          messageId: 'execution',
          cells: ['J11', D('D17'), D('E17')],
          message: ['按执行率计分：8分 × 100.00% = 8分', '请改为 8分'],
        },
      ],
    },
    {
      name: '"三公" over budget',
      grids: sampleLikeGrids({ data: { D29: { value: 240000, formula: 'D30+D31+D34' } } }),
      findings: [
        {
          sheet: '自评评分表',
          messageId: 'sangong',
          cells: ['J13', D('C29'), D('D29')],
          message: ['超过预算数 210,000.00元', '= 3.5分'],
        },
      ],
    },
    {
      name: 'an indicator missed lowers 绩效指标完成率',
      grids: sampleLikeGrids({ data: { G42: 5, I42: { value: 0.5, formula: 'G42/E42' }, K42: '台风偏少' } }),
      findings: [
        {
          sheet: '自评评分表',
          messageId: 'indicators',
          cells: ['J19', D('G40'), D('G41'), D('G42'), D('G43')],
          message: ['4 个定量绩效指标的平均完成率为 87.50%', '15分 × 87.50% = 13.13分'],
        },
      ],
    },
  ],
});
