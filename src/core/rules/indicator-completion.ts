// indicator-completion: a stated 完成率 or 是否完成 contradicts the completion the family's rules give.
import { percentsEqual } from '../calc/compare';
import { explainCompletion } from '../calc/scoring';
import { formatPercent } from '../text/format';
import { indicatorPercent, indicatorUnit } from '../rule-kit/indicator-values';
import { defineRule } from '../rule-kit/rule';
import { foldText } from '../rule-kit/texts';
import { fixList } from '../rule-kit/fix-cell';
import { indicatorDoneFix, indicatorRateFix } from '../rule-kit/fix-indicators';

const DIRECTION_NAMES = { '>=': '≥', '<=': '≤', '=': '=', qualitative: '定性' } as const;

/** 是/完成 → true, 否/未完成 → false, anything else unknown. */
function doneOf(text: string): boolean | undefined {
  const t = foldText(text);
  if (/^(否|未完成|没有完成|未达到|未达标|不是|×|x)$/i.test(t)) return false;
  if (/^(是|完成|已完成|达到|已达到|达标|√|✓)$/.test(t)) return true;
  return undefined;
}

export default defineRule({
  meta: {
    id: 'indicator-completion',
    name: '完成情况判断有误',
    severity: 'error',
    description: "A stated 完成率 or 是否完成 contradicts the completion computed by the family's scoring rules.",
    messages: {
      rate: '指标“{{name}}”的完成率填写为 {{stated}}，{{working}}。请改为 {{computed}}。',
      done: '指标“{{name}}”的是否完成填写为“{{stated}}”，但实际完成值 {{actual}} 与年度指标值 {{direction}}{{target}} 比较，应为“{{computed}}”。请改为“{{computed}}”。',
    },
  },
  check(context) {
    const { settings } = context;
    for (const calc of context.computed.indicators) {
      const { indicator, completion } = calc;
      const target = indicator.target.value;
      const actual = indicator.actual.value;
      if (!completion || target === null || actual === null) continue;
      const common = {
        name: indicator.name.value ?? '',
        actual: indicator.actualText || String(actual),
        target: indicator.targetText.replace(/^(≥|≤|>=|<=|=|＝|＞|＜|>|<)/, '') || String(target),
        direction: DIRECTION_NAMES[indicator.direction],
      };
      const stated = indicator.statedRate;
      if (stated && stated.value !== null) {
        const uncapped = completion.rate;
        const capped = Math.min(completion.rate, 1);
        if (
          !percentsEqual(stated.value, uncapped, stated.decimals, settings) &&
          !percentsEqual(stated.value, capped, stated.decimals, settings)
        ) {
          const working = explainCompletion(
            {
              direction: indicator.direction,
              target,
              actual,
              percent: indicatorPercent(indicator),
              unit: indicatorUnit(indicator),
            },
            settings.scoring,
            formatPercent,
          );
          context.report({
            messageId: 'rate',
            cells: [stated.ref],
            data: {
              ...common,
              stated: formatPercent(stated.value),
              computed: formatPercent(uncapped),
              working,
              computedRate: uncapped,
            },
            fix: fixList(indicatorRateFix(context, calc)),
          });
        }
      }
      const done = indicator.statedDone;
      const said = done?.value ? doneOf(done.value) : undefined;
      if (done && said !== undefined && said !== completion.met) {
        context.report({
          messageId: 'done',
          cells: [done.ref],
          data: { ...common, stated: done.value ?? '', computed: completion.met ? '是' : '否' },
          fix: fixList(indicatorDoneFix(calc)),
        });
      }
    }
  },
});
