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
        { sheet: '自评评分表', messageId: 'execution', cells: ['J11', D('D17'), D('E17')], message: ['应为 8 分'] },
      ],
    },
    {
      name: '"三公" over budget',
      grids: sampleLikeGrids({ data: { D29: { value: 240000, formula: 'D30+D31+D34' } } }),
      findings: [{ sheet: '自评评分表', messageId: 'sangong', cells: ['J13', D('C29'), D('D29')], message: ['3.5'] }],
    },
    {
      name: 'an indicator missed lowers 绩效指标完成率',
      grids: sampleLikeGrids({ data: { G42: 5, I42: { value: 0.5, formula: 'G42/E42' }, K42: '台风偏少' } }),
      findings: [
        {
          sheet: '自评评分表',
          messageId: 'indicators',
          cells: ['J19', D('G40'), D('G41'), D('G42'), D('G43')],
          message: ['13.13'],
        },
      ],
    },
  ],
});
