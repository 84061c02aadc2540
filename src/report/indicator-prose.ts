// 一、（三）'s indicator sentences: one paragraph per 一级指标, indicators with the same outcome told together, the
// sentence chosen by the indicator's kind (a zero target, a ceiling, a rate, a count, a qualitative goal).
import type { IndicatorCalc } from '../core/calc/compute-workbook';
import type { CellRef } from '../core/grid/grid';
import type { Field, Indicator, Stated } from '../core/template/model';
import { formatPercent } from '../core/text/format';
import { body, generated, missing, outline, textOf, type Ctx } from './report-runs';
import type { ReportParagraph, ReportRun } from './report-model';
import { fillTemplate } from '../core/messages';
import { DIRECTION_WORDS, JOIN, MISSING, OUTLINE, SENTENCES as S } from './report-text';

/** Up to 2 decimals without trailing zeros, for counts and indicator values (8, 3403, 95.5). */
export function plainNumber(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

/** An indicator value as the sheet means it: 0.95 formatted as a percentage reads 95%; otherwise value + unit. */
export function indicatorValue(field: Field<number>, unit: string | undefined): string {
  const value = field.value ?? 0;
  if (field.percent) return `${plainNumber(value * 100)}%`;
  return `${plainNumber(value)}${unit ?? ''}`;
}

/** The target with its direction sign (≥10次, ≤3人, 0起). */
export function indicatorTarget(indicator: Indicator): string {
  const unit = textOf(indicator.unit);
  const word = indicator.direction === 'qualitative' ? '' : DIRECTION_WORDS[indicator.direction];
  return `${word}${indicatorValue(indicator.target, unit)}`;
}

/** The target as a plain figure (10次), for sentences that already say 超过 / 控制在…以内. */
function plainTarget(indicator: Indicator): string {
  return indicatorValue(indicator.target, textOf(indicator.unit));
}

function yoyText(calc: IndicatorCalc): string {
  const { yoy, indicator } = calc;
  const previous = indicator.previous?.value;
  if (previous == null) return '';
  if (yoy === undefined) return indicator.actual.value === previous ? S.yoyFlat : '';
  if (yoy === 0) return S.yoyFlat;
  return fillTemplate(yoy > 0 ? S.yoyUp : S.yoyDown, { pct: formatPercent(Math.abs(yoy)) });
}

/** "生产安全事故起数8起（同比下降20.00%）". */
function item(calc: IndicatorCalc, name: string): string {
  const { indicator } = calc;
  return fillTemplate(S.item, {
    name,
    actual: indicatorValue(indicator.actual, textOf(indicator.unit)),
    yoy: yoyText(calc),
  });
}

function sourcesOf(calc: IndicatorCalc): (CellRef | undefined)[] {
  const { indicator } = calc;
  return [indicator.target.ref, indicator.actual.ref, yoyText(calc) ? indicator.previous?.ref : undefined];
}

/** "较大以上生产安全事故起数" with 0 → "未发生较大以上生产安全事故"; "因灾死亡人数" → "无因灾死亡人员". */
function zeroPhrase(name: string, unit: string | undefined): string {
  const people = /^(.+?)人数$/.exec(name);
  if (people?.[1]) return fillTemplate(S.zeroPeople, { stem: people[1] });
  const events = /^(.+?)(?:起数|宗数|次数|件数|发生数|数量|数)$/.exec(name);
  if (events?.[1]) return fillTemplate(S.zeroEvent, { stem: events[1] });
  return fillTemplate(S.zeroOther, { name, unit: unit ?? '' });
}

type Outcome = 'zero' | 'controlled' | 'exceeded' | 'reached' | 'short' | 'over' | 'zeroMissed';

function outcomeOf(calc: IndicatorCalc): Outcome | undefined {
  const { indicator, completion } = calc;
  const target = indicator.target.value;
  const actual = indicator.actual.value;
  if (!completion || target === null || actual === null) return undefined;
  const reverse = indicator.direction === '<=' || (indicator.direction === '=' && target === 0);
  if (reverse && target === 0) return completion.met && actual <= 0 ? 'zero' : 'zeroMissed';
  if (reverse) return completion.met ? 'controlled' : 'over';
  if (!completion.met) return 'short';
  return actual > target ? 'exceeded' : 'reached';
}

const CLUSTERS: readonly Outcome[] = ['zero', 'controlled', 'exceeded', 'reached', 'short', 'over', 'zeroMissed'];

function clusterRun(outcome: Outcome, calcs: readonly IndicatorCalc[]): ReportRun[] {
  const named = calcs.map((c) => ({ calc: c, name: textOf(c.indicator.name) ?? '' }));
  const sources = calcs.flatMap(sourcesOf);
  const many = calcs.length > 1;
  const items = named.map(({ calc, name }) => item(calc, name)).join(JOIN.list);
  const targets = calcs.map((c) => plainTarget(c.indicator)).join(JOIN.list);
  switch (outcome) {
    case 'zero':
      return [
        generated(
          fillTemplate(S.zeroLead, {
            items: named.map(({ calc, name }) => zeroPhrase(name, textOf(calc.indicator.unit))).join(JOIN.clause),
          }),
          sources,
        ),
      ];
    case 'controlled':
      return [generated(fillTemplate(many ? S.controlledMany : S.controlledOne, { items, targets }), sources)];
    case 'exceeded':
      return [generated(fillTemplate(many ? S.exceededMany : S.exceededOne, { items, targets }), sources)];
    case 'reached':
      return [generated(fillTemplate(many ? S.reachedMany : S.reachedOne, { items }), sources)];
    default:
      // Missed targets are told one by one: each has its own shortfall.
      return named.flatMap(({ calc, name }, i) => {
        const text = fillTemplate(outcome === 'short' ? S.shortOf : outcome === 'over' ? S.over : S.zeroMissed, {
          items: item(calc, name),
          target: plainTarget(calc.indicator),
          pct: formatPercent(calc.completion?.rate ?? 0),
        });
        return [...(i > 0 ? [outline(JOIN.item)] : []), generated(text, sourcesOf(calc))];
      });
  }
}

function qualitativeDone(done: Stated<boolean> | undefined): string {
  if (done === undefined || done.text === '') return '';
  if (done.value !== null) return done.value ? S.qualitativeDone : S.qualitativeNotDone;
  return fillTemplate(S.qualitativeStated, { done: done.text });
}

function qualitativeRun(calc: IndicatorCalc): ReportRun | undefined {
  const { indicator } = calc;
  const name = textOf(indicator.name);
  const target = indicator.targetText.trim();
  const actual = indicator.actualText.trim();
  if (name === undefined || target === '' || actual === '') return undefined;
  const sources = [indicator.target.ref, indicator.actual.ref, indicator.statedDone?.ref];
  if (target === actual) return generated(fillTemplate(S.qualitativeMet, { name, actual }), sources);
  return generated(
    fillTemplate(S.qualitative, { name, target, actual, done: qualitativeDone(indicator.statedDone) }),
    sources,
  );
}

/** A quantitative indicator whose actual value is blank: it stays in the text, with a marker. */
function missingActualRuns(calc: IndicatorCalc): ReportRun[] {
  const { indicator } = calc;
  const name = textOf(indicator.name) ?? '';
  return [
    generated(fillTemplate(S.missingActual, { name, target: indicatorTarget(indicator) }), [indicator.target.ref]),
    missing(MISSING.indicatorActual, indicator.actual.ref),
  ];
}

const isMissingActual = (c: IndicatorCalc) =>
  c.quantitative && c.indicator.actual.value === null && textOf(c.indicator.name) !== undefined;

export function indicatorParagraphs(ctx: Ctx): ReportParagraph[] {
  const calcs = ctx.result.computed.indicators.filter((c) => textOf(c.indicator.name) !== undefined);
  const quantitative = calcs.filter((c) => c.completion);
  const blank = calcs.filter(isMissingActual);
  const out: ReportParagraph[] = [];
  const count = quantitative.length + blank.length;
  if (count > 0) {
    const met = quantitative.filter((c) => c.completion?.met).length;
    const unmet = quantitative.length - met;
    const text = fillTemplate(S.indicatorSummary, {
      count,
      met,
      unmetPart: unmet > 0 ? fillTemplate(S.indicatorSummaryUnmet, { unmet }) : '',
      missingPart: blank.length > 0 ? fillTemplate(S.indicatorSummaryMissing, { missing: blank.length }) : '',
    });
    out.push(
      body(
        generated(
          text,
          [...quantitative, ...blank].flatMap((c) => [c.indicator.target.ref, c.indicator.actual.ref]),
        ),
      ),
    );
  }

  // Groups by 一级指标 in sheet order (an indicator without one joins the group before it).
  const groups: { level1?: Field<string>; calcs: IndicatorCalc[] }[] = [];
  for (const calc of calcs) {
    const level1 = textOf(calc.indicator.level1);
    const last = groups[groups.length - 1];
    if (last && (level1 === undefined || level1 === textOf(last.level1))) last.calcs.push(calc);
    else groups.push({ ...(calc.indicator.level1 ? { level1: calc.indicator.level1 } : {}), calcs: [calc] });
  }
  groups.forEach((group, g) => {
    const parts: ReportRun[][] = [];
    for (const outcome of CLUSTERS) {
      const members = group.calcs.filter((c) => outcomeOf(c) === outcome);
      if (members.length > 0) parts.push(clusterRun(outcome, members));
    }
    // Qualitative indicators that report the same level ("达成预期指标") are told together, not once each.
    const qualitative = group.calcs.filter((c) => c.indicator.direction === 'qualitative' && qualitativeRun(c));
    const byLevel = new Map<string, IndicatorCalc[]>();
    for (const calc of qualitative) {
      const actual = calc.indicator.actualText.trim();
      const same = calc.indicator.targetText.trim() === actual;
      const key = same ? `\u0000${calc.indicator.row}` : actual;
      byLevel.set(key, [...(byLevel.get(key) ?? []), calc]);
    }
    for (const members of byLevel.values()) {
      const first = members[0];
      if (!first) continue;
      if (members.length === 1) {
        const run = qualitativeRun(first);
        if (run) parts.push([run]);
        continue;
      }
      parts.push([
        generated(
          fillTemplate(S.qualitativeSame, {
            names: members.map((c) => textOf(c.indicator.name) ?? '').join(JOIN.list),
            actual: first.indicator.actualText.trim(),
          }),
          members.flatMap((c) => [c.indicator.target.ref, c.indicator.actual.ref]),
        ),
      ]);
    }
    for (const calc of group.calcs) if (isMissingActual(calc)) parts.push(missingActualRuns(calc));
    if (parts.length === 0) return;
    // "产出指标(50分)": the weight belongs to the score sheet, not to the sentence.
    const level1 = textOf(group.level1)?.replace(/\s*[（(]\s*\d+(?:\.\d+)?\s*分\s*[)）]\s*$/, '');
    const lead: ReportRun =
      level1 !== undefined && group.level1
        ? generated(fillTemplate(S.groupLead, { n: g + 1, level1 }), [group.level1.ref])
        : outline(fillTemplate(S.groupLeadUnnamed, { n: g + 1 }));
    const runs: ReportRun[] = [lead];
    parts.forEach((part, i) => runs.push(...(i > 0 ? [outline(JOIN.item)] : []), ...part));
    runs.push(outline(OUTLINE.fullStop));
    out.push(body(...runs));
  });
  return out;
}
