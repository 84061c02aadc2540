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
        '{{name}}的分值为 {{stated}}分，但表中注明一级指标分值统一设置为{{fixedName}} {{fixed}}分。请按注明的分值调整{{name}}及其下各指标的分值。',
      levelOneSum:
        '一级指标“{{name}}”写明 {{stated}}分，但其下 {{count}} 个指标的分值之和为 {{sum}}分。两者应相等：请核对一级指标的分值或其下各指标的分值。',
      inlineTotal:
        '总分的分值填写为 {{stated}}分，但表中各项分值之和为 {{sum}}分（{{parts}}）。两者应相等：请核对总分的分值或各项分值。',
      partAboveWhole:
        '{{what}}的分值为 {{weight}}分，一项就达到了总分 100 分，而表中其余各项的分值之和还有 {{rest}}分。请核对该分值。',
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

type Messages = 'parent' | 'total' | 'notHundred' | 'fixedByNote' | 'levelOneSum' | 'inlineTotal' | 'partAboveWhole';

/** The 一级指标 kinds a form's note can fix ("一级指标分值统一设置为：产出指标50分、效益指标30分、…"). */
const FIXED_KINDS = [
  { kind: 'output', word: /产出/, name: '产出指标' },
  { kind: 'benefit', word: /效益/, name: '效益指标' },
  { kind: 'satisfaction', word: /满意度/, name: '满意度指标' },
  { kind: 'execution', word: /执行率/, name: '预算资金执行率' },
] as const;
type FixedKind = (typeof FIXED_KINDS)[number]['kind'];

/** The weights a note of the form fixes for the 一级指标, by kind; empty when the form prints none. */
function fixedWeights(model: WorkbookModel): Map<FixedKind, number> {
  const out = new Map<FixedKind, number>();
  for (const text of userTexts(model, ['data'])) {
    const folded = foldText(text.text);
    const at = folded.search(/一级指标(的)?分值(统一)?(设置|设定|确定)?为/);
    if (at < 0) continue;
    const part = folded.slice(at).split(/[。;；]|\d\./)[0] ?? '';
    for (const m of part.matchAll(/([^:：、，,]{1,12}?)(\d+(?:\.\d+)?)分/g)) {
      const kind = FIXED_KINDS.find((k) => k.word.test(m[1] ?? ''));
      if (kind && !out.has(kind.kind)) out.set(kind.kind, Number(m[2]));
    }
  }
  return out;
}

const kindOf = (label: string): (typeof FIXED_KINDS)[number] | undefined =>
  FIXED_KINDS.find((k) => k.kind !== 'execution' && k.word.test(label));

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
 * A form that scores its rows inline (a project form: the budget row's 分值, the indicators' 分值, a 总分 row): the
 * 一级指标 weights its own note fixes, the 总分 分值 against the sum of every part, and a single part weighing the whole.
 */
