// Chinese names of the cells a fix proposal rewrites ("年度资金总额的执行率"), shown in the write-back preview.

export const FIX_TEXTS = {
  budgetAmount: '{{row}}的{{column}}',
  budgetRate: '{{row}}的执行率',
  sangongAmount: '"三公"经费{{row}}的{{column}}',
  sangongRate: '"三公"经费{{row}}的控制率',
  indicatorRate: '指标"{{name}}"的完成率',
  indicatorDone: '指标"{{name}}"的是否完成',
  indicatorScore: '指标"{{name}}"的得分',
  budgetScore: '{{row}}的得分',
  nodeWeight: '{{level}}指标"{{name}}"的权重',
  totalWeight: '评分表合计的权重',
  totalScore: '评分表合计的得分',
  grade: '评分表的自评等级',
  dataScore: '自评数据表的自评得分',
  dataGrade: '自评数据表的自评等级',
  projectTotal: '总分的得分',
  projectGrade: '总分的等级',
} as const;

export const FIX_LEVEL_NAMES = { 1: '一级', 2: '二级', 3: '三级' } as const;

/** The values an indicator's 是否完成 is rewritten to. */
export const FIX_DONE_WORDS = { met: '是', unmet: '否' } as const;

/** The one template filler (core/messages.ts), under the name the fix proposals use. */
export { fillTemplate as fillFixText } from '../messages';
