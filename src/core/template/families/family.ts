// The declarative description of a form family: how to tell it by its labels, which parts it has, what it reads.
import type { AmountUnit, IndicatorColumn } from '../model';

export type FamilyKind = 'department' | 'project';

/**
 * A label the family writes, with the other ways its forms write it. It is found in a workbook when a cell's whole text
 * is one of them (compared after normalizeLabel, with or without trailing "（万元）"/"（分）" parts), when a cell starts
 * with it followed by a colon ("按收入性质分：2030.12"), or, for a `title`, when a cell's text contains it
 * ("稷山县项目支出绩效自评表"). The reading tables' own synonyms of the label count too (labels.ts).
 */
export type SignatureLabel = {
  readonly label: string;
  readonly synonyms?: readonly string[];
  readonly title?: boolean;
};

/**
 * Which parts a form of the family holds. A part that is not expected is never reported missing: the Hunan form has no
 * 自评评分表, a project form scores its indicators on its own rows.
 */
export type FamilyParts = {
  /** The data table: budget block, goals, indicators (every family reads one). */
  readonly dataTable: boolean;
  /** A separate score sheet (一级/二级/三级指标 with 权重 and 得分): only the reference template has one. */
  readonly scoreSheet: boolean;
  /** Scores written on the data table's own rows (分值/权重 and 得分 beside the budget and the indicators). */
  readonly inlineScores: boolean;
  /** A sheet of report material (报告素材): optional where it exists, so never reported missing. */
  readonly material: boolean;
};

/** Roles of the reading tables a family may add synonyms to (labels.ts: FIELD_, BUDGET_COLUMN_, GOAL_, INDICATOR_). */
export type FieldRole = 'year' | 'unit' | 'filedOn' | 'amountUnit' | 'statedScore' | 'statedGrade' | 'project';
export type BudgetColumnRole = 'label' | 'initial' | 'planned' | 'actual' | 'rate' | 'weight' | 'score' | 'note';
export type GoalRole = 'target' | 'achieved' | 'unmetReason';

/** The labels a family adds to the generic reading tables: every form is read with every family's synonyms. */
export type LabelContributions = {
  readonly fields?: Readonly<Partial<Record<FieldRole, readonly string[]>>>;
  readonly budgetColumns?: Readonly<Partial<Record<BudgetColumnRole, readonly string[]>>>;
  readonly goals?: Readonly<Partial<Record<GoalRole, readonly string[]>>>;
  readonly indicatorColumns?: Readonly<Partial<Record<IndicatorColumn, readonly string[]>>>;
};

/**
 * How the family scores, where it differs from the national rules (calc/scoring.ts):
 * - budgetPoints: the points of budget execution (分值 × min(执行率, 100%)), null when the form gives it no score of
 *   its own (银川: scored inside 项目管理);
 * - indicators: 'completion' (national: met → 分值, else 分值 × completion) or 'coefficient' (Chongqing: 指标得分 =
 *   指标权重 × 得分系数, the coefficient stating the completion, capped at 100%).
 */
export type FamilyScoring = {
  readonly budgetPoints: number | null;
  readonly indicators: 'completion' | 'coefficient';
  /** The formula in words, for docs and messages ("执行率得分 = 执行率权重 × 执行率"). */
  readonly formula: string;
};

export type BlankAllowed = 'indicator-values';

export type FormFamily = {
  readonly id: string;
  /** Chinese display name, as messages, the CLI and the task pane show it. */
  readonly name: string;
  readonly kind: FamilyKind;
  /** Every form of the family writes these (a cut-off copy included): a form missing one is not of the family. */
  readonly required: readonly SignatureLabel[];
  /** Labels that tell the family from the others; each one found raises the confidence. */
  readonly distinguishing: readonly SignatureLabel[];
  /** Labels no form of the family writes (得分 on a form without scores): a workbook holding one is not of it. */
  readonly absent?: readonly SignatureLabel[];
  readonly parts: FamilyParts;
  /**
   * Rows that a form of the family may leave empty, meaning "none" (上年结转资金 with no carry-over): never reported as
   * missing. The generic reader already treats a wholly blank non-total budget row so; this names them for the docs.
   */
  readonly optionalRows: readonly string[];
  /**
   * Cells the family's forms may leave blank without a gap to report (required-field): 'indicator-values' = an
   * indicator's 年初指标值 / 全年完成值 where the form scores by a stated coefficient instead (Chongqing).
   */
  readonly blankAllowed: readonly BlankAllowed[];
  /** The amount unit of the family's printed form, used when a copy states none (the Chongqing form: 万元). */
  readonly amountUnit?: AmountUnit;
  readonly contributes: LabelContributions;
  readonly scoring: FamilyScoring;
  /** Rule ids that do not apply to the family (the family's own scheme replaces them). */
  readonly rulesOff: readonly string[];
  /** The corpus entry that is this family's real example (tests/forms/<id>/), or the bundled sample. */
  readonly example: string;
};
