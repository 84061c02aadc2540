// The precision a form writes its scores at. A form whose every 得分 is a whole number scores in whole points (廊坊:
// 得分 9 for 10 × 86.20% = 8.62; 六安: 9 for 10 × 89.72%): its scores are compared at that precision, as a stated rate
// is compared at the decimals it shows.
import { roundTo, scoresEqual } from '../calc/compare';
import type { Settings } from '../calc/settings';
import type { WorkbookModel } from '../template/model';

/** Appended to a working that is rounded to the form's whole points. */
export const WHOLE_POINTS = '（本表得分均为整数，取 {{expected}}分）';

/** Fewer stated scores than this say nothing about a form's habit. */
const MIN_SCORES = 3;

/** 0 when every stated score of the data table (budget rows, indicators, 总分) is whole and there are enough of them. */
export function formScoreDecimals(model: WorkbookModel): 0 | undefined {
  const data = model.data;
  if (!data || model.score) return undefined;
  const values = [
    ...(data.budget?.rows ?? []).map((r) => r.score?.value),
    ...(data.indicators?.rows ?? []).map((r) => r.score?.value),
    data.statedScore?.value,
  ].filter((v): v is number => typeof v === 'number');
  if (values.length < MIN_SCORES) return undefined;
  return values.every((v) => Number.isInteger(v)) ? 0 : undefined;
}

/** A stated score agrees with the computed one exactly, or at the whole points the form writes. */
export function scoreAgrees(stated: number, computed: number, decimals: 0 | undefined, settings: Settings): boolean {
  return (
    scoresEqual(stated, computed, settings) ||
    (decimals !== undefined && scoresEqual(stated, roundTo(computed, decimals), settings))
  );
}
