// The whole-department form of the 20分 + 80分 kind (通城县, 湖北): 预算执行情况 (20分) on one row 部门整体支出总额 with
// 预算数(A), 执行数(B), 执行率(B/A), 得分(20分*执行率); 年度目标 (80分); 年度绩效指标 with 得分 and no 分值; 总分.
import type { FormFamily } from './family';

export const BUDGET20_DEPARTMENT: FormFamily = {
  id: 'budget20-department',
  name: '部门整体支出绩效自评表（预算执行 20 分）',
  kind: 'department',
  required: [
    { label: '预算执行情况' },
    { label: '部门整体支出总额' },
    { label: '预算数' },
    { label: '执行数' },
    { label: '执行率' },
    { label: '三级指标' },
    { label: '年初目标值' },
    { label: '实际完成值' },
    { label: '得分' },
  ],
  distinguishing: [
    { label: '单位名称' },
    { label: '填报日期' },
    { label: '基本支出总额' },
    { label: '项目支出总额' },
    { label: '年度绩效指标' },
    { label: '总分' },
    { label: '偏差大或目标未完成原因分析' },
    { label: '改进措施及结果应用方案' },
  ],
  parts: { dataTable: true, scoreSheet: false, inlineScores: true, material: false },
  blankAllowed: [],
  optionalRows: [],
  contributes: {},
  scoring: {
    budgetPoints: 20,
    indicators: 'completion',
    formula: '预算执行得分 = 20 × min(执行率, 100%)；年度目标 80 分按完成比例',
  },
  rulesOff: [],
  example: 'tests/forms/hubei-tongcheng-tanghu-2020',
};
