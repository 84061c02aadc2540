// Recalculates everything rules.md's first table lists, from the model, on unrounded values.
import type { CellRef } from '../grid/grid';
import { normalizeLabel } from '../text/normalize';
import {
  BUDGET_BREAKDOWNS,
  BUDGET_PARENT,
  SANGONG_BREAKDOWNS,
  SANGONG_PARENT,
  type BreakdownDef,
  type BreakdownName,
} from '../template/budget-tree';
import type {
  BudgetAmountColumn,
  BudgetKind,
  BudgetRow,
  Field,
  Indicator,
  SangongKind,
  SangongRow,
  ScoreNode,
  WorkbookModel,
} from '../template/model';
import { BUDGET_AMOUNT_COLUMNS } from '../template/model';
import { leavesOf } from '../template/parse-score-sheet';
import { adjustmentRate, controlRate, executionRate, gradeFor, sangongScore, yearOnYear } from './formulas';
import { amountsEqual, roundTo } from './compare';
import {
  executionScore,
  expectedIndicatorScore,
  indicatorCompletion,
  qualitativeLevelOf,
  SCORE_DECIMALS,
  type Completion,
  type QualitativeLevel,
  type ScoringRules,
} from './scoring';
import type { Grade, Settings } from './settings';
import {
  FULL_MARKS,
  budgetScoreOf,
  carriesInlineScores,
  indicatorScoresOf,
  scoreToFill,
  type BudgetScore,
} from './inline-score';

/** One way a parent row is split: 资金来源 and 支出类型 under 年度资金总额, the 其中 rows under the others. */
export type Breakdown<R, C extends string> = {
  readonly name: BreakdownName;
  readonly children: readonly R[];
  /** True when every child row of this breakdown is in the table (then Σ must equal the parent; else not exceed it). */
  readonly complete: boolean;
  readonly sums: Readonly<Partial<Record<C, number>>>;
};

export type BudgetCalc = {
  readonly row: BudgetRow;
  readonly rate?: number;
  readonly rateOnInitial?: number;
  readonly adjustment?: number;
  readonly difference?: number;
  readonly breakdowns: readonly Breakdown<BudgetRow, BudgetAmountColumn>[];
};

export type SangongCalc = {
  readonly row: SangongRow;
  readonly rate?: number;
  readonly breakdowns: readonly Breakdown<SangongRow, 'planned' | 'actual'>[];
};

export type IndicatorCalc = {
  readonly indicator: Indicator;
  readonly quantitative: boolean;
  readonly completion?: Completion;
  readonly yoy?: number;
  /** Met → 分值, else round(分值 × completion, 2), by the family's scoring rules. */
  readonly expectedScore?: number;
  /** For 定性 indicators: the level the stated result says (达成 / 部分达成 / 未达成), when it says one. */
  readonly qualitativeLevel?: QualitativeLevel;
};

export type LinkedKind = 'execution' | 'sangong' | 'indicators';

export type LinkedCalc = {
  readonly node: ScoreNode;
  readonly kind: LinkedKind;
  readonly expected: number;
  /** The data-table cells the expected score was computed from. */
  readonly sources: readonly CellRef[];
};

export type ScoreNodeCalc = { readonly node: ScoreNode; readonly weightSum: number; readonly scoreSum: number };

export type ScoreCalc = {
  readonly nodes: ReadonlyMap<ScoreNode, ScoreNodeCalc>;
  readonly totalWeight: number;
  readonly total: number;
  readonly grade: Grade;
  readonly linked: readonly LinkedCalc[];
  /** Level-3 scores left blank (or marked) where a weight is given: the total is unknown until they are filled. */
  readonly blankScores: number;
  /**
   * Points of the full marks that no row read carries (a form that scores its own rows, every row weighted, whose
   * 分值 add up to less than 100: a scored part the reader did not see, or a copy cut off). The total is then unknown.
   */
  readonly unseenWeight?: number;
  /** A form scoring budget execution on its budget rows (a project form): that part of `total` and `totalWeight`. */
  readonly budget?: BudgetScore;
  /** A form without a score sheet that scores its indicators inline: the 得分 cells `total` adds, as stated. */
  readonly indicatorScores?: readonly Field<number>[];
};

