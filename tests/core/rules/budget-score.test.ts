import rule from '../../../src/core/rules/budget-score';
import { ruleTester } from '../../support/rule-tester';
import { sampleLikeGrids } from '../../support/sample-like';

const mof = { H16: '分值', I16: '得分', H17: 10, I17: 10 };
/** 项目支出 spent 90% of its budget: 23,374,222.86 × 0.9 = 21,036,800.57 (rounded), 10 × 90% = 9 points. */
const ninety = { E26: 21036800.57, H26: 10, G26: '结转', F26: { value: 0.9, numFmt: '0.00%' } };
/** 项目支出 overspent by 5%: 23,374,222.86 × 1.05 = 24,542,934.00 → the system's uncapped 10.5 points. */
const over = { E26: 24542934, H26: 10, G26: '年末追加的应急物资采购', F26: { value: 1.05, numFmt: '0.00%' } };

ruleTester(rule, {
  valid: [
    { name: 'no 分值/得分 columns', grids: sampleLikeGrids() },
    { name: 'full marks at 100% execution', grids: sampleLikeGrids({ data: mof }) },
    { name: 'a proportional score', grids: sampleLikeGrids({ data: { ...mof, ...ninety, I26: 9 } }) },
    { name: 'above 100% scores 分值', grids: sampleLikeGrids({ data: { ...mof, ...over, I26: 10 } }) },
  ],
  invalid: [
    {
      name: '9 of 10 at 100% execution',
      grids: sampleLikeGrids({ data: { ...mof, I17: 9 } }),
      findings: [
        {
          sheet: '自评数据表',
          messageId: 'score',
          cells: ['I17'],
          fix: [{ cell: 'I17', value: 10, formula: 'ROUND(MIN(E17/D17,1)*H17,2)' }],
          message: ['按执行率计分：10分 × 100.00% = 10分', '请改为 10分'],
        },
      ],
    },
    {
      name: 'the uncapped system score 10.5 copied in',
      grids: sampleLikeGrids({ data: { ...mof, ...over, I26: 10.5 } }),
      findings: [
        {
          sheet: '自评数据表',
          messageId: 'aboveWeight',
          cells: ['I26'],
          fix: [{ cell: 'I26', value: 10, formula: 'ROUND(MIN(E26/D26,1)*H26,2)' }],
          message: ['超过分值 10分', '不设上限', '请改为 10分'],
        },
      ],
    },
    {
      name: '8.5 at 90% execution',
      grids: sampleLikeGrids({ data: { ...mof, ...ninety, I26: 8.5 } }),
      findings: [
        {
          sheet: '自评数据表',
          messageId: 'score',
          cells: ['I26'],
          fix: [{ cell: 'I26', value: 9, formula: 'ROUND(MIN(E26/D26,1)*H26,2)' }],
          message: ['10分 × 90.00% = 9分'],
        },
      ],
    },
  ],
});
