import rule from '../../../src/core/rules/filing-date';
import { ruleTester } from '../../support/rule-tester';
import { sampleLikeGrids } from '../../support/sample-like';

ruleTester(rule, {
  valid: [
    { name: 'an Excel date in 2025', grids: sampleLikeGrids() },
    { name: 'a typed date', grids: sampleLikeGrids({ data: { B4: '2025年7月25日' } }) },
    { name: "a blank date is required-field's", grids: sampleLikeGrids({ data: { B4: undefined } }) },
  ],
  invalid: [
    {
      name: 'unparsable',
      grids: sampleLikeGrids({ data: { B4: '七月下旬' } }),
      findings: [{ sheet: '自评数据表', messageId: 'unparsable', cells: ['B4'] }],
    },
    {
      name: 'not a real date',
      grids: sampleLikeGrids({ data: { B4: '2025-02-30' } }),
      findings: [{ sheet: '自评数据表', messageId: 'notADate', cells: ['B4'], message: ['2025-02-30'] }],
    },
    {
      name: 'before the end of 评价年度',
      grids: sampleLikeGrids({ data: { B4: '2024.12.30' } }),
      findings: [{ sheet: '自评数据表', messageId: 'early', cells: ['B4'], message: ['2024年12月30日'] }],
    },
  ],
});
