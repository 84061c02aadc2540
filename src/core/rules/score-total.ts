// score-total: the stated total differs from the recomputed one: the score sheet's level-3 scores, or on a project
// form that scores its own rows, budget execution 分值 × min(执行率, 100%) + the indicators' 得分.
import { scoresEqual } from '../calc/compare';
import type { ScoreCalc } from '../calc/compute-workbook';
import { explainInlineTotal, isInlineTotal, totalKnown } from '../calc/inline-score';
import { INLINE_TOTAL_TEXTS } from '../calc/scoring-texts';
import { fillTemplate } from '../messages';
import type { FixProposal } from '../finding';
import type { Field } from '../template/model';
import { leavesOf } from '../template/parse-score-sheet';
import { formatScore } from '../text/format';
import { defineRule, type RuleContext } from '../rule-kit/rule';
import { totalFixes } from '../rule-kit/fix-score';
import { cellFix, refsSumFormula } from '../rule-kit/fix-cell';
import { FIX_TEXTS } from '../rule-kit/fix-texts';

/** The stated total: the score sheet's 合计, or the 总分 a form without a score sheet states under its indicators. */
export function statedTotalOf(context: Pick<RuleContext, 'model'>): Field<number> | undefined {
  const { model } = context;
  return model.score ? model.score.total?.score : model.data?.statedScore;
}

/** The project total as a formula over the cells it adds: the budget 得分 + the indicators' (or the score sheet's) 得分. */
function inlineTotalFix(context: RuleContext, stated: Field<number>, score: ScoreCalc): FixProposal {
  const budgetRef = score.budget?.row.score?.ref;
  const sheet = context.model.score;
  const cells = sheet ? leavesOf(sheet.roots).map((leaf) => leaf.score?.ref) : score.indicatorScores?.map((f) => f.ref);
  const indicators = refsSumFormula(cells ?? []);
  const formula = budgetRef && indicators ? `${refsSumFormula([budgetRef]) ?? ''}+${indicators}` : undefined;
  return cellFix(stated, FIX_TEXTS.projectTotal, score.total, { formula });
}

/** A project form's 总分 row states its full marks (分值 100): the budget's and the indicators' 分值 must add up to it. */
function checkWeightTotal(context: RuleContext<'projectWeight'>): void {
  const { model, computed, settings } = context;
  const stated = model.score ? undefined : model.data?.statedWeight;
  const score = computed.score;
  const rows = model.data?.indicators?.rows ?? [];
  if (!stated || stated.value === null || !score?.indicatorScores) return;
  if (rows.some((r) => r.weight?.value == null)) return;
  if (scoresEqual(stated.value, score.totalWeight, settings)) return;
  const budget = score.budget?.weight.value;
  const indicators = score.totalWeight - (budget ?? 0);
  const working =
    budget === undefined
      ? fillTemplate(INLINE_TOTAL_TEXTS.indicatorWeights, { sum: formatScore(indicators) })
      : fillTemplate(INLINE_TOTAL_TEXTS.budgetAndIndicatorWeights, {
          budget: formatScore(budget),
          sum: formatScore(indicators),
        });
  context.report({
    messageId: 'projectWeight',
    cells: [stated.ref],
    data: { stated: formatScore(stated.value), computed: formatScore(score.totalWeight), working },
  });
}

/** "注：1.一级指标分值统一设置为：产出指标50分、效益指标30分…": the note under a project form, name → 分值. */
const LEVEL_NOTE = /一级指标(?:的)?分值(?:统一)?(?:设置|设定|确定)为[:：]?([^。；;]*)/;
const NOTE_PART = /([\u4e00-\u9fa5]+?指标)\s*(\d+(?:\.\d+)?)\s*分/g;

/** The level-1 name without its "（70分）" suffix. */
const level1Name = (text: string) => text.replace(/\s*[（(]\s*\d+(?:\.\d+)?\s*分\s*[)）]\s*$/, '').trim();

