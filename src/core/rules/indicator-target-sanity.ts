// indicator-target-sanity: targets that look wrong — set too low, percentages above 100%, ≥ on a cost, no number at all.
import type { Field, Indicator } from '../template/model';
import { formatPercent } from '../text/format';
import { defineRule } from './rule';
import { foldText } from './texts';
import { shownValue } from './support';

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
      'Actual > 150% of a ≥ target; a % value above 100%; a 成本 indicator using ≥; a quantitative target without a number.',
    messages: {
      tooLow:
        '指标"{{name}}"实际完成值 {{actual}} 达到年度指标值 {{target}} 的 {{ratio}}，超过 {{limit}}，目标可能定得过低。请核对年度指标值是否合理。',
      percentAbove:
        '指标"{{name}}"的计量单位为 %，但{{what}}为 {{value}}，超过 100%。请核对该数值（例如把 95% 误填为 9500%）。',
      costAtLeast: '指标"{{name}}"是成本指标，却使用了"≥"（越多越好）。成本指标通常应为"≤"（不超过），请核对指标性质。',
      noNumber:
        '指标"{{name}}"是定量指标（{{direction}}），但年度指标值"{{value}}"中没有数字，无法计算完成情况。请填写具体数值，或把指标性质改为定性。',
    },
  },
  check(context) {
    const ratioLimit = context.settings.targetTooLowRatio;
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
      if (ind.direction === '>=' && actual !== null && target > 0 && actual > target * ratioLimit) {
        context.report({
          messageId: 'tooLow',
          cells: [ind.target.ref],
          data: {
            name,
            actual: ind.actualText || String(actual),
            target: ind.targetText || String(target),
            ratio: formatPercent(actual / target),
            limit: formatPercent(ratioLimit),
          },
        });
      }
    }
  },
});
