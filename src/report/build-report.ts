// Builds the narrative report (report.md) from a checked workbook: material verbatim, sentences generated with sources.
import type { CheckResult } from '../core/check';
import type { BudgetCalc, SangongCalc } from '../core/calc/compute-workbook';
import { amountsEqual, scoresEqual } from '../core/calc/compare';
import { toA1 } from '../core/grid/a1';
import type { CellRef } from '../core/grid/grid';
import type {
  BudgetAmountColumn,
  BudgetKind,
  Field,
  MaterialKey,
  SangongKind,
  ScoreNode,
} from '../core/template/model';
import { dateFromSerial, formatDateChinese, parseDateText } from '../core/text/dates';
import { formatAmount, formatCellRef, formatPercent, formatRate, formatScore } from '../core/text/format';
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
import { fillTemplate } from '../core/messages';
import { indicatorParagraphs, indicatorTarget, indicatorValue, plainNumber } from './indicator-prose';
import { body, generated, missing, outline, textOf, type Ctx } from './report-runs';
import {
  claimsFromFindings,
  isEmptyText,
  markClaims,
  piecesToRuns,
  residueFree,
  scoreClaims,
  splitParagraphs,
  type Claim,
} from './material-text';
import {
  BUDGET_NAMES,
  DRAFT,
  HEADINGS,
  JOIN,
  MISSING,
  NO_WORDS,
  OUTLINE,
  SANGONG_NAMES,
  SENTENCES as S,
  UNVERIFIED,
  YES_WORDS,
} from './report-text';

// ---- runs and paragraphs -------------------------------------------------------------------------------------------

const TERMINAL = /[。！？；…!?.;”’」』）)】]$/;

/**
 * Material text as paragraphs: one per line of the cell and per numbered item typed on one line, template residue
 * left out, and a 【待核实：…】 marker after every figure a finding contradicts. Undefined when nothing is left.
 */
function materialRuns(ctx: Ctx, field: Field<string> | undefined): ReportParagraph[] | undefined {
  const text = textOf(field);
  if (!field || text === undefined) return undefined;
  const claims: Claim[] = [
    ...claimsFromFindings(ctx.result.findings, field.ref),
    ...scoreClaims(text, ctx.scoreTotal, ctx.grade, ctx.settings),
  ];
  const unplaced = new Set(claims);
  const paragraphs: ReportParagraph[] = [];
  for (const line of splitParagraphs(text)) {
    const { pieces, used } = markClaims(residueFree(line), [...unplaced]);
    used.forEach((c) => unplaced.delete(c));
    if (pieces.every((p) => p.kind === 'text' && isEmptyText(p.text))) continue;
    const runs = piecesToRuns(pieces, field.ref, ctx.unitName);
    const last = pieces[pieces.length - 1];
    if (last?.kind === 'text' && !TERMINAL.test(last.text)) runs.push(outline(OUTLINE.fullStop));
    if (last?.kind === 'placeholder') runs.push(outline(OUTLINE.fullStop));
    paragraphs.push(body(...runs));
  }
  if (paragraphs.length === 0) return undefined;
  // A claim whose words could not be found again (a quote cut short) is still marked, at the end of the text.
  const lastParagraph = paragraphs[paragraphs.length - 1];
  if (unplaced.size > 0 && lastParagraph) {
    const extra = [...unplaced].map((c): ReportRun => ({
      kind: 'unverified',
      text: `【待核实：${c.note}】`,
      rule: c.rule,
      at: field.ref,
    }));
    paragraphs[paragraphs.length - 1] = body(...lastParagraph.runs, ...extra);
  }
  return paragraphs;
}

/** Material text as paragraphs, or a marker paragraph when it is missing (or held only template residue). */
function materialParagraphs(ctx: Ctx, key: MaterialKey, label: string): ReportParagraph[] {
  const material = ctx.result.model.material;
  const field = material?.fields[key];
  return materialRuns(ctx, field) ?? [body(missing(label, material?.labels[key] ?? field?.ref))];
}

/** Short material (a reason) as runs inside a sentence, or a marker; ends with a full stop. */
function inlineMaterial(ctx: Ctx, field: Field<string> | undefined, label: string, strip?: RegExp): ReportRun[] {
  const raw = textOf(field);
  const text = raw === undefined || !strip ? raw : raw.replace(strip, '').trim();
  const paragraphs =
    field && text !== undefined && text !== '' ? materialRuns(ctx, { ...field, value: text }) : undefined;
  if (!paragraphs) return [missing(label, field?.ref), outline(OUTLINE.fullStop)];
  const runs = paragraphs.flatMap((p) => [...p.runs]);
  return runs;
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
    ? generated(fillTemplate(S.yearValue, { year: year.value }), [year.ref])
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
    parts.push(fillTemplate(S.staffParts[key], { n: plainNumber(field.value) }));
    sources.push(field.ref);
  }
  if (parts.length === 0) return undefined;
  return body(generated(`${parts.join(JOIN.clause)}${OUTLINE.fullStop}`, sources));
}

