// The headline recalculated figures next to the values the sheet states, for the 重算 tab's comparison table.
import type { CheckResult } from '../../core/check';
import type { CellRef, CellValue } from '../../core/grid/grid';
import { formatCellValue, formatPercent, formatScore } from '../format-value';
import { TASKPANE_MESSAGES as M } from '../messages';

export type KeyFigure = {
  readonly what: string;
  readonly ref?: CellRef;
  readonly stated: string;
  readonly recomputed: string;
};

type StatedField = { readonly ref: CellRef; readonly raw: CellValue; readonly numFmt?: string } | undefined;

const stated = (field: StatedField) => formatCellValue(field?.raw ?? null, field?.numFmt);

export function keyFiguresOf(result: CheckResult): KeyFigure[] {
  const out: KeyFigure[] = [];
  const total = result.computed.budget.get('total');
  if (total?.rate !== undefined) {
    out.push({
      what: M.figureRate,
      ...(total.row.rate ? { ref: total.row.rate.ref } : {}),
      stated: stated(total.row.rate),
      recomputed: formatPercent(total.rate),
    });
  }
  const sangong = result.computed.sangong.get('total');
  if (sangong?.rate !== undefined) {
    out.push({
      what: M.figureSangong,
      ...(sangong.row.rate ? { ref: sangong.row.rate.ref } : {}),
      stated: stated(sangong.row.rate),
      recomputed: formatPercent(sangong.rate),
    });
  }
  const score = result.computed.score;
  if (score) {
    const totalScore = result.model.score?.total?.score;
    out.push({
      what: M.figureScore,
      ...(totalScore ? { ref: totalScore.ref } : {}),
      stated: stated(totalScore),
      recomputed: formatScore(score.total),
    });
    const grade = result.model.score?.grade;
    out.push({
      what: M.figureGrade,
      ...(grade ? { ref: grade.ref } : {}),
      stated: stated(grade),
      recomputed: score.grade,
    });
  }
  return out;
}
