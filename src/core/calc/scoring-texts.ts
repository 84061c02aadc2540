// Chinese wording of the scoring rules: how each score was worked out ("按反向指标计分：…") and the 定性 level words.
import type { QualitativeLevel } from './scoring';

export const SCORING_TEXTS = {
  positiveMet: '按正向指标计分：实际完成值 {{actual}} 达到年度指标值 {{target}}，得满分 {{weight}}分',
  positiveRatio: '按正向指标计分：{{weight}}分 × {{actual}} ÷ {{target}} = {{expected}}分',
  equalZeroMet: '按等于指标计分：年度指标值为 0，实际完成值 {{actual}} 不大于 0，得满分 {{weight}}分',
  equalZeroMissed: '按等于指标计分：年度指标值为 0，实际完成值 {{actual}} 大于 0，得 0分',
  equalMet: '按等于指标计分：实际完成值 {{actual}} 达到年度指标值 {{target}}，得满分 {{weight}}分',
  equalRatio: '按等于指标计分：{{weight}}分 × {{actual}} ÷ {{target}} = {{expected}}分',
  reverseMet: '按反向指标计分：实际完成值 {{actual}} 未超过年度指标值 {{target}}，得满分 {{weight}}分',
  reverseLinear:
    '按反向指标计分：{{weight}}分 ×（1 −（{{actual}} − {{target}}）÷ {{target}}）= {{expected}}分（超出年度指标值的比例从分值中扣除，达到 2 倍得 0分）',
  reverseZeroMissed: '按反向指标计分：年度指标值为 0，实际完成值 {{actual}} 大于 0，得 0分',
  reverseDouble: '按反向指标计分：实际完成值 {{actual}} 达到年度指标值 {{target}} 的 2 倍及以上，得 0分',
  reverseRatio:
    '按反向指标计分（本地区规则：年度指标值 ÷ 实际完成值）：{{weight}}分 × {{target}} ÷ {{actual}} = {{expected}}分',
  executionWithin: '按执行率计分：{{weight}}分 × {{rate}} = {{expected}}分',
  executionCapped: '按执行率计分：执行率 {{rate}} 超过 100%，按 100% 计，{{weight}}分 × 100% = {{expected}}分',
} as const;

/** How a completion rate is worked out, in words ("按反向指标计算：1 −（15 − 10）÷ 10 = 50.00%"). */
export const COMPLETION_TEXTS = {
  positive: '按正向指标计算：{{actual}} ÷ {{target}} = {{rate}}',
  positiveZero: '按正向指标计算：年度指标值为 0，完成率按 100.00% 计',
  equal: '按等于指标计算：{{actual}} ÷ {{target}} = {{rate}}',
  equalZeroMet: '按等于指标计算：年度指标值为 0，实际完成值 {{actual}} 不大于 0，完成率为 100.00%',
  equalZeroMissed: '按等于指标计算：年度指标值为 0，实际完成值 {{actual}} 大于 0，完成率为 0.00%',
  reverseMet: '按反向指标计算：实际完成值 {{actual}} 未超过年度指标值 {{target}}，完成率为 100.00%',
  reverseLinear: '按反向指标计算：1 −（{{actual}} − {{target}}）÷ {{target}} = {{rate}}',
  reverseDouble: '按反向指标计算：实际完成值 {{actual}} 达到年度指标值 {{target}} 的 2 倍及以上，完成率为 0.00%',
  reverseZeroMissed: '按反向指标计算：年度指标值为 0，实际完成值 {{actual}} 大于 0，完成率为 0.00%',
  reverseRatio: '按反向指标计算（本地区规则：年度指标值 ÷ 实际完成值）：{{target}} ÷ {{actual}} = {{rate}}',
} as const;

/** The band of each 定性 level, as it is said in messages: "达成年度指标（得分应在 8分至 10分之间）". */
export const QUALITATIVE_LEVEL_NAMES: Readonly<Record<QualitativeLevel, string>> = {
  met: '达成年度指标',
  partial: '部分达成年度指标并具有一定效果',
  unmet: '未达成年度指标且效果较差',
};

/**
 * Words that state a level, tried in this order (the unmet and partial words contain the met ones). A stated result
 * holding one of them is read as that level; the national system's own three phrases are the first of each list.
 */
export const QUALITATIVE_LEVEL_WORDS: ReadonlyArray<readonly [QualitativeLevel, RegExp]> = [
  ['unmet', /未达成|未完成|未达到|没有达到|没有完成|未实现|效果较差|不达标|未达标/],
  ['partial', /部分达成|部分完成|部分达到|部分实现|基本达成|基本完成|基本达到|基本实现|一定效果/],
  ['met', /达成|完成|达到|实现|达标/],
];

/** The parts of a project form's total, as score-total spells out its arithmetic. */
export const INLINE_TOTAL_TEXTS = {
  budgetRate: '预算执行得分 {{score}}分（{{weight}}分 × 执行率 {{rate}}）',
  budgetCapped: '预算执行得分 {{score}}分（执行率 {{rate}} 按 100% 计，{{weight}}分 × 100%）',
  budgetStated: '预算执行得分 {{score}}分（按表中所填）',
  budgetParts: '预算执行得分 {{score}}分（{{weight}}分 × 执行率 {{rate}}，执行率按资金总额的各组成部分合计计算）',
  /** Said after the working when the form writes another budget 得分 (budget-score reports that cell). */
  budgetWritten: '，表中填写 {{written}}分',
  indicators: '各指标得分 {{parts}}',
  indicatorSum: '各指标得分之和 {{sum}}分',
  sheetSum: '各三级指标得分之和 {{sum}}分',
  indicatorWeights: '各指标分值之和',
  budgetAndIndicatorWeights: '预算执行分值 {{budget}}分 + 各指标分值之和 {{sum}}分',
} as const;
