import rule from '../../../src/core/rules/budget-score';
import { ruleTester } from '../../support/rule-tester';
import { sampleLikeGrids } from '../../support/sample-like';

const mof = { H16: '分值', I16: '得分', H17: 10, I17: 10 };

ruleTester(rule, {
  valid: [
    { name: 'no 分值/得分 columns', grids: sampleLikeGrids() },
    { name: 'full marks at 100% execution', grids: sampleLikeGrids({ data: mof }) },
    {
      name: 'a proportional score',
      grids: sampleLikeGrids({
        data: { ...mof, E26: 21036800.57, I26: 9, H26: 10, G26: '结转', F26: { value: 0.9, numFmt: '0.00%' } },
      }),
    },
  ],
  invalid: [
    {
      name: '9 of 10 at 100% execution',
      grids: sampleLikeGrids({ data: { ...mof, I17: 9 } }),
      findings: [{ sheet: '自评数据表', messageId: 'score', cells: ['I17'], message: ['应为 10 分'] }],
    },
  ],
});
