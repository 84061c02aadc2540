import rule, { summedCells } from '../../../src/core/rules/formula-range';
import { ruleTester } from '../../support/rule-tester';
import { sampleLikeGrids } from '../../support/sample-like';

ruleTester(rule, {
  valid: [
    { name: 'the sample formulas', grids: sampleLikeGrids() },
    {
      name: 'the total summed by 支出类型 instead',
      grids: sampleLikeGrids({ data: { D17: { value: 34474255.03, formula: 'D23+D26' } } }),
    },
    {
      name: 'a SUM written as a + chain with $ signs',
      grids: sampleLikeGrids({ data: { D18: { value: 33187855.03, formula: '$D$19+D20+D21' } } }),
    },
    {
      name: 'formulas that are not sums are not judged',
      grids: sampleLikeGrids({ data: { D18: { value: 33187855.03, formula: 'ROUND(SUM(D19:D21),2)' } } }),
    },
  ],
  invalid: [
    {
      name: 'SUM skips a child row whose value is 0 today',
      grids: sampleLikeGrids({ data: { D18: { value: 33187855.03, formula: 'SUM(D19:D20)' } } }),
      findings: [{ sheet: '自评数据表', messageId: 'missing', cells: ['D18', 'D21'], message: ['D21'] }],
    },
    {
      name: 'SUM takes in a grandchild row (double count)',
      grids: sampleLikeGrids({ data: { C17: { value: 30126800, formula: 'SUM(C18:C22)' } } }),
      findings: [{ sheet: '自评数据表', messageId: 'foreign', cells: ['C17'], message: ['C19'] }],
    },
    {
      name: 'the score total leaves out the last row',
      grids: sampleLikeGrids({ score: { J22: { value: 94, formula: 'SUM(J5:J20)' } } }),
      findings: [{ sheet: '自评评分表', messageId: 'missing', cells: ['J22', 'J21'] }],
    },
    {
      name: 'a "三公" subtotal adds the wrong column',
      grids: sampleLikeGrids({ data: { C31: { value: 180000, formula: 'C32+D33' } } }),
      findings: [{ sheet: '自评数据表', messageId: 'missing', cells: ['C31', 'C33'] }],
    },
  ],
});

describe('summedCells', () => {
  it('reads SUM ranges and + chains', () => {
    expect(summedCells('SUM(E11:E13)+E15')?.map((c) => c.row)).toEqual([10, 11, 12, 14]);
    expect(summedCells('=$C$18+C22')?.map((c) => c.row)).toEqual([17, 21]);
    expect(summedCells("'自评评分表'!J22")?.[0]).toEqual({ sheet: '自评评分表', row: 21, col: 9 });
    expect(summedCells('IF(D17=0,"",E17/D17)')).toBeUndefined();
  });
});
