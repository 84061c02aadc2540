// The Hunan whole-department form: 部门整体支出绩效评价基础数据表 + 部门整体支出绩效自评表 (scores on its own rows).
import type { FormFamily } from './family';

export const HUNAN_DEPARTMENT: FormFamily = {
  id: 'hunan-department',
  name: '湖南省部门整体支出绩效自评表',
  kind: 'department',
  required: [
    { label: '年度预算申请' },
    { label: '年初预算数' },
    { label: '全年预算数' },
    { label: '全年执行数' },
    { label: '年度资金总额' },
    { label: '按收入性质分' },
    { label: '按支出性质分' },
  ],
  distinguishing: [
    { label: '部门整体支出绩效自评表', title: true },
    { label: '预算部门、单位名称', synonyms: ['区级预算单位名称', '预算单位名称'] },
    { label: '分值' },
    { label: '执行率' },
    { label: '自评得分', synonyms: ['得分'] },
    { label: '年度总体目标' },
    { label: '预期目标' },
    { label: '实际完成情况' },
    { label: '财政供养人员情况' },
    { label: '经费控制情况' },
    { label: '楼堂馆所控制情况' },
    { label: '厉行节约保障措施' },
  ],
  // No 自评评分表: the 自评表 scores budget execution and the indicators on its own rows.
  parts: { dataTable: true, scoreSheet: false, inlineScores: true, material: false },
  blankAllowed: [],
  optionalRows: ['政府性基金拨款', '纳入专户管理的非税收入拨款', '其他资金'],
  contributes: {},
  scoring: {
    budgetPoints: 10,
    indicators: 'completion',
    formula: '预算执行得分 = 分值 × min(执行率, 100%)；指标得分按完成比例',
  },
  rulesOff: [],
  example: 'tests/forms/hunan-hengshan-guantang-2023',
};
