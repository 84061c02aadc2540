// The Fujian whole-department form (宁德): 财政资金安排和使用情况 by 资金结构 with 预算安排 (年初部门预算安排金额 ①,
// 年中调整金额, 小计 = ①+②…), 拨付情况 (年度拨付金额, 支出实现率), 结余情况; 年度总体目标完成情况; 年度绩效指标完成情况
// with 绩效目标值, 实际完成值, 评分标准, 指标分值, 自评得分, 未完成原因.
import type { FormFamily } from './family';

export const FUJIAN_DEPARTMENT: FormFamily = {
  id: 'fujian-department',
  name: '福建省部门整体支出绩效自评表',
  kind: 'department',
  required: [
    { label: '部门整体支出绩效自评表', title: true },
    { label: '部门(单位)名称' },
    { label: '财政资金安排和使用情况' },
    { label: '年初部门预算安排金额' },
    { label: '年度拨付金额' },
    { label: '支出实现率' },
  ],
  distinguishing: [
    { label: '部门预算编码' },
    { label: '资金结构' },
    { label: '预算安排' },
    { label: '拨付情况' },
    { label: '结余情况' },
    { label: '年中调整金额' },
    { label: '本年度结余金额' },
    { label: '资金结余率' },
    { label: '年度总体目标完成情况' },
    { label: '年度绩效指标完成情况' },
    { label: '绩效目标值' },
    { label: '评分标准' },
    { label: '指标分值' },
  ],
  parts: { dataTable: true, scoreSheet: false, inlineScores: true, material: false },
  blankAllowed: [],
  optionalRows: ['单位其它收入', '其他资金小计'],
  contributes: {
    budgetColumns: {
      initial: ['年初部门预算安排金额'],
      planned: ['小计'],
      actual: ['年度拨付金额'],
      rate: ['支出实现率'],
    },
    goals: { achieved: ['目标实际完成情况'] },
    indicatorColumns: { target: ['绩效目标值'], weight: ['指标分值'], score: ['自评得分'], reason: ['未完成原因'] },
  },
  scoring: {
    budgetPoints: null,
    indicators: 'completion',
    formula: '指标按评分标准自评得分；预算以支出实现率（年度拨付金额 ÷ 小计）表示，不单独计分',
  },
  rulesOff: [],
  example: 'tests/forms/fujian-ningde-dzj-2020',
};
