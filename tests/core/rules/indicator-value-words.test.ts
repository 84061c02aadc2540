import rule from '../../../src/core/rules/indicator-value-words';
import { ruleTester } from '../../support/rule-tester';
import { sampleLikeGrids } from '../../support/sample-like';

ruleTester(rule, {
  valid: [
    { name: 'the sample-like results are figures', grids: sampleLikeGrids() },
    {
      name: 'a qualitative indicator answered in words (总体平稳)',
      grids: sampleLikeGrids({ data: { G44: '总体平稳' } }),
    },
    { name: 'a figure typed with its unit (12次)', grids: sampleLikeGrids({ data: { G42: '12次' } }) },
    { name: 'a blank result is required-field’s', grids: sampleLikeGrids({ data: { G42: undefined } }) },
  ],
  invalid: [
    {
      name: '应急响应启动次数 (target 10) answered "完成"',
      grids: sampleLikeGrids({ data: { G42: '完成' } }),
      findings: [
        {
          sheet: '自评数据表',
          messageId: 'words',
          cells: ['G42'],
          message: ['“应急响应启动次数”', '“完成”', '请填写实际达到的数值'],
        },
      ],
    },
    {
      name: '预警信息覆盖率 (target 95%) answered "达成目标值" (as 江西 蚕茶卫生院 F12 writes)',
      grids: sampleLikeGrids({ data: { G43: '达成目标值' } }),
      findings: [{ sheet: '自评数据表', messageId: 'words', cells: ['G43'] }],
    },
  ],
});