function checkInlineWeights(context: RuleContext<Messages>): void {
  const data = context.model.data;
  const block = data?.indicators;
  if (!data || !block || block.columns.weight === undefined) return;
  const { settings } = context;
  const total = data.budget?.rows.find((r) => r.kind === 'total');
  const budgetWeight = total?.weight?.value != null ? total.weight : undefined;
  const fixed = fixedWeights(context.model);
  const groups = level1Groups(block.rows);
  const level1Name = (group: Level1Group) =>
    rowLabel(group.label.value).replace(/\s*[（(]\s*\d+(?:\.\d+)?\s*分\s*[)）]\s*$/, '');
  const reported = new Set<Level1Group>();
  groups.forEach((group, i) => {
    const stated = weightInLabel(group.label.value ?? '');
    const sum = group.weights.reduce((s, w) => s + w, 0);
    // The last block may go on past a copy's end (its children shown only in part): only an excess is sure there.
    const complete = i < groups.length - 1;
    if (stated === undefined || scoresEqual(stated, sum, settings) || (!complete && sum < stated)) return;
    reported.add(group);
    context.report({
      messageId: 'levelOneSum',
      cells: [group.label.ref],
      data: {
        name: level1Name(group),
        stated: formatScore(stated),
        sum: formatScore(sum),
        count: group.weights.length,
      },
    });
  });
  for (const group of groups) {
    if (reported.has(group)) continue;
    const kind = kindOf(group.label.value ?? '');
    const expected = kind && fixed.get(kind.kind);
    if (!kind || expected === undefined) continue;
    const stated = weightInLabel(group.label.value ?? '') ?? group.weights.reduce((s, w) => s + w, 0);
    if (scoresEqual(stated, expected, settings)) continue;
    context.report({
      messageId: 'fixedByNote',
      cells: [group.label.ref],
      data: {
        name: `一级指标“${level1Name(group)}”`,
        stated: formatScore(stated),
        fixedName: kind.name,
        fixed: formatScore(expected),
      },
    });
  }
  const execution = fixed.get('execution');
  if (budgetWeight && execution !== undefined && !scoresEqual(budgetWeight.value as number, execution, settings)) {
    context.report({
      messageId: 'fixedByNote',
      cells: [budgetWeight.ref],
      data: {
        name: rowLabel(total?.label.value, '预算执行'),
        stated: formatScore(budgetWeight.value as number),
        fixedName: '预算资金执行率',
        fixed: formatScore(execution),
      },
    });
  }
  const parts: { what: string; field: Field<number> }[] = [
    ...(budgetWeight ? [{ what: rowLabel(total?.label.value, '预算执行'), field: budgetWeight }] : []),
    ...block.rows.flatMap((ind) =>
      ind.weight?.value != null ? [{ what: `指标“${ind.name.value ?? ''}”`, field: ind.weight }] : [],
    ),
  ];
  if (parts.length < 2) return;
  const sum = parts.reduce((s, p) => s + (p.field.value ?? 0), 0);
  const totalWeight = inlineTotalWeight(context, block.columns.weight, block.rows);
  if (totalWeight) {
    if (scoresEqual(totalWeight.value, sum, settings)) return;
    const indicatorSum = sum - (budgetWeight?.value ?? 0);
    context.report({
      messageId: 'inlineTotal',
      cells: [totalWeight.ref],
      data: {
        stated: formatScore(totalWeight.value),
        sum: formatScore(sum),
        parts: budgetWeight
          ? `预算执行 ${formatScore(budgetWeight.value as number)} + 绩效指标 ${formatScore(indicatorSum)}`
          : `绩效指标 ${formatScore(indicatorSum)}`,
      },
    });
    return;
  }
  // No 总分 分值 to compare with (a copy cut off before it): one part that alone weighs the whole 100 while others
  // carry points is the wrong one.
  const whole = parts.filter((p) => (p.field.value ?? 0) >= 100 - settings.tolerance.score);
  const [part] = whole;
  if (whole.length !== 1 || !part) return;
  const rest = sum - (part.field.value ?? 0);
  if (rest <= settings.tolerance.score) return;
  context.report({
    messageId: 'partAboveWhole',
    cells: [part.field.ref],
    data: { what: part.what, weight: formatScore(part.field.value ?? 0), rest: formatScore(rest) },
  });
}

/** The 分值 of the 总分 row: in the weight column, on the row of the stated total below the indicators. */
function inlineTotalWeight(
  context: RuleContext<Messages>,
  weightCol: number,
  rows: readonly Indicator[],
): { ref: CellRef; value: number } | undefined {
  const stated = context.model.data?.statedScore;
  const last = rows[rows.length - 1]?.row;
  if (!stated || last === undefined || stated.ref.row <= last) return undefined;
  const grid = context.grids.find((g) => g.name === stated.ref.sheet);
  const value = grid?.cells[stated.ref.row]?.[weightCol]?.value;
  if (typeof value !== 'number' || stated.ref.col === weightCol) return undefined;
  return { ref: { sheet: stated.ref.sheet, row: stated.ref.row, col: weightCol }, value };
}
