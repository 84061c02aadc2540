// 一、（四）部门整体支出情况: budget vs actual with the direction of the difference, the breakdowns and "三公"经费.
import type { BudgetCalc, SangongCalc } from '../../core/calc/compute-workbook';
import { amountsEqual } from '../../core/calc/compare';
import type { CellRef } from '../../core/grid/grid';
import { fillTemplate } from '../../core/messages';
import type { BudgetAmountColumn, BudgetKind, SangongKind } from '../../core/template/model';
import { formatPercent, formatRate } from '../../core/text/format';
import type { GeneratedRun, ReportParagraph, ReportRun } from '../report-model';
import { amount, body, generated, missing, outline, type Ctx } from '../report-runs';
import { BUDGET_NAMES, JOIN, MISSING, OUTLINE, SANGONG_NAMES, SENTENCES as S, UNVERIFIED } from '../report-text';

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

export function spendingParagraphs(ctx: Ctx): ReportParagraph[] {
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
