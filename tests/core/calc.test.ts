// Every recalculated quantity of rules.md against a hand-computed value.
import { computeWorkbook } from '../../src/core/calc/compute-workbook';
import { nearlyEqual, percentsEqual, roundTo } from '../../src/core/calc/compare';
import {
  adjustmentRate,
  controlRate,
  difference,
  executionRate,
  gradeFor,
  sangongScore,
  yearOnYear,
} from '../../src/core/calc/formulas';
import {
  executionScore,
  expectedIndicatorScore,
  indicatorCompletion,
  NATIONAL_SCORING,
  qualitativeBand,
  qualitativeLevelOf,
  scoreInBand,
  uncappedExecutionScore,
  type QualitativeLevel,
  type ScoringRules,
} from '../../src/core/calc/scoring';
import type { Direction } from '../../src/core/template/model';
import { DEFAULT_SETTINGS, withSettings } from '../../src/core/calc/settings';
import { recognizeWorkbook } from '../../src/core/template/recognize-workbook';
import { loadSampleGrids } from '../support/sample';

describe('budget formulas', () => {
  it('computes the sample execution rate 34474740.51 ÷ 34474255.03', () => {
    // 485.48 / 34474255.03 = 0.0000140823…, so the rate is 1.0000140823…
    const rate = executionRate(34474740.51, 34474255.03);
    expect(rate).toBeCloseTo(1.0000140824, 10);
    expect(difference(34474740.51, 34474255.03)).toBeCloseTo(485.48, 6);
  });

  it('has no execution rate without a budget', () => {
    expect(executionRate(100, 0)).toBeUndefined();
    expect(executionRate(100, null)).toBeUndefined();
    expect(executionRate(null, 100)).toBeUndefined();
  });

  it('computes the budget adjustment rate', () => {
    // (34474255.03 − 30126800) / 30126800 = 4347455.03 / 30126800 = 0.144305…
    expect(adjustmentRate(34474255.03, 30126800)).toBeCloseTo(0.1443052, 6);
    expect(adjustmentRate(100, 0)).toBeUndefined();
  });

  it('computes the "三公" control rate', () => {
    expect(controlRate(181161.6, 210000)).toBeCloseTo(0.862674, 6);
  });

  it('scores execution as round(分值 × 执行率, 2), at most 分值 (the system itself does not cap)', () => {
    expect(executionScore(8, 1.0000140824)).toBe(8);
    expect(executionScore(8, 0.85)).toBe(6.8);
    // 10 × 0.8567 = 8.567 → 8.57; 10 × 1.05 = 10.5 in the system, 10 here.
    expect(executionScore(10, 0.8567)).toBe(8.57);
    expect(executionScore(10, 1.05)).toBe(10);
    expect(uncappedExecutionScore(10, 1.05)).toBe(10.5);
    expect(executionScore(10, 0)).toBe(0);
  });
});

/** A province that scores ≤ as A ÷ B, bands at 80% / 50%, over-completion at 130% (rules.md: "a family may state"). */
const PROVINCE: ScoringRules = {
  name: '某省绩效管理系统',
  reverse: 'target-over-actual',
  qualitativeBands: { met: 0.8, partial: 0.5 },
  overCompletionRatio: 1.3,
  budgetScoreCapped: true,
};

/** [direction, target A, actual B, expected score of 10 points, met] — every value worked out by hand. */
type ScoreCase = readonly [Direction, number, number, number, boolean];

describe('indicator scores, national rules (pmkpi selfpositiveindex / selfequalindex / selfreverseindex)', () => {
  const cases: readonly ScoreCase[] = [
    // ≥: B ≥ A → w; else round(B ÷ A × w, 2)
    ['>=', 100, 100, 10, true], // B = A
    ['>=', 100, 120, 10, true],
    ['>=', 100, 90, 9, false],
    ['>=', 0.95, 0.9, 9.47, false], // 0.9 ÷ 0.95 × 10 = 9.4736…
    ['>=', 3, 2, 6.67, false], // 2 ÷ 3 × 10 = 6.666…
    ['>=', 0, 0, 10, true], // A = 0: nothing to fall short of
    // =: A = 0 → w when B ≤ 0, else 0; otherwise as ≥
    ['=', 0, 0, 10, true],
    ['=', 0, -1, 10, true],
    ['=', 0, 1, 0, false],
    ['=', 100, 100, 10, true],
    ['=', 100, 105, 10, true],
    ['=', 100, 80, 8, false],
    ['=', 1, 0.985, 9.85, false],
    // ≤: B ≤ A → w; A < B < 2A → round((1 − (B − A) ÷ A) × w, 2); B ≥ 2A → 0
    ['<=', 10, 8, 10, true],
    ['<=', 10, 10, 10, true], // B = A
    ['<=', 10, 15, 5, false], // the example: A ÷ B would give 6.67
    ['<=', 10, 12, 8, false], // (1 − 2 ÷ 10) × 10
    ['<=', 3, 4, 6.67, false], // (1 − 1 ÷ 3) × 10 = 6.666…
    ['<=', 10, 19.99, 0.01, false], // (1 − 9.99 ÷ 10) × 10 = 0.01
    ['<=', 10, 20, 0, false], // B = 2A
    ['<=', 10, 25, 0, false],
    ['<=', 0, 0, 10, true], // A = 0, B = 0
    ['<=', 0, 1, 0, false], // A = 0, B > 0
  ];
  it.each(cases)('%s A=%p B=%p → %p of 10', (direction, target, actual, expected, met) => {
    const completion = indicatorCompletion(direction, target, actual, NATIONAL_SCORING);
    expect(completion?.met).toBe(met);
    expect(expectedIndicatorScore(10, completion ?? { met: false, rate: 0 })).toBe(expected);
  });
});

