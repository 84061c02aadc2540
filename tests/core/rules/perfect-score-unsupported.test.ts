import rule from '../../../src/core/rules/perfect-score-unsupported';
import { cellOf, indicatorBlock, SHANGWU_2020, TANGXI_2022 } from '../../support/real-forms';
import { ruleTester } from '../../support/rule-tester';
import { sampleLikeGrids } from '../../support/sample-like';

const S = (cell: string) => `'自评评分表'!${cell}`;
/** The sample-like score sheet at full marks: 目标设置合理性 4 of 4, no deduction, total 100. */
const fullSheet = { J9: 4, I9: undefined, J22: { value: 100, formula: 'SUM(J5:J21)' } };
const pct = (value: number) => ({ value, numFmt: '0.00%' });
/** 安全形势 described, as the real report words it, rather than the bare restated target "总体平稳". */
const described = { G44: '全年没有发生较大以上生产安全事故，安全形势总体平稳' };

ruleTester(rule, {
  valid: [
    { name: 'the sample-like workbook: 99, not full marks', grids: sampleLikeGrids() },
    {
      name: 'the 区商务局 form: full marks, every target met, every 定性 result described',
      grids: sampleLikeGrids({ data: indicatorBlock(SHANGWU_2020) }),
    },
    {
      name: 'full marks on the score sheet, every target met, the 定性 result described',
      grids: sampleLikeGrids({ score: fullSheet, data: described }),
    },
  ],
  invalid: [
    {
      name: 'the 棠溪镇 form as published: every indicator full, every 定性 result a bare "达成预期指标"',
      grids: sampleLikeGrids({ data: indicatorBlock(TANGXI_2022) }),
      findings: [2, 3, 5, 6, 7, 8].map((i) => ({
        sheet: '自评数据表',
        messageId: 'noDescription',
        cells: [cellOf('G', i)],
        message: ['各绩效指标均得满分', '“达成预期指标”', '具体完成情况'],
      })),
    },
    {
      name: 'the 区商务局 form with 服务外包离岸 at 4400 of 4500 (planted), its 10 points kept',
      grids: sampleLikeGrids({ data: indicatorBlock(SHANGWU_2020, { 1: { G: 4400 } }) }),
      findings: [
        {
          sheet: '自评数据表',
          messageId: 'unmet',
          cells: [cellOf('G', 1)],
          message: ['年度指标值 4500万美元，实际完成值 4400万美元', '请按实际完成情况扣分'],
        },
      ],
    },
    {
      name: 'score sheet at 100 while 预警信息覆盖率 missed its target',
      grids: sampleLikeGrids({
        score: fullSheet,
        data: {
          ...described,
          G43: { value: 0.93, numFmt: '0%' },
          I43: pct(0.93 / 0.95),
          J43: '否',
          K43: '偏远村组信号差',
        },
      }),
      findings: [
        {
          sheet: '自评数据表',
          messageId: 'unmet',
          cells: ['G43', S('J22')],
          message: ['自评为满分（100分）', '预警信息覆盖率'],
        },
      ],
    },
    {
      name: 'score sheet at 100 while an actual is blank',
      grids: sampleLikeGrids({ score: fullSheet, data: { ...described, G42: undefined, I42: '' } }),
      findings: [
        { sheet: '自评数据表', messageId: 'noActual', cells: ['G42', S('J22')], message: ['没有填写实际完成值'] },
      ],
    },
    {
      name: 'score sheet at 100 with 安全形势 only restating its target',
      grids: sampleLikeGrids({ score: fullSheet }),
      findings: [
        {
          sheet: '自评数据表',
          messageId: 'noDescription',
          cells: ['G44', S('J22')],
          message: ['“总体平稳”', '没有描述具体完成了什么'],
        },
      ],
    },
  ],
});
