// 绩效目标自评表 without scores: the transfer-payment form of 财预〔2020〕10号 (中央对地方转移支付 区域/项目绩效目标自评表,
// 阆中) and the county forms built on it (衡山 县级专项资金绩效目标自评表, 南岳 忠烈祠): budget, goals and indicators
// with their reasons, and no 分值 or 得分 anywhere. What is checked: the sums, 执行率, targets against results and
// the reasons given for the gaps; there is no score to recompute and no score part to miss.
import type { FormFamily } from './family';

export const UNSCORED_PROJECT: FormFamily = {
  id: 'unscored-project',
  name: '绩效目标自评表（不评分）',
  kind: 'project',
  required: [
    { label: '一级指标' },
    { label: '二级指标' },
    { label: '三级指标' },
    { label: '指标值' },
    { label: '全年实际完成值', synonyms: ['全年完成值'] },
    {
      label: '未完成原因和改进措施',
      synonyms: ['产生差异的原因及改进措施', '未完成原因及改进措施', '偏差原因及改进措施'],
    },
  ],
  distinguishing: [
    { label: '绩效目标自评表', title: true },
    { label: '转移支付(项目)名称', synonyms: ['专项资金名称'] },
    { label: '中央主管部门' },
    { label: '地方主管部门', synonyms: ['县级主管部门'] },
    { label: '资金使用单位', synonyms: ['实施单位'] },
    { label: '全年预算数', synonyms: ['年初预算资金总额'] },
    { label: '全年执行数', synonyms: ['实际投入资金额'] },
    { label: '年度资金总额' },
    { label: '总体目标', synonyms: ['年度目标', '年初设定目标'] },
    { label: '全年实际完成情况', synonyms: ['年度总体目标完成情况'] },
  ],
  absent: [{ label: '得分' }, { label: '分值' }, { label: '权重' }],
  parts: { dataTable: true, scoreSheet: false, inlineScores: false, material: false },
  blankAllowed: [],
  optionalRows: ['地方资金', '其他资金'],
  contributes: {
    fields: { project: ['转移支付(项目)名称', '专项资金名称'] },
    budgetColumns: {
      planned: ['年初预算资金总额'],
      actual: ['实际投入资金额'],
      note: ['产生差异的原因'],
    },
    goals: { target: ['总体目标', '年度目标'], achieved: ['全年实际完成情况'] },
    indicatorColumns: {
      actual: ['全年实际完成值', '全年完成值'],
      reason: ['未完成原因和改进措施', '产生差异的原因及改进措施', '未完成原因及改进措施'],
    },
  },
  scoring: {
    budgetPoints: null,
    indicators: 'completion',
    formula: '不评分：只核对金额合计、执行率、指标完成情况和差异原因',
  },
  rulesOff: [],
  example: 'tests/forms/sichuan-langzhong-jtysj-chegoushui-2021',
};
