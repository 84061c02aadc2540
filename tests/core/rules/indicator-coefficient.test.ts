import rule from '../../../src/core/rules/indicator-coefficient';
import { ruleTester } from '../../support/rule-tester';
import { CHONGQING_INDICATORS, chongqingForm, type ChongqingIndicator } from '../../support/chongqing-form';
import { sampleLikeGrids } from '../../support/sample-like';

const SHEET = '部门整体绩效自评表';
const withRow = (index: number, row: ChongqingIndicator) => CHONGQING_INDICATORS.map((r, i) => (i === index ? row : r));

ruleTester(rule, {
  valid: [
    { name: 'forms without 得分系数 (the reference template)', grids: sampleLikeGrids() },
    { name: 'every 得分 = 权重 × 系数, every coefficient within the completion', grids: [chongqingForm()] },
    {
      name: 'a control rate under its ceiling is met (控制率 aims low): 92% of 100% keeps 100%',
      grids: [chongqingForm(withRow(0, ['公用经费控制率', '%', '定量指标', '100%', '97%', 1, 2, 2]))],
    },
    {
      name: 'a missed target with the coefficient lowered to its completion',
      grids: [chongqingForm(withRow(2, ['政府采购执行率', '%', '定量指标', '100%', '72.74%', 0.7274, 2, 1.45]))],
    },
  ],
  invalid: [
    {
      name: 'a missed target kept at 100% and full points (西部科学城融媒体中心 2021, J17)',
      grids: [chongqingForm(withRow(2, ['政府采购执行率', '%', '定量指标', '100%', '72.74%', 1, 2, 2]))],
      findings: [
        {
          sheet: SHEET,
          messageId: 'coefficient',
          cells: ['J11', 'H11'],
          message: ['完成程度 72.74%', '得分系数填写为 100.00%', '2分 × 72.74% = 1.45分'],
        },
      ],
    },
    {
      name: '指标得分 that is not 指标权重 × 得分系数',
      grids: [chongqingForm(withRow(1, ['预算完成率', '%', '定量指标', '70%', '76%', 0.9, 2, 2]))],
      findings: [
        {
          sheet: SHEET,
          messageId: 'product',
          cells: ['J10'],
          message: ['指标权重 2分 × 得分系数 90.00% = 1.8分', '请改为 1.8分'],
        },
      ],
    },
  ],
});
