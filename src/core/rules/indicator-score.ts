// indicator-score: tables with 分值/得分 — the stated indicator 得分 differs from the score the family's rules give.
import { scoresEqual } from '../calc/compare';
import { formScoreDecimals, scoreAgrees } from '../rule-kit/score-precision';
import { explainIndicatorScore } from '../calc/scoring';
import { formatScore } from '../text/format';
import { indicatorPercent, indicatorUnit } from '../rule-kit/indicator-values';
import { defineRule } from '../rule-kit/rule';
import { fixList } from '../rule-kit/fix-cell';
import { indicatorScoreFix } from '../rule-kit/fix-indicators';
import { foldText, userTexts } from '../rule-kit/texts';
import type { IndicatorCalc } from '../calc/compute-workbook';
import type { Indicator, WorkbookModel } from '../template/model';
import type { Settings } from '../calc/settings';

/** A note of the form that prints the ratio rule: "…全年实际值（B）/年度指标值（A）×该指标分值", "按完成比例计分". */
const PRINTED_RATIO_RULE =
  /(实际(完成)?值|\(B\)).{0,12}[/÷].{0,12}(指标值|\(A\)).{0,8}[×*x].{0,6}分值|按(照)?(完成)?比例(计|得|折算)/;

function printsRatioRule(model: WorkbookModel): boolean {
  return userTexts(model, ['data']).some((t) => PRINTED_RATIO_RULE.test(foldText(t.text)));
}

/**
 * A missed target's score below 分值 that the form does not tie to the ratio (no 完成率 stated, no formula, no printed
 * rule): units apply the scoring rule of their finance bureau (bands, deductions), which the form rarely prints, so
 * the national ratio is advice, not a proven error. A met target below 分值, or a missed one given full marks, is.
 */
function scoredByUnstatedRule(calc: IndicatorCalc, settings: Settings, printed: () => boolean): boolean {
  const { indicator, completion } = calc;
  const score = indicator.score;
  const weight = indicator.weight?.value;
  if (!completion || completion.met || !score || score.value === null || weight == null) return false;
  if (score.value < 0 || score.value > weight - settings.tolerance.score) return false;
  if (indicator.statedRate?.value != null || score.formula !== undefined) return false;
  return !printed();
}

export default defineRule({
  meta: {
    id: 'indicator-score',
    name: '指标得分计算错误',
    severity: 'error',
    description: "Stated indicator 得分 ≠ the family's scoring rule (met → 分值; not met → ≥/=/≤ formula, 2 decimals).",
    messages: {
      score: '指标“{{name}}”的得分填写为 {{stated}}分，{{working}}。请改为 {{expected}}分。',
      metWithoutFigure:
        '指标“{{name}}”{{why}}，已经达到，应得满分 {{weight}}分，表中填写 {{stated}}分。请改为 {{weight}}分。',
      unstatedRule:
        '指标“{{name}}”未完成年度指标值，得分填写为 {{stated}}分；{{working}}。表中没有写明另行适用的计分办法：若无本地规定，请改为 {{expected}}分；若按本地办法计分，请在偏差原因中写明所用办法。',
    },
  },
  check(context) {
    for (const calc of context.computed.indicators) {
      if (calc.completion) continue;
      const met = metWithoutFigure(calc.indicator);
      const { score, weight } = calc.indicator;
      if (!met || !score || score.value === null || weight?.value == null) continue;
      if (scoresEqual(score.value, weight.value, context.settings)) continue;
      context.report({
        messageId: 'metWithoutFigure',
        cells: [score.ref],
        data: {
          name: calc.indicator.name.value ?? '',
          why: met,
          weight: formatScore(weight.value),
          stated: formatScore(score.value),
        },
      });
    }
    const decimals = formScoreDecimals(context.model);
    let printed: boolean | undefined;
    const printedRule = () => (printed ??= printsRatioRule(context.model));
    for (const calc of context.computed.indicators) {
      const { indicator, completion, expectedScore } = calc;
      const score = indicator.score;
      const weight = indicator.weight?.value;
      const target = indicator.target.value;
      const actual = indicator.actual.value;
      if (!completion || expectedScore === undefined || weight == null || !score || score.value === null) continue;
      if (target === null || actual === null) continue;
      if (scoreAgrees(score.value, expectedScore, decimals, context.settings)) continue;
      const working = explainIndicatorScore(
        {
          direction: indicator.direction,
          target,
          actual,
          weight,
          percent: indicatorPercent(indicator),
          unit: indicatorUnit(indicator),
        },
        context.settings.scoring,
      );
      const unstated = scoredByUnstatedRule(calc, context.settings, printedRule);
      context.report({
        messageId: unstated ? 'unstatedRule' : 'score',
        ...(unstated ? { severity: 'warning' as const } : {}),
        cells: [score.ref],
        data: {
          name: indicator.name.value ?? '',
          stated: formatScore(score.value),
          expected: formatScore(expectedScore),
          working,
          expectedScore,
        },
        fix: fixList(indicatorScoreFix(context, calc)),
      });
    }
  },
});

/** A year and month written in a text ("2021年12月完成", "2021年12月底前"), as a comparable number, or undefined. */
function monthOf(text: string): { at: number; shown: string } | undefined {
  const m = /(\d{4})\s*年\s*(\d{1,2})\s*月/.exec(text.normalize('NFKC'));
  if (!m) return undefined;
  return { at: Number(m[1]) * 12 + Number(m[2]), shown: `${m[1]}年${m[2]}月` };
}

/**
 * Why an indicator with no figure to compare is plainly met, in words, or undefined: a deadline ("2021年12月完成")
 * reached no later than its target month, or an execution-rate indicator (预算执行率) with no target written, whose
 * aim is 100%, at 100%. A met target earns its full 分值 under any scoring rule.
 */
function metWithoutFigure(ind: Indicator): string | undefined {
  const target = monthOf(ind.targetText);
  const actual = monthOf(ind.actualText);
  if (target && actual && actual.at <= target.at) {
    return `的实际完成时间 ${actual.shown} 不晚于年度指标值 ${target.shown}`;
  }
  const noTarget =
    ind.target.value === null && (ind.target.problem === 'blank' || ind.target.problem === 'not-applicable');
  const rate = ind.actual.value;
  if (noTarget && /执行率/.test(ind.name.value ?? '') && rate !== null && ind.actual.percent && rate >= 1 - 1e-9) {
    return `的目标为执行率 100%（未写年度指标值），实际完成值 ${ind.actualText.trim() || '100%'}`;
  }
  return undefined;
}
