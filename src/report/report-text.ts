// Every Chinese phrase of the narrative report: the fixed outline, connecting words and sentence templates.
import { BUDGET_TREE, SANGONG_TREE, type BudgetKind, type SangongKind } from '../core/template/budget-tree';

export const OUTLINE = {
  attachment: '附件6',
  title: '部门整体支出绩效自评报告',
  yearLine: '评价年度：',
  unitLine: '评价单位（公章）：',
  filedOnLine: '填报日期：',
  openingStart: '根据《',
  openingMiddle: '》（',
  openingBody:
    '）要求，我单位及时布置自评，成立自评工作小组，明确分工，落实责任，认真开展自评自查工作，经查阅、核实有关账务及项目等执行情况，填写自评表格并综合分析，形成本评价报告。现将',
  openingEnd: '整体支出绩效自评情况报告如下：',
  accountability: '我单位对所报送自评材料真实性、完整性、一致性、规范性负责。',
  otherDefault: '无。',
  fullStop: '。',
} as const;

export const HEADINGS = {
  basic: '一、单位基本情况',
  organisation: '（一）单位机构设置、部门职能情况。',
  annualWork: '（二）年度总体工作和重点工作任务。',
  goals: '（三）部门整体支出绩效目标',
  spending: '（四）部门整体支出情况。',
  work: '二、自评工作开展情况',
  team: '（一）评价小组情况。',
  process: '（二）自评工作过程。',
  submission: '（三）自评材料报送时间及质量。',
  consistency: '（四）自评材料报送及公开一致情况。',
  evaluation: '三、绩效自评情况',
  result: '（一）自评结果。',
  analysis: '（二）部门整体支出绩效指标分析。',
  practices: '（三）主要做法和经验',
  problems: '（四）存在问题',
  improvements: '（五）改进措施',
  other: '四、其他自评情况',
  appendix: '附：数据来源',
} as const;

/** What a 【待填写：…】 marker names: the label the user looks for in the workbook. */
export const MISSING = {
  year: '评价年度',
  unit: '单位名称',
  filedOn: '填报日期',
  noticeTitle: '通知名称',
  noticeNumber: '通知文号',
  organisation: '单位机构设置及部门职能',
  annualWork: '年度总体工作和重点工作任务',
  performanceGoals: '部门整体支出绩效目标',
  spending: '年度部门整体支出规模（全年预算数、全年执行数）',
  sangong: '“三公”经费预算数和决算数',
  evaluationTeam: '评价小组情况',
  evaluationProcess: '自评工作过程',
  submittedOn: '自评材料报送日期',
  publicConsistency: '报送与公开材料是否一致',
  score: '自评评分表（得分）',
  selfAssessment: '自评结果说明',
  deductionReason: '扣分原因',
  deviationReason: '偏差原因',
  practices: '主要做法和经验',
  problems: '存在问题',
  improvements: '改进措施',
  placeholder: '模板占位文字处的实际内容',
  indicatorActual: '实际完成值',
  scoreItems: '自评评分表得分（{{count}}项未填写）',
  amountOf: '{{label}}',
} as const;

/** 【待核实：…】 markers after 报告素材 text a finding contradicts: what the tables say instead. */
export const UNVERIFIED = {
  marker: '【待核实：{{note}}】',
  shouldRead: '按自评表应为“{{fix}}”',
  rate: '按自评数据表，整体支出执行率应为{{rate}}',
  score: '按自评评分表重算，自评分数应为{{score}}分',
  grade: '按自评评分表重算，自评等级应为“{{grade}}”',
  scoreOf: '按自评评分表，{{name}}得分应为{{score}}分',
  amountUnit: '自评数据表未写明金额单位，以上金额按“{{unit}}”书写，请核对',
} as const;

/** The 草稿 marks of a report exported while error findings are open. */
export const DRAFT = {
  header: '草稿',
  firstLine: '草稿：自评表中还有{{count}}个错误未修正，本报告仅供核对，修正后请重新生成，不要报送。',
} as const;

export function missingMarker(label: string): string {
  return `【待填写：${label}】`;
}