describe('indicator scores, a province that scores ≤ as A ÷ B', () => {
  const cases: readonly ScoreCase[] = [
    ['<=', 10, 8, 10, true],
    ['<=', 10, 10, 10, true], // B = A
    ['<=', 10, 15, 6.67, false], // 10 ÷ 15 × 10 = 6.666…
    ['<=', 10, 20, 5, false], // B = 2A: still half the points
    ['<=', 10, 40, 2.5, false],
    ['<=', 0, 1, 0, false], // A = 0
    ['>=', 100, 90, 9, false], // ≥ and = are the same as nationally
    ['=', 0, 1, 0, false],
  ];
  it.each(cases)('%s A=%p B=%p → %p of 10', (direction, target, actual, expected, met) => {
    const completion = indicatorCompletion(direction, target, actual, PROVINCE);
    expect(completion?.met).toBe(met);
    expect(expectedIndicatorScore(10, completion ?? { met: false, rate: 0 })).toBe(expected);
  });
});

describe('scoring rules in the settings', () => {
  it('default to the national rules, and a family overrides them field by field', () => {
    expect(DEFAULT_SETTINGS.scoring).toBe(NATIONAL_SCORING);
    expect(NATIONAL_SCORING).toMatchObject({
      reverse: 'linear-to-double',
      qualitativeBands: { met: 0.8, partial: 0.6 },
      overCompletionRatio: 1.2,
      budgetScoreCapped: false,
    });
    const province = withSettings({
      scoring: { reverse: 'target-over-actual', qualitativeBands: { partial: 0.5 }, overCompletionRatio: 1.3 },
    }).scoring;
    expect(province).toEqual({
      ...NATIONAL_SCORING,
      ...PROVINCE,
      name: NATIONAL_SCORING.name,
      budgetScoreCapped: false,
    });
  });
});

describe('indicator completion', () => {
  it('≥: actual ÷ target (uncapped), met when actual ≥ target', () => {
    expect(indicatorCompletion('>=', 3000, 3403)).toEqual({ met: true, rate: 3403 / 3000 });
    expect(indicatorCompletion('>=', 0.95, 0.9)).toEqual({ met: false, rate: 0.9 / 0.95 });
  });

  it('≤: the share of the points a missed target keeps', () => {
    expect(indicatorCompletion('<=', 10, 8)).toEqual({ met: true, rate: 1 });
    expect(indicatorCompletion('<=', 10, 15)).toEqual({ met: false, rate: 0.5 });
    expect(indicatorCompletion('<=', 10, 15, PROVINCE)).toEqual({ met: false, rate: 10 / 15 });
  });

  it('定性: not computed', () => {
    expect(indicatorCompletion('qualitative', 1, 1)).toBeUndefined();
  });

  it('同比 change: 10 → 8 is −20%, 3 → 2 is −33.33%', () => {
    expect(yearOnYear(8, 10)).toBeCloseTo(-0.2, 12);
    expect(roundTo((yearOnYear(2, 3) ?? 0) * 100, 2)).toBe(-33.33);
    expect(yearOnYear(5, 0)).toBeUndefined();
  });

  it('expected score: full marks when met, never above 分值 nor below 0', () => {
    expect(expectedIndicatorScore(10, { met: true, rate: 1.2 })).toBe(10);
    expect(expectedIndicatorScore(10, { met: false, rate: 0.9 })).toBe(9);
    expect(expectedIndicatorScore(10, { met: false, rate: -0.5 })).toBe(0);
  });
});

/** [level, 分值, score, inside the band] — bands worked out by hand: 80% / 60% nationally. */
type BandCase = readonly [QualitativeLevel, number, number, boolean];

