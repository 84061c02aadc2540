// score-weight-rollup: a level-1/level-2 weight differs from the sum of its children's weights, or the level-1 weights do not add up to the 合计 weight.
import { scoresEqual } from '../calc/compare';
import type { CellRef } from '../grid/grid';
import type { ScoreNode } from '../template/model';
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
    },
  },
  check(context) {
    const sheet = context.model.score;
    if (!sheet) return;
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