/**
 * True when a budget amount is not really filled in: the cell is blank, or it is a total whose parts (in the same
 * column) are not all filled in. A formula over blank cells shows 0.00, which the report must not state as a figure.
 */
function budgetUnfilled(ctx: Ctx, kind: BudgetKind, column: BudgetAmountColumn): boolean {
  const calc = ctx.result.computed.budget.get(kind);
  const field = calc?.row[column];
  if (!calc || !field || field.value == null) return true;
  const parts = calc.breakdowns.filter((b) => b.complete);
  return parts.length > 0 && parts.some((b) => b.children.some((child) => budgetUnfilled(ctx, child.kind, column)));
}

function sangongUnfilled(ctx: Ctx, kind: SangongKind, column: 'planned' | 'actual'): boolean {
  const calc = ctx.result.computed.sangong.get(kind);
  const field = calc?.row[column];
  if (!calc || !field || field.value == null) return true;
  const parts = calc.breakdowns.filter((b) => b.complete);
  return parts.length > 0 && parts.some((b) => b.children.some((child) => sangongUnfilled(ctx, child.kind, column)));
}

/** Amounts that round to 0.00 are left out of the listings (a 0.00元 line says nothing). */
const isZero = (value: number | null | undefined) => value != null && Math.abs(value) < 0.005;

