// Turns a check's recalculation into write-back proposals: every recomputed value the sheet states differently.
import { amountsEqual, percentsEqual, scoresEqual } from '../calc/compare';
import type { Breakdown } from '../calc/compute-workbook';
import { controlRate, executionRate } from '../calc/formulas';
import { executionScore, type ScoringRules } from '../calc/scoring';
import type { Settings } from '../calc/settings';
import type { CheckResult } from '../check';
import { qualifiedA1, toA1 } from '../grid/a1';
import type { CellRef, CellValue } from '../grid/grid';
import { gradeDiffers } from '../template/choices';
import type { Field, Indicator, ScoreNode, ScoreSheet } from '../template/model';
import { FIX_COLUMN_NAMES, FIX_DONE_WORDS, FIX_LEVEL_NAMES, FIX_TEXTS, fillFixText } from './fix-texts';

/** One proposed write-back; the task pane gateway writes it as it is (its CellChange is this type). */
export type FixProposal = {
  readonly ref: CellRef;
  /** What the cell is, in Chinese: "年度资金总额的执行率". */
  readonly what: string;
  readonly current: CellValue;
  readonly currentFormula?: string;
  /** The recomputed value, unrounded (grades are text). */
  readonly value: number | string;
  /** A formula without "=", in A1 terms, that keeps the cell live; absent when none applies. */
  readonly formula?: string;
  readonly numFmt?: string;
};

const PERCENT_FORMAT = '0.00%';

/** Whether a stated field should be rewritten: an Excel error always; a blank never (not stated); else when it differs. */
function differs<T>(field: Field<T> | undefined, same: (value: T) => boolean): field is Field<T> {
  if (!field) return false;
  if (field.problem === 'error') return true;
  if (field.value === null) return false;
  return !same(field.value);
}

function proposal(
  field: Field<unknown>,
  what: string,
  value: number | string,
  extra: { formula?: string | undefined; numFmt?: string | undefined } = {},
): FixProposal {
  return {
    ref: field.ref,
    what,
    current: field.raw,
    ...(field.formula !== undefined ? { currentFormula: field.formula } : {}),
    value,
    ...(extra.formula !== undefined ? { formula: extra.formula } : {}),
    ...(extra.numFmt !== undefined ? { numFmt: extra.numFmt } : {}),
  };
}

/** A rate written into a cell that does not show percentages gets a percentage format, else it would read "1". */
function percentFormat(field: Field<unknown>): string | undefined {
  return field.numFmt?.includes('%') ? undefined : PERCENT_FORMAT;
}

/** "SUM(D19:D21)" for a contiguous column of cells, "D18+D22" otherwise; undefined when a cell is missing. */
function sumFormula(refs: readonly (CellRef | undefined)[]): string | undefined {
  if (refs.length === 0 || refs.some((r) => r === undefined)) return undefined;
  const sorted = (refs as readonly CellRef[]).slice().sort((a, b) => a.row - b.row);
  const first = sorted[0] as CellRef;
  const last = sorted[sorted.length - 1] as CellRef;
  if (sorted.length === 1) return toA1(first);
  const contiguous = sorted.every(
    (r, i) =>
      r.col === first.col && r.sheet === first.sheet && (i === 0 || r.row === (sorted[i - 1] as CellRef).row + 1),
  );
  return contiguous ? `SUM(${toA1(first)}:${toA1(last)})` : sorted.map(toA1).join('+');
}

function rateFormula(actual: CellRef | undefined, base: CellRef | undefined): string | undefined {
  if (!actual || !base) return undefined;
  return `IF(${toA1(base)}=0,"",${toA1(actual)}/${toA1(base)})`;
}

function rowName(label: Field<string>): string {
  return (label.value ?? '').replace(/^其中[:：]\s*/, '').trim();
}

// ---------------------------------------------------------------------------------------------------------------
// Amount trees (budget rows, "三公" rows): parents are recomputed bottom-up, so a proposal is what the sheet shows
// once every proposal is applied, not a sum of children that are themselves about to change.

type TreeRow<C extends string> = { readonly kind: string; readonly label: Field<string> } & Readonly<
  Partial<Record<C, Field<number>>>
