import rule from '../../../src/core/rules/score-grade';
import { ruleTester } from '../../support/rule-tester';
import { sampleLikeGrids } from '../../support/sample-like';

ruleTester(rule, {
  valid: [
    { name: '99 is 优', grids: sampleLikeGrids() },
    { name: '"优等" reads as 优', grids: sampleLikeGrids({ score: { B23: '优等' } }) },
  ],
  invalid: [
    {
      name: '良 stated for 99',
      grids: sampleLikeGrids({ score: { B23: '良' } }),
      findings: [
        {
          sheet: '自评评分表',
          messageId: 'grade',
          cells: ['B23'],
          fix: [{ cell: 'B23', value: '优', formula: 'IF(J22>=90,"优",IF(J22>=80,"良",IF(J22>=60,"中","差")))' }],
          message: ['“优”'],
        },
      ],
    },
    {
      name: 'bands are a setting',
      grids: sampleLikeGrids(),
      settings: {
        gradeBands: [
          { grade: '优', min: 100 },
          { grade: '良', min: 80 },
          { grade: '中', min: 60 },
        ],
      },
      findings: [
        {
          sheet: '自评评分表',
          messageId: 'grade',
          cells: ['B23'],
          fix: [{ cell: 'B23', value: '良', formula: 'IF(J22>=100,"优",IF(J22>=80,"良",IF(J22>=60,"中","差")))' }],
        },
      ],
    },
  ],
});
