// 财政项目绩效自评表 scored 预算执行情况 20分 + 年度绩效目标 80分 (seen in 湖北 and 云南).
import type { FormFamily } from './family';

export const BUDGET20_PROJECT: FormFamily = {
  id: 'budget20-project',
  name: '项目绩效自评表（预算执行 20 分）',
  kind: 'project',
  required: [
    { label: '预算执行情况' },
    { label: '预算数' },
    { label: '执行数' },
    { label: '执行率' },
    { label: '年度绩效目标' },
    { label: '三级指标' },
    { label: '年初目标值' },
    { label: '实际完成值' },
    { label: '得分' },
  ],
  distinguishing: [
    { label: '项目实施单位' },
    { label: '项目类别' },
    { label: '项目属性' },
    { label: '项目类型' },
    { label: '年度财政资金总额' },
    { label: '主管部门' },
    { label: '单位名称' },
    { label: '填报日期' },
  ],
  parts: { dataTable: true, scoreSheet: false, inlineScores: true, material: false },
  blankAllowed: [],
  optionalRows: [],
  contributes: {},
  scoring: {
    budgetPoints: 20,
    indicators: 'completion',
    formula: '预算执行得分 = 20 × min(执行率, 100%)；年度绩效目标 80 分按完成比例',
  },
  rulesOff: [],
  example: 'tests/forms/hubei-xiangyang-zxyy-dongjin-2021',
};
