// The Guizhou whole-department form (绥阳县): 部门(单位)总体资金 scored row by row on 年初预算数(A) and 全年执行数(B),
// with no 全年预算数 and no 执行率 column ("执行率*该指标分值"), then 年度总体目标 and 绩效指标.
import type { FormFamily } from './family';

export const GUIZHOU_DEPARTMENT: FormFamily = {
  id: 'guizhou-department',
  name: '贵州省部门整体支出绩效自评表',
  kind: 'department',
  required: [
    { label: '部门整体支出绩效自评表', title: true },
    { label: '部门(单位)名称' },
    { label: '年初预算数' },
    { label: '全年执行数' },
    { label: '年度资金总额' },
    { label: '得分计算方法' },
  ],
  distinguishing: [
    { label: '资金来源' },
    { label: '分值' },
    { label: '得分' },
    { label: '年度总体目标' },
    { label: '年初设定目标' },
    { label: '年度总体目标完成情况' },
    { label: '绩效指标' },
    { label: '年度指标值' },
    { label: '全年实际值' },
    { label: '填报日期' },
  ],
  parts: { dataTable: true, scoreSheet: false, inlineScores: true, material: false },
  blankAllowed: [],
  optionalRows: ['其他'],
  contributes: { goals: { achieved: ['年度总体目标完成情况'] } },
  scoring: {
    budgetPoints: 10,
    indicators: 'completion',
    formula: '资金得分 = 分值 × min(全年执行数 ÷ 年初预算数, 100%)；指标得分按完成比例',
  },
  rulesOff: [],
  example: 'tests/forms/guizhou-suiyang-taibai-2021',
};
