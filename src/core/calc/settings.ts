// The settings every calculation and check reads: tolerances, grade bands, thresholds (rules.md defaults).

export type Grade = '优' | '良' | '中' | '差';

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
  /** An actual above this multiple of a ≥ target suggests the target was set too low. */
  readonly targetTooLowRatio: number;
};

export const DEFAULT_SETTINGS: Settings = {
  tolerance: { amount: 0.005, percentPoints: 0.005, score: 0.01 },
  gradeBands: [
    { grade: '优', min: 90 },
    { grade: '良', min: 80 },
    { grade: '中', min: 60 },
  ],
  lowExecutionRate: 0.9,
  targetTooLowRatio: 1.5,
};

export function withSettings(overrides: Partial<Settings> = {}): Settings {
  return {
    ...DEFAULT_SETTINGS,
    ...overrides,
    tolerance: { ...DEFAULT_SETTINGS.tolerance, ...(overrides.tolerance ?? {}) },
  };
}
