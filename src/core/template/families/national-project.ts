// The national project-expenditure form 项目支出绩效自评表 of 财预〔2020〕10号 (and its close provincial copies).
import type { FamilyScoring, FormFamily, SignatureLabel } from './family';

/** The labels the national layout writes, for a project as for a whole department (national-department.ts). */
export const NATIONAL_LAYOUT_LABELS: readonly SignatureLabel[] = [
  { label: '年初预算数' },
  { label: '全年预算数' },
  { label: '分值' },
  { label: '执行率' },
  { label: '其中:当年财政拨款', synonyms: ['其中:本年财政拨款'] },
  { label: '上年结转资金' },
  { label: '年度总体目标' },
  { label: '预期目标' },
  { label: '实际完成情况' },
  { label: '年度指标值' },
  { label: '实际完成值' },
  { label: '偏差原因分析及改进措施' },
  { label: '总分' },
];

/** Budget execution 10 points, indicators by completion, 总分 their sum. */
export const NATIONAL_SCORING: FamilyScoring = {
  budgetPoints: 10,
  indicators: 'completion',
  formula: '预算执行得分 = 10 × min(执行率, 100%)；指标得分按完成比例；总分 = 预算执行得分 + Σ 指标得分',
};

export const NATIONAL_PROJECT: FormFamily = {
  id: 'national-project',
  name: '项目支出绩效自评表（财预〔2020〕10号）',
  kind: 'project',
  required: [
    { label: '项目名称' },
    { label: '实施单位' },
    { label: '年度资金总额' },
    { label: '全年执行数' },
    { label: '三级指标' },
    { label: '得分' },
  ],
  distinguishing: [
    { label: '项目支出绩效自评表', title: true },
    { label: '主管部门' },
    { label: '项目资金' },
    ...NATIONAL_LAYOUT_LABELS,
  ],
  parts: { dataTable: true, scoreSheet: false, inlineScores: true, material: false },
  blankAllowed: [],
  optionalRows: ['上年结转资金', '其他资金'],
  contributes: {},
  scoring: NATIONAL_SCORING,
  rulesOff: [],
  example: 'tests/forms/anhui-tianchang-slj-fanghan-2022',
};
