// budget-rollup: a budget parent row differs from the sum of its children, or a breakdown does not add up to the total.
import { amountsEqual } from '../calc/compare';
import { mismatchedBreakdowns } from '../calc/compute-workbook';
import { BUDGET_COLUMN_NAMES, SANGONG_COLUMN_NAMES } from '../template/labels';
import { defineRule, type RuleContext } from '../rule-kit/rule';
import { amountWriter, rowLabel } from '../rule-kit/naming';
import { budgetFixes, sangongFixes } from '../rule-kit/fix-budget';

export default defineRule({
  meta: {
    id: 'budget-rollup',
    name: '预算合计不符',
    severity: 'error',
    description:
      'A budget or "三公" parent row ≠ Σ of its children in an amount column, or a breakdown (资金来源 / 支出类型) does not sum to 年度资金总额.',
    messages: {
      breakdown:
        '{{parent}}的{{column}}为 {{stated}}，但按{{breakdown}}分列的 {{children}} 合计为 {{sum}}（相差 {{diff}}）。两者应相等：请核对{{parent}}或各分项金额。',
      children:
        '{{parent}}的{{column}}为 {{stated}}，但其下“其中”各项（{{children}}）合计为 {{sum}}（相差 {{diff}}）。请核对{{parent}}或各分项金额。',
      bothBreakdowns:
        '{{parent}}的{{column}}为 {{stated}}，但按资金来源和按支出类型分列的合计都是 {{sum}}（相差 {{diff}}）。分项相互一致，应是{{parent}}填错了：请改为 {{sum}}。',
      inlineParts:
        '{{group}}写明合计 {{stated}}，但其下所列 {{children}} 合计为 {{sum}}（相差 {{diff}}）。请核对合计或各分项金额。',
      inlineTotal:
        '{{group}}合计为 {{sum}}，但年度资金总额的{{column}}为 {{total}}（相差 {{diff}}）。分项应与年度资金总额相等：请核对各分项金额或年度资金总额。',
      exceeds:
        '{{parent}}的{{column}}为 {{stated}}，但其中所列分项（{{children}}）合计已达 {{sum}}，超过了{{parent}}本身。请核对。',
      noSource:
        '{{parent}}的全年执行数为 {{stated}}，但其下各项（{{children}}）的全年预算数合计为 0、全年执行数都未填写：这笔执行数没有来源。请核对{{parent}}，或在各项中填写资金来源的预算数和执行数。',
      sangong:
        '{{parent}}的{{column}}为 {{stated}}，但其下各项（{{children}}）合计为 {{sum}}（相差 {{diff}}）。请核对{{parent}}或各分项金额。',
    },
  },
  check(context) {
    const money = amountWriter(context.model);
    checkInlineBreakdowns(context, money);
    for (const calc of context.computed.budget.values()) {
      for (const column of ['initial', 'planned', 'actual'] as const) {
        const stated = calc.row[column];
        const wrong = mismatchedBreakdowns(calc, column, context.settings);
        // The parent's fix carries the rows above it and the rates and scores that follow from the new amount.
        const fix = budgetFixes(context, calc.row, [column]);
        const [first, second] = wrong;
        // Both breakdowns agree with each other and only the parent differs: one root, one finding.
        if (
          stated?.value != null &&
          first &&
          second &&
          amountsEqual(first.sums[column] ?? 0, second.sums[column] ?? 0, context.settings)
        ) {
          const sum = first.sums[column] ?? 0;
          context.report({
            messageId: 'bothBreakdowns',
            cells: [stated.ref],
            data: {
              parent: rowLabel(calc.row.label.value, ''),
              column: BUDGET_COLUMN_NAMES[column],
              stated: money(stated.value),
              sum: money(sum),
              diff: money(Math.abs(stated.value - sum)),
            },
            fix,
          });
          continue;
        }
        if (!stated || stated.value === null) continue;
        for (const breakdown of calc.breakdowns) {
          const sum = breakdown.sums[column];
          if (sum === undefined) {
            // Children left blank are none, unless their budgets are stated and add up to 0: then they executed
            // nothing, and a parent 执行数 has no source at all.
            const budgets = breakdown.sums.planned;
            if (
              column === 'actual' &&
              breakdown.complete &&
              budgets !== undefined &&
              Math.abs(budgets) <= context.settings.tolerance.amount &&
              Math.abs(stated.value) > context.settings.tolerance.amount
            ) {
              context.report({
                messageId: 'noSource',
                cells: [stated.ref],
                data: {
                  parent: rowLabel(calc.row.label.value, ''),
                  stated: money(stated.value),
                  children: breakdown.children.map((c) => rowLabel(c.label.value, '')).join('、'),
                },
              });
            }
            continue;
          }
          const children = breakdown.children.map((c) => rowLabel(c.label.value, '')).join('、');
          const data = {
            parent: rowLabel(calc.row.label.value, ''),
            column: BUDGET_COLUMN_NAMES[column],
            stated: money(stated.value),
            sum: money(sum),
            diff: money(Math.abs(stated.value - sum)),
            children,
            breakdown: breakdown.name,
          };
          if (breakdown.complete) {
            if (!wrong.includes(breakdown)) continue;
            context.report({
              messageId: breakdown.name === '其中' ? 'children' : 'breakdown',
              cells: [stated.ref],
              data,
              fix,
            });
          } else if (sum > stated.value + context.settings.tolerance.amount) {
            context.report({ messageId: 'exceeds', cells: [stated.ref], data });
          }
        }
      }
    }
    for (const calc of context.computed.sangong.values()) {
      const label = rowLabel(calc.row.label.value, '');
      const parent = /三公/.test(label) ? label : `“三公”经费${label}`;
      for (const column of ['planned', 'actual'] as const) {
        const stated = calc.row[column];
        if (!stated || stated.value === null) continue;
        for (const breakdown of calc.breakdowns) {
          const sum = breakdown.sums[column];
          if (!breakdown.complete || sum === undefined || amountsEqual(stated.value, sum, context.settings)) continue;
          context.report({
            messageId: 'sangong',
            cells: [stated.ref],
            data: {
              parent,
              column: SANGONG_COLUMN_NAMES[column],
              stated: money(stated.value),
              sum: money(sum),
              diff: money(Math.abs(stated.value - sum)),
              children: breakdown.children.map((c) => rowLabel(c.label.value, '')).join('、'),
            },
            fix: sangongFixes(context, calc.row, [column]),
          });
        }
      }
    }
  },
});

