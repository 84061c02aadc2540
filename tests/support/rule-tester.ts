// An ESLint-RuleTester-shaped helper: each case runs one rule through checkWorkbook and asserts exactly the findings.
import { checkWorkbook, type CheckOptions } from '../../src/core/check';
import type { Severity } from '../../src/core/finding';
import type { Grid } from '../../src/core/grid/grid';
import type { Rule } from '../../src/core/rule-kit/rule';

export type ValidCase = {
  readonly name: string;
  readonly grids: readonly Grid[];
  readonly settings?: CheckOptions['settings'];
};

export type ExpectedFinding = {
  readonly rule?: string;
  readonly severity?: Severity;
  /** The sheet of the first cell, and A1 addresses as the finding lists them (others are 'Sheet'!A1). */
  readonly sheet: string;
  readonly cells: readonly string[];
  /** Which of the rule's messages: a finding with the right cells but the wrong advice fails. */
  readonly messageId: string;
  /** Substrings the message must contain. */
  readonly message?: readonly string[];
};

export type InvalidCase = ValidCase & { readonly findings: readonly ExpectedFinding[] };

export type RuleTests = { readonly valid: readonly ValidCase[]; readonly invalid: readonly InvalidCase[] };

function shape(f: { rule: string; messageId?: string; severity: Severity; sheet: string; cells: readonly string[] }) {
  return { rule: f.rule, messageId: f.messageId, severity: f.severity, sheet: f.sheet, cells: [...f.cells] };
}

export function ruleTester(rule: Rule, tests: RuleTests): void {
  const id = rule.meta.id;
  describe(id, () => {
    describe('valid', () => {
      it.each(tests.valid.map((c) => [c.name, c] as const))('%s', (_name, c) => {
        const result = checkWorkbook(c.grids, { rules: [rule], ...(c.settings ? { settings: c.settings } : {}) });
        expect(result.findings.map(shape)).toEqual([]);
      });
    });
    describe('invalid', () => {
      it.each(tests.invalid.map((c) => [c.name, c] as const))('%s', (_name, c) => {
        const result = checkWorkbook(c.grids, { rules: [rule], ...(c.settings ? { settings: c.settings } : {}) });
        const actual = result.findings.map(shape);
        const expected = c.findings.map((e) => ({
          rule: e.rule ?? id,
          messageId: e.messageId,
          severity: e.severity ?? rule.meta.severity,
          sheet: e.sheet,
          cells: [...e.cells],
        }));
        expect(actual).toEqual(expected);
        c.findings.forEach((e, i) => {
          const finding = result.findings[i];
          expect(finding?.message).not.toMatch(/\{\{\w+\}\}/);
          for (const part of e.message ?? []) expect(finding?.message).toContain(part);
        });
      });
    });
  });
}
