// Fixes of an indicator row: its stated 完成率, 是否完成 and 得分, with formulas mirroring calc/scoring.ts.
import { percentsEqual, scoresEqual } from '../calc/compare';
import type { IndicatorCalc } from '../calc/compute-workbook';
import type { ScoringRules } from '../calc/scoring';
import type { FixProposal } from '../finding';
import { toA1 } from '../grid/a1';
import type { Indicator } from '../template/model';
import { cellFix, differs, percentFormat, type FixContext } from './fix-cell';
import { FIX_DONE_WORDS, FIX_TEXTS, fillFixText } from './fix-texts';

/** The completion formula for one row, mirroring calc/scoring.ts indicatorCompletion; only over numeric cells. */
function completionFormula(indicator: Indicator, rules: ScoringRules): string | undefined {
  if (typeof indicator.target.raw !== 'number' || typeof indicator.actual.raw !== 'number') return undefined;
  const t = toA1(indicator.target.ref);
  const a = toA1(indicator.actual.ref);
  switch (indicator.direction) {
    case '>=':
      return `IF(${t}=0,1,${a}/${t})`;
    case '<=':
      return rules.reverse === 'target-over-actual'
        ? `IF(${a}<=${t},1,IF(${a}=0,0,${t}/${a}))`
        : `IF(${a}<=${t},1,IF(${a}>=2*${t},0,1-(${a}-${t})/${t}))`;
    case '=':
      return `IF(${t}=0,IF(${a}<=0,1,0),${a}/${t})`;
    case 'qualitative':
      return undefined;
  }
}

/** The score formula for one row under the family's rules, rounded as the system rounds; only over numeric cells. */
function indicatorScoreFormula(indicator: Indicator, rules: ScoringRules): string | undefined {
  const weight = indicator.weight;
  if (typeof indicator.target.raw !== 'number' || typeof indicator.actual.raw !== 'number') return undefined;
  if (!weight || typeof weight.raw !== 'number') return undefined;
  const t = toA1(indicator.target.ref);
  const a = toA1(indicator.actual.ref);
  const w = toA1(weight.ref);
  const positive = `IF(${a}>=${t},${w},${a}/${t}*${w})`;
  switch (indicator.direction) {
    case '>=':
      return `ROUND(${positive},2)`;
    case '=':
      return `ROUND(IF(${t}=0,IF(${a}<=0,${w},0),${positive}),2)`;
    case '<=':
      return rules.reverse === 'target-over-actual'
        ? `ROUND(IF(${a}<=${t},${w},IF(${a}=0,0,${t}/${a}*${w})),2)`
        : `ROUND(IF(${a}<=${t},${w},IF(${a}>=2*${t},0,(1-(${a}-${t})/${t})*${w})),2)`;
    case 'qualitative':
      return undefined;
  }
}

const DONE_NO = /^(否|未完成|没有完成|未达到|未达标|不是|×|x)$/i;
const DONE_YES = /^(是|完成|已完成|达到|已达到|达标|√|✓)$/;

function statedDone(text: string): boolean | undefined {
  const t = text.normalize('NFKC').replace(/\s+/g, '');
  if (DONE_NO.test(t)) return false;
  if (DONE_YES.test(t)) return true;
  return undefined;
}

export function indicatorRateFix(context: FixContext, calc: IndicatorCalc): FixProposal | undefined {
  const { indicator, completion } = calc;
  if (!completion) return undefined;
  const { settings } = context;
  const stated = indicator.statedRate;
  const rate = completion.rate;
  // Templates state the completion either uncapped (the reference template) or capped at 100%: both are right.
  const same = (v: number) =>
    percentsEqual(v, rate, stated?.decimals, settings) ||
    percentsEqual(v, Math.min(rate, 1), stated?.decimals, settings);
  if (!differs(stated, same)) return undefined;
  return cellFix(stated, fillFixText(FIX_TEXTS.indicatorRate, { name: indicator.name.value ?? '' }), rate, {
    formula: completionFormula(indicator, settings.scoring),
    numFmt: percentFormat(stated),
  });
}

export function indicatorDoneFix(calc: IndicatorCalc): FixProposal | undefined {
  const { indicator, completion } = calc;
  const done = indicator.statedDone;
  const said = done?.value ? statedDone(done.value) : undefined;
  if (!completion || !done || said === undefined || said === completion.met) return undefined;
  return cellFix(
    done,
    fillFixText(FIX_TEXTS.indicatorDone, { name: indicator.name.value ?? '' }),
    completion.met ? FIX_DONE_WORDS.met : FIX_DONE_WORDS.unmet,
  );
}

export function indicatorScoreFix(context: FixContext, calc: IndicatorCalc): FixProposal | undefined {
  const { indicator, completion } = calc;
  const expected = calc.expectedScore;
  const score = indicator.score;
  if (!completion || expected === undefined || !differs(score, (v) => scoresEqual(v, expected, context.settings)))
    return undefined;
  return cellFix(score, fillFixText(FIX_TEXTS.indicatorScore, { name: indicator.name.value ?? '' }), expected, {
    formula: indicatorScoreFormula(indicator, context.settings.scoring),
  });
}