export type Computed = {
  readonly budget: ReadonlyMap<BudgetKind, BudgetCalc>;
  /** 执行率 of 年度资金总额 (or of the only rows present, summed, when no total row exists). */
  readonly executionRate?: number;
  readonly planned?: number;
  readonly actual?: number;
  readonly sangong: ReadonlyMap<SangongKind, SangongCalc>;
  readonly indicators: readonly IndicatorCalc[];
  /** Mean of min(completion, 100%) over quantitative indicators. */
  readonly indicatorCompletionMean?: number;
  readonly score?: ScoreCalc;
};

function breakdownsOf<K extends string, R extends { kind: K }, C extends string>(
  row: R,
  rows: readonly R[],
  columns: readonly C[],
  parentOf: Readonly<Partial<Record<K, K>>>,
  defs: readonly BreakdownDef<K>[],
): Breakdown<R, C>[] {
  const out: Breakdown<R, C>[] = [];
  for (const def of defs) {
    if (def.parent !== row.kind) continue;
    const children = rows.filter((r) => def.kinds.includes(r.kind) && parentOf[r.kind] === row.kind);
    if (children.length === 0) continue;
    const sums: Partial<Record<C, number>> = {};
    const cellOf = (r: R, col: C) =>
      (r as unknown as Readonly<Record<string, { readonly value: number | null } | undefined>>)[col];
    for (const col of columns) {
      if (cellOf(row, col) === undefined) continue;
      // A child left blank is a source the unit did not have (none); children all blank give no sum to compare, so a
      // right total is never advised to become 0.00.
      const values = children.map((child) => cellOf(child, col)?.value ?? null).filter((v): v is number => v !== null);
      if (values.length === 0) continue;
      sums[col] = values.reduce((s, v) => s + v, 0);
    }
    out.push({ name: def.name, children, complete: children.length === def.kinds.length, sums });
  }
  return out;
}

function computeBudget(rows: readonly BudgetRow[]): Map<BudgetKind, BudgetCalc> {
  const out = new Map<BudgetKind, BudgetCalc>();
  for (const row of rows) {
    const breakdowns = breakdownsOf(row, rows, BUDGET_AMOUNT_COLUMNS, BUDGET_PARENT, BUDGET_BREAKDOWNS);
    const planned = row.planned?.value;
    const actual = row.actual?.value;
    const rate = executionRate(actual, planned);
    const rateOnInitial = executionRate(actual, row.initial?.value);
    const adjustment = adjustmentRate(planned, row.initial?.value);
    out.set(row.kind, {
      row,
      breakdowns,
      ...(rate !== undefined ? { rate } : {}),
      ...(rateOnInitial !== undefined ? { rateOnInitial } : {}),
      ...(adjustment !== undefined ? { adjustment } : {}),
      ...(planned != null && actual != null ? { difference: actual - planned } : {}),
    });
  }
  return out;
}

function computeSangong(rows: readonly SangongRow[]): Map<SangongKind, SangongCalc> {
  const out = new Map<SangongKind, SangongCalc>();
  for (const row of rows) {
    const breakdowns = breakdownsOf(row, rows, ['planned', 'actual'] as const, SANGONG_PARENT, SANGONG_BREAKDOWNS);
    const rate = controlRate(row.actual?.value, row.planned?.value);
    out.set(row.kind, { row, breakdowns, ...(rate !== undefined ? { rate } : {}) });
  }
  return out;
}

function computeIndicator(indicator: Indicator, rules: ScoringRules): IndicatorCalc {
  const target = indicator.target.value;
  const actual = indicator.actual.value;
  const quantitative = indicator.direction !== 'qualitative' && target !== null;
  if (indicator.direction === 'qualitative') {
    const level = qualitativeLevelOf(indicator.actualText, indicator.targetText);
    return { indicator, quantitative, ...(level ? { qualitativeLevel: level } : {}) };
  }
  if (!quantitative || actual === null || target === null) return { indicator, quantitative };
  const completion = indicatorCompletion(indicator.direction, target, actual, rules);
  const previous = indicator.previous?.value;
  const yoy = previous === null || previous === undefined ? undefined : yearOnYear(actual, previous);
  const weight = indicator.weight?.value;
  return {
    indicator,
    quantitative,
    ...(completion ? { completion } : {}),
    ...(yoy !== undefined ? { yoy } : {}),
    ...(completion && weight !== null && weight !== undefined
      ? { expectedScore: expectedIndicatorScore(weight, completion) }
      : {}),
  };
}

