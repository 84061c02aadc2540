import rule from '../../../src/core/rules/overspend';
import { ruleTester } from '../../support/rule-tester';
import { sampleLikeGrids } from '../../support/sample-like';

ruleTester(rule, {
  valid: [
    { name: 'every overspent row is explained in 备注', grids: sampleLikeGrids() },
    {
      name: 'the total explained by the report',
      grids: sampleLikeGrids({
        data: { G17: undefined },
        material: { B11: '除少量运输费经报批超出预算外，严格按预算支出。' },
      }),
    },
  ],
  invalid: [
    {
      name: '项目支出 overspent with no note (its parent is not reported too)',
      grids: sampleLikeGrids({ data: { G26: undefined, G17: undefined } }),
      findings: [{ sheet: '自评数据表', messageId: 'over', cells: ['E26'], message: ['485.48'] }],
    },
    {
      name: 'a note that says nothing',
      grids: sampleLikeGrids({ data: { G22: '无' } }),
      findings: [{ sheet: '自评数据表', messageId: 'over', cells: ['E22'] }],
    },
  ],
});
