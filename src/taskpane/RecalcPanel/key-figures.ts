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

/** A total row's rate (执行率, 控制率): as stated and as recomputed; none when it cannot be computed. */
function rateFigure(
  what: string,
  calc: { readonly row: { readonly rate?: StatedField }; readonly rate?: number } | undefined,
): KeyFigure[] {
  if (calc?.rate === undefined) return [];
  const field = calc.row.rate;
  return [{ what, ...(field ? { ref: field.ref } : {}), stated: stated(field), recomputed: formatPercent(calc.rate) }];
}

export function keyFiguresOf(result: CheckResult): KeyFigure[] {
  const out: KeyFigure[] = [];
  out.push(
    ...rateFigure(M.figureRate, result.computed.budget.get('total')),
    ...rateFigure(M.figureSangong, result.computed.sangong.get('total')),
  );
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
