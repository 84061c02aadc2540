// Builds the narrative report (report.md) from a checked workbook: material verbatim, sentences generated with sources.
import type { CheckResult } from '../core/check';
import type { BudgetCalc, IndicatorCalc } from '../core/calc/compute-workbook';
import { amountsEqual, scoresEqual } from '../core/calc/compare';
import type { Settings } from '../core/calc/settings';
import { qualifiedA1 } from '../core/grid/a1';
import type { CellRef } from '../core/grid/grid';
import type { BudgetKind, Field, Indicator, MaterialKey, SangongKind, ScoreNode } from '../core/template/model';
import { dateFromSerial, formatDateChinese, parseDateText } from '../core/text/dates';
import { formatAmount, formatPercent, formatScore } from '../core/text/format';
import type {
  GeneratedRun,
  Report,
  ReportOptions,
  ReportParagraph,
  ReportRun,
  ReportSection,
  SectionLevel,
} from './report-model';
import { reportRuns } from './report-model';
import {
  BUDGET_NAMES,
  DIRECTION_WORDS,
  HEADINGS,
  JOIN,
  MISSING,
  NO_WORDS,
  OUTLINE,
  SANGONG_NAMES,
  SENTENCES as S,
  YES_WORDS,
  fillText,
  missingMarker,
} from './report-text';

type Ctx = {
  readonly result: CheckResult;
  readonly settings: Settings;
  readonly thousands: boolean;
  readonly unit: string;
};

// ---- runs and paragraphs -------------------------------------------------------------------------------------------

const outline = (text: string): ReportRun => ({ kind: 'outline', text });
const generated = (text: string, sources: readonly (CellRef | undefined)[]): GeneratedRun => ({
  kind: 'generated',
  text,
  sources: dedupeRefs(sources.filter((r): r is CellRef => r !== undefined)),
});
const missing = (label: string, at?: CellRef): ReportRun => ({
  kind: 'missing',
  text: missingMarker(label),
  field: label,
  ...(at ? { at } : {}),
});
const body = (...runs: ReportRun[]): ReportParagraph => ({ role: 'body', runs });