function spendingParagraphs(ctx: Ctx): ReportParagraph[] {
  const { computed, model } = ctx.result;
  const total = computed.budget.get('total');
  const planned = total?.row.planned;
  const actual = total?.row.actual;
  if (
    !total ||
    planned?.value == null ||
    actual?.value == null ||
    budgetUnfilled(ctx, 'total', 'planned') ||
    budgetUnfilled(ctx, 'total', 'actual')
  ) {
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
  const equal = amountsEqual(actual.value, planned.value, ctx.settings);
  const comparison = equal
    ? S.spendingEqual
    : fillTemplate(
        diff > 0 ? (pct ? S.spendingMore : S.spendingMoreNoPct) : pct ? S.spendingLess : S.spendingLessNoPct,
        {
          diff: amount(ctx, Math.abs(diff)),
          unit,
          pct: pct ?? '',
        },
      );
  const text = fillTemplate(S.spendingTotal, {
    planned: amount(ctx, planned.value),
    actual: amount(ctx, actual.value),
    unit,
    comparison,
    rate: total.rate !== undefined ? fillTemplate(S.spendingRate, { rate: formatRate(equal ? 1 : total.rate) }) : '',
  });
  // Without a 金额单位 cell or a unit in the budget header, 元 is a guess: the reader is asked to check it.
  const unitGuessed = !model.data?.amountUnitCell && !model.data?.budget?.headerUnit;
  const out: ReportParagraph[] = [
    body(
      generated(text, [planned.ref, actual.ref]),
      ...(unitGuessed
        ? [
            {
              kind: 'unverified',
              text: fillTemplate(UNVERIFIED.marker, { note: fillTemplate(UNVERIFIED.amountUnit, { unit }) }),
              rule: 'unit-mismatch',
              at: planned.ref,
            } as const,
          ]
        : []),
    ),
  ];
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
  if (budgetUnfilled(ctx, row.kind, 'planned') || budgetUnfilled(ctx, row.kind, 'actual')) return undefined;
  if (isZero(row.planned?.value) && isZero(row.actual?.value)) return undefined;
  const parts: string[] = [];
  const sources: (CellRef | undefined)[] = [];
  if (row.planned?.value != null) {
    parts.push(fillTemplate(S.rowPlanned, { amount: amount(ctx, row.planned.value), unit }));
    sources.push(row.planned.ref);
  }
  if (row.actual?.value != null) {
    parts.push(fillTemplate(S.rowActual, { amount: amount(ctx, row.actual.value), unit }));
    sources.push(row.actual.ref);
  }
  if (calc.rate !== undefined) parts.push(fillTemplate(S.rowRate, { rate: formatRate(calc.rate) }));
  if (parts.length === 0) return undefined;
  let children = '';
  if (row.kind === 'basic') {
    const kids = calc.breakdowns
      .flatMap((b) => b.children)
      .filter((c) => c.actual?.value != null && !isZero(c.actual.value) && !budgetUnfilled(ctx, c.kind, 'actual'));
    if (kids.length > 0) {
      children = fillTemplate(S.rowChildren, {
        children: kids
          .map((c) =>
            fillTemplate(S.childActual, {
              label: BUDGET_NAMES[c.kind],
              amount: amount(ctx, c.actual?.value ?? 0),
              unit,
            }),
          )
          .join(JOIN.list),
      });
      sources.push(...kids.map((c) => c.actual?.ref));
    }
  }
  return generated(`${BUDGET_NAMES[row.kind as BudgetKind]}${parts.join(JOIN.clause)}${children}`, sources);
}

function sangongParagraph(ctx: Ctx): ReportParagraph | undefined {
  const calc: SangongCalc | undefined = ctx.result.computed.sangong.get('total');
  const planned = calc?.row.planned;
  const actual = calc?.row.actual;
  if (!calc) return undefined;
  if (
    planned?.value == null ||
    actual?.value == null ||
    sangongUnfilled(ctx, 'total', 'planned') ||
    sangongUnfilled(ctx, 'total', 'actual')
  )
    return body(missing(MISSING.sangong, planned?.ref ?? actual?.ref ?? calc.row.label.ref));
  const unit = ctx.unit;
  const diff = actual.value - planned.value;
  const comparison = amountsEqual(actual.value, planned.value, ctx.settings)
    ? S.sangongEqual
    : fillTemplate(diff > 0 ? S.sangongMore : S.sangongLess, { diff: amount(ctx, Math.abs(diff)), unit });
  const kids = calc.breakdowns
    .flatMap((b) => b.children)
    .filter((r) => r.actual?.value != null && !isZero(r.actual.value));
  const children =
    kids.length > 0
      ? fillTemplate(S.sangongChildren, {
          children: kids
            .map((r) =>
              fillTemplate(S.sangongChild, {
                label: SANGONG_NAMES[r.kind as SangongKind],
                amount: amount(ctx, r.actual?.value ?? 0),
                unit,
              }),
            )
            .join(JOIN.list),
        })
      : '';
  const text = fillTemplate(S.sangong, {
    planned: amount(ctx, planned.value),
    actual: amount(ctx, actual.value),
    unit,
    comparison,
    rate: calc.rate !== undefined ? fillTemplate(S.sangongRate, { rate: formatRate(calc.rate) }) : '',
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
  return body(generated(fillTemplate(S.submitted, { date: submittedDate(field) }), [field.ref]), accountability);
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

/** "…，扣1分。" at the end of a reason repeats the deduction the sentence already states. */
function deductionEcho(deduction: number): RegExp {
  const d = formatScore(deduction).replace('.', '\\.');
  return new RegExp(`[，,；;]?\\s*(?:共|合计)?扣(?:除)?${d}(?:\\.0+)?分[。.]?$`);
}

function reasonRuns(ctx: Ctx, node: ScoreNode, deduction?: number): ReportRun[] {
  return inlineMaterial(
    ctx,
    node.reason,
    MISSING.deductionReason,
    deduction !== undefined ? deductionEcho(deduction) : undefined,
  );
}

/** Level-3 nodes whose 得分 is blank or unreadable: the totals built on them are not figures to state. */
function unfilledLeaves(ctx: Ctx): ScoreNode[] {
  return leaves(ctx).filter((n) => n.score?.value == null);
}

function resultParagraphs(ctx: Ctx): ReportParagraph[] {
  const { computed, model } = ctx.result;
  const out: ReportParagraph[] = [];
  const unfilled = unfilledLeaves(ctx);
  if (computed.score && model.score && unfilled.length === 0) {
    const sources = [model.score.total?.score?.ref, ...leaves(ctx).map((n) => n.score?.ref)];
    out.push(
      body(
        generated(
          fillTemplate(S.result, { total: formatScore(computed.score.total), grade: computed.score.grade }),
          sources,
        ),
      ),
    );
  } else {
    const label = unfilled.length > 0 ? fillTemplate(MISSING.scoreItems, { count: unfilled.length }) : MISSING.score;
    out.push(body(missing(label, unfilled[0]?.score?.ref), outline(OUTLINE.fullStop)));
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
    const blank = nodeLeaves.filter((l) => l.score?.value == null);
    if (blank.length > 0) {
      level1Runs.push(
        generated(fillTemplate(S.scoreMissingLevel1, { name: node.title, weight: formatScore(weight) }), weightSources),
        missing(MISSING.score, blank[0]?.score?.ref),
      );
      return;
    }
    level1Runs.push(
      generated(
        fillTemplate(S.level1, {
          name: node.title,
          weight: formatScore(weight),
          score: formatScore(calc?.scoreSum ?? 0),
        }),
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
        generated(
          fillTemplate(S.deduction, {
            name: node.title,
            weight: formatScore(node.weight?.value ?? 0),
            score: formatScore(node.score?.value ?? 0),
            deduction: formatScore(deduction),
          }),
          [node.weight?.ref, node.score?.ref],
        ),
        ...reasonRuns(ctx, node, deduction),
      ),
    );
  }
  const full = leaves(ctx).filter(
    (n) => n.weight?.value != null && n.score?.value != null && !deductions.some((d) => d.node === n),
  );
  if (full.length > 0) {
    const template = deductions.length > 0 || unfilledLeaves(ctx).length > 0 ? S.fullMarksSome : S.fullMarksAll;
    out.push(
      body(
        generated(
          fillTemplate(template, { count: full.length }),
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
          fillTemplate(S.allMet, { count: quantitative.length }),
          quantitative.flatMap((c) => [c.indicator.target.ref, c.indicator.actual.ref]),
        ),
      ),
    );
  }
  if (unmet.length > 0) {
    out.push(body(outline(S.unmetLead)));
    for (const calc of unmet) {
      const { indicator } = calc;
      const text = fillTemplate(S.unmet, {
        name: textOf(indicator.name) ?? '',
        target: indicatorTarget(indicator),
        actual: indicatorValue(indicator.actual, textOf(indicator.unit)),
      });
      out.push(
        body(
          generated(text, [indicator.target.ref, indicator.actual.ref]),
          ...inlineMaterial(ctx, indicator.reason, MISSING.deviationReason),
        ),
      );
    }
  }
  return out;
}

function problemParagraphs(ctx: Ctx): ReportParagraph[] {
  const material = ctx.result.model.material;
  const written = materialRuns(ctx, material?.fields.problems);
  if (written) return written;
  const deductions = deductionsOf(ctx);
  if (deductions.length === 0)
    return [body(missing(MISSING.problems, material?.fields.problems?.ref ?? material?.labels.problems))];
  return deductions.map(({ node, deduction }, i) =>
    body(
      generated(fillTemplate(S.problemItem, { n: i + 1, name: node.title, deduction: formatScore(deduction) }), [
        node.weight?.ref,
        node.score?.ref,
      ]),
      ...reasonRuns(ctx, node, deduction),
    ),
  );
}

function otherParagraphs(ctx: Ctx): ReportParagraph[] {
  return materialRuns(ctx, ctx.result.model.material?.fields.other) ?? [body(outline(OUTLINE.otherDefault))];
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
          fillTemplate(S.appendixLine, {
            n: i + 1,
            text: run.text,
            cells: run.sources.map((s) => formatCellRef(s.sheet, toA1(s))).join(JOIN.list),
          }),
        ),
      ],
    }));
  return section('appendix', 1, HEADINGS.appendix, lines);
}

