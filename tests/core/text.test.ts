// Label normalisation, numbers in text, dates, display formats.
import { dateFromSerial, parseDateText } from '../../src/core/text/dates';
import { formatAmount, formatPercent, formatScore } from '../../src/core/text/format';
import { normalizeLabel } from '../../src/core/text/normalize';
import { isNumberLikeText, parseNumberText, readNumber } from '../../src/core/text/numbers';

describe('normalizeLabel', () => {
  it.each([
    ['部门（单位）名称：', '部门(单位)名称'],
    ['  全年\u3000预算数 ', '全年预算数'],
    ['权重（％）', '权重(%)'],
    ['“三公”经费', '三公经费'],
    ['第１项', '第1项'],
  ])('%s -> %s', (input, expected) => expect(normalizeLabel(input)).toBe(expected));
});

describe('numbers in text', () => {
  it('reads separators, full-width digits, percents and units', () => {
    expect(parseNumberText('34,474,255.03')?.value).toBe(34474255.03);
    expect(parseNumberText('１２３')?.value).toBe(123);
    expect(parseNumberText('≥95%')).toMatchObject({ value: 0.95, percent: true, prefix: '≥', unit: '' });
    expect(parseNumberText('8宗')).toMatchObject({ value: 8, unit: '宗' });
    expect(parseNumberText('480小时')).toMatchObject({ value: 480, unit: '小时' });
    expect(parseNumberText('达到')).toBeUndefined();
  });

  it('tells numbers typed as text from prose', () => {
    expect(isNumberLikeText('99分')).toBe(true);
    expect(isNumberLikeText('100%')).toBe(true);
    expect(isNumberLikeText('约100人')).toBe(false);
    expect(readNumber('34,474,255.03')).toEqual({
      kind: 'text-number',
      value: 34474255.03,
      decimals: 2,
      percent: false,
    });
    expect(readNumber({ error: '#DIV/0!' })).toEqual({ kind: 'error', error: '#DIV/0!' });
    expect(readNumber('  ')).toEqual({ kind: 'blank' });
    expect(readNumber('无')).toEqual({ kind: 'text', text: '无' });
  });
});

describe('dates', () => {
  it('reads Excel serials and typed dates', () => {
    expect(dateFromSerial(45863)).toEqual({ year: 2025, month: 7, day: 25 });
    expect(parseDateText('2025年7月25日')).toEqual({ kind: 'date', date: { year: 2025, month: 7, day: 25 } });
    expect(parseDateText('2025-07-25')).toEqual({ kind: 'date', date: { year: 2025, month: 7, day: 25 } });
    expect(parseDateText('2025.7.25')).toEqual({ kind: 'date', date: { year: 2025, month: 7, day: 25 } });
    expect(parseDateText('2025-02-30').kind).toBe('not-a-date');
    expect(parseDateText('七月底').kind).toBe('unparsable');
  });
});

describe('display formats', () => {
  it('formats amounts, percentages and scores', () => {
    expect(formatAmount(34474255.03)).toBe('34,474,255.03');
    expect(formatAmount(34474255.03, { thousands: false })).toBe('34474255.03');
    expect(formatAmount(-485.48)).toBe('-485.48');
    expect(formatPercent(1.0000140824)).toBe('100.00%');
    expect(formatPercent(0.0000140824)).toBe('不足0.01%');
    expect(formatPercent(0)).toBe('0.00%');
    expect(formatScore(99)).toBe('99');
    expect(formatScore(98.333)).toBe('98.33');
  });
});
