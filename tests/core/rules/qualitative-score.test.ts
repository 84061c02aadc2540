import rule from '../../../src/core/rules/qualitative-score';
import { cellOf, indicatorBlock, TANGXI_2022 } from '../../support/real-forms';
import { ruleTester } from '../../support/rule-tester';
import { sampleLikeGrids } from '../../support/sample-like';

/** 对维护基建市场公平的影响程度 (row 7 of the 棠溪镇 form, 10 points) with its level changed and a score. */
const fairness = (level: string, score: number) =>
  sampleLikeGrids({ data: indicatorBlock(TANGXI_2022, { 6: { G: level, M: score } }) });
const PROVINCE = { scoring: { qualitativeBands: { met: 0.8, partial: 0.5 } } };

ruleTester(rule, {
  valid: [
    {
      name: 'the 棠溪镇 form as published: 达成预期指标 at full marks',
      grids: sampleLikeGrids({ data: indicatorBlock(TANGXI_2022) }),
    },
    { name: '达成年度指标 at 8 of 10 (80% is inside)', grids: fairness('达成年度指标', 8) },
    { name: '部分达成 at 6 of 10 (60% is inside)', grids: fairness('部分达成年度指标并具有一定效果', 6) },
    { name: '部分达成 at 7.99 of 10', grids: fairness('部分达成年度指标并具有一定效果', 7.99) },
    { name: '未达成 at 5.99 of 10', grids: fairness('未达成年度指标且效果较差', 5.99) },
    {
      name: 'a province with bands at 80% / 50%: 部分达成 at 5',
      grids: fairness('部分达成年度指标并具有一定效果', 5),
      settings: PROVINCE,
    },
    { name: 'a result that states no level is not banded', grids: fairness('市场秩序明显好转', 3) },
    { name: 'the sample-like workbook has no 分值 column', grids: sampleLikeGrids() },
  ],
  invalid: [
    {
      name: 'the 棠溪镇 form with one result lowered to 部分达成, its full marks kept',
      grids: fairness('部分达成年度指标并具有一定效果', 10),
      findings: [
        {
          sheet: '自评数据表',
          messageId: 'partial',
          cells: [cellOf('M', 6)],
          message: [
            '部分达成年度指标并具有一定效果',
            '不低于 6分且低于 8分',
            '填写 10分',
            '全国预算管理一体化绩效管理系统',
          ],
        },
      ],
    },
    {
      name: '达成 at 7.99 of 10 is below its band',
      grids: fairness('达成年度指标', 7.99),
      findings: [{ sheet: '自评数据表', messageId: 'met', cells: [cellOf('M', 6)], message: ['应在 8分至 10分之间'] }],
    },
    {
      name: '未达成 at 6 of 10 is above its band',
      grids: fairness('未达成年度指标且效果较差', 6),
      findings: [{ sheet: '自评数据表', messageId: 'unmet', cells: [cellOf('M', 6)], message: ['应低于 6分'] }],
    },
    {
      name: '部分达成 at 5.5 of 10: inside a province band of 50%, outside the national 60%',
      grids: fairness('部分达成年度指标并具有一定效果', 5.5),
      findings: [{ sheet: '自评数据表', messageId: 'partial', cells: [cellOf('M', 6)], message: ['不低于 6分'] }],
    },
    {
      name: 'a province with bands at 80% / 50%: 部分达成 at 4.99',
      grids: fairness('部分达成年度指标并具有一定效果', 4.99),
      settings: PROVINCE,
      findings: [
        { sheet: '自评数据表', messageId: 'partial', cells: [cellOf('M', 6)], message: ['不低于 5分且低于 8分'] },
      ],
    },
  ],
});
