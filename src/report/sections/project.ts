// The parts of one project in the 项目支出绩效自评情况: basic facts, budget execution, targets met and missed with their
// reasons, score and grade. Every figure is a generated run with its cells; what the form does not say is 【待填写】, and
// a figure an error finding points at is followed by 【待核实】.
import type { IndicatorCalc } from '../../core/calc/compute-workbook';
import { isInlineTotal } from '../../core/calc/inline-score';
import type { CellRef } from '../../core/grid/grid';
import { fillTemplate } from '../../core/messages';
import { gradeDiffers } from '../../core/template/choices';
import type { Field } from '../../core/template/model';
import { formatPercent, formatRate, formatScore } from '../../core/text/format';
import { indicatorValue } from '../indicator-prose';
import { inlineMaterial } from '../material-runs';
import type { ReportParagraph, ReportRun } from '../report-model';
import { amount, body, generated, missing, outline, textOf, type Ctx } from '../report-runs';
import { DIRECTION_WORDS, UNVERIFIED } from '../report-text';
import { PROJECT_JOIN as JOIN, PROJECT_MISSING as MISSING, PROJECT_SENTENCES as S } from '../project-text';

const FULL_STOP = '。';

const sameCell = (a: CellRef, b: CellRef) => a.sheet === b.sheet && a.row === b.row && a.col === b.col;

/** The error findings that point at one of `refs`. */
function errorsAt(ctx: Ctx, refs: readonly (CellRef | undefined)[]) {
  const cells = refs.filter((r): r is CellRef => r !== undefined);
  return ctx.result.findings.filter(
    (f) => f.severity === 'error' && f.refs.some((ref) => cells.some((cell) => sameCell(ref, cell))),
  );
}

/** A 【待核实】 marker after a figure that an error finding says is wrong, so the report never repeats it silently. */
function flaggedRuns(ctx: Ctx, refs: readonly (CellRef | undefined)[], text: string = S.figureFlagged): ReportRun[] {
  const [first] = errorsAt(ctx, refs);
  const at = first?.refs[0];
  return first && at ? [{ kind: 'unverified', text, rule: first.rule, at }] : [];
}

/** Text the form gives (a name, a goal) as a material run, or a marker where it is blank or the form's hint text. */
function textRuns(ctx: Ctx, field: Field<string> | undefined, label: string): ReportRun[] {
  const text = textOf(field);
  const hint =
    field &&
    ctx.result.findings.some((f) => f.rule === 'placeholder-text' && f.refs.some((r) => sameCell(r, field.ref)));
  return field && text !== undefined && !hint
    ? [{ kind: 'material', text, source: field.ref }]
    : [missing(label, field?.ref)];
}

export function projectNameRuns(ctx: Ctx): ReportRun[] {
  return textRuns(ctx, ctx.result.model.data?.project, MISSING.project);
}

export function unitRuns(ctx: Ctx): ReportRun[] {
  return textRuns(ctx, ctx.result.model.data?.unit, MISSING.unit);
}

export function yearRuns(ctx: Ctx): ReportRun[] {
  const year = ctx.result.model.data?.year;
  return year?.value != null
    ? [generated(fillTemplate(S.yearValue, { year: year.value }), [year.ref])]
    : [missing(MISSING.year, year?.ref)];
}

export function basicParagraphs(ctx: Ctx): ReportParagraph[] {
  const [before, after] = S.basic.split('{{project}}');
  const [middle, end] = (after ?? '').split('{{unit}}');
  return [
    body(
      outline(before ?? ''),
      ...projectNameRuns(ctx),
      outline(middle ?? ''),
      ...unitRuns(ctx),
      outline(`${end ?? ''}${FULL_STOP}`),
    ),
  ];
}

export function budgetParagraphs(ctx: Ctx): ReportParagraph[] {
  const { computed, model } = ctx.result;
  const total = computed.budget.get('total');
  const planned = total?.row.planned;
  const actual = total?.row.actual;
  if (!total || planned?.value == null || actual?.value == null)
    return [body(missing(MISSING.budget, planned?.ref ?? actual?.ref), outline(FULL_STOP))];
  const unit = model.data?.budget?.headerUnit ?? ctx.unit;
  const initial = total.row.initial;
  const lead =
    initial?.value != null ? fillTemplate(S.budgetInitial, { amount: amount(ctx, initial.value), unit }) : '';
  const figures = { planned: amount(ctx, planned.value), actual: amount(ctx, actual.value), unit };
  const text =
    total.rate !== undefined
      ? fillTemplate(S.budget, { ...figures, rate: formatRate(total.rate) })
      : fillTemplate(S.budgetNoRate, figures);
  const refs = [initial?.value != null ? initial.ref : undefined, planned.ref, actual.ref];
  // Without a stated amount unit (a 万元 in a header, 单位：万元), the unit is a guess the reader is asked to check.
  const unitGuessed = !model.data?.amountUnitCell && !model.data?.budget?.headerUnit;
  const guess: ReportRun[] = unitGuessed
    ? [
        {
          kind: 'unverified',
          text: fillTemplate(UNVERIFIED.marker, { note: fillTemplate(UNVERIFIED.amountUnit, { unit }) }),
          rule: 'unit-mismatch',
          at: planned.ref,
        },
      ]
    : [];
  return [body(generated(`${lead}${text}${FULL_STOP}`, refs), ...flaggedRuns(ctx, refs), ...guess)];
}

