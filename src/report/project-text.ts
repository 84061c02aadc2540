// Every Chinese phrase of the short project report (项目支出绩效自评情况): outline, markers and sentence templates.

export const PROJECT_OUTLINE = {
  title: '项目支出绩效自评情况',
  yearLine: '评价年度：',
  projectLine: '项目名称：',
  unitLine: '实施单位：',
  unitsLine: '评价单位：',
  opening: '现将',
  openingOne: '项目支出绩效自评情况报告如下：',
  openingMany: '{{count}}个项目的支出绩效自评情况报告如下：',
  fullStop: '。',
  colon: '：',
} as const;

/** Headings: level 1 for one project; for several, each project is a level-1 part and these are level 2. */
export const PROJECT_HEADINGS = {
  project: '{{n}}、{{name}}',
  projectUnnamed: '{{n}}、项目{{index}}',
  basic: '项目基本情况',
  budget: '预算执行情况',
  targets: '绩效目标完成情况',
  score: '自评得分及等级',
} as const;

export const CHINESE_NUMBERS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'] as const;

/** What a 【待填写：…】 marker names in a project form. */
export const PROJECT_MISSING = {
  project: '项目名称',
  unit: '实施单位',
  supervisor: '主管部门',
  year: '评价年度',
  budget: '全年预算数、全年执行数',
  goal: '年度总体目标',
  achieved: '年度总体目标实际完成情况',
  indicators: '绩效指标',
  actual: '实际完成值',
  reason: '偏差原因',
  scores: '得分（{{count}}项未填写）',
  score: '得分',
} as const;

export const PROJECT_SENTENCES = {
  yearValue: '{{year}}年度',
  basic: '{{project}}由{{unit}}实施',
  budgetInitial: '年初预算数{{amount}}{{unit}}，',
  budget: '项目全年预算数{{planned}}{{unit}}，全年执行数{{actual}}{{unit}}，预算执行率{{rate}}',
  budgetNoRate: '项目全年预算数{{planned}}{{unit}}，全年执行数{{actual}}{{unit}}',
  goalLead: '年度总体目标：',
  achievedLead: '实际完成情况：',
  summary: '共设定绩效指标{{count}}项，已完成{{met}}项{{unmetPart}}{{otherPart}}{{blankPart}}。',
  summaryUnmet: '，未完成{{unmet}}项',
  summaryOther: '，{{other}}项未能判断是否完成',
  summaryBlank: '，{{blank}}项实际完成值未填写',
  metLead: '已完成的指标：',
  metItem: '{{name}}（年度指标值{{target}}，实际完成值{{actual}}）',
  metQualitative: '{{name}}（{{actual}}）',
  unmetLead: '未完成的指标：',
  unmetItem: '{{name}}年度指标值{{target}}，实际完成值{{actual}}，完成年度指标值的{{pct}}，偏差原因：',
  unmetQualitative: '{{name}}年度指标值“{{target}}”，实际完成“{{actual}}”，偏差原因：',
  otherLead: '其他指标：',
  otherItem: '{{name}}实际完成“{{actual}}”',
  blankActual: '{{name}}年度指标值{{target}}，',
  scoreTotal: '自评总分{{total}}分（{{parts}}），自评等级为“{{grade}}”',
  scoreBudget: '预算执行{{score}}分',
  scoreIndicators: '绩效指标{{score}}分',
  scoreLead: '自评',
  statedDiffers: '【待核实：自评表填写的总分为{{stated}}分，与各项得分之和不符】',
  gradeDiffers: '【待核实：自评表填写的等级为“{{stated}}”】',
  figureFlagged: '【待核实：自评表此处数字有误，见检查结果】',
  scoresFlagged: '【待核实：自评表中有得分有误（见检查结果），改正后总分随之变化】',
} as const;

export const PROJECT_JOIN = { list: '、', item: '；' } as const;