/** A project form's level-1 indicators whose 三级 分值 do not add up to what the form's own note fixes for them. */
function checkLevelNote(context: RuleContext<'levelNote'>): void {
  const data = context.model.data;
  if (context.model.score || !data?.indicators) return;
  const note = data.texts.find((t) => t.value !== null && LEVEL_NOTE.test(t.value.replace(/\s+/g, '')));
  const fixedText = note?.value && LEVEL_NOTE.exec(note.value.replace(/\s+/g, ''))?.[1];
  if (!note || !fixedText) return;
  const groups = new Map<string, { rows: (typeof data.indicators.rows)[number][]; field: Field<string> }>();
  let current: string | undefined;
  for (const row of data.indicators.rows) {
    const name = row.level1?.value ? level1Name(row.level1.value) : current;
    if (!name) continue;
    current = name;
    const group = groups.get(name) ?? { rows: [], field: row.level1 as Field<string> };
    group.rows.push(row);
    groups.set(name, group);
  }
  for (const m of fixedText.matchAll(NOTE_PART)) {
    const noted = m[1] ?? '';
    const fixed = Number(m[2]);
    const entry = [...groups].find(([name]) => name === noted || name.endsWith(noted) || noted.endsWith(name));
    if (!entry) continue;
    const [name, group] = entry;
    if (group.rows.some((r) => r.weight?.value == null)) continue;
    const sum = group.rows.reduce((s, r) => s + (r.weight?.value ?? 0), 0);
    if (scoresEqual(sum, fixed, context.settings)) continue;
    context.report({
      messageId: 'levelNote',
      cells: [group.field.ref],
      data: { name, sum: formatScore(sum), fixed: formatScore(fixed), note: m[0] },
    });
  }
}

export default defineRule({
  meta: {
    id: 'score-total',
    name: '得分合计错误',
    severity: 'error',
    description:
      'The stated total (合计 / 总分) differs from the sum of the level-3 scores, or on a project form from budget score + Σ indicator scores.',
    messages: {
      total:
        '合计得分填写为 {{stated}} 分，但各三级指标得分之和为 {{computed}} 分（相差 {{diff}} 分）。请改为 {{computed}} 分，或核对各项得分。',
      totalEcho:
        '合计得分填写为 {{stated}} 分，但各三级指标得分之和为 {{computed}} 分（相差 {{diff}} 分）；自评数据表的自评得分也填写为 {{stated}} 分。请将两处都改为 {{computed}} 分，或核对各项得分。',
      project:
        '总分填写为 {{stated}} 分，但{{working}} = {{computed}} 分（相差 {{diff}} 分）。请改为 {{computed}} 分，或核对各项得分。',
      levelNote:
        '一级指标“{{name}}”各三级指标的分值之和为 {{sum}} 分，但表下注明{{name}}分值统一设置为 {{fixed}} 分（{{note}}）。请按注明的分值调整，或核对各三级指标的分值。',
      projectWeight:
        '总分的分值填写为 {{stated}} 分，但{{working}} = {{computed}} 分。各项分值之和应等于总分的分值：请核对总分行或各项分值（如一级指标的分值设置）。',
    },
  },
  check(context) {
    checkWeightTotal(context);
    checkLevelNote(context);
    const stated = statedTotalOf(context);
    const score = context.computed.score;
    if (!stated || stated.value === null || !score) return;
    const inline = isInlineTotal(score);
    // Scores still to fill leave the total unknown: the blanks are reported, not a total computed as if they were 0.
    if (inline && !totalKnown(score)) return;
    if (scoresEqual(stated.value, score.total, context.settings)) return;
    const data = {
      stated: formatScore(stated.value),
      computed: formatScore(score.total),
      diff: formatScore(Math.abs(stated.value - score.total)),
    };
    if (!inline) {
      // The data table's 自评得分 that repeats this wrong total is wrong too: marked with it (its fix follows from it).
      const echo = context.model.data?.statedScore;
      const echoes =
        echo && echo.value !== null && scoresEqual(echo.value, stated.value, context.settings) ? [echo.ref] : [];
      context.report({
        messageId: echoes.length > 0 ? 'totalEcho' : 'total',
        cells: [stated.ref, ...echoes],
        data,
        // The data table's 自评得分/自评等级 that merely repeat this total follow from it (score-stated-elsewhere skips them).
        fix: totalFixes(context),
      });
      return;
    }
    context.report({
      messageId: 'project',
      cells: [stated.ref],
      data: { ...data, working: explainInlineTotal(score) },
      fix: [inlineTotalFix(context, stated, score)],
    });
  },
});
