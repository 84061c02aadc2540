import rule from '../../../src/core/rules/indicator-target-sanity';
import { ruleTester } from '../../support/rule-tester';
import { sampleLikeGrids } from '../../support/sample-like';

const pct = (value: number) => ({ value, numFmt: '0.00%' });

ruleTester(rule, {
  valid: [
    { name: 'plausible targets', grids: sampleLikeGrids() },
    { name: 'exactly 150% is not too much', grids: sampleLikeGrids({ data: { G42: 15, I42: pct(1.5) } }) },
    {
      name: 'the ratio is a setting',
      grids: sampleLikeGrids({ data: { G42: 20, I42: pct(2) } }),
      settings: { targetTooLowRatio: 2.5 },
    },
  ],
  invalid: [
    {
      name: 'actual 200% of a ≥ target',
      grids: sampleLikeGrids({ data: { G42: 20, I42: pct(2) } }),
      findings: [{ sheet: '自评数据表', messageId: 'tooLow', cells: ['E42'], message: ['200.00%'] }],
    },
    {
      name: 'a % target above 100%',
      grids: sampleLikeGrids({ data: { E43: { value: 95, numFmt: '0%' }, I43: pct(0.96 / 95) } }),
      findings: [{ sheet: '自评数据表', messageId: 'percentAbove', cells: ['E43'] }],
    },
    {
      name: 'a cost indicator with ≥',
      grids: sampleLikeGrids({
        data: { B42: '成本指标', C42: '人均培训成本', E42: 500, F42: '元', G42: 480, I42: pct(0.96) },
      }),
      findings: [{ sheet: '自评数据表', messageId: 'costAtLeast', cells: ['E42'] }],
    },
    {
      name: 'a quantitative target with no number',
      grids: sampleLikeGrids({ data: { E42: '按要求完成', I42: '' } }),
      findings: [{ sheet: '自评数据表', messageId: 'noNumber', cells: ['E42'], message: ['按要求完成'] }],
    },
  ],
});
