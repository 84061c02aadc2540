// score-weight-rollup: a level-1/level-2 weight differs from the sum of its children's weights, or the level-1 weights do not add up to the 合计 weight.
import { scoresEqual } from '../calc/compare';
import type { CellRef } from '../grid/grid';
import type { Field, Indicator, ScoreNode, WorkbookModel } from '../template/model';
import type { RuleContext } from '../rule-kit/rule';
import { foldText, userTexts } from '../rule-kit/texts';
import { rowLabel } from '../rule-kit/naming';
import { formatScore } from '../text/format';
import { defineRule } from '../rule-kit/rule';
import { fixList } from '../rule-kit/fix-cell';
import { totalWeightFix, weightFixes } from '../rule-kit/fix-score';

const LEVEL_NAMES = { 1: '一级', 2: '二级', 3: '三级' } as const;

function leafWeightSum(node: ScoreNode): number | undefined {
  if (node.children.length === 0) return node.weight?.value ?? undefined;
  let sum = 0;
  for (const child of node.children) {
    const w = leafWeightSum(child);
    if (w === undefined) return undefined;
    sum += w;
  }
  return sum;
}

export default defineRule({
  meta: {
    id: 'score-weight-rollup',
    name: '权重合计错误',
    severity: 'error',
    description:
      "A level-1 or level-2 weight ≠ Σ of its children's weights, or Σ level-1 weights ≠ the 合计 weight (100 when none).",
    messages: {
      parent:
        '{{level}}指标“{{name}}”的权重填写为 {{stated}}，但其下{{childLevel}}指标（{{children}}）权重之和为 {{sum}}。请改为 {{sum}}，或核对各下级指标的权重。',
      total: '各一级指标权重之和为 {{sum}}，但合计权重填写为 {{stated}}。两者应相等：请核对合计行或各一级指标的权重。',
      notHundred: '各一级指标权重之和为 {{sum}}，不是 100。请核对各一级指标的权重。',
      fixedByNote:
        '{{name}}的分值为 {{stated}}分，但表中注明一级指标分值统一设置为{{fixedName}} {{fixed}}分。请按注明的分值调整{{name}}的分值。',
      levelOneSum:
        '一级指标“{{name}}”写明 {{stated}}分，但其下 {{count}} 个指标的分值之和为 {{sum}}分。两者应相等：请核对一级指标的分值或其下各指标的分值。',
    },
  },
  check(context) {
    const sheet = context.model.score;
    if (!sheet) {
      checkInlineWeights(context);
      return;
    }
    const { settings } = context;
    const usable = (node: ScoreNode) => node.weight && node.weight.value !== null && node.weight.problem !== 'error';
    for (const l1 of sheet.roots) {
      for (const l2 of l1.children) {
        const sum = leafWeightSum(l2);
        if (!usable(l2) || l2.children.length === 0 || sum === undefined) continue;
        const stated = l2.weight?.value as number;
        if (scoresEqual(stated, sum, settings)) continue;
        context.report({
          messageId: 'parent',
          cells: [l2.weight?.ref as CellRef],
          data: {
            level: LEVEL_NAMES[2],
            childLevel: LEVEL_NAMES[3],
            name: l2.title,
            stated: formatScore(stated),
            sum: formatScore(sum),
            children: l2.children.map((c) => c.title).join('、'),
          },
          fix: weightFixes(context, l2),
        });
      }
      const leaves = leafWeightSum(l1);
      if (!usable(l1) || l1.children.length === 0 || leaves === undefined) continue;
      const stated = l1.weight?.value as number;
      // A level-1 weight that agrees with its (wrongly totalled) level-2 weights is a consequence, not a root.
      const statedChildren = l1.children.every((c) => c.weight?.value != null)
        ? l1.children.reduce((s, c) => s + (c.weight?.value ?? 0), 0)
        : undefined;
      if (
        scoresEqual(stated, leaves, settings) ||
        (statedChildren !== undefined && scoresEqual(stated, statedChildren, settings))
      )
        continue;
      context.report({
        messageId: 'parent',
        cells: [l1.weight?.ref as CellRef],
        data: {
          level: LEVEL_NAMES[1],
          childLevel: LEVEL_NAMES[2],
          name: l1.title,
          stated: formatScore(stated),
          sum: formatScore(statedChildren ?? leaves),
          children: l1.children.map((c) => c.title).join('、'),
        },
        fix: weightFixes(context, l1),
      });
    }
    if (sheet.roots.length === 0 || sheet.roots.some((r) => r.weight?.value == null)) return;
    const sumL1 = sheet.roots.reduce((s, r) => s + (r.weight?.value ?? 0), 0);
    const allLeaves = sheet.roots.reduce((s, r) => s + (leafWeightSum(r) ?? Number.NaN), 0);
    const totalWeight = sheet.total?.weight;
    if (totalWeight && totalWeight.value !== null && totalWeight.problem !== 'error') {
      const stated = totalWeight.value;
      if (
        scoresEqual(stated, sumL1, settings) ||
        (Number.isFinite(allLeaves) && scoresEqual(stated, allLeaves, settings))
      )
        return;
      context.report({
        messageId: 'total',
        cells: [totalWeight.ref],
        data: { stated: formatScore(stated), sum: formatScore(sumL1) },
        fix: fixList(totalWeightFix(context)),
      });
    } else if (
      !scoresEqual(sumL1, 100, settings) &&
      !(Number.isFinite(allLeaves) && scoresEqual(allLeaves, 100, settings))
    ) {
      const first = sheet.roots[0]?.weight?.ref;
      const cell: CellRef | undefined = totalWeight?.ref ?? first;
      if (cell) context.report({ messageId: 'notHundred', cells: [cell], data: { sum: formatScore(sumL1) } });
    }
  },
});

