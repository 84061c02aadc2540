import rule from '../../../src/core/rules/overspend';
import { buildGrid } from '../../../src/core/grid/build-grid';
import { ruleTester } from '../../support/rule-tester';
import { sampleLikeGrids } from '../../support/sample-like';

ruleTester(rule, {
  valid: [
    { name: 'every overspent row is explained in 备注', grids: sampleLikeGrids() },
    {
      name: 'the total explained by the report',
      grids: sampleLikeGrids({
        data: { G17: undefined },
        material: { B11: '除少量运输费经报批超出预算外，严格按预算支出。' },
      }),
    },
  ],
  invalid: [
    {
      name: '项目支出 overspent with no note: its unexplained parent is marked in the same finding, not reported apart',
      grids: sampleLikeGrids({ data: { G26: undefined, G17: undefined } }),
      findings: [{ sheet: '自评数据表', messageId: 'over', cells: ['E26', 'E17'], message: ['485.48'] }],
    },
    {
      name: 'a form with no 备注 column (贵州 绥阳: 项目支出 353.75 of 187.36): the reason asked for in its texts',
      grids: [
        buildGrid('自评表', [
          ['部门整体支出绩效自评表'],
          ['部门(单位)名称', '某镇人民政府'],
          ['资金来源', '年初预算数(A)', '全年执行数(B)', '分值(10分)', '得分', '得分计算方法'],
          ['年度资金总额', 1172.55, 1268.72, 10, 10],
          ['基本支出', 985.19, 914.97, 10, 9.29],
          ['项目支出', 187.36, 353.75, 10, 10],
          ['一级指标', '二级指标', '三级指标', '年度指标值(A)', '全年实际值(B)', '分值', '得分'],
          ['产出指标', '数量指标', '村道维护里程', '≥20公里', '22公里', 90, 90],
        ]),
      ],
      findings: [
        {
          sheet: '自评表',
          messageId: 'overNoNoteColumn',
          cells: ['C6', 'C4'],
          message: ['166.39', '预算表没有备注栏'],
        },
      ],
    },
    {
      name: 'a note that says nothing',
      grids: sampleLikeGrids({ data: { G22: '无' } }),
      findings: [{ sheet: '自评数据表', messageId: 'over', cells: ['E22'] }],
    },
  ],
});
