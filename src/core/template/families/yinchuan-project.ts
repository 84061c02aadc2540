// 银川市本级部门项目支出绩效自评表: 自评得分 and 财政审核评分 in the head, 参考分值 in four blocks, no budget score.
import type { FormFamily } from './family';

export const YINCHUAN_PROJECT: FormFamily = {
  id: 'yinchuan-project',
  name: '银川市本级部门项目支出绩效自评表',
  kind: 'project',
  required: [
    { label: '自评得分' },
    { label: '财政审核评分' },
    { label: '调整预算数' },
    { label: '全年执行数' },
    { label: '参考分值' },
    { label: '指标值' },
    { label: '全年实际值' },
  ],
  distinguishing: [
    { label: '银川市本级部门项目支出绩效自评表', title: true },
    { label: '项目决策' },
    { label: '项目管理' },
    { label: '项目产出' },
    { label: '项目效益' },
    { label: '年初设定目标' },
    { label: '年度总体目标完成情况' },
    { label: '未完成原因分析及改进措施' },
    { label: '年初预算数' },
    { label: '年度资金总额' },
  ],
  parts: { dataTable: true, scoreSheet: false, inlineScores: true, material: false },
  blankAllowed: [],
  optionalRows: [],
  contributes: {},
  scoring: {
    budgetPoints: null,
    indicators: 'completion',
    formula: '预算执行不单独计分（在项目管理的预算执行率中）；项目决策 10 + 项目管理 25 + 项目产出 30 + 项目效益 35',
  },
  rulesOff: [],
  example: 'tests/forms/ningxia-yinchuan-liuzhong-gongyong-2021',
};
