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
  ],
});