describe('定性 bands', () => {
  const national: readonly BandCase[] = [
    ['met', 10, 10, true],
    ['met', 10, 8, true], // 80% is inside 达成
    ['met', 10, 7.99, false],
    ['met', 10, 10.01, false],
    ['partial', 10, 8, false], // 80% belongs to 达成
    ['partial', 10, 7.99, true],
    ['partial', 10, 6, true],
    ['partial', 10, 5.99, false],
    ['unmet', 10, 6, false],
    ['unmet', 10, 5.99, true],
    ['unmet', 10, 0, true],
    ['met', 5, 4, true], // 5 × 80% = 4
    ['partial', 5, 3, true], // 5 × 60% = 3
    ['partial', 5, 4, false],
    ['met', 7, 5.6, true], // 7 × 80% = 5.6
    ['partial', 7, 4.2, true], // 7 × 60% = 4.2
    ['unmet', 7, 4.19, true],
  ];
  it.each(national)('national: %s of %p, score %p → %p', (level, weight, score, inside) => {
    expect(scoreInBand(score, qualitativeBand(level, weight, NATIONAL_SCORING))).toBe(inside);
  });

  const province: readonly BandCase[] = [
    ['partial', 10, 5, true], // 10 × 50% = 5
    ['partial', 10, 4.99, false],
    ['unmet', 10, 4.99, true],
    ['unmet', 10, 5.5, false], // nationally 5.5 is 未达成; here it is 部分达成
    ['met', 10, 8, true],
  ];
  it.each(province)('province 80%/50%: %s of %p, score %p → %p', (level, weight, score, inside) => {
    expect(scoreInBand(score, qualitativeBand(level, weight, PROVINCE))).toBe(inside);
  });

  it('reads the level from the stated result', () => {
    expect(qualitativeLevelOf('达成年度指标', '')).toBe('met');
    expect(qualitativeLevelOf('达成预期指标', '效果明显')).toBe('met');
    expect(qualitativeLevelOf('部分达成年度指标并具有一定效果', '')).toBe('partial');
    expect(qualitativeLevelOf('基本完成', '')).toBe('partial');
    expect(qualitativeLevelOf('未达成年度指标且效果较差', '')).toBe('unmet');
    expect(qualitativeLevelOf('未完成', '')).toBe('unmet');
    expect(qualitativeLevelOf('总体平稳', '总体平稳')).toBe('met');
    expect(qualitativeLevelOf('较好', '总体平稳')).toBeUndefined();
  });
});

describe('scores and grades', () => {
  it('"三公" linked score: full marks within budget, else weight × budget ÷ actual', () => {
    expect(sangongScore(4, 210000, 181161.6)).toBe(4);
    expect(sangongScore(4, 200, 250)).toBeCloseTo(3.2, 12);
  });

  it('grades by the default bands and by configured ones', () => {
    expect(gradeFor(99, DEFAULT_SETTINGS)).toBe('优');
    expect(gradeFor(90, DEFAULT_SETTINGS)).toBe('优');
    expect(gradeFor(89.99, DEFAULT_SETTINGS)).toBe('良');
    expect(gradeFor(80, DEFAULT_SETTINGS)).toBe('良');
    expect(gradeFor(60, DEFAULT_SETTINGS)).toBe('中');
    expect(gradeFor(59.5, DEFAULT_SETTINGS)).toBe('差');
    const strict = withSettings({
      gradeBands: [
        { grade: '优', min: 95 },
        { grade: '良', min: 85 },
        { grade: '中', min: 70 },
      ],
    });
    expect(gradeFor(94, strict)).toBe('良');
  });
});

describe('comparisons', () => {
  it('compares percentages at the stated precision', () => {
    expect(percentsEqual(1, 1.0000140824, 2, DEFAULT_SETTINGS)).toBe(true);
    expect(percentsEqual(0.9999, 1.0000140824, 2, DEFAULT_SETTINGS)).toBe(false);
    expect(percentsEqual(1, 1.004, 0, DEFAULT_SETTINGS)).toBe(true);
  });

  it('rounds half away from zero despite binary floats', () => {
    expect(roundTo(1.005, 2)).toBe(1.01);
    expect(roundTo(-2.345, 2)).toBe(-2.35);
    expect(nearlyEqual(0.1 + 0.2, 0.3, 0)).toBe(true);
  });
});

describe('the whole sample, recomputed', () => {
  it('reproduces the stated score, grade, subtotals and linked indicators', async () => {
    const { model } = recognizeWorkbook(await loadSampleGrids());
    const computed = computeWorkbook(model, DEFAULT_SETTINGS);
    expect(computed.executionRate).toBeCloseTo(1.0000140824, 10);
    expect(computed.score?.total).toBe(99);
    expect(computed.score?.totalWeight).toBe(100);
    expect(computed.score?.grade).toBe('优');
    expect(computed.score?.linked.map((l) => [l.kind, l.expected])).toEqual([
      ['execution', 8],
      ['sangong', 4],
      ['indicators', 15],
    ]);
    const fiscal = computed.budget.get('fiscal');
    expect(fiscal?.breakdowns[0]?.sums.planned).toBeCloseTo(33187855.03, 6);
    const total = computed.budget.get('total');
    expect(total?.breakdowns.map((b) => b.name)).toEqual(['资金来源', '支出类型']);
    expect(total?.breakdowns[1]?.sums.actual).toBeCloseTo(34474740.51, 6);
    expect(computed.sangong.get('total')?.rate).toBeCloseTo(181161.6 / 210000, 12);
    const accidents = computed.indicators[0];
    expect(accidents?.completion).toEqual({ met: true, rate: 1 });
    expect(accidents?.yoy).toBeCloseTo(-0.2, 12);
    expect(computed.indicatorCompletionMean).toBe(1);
  });
});
