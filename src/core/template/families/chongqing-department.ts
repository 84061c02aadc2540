// The Chongqing whole-department form 部门整体绩效自评表: 执行率权重 / 执行率得分, indicators scored by 得分系数.
import type { FormFamily } from './family';

export const CHONGQING_DEPARTMENT: FormFamily = {
  id: 'chongqing-department',
  name: '重庆市部门整体绩效自评表',
  kind: 'department',
  required: [
    { label: '执行率权重' },
    { label: '指标名称' },
    { label: '年初指标值' },
    { label: '全年完成值' },
    { label: '得分系数' },
    { label: '指标权重' },
    { label: '指标得分' },
  ],
  distinguishing: [
    { label: '部门整体绩效自评表', title: true },
    { label: '部门预算执行情况' },
    { label: '财政处室' },
    { label: '自评总分' },
    { label: '部门联系人' },
    { label: '全年(调整)预算数' },
    { label: '执行率得分' },
    { label: '当年绩效目标' },
    { label: '年初绩效目标' },
    { label: '全年(调整)绩效目标' },
    { label: '全年目标实际完成情况' },
    { label: '调整指标值' },
    { label: '是否核心指标' },
  ],
  parts: { dataTable: true, scoreSheet: false, inlineScores: true, material: false },
  blankAllowed: ['indicator-values'],
  optionalRows: [],
  // The printed form states its amounts in 万元 (部门预算执行情况（万元）); a copy that lost the header is read so.
  amountUnit: '万元',
  contributes: {
    fields: { statedScore: ['自评总分', '自评总分(分)'] },
    budgetColumns: { weight: ['执行率权重'], score: ['执行率得分'] },
    goals: { target: ['全年(调整)绩效目标'], achieved: ['全年目标实际完成情况'] },
    indicatorColumns: {
      target: ['年初指标值'],
      actual: ['全年完成值'],
      coefficient: ['得分系数'],
      weight: ['指标权重'],
      score: ['指标得分'],
    },
  },
  scoring: {
    budgetPoints: 10,
    indicators: 'coefficient',
    formula: '执行率得分 = 执行率权重 × 执行率；指标得分 = 指标权重 × 得分系数(%)，得分系数按完成程度填写，最高 100%',
  },
  // 得分 is 权重 × 得分系数 here: indicator-coefficient checks both the product and the coefficient. The form has no
  // 偏差原因 column, so a missed target has no cell for its reason.
  rulesOff: ['indicator-score', 'indicator-deviation-reason'],
  example: 'tests/forms/chongqing-kxc-rongmeiti-2021',
};
