// The whole-department form in the national project layout (金寨县, 安徽): 部门整体支出绩效自评表 with 预算资金 rows
// 年度资金总额 / 其中：当年财政拨款 / 上年结转资金 / 其他资金 (年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分),
// 年度总体目标 预期目标 / 实际完成情况, and indicators with 分值, 得分 and 偏差原因分析及改进措施.
import type { FormFamily } from './family';
import { NATIONAL_LAYOUT_LABELS, NATIONAL_SCORING } from './national-project';

export const NATIONAL_DEPARTMENT: FormFamily = {
  id: 'national-department',
  name: '部门整体支出绩效自评表（项目支出表式）',
  kind: 'department',
  required: [
    { label: '部门整体支出绩效自评表', title: true },
    { label: '年度资金总额' },
    { label: '全年执行数' },
    { label: '三级指标' },
    { label: '得分' },
  ],
  distinguishing: [{ label: '部门' }, { label: '预算资金' }, { label: '其他资金' }, ...NATIONAL_LAYOUT_LABELS],
  parts: { dataTable: true, scoreSheet: false, inlineScores: true, material: false },
  blankAllowed: [],
  optionalRows: ['上年结转资金', '其他资金'],
  contributes: {},
  scoring: NATIONAL_SCORING,
  rulesOff: [],
  example: 'tests/forms/anhui-jinzhai-chagu-meilixiangcun-2023',
};