type Outcome = 'met' | 'unmet' | 'blank' | 'other';

function outcomeOf(calc: IndicatorCalc): Outcome {
  const { indicator, completion, qualitativeLevel } = calc;
  if (completion) return completion.met ? 'met' : 'unmet';
  if (calc.quantitative) return 'blank';
  const target = indicator.targetText.trim();
  const actual = indicator.actualText.trim();
  if (actual === '') return 'blank';
  if (qualitativeLevel) return qualitativeLevel === 'met' ? 'met' : 'unmet';
  return target !== '' && target === actual ? 'met' : 'other';
}

/** The indicator's name without the template's numbering ("指标1：全县参合人数" → "全县参合人数"). */
const nameOf = (calc: IndicatorCalc) => (textOf(calc.indicator.name) ?? '').replace(/^指标\s*\d+\s*[:：]\s*/, '');
/** A value with its unit: the 计量单位 column's, else the one typed in the cell ("75元"). */
const valueOf = (calc: IndicatorCalc, field: Field<number>) =>
  indicatorValue(field, textOf(calc.indicator.unit) ?? field.unit ?? calc.indicator.target.unit);
const targetOf = (calc: IndicatorCalc) =>
  calc.quantitative
    ? `${DIRECTION_WORDS[calc.indicator.direction as keyof typeof DIRECTION_WORDS] ?? ''}${valueOf(calc, calc.indicator.target)}`
    : calc.indicator.targetText.trim();
const actualOf = (calc: IndicatorCalc) =>
  calc.quantitative && calc.indicator.actual.value !== null
    ? valueOf(calc, calc.indicator.actual)
    : calc.indicator.actualText.trim();
const cellsOf = (calc: IndicatorCalc) => [
  calc.indicator.name.ref,
  calc.indicator.target.ref,
  calc.indicator.actual.ref,
];

function metRun(calcs: readonly IndicatorCalc[]): ReportRun[] {
  if (calcs.length === 0) return [];
  const items = calcs.map((c) =>
    c.quantitative
      ? fillTemplate(S.metItem, { name: nameOf(c), target: targetOf(c), actual: actualOf(c) })
      : fillTemplate(S.metQualitative, { name: nameOf(c), actual: actualOf(c) }),
  );
  return [outline(S.metLead), generated(`${items.join(JOIN.list)}${FULL_STOP}`, calcs.flatMap(cellsOf))];
}

function unmetRuns(ctx: Ctx, calc: IndicatorCalc): ReportRun[] {
  const text = calc.completion
    ? fillTemplate(S.unmetItem, {
        name: nameOf(calc),
        target: targetOf(calc),
        actual: actualOf(calc),
        pct: formatPercent(Math.min(calc.completion.rate, 1)),
      })
    : fillTemplate(S.unmetQualitative, { name: nameOf(calc), target: targetOf(calc), actual: actualOf(calc) });
  return [generated(text, cellsOf(calc)), ...inlineMaterial(ctx, calc.indicator.reason, MISSING.reason)];
}

function blankRuns(calc: IndicatorCalc): ReportRun[] {
  const lead = calc.quantitative || calc.indicator.targetText.trim() !== '';
  return [
    generated(lead ? fillTemplate(S.blankActual, { name: nameOf(calc), target: targetOf(calc) }) : nameOf(calc), [
      calc.indicator.name.ref,
      calc.indicator.target.ref,
    ]),
    missing(MISSING.actual, calc.indicator.actual.ref),
    outline(FULL_STOP),
  ];
}

const TERMINAL = /[。！？；…!?.;”’」』）)】]$/;

/** Runs closed by a full stop, unless their text already ends a sentence. */
function closed(runs: readonly ReportRun[]): ReportRun[] {
  const last = runs[runs.length - 1];
  if (last && TERMINAL.test(last.text)) return [...runs];
  // "…夯实基础," keeps its words; the dangling comma gives way to the full stop.
  if (last?.kind === 'material' && /[,，、]$/.test(last.text))
    return [...runs.slice(0, -1), { ...last, text: last.text.replace(/[,，、]+$/, '') }, outline(FULL_STOP)];
  return [...runs, outline(FULL_STOP)];
}

function goalParagraphs(ctx: Ctx): ReportParagraph[] {
  const goals = ctx.result.model.data?.goals;
  return [
    body(outline(S.goalLead), ...closed(textRuns(ctx, goals?.target, MISSING.goal))),
    body(outline(S.achievedLead), ...closed(textRuns(ctx, goals?.achieved, MISSING.achieved))),
  ];
}