>;
type TreeCalc<R, C extends string> = { readonly row: R; readonly breakdowns: readonly Breakdown<R, C>[] };
type Solved<R> = { readonly value: number | undefined; readonly children?: readonly R[] };

function solveTree<R extends TreeRow<C>, C extends string>(
  calcs: Iterable<TreeCalc<R, C>>,
  settings: Settings,
): (row: R, column: C) => Solved<R> {
  const byKind = new Map<string, TreeCalc<R, C>>();
  for (const calc of calcs) byKind.set(calc.row.kind, calc);
  const memo = new Map<string, Solved<R>>();
  const solve = (row: R, column: C): Solved<R> => {
    const key = `${row.kind}:${column}`;
    const known = memo.get(key);
    if (known) return known;
    const field = row[column] as Field<number> | undefined;
    let result: Solved<R> = { value: field?.value ?? undefined };
    const calc = byKind.get(row.kind);
    if (field && calc) {
      const sums = calc.breakdowns
        .filter((b) => b.complete)
        .map((b) => ({
          children: b.children,
          sum: b.children.reduce((s, child) => s + (solve(child, column).value ?? 0), 0),
        }));
      const first = sums[0];
      // Two complete breakdowns that disagree (资金来源 vs 支出类型) say a child is wrong, not the parent: no proposal.
      if (first && sums.every((s) => amountsEqual(s.sum, first.sum, settings)))
        result = { value: first.sum, children: first.children };
    }
    memo.set(key, result);
    return result;
  };
  return solve;
}

function proposeBudget(result: CheckResult, out: FixProposal[]): void {
  const { computed, settings } = result;
  const solve = solveTree(computed.budget.values(), settings);
  for (const { row } of computed.budget.values()) {
    for (const column of ['initial', 'planned', 'actual'] as const) {
      const field = row[column];
      const solved = solve(row, column);
      if (!solved.children || solved.value === undefined) continue;
      const value = solved.value;
      if (!differs(field, (v) => amountsEqual(v, value, settings))) continue;
      const what = fillFixText(FIX_TEXTS.budgetAmount, { row: rowName(row.label), column: FIX_COLUMN_NAMES[column] });
      out.push(proposal(field, what, value, { formula: sumFormula(solved.children.map((c) => c[column]?.ref)) }));
    }
    const rate = executionRate(solve(row, 'actual').value, solve(row, 'planned').value);
    if (rate === undefined) continue;
    const stated = row.rate;
    if (differs(stated, (v) => percentsEqual(v, rate, stated?.decimals, settings))) {
      out.push(
        proposal(stated, fillFixText(FIX_TEXTS.budgetRate, { row: rowName(row.label) }), rate, {
          formula: rateFormula(row.actual?.ref, row.planned?.ref),
          numFmt: percentFormat(stated),
        }),
      );
    }
    const weight = row.weight?.value;
    if (weight == null) continue;
    const expected = executionScore(weight, rate);
    if (!differs(row.score, (v) => scoresEqual(v, expected, settings))) continue;
    out.push(
      proposal(row.score, fillFixText(FIX_TEXTS.budgetScore, { row: rowName(row.label) }), expected, {
        formula: budgetScoreFormula(row.actual?.ref, row.planned?.ref, row.weight?.ref),
      }),
    );
  }
}

/** round(分值 × min(执行率, 100%), 2) over the row's own cells. */
function budgetScoreFormula(
  actual: CellRef | undefined,
  planned: CellRef | undefined,
  weight: CellRef | undefined,
): string | undefined {
  if (!actual || !planned || !weight) return undefined;
  return `ROUND(MIN(${toA1(actual)}/${toA1(planned)},1)*${toA1(weight)},2)`;
}

