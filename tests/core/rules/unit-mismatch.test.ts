import rule from '../../../src/core/rules/unit-mismatch';
import { ruleTester } from '../../support/rule-tester';
import { sampleLikeGrids } from '../../support/sample-like';

const D = (cell: string) => `'自评数据表'!${cell}`;

ruleTester(rule, {
  valid: [
    { name: 'no amounts in text', grids: sampleLikeGrids() },
    {
      name: 'the right figure in 元',
      grids: sampleLikeGrids({ material: { B11: '收入预算安排34474255.03元，决算支出34,474,740.51元。' } }),
    },
    {
      name: 'a correct conversion to 万元',
      grids: sampleLikeGrids({ material: { B11: '全年预算数34,474,255.03元（约3447.43万元）。' } }),
    },
    { name: 'small amounts are not compared', grids: sampleLikeGrids({ material: { B11: '超预算支出485.48元。' } }) },
  ],
  invalid: [
    {
      name: '万元 figure written with 元',
      grids: sampleLikeGrids({ material: { B11: '收入预算安排3447.43元。' } }),
      findings: [{ sheet: '报告素材', messageId: 'text', cells: ['B11', D('D17')], message: ['3447.43万元'] }],
    },
    {
      name: '元 figure written with 万元 in a data-table note',
      grids: sampleLikeGrids({ data: { A53: '说明：全年执行数34474740.51万元。' } }),
      findings: [{ sheet: '自评数据表', messageId: 'text', cells: ['A53', 'E17'] }],
    },
    {
      name: 'the 金额单位 cell against a 万元 header',
      grids: sampleLikeGrids({ data: { D16: '全年预算数（万元）' } }),
      findings: [{ sheet: '自评数据表', messageId: 'header', cells: ['A5', 'D16'] }],
    },
    {
      name: 'a 万元 table holding 元 figures',
      grids: sampleLikeGrids({ data: { A5: '金额单位：万元' } }),
      findings: [{ sheet: '自评数据表', messageId: 'figures', cells: ['A5', 'D17'] }],
    },
  ],
});
