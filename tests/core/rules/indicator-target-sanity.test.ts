import rule from '../../../src/core/rules/indicator-target-sanity';
import { ruleTester } from '../../support/rule-tester';
import { sampleLikeGrids } from '../../support/sample-like';

const pct = (value: number) => ({ value, numFmt: '0.00%' });

ruleTester(rule, {
  valid: [
    { name: 'plausible targets (12 of 10 is explained in 偏差原因)', grids: sampleLikeGrids() },
    { name: 'just under 120%', grids: sampleLikeGrids({ data: { G42: 11.99, I42: pct(1.199), K42: undefined } }) },
    {
      name: '150% with a reason',
      grids: sampleLikeGrids({ data: { G42: 15, I42: pct(1.5), K42: '台风偏多，应急响应次数相应增加' } }),
    },
    {
      name: 'a province that flags only from 130%',
      grids: sampleLikeGrids({ data: { G42: 12.5, I42: pct(1.25), K42: undefined } }),
      settings: { scoring: { overCompletionRatio: 1.3 } },
    },
  ],
  invalid: [
    {
      name: 'exactly 120% of a ≥ target, no reason (the national line)',
      grids: sampleLikeGrids({ data: { K42: undefined } }),
      findings: [
        {
          sheet: '自评数据表',
          messageId: 'overCompletion',
          cells: ['E42'],
          message: ['120.00%', '超额完成预警线 120%', '请在偏差原因分析及改进措施中说明'],
        },
      ],
    },
    {
      name: '200% with a reason that gives none',
      grids: sampleLikeGrids({ data: { G42: 20, I42: pct(2), K42: '超额完成' } }),
      findings: [{ sheet: '自评数据表', messageId: 'overCompletion', cells: ['E42'], message: ['200.00%'] }],
    },
    {
      name: 'a province line of 130% reached',
      grids: sampleLikeGrids({ data: { G42: 13, I42: pct(1.3), K42: '无' } }),
      settings: { scoring: { overCompletionRatio: 1.3 } },
      findings: [{ sheet: '自评数据表', messageId: 'overCompletion', cells: ['E42'], message: ['130%'] }],
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