function proposeSangong(result: CheckResult, out: FixProposal[]): void {
  const { computed, settings } = result;
  const solve = solveTree(computed.sangong.values(), settings);
  const names = { planned: FIX_COLUMN_NAMES.sangongPlanned, actual: FIX_COLUMN_NAMES.sangongActual } as const;
  for (const { row } of computed.sangong.values()) {
    for (const column of ['planned', 'actual'] as const) {
      const field = row[column];
      const solved = solve(row, column);
      if (!solved.children || solved.value === undefined) continue;
      const value = solved.value;
      if (!differs(field, (v) => amountsEqual(v, value, settings))) continue;
      const what = fillFixText(FIX_TEXTS.sangongAmount, { row: rowName(row.label), column: names[column] });
      out.push(proposal(field, what, value, { formula: sumFormula(solved.children.map((c) => c[column]?.ref)) }));
    }
    const rate = controlRate(solve(row, 'actual').value, solve(row, 'planned').value);
    const stated = row.rate;
    if (rate === undefined || !differs(stated, (v) => percentsEqual(v, rate, stated?.decimals, settings))) continue;
    out.push(
      proposal(stated, fillFixText(FIX_TEXTS.sangongRate, { row: rowName(row.label) }), rate, {
        formula: rateFormula(row.actual?.ref, row.planned?.ref),
        numFmt: percentFormat(stated),
      }),
    );
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Indicators

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

function proposeIndicators(result: CheckResult, out: FixProposal[]): void {
  const { settings } = result;
  for (const calc of result.computed.indicators) {
    const { indicator, completion } = calc;
    if (!completion) continue;
    const name = indicator.name.value ?? '';
    const stated = indicator.statedRate;
    const rate = completion.rate;
    // Templates state the completion either uncapped (the reference template) or capped at 100%: both are right.
    const same = (v: number) =>
      percentsEqual(v, rate, stated?.decimals, settings) ||
      percentsEqual(v, Math.min(rate, 1), stated?.decimals, settings);
    if (differs(stated, same)) {
      out.push(
        proposal(stated, fillFixText(FIX_TEXTS.indicatorRate, { name }), rate, {
          formula: completionFormula(indicator, settings.scoring),
          numFmt: percentFormat(stated),
        }),
      );
    }
    const done = indicator.statedDone;
    if (done && done.value !== null && done.value !== completion.met) {
      out.push(
        proposal(
          done,
          fillFixText(FIX_TEXTS.indicatorDone, { name }),
          completion.met ? FIX_DONE_WORDS.met : FIX_DONE_WORDS.unmet,
        ),
      );
    }
    const expected = calc.expectedScore;
    const score = indicator.score;
    if (expected !== undefined && differs(score, (v) => scoresEqual(v, expected, settings))) {
      out.push(
        proposal(score, fillFixText(FIX_TEXTS.indicatorScore, { name }), expected, {
          formula: indicatorScoreFormula(indicator, settings.scoring),
        }),
      );
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Score sheet and the data table's restatement of it

function lastRowOf(node: ScoreNode): number {
  return node.children.reduce((last, child) => Math.max(last, lastRowOf(child)), node.row);
}

/** SUM over one column from `top` to `bottom`: in a merged column only the anchors hold values, so it adds those. */
function columnSum(col: number, top: number, bottom: number): string {
  const first = toA1({ row: top, col });
  return bottom > top ? `SUM(${first}:${toA1({ row: bottom, col })})` : first;
}

/** Whether every node of a level keeps its weight in `col` (not in its name), so a column sum adds exactly them. */
function weightsInColumn(nodes: readonly ScoreNode[], col: number): boolean {
  return nodes.length > 0 && nodes.every((n) => n.weight && !n.weightInName && n.weight.ref.col === col);
}

function gradeFormula(total: CellRef, from: string, settings: Settings): string {
  const cell = total.sheet === from ? toA1(total) : qualifiedA1(total.sheet, total);
  return settings.gradeBands.reduceRight(
    (otherwise, band) => `IF(${cell}>=${band.min},"${band.grade}",${otherwise})`,
    '"差"',
  );
}

function proposeScoreSheet(sheet: ScoreSheet, result: CheckResult, out: FixProposal[]): void {
  const score = result.computed.score;
  if (!score) return;
  const { settings } = result;
  const { columns } = sheet;
  const level2 = sheet.roots.flatMap((r) => r.children);
  const leaves = level2.flatMap((n) => n.children);

  for (const node of [...sheet.roots, ...level2]) {
    const calc = score.nodes.get(node);
    if (!calc || node.children.length === 0 || node.weightInName) continue;
    const value = calc.weightSum;
    if (!differs(node.weight, (v) => scoresEqual(v, value, settings))) continue;
    const childCol = node.level === 1 ? columns.l2Weight : columns.l3Weight;
    const formula =
      childCol !== undefined && weightsInColumn(node.children, childCol)
        ? columnSum(childCol, node.row, lastRowOf(node))
        : undefined;
    const what = fillFixText(FIX_TEXTS.nodeWeight, { level: FIX_LEVEL_NAMES[node.level], name: node.title });
    out.push(proposal(node.weight, what, value, { formula }));
  }

  const total = sheet.total;
  const lastDataRow = (total?.row ?? sheet.firstDataRow) - 1;
  const totalWeight = total?.weight;
  if (total && differs(totalWeight, (v) => scoresEqual(v, score.totalWeight, settings))) {
    const col = totalWeight.ref.col;
    const level =
      col === columns.l1Weight
        ? sheet.roots
        : col === columns.l2Weight
          ? level2
          : col === columns.l3Weight
            ? leaves
            : [];
    const formula = weightsInColumn(level, col) ? columnSum(col, sheet.firstDataRow, lastDataRow) : undefined;
    out.push(proposal(totalWeight, FIX_TEXTS.totalWeight, score.totalWeight, { formula }));
  }
  const totalScore = total?.score;
  if (total && differs(totalScore, (v) => scoresEqual(v, score.total, settings))) {
    const formula = columns.score !== undefined ? columnSum(columns.score, sheet.firstDataRow, lastDataRow) : undefined;
    out.push(proposal(totalScore, FIX_TEXTS.totalScore, score.total, { formula }));
  }
  const grade = sheet.grade;
  if (gradeDiffers(grade, score.grade)) {
    const formula = totalScore ? gradeFormula(totalScore.ref, grade.ref.sheet, settings) : undefined;
    out.push(proposal(grade, FIX_TEXTS.grade, score.grade, { formula }));
  }
}

function proposeDataRestatements(result: CheckResult, out: FixProposal[]): void {
  const { model, settings } = result;
  const score = result.computed.score;
  const data = model.data;
  if (!score || !data || !model.score) return;
  const totalCell = model.score.total?.score?.ref;
  const gradeCell = model.score.grade?.ref;
  const statedScore = data.statedScore;
  if (differs(statedScore, (v) => scoresEqual(v, score.total, settings))) {
    out.push(
      proposal(statedScore, FIX_TEXTS.dataScore, score.total, {
        formula: totalCell ? qualifiedA1(totalCell.sheet, totalCell) : undefined,
      }),
    );
  }
  const statedGrade = data.statedGrade;
  if (gradeDiffers(statedGrade, score.grade)) {
    const formula = gradeCell
      ? qualifiedA1(gradeCell.sheet, gradeCell)
      : totalCell
        ? gradeFormula(totalCell, statedGrade.ref.sheet, settings)
        : undefined;
    out.push(proposal(statedGrade, FIX_TEXTS.dataGrade, score.grade, { formula }));
  }
}

/**
 * Every recalculated value the sheet states differently (rules.md's recalculation table), compared with the same
 * tolerances as the checks, so a clean workbook yields none. Sorted by sheet, row, column; one proposal per cell.
 */
export function proposeFixes(result: CheckResult): FixProposal[] {
  if (!result.recognised) return [];
  const out: FixProposal[] = [];
  proposeBudget(result, out);
  proposeSangong(result, out);
  proposeIndicators(result, out);
  if (result.model.score) proposeScoreSheet(result.model.score, result, out);
  proposeDataRestatements(result, out);

  const sheetOrder = (sheet: string) => {
    const i = result.model.sheets.indexOf(sheet);
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  const seen = new Set<string>();
  return out
    .filter((p) => {
      const key = `${p.ref.sheet}!${p.ref.row}:${p.ref.col}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort(
      (a, b) => sheetOrder(a.ref.sheet) - sheetOrder(b.ref.sheet) || a.ref.row - b.ref.row || a.ref.col - b.ref.col,
    );
}