const LINKED_NAMES: ReadonlyArray<readonly [LinkedKind, string]> = [
  ['execution', normalizeLabel('预算执行率')],
  ['sangong', normalizeLabel('"三公"经费控制率')],
  ['indicators', normalizeLabel('绩效指标完成率')],
];

export function linkedKindOf(node: ScoreNode): LinkedKind | undefined {
  const title = normalizeLabel(node.title).replace(/★|\*/g, '');
  return LINKED_NAMES.find(([, name]) => title === name)?.[0];
}

function computeLinked(computed: Omit<Computed, 'score'>, leaves: readonly ScoreNode[]): LinkedCalc[] {
  const out: LinkedCalc[] = [];
  for (const node of leaves) {
    const kind = linkedKindOf(node);
    const weight = node.weight?.value;
    if (!kind || weight === null || weight === undefined) continue;
    if (kind === 'execution') {
      const total = computed.budget.get('total');
      if (computed.executionRate === undefined || !total) continue;
      const sources = [total.row.planned?.ref, total.row.actual?.ref].filter((r): r is CellRef => r !== undefined);
      out.push({ node, kind, expected: executionScore(weight, computed.executionRate), sources });
    } else if (kind === 'sangong') {
      const total = computed.sangong.get('total')?.row;
      const planned = total?.planned?.value;
      const actual = total?.actual?.value;
      if (!total || planned == null || actual == null) continue;
      const sources = [total.planned?.ref, total.actual?.ref].filter((r): r is CellRef => r !== undefined);
      out.push({ node, kind, expected: sangongScore(weight, planned, actual), sources });
    } else {
      const mean = computed.indicatorCompletionMean;
      if (mean === undefined) continue;
      const sources = computed.indicators.filter((c) => c.completion).map((c) => c.indicator.actual.ref);
      out.push({ node, kind, expected: roundTo(weight * mean, SCORE_DECIMALS), sources });
    }
  }
  return out;
}

function sheetScore(model: WorkbookModel, base: Omit<Computed, 'score'>, settings: Settings): ScoreCalc | undefined {
  const sheet = model.score;
  if (!sheet) return undefined;
  const nodes = new Map<ScoreNode, ScoreNodeCalc>();
  const visit = (node: ScoreNode): ScoreNodeCalc => {
    let calc: ScoreNodeCalc;
    if (node.children.length === 0) {
      calc = { node, weightSum: node.weight?.value ?? 0, scoreSum: node.score?.value ?? 0 };
    } else {
      const kids = node.children.map(visit);
      calc = {
        node,
        weightSum: kids.reduce((s, k) => s + k.weightSum, 0),
        scoreSum: kids.reduce((s, k) => s + k.scoreSum, 0),
      };
    }
    nodes.set(node, calc);
    return calc;
  };
  const roots = sheet.roots.map(visit);
  const total = roots.reduce((s, r) => s + r.scoreSum, 0);
  return {
    nodes,
    totalWeight: roots.reduce((s, r) => s + r.weightSum, 0),
    total,
    grade: gradeFor(total, settings),
    linked: computeLinked(base, leavesOf(sheet.roots)),
    blankScores: leavesOf(sheet.roots).filter((leaf) => leaf.weight?.value != null && leaf.score?.value == null).length,
  };
}

/** 执行率 over the parts of a total row whose own 全年预算数 or 全年执行数 disagrees with them. */
function totalPartsRate(total: BudgetCalc | undefined, settings: Settings): number | undefined {
  if (!total) return undefined;
  const wrong =
    mismatchedBreakdowns(total, 'planned', settings).length + mismatchedBreakdowns(total, 'actual', settings).length;
  if (wrong === 0) return undefined;
  const parts = total.breakdowns.find((b) => b.complete && b.sums.planned !== undefined && b.sums.actual !== undefined);
  return parts ? executionRate(parts.sums.actual, parts.sums.planned) : undefined;
}

