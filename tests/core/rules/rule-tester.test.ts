// The rule tester itself: an expectation with the wrong sheet, messageId, cells, severity, fix or message fails.
import { checkWorkbook } from '../../../src/core/check';
import type { Finding } from '../../../src/core/finding';
import rule from '../../../src/core/rules/score-grade';
import { expectFindings, type ExpectedFinding } from '../../support/rule-tester';
import { sampleLikeGrids } from '../../support/sample-like';

function findingsOf(): readonly Finding[] {
  return checkWorkbook(sampleLikeGrids({ score: { B23: '良' } }), { rules: [rule] }).findings;
}

const GRADE_FORMULA = 'IF(J22>=90,"优",IF(J22>=80,"良",IF(J22>=60,"中","差")))';
const RIGHT: ExpectedFinding = {
  sheet: '自评评分表',
  messageId: 'grade',
  cells: ['B23'],
  message: ['“优”'],
  fix: [{ cell: 'B23', value: '优', formula: GRADE_FORMULA }],
};

describe('rule tester', () => {
  it('passes the right expectation', () => {
    expect(() => expectFindings(rule, findingsOf(), [RIGHT])).not.toThrow();
  });

  it.each([
    ['a wrong sheet', { ...RIGHT, sheet: '自评数据表' }],
    ['a wrong messageId', { ...RIGHT, messageId: 'notHundred' }],
    ['a wrong cell', { ...RIGHT, cells: ['B22'] }],
    ['a wrong severity', { ...RIGHT, severity: 'warning' as const }],
    ['a message part that is not there', { ...RIGHT, message: ['“良”应为“中”'] }],
    ['a fix left unstated', { ...RIGHT, fix: undefined }],
    ['a wrong fix value', { ...RIGHT, fix: [{ cell: 'B23', value: '良', formula: GRADE_FORMULA }] }],
    ['a wrong fix formula', { ...RIGHT, fix: [{ cell: 'B23', value: '优' }] }],
  ])('fails on %s', (_name, wrong) => {
    expect(() => expectFindings(rule, findingsOf(), [wrong])).toThrow();
  });

  it('fails on a missing and on an extra finding', () => {
    expect(() => expectFindings(rule, findingsOf(), [])).toThrow();
    expect(() => expectFindings(rule, findingsOf(), [RIGHT, RIGHT])).toThrow();
  });
});
