import rule from '../../../src/core/rules/score-grade';
import { ruleTester } from '../../support/rule-tester';
import { sampleLikeGrids } from '../../support/sample-like';

/** Whatever words state the grade, the fix for the sample-like total of 99 is 优, kept live over the total J22. */
const GRADE_FIX = { cell: 'B23', value: '优', formula: 'IF(J22>=90,"优",IF(J22>=80,"良",IF(J22>=60,"中","差")))' };

ruleTester(rule, {
  valid: [
    { name: '99 is 优', grids: sampleLikeGrids() },
    { name: '"优等" reads as 优', grids: sampleLikeGrids({ score: { B23: '优等' } }) },
    {
      name: '"优秀" reads as 优 (as in score-stated-elsewhere and the fixes)',
      grids: sampleLikeGrids({ score: { B23: '优秀' } }),
    },
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
          fix: [GRADE_FIX],
          message: ['“优”'],
        },
      ],
    },
    {
      name: '"良好" stated for 99, quoted as written',
      grids: sampleLikeGrids({ score: { B23: '良好' } }),
      findings: [
        { sheet: '自评评分表', messageId: 'grade', cells: ['B23'], fix: [GRADE_FIX], message: ['“良好”', '“优”'] },
      ],
    },
    {
      name: 'a word that is no grade',
      grids: sampleLikeGrids({ score: { B23: 'A' } }),
      findings: [{ sheet: '自评评分表', messageId: 'grade', cells: ['B23'], fix: [GRADE_FIX], message: ['“A”'] }],
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
