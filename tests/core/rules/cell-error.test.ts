import rule from '../../../src/core/rules/cell-error';
import { ruleTester } from '../../support/rule-tester';
import { DATA, sampleLikeGrids } from '../../support/sample-like';

ruleTester(rule, {
  valid: [{ name: 'no error values', grids: sampleLikeGrids() }],
  invalid: [
    {
      name: '#DIV/0! in a rate',
      grids: sampleLikeGrids({ data: { F23: { value: { error: '#DIV/0!' }, formula: 'E23/0' } } }),
      findings: [
        {
          messageId: 'error',
          cells: ['F23'],
          fix: [{ cell: 'F23', value: 1, formula: 'IF(D23=0,"",E23/D23)', numFmt: '0.00%' }],
          sheet: DATA,
          message: ['#DIV/0!'],
        },
      ],
    },
    {
      name: '#REF! in a score',
      grids: sampleLikeGrids({ score: { J7: { value: { error: '#REF!' }, formula: '#REF!' } } }),
      findings: [{ sheet: '自评评分表', messageId: 'error', cells: ['J7'], message: ['#REF!'] }],
    },
    {
      name: '#REF! in a subtotal is repaired by the sum of its rows',
      grids: sampleLikeGrids({ data: { D18: { value: { error: '#REF!' }, formula: '#REF!' } } }),
      findings: [
        {
          sheet: DATA,
          messageId: 'error',
          cells: ['D18'],
          message: ['财政拨款的全年预算数', '#REF!'],
          fix: [{ cell: 'D18', value: 33187855.03, formula: 'SUM(D19:D21)' }],
        },
      ],
    },
  ],
});
