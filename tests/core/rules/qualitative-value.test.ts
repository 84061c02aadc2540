import rule from '../../../src/core/rules/qualitative-value';
import { cellOf, indicatorBlock, SHANGWU_2020, TANGXI_2022 } from '../../support/real-forms';
import { ruleTester } from '../../support/rule-tester';
import { sampleLikeGrids } from '../../support/sample-like';

ruleTester(rule, {
  valid: [
    { name: 'the 棠溪镇 form: 达成预期指标 is a level', grids: sampleLikeGrids({ data: indicatorBlock(TANGXI_2022) }) },
    {
      name: 'the 区商务局 form: results that describe what was achieved',
      grids: sampleLikeGrids({ data: indicatorBlock(SHANGWU_2020) }),
    },
    { name: 'the sample-like result restates its target (总体平稳)', grids: sampleLikeGrids() },
    { name: 'a level synonym (已完成)', grids: sampleLikeGrids({ data: { G44: '已完成' } }) },
    { name: 'a blank result is required-field’s', grids: sampleLikeGrids({ data: { G44: undefined } }) },
  ],
  invalid: [
    {
      name: 'the 棠溪镇 form with 对维护基建市场公平的影响程度 answered "较好" (planted)',
      grids: sampleLikeGrids({ data: indicatorBlock(TANGXI_2022, { 6: { G: '较好' } }) }),
      findings: [
        { sheet: '自评数据表', messageId: 'vague', cells: [cellOf('G', 6)], message: ['“较好”', '请改为三档之一'] },
      ],
    },
    {
      name: 'the sample-like 安全形势 answered "有所好转"',
      grids: sampleLikeGrids({ data: { G44: '有所好转' } }),
      findings: [{ sheet: '自评数据表', messageId: 'vague', cells: ['G44'] }],
    },
  ],
});
