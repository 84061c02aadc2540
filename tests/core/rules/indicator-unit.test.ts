import rule from '../../../src/core/rules/indicator-unit';
import { ruleTester } from '../../support/rule-tester';
import { sampleLikeGrids } from '../../support/sample-like';

ruleTester(rule, {
  valid: [
    { name: 'bare numbers', grids: sampleLikeGrids() },
    {
      name: 'values that carry the unit of 计量单位',
      grids: sampleLikeGrids({ data: { E40: '10起', G40: '8起', E43: '≥95%', G43: '96%' } }),
    },
    {
      name: '"480小时以上" reads as 小时',
      grids: sampleLikeGrids({ data: { C42: '应急响应时长', F42: '小时', E42: 400, G42: '480小时以上', I42: '' } }),
    },
  ],
  invalid: [
    {
      name: 'an actual in 人次 where 计量单位 is 人',
      grids: sampleLikeGrids({ data: { G41: '2人次' } }),
      findings: [{ sheet: '自评数据表', messageId: 'vsColumn', cells: ['G41'], message: ['人次'] }],
    },
    {
      name: 'target and actual in different units, no 计量单位',
      grids: sampleLikeGrids({ data: { F40: undefined, E40: '10起', G40: '8宗' } }),
      findings: [{ sheet: '自评数据表', messageId: 'vsEachOther', cells: ['G40', 'E40'] }],
    },
  ],
});
