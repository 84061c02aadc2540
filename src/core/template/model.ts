// The typed workbook model the recogniser produces: every value remembers the cell it came from.
import type { CellRef, CellValue } from '../grid/grid';
import type { DateParts } from '../text/dates';
import type { BudgetKind, SangongKind } from './budget-tree';

export { BUDGET_KINDS, SANGONG_KINDS, type BudgetKind, type SangongKind } from './budget-tree';

/** Why a field's value could not be used as it stands (each becomes a finding in the rules). */
export type ValueProblem =
  | 'blank'
  | 'error'
  | 'text-number'
  | 'not-a-number'
  /** A mark ("—", "-", "/", "无"): the form says the cell does not apply; neither a value to fill nor a number. */
  | 'not-applicable'
  | 'unparsable-date'
  | 'not-a-date'
  /** Text that is none of the words a choice accepts (a 自评等级 of "A", a 是否完成 of "基本"). */
  | 'not-a-choice';

/** One value read from one cell. `value` is null when the cell is blank or could not be read. */
export type Field<T> = {
  readonly ref: CellRef;
  readonly value: T | null;
  readonly raw: CellValue;
  readonly formula?: string;
  readonly numFmt?: string;
  readonly problem?: ValueProblem;
  /** For numbers: decimals shown (number format) or typed (text); used to compare at the stated precision. */
  readonly decimals?: number;
  /** For numbers typed with a unit ("8宗"), the unit. */
  readonly unit?: string;
  /** For numbers: the cell's text carried or its format shows a percent sign. */
  readonly percent?: boolean;
};

/**
 * A choice the form states in words (自评等级, 是否完成), parsed once where the model is built (choices.ts):
 * `value` is what the words mean, null when blank, an error or none of the accepted words; `text` is the words as written
 * (trimmed; empty when blank or an error), for messages that quote the cell.
 */
export type Stated<T> = Field<T> & { readonly text: string };

/** 等级 bands, best first (spec README: 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差 below; the bands are a setting). */
export type Grade = '优' | '良' | '中' | '差';

export type AmountUnit = '元' | '万元';

export const BUDGET_AMOUNT_COLUMNS = ['initial', 'planned', 'actual'] as const;
export type BudgetAmountColumn = (typeof BUDGET_AMOUNT_COLUMNS)[number];

/** A table found on a sheet: its header row, the column index of each role found in the header, and its rows. */
type Block<Column extends string, Row> = {
  readonly sheet: string;
  readonly headerRow: number;
  readonly columns: Readonly<Partial<Record<Column, number>>>;
  readonly rows: readonly Row[];
};

/** A row of amounts (budget or "三公"): its kind in the budget tree, its label, 预算数, 执行数/决算数 and rate. */
type AmountRow<Kind> = {
  readonly kind: Kind;
  readonly label: Field<string>;
  readonly row: number;
  readonly planned?: Field<number>;
  readonly actual?: Field<number>;
  readonly rate?: Field<number>;
};

/** The 分值 and 得分 of a row in a table that scores its rows (budget execution, indicators, the score sheet). */
type Scored = {
  readonly weight?: Field<number>;
  readonly score?: Field<number>;
};

export type BudgetRow = AmountRow<BudgetKind> &
  Scored & {
    readonly initial?: Field<number>;
    readonly note?: Field<string>;
  };

export type BudgetBlock = Block<BudgetAmountColumn | 'rate' | 'weight' | 'score' | 'note' | 'label', BudgetRow> & {
  /** Amount unit written in the header ("全年预算数（万元）"), if any. */
  readonly headerUnit?: AmountUnit;
  /** Where the block states that unit. */
  readonly headerUnitRef?: CellRef;
  /** Breakdowns written as "label：figure" cells under the total row (按收入性质分 / 按支出性质分 side by side). */
  readonly inlineBreakdowns?: readonly InlineBreakdown[];
  /** The 分值 the header states for a block without a 分值 column ("得分（20分*执行率）"), read from that header cell. */
  readonly headerWeight?: Field<number>;
};

/** One "按…分：figure" cell (its stated total, if it gives one) and the "label：figure" cells under it. */
export type InlineBreakdown = {
  readonly label: Field<string>;
  readonly stated?: Field<number>;
  /** A part left without a figure ("政府性基金拨款：") is a source the unit did not have: value null. */
  readonly parts: ReadonlyArray<{ readonly name: string; readonly amount: Field<number> }>;
};

export type SangongRow = AmountRow<SangongKind>;

export type SangongBlock = Block<'planned' | 'actual' | 'rate' | 'label', SangongRow>;

export type Direction = '>=' | '<=' | '=' | 'qualitative';

export type Indicator = Scored & {
  readonly row: number;
  /**
   * A numbered heading ("一、示范区建立") whose 得分 is the sum of the numbered rows under it ("1、…", "2、…"): a
   * subtotal, not added into the form's total a second time.
   */
  readonly subtotal?: true;
  readonly level1?: Field<string>;
  readonly level2?: Field<string>;
  readonly name: Field<string>;
  readonly direction: Direction;
  /** Where the direction was read: the 指标性质 column, the front of 年度指标值, or the name (控制率 aims low). */
  readonly directionFrom: 'column' | 'target' | 'default' | 'name';
  readonly directionCell?: Field<string>;
  readonly target: Field<number>;
  readonly targetText: string;
  readonly unit?: Field<string>;
  readonly actual: Field<number>;
  readonly actualText: string;
  readonly previous?: Field<number>;
  readonly statedRate?: Field<number>;
  /** 是否完成: true for 是/已完成…, false for 否/未完成… */
  readonly statedDone?: Stated<boolean>;
  readonly reason?: Field<string>;
  /** 得分系数 (the Chongqing form): the share of 权重 the indicator earns, a fraction (100% = 1). */
  readonly coefficient?: Field<number>;
};

