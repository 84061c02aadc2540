// Every form family, in confidence order: when two families match a workbook equally well, the earlier one wins, so
// the more specific descriptions come first and the reference template, the most general, last.
import { BUDGET20_DEPARTMENT } from './budget20-department';
import { BUDGET20_PROJECT } from './budget20-project';
import { CHONGQING_DEPARTMENT } from './chongqing-department';
import type { FormFamily } from './family';
import { FUJIAN_DEPARTMENT } from './fujian-department';
import { GUIZHOU_DEPARTMENT } from './guizhou-department';
import { HUNAN_DEPARTMENT } from './hunan-department';
import { JIANGXI_DEPARTMENT } from './jiangxi-department';
import { NATIONAL_DEPARTMENT } from './national-department';
import { NATIONAL_PROJECT } from './national-project';
import { REFERENCE } from './reference';
import { SCORESHEET_DEPARTMENT } from './scoresheet-department';
import { SICHUAN_PROJECT } from './sichuan-project';
import { TARGET_SELFEVAL_PROJECT } from './target-selfeval-project';
import { UNSCORED_PROJECT } from './unscored-project';
import { YINCHUAN_PROJECT } from './yinchuan-project';

export type { FormFamily } from './family';

export const FAMILIES: readonly FormFamily[] = [
  CHONGQING_DEPARTMENT,
  HUNAN_DEPARTMENT,
  GUIZHOU_DEPARTMENT,
  FUJIAN_DEPARTMENT,
  JIANGXI_DEPARTMENT,
  BUDGET20_DEPARTMENT,
  NATIONAL_DEPARTMENT,
  SICHUAN_PROJECT,
  TARGET_SELFEVAL_PROJECT,
  UNSCORED_PROJECT,
  BUDGET20_PROJECT,
  YINCHUAN_PROJECT,
  NATIONAL_PROJECT,
  SCORESHEET_DEPARTMENT,
  REFERENCE,
];

export function familyById(id: string): FormFamily | undefined {
  return FAMILIES.find((f) => f.id === id);
}

/** Whether forms of the family carry scores at all (a score sheet, or 分值/得分 on their rows): 绩效目标自评表 without. */
export function familyScores(id: string | undefined): boolean {
  const family = id === undefined ? undefined : familyById(id);
  return !family || family.parts.scoreSheet || family.parts.inlineScores || family.scoring.budgetPoints !== null;
}
