// The settings every calculation and check reads: tolerances, grade bands, thresholds, the scoring rules (rules.md).
import type { Grade } from '../template/model';
import { NATIONAL_SCORING, type ScoringRules } from './scoring';

export type { Grade } from '../template/model';

export type Settings = {
  readonly tolerance: {
    /** Amounts, in the sheet's unit. */
    readonly amount: number;
    /** Percentages, in percentage points, after rounding to the stated value's precision. */
    readonly percentPoints: number;
    readonly score: number;
  };
  /** Lowest total of each grade, best first; below the last one is 差. */
  readonly gradeBands: ReadonlyArray<{ readonly grade: Grade; readonly min: number }>;
  /** 执行率 below this (a fraction) needs an explanation. */
  readonly lowExecutionRate: number;
  /**
   * The scoring rules of the recognised form family (national by default); every score, completion and band the
   * core computes or checks comes from here, so a family description can supply its own.
   */
  readonly scoring: ScoringRules;
};

/** What a caller may override: any setting, with tolerances and scoring rules merged field by field. */
export type SettingsOverrides = Partial<Omit<Settings, 'tolerance' | 'scoring'>> & {
  readonly tolerance?: Partial<Settings['tolerance']>;
  readonly scoring?: Partial<Omit<ScoringRules, 'qualitativeBands'>> & {
    readonly qualitativeBands?: Partial<ScoringRules['qualitativeBands']>;
  };
};

export const DEFAULT_SETTINGS: Settings = {
  tolerance: { amount: 0.005, percentPoints: 0.005, score: 0.01 },
  gradeBands: [
    { grade: '优', min: 90 },
    { grade: '良', min: 80 },
    { grade: '中', min: 60 },
  ],
  lowExecutionRate: 0.9,
  scoring: NATIONAL_SCORING,
};

export function withSettings(overrides: SettingsOverrides = {}): Settings {
  const scoring = overrides.scoring ?? {};
  return {
    ...DEFAULT_SETTINGS,
    ...overrides,
    tolerance: { ...DEFAULT_SETTINGS.tolerance, ...(overrides.tolerance ?? {}) },
    scoring: {
      ...DEFAULT_SETTINGS.scoring,
      ...scoring,
      qualitativeBands: { ...DEFAULT_SETTINGS.scoring.qualitativeBands, ...(scoring.qualitativeBands ?? {}) },
    },
  };
}