export type IndicatorBlock = Block<IndicatorColumn, Indicator>;

export type IndicatorColumn =
  | 'level1'
  | 'level2'
  | 'name'
  | 'direction'
  | 'target'
  | 'unit'
  | 'actual'
  | 'previous'
  | 'rate'
  | 'done'
  | 'weight'
  | 'score'
  | 'reason'
  | 'coefficient';

export type StaffKey = 'authorised' | 'employed' | 'retired' | 'contract' | 'departments' | 'subordinates';

export type DataTable = {
  readonly sheet: string;
  readonly title?: Field<string>;
  readonly year?: Field<number>;
  readonly unit?: Field<string>;
  /** When no unit label names the unit: the empty slots of the other unit labels (主管部门 beside 实施单位). */
  readonly unitBlanks?: readonly Field<string>[];
  readonly filedOn?: Field<DateParts>;
  readonly amountUnit: AmountUnit;
  readonly amountUnitCell?: Field<string>;
  readonly staff: Readonly<Partial<Record<StaffKey, Field<number>>>>;
  readonly statedScore?: Field<number>;
  /** The 分值 a project form states on its 总分 row beside the stated score (the form's full marks, 100). */
  readonly statedWeight?: Field<number>;
  readonly statedGrade?: Stated<Grade>;
  /** 项目名称 of a project form. */
  readonly project?: Field<string>;
  readonly budget?: BudgetBlock;
  readonly sangong?: SangongBlock;
  readonly goals?: {
    readonly target?: Field<string>;
    readonly achieved?: Field<string>;
    readonly unmetReason?: Field<string>;
  };
  /**
   * What the 资金管理情况 block of a transfer-payment form says on its 执行准确性 row (存在问题和改进措施, else
   * 情况说明): where such a form explains a low execution.
   */
  readonly executionNote?: Field<string>;
  readonly indicators?: IndicatorBlock;
  /** Every text cell of the sheet that is not a label the parser used (for text checks: years, placeholders, claims). */
  readonly texts: readonly Field<string>[];
};

export type ScoreLevel = 1 | 2 | 3;

export type ScoreNode = {
  readonly level: ScoreLevel;
  readonly name: Field<string>;
  /** The name without a "（30分）" weight suffix. */
  readonly title: string;
  readonly weight?: Field<number>;
  /** True when the weight was read from the name text ("前期准备工作（30分）"). */
  readonly weightInName?: boolean;
  readonly score?: Field<number>;
  readonly reason?: Field<string>;
  readonly description?: Field<string>;
  readonly standard?: Field<string>;
  readonly children: readonly ScoreNode[];
  /** Row of a level-3 indicator (level 1/2: the first row of their span). */
  readonly row: number;
};

export type ScoreSheet = {
  readonly sheet: string;
  readonly headerRow: number;
  readonly firstDataRow: number;
  readonly columns: Readonly<Partial<Record<ScoreColumn, number>>>;
  readonly unit?: Field<string>;
  /** The year, read only for a score sheet filed without a data table (from its cover page or title). */
  readonly year?: Field<number>;
  readonly roots: readonly ScoreNode[];
  readonly total?: {
    readonly row: number;
    readonly label: Field<string>;
    readonly weight?: Field<number>;
    readonly score?: Field<number>;
  };
  readonly grade?: Stated<Grade>;
  readonly texts: readonly Field<string>[];
};

export type ScoreColumn =
  | 'l1Name'
  | 'l1Weight'
  | 'l2Name'
  | 'l2Weight'
  | 'l3Name'
  | 'l3Weight'
  | 'description'
  | 'standard'
  | 'reason'
  | 'score';

export const MATERIAL_KEYS = [
  'noticeTitle',
  'noticeNumber',
  'organisation',
  'annualWork',
  'performanceGoals',
  'evaluationTeam',
  'evaluationProcess',
  'submittedOn',
  'publicConsistency',
  'selfAssessment',
  'practices',
  'problems',
  'improvements',
  'other',
] as const;
export type MaterialKey = (typeof MATERIAL_KEYS)[number];

export type Material = {
  readonly sheet: string;
  readonly fields: Readonly<Partial<Record<MaterialKey, Field<string>>>>;
  /** The label cell of each field found, so a missing value can be pointed at. */
  readonly labels: Readonly<Partial<Record<MaterialKey, CellRef>>>;
};

/** The form family the workbook was recognised as (template/families/), with how sure the recogniser is (0–1). */
export type RecognisedFamily = {
  readonly id: string;
  readonly name: string;
  readonly confidence: number;
};

export type WorkbookModel = {
  readonly sheets: readonly string[];
  readonly family?: RecognisedFamily;
  readonly data?: DataTable;
  readonly score?: ScoreSheet;
  readonly material?: Material;
};