export function targetParagraphs(ctx: Ctx): ReportParagraph[] {
  const calcs = ctx.result.computed.indicators.filter((c) => nameOf(c) !== '');
  const out = goalParagraphs(ctx);
  if (calcs.length === 0) return [...out, body(missing(MISSING.indicators), outline(FULL_STOP))];
  const by = (o: Outcome) => calcs.filter((c) => outcomeOf(c) === o);
  const [met, unmet, blank, other] = (['met', 'unmet', 'blank', 'other'] as const).map(by) as [
    IndicatorCalc[],
    IndicatorCalc[],
    IndicatorCalc[],
    IndicatorCalc[],
  ];
  const summary = fillTemplate(S.summary, {
    count: calcs.length,
    met: met.length,
    unmetPart: unmet.length > 0 ? fillTemplate(S.summaryUnmet, { unmet: unmet.length }) : '',
    otherPart: other.length > 0 ? fillTemplate(S.summaryOther, { other: other.length }) : '',
    blankPart: blank.length > 0 ? fillTemplate(S.summaryBlank, { blank: blank.length }) : '',
  });
  out.push(body(generated(summary, calcs.flatMap(cellsOf))));
  if (met.length > 0) out.push(body(...metRun(met)));
  if (unmet.length > 0) {
    const runs: ReportRun[] = [outline(S.unmetLead)];
    unmet.forEach((calc, i) => runs.push(...(i > 0 ? [outline(JOIN.item)] : []), ...unmetRuns(ctx, calc)));
    out.push(body(...runs));
  }
  if (other.length > 0) {
    const items = other.map((c) => fillTemplate(S.otherItem, { name: nameOf(c), actual: actualOf(c) }));
    out.push(body(outline(S.otherLead), generated(`${items.join(JOIN.list)}${FULL_STOP}`, other.flatMap(cellsOf))));
  }
  for (const calc of blank) out.push(body(...blankRuns(calc)));
  return out;
}

/** The cells the total adds: the budget 得分 (or the figures it is worked out from) and every indicator 得分. */
function scoreSources(ctx: Ctx): (CellRef | undefined)[] {
  const { computed, model } = ctx.result;
  const score = computed.score;
  const budget = score?.budget;
  const budgetRefs = budget
    ? budget.from === 'rate'
      ? [budget.weight.ref, budget.row.planned?.ref, budget.row.actual?.ref]
      : [budget.row.score?.ref, budget.row.planned?.ref, budget.row.actual?.ref]
    : [];
  const indicatorRefs =
    score?.indicatorScores?.map((f) => f.ref) ?? (model.data?.indicators?.rows ?? []).map((r) => r.score?.ref);
  return [...budgetRefs, ...indicatorRefs];
}

export function scoreParagraphs(ctx: Ctx): ReportParagraph[] {
  const { computed, model } = ctx.result;
  const score = computed.score;
  if (!score || score.blankScores > 0) {
    const blank = (model.data?.indicators?.rows ?? []).find((r) => r.score && r.score.value === null)?.score;
    const label = score ? fillTemplate(MISSING.scores, { count: score.blankScores }) : MISSING.score;
    return [body(outline(S.scoreLead), missing(label, blank?.ref), outline(FULL_STOP))];
  }
  const budgetScore = score.budget?.score;
  const parts = [
    ...(budgetScore !== undefined ? [fillTemplate(S.scoreBudget, { score: formatScore(budgetScore) })] : []),
    fillTemplate(S.scoreIndicators, { score: formatScore(score.total - (budgetScore ?? 0)) }),
  ];
  const text = fillTemplate(S.scoreTotal, {
    total: formatScore(score.total),
    parts: parts.join('，'),
    grade: score.grade,
  });
  const runs: ReportRun[] = [generated(`${text}${FULL_STOP}`, scoreSources(ctx))];
  const stated =
    model.score?.total?.score ?? (isInlineTotal(score) || !model.score ? model.data?.statedScore : undefined);
  if (stated && stated.value !== null && ctx.result.findings.some((f) => f.rule === 'score-total'))
    runs.push({
      kind: 'unverified',
      text: fillTemplate(S.statedDiffers, { stated: formatScore(stated.value) }),
      rule: 'score-total',
      at: stated.ref,
    });
  if (runs.length === 1) runs.push(...flaggedRuns(ctx, scoreSources(ctx), S.scoresFlagged));
  const grade = model.score?.grade ?? model.data?.statedGrade;
  if (grade && gradeDiffers(grade, score.grade))
    runs.push({
      kind: 'unverified',
      text: fillTemplate(S.gradeDiffers, { stated: grade.text }),
      rule: 'score-grade',
      at: grade.ref,
    });
  return [body(...runs)];
}