// ---- the report -------------------------------------------------------------------------------------------------------

export function buildReport(result: CheckResult, options: ReportOptions = {}): Report {
  const data = result.model.data;
  const unitName = textOf(data?.unit) ?? textOf(result.model.score?.unit);
  const scoresFilled =
    result.computed.score !== undefined &&
    (result.model.score?.roots ?? []).every((l1) =>
      l1.children.every((l2) => l2.children.every((l3) => l3.score?.value != null)),
    );
  const ctx: Ctx = {
    result,
    settings: result.settings,
    thousands: options.thousands ?? false,
    unit: data?.amountUnit ?? '元',
    ...(unitName !== undefined ? { unitName } : {}),
    ...(scoresFilled && result.computed.score
      ? { scoreTotal: result.computed.score.total, grade: result.computed.score.grade }
      : {}),
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
  const openErrors = result.findings.filter((f) => f.severity === 'error');
  const draftLine: ReportParagraph[] =
    openErrors.length > 0
      ? [{ role: 'draft', runs: [outline(fillTemplate(DRAFT.firstLine, { count: openErrors.length }))] }]
      : [];
  const front = [...draftLine, ...buildFront(ctx)];
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
    ...(openErrors.length > 0 ? { draft: { openErrors } } : {}),
  };
}
