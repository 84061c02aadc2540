// Every label the recogniser looks for, with the synonyms template.md lists (compared after normalizeLabel).
import { withFamilyLabels } from './families/contributions';
import type { IndicatorColumn, MaterialKey, ScoreColumn, StaffKey } from './model';

// The budget and 三公 trees (kinds, nesting, row names) have their one definition in budget-tree.ts.
export { BUDGET_PARENT, BUDGET_ROW_NAMES, SANGONG_PARENT, SANGONG_ROW_NAMES } from './budget-tree';

export const FIELD_LABELS = withFamilyLabels('fields', {
  year: ['评价年度', '年度'],
  unit: ['单位名称', '评价单位', '部门名称', '部门(单位)名称'],
  filedOn: ['填报日期', '报送日期'],
  amountUnit: ['金额单位', '单位'],
  statedScore: ['自评得分', '自评分数', '总分'],
  statedGrade: ['自评等级', '等级'],
  project: ['项目名称'],
} as const);

/**
 * The labels real forms give the unit's name, by rank: a lower rank wins, so the unit that did the work (单位名称,
 * 实施单位) beats the department that supervises it (主管部门). A label matches a rule when its text, without a
 * trailing "(盖章)", is one of `exact` or ends with one of `suffix` ("预算部门、单位名称", "项目实施单位").
 */
export const UNIT_LABEL_RANKS: ReadonlyArray<{
  readonly exact: readonly string[];
  readonly suffix: readonly string[];
}> = [
  { exact: ['填报单位', '评价单位', '部门(单位)名称'], suffix: ['单位名称'] },
  { exact: ['项目单位', '资金使用单位'], suffix: ['实施单位'] },
  { exact: ['部门名称', '部门', '预算单位'], suffix: ['部门名称'] },
  // Not 中央主管部门: on a transfer-payment form that is the ministry (财政部), not the unit.
  { exact: ['主管部门', '主管单位', '预算部门', '地方主管部门', '县级主管部门', '市级主管部门'], suffix: [] },
];

/** Other labels of a form's head: a cell holding one of them is never the value of the label before it. */
export const FORM_HEAD_LABELS = [
  '项目名称',
  '项目编码',
  '财政处室',
  '部门联系人',
  '联系人',
  '联系电话',
  '项目负责人',
  '填报人',
  '自评总分',
  '财政审核评分',
  '项目类别',
  '项目属性',
  '项目类型',
];

export const STAFF_LABELS: Readonly<Record<StaffKey, readonly string[]>> = {
  authorised: ['编制人数', '核定编制', '机构编制部门核定人员'],
  employed: ['年末在职人数', '在职人数'],
  retired: ['离退休人数'],
  contract: ['外聘人员', '外聘临时工人', '临时人员'],
  departments: ['内设机构数', '内设机构'],
  subordinates: ['下属单位数', '下属事业单位'],
};

export const BUDGET_TITLE = ['年度部门整体支出规模'];

export const BUDGET_COLUMN_LABELS = withFamilyLabels('budgetColumns', {
  label: ['项目', '资金来源', '支出类型', '科目'],
  initial: ['年初预算数', '年初预算'],
  planned: ['全年预算数', '调整后预算数', '调整预算数', '全年(调整)预算数', '预算数'],
  actual: ['全年执行数', '决算数', '实际支出', '执行数', '预算执行数'],
  rate: ['执行率'],
  weight: ['分值', '权重'],
  score: ['得分'],
  note: ['备注', '说明'],
} as const);

/**
 * Each budget column's one display name: what messages, fix previews, the cell catalogue, the summaries and the
 * reference workbook call it (the header labels above are every way a form may write it).
 */
export const BUDGET_COLUMN_NAMES = {
  initial: '年初预算数',
  planned: '全年预算数',
  actual: '全年执行数',
  rate: '执行率',
  weight: '分值',
  score: '得分',
} as const satisfies Partial<Record<keyof typeof BUDGET_COLUMN_LABELS, string>>;

export const SANGONG_TITLE = ['三公经费', '"三公"经费'];

export const SANGONG_COLUMN_LABELS = {
  label: ['项目', '三公经费'],
  planned: ['预算数'],
  actual: ['决算数', '实际支出'],
  rate: ['控制率'],
} as const;

/** Each "三公" column's one display name (as BUDGET_COLUMN_NAMES for the budget table). */
export const SANGONG_COLUMN_NAMES = {
  planned: '预算数',
  actual: '决算数',
  rate: '控制率',
} as const satisfies Partial<Record<keyof typeof SANGONG_COLUMN_LABELS, string>>;

export const GOAL_LABELS = withFamilyLabels('goals', {
  target: ['年度总体目标', '年度绩效目标', '预期目标', '年初设定目标', '项目年度目标'],
  achieved: ['实际完成情况', '目标完成情况', '年度总体目标完成情况', '年度总体目标完成情况综述', '年度目标完成情况'],
  unmetReason: ['未完成原因', '偏差大或目标未完成原因分析', '目标未完成原因分析', '偏差原因分析'],
} as const);

export const INDICATOR_COLUMN_LABELS = withFamilyLabels('indicatorColumns', {
  level1: ['一级指标'],
  level2: ['二级指标'],
  name: ['三级指标', '指标名称'],
  direction: ['指标性质', '计算符号', '方向'],
  target: ['年度指标值', '指标值', '目标值', '年初目标值'],
  unit: ['计量单位', '单位', '度量单位'],
  actual: ['实际完成值', '完成值', '实际值', '全年实际值'],
  previous: ['上年完成值', '上年实际值'],
  rate: ['完成率'],
  done: ['是否完成'],
  weight: ['分值', '权重', '参考分值'],
  score: ['得分'],
  reason: [
    '偏差原因分析及改进措施',
    '偏差原因',
    '未完成原因分析',
    '未完成原因分析及改进措施',
    '未完成原因及拟采取的改进措施',
  ],
  coefficient: [],
} satisfies Record<IndicatorColumn, readonly string[]>);

export const SCORE_HEADER_LABELS = {
  level1: ['一级指标'],
  level2: ['二级指标'],
  level3: ['三级指标'],
  name: ['名称', '指标名称'],
  weight: ['权重(%)', '权重', '分值', '指标分值'],
} as const;

export const SCORE_COLUMN_LABELS: Readonly<Partial<Record<ScoreColumn, readonly string[]>>> = {
  description: ['指标说明', '指标解释'],
  standard: ['评分标准', '指标说明及评分标准', '评价标准', '计分标准'],
  reason: ['扣分原因', '扣分原因和其他说明', '扣分说明'],
  score: ['得分', '自评得分'],
};

export const SCORE_TOTAL_LABELS = ['合计', '总分', '总计'];
export const SCORE_GRADE_LABELS = ['等级', '自评等级'];
export const SCORE_UNIT_LABELS = ['单位名称', '单位'];

export const MATERIAL_LABELS: Readonly<Record<MaterialKey, readonly string[]>> = {
  noticeTitle: ['通知名称'],
  noticeNumber: ['通知文号'],
  organisation: ['单位机构设置及部门职能'],
  annualWork: ['年度总体工作和重点工作任务'],
  performanceGoals: ['部门整体支出绩效目标'],
  evaluationTeam: ['评价小组情况'],
  evaluationProcess: ['自评工作过程'],
  submittedOn: ['自评材料报送日期'],
  publicConsistency: ['报送与公开材料是否一致'],
  selfAssessment: ['自评结果说明'],
  practices: ['主要做法和经验'],
  problems: ['存在问题'],
  improvements: ['改进措施'],
  other: ['其他自评情况'],
};