type Messages = 'parent' | 'total' | 'notHundred' | 'fixedByNote' | 'levelOneSum';

/**
 * The points a form's note fixes for budget execution ("一级指标分值统一设置为：…预算资金执行率10分"); the 一级指标
 * points of the same note are score-total's (levelNote).
 */
function fixedExecutionPoints(model: WorkbookModel): number | undefined {
  for (const text of userTexts(model, ['data'])) {
    const folded = foldText(text.text);
    const at = folded.search(/一级指标(的)?分值(统一)?(设置|设定|确定)?为/);
    if (at < 0) continue;
    const part = folded.slice(at).split(/[。;；]|\d\./)[0] ?? '';
    for (const m of part.matchAll(/([^:：、，,]{1,12}?)(\d+(?:\.\d+)?)分/g)) {
      if (/执行率/.test(m[1] ?? '')) return Number(m[2]);
    }
  }
  return undefined;
}

/** The points a 一级指标 label states ("产出指标(70分)"), if any. */
function weightInLabel(label: string): number | undefined {
  const m = /\((\d+(?:\.\d+)?)分\)/.exec(label.normalize('NFKC').replace(/\s/g, ''));
  return m ? Number(m[1]) : undefined;
}

type Level1Group = { label: Field<string>; weights: number[] };

function level1Groups(rows: readonly Indicator[]): Level1Group[] {
  const groups = new Map<string, Level1Group>();
  for (const ind of rows) {
    const label = ind.level1;
    const weight = ind.weight?.value;
    if (!label?.value || weight == null) continue;
    const key = `${label.ref.row}:${label.ref.col}`;
    const group = groups.get(key);
    if (group) group.weights.push(weight);
    else groups.set(key, { label, weights: [weight] });
  }
  return [...groups.values()];
}

/**
 * A form that scores its rows inline (a project form): a 一级指标 label's stated points ("产出指标(50分)") against its
 * indicators' 分值, and the budget row's 分值 against the points the form's own note fixes for budget execution. (The
 * 总分 分值, the 一级指标 points a note fixes and a budget 分值 that takes the whole total are score-total's and
 * budget-score's.)
 */
function checkInlineWeights(context: RuleContext<Messages>): void {
  const data = context.model.data;
  const block = data?.indicators;
  if (!data || !block || block.columns.weight === undefined) return;
  const { settings } = context;
  const groups = level1Groups(block.rows);
  groups.forEach((group, i) => {
    const stated = weightInLabel(group.label.value ?? '');
    const sum = group.weights.reduce((s, w) => s + w, 0);
    // The last block may go on past a copy's end (its children shown only in part): only an excess is sure there.
    const complete = i < groups.length - 1;
    if (stated === undefined || scoresEqual(stated, sum, settings) || (!complete && sum < stated)) return;
    context.report({
      messageId: 'levelOneSum',
      cells: [group.label.ref],
      data: {
        name: rowLabel(group.label.value).replace(/\s*[（(]\s*\d+(?:\.\d+)?\s*分\s*[)）]\s*$/, ''),
        stated: formatScore(stated),
        sum: formatScore(sum),
        count: group.weights.length,
      },
    });
  });
  const total = data.budget?.rows.find((r) => r.kind === 'total');
  const budgetWeight = total?.weight;
  const execution = fixedExecutionPoints(context.model);
  if (budgetWeight?.value == null || execution === undefined) return;
  if (scoresEqual(budgetWeight.value, execution, settings)) return;
  context.report({
    messageId: 'fixedByNote',
    cells: [budgetWeight.ref],
    data: {
      name: rowLabel(total?.label.value, '预算执行'),
      stated: formatScore(budgetWeight.value),
      fixedName: '预算资金执行率',
      fixed: formatScore(execution),
    },
  });
}