function dedupeRefs(refs: readonly CellRef[]): CellRef[] {
  const seen = new Set<string>();
  return refs.filter((r) => {
    const key = `${r.sheet}!${r.row}:${r.col}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function textOf(field: Field<string> | undefined): string | undefined {
  const value = field?.value;
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

const TERMINAL = /[。！？；…!?.;”’」』）)]$/;

/** Material text as paragraphs (one per line written in the cell), or a marker paragraph when it is missing. */
function materialParagraphs(ctx: Ctx, key: MaterialKey, label: string): ReportParagraph[] {
  const material = ctx.result.model.material;
  const field = material?.fields[key];
  const text = textOf(field);
  if (!field || text === undefined) return [body(missing(label, material?.labels[key]))];
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) =>
      body(
        { kind: 'material', text: line, source: field.ref },
        ...(TERMINAL.test(line) ? [] : [outline(OUTLINE.fullStop)]),
      ),
    );
}

function section(
  id: string,
  level: SectionLevel,
  heading: string,
  paragraphs: ReportParagraph[],
  children: ReportSection[] = [],
): ReportSection {
  return { id, level, heading, paragraphs, children };
}

// ---- number formatting ---------------------------------------------------------------------------------------------

const amount = (ctx: Ctx, value: number) =>
  formatAmount(Math.abs(value) < 0.005 ? 0 : value, { thousands: ctx.thousands });

/** Up to 2 decimals without trailing zeros, for counts and indicator values (8, 3403, 95.5). */
function plainNumber(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

/** An indicator value as the sheet means it: 0.95 formatted as a percentage reads 95%; otherwise value + unit. */
function indicatorValue(field: Field<number>, unit: string | undefined): string {
  const value = field.value ?? 0;
  if (field.percent) return `${plainNumber(value * 100)}%`;
  return `${plainNumber(value)}${unit ?? ''}`;
}

function indicatorTarget(indicator: Indicator): string {
  const unit = textOf(indicator.unit);
  const word = indicator.direction === 'qualitative' ? '' : DIRECTION_WORDS[indicator.direction];
  return `${word}${indicatorValue(indicator.target, unit)}`;
}

// ---- title block and opening -----------------------------------------------------------------------------------------

function unitRun(ctx: Ctx): ReportRun {
  const { data, score } = ctx.result.model;
  const field =
    textOf(data?.unit) !== undefined ? data?.unit : textOf(score?.unit) !== undefined ? score?.unit : undefined;
  const text = textOf(field);
  return field && text !== undefined
    ? { kind: 'material', text, source: field.ref }
    : missing(MISSING.unit, data?.unit?.ref);
}

function yearRun(ctx: Ctx): ReportRun {
  const year = ctx.result.model.data?.year;
  return year?.value != null
    ? generated(fillText(S.yearValue, { year: year.value }), [year.ref])
    : missing(MISSING.year, year?.ref);
}

function buildFront(ctx: Ctx): ReportParagraph[] {
  const data = ctx.result.model.data;
  const material = ctx.result.model.material;
  const filedOn = data?.filedOn;
  const noticeTitle = textOf(material?.fields.noticeTitle);
  const noticeNumber = textOf(material?.fields.noticeNumber);
  const titleRun: ReportRun =
    noticeTitle !== undefined && material?.fields.noticeTitle
      ? {
          kind: 'material',
          text: noticeTitle.replace(/^《/, '').replace(/》$/, ''),
          source: material.fields.noticeTitle.ref,
        }
      : missing(MISSING.noticeTitle, material?.labels.noticeTitle);
  const numberRun: ReportRun =
    noticeNumber !== undefined && material?.fields.noticeNumber
      ? {
          kind: 'material',
          text: noticeNumber.replace(/^（/, '').replace(/）$/, ''),
          source: material.fields.noticeNumber.ref,
        }
      : missing(MISSING.noticeNumber, material?.labels.noticeNumber);
  return [
    { role: 'attachment', runs: [outline(OUTLINE.attachment)] },
    { role: 'title', runs: [outline(OUTLINE.title)] },
    { role: 'meta', runs: [outline(OUTLINE.yearLine), yearRun(ctx)] },
    { role: 'meta', runs: [outline(OUTLINE.unitLine), unitRun(ctx)] },
    {
      role: 'meta',
      runs: [
        outline(OUTLINE.filedOnLine),
        filedOn?.value
          ? generated(formatDateChinese(filedOn.value), [filedOn.ref])
          : missing(MISSING.filedOn, filedOn?.ref),
      ],
    },
    body(
      outline(OUTLINE.openingStart),
      titleRun,
      outline(OUTLINE.openingMiddle),
      numberRun,
      outline(OUTLINE.openingBody),
      yearRun(ctx),
      unitRun(ctx),
      outline(OUTLINE.openingEnd),
    ),
  ];
}

// ---- 一、单位基本情况 ---------------------------------------------------------------------------------------------------

function staffParagraph(ctx: Ctx): ReportParagraph | undefined {
  const staff = ctx.result.model.data?.staff ?? {};
  const parts: string[] = [];
  const sources: CellRef[] = [];
  for (const key of ['authorised', 'employed', 'retired', 'contract'] as const) {
    const field = staff[key];
    if (field?.value == null) continue;
    parts.push(fillText(S.staffParts[key], { n: plainNumber(field.value) }));
    sources.push(field.ref);
  }
  if (parts.length === 0) return undefined;
  return body(generated(`${parts.join(JOIN.clause)}${OUTLINE.fullStop}`, sources));
}

function indicatorParagraphs(ctx: Ctx): ReportParagraph[] {
  const calcs = ctx.result.computed.indicators;
  const quantitative = calcs.filter((c) => c.completion);
  const out: ReportParagraph[] = [];
  if (quantitative.length > 0) {
    const met = quantitative.filter((c) => c.completion?.met).length;
    const unmet = quantitative.length - met;
    const text = fillText(S.indicatorSummary, {
      count: quantitative.length,
      met,
      unmetPart: unmet > 0 ? fillText(S.indicatorSummaryUnmet, { unmet }) : '',
    });
    out.push(
      body(
        generated(
          text,
          quantitative.flatMap((c) => [c.indicator.target.ref, c.indicator.actual.ref]),
        ),
      ),
    );
  }
  let n = 0;
  for (const calc of calcs) {
    const run = indicatorRun(calc);
    if (!run) continue;
    n += 1;
    out.push(body(outline(`${n}.`), run));
  }
  return out;
}

function yoyText(calc: IndicatorCalc): string {
  const { yoy, indicator } = calc;
  const previous = indicator.previous?.value;
  if (previous == null) return '';
  if (yoy === undefined) return indicator.actual.value === previous ? S.yoyFlat : '';
  if (Math.abs(yoy) < 0.00005)
    return yoy === 0 ? S.yoyFlat : fillText(yoy > 0 ? S.yoyUp : S.yoyDown, { pct: formatPercent(yoy) });
  return fillText(yoy > 0 ? S.yoyUp : S.yoyDown, { pct: formatPercent(Math.abs(yoy)) });
}

function qualitativeDone(done: string | undefined): string {
  if (done === undefined) return '';
  const answer = done
    .normalize('NFKC')
    .replace(/[\s。.]/g, '')
    .toUpperCase();
  if ((YES_WORDS as readonly string[]).includes(answer) || answer === '完成' || answer === '已完成')
    return S.qualitativeDone;
  if ((NO_WORDS as readonly string[]).includes(answer) || answer === '未完成') return S.qualitativeNotDone;
  return fillText(S.indicatorQualitativeDone, { done });
}

function indicatorRun(calc: IndicatorCalc): GeneratedRun | undefined {
  const { indicator } = calc;
  const name = textOf(indicator.name);
  if (name === undefined) return undefined;
  if (calc.completion) {
    const yoy = yoyText(calc);
    const text = fillText(S.indicatorQuantitative, {
      name,
      target: indicatorTarget(indicator),
      actual: indicatorValue(indicator.actual, textOf(indicator.unit)),
      done: calc.completion.met ? S.done : S.notDone,
      yoy,
    });
    return generated(text, [indicator.target.ref, indicator.actual.ref, yoy ? indicator.previous?.ref : undefined]);
  }
  if (
    indicator.direction === 'qualitative' &&
    indicator.targetText.trim() !== '' &&
    indicator.actualText.trim() !== ''
  ) {
    const done = textOf(indicator.statedDone);
    const text = fillText(S.indicatorQualitative, {
      name,
      target: indicator.targetText.trim(),
      actual: indicator.actualText.trim(),
      done: qualitativeDone(done),
    });
    return generated(text, [indicator.target.ref, indicator.actual.ref, indicator.statedDone?.ref]);
  }
  return undefined;
}

function spendingParagraphs(ctx: Ctx): ReportParagraph[] {
  const { computed, model } = ctx.result;
  const total = computed.budget.get('total');
  const planned = total?.row.planned;
  const actual = total?.row.actual;
  if (!total || planned?.value == null || actual?.value == null) {
    return [
      body(
        missing(
          MISSING.spending,
          planned?.ref ?? actual?.ref ?? (model.data ? { sheet: model.data.sheet, row: 0, col: 0 } : undefined),
        ),
      ),
    ];
  }
  const unit = model.data?.budget?.headerUnit ?? ctx.unit;
  const diff = actual.value - planned.value;
  const pct = planned.value !== 0 ? formatPercent(Math.abs(diff) / Math.abs(planned.value)) : undefined;
  const comparison = amountsEqual(actual.value, planned.value, ctx.settings)
    ? S.spendingEqual
    : fillText(diff > 0 ? (pct ? S.spendingMore : S.spendingMoreNoPct) : pct ? S.spendingLess : S.spendingLessNoPct, {
        diff: amount(ctx, Math.abs(diff)),
        unit,
        pct: pct ?? '',
      });
  const text = fillText(S.spendingTotal, {
    planned: amount(ctx, planned.value),
    actual: amount(ctx, actual.value),
    unit,
    comparison,
    rate: total.rate !== undefined ? fillText(S.spendingRate, { rate: formatPercent(total.rate) }) : '',
  });
  const out: ReportParagraph[] = [body(generated(text, [planned.ref, actual.ref]))];
  for (const breakdown of total.breakdowns) {
    if (breakdown.name === '其中') continue;
    const items: GeneratedRun[] = breakdown.children
      .map((row) => budgetRowClause(ctx, computed.budget.get(row.kind), unit))
      .filter((r): r is GeneratedRun => r !== undefined);
    if (items.length === 0) continue;
    const lead = S.breakdownLead[breakdown.name];
    const runs: ReportRun[] = [outline(lead)];
    items.forEach((item, i) => runs.push(...(i > 0 ? [outline(JOIN.item)] : []), item));
    runs.push(outline(OUTLINE.fullStop));
    out.push(body(...runs));
  }
  const sangong = sangongParagraph(ctx);
  if (sangong) out.push(sangong);
  return out;
}

function budgetRowClause(ctx: Ctx, calc: BudgetCalc | undefined, unit: string): GeneratedRun | undefined {
  if (!calc) return undefined;
  const { row } = calc;
  const parts: string[] = [];
  const sources: (CellRef | undefined)[] = [];
  if (row.planned?.value != null) {
    parts.push(fillText(S.rowPlanned, { amount: amount(ctx, row.planned.value), unit }));
    sources.push(row.planned.ref);
  }
  if (row.actual?.value != null) {
    parts.push(fillText(S.rowActual, { amount: amount(ctx, row.actual.value), unit }));
    sources.push(row.actual.ref);
  }
  if (calc.rate !== undefined) parts.push(fillText(S.rowRate, { rate: formatPercent(calc.rate) }));
  if (parts.length === 0) return undefined;
  let children = '';
  if (row.kind === 'basic') {
    const kids = calc.breakdowns.flatMap((b) => b.children).filter((c) => c.actual?.value != null);
    if (kids.length > 0) {
      children = fillText(S.rowChildren, {
        children: kids
          .map((c) =>
            fillText(S.childActual, { label: BUDGET_NAMES[c.kind], amount: amount(ctx, c.actual?.value ?? 0), unit }),
          )
          .join(JOIN.list),
      });
      sources.push(...kids.map((c) => c.actual?.ref));
    }
  }
  return generated(`${BUDGET_NAMES[row.kind as BudgetKind]}${parts.join(JOIN.clause)}${children}`, sources);
}

function sangongParagraph(ctx: Ctx): ReportParagraph | undefined {
  const calc = ctx.result.computed.sangong.get('total');
  const planned = calc?.row.planned;
  const actual = calc?.row.actual;
  if (!calc || planned?.value == null || actual?.value == null) return undefined;
  const unit = ctx.unit;
  const diff = actual.value - planned.value;
  const comparison = amountsEqual(actual.value, planned.value, ctx.settings)
    ? S.sangongEqual
    : fillText(diff > 0 ? S.sangongMore : S.sangongLess, { diff: amount(ctx, Math.abs(diff)), unit });
  const kids = calc.breakdowns.flatMap((b) => b.children).filter((r) => r.actual?.value != null);
  const children =
    kids.length > 0
      ? fillText(S.sangongChildren, {
          children: kids
            .map((r) =>
              fillText(S.sangongChild, {
                label: SANGONG_NAMES[r.kind as SangongKind],
                amount: amount(ctx, r.actual?.value ?? 0),
                unit,
              }),
            )
            .join(JOIN.list),
        })
      : '';
  const text = fillText(S.sangong, {
    planned: amount(ctx, planned.value),
    actual: amount(ctx, actual.value),
    unit,
    comparison,
    rate: calc.rate !== undefined ? fillText(S.sangongRate, { rate: formatPercent(calc.rate) }) : '',
    children,
  });
  return body(generated(text, [planned.ref, actual.ref, ...kids.map((r) => r.actual?.ref)]));
}

// ---- 二、自评工作开展情况 ------------------------------------------------------------------------------------------------

function submittedDate(field: Field<string>): string {
  if (typeof field.raw === 'number') {
    const date = dateFromSerial(field.raw);
    if (date) return formatDateChinese(date);
  }
  const text = textOf(field) ?? '';
  const reading = parseDateText(text);
  return reading.kind === 'date' ? formatDateChinese(reading.date) : text;
}

function submissionParagraph(ctx: Ctx): ReportParagraph {
  const material = ctx.result.model.material;
  const field = material?.fields.submittedOn;
  const accountability = outline(OUTLINE.accountability);
  if (!field || textOf(field) === undefined)
    return body(missing(MISSING.submittedOn, material?.labels.submittedOn), outline(OUTLINE.fullStop), accountability);
  return body(generated(fillText(S.submitted, { date: submittedDate(field) }), [field.ref]), accountability);
}

function consistencyParagraph(ctx: Ctx): ReportParagraph {
  const material = ctx.result.model.material;
  const field = material?.fields.publicConsistency;
  const text = textOf(field);
  if (!field || text === undefined) return body(missing(MISSING.publicConsistency, material?.labels.publicConsistency));
  const answer = text
    .normalize('NFKC')
    .replace(/[\s。.]/g, '')
    .toUpperCase();
  if ((YES_WORDS as readonly string[]).includes(answer)) return body(generated(S.consistent, [field.ref]));
  if ((NO_WORDS as readonly string[]).includes(answer)) return body(generated(S.inconsistent, [field.ref]));
  return (
    materialParagraphs(ctx, 'publicConsistency', MISSING.publicConsistency)[0] ??
    body(missing(MISSING.publicConsistency))
  );
}

// ---- 三、绩效自评情况 ------------------------------------------------------------------------------------------------------

type Deduction = { readonly node: ScoreNode; readonly deduction: number };

function leaves(ctx: Ctx): ScoreNode[] {
  return (ctx.result.model.score?.roots ?? []).flatMap((l1) => l1.children.flatMap((l2) => [...l2.children]));
}

function deductionsOf(ctx: Ctx): Deduction[] {
  const out: Deduction[] = [];
  for (const node of leaves(ctx)) {
    const weight = node.weight?.value;
    const score = node.score?.value;
    if (weight == null || score == null) continue;
    if (score < weight && !scoresEqual(score, weight, ctx.settings)) out.push({ node, deduction: weight - score });
  }
  return out;
}

function reasonRuns(ctx: Ctx, node: ScoreNode): ReportRun[] {
  const reason = textOf(node.reason);
  if (reason === undefined || !node.reason)
    return [missing(MISSING.deductionReason, node.reason?.ref), outline(OUTLINE.fullStop)];
  return [
    { kind: 'material', text: reason, source: node.reason.ref },
    ...(TERMINAL.test(reason) ? [] : [outline(OUTLINE.fullStop)]),
  ];
}

function resultParagraphs(ctx: Ctx): ReportParagraph[] {
  const { computed, model } = ctx.result;
  const out: ReportParagraph[] = [];
  if (computed.score && model.score) {
    const sources = [model.score.total?.score?.ref, ...leaves(ctx).map((n) => n.score?.ref)];
    out.push(
      body(
        generated(
          fillText(S.result, { total: formatScore(computed.score.total), grade: computed.score.grade }),
          sources,
        ),
      ),
    );
  } else {
    out.push(body(missing(MISSING.score)));
  }
  out.push(...materialParagraphs(ctx, 'selfAssessment', MISSING.selfAssessment));
  return out;
}

function analysisParagraphs(ctx: Ctx): ReportParagraph[] {
  const { computed, model } = ctx.result;
  const out: ReportParagraph[] = [];
  const score = computed.score;
  const roots = model.score?.roots ?? [];
  if (!score || roots.length === 0) return [body(missing(MISSING.score))];
  const level1Runs: ReportRun[] = [outline(S.level1Lead)];
  roots.forEach((node, i) => {
    const calc = score.nodes.get(node);
    const nodeLeaves = node.children.flatMap((c) => [...c.children]);
    const weight = node.weight?.value ?? calc?.weightSum ?? 0;
    const weightSources = node.weight?.value != null ? [node.weight.ref] : nodeLeaves.map((l) => l.weight?.ref);
    if (i > 0) level1Runs.push(outline(JOIN.clause));
    level1Runs.push(
      generated(
        fillText(S.level1, { name: node.title, weight: formatScore(weight), score: formatScore(calc?.scoreSum ?? 0) }),
        [...weightSources, ...nodeLeaves.map((l) => l.score?.ref)],
      ),
    );
  });
  level1Runs.push(outline(S.level1End));
  out.push(body(...level1Runs));

  const deductions = deductionsOf(ctx);
  for (const { node, deduction } of deductions) {
    out.push(
      body(
        generated(fillText(S.deduction, { name: node.title, deduction: formatScore(deduction) }), [
          node.weight?.ref,
          node.score?.ref,
        ]),
        ...reasonRuns(ctx, node),
      ),
    );
  }
  const full = leaves(ctx).filter(
    (n) => n.weight?.value != null && n.score?.value != null && !deductions.some((d) => d.node === n),
  );
  if (full.length > 0) {
    const template = deductions.length > 0 ? S.fullMarksSome : S.fullMarksAll;
    out.push(
      body(
        generated(
          fillText(template, { count: full.length }),
          full.flatMap((n) => [n.weight?.ref, n.score?.ref]),
        ),
      ),
    );
  }

  const quantitative = computed.indicators.filter((c) => c.completion);
  const unmet = quantitative.filter((c) => !c.completion?.met);
  if (quantitative.length > 0 && unmet.length === 0) {
    out.push(
      body(
        generated(
          fillText(S.allMet, { count: quantitative.length }),
          quantitative.flatMap((c) => [c.indicator.target.ref, c.indicator.actual.ref]),
        ),
      ),
    );
  }
  if (unmet.length > 0) {
    out.push(body(outline(S.unmetLead)));
    for (const calc of unmet) {
      const { indicator } = calc;
      const text = fillText(S.unmet, {
        name: textOf(indicator.name) ?? '',
        target: indicatorTarget(indicator),
        actual: indicatorValue(indicator.actual, textOf(indicator.unit)),
      });
      const reason = textOf(indicator.reason);
      out.push(
        body(
          generated(text, [indicator.target.ref, indicator.actual.ref]),
          ...(reason !== undefined && indicator.reason
            ? [
                { kind: 'material', text: reason, source: indicator.reason.ref } as ReportRun,
                ...(TERMINAL.test(reason) ? [] : [outline(OUTLINE.fullStop)]),
              ]
            : [missing(MISSING.deviationReason, indicator.reason?.ref), outline(OUTLINE.fullStop)]),
        ),
      );
    }
  }
  return out;
}

function problemParagraphs(ctx: Ctx): ReportParagraph[] {
  if (textOf(ctx.result.model.material?.fields.problems) !== undefined)
    return materialParagraphs(ctx, 'problems', MISSING.problems);
  const deductions = deductionsOf(ctx);
  if (deductions.length === 0) return [body(missing(MISSING.problems, ctx.result.model.material?.labels.problems))];
  return deductions.map(({ node, deduction }, i) =>
    body(
      generated(fillText(S.problemItem, { n: i + 1, name: node.title, deduction: formatScore(deduction) }), [
        node.weight?.ref,
        node.score?.ref,
      ]),
      ...reasonRuns(ctx, node),
    ),
  );
}

function otherParagraphs(ctx: Ctx): ReportParagraph[] {
  if (textOf(ctx.result.model.material?.fields.other) !== undefined) return materialParagraphs(ctx, 'other', '');
  return [body(outline(OUTLINE.otherDefault))];
}

// ---- appendix --------------------------------------------------------------------------------------------------------

function appendixSection(sections: readonly ReportSection[], front: readonly ReportParagraph[]): ReportSection {
  const draft: Report = { front, sections, meta: { amountUnit: '元' } };
  const lines = reportRuns(draft)
    .filter((r): r is GeneratedRun => r.kind === 'generated' && r.sources.length > 0)
    .map((run, i): ReportParagraph => ({
      role: 'appendix',
      runs: [
        outline(
          fillText(S.appendixLine, {
            n: i + 1,
            text: run.text,
            cells: run.sources.map((s) => qualifiedA1(s.sheet, s)).join(JOIN.list),
          }),
        ),
      ],
    }));
  return section('appendix', 1, HEADINGS.appendix, lines);
}

// ---- the report -------------------------------------------------------------------------------------------------------

export function buildReport(result: CheckResult, options: ReportOptions = {}): Report {
  const data = result.model.data;
  const ctx: Ctx = {
    result,
    settings: result.settings,
    thousands: options.thousands ?? false,
    unit: data?.amountUnit ?? '元',
  };
  const staff = staffParagraph(ctx);
  const sections: ReportSection[] = [
    section(
      '1',
      1,
      HEADINGS.basic,
      [],
      [
        section('1.1', 2, HEADINGS.organisation, [
          ...materialParagraphs(ctx, 'organisation', MISSING.organisation),
          ...(staff ? [staff] : []),
        ]),
        section('1.2', 2, HEADINGS.annualWork, materialParagraphs(ctx, 'annualWork', MISSING.annualWork)),
        section('1.3', 2, HEADINGS.goals, [
          ...materialParagraphs(ctx, 'performanceGoals', MISSING.performanceGoals),
          ...indicatorParagraphs(ctx),
        ]),
        section('1.4', 2, HEADINGS.spending, spendingParagraphs(ctx)),
      ],
    ),
    section(
      '2',
      1,
      HEADINGS.work,
      [],
      [
        section('2.1', 2, HEADINGS.team, materialParagraphs(ctx, 'evaluationTeam', MISSING.evaluationTeam)),
        section('2.2', 2, HEADINGS.process, materialParagraphs(ctx, 'evaluationProcess', MISSING.evaluationProcess)),
        section('2.3', 2, HEADINGS.submission, [submissionParagraph(ctx)]),
        section('2.4', 2, HEADINGS.consistency, [consistencyParagraph(ctx)]),
      ],
    ),
    section(
      '3',
      1,
      HEADINGS.evaluation,
      [],
      [
        section('3.1', 2, HEADINGS.result, resultParagraphs(ctx)),
        section('3.2', 2, HEADINGS.analysis, analysisParagraphs(ctx)),
        section('3.3', 2, HEADINGS.practices, materialParagraphs(ctx, 'practices', MISSING.practices)),
        section('3.4', 2, HEADINGS.problems, problemParagraphs(ctx)),
        section('3.5', 2, HEADINGS.improvements, materialParagraphs(ctx, 'improvements', MISSING.improvements)),
      ],
    ),
    section('4', 1, HEADINGS.other, otherParagraphs(ctx)),
  ];
  const front = buildFront(ctx);
  const unit = result.summary.unit;
  const year = result.summary.year;
  return {
    front,
    sections,
    ...(options.sourceAppendix ? { appendix: appendixSection(sections, front) } : {}),
    meta: {
      ...(unit !== undefined ? { unit } : {}),
      ...(year !== undefined ? { year } : {}),
      amountUnit: ctx.unit as Report['meta']['amountUnit'],
    },
  };
}
