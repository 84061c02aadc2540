// Every recalculated quantity of rules.md against a hand-computed value.
import { computeWorkbook } from '../../src/core/calc/compute-workbook';
import { nearlyEqual, percentsEqual, roundTo } from '../../src/core/calc/compare';
import {
  adjustmentRate,
  controlRate,
  difference,
  executionRate,
  executionScore,
  expectedIndicatorScore,
  gradeFor,
  indicatorCompletion,
  sangongScore,
  yearOnYear,
} from '../../src/core/calc/formulas';
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

  it('scores execution at most full marks', () => {
    expect(executionScore(8, 1.0000140824)).toBe(8);
    expect(executionScore(8, 0.85)).toBeCloseTo(6.8, 10);
  });
});

describe('indicator completion', () => {
  it('≥: actual ÷ target, met when actual ≥ target', () => {
    expect(indicatorCompletion('>=', 3000, 3403)).toEqual({ met: true, rate: 3403 / 3000 });
    expect(indicatorCompletion('>=', 0.95, 0.9)).toEqual({ met: false, rate: 0.9 / 0.95 });
  });

  it('≤: met when actual ≤ target, otherwise target ÷ actual', () => {
    expect(indicatorCompletion('<=', 10, 8)).toEqual({ met: true, rate: 1 });
    expect(indicatorCompletion('<=', 10, 12)).toEqual({ met: false, rate: 10 / 12 });
    expect(indicatorCompletion('<=', 0, 2)).toEqual({ met: false, rate: 0 });
  });

  it('=: met when equal, otherwise min ÷ max', () => {
    expect(indicatorCompletion('=', 0, 0)).toEqual({ met: true, rate: 1 });
    expect(indicatorCompletion('=', 100, 80)).toEqual({ met: false, rate: 0.8 });
    expect(indicatorCompletion('=', 80, 100)).toEqual({ met: false, rate: 0.8 });
  });

  it('定性: not computed', () => {
    expect(indicatorCompletion('qualitative', 1, 1)).toBeUndefined();
  });

  it('同比 change: 10 → 8 is −20%, 3 → 2 is −33.33%', () => {
    expect(yearOnYear(8, 10)).toBeCloseTo(-0.2, 12);
    expect(roundTo((yearOnYear(2, 3) ?? 0) * 100, 2)).toBe(-33.33);
    expect(yearOnYear(5, 0)).toBeUndefined();
  });

  it('expected score: full marks when met, marks × completion when not (capped at 100%)', () => {
    expect(expectedIndicatorScore(10, { met: true, rate: 1.2 })).toBe(10);
    expect(expectedIndicatorScore(10, { met: false, rate: 0.9 })).toBeCloseTo(9, 12);
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
