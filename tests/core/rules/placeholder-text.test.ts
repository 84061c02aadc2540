import rule from '../../../src/core/rules/placeholder-text';
import { ruleTester } from '../../support/rule-tester';
import { sampleLikeGrids } from '../../support/sample-like';

ruleTester(rule, {
  valid: [
    { name: 'filled-in material', grids: sampleLikeGrids() },
    {
      name: 'a multiplication sign in a formula description is not ××',
      grids: sampleLikeGrids({ material: { B12: '得分＝权重×执行率。' } }),
    },
  ],
  invalid: [
    {
      name: 'rows holding only a placeholder (……) are one leftover, reported once per sheet',
      grids: sampleLikeGrids({ material: { B13: '……', B14: '……' } }),
      findings: [{ sheet: '报告素材', messageId: 'residueRows', cells: ['B13', 'B14'], message: ['2 个单元格'] }],
    },
    {
      name: 'the unit-name placeholder',
      grids: sampleLikeGrids({ material: { B8: '现将 2024 年度（单位名称）整体支出绩效自评情况报告如下：' } }),
      findings: [{ sheet: '报告素材', messageId: 'residue', cells: ['B8'], message: ['(单位名称)'] }],
    },
    {
      name: 'the 二、(四) outline instruction',
      grids: sampleLikeGrids({ material: { B10: '说明本单位所报送的自评报告、数据表、评分表是否与公开的一致。' } }),
      findings: [{ sheet: '报告素材', messageId: 'residue', cells: ['B10'] }],
    },
    {
      name: 'the 三、(二) outline instruction',
      grids: sampleLikeGrids({ material: { B12: '对照《整体支出绩效自评指标评分表》逐项分析各指标完成情况。' } }),
      findings: [{ sheet: '报告素材', messageId: 'residue', cells: ['B12'] }],
    },
    {
      name: 'XX, 【…】, （100字以内）, 此处填写',
      grids: sampleLikeGrids({
        material: { B13: 'XX问题' },
        data: { B36: '【年度总体目标】' },
        score: { I9: '此处填写扣分原因（100字以内）' },
      }),
      findings: [
        { sheet: '自评数据表', messageId: 'residue', cells: ['B36'] },
        { sheet: '自评评分表', messageId: 'residue', cells: ['I9'] },
        { sheet: '报告素材', messageId: 'residue', cells: ['B13'] },
      ],
    },
    {
      name: 'an ellipsis left in',
      grids: sampleLikeGrids({ material: { B14: '一是……；二是……' } }),
      findings: [{ sheet: '报告素材', messageId: 'residue', cells: ['B14'] }],
    },
  ],
});
