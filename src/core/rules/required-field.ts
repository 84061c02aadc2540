// required-field: a value the evaluation cannot do without is blank, or a numeric field holds text that is no number.
import type { CellRef } from '../grid/grid';
import type { Field, Indicator, WorkbookModel } from '../template/model';
import { normalizeLabel, stripParenthetical } from '../text/normalize';
import { fieldsOf } from '../rule-kit/fields';
import { defineRule } from '../rule-kit/rule';
import { rowLabel, shownValue } from '../rule-kit/naming';

const refKey = (ref: CellRef) => `${ref.sheet}!${ref.row}:${ref.col}`;

/** Blank, or a mark the form writes for "none / not applicable" ("-", "—", "/", "无"). */
const isNone = (f: Field<number> | undefined): boolean => !f || f.problem === 'blank' || f.problem === 'not-applicable';

/**
 * Blank cells of budget rows other than the total that are no gap: a row left wholly blank is a source of funds
 * the unit did not have (上年结转资金, 其他资金 left empty), and a scored total leaves its 其中 rows unscored.
 */
function blankChildRowCells(model: WorkbookModel): Set<string> {
  const cells = new Set<string>();
  const total = model.data?.budget?.rows.find((r) => r.kind === 'total');
  for (const row of model.data?.budget?.rows ?? []) {
    if (row.kind === 'total') continue;
    const fields = [row.initial, row.planned, row.actual, row.rate, row.weight, row.score];
    // A source stated as 0 with the rest left blank (上年结转资金 0 / 0 / blank) is none as well: nothing to execute.
    if (fields.every((f) => isNone(f) || f?.value === 0)) {
      for (const f of fields) if (f) cells.add(refKey(f.ref));
    }
    // Only the total row is scored (分值, 得分, 执行率 of 年度资金总额): a blank one on a 其中 row is no gap.
    if (total?.score?.value != null) {
      for (const f of [row.rate, row.weight, row.score]) if (f && isNone(f)) cells.add(refKey(f.ref));
    }
  }
  return cells;
}

/**
 * The 一级指标 of the common evaluation framework that judge how a project was decided and run (项目决策, 项目管理,
 * 过程): their indicators are scored against criteria, not a 年度指标值, so the form leaves the target blank or "—".
 */
const CRITERIA_LEVEL1 = /^(项目)?(决策|过程|管理)(指标)?$/;

function isCriteriaIndicator(ind: Indicator): boolean {
  return CRITERIA_LEVEL1.test(stripParenthetical(normalizeLabel(ind.level1?.value ?? '')));
}

/**
 * Indicator cells that are no gap, and the rows written as a statement: a row whose 年度指标值 and 实际完成值 are
 * both blank while it is scored is an indicator the unit wrote in its name ("工程质量合格"), reported once per row as
 * a warning (the score has no figures behind it), not as two values to fill.
 */
function indicatorExceptions(model: WorkbookModel): { none: Set<string>; statements: Indicator[] } {
  const none = new Set<string>();
  const statements: Indicator[] = [];
  for (const ind of model.data?.indicators?.rows ?? []) {
    if (isCriteriaIndicator(ind)) none.add(refKey(ind.target.ref));
    const scored = ind.score?.value != null;
    if (scored && ind.target.problem === 'blank' && ind.actual.problem === 'blank') {
      none.add(refKey(ind.target.ref));
      none.add(refKey(ind.actual.ref));
      statements.push(ind);
    }
  }
  return { none, statements };
}

/** The 预期目标 of 年度总体目标 left blank while its 实际完成情况 is written: the result has nothing to be measured by. */
function blankGoal(model: WorkbookModel): Field<string> | undefined {
  const goals = model.data?.goals;
  if (goals?.target?.problem !== 'blank' || !goals.achieved?.value?.trim()) return undefined;
  return goals.target;
}

/** The 执行率 of a scored total row (分值 given) left blank in a form that has the column: the score has no basis. */
function blankScoredRate(model: WorkbookModel): { field: Field<number>; what: string } | undefined {
  const total = model.data?.budget?.rows.find((r) => r.kind === 'total');
  if (total?.weight?.value == null || !total.rate || total.rate.problem !== 'blank') return undefined;
  return { field: total.rate, what: `${rowLabel(total.label.value, '预算行')}的执行率` };
}

export default defineRule({
  meta: {
    id: 'required-field',
    name: '必填项为空',
    severity: 'error',
    description:
      'A required value (unit, year, filing date, budget amounts, indicator target/actual, scores, weights) is blank or unreadable.',
    messages: {
      blank: '{{what}}未填写。请在此单元格填写{{what}}。',
      notNumber: '{{what}}应为数字，表中填写的是“{{value}}”，无法参与计算。请改为数字（如 12345.67）。',
      badYear: '评价年度应为四位年份（如 2024），表中填写的是“{{value}}”。请改正。',
      statementOnly:
        '指标“{{name}}”的年度指标值和实际完成值都未填写，只有指标名称，得分 {{score}}分没有数值依据。请填写年度指标值和实际完成值（定性指标可填写达成情况）。',
    },
  },
  check(context) {
    const none = blankChildRowCells(context.model);
    const indicators = indicatorExceptions(context.model);
    for (const cell of indicators.none) none.add(cell);
    for (const use of fieldsOf(context.model)) {
      const { field } = use;
      if (use.required && field.problem === 'blank' && !none.has(refKey(field.ref))) {
        // No unit label names the unit: the other empty ones (主管部门 beside 实施单位) are the same gap.
        const others = field === context.model.data?.unit ? (context.model.data.unitBlanks ?? []) : [];
        context.report({
          messageId: 'blank',
          cells: [field.ref, ...others.map((f) => f.ref)],
          data: { what: use.what },
        });
      } else if (
        use.numeric &&
        field.problem === 'not-a-number' &&
        !use.nonNumberOwner &&
        !none.has(refKey(field.ref))
      ) {
        context.report({
          messageId: 'notNumber',
          cells: [field.ref],
          data: { what: use.what, value: shownValue(field.raw) },
        });
      }
    }
    for (const ind of indicators.statements) {
      context.report({
        messageId: 'statementOnly',
        severity: 'warning',
        cells: [ind.target.ref, ind.actual.ref],
        data: { name: ind.name.value ?? '', score: String(ind.score?.value ?? '') },
      });
    }
    const goal = blankGoal(context.model);
    if (goal) context.report({ messageId: 'blank', cells: [goal.ref], data: { what: '年度总体目标的预期目标' } });
    const rate = blankScoredRate(context.model);
    if (rate) context.report({ messageId: 'blank', cells: [rate.field.ref], data: { what: rate.what } });
    const year = context.model.data?.year;
    if (year && year.value !== null && (!Number.isInteger(year.value) || year.value < 2000 || year.value > 2100)) {
      context.report({ messageId: 'badYear', cells: [year.ref], data: { value: shownValue(year.raw) } });
    }
  },
});
