// The reference template (参考模板): 自评数据表 + 自评评分表 + 报告素材, the bundled sample (spec/template.md).
import type { FormFamily } from './family';

export const REFERENCE: FormFamily = {
  id: 'reference',
  name: '部门整体支出绩效自评表（参考模板）',
  kind: 'department',
  // The data table's signature (recognize-workbook DATA_TABLE_SIGNATURE): its synonyms come from the reading tables.
  required: [
    { label: '单位名称' },
    { label: '全年预算数' },
    { label: '全年执行数' },
    { label: '三级指标' },
    { label: '年度指标值' },
    { label: '实际完成值' },
  ],
  distinguishing: [
    { label: '年度部门整体支出规模' },
    { label: '评价年度' },
    { label: '金额单位' },
    { label: '编制人数' },
    { label: '"三公"经费', synonyms: ['三公经费'] },
    { label: '控制率' },
    { label: '上年完成值' },
    { label: '是否完成' },
    { label: '扣分原因' },
    { label: '评分标准' },
    { label: '自评等级' },
    { label: '通知名称' },
    { label: '自评结果说明' },
  ],
  parts: { dataTable: true, scoreSheet: true, inlineScores: false, material: true },
  blankAllowed: [],
  optionalRows: ['其中：政府性基金预算财政拨款', '其中：国有资本经营预算财政拨款', '其他资金'],
  contributes: {},
  scoring: {
    budgetPoints: null,
    indicators: 'completion',
    formula: '评分表逐项打分；预算执行率 = 权重 × 执行率，绩效指标完成率 = 权重 × 平均完成率',
  },
  rulesOff: [],
  example: 'assets/sample-2024.xlsx',
};
