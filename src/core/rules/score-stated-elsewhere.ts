// score-stated-elsewhere: 自评得分 / 自评等级 written in the data table or the 报告素材 text disagree with the score sheet.
import { scoresEqual } from '../calc/compare';
import { gradeFor } from '../calc/formulas';
import type { CellRef } from '../grid/grid';
import { formatScore } from '../text/format';
import { defineRule } from '../rule-kit/rule';
import { foldText, placeOf, quote, userTexts } from '../rule-kit/texts';
import { fixList } from '../rule-kit/fix-cell';
import { dataGradeFix, dataScoreFix } from '../rule-kit/fix-score';

const SCORE_CLAIM = /(?:自评得分|自评分数|自评总分|自评分值|总得分|总分)(?:为|是|达到|:)?(\d+(?:\.\d+)?)分/g;
const GRADE_CLAIM = /(?:自评等级|评价等级|等级)(?:为|是|评定为|:)?[“"]?(优秀|优|良好|良|中等|中|差|合格|及格|不合格)/g;
const GRADE_WORDS: Readonly<Record<string, string>> = {
  优秀: '优',
  良好: '良',
  中等: '中',
  合格: '中',
  及格: '中',
  不合格: '差',
};

function normalGrade(text: string): string {
  const t = foldText(text).replace(/等$/, '');
  return GRADE_WORDS[t] ?? t;
}

export default defineRule({
  meta: {
    id: 'score-stated-elsewhere',
    name: '多处填写的得分不一致',
    severity: 'error',
    description:
      "自评得分 / 自评等级 stated in the data table or in 报告素材 text ≠ the score sheet's recomputed total / grade.",
    messages: {
      dataScore:
        '自评数据表的自评得分为 {{stated}} 分，但评分表各项得分之和为 {{computed}} 分。请改为 {{computed}} 分（或直接引用评分表的合计得分）。',
      dataGrade:
        '自评数据表的自评等级为“{{stated}}”，但按评分表重算总分 {{total}} 分应为“{{computed}}”。请改为“{{computed}}”。',
      textScore:
        '报告素材“{{where}}”中写的是“{{claim}}”，但评分表各项得分之和为 {{computed}} 分。请改为 {{computed}} 分。',
      textGrade:
        '报告素材“{{where}}”中写的是“{{claim}}”，但按评分表重算总分 {{total}} 分，自评等级应为“{{computed}}”。请改为“{{computed}}”。',
    },
  },
  check(context) {
    const { model, computed, settings } = context;
    const score = computed.score;
    if (!score || !model.score) return;
    const totalCell: CellRef | undefined = model.score.total?.score?.ref;
    const gradeCell: CellRef | undefined = model.score.grade?.ref ?? totalCell;
    const statedTotal = model.score.total?.score?.value ?? null;
    const totalWrong = statedTotal !== null && !scoresEqual(statedTotal, score.total, settings);
    // A value that merely repeats the score sheet's own wrong total is a consequence of score-total's finding.
    const echoesWrongTotal = (value: number) =>
      totalWrong && statedTotal !== null && scoresEqual(value, statedTotal, settings);
    const echoesWrongGrade = (grade: string) =>
      totalWrong && statedTotal !== null && grade === gradeFor(statedTotal, settings);
    const withSheet = (cell: CellRef, other: CellRef | undefined) => (other ? [cell, other] : [cell]);

    const data = model.data;
    const dataScore = data?.statedScore;
    if (
      dataScore &&
      dataScore.value !== null &&
      dataScore.problem !== 'error' &&
      !scoresEqual(dataScore.value, score.total, settings) &&
      !echoesWrongTotal(dataScore.value)
    ) {
      context.report({
        messageId: 'dataScore',
        cells: withSheet(dataScore.ref, totalCell),
        data: { stated: formatScore(dataScore.value), computed: formatScore(score.total) },
        fix: fixList(dataScoreFix(context)),
      });
    }
    const dataGrade = data?.statedGrade;
    if (dataGrade && dataGrade.value !== null) {
      const grade = normalGrade(dataGrade.value);
      if (grade !== score.grade && !echoesWrongGrade(grade)) {
        context.report({
          messageId: 'dataGrade',
          cells: withSheet(dataGrade.ref, gradeCell),
          data: { stated: dataGrade.value, computed: score.grade, total: formatScore(score.total) },
          fix: fixList(dataGradeFix(context)),
        });
      }
    }

    for (const text of userTexts(model, ['material'])) {
      const folded = foldText(text.text);
      const label = placeOf(text);
      for (const m of folded.matchAll(SCORE_CLAIM)) {
        const value = Number(m[1]);
        if (scoresEqual(value, score.total, settings) || echoesWrongTotal(value)) continue;
        context.report({
          messageId: 'textScore',
          cells: withSheet(text.field.ref, totalCell),
          data: { where: label, claim: quote(m[0]), computed: formatScore(score.total) },
        });
        break;
      }
      for (const m of folded.matchAll(GRADE_CLAIM)) {
        const grade = normalGrade(m[1] ?? '');
        if (grade === score.grade || echoesWrongGrade(grade)) continue;
        context.report({
          messageId: 'textGrade',
          cells: withSheet(text.field.ref, gradeCell),
          data: { where: label, claim: quote(m[0]), computed: score.grade, total: formatScore(score.total) },
        });
        break;
      }
    }
  },
});
