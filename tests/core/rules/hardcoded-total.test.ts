import rule from '../../../src/core/rules/hardcoded-total';
import { ruleTester } from '../../support/rule-tester';
import { sampleLikeGrids } from '../../support/sample-like';

ruleTester(rule, {
  valid: [
    { name: 'every total is a formula', grids: sampleLikeGrids() },
    { name: 'a sheet typed by hand throughout', grids: sampleLikeGrids({ score: { B22: 100, J22: 99 } }) },
  ],
  invalid: [
    {
      name: 'a typed subtotal among formulas',
      grids: sampleLikeGrids({ data: { C23: { value: 10812500, numFmt: '#,##0.00' } } }),
      findings: [
        { sheet: '自评数据表', messageId: 'constant', cells: ['C23'], severity: 'info', message: ['=SUM(C24:C25)'] },
      ],
    },
    {
      name: 'a typed rate',
      grids: sampleLikeGrids({ data: { F22: { value: 1.000377394278607, numFmt: '0.00%' } } }),
      findings: [{ sheet: '自评数据表', messageId: 'constant', cells: ['F22'] }],
    },
    {
      name: 'a typed score-sheet total next to a formula',
      grids: sampleLikeGrids({ score: { J22: 99 } }),
      findings: [{ sheet: '自评评分表', messageId: 'constant', cells: ['J22'] }],
    },
  ],
});
