// 绩效目标自评表 (衔接资金 projects): no 年初预算数; 资金情况 with 全年预算数(A) / 全年执行数(B); 分值 before 指标值.
import type { FormFamily } from './family';

export const TARGET_SELFEVAL_PROJECT: FormFamily = {
  id: 'target-selfeval-project',
  name: '绩效目标自评表（衔接资金项目）',
  kind: 'project',
  required: [
    { label: '资金情况' },
    { label: '全年预算数' },
    { label: '全年执行数' },
    { label: '分值' },
    { label: '年度资金总额' },
    { label: '三级指标' },
    { label: '全年实际值' },
  ],
  distinguishing: [
    { label: '绩效目标自评表', title: true },
    { label: '项目负责人及电话' },
    { label: '年初设定目标' },
    { label: '年度总体目标完成情况综述' },
    { label: '未完成原因及拟采取的改进措施' },
    { label: '总分' },
  ],
  parts: { dataTable: true, scoreSheet: false, inlineScores: true, material: false },
  blankAllowed: [],
  optionalRows: ['其他资金'],
  contributes: {},
  scoring: {
    budgetPoints: 10,
    indicators: 'completion',
    formula: '预算执行得分 = 分值 × min(执行率, 100%)；指标得分按完成比例；总分 = 两者之和',
  },
  rulesOff: [],
  example: 'tests/forms/sichuan-zhongjiang-slj-biaochi-2022',
};
