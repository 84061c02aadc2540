// The Jiangxi whole-department form (南昌县): 评价部门名称; 整体支出规模 (全年预算数, 全年执行数, 执行率 by 资金来源 and
// 资金结构); 年度总体目标; indicators grouped by 分解目标 (管理, 产出, 效果, 满意度) with a 自评权重 per group.
import type { FormFamily } from './family';

export const JIANGXI_DEPARTMENT: FormFamily = {
  id: 'jiangxi-department',
  name: '江西省整体支出绩效自评表',
  kind: 'department',
  required: [
    { label: '整体支出绩效自评表', title: true },
    { label: '评价部门名称' },
    { label: '整体支出规模' },
    { label: '全年预算数' },
    { label: '全年执行数' },
    { label: '执行率' },
    { label: '分解目标' },
    { label: '三级指标' },
    { label: '年度指标值' },
    { label: '全年完成值' },
    { label: '分值' },
    { label: '得分' },
  ],
  distinguishing: [
    { label: '下属单位个数' },
    { label: '资金来源' },
    { label: '资金结构' },
    { label: '年初设定目标' },
    { label: '全年完成情况' },
    { label: '自评权重' },
    { label: '偏差及原因分析' },
    { label: '管理指标' },
    { label: '效果指标' },
  ],
  parts: { dataTable: true, scoreSheet: false, inlineScores: true, material: false },
  blankAllowed: [],
  optionalRows: ['(2)项目支出'],
  contributes: {
    fields: { unit: ['评价部门名称'] },
    goals: { achieved: ['全年完成情况'] },
    indicatorColumns: { actual: ['全年完成值'], reason: ['偏差及原因分析'] },
  },
  scoring: {
    budgetPoints: null,
    indicators: 'completion',
    formula: '指标得分按完成比例；各分解目标的分值之和为其自评权重',
  },
  rulesOff: [],
  example: 'tests/forms/jiangxi-nanchang-cancha-wsy-2021',
};
