import rule from '../../../src/core/rules/score-stated-elsewhere';
import { ruleTester } from '../../support/rule-tester';
import { sampleLikeGrids } from '../../support/sample-like';

const S = (cell: string) => `'自评评分表'!${cell}`;

ruleTester(rule, {
  valid: [
    { name: 'the data table and the report repeat the score sheet', grids: sampleLikeGrids() },
    {
      name: "a data-table score that echoes a wrong score-sheet total is score-total's",
      grids: sampleLikeGrids({
        score: { J22: 98 },
        data: { B12: { value: 98, formula: '自评评分表!J22' } },
        material: { B11: '自评分数98分，自评等级为优。' },
      }),
    },
  ],
  invalid: [
    {
      name: 'a typed data-table score',
      grids: sampleLikeGrids({ data: { B12: 95 } }),
      findings: [
        {
          sheet: '自评数据表',
          messageId: 'dataScore',
          cells: ['B12', S('J22')],
          fix: [{ cell: 'B12', value: 99, formula: "'自评评分表'!J22" }],
          message: ['95', '99'],
        },
      ],
    },
    {
      name: 'a data-table grade',
      grids: sampleLikeGrids({ data: { B13: '良' } }),
      findings: [
        {
          sheet: '自评数据表',
          messageId: 'dataGrade',
          cells: ['B13', S('B23')],
          fix: [{ cell: 'B13', value: '优', formula: "'自评评分表'!B23" }],
        },
      ],
    },
    {
      name: 'the report states another score',
      grids: sampleLikeGrids({ material: { B11: '我局自评分数为96分，自评等级为优。' } }),
      findings: [{ sheet: '报告素材', messageId: 'textScore', cells: ['B11', S('J22')], message: ['自评分数为96分'] }],
    },
    {
      name: 'the report states another grade',
      grids: sampleLikeGrids({ material: { B11: '自评分数99分，自评等级为良。' } }),
      findings: [{ sheet: '报告素材', messageId: 'textGrade', cells: ['B11', S('B23')] }],
    },
  ],
});