/** Sentence templates; {{placeholders}} are filled by core/messages fillTemplate. */
export const SENTENCES = {
  yearValue: '{{year}}年度',
  staffParts: {
    authorised: '机构编制部门核定人员{{n}}人',
    employed: '年末在职{{n}}人',
    retired: '离退休{{n}}人',
    contract: '外聘人员{{n}}人',
  },
  // 一、（三）: one paragraph per 一级指标, indicators of one outcome told together.
  indicatorSummary: '自评数据表共设定定量绩效指标{{count}}项，已完成{{met}}项{{unmetPart}}{{missingPart}}。',
  indicatorSummaryUnmet: '，未完成{{unmet}}项',
  indicatorSummaryMissing: '，{{missing}}项实际完成值未填写',
  groupLead: '{{n}}.{{level1}}：',
  groupLeadUnnamed: '{{n}}.',
  item: '{{name}}{{actual}}{{yoy}}',
  exceededOne: '{{items}}，超过年度指标值{{targets}}',
  exceededMany: '{{items}}，均超过年度指标值（分别为{{targets}}）',
  reachedOne: '{{items}}，达到年度指标值',
  reachedMany: '{{items}}，均达到年度指标值',
  controlledOne: '{{items}}，控制在年度指标值{{targets}}以内',
  controlledMany: '{{items}}，均控制在年度指标值以内（分别为{{targets}}）',
  zeroLead: '全年{{items}}',
  zeroEvent: '未发生{{stem}}',
  zeroPeople: '无{{stem}}人员',
  zeroOther: '{{name}}为0{{unit}}',
  shortOf: '{{items}}，未达到年度指标值{{target}}，完成年度指标值的{{pct}}',
  over: '{{items}}，超出年度指标值{{target}}',
  zeroMissed: '{{items}}，未实现年度指标值{{target}}',
  qualitativeMet: '{{name}}{{actual}}，达到年度目标',
  qualitative: '{{name}}年度目标为“{{target}}”，实际完成“{{actual}}”{{done}}',
  qualitativeSame: '{{names}}的实际完成情况均为“{{actual}}”',
  missingActual: '{{name}}年度指标值{{target}}，实际完成值',
  qualitativeDone: '，已完成',
  qualitativeNotDone: '，未完成',
  qualitativeStated: '，自评为“{{done}}”',
  yoyUp: '（同比增长{{pct}}）',
  yoyDown: '（同比下降{{pct}}）',
  yoyFlat: '（与上年持平）',
  // 一、（四）
  spendingTotal: '收入预算安排{{planned}}{{unit}}，决算支出{{actual}}{{unit}}，{{comparison}}{{rate}}。',
  spendingMore: '决算支出比收入预算安排增加{{diff}}{{unit}}，增幅{{pct}}',
  spendingLess: '决算支出比收入预算安排减少{{diff}}{{unit}}，降幅{{pct}}',
  spendingMoreNoPct: '决算支出比收入预算安排增加{{diff}}{{unit}}',
  spendingLessNoPct: '决算支出比收入预算安排减少{{diff}}{{unit}}',
  spendingEqual: '决算支出与收入预算安排持平',
  spendingRate: '，整体支出执行率{{rate}}',
  breakdownLead: { 资金来源: '按资金来源分，', 支出类型: '按支出类型分，' },
  breakdownRow: '{{label}}{{parts}}',
  rowPlanned: '全年预算数{{amount}}{{unit}}',
  rowActual: '全年执行数{{amount}}{{unit}}',
  rowRate: '执行率{{rate}}',
  rowChildren: '，其中{{children}}',
  childActual: '{{label}}支出{{amount}}{{unit}}',
  sangong: '“三公”经费预算数{{planned}}{{unit}}，决算数{{actual}}{{unit}}，{{comparison}}{{rate}}{{children}}。',
  sangongMore: '决算数超出预算数{{diff}}{{unit}}',
  sangongLess: '决算数比预算数减少{{diff}}{{unit}}',
  sangongEqual: '决算数与预算数持平',
  sangongRate: '，控制率{{rate}}',
  sangongChildren: '，其中{{children}}',
  sangongChild: '{{label}}{{amount}}{{unit}}',
  // 二、（三）（四）
  submitted: '{{date}}报送自评材料。',
  consistent: '我单位报送的自评报告、自评数据表、自评评分表与公开的自评报告、自评数据表、自评评分表一致。',
  inconsistent: '我单位报送的自评报告、自评数据表、自评评分表与公开的材料不一致。',
  // 三、（一）
  result: '自评分数{{total}}分，自评等级为{{grade}}。',
  // 三、（二）
  level1Lead: '一级指标中，',
  level1: '{{name}}（权重{{weight}}分）得{{score}}分',
  level1End: '。',
  deduction: '{{name}}（权重{{weight}}分）得{{score}}分，扣{{deduction}}分，扣分原因：',
  fullMarksSome: '其余{{count}}项三级指标均得满分。',
  fullMarksAll: '全部{{count}}项三级指标均得满分。',
  allMet: '自评数据表所列{{count}}项定量绩效指标均已完成年度指标值。',
  unmetLead: '未完成年度指标值的绩效指标：',
  unmet: '{{name}}年度指标值{{target}}，实际完成值{{actual}}，偏差原因：',
  scoreMissingLevel1: '{{name}}（权重{{weight}}分）得分',
  // 三、（四） from the deductions
  problemItem: '{{n}}.{{name}}扣{{deduction}}分：',

  // Appendix
  appendixLine: '{{n}}.{{text}}——来源：{{cells}}',
} as const;

/** Connectors between list items. */
export const JOIN = { clause: '，', item: '；', list: '、' } as const;

/** Chinese names of budget rows and 三公 rows as the report writes them: the tree's label without "其中：". */
function proseNames<K extends string>(
  tree: ReadonlyArray<{ readonly kind: K; readonly label: string }>,
): Record<K, string> {
  const out = {} as Record<K, string>;
  for (const node of tree) out[node.kind] = node.label.replace(/^其中：/, '');
  return out;
}

export const BUDGET_NAMES: Readonly<Record<BudgetKind, string>> = proseNames<BudgetKind>(BUDGET_TREE);
export const SANGONG_NAMES: Readonly<Record<SangongKind, string>> = proseNames<SangongKind>(SANGONG_TREE);

export const DIRECTION_WORDS = { '>=': '≥', '<=': '≤', '=': '' } as const;

/** Values of 报送与公开材料是否一致 read as yes / no. */
export const YES_WORDS = ['是', '一致', 'Y', 'YES'] as const;
export const NO_WORDS = ['否', '不一致', 'N', 'NO'] as const;
