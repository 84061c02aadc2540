import rule from '../../../src/core/rules/satisfaction-basis';
import { cellOf, DAYING_METHOD, DAYING_SATISFACTION, indicatorBlock, TANGXI_2022 } from '../../support/real-forms';
import { ruleTester } from '../../support/rule-tester';
import { sampleLikeGrids } from '../../support/sample-like';

/** The 棠溪镇 indicators followed by 大英县's 群众满意度 (row 10), its method sentence in 自评工作过程. */
const withSatisfaction = (reason?: string, process = DAYING_METHOD) =>
  sampleLikeGrids({
    data: indicatorBlock([...TANGXI_2022, DAYING_SATISFACTION], reason ? { 9: { K: reason } } : {}),
    material: { B8: process },
  });
const SURVEY = '满意度通过问卷调查取得：发放问卷120份，收回有效问卷118份。';

ruleTester(rule, {
  valid: [
    { name: 'no 满意度 indicator', grids: sampleLikeGrids() },
    { name: 'a survey with its count in 偏差原因', grids: withSatisfaction(SURVEY) },
    {
      name: 'a survey with its count in 报告素材',
      grids: withSatisfaction(undefined, `${DAYING_METHOD}向服务对象发放满意度调查问卷120份。`),
    },
    {
      name: '回访 with a count',
      grids: withSatisfaction('对50户受益群众电话回访，满意47户'),
    },
  ],
  invalid: [
    {
      name: '大英县: 群众满意度 90% "采用公众评判…" with no survey behind it',
      grids: withSatisfaction(),
      findings: [
        {
          sheet: '自评数据表',
          messageId: 'noBasis',
          cells: [cellOf('G', 9)],
          message: ['群众满意度', '90%', '调查方式和样本数量'],
        },
      ],
    },
    {
      name: '"no complaints" is not a survey',
      grids: withSatisfaction('全年未接到群众投诉'),
      findings: [{ sheet: '自评数据表', messageId: 'noBasis', cells: [cellOf('G', 9)] }],
    },
    {
      name: 'a survey without a count',
      grids: withSatisfaction('经问卷调查，群众普遍满意'),
      findings: [{ sheet: '自评数据表', messageId: 'noBasis', cells: [cellOf('G', 9)] }],
    },
  ],
});