/**
 * Breakdowns written as "label：figure" cells (the Hunan form): the parts add up to the stated 按…分 figure, and that
 * figure equals 年度资金总额 (its 全年预算数, or its 全年执行数). Parts left without a figure are none, never 0 to fill.
 */
function checkInlineBreakdowns(
  context: RuleContext<'inlineParts' | 'inlineTotal'>,
  money: (value: number) => string,
): void {
  const budget = context.model.data?.budget;
  const total = budget?.rows.find((r) => r.kind === 'total');
  for (const breakdown of budget?.inlineBreakdowns ?? []) {
    const valued = breakdown.parts.filter((p) => p.amount.value !== null);
    const sum = valued.reduce((s, p) => s + (p.amount.value ?? 0), 0);
    const group = rowLabel(breakdown.label.value?.replace(/[:：].*$/, '') ?? '', '分项');
    const children = valued.map((p) => p.name).join('、');
    const stated = breakdown.stated;
    if (stated?.value != null && valued.length > 0 && !amountsEqual(stated.value, sum, context.settings)) {
      context.report({
        messageId: 'inlineParts',
        cells: [stated.ref],
        data: {
          group,
          stated: money(stated.value),
          children,
          sum: money(sum),
          diff: money(Math.abs(stated.value - sum)),
        },
      });
      continue;
    }
    const value = stated?.value ?? (valued.length > 0 ? sum : null);
    const against = (['planned', 'actual'] as const).filter((c) => total?.[c]?.value != null);
    const [first] = against;
    if (value === null || !total || !first) continue;
    if (against.some((c) => amountsEqual(total[c]?.value ?? 0, value, context.settings))) continue;
    const totalValue = total[first]?.value ?? 0;
    context.report({
      messageId: 'inlineTotal',
      cells: [stated?.ref ?? breakdown.label.ref],
      data: {
        group,
        sum: money(value),
        column: BUDGET_COLUMN_NAMES[first],
        total: money(totalValue),
        diff: money(Math.abs(totalValue - value)),
      },
    });
  }
}
