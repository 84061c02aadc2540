// indicator-target-sanity: targets that look wrong — over-completed without a reason, percentages above 100%, ≥ on a
// cost, no number at all.
import { roundTo } from '../calc/compare';
import type { Field, Indicator } from '../template/model';
import { formatPercent } from '../text/format';
import { defineRule } from '../rule-kit/rule';
import { foldText, isNonAnswer } from '../rule-kit/texts';
import { shownValue } from '../rule-kit/naming';

/** A 偏差原因 that says why the target was exceeded: more than a bare "超额完成" or a non-answer. */
function explainsOverCompletion(reason: string | null | undefined): boolean {
  if (isNonAnswer(reason)) return false;
  const t = foldText(reason ?? '').replace(/[。.，,；;！!]+$/, '');
  return !/^(已|均已|全部)?(超额|超|超标)?(完成|达到|达标|实现)(了)?(年度|全年)?(目标|指标|任务)?(值)?$/.test(t);
}

function isPercentUnit(indicator: Indicator): boolean {
  const unit = indicator.unit?.value ? foldText(indicator.unit.value) : '';
  return unit === '%' || unit === '百分比' || indicator.target.percent === true;
}

export default defineRule({
  meta: {
    id: 'indicator-target-sanity',
    name: '指标值不合常理',
    severity: 'warning',
    description:
      "Actual ≥ the family's over-completion ratio (national 120%) of a ≥ target with no reason given; a % value above 100%; a 成本 indicator using ≥; a quantitative target without a number.",
    messages: {
      overCompletion:
        '指标“{{name}}”实际完成值 {{actual}} 是年度指标值 {{target}} 的 {{ratio}}，达到超额完成预警线 {{limit}}（{{system}}的规则），偏差原因中没有说明超额的原因。请在偏差原因分析及改进措施中说明超额完成的原因。',
      percentAbove:
        '指标“{{name}}”的计量单位为 %，但{{what}}为 {{value}}，超过 100%。请核对该数值（例如把 95% 误填为 9500%）。',
      costAtLeast:
        '指标“{{name}}”是成本指标，却使用了“≥”（越多越好）。成本指标应不超过年度指标值，请把指标性质改为“≤”。',
      noNumber:
        '指标“{{name}}”是定量指标（{{direction}}），但年度指标值“{{value}}”中没有数字，无法计算完成情况。请在年度指标值中填写具体数值。',
    },
  },
  check(context) {
    const { scoring } = context.settings;
    const ratioLimit = scoring.overCompletionRatio;
    for (const calc of context.computed.indicators) {
      const ind = calc.indicator;
      const name = ind.name.value ?? '';
      const target = ind.target.value;
      const actual = ind.actual.value;
      if (ind.target.problem === 'error') continue;
      if (ind.direction !== 'qualitative' && target === null && ind.target.problem === 'not-a-number') {
        context.report({
          messageId: 'noNumber',
          cells: [ind.target.ref],
          data: { name, value: shownValue(ind.target.raw), direction: ind.directionCell?.value ?? ind.direction },
        });
        continue;
      }
      if (target === null) continue;
      const level2 = ind.level2?.value ?? '';
      if (ind.direction === '>=' && (/成本/.test(level2) || /成本/.test(name))) {
        context.report({ messageId: 'costAtLeast', cells: [ind.target.ref], data: { name } });
        continue;
      }
      if (isPercentUnit(ind)) {
        const above = (f: Field<number>) => f.value !== null && f.value > 1 + 1e-9;
        const bad = above(ind.target) ? ind.target : above(ind.actual) ? ind.actual : undefined;
        if (bad && bad.value !== null) {
          context.report({
            messageId: 'percentAbove',
            cells: [bad.ref],
            data: { name, what: bad === ind.target ? '年度指标值' : '实际完成值', value: formatPercent(bad.value) },
          });
          continue;
        }
      }
      if (
        ind.direction === '>=' &&
        actual !== null &&
        target > 0 &&
        actual >= target * ratioLimit - 1e-9 &&
        !explainsOverCompletion(ind.reason?.value)
      ) {
        context.report({
          messageId: 'overCompletion',
          cells: [ind.target.ref],
          data: {
            name,
            actual: ind.actualText || String(actual),
            target: ind.targetText || String(target),
            ratio: formatPercent(actual / target),
            limit: `${roundTo(ratioLimit * 100, 2)}%`,
            system: scoring.name,
          },
        });
      }
    }
  },
});