/** A form without a score sheet whose data table scores its rows: budget score + Σ indicator 得分 as stated. */
function inlineScore(model: WorkbookModel, base: Omit<Computed, 'score'>, settings: Settings): ScoreCalc | undefined {
  const data = model.data;
  if (!carriesInlineScores(data)) return undefined;
  const budget = budgetScoreOf(data, base.budget.get('total'), totalPartsRate(base.budget.get('total'), settings));
  const scores = indicatorScoresOf(model);
  const weights = (data.indicators?.rows ?? []).filter((r) => !r.subtotal).map((r) => r.weight?.value ?? 0);
  const total = (budget?.score ?? 0) + scores.reduce((s, f) => s + (f.value ?? 0), 0);
  const blank = scores.filter(scoreToFill).length + (budget && budget.score === undefined ? 1 : 0);
  const totalWeight = (budget?.weight.value ?? 0) + weights.reduce((s, w) => s + w, 0);
  const allWeighted = (data.indicators?.rows ?? []).every((r) => r.weight?.value != null);
  const unseen = allWeighted ? (data.statedWeight?.value ?? FULL_MARKS) - totalWeight : 0;
  return {
    nodes: new Map(),
    totalWeight,
    ...(unseen > settings.tolerance.score ? { unseenWeight: unseen } : {}),
    total,
    grade: gradeFor(total, settings),
    linked: [],
    blankScores: blank,
    ...(budget ? { budget } : {}),
    indicatorScores: scores,
  };
}

/**
 * A score sheet read from the data table's own sheet (a one-sheet project form) scores the indicators only: the budget
 * execution score of the rows above is added, and an indicator 得分 left blank there is to fill even without a weight.
 */
function withInlineBudget(model: WorkbookModel, base: Omit<Computed, 'score'>, calc: ScoreCalc, settings: Settings) {
  const data = model.data;
  if (!carriesInlineScores(data) || model.score?.sheet !== data.sheet) return calc;
  const budget = budgetScoreOf(data, base.budget.get('total'), totalPartsRate(base.budget.get('total'), settings));
  const blankRows = new Set([
    ...leavesOf(model.score.roots)
      .filter((leaf) => leaf.weight?.value != null && leaf.score?.value == null)
      .map((leaf) => leaf.row),
    ...(data.indicators?.rows ?? []).filter((r) => scoreToFill(r.score)).map((r) => r.row),
  ]);
  const blankScores = blankRows.size + (budget && budget.score === undefined ? 1 : 0);
  if (!budget) return { ...calc, blankScores };
  const total = calc.total + (budget.score ?? 0);
  return {
    ...calc,
    total,
    totalWeight: calc.totalWeight + budget.weight.value,
    grade: gradeFor(total, settings),
    blankScores,
    budget,
  };
}

function computeScore(model: WorkbookModel, base: Omit<Computed, 'score'>, settings: Settings): ScoreCalc | undefined {
  const sheet = sheetScore(model, base, settings);
  return sheet ? withInlineBudget(model, base, sheet, settings) : inlineScore(model, base, settings);
}

export function computeWorkbook(model: WorkbookModel, settings: Settings): Computed {
  const data = model.data;
  const budget = computeBudget(data?.budget?.rows ?? []);
  const total = budget.get('total');
  const sangong = computeSangong(data?.sangong?.rows ?? []);
  const indicators = (data?.indicators?.rows ?? []).map((row) => computeIndicator(row, settings.scoring));
  const completions = indicators
    .filter((c) => c.completion)
    .map((c) => Math.min(Math.max(c.completion?.rate ?? 0, 0), 1));
  const planned = total?.row.planned?.value ?? undefined;
  const actual = total?.row.actual?.value ?? undefined;
  const base: Omit<Computed, 'score'> = {
    budget,
    sangong,
    indicators,
    ...(total?.rate !== undefined ? { executionRate: total.rate } : {}),
    ...(planned !== undefined ? { planned } : {}),
    ...(actual !== undefined ? { actual } : {}),
    ...(completions.length > 0
      ? { indicatorCompletionMean: completions.reduce((a, b) => a + b, 0) / completions.length }
      : {}),
  };
  const score = computeScore(model, base, settings);
  return { ...base, ...(score ? { score } : {}) };
}

/**
 * The complete breakdowns whose sum differs from the parent's stated amount in `column`. A parent with any is suspect:
 * figures derived from it (差额, 执行率) are consequences, and budget-rollup reports the root.
 */
export function mismatchedBreakdowns(
  calc: BudgetCalc,
  column: BudgetAmountColumn,
  settings: Settings,
): Breakdown<BudgetRow, BudgetAmountColumn>[] {
  const stated = calc.row[column]?.value;
  if (stated === null || stated === undefined) return [];
  return calc.breakdowns.filter((b) => {
    const sum = b.sums[column];
    return b.complete && sum !== undefined && !amountsEqual(stated, sum, settings);
  });
}
