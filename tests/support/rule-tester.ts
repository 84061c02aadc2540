// An ESLint-RuleTester-shaped helper: each case runs one rule through checkWorkbook and asserts exactly the findings:
// rule, messageId, severity, sheet and cells of each, in order (a finding with the right cells but the wrong advice, or
// on the wrong sheet, fails), the cell changes it proposes (its fix), and the message parts a case names.
import { checkWorkbook, type CheckOptions } from '../../src/core/check';
import { cellsOf, type Finding, type FixProposal, type Severity } from '../../src/core/finding';
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
  /** The cell changes the finding proposes (none when absent), in the order the rule reports them. */
  readonly fix?: readonly ExpectedFix[];
};

/** One proposed change: the cell as the finding lists cells, the value (numbers to 6 decimals) and the formula. */
export type ExpectedFix = {
  readonly cell: string;
  readonly value: number | string;
  readonly formula?: string;
  readonly numFmt?: string;
};

export type InvalidCase = ValidCase & { readonly findings: readonly ExpectedFinding[] };

export type RuleTests = { readonly valid: readonly ValidCase[]; readonly invalid: readonly InvalidCase[] };

function shape(f: Pick<Finding, 'rule' | 'messageId' | 'severity' | 'sheet' | 'cells'>) {
  return { rule: f.rule, messageId: f.messageId, severity: f.severity, sheet: f.sheet, cells: [...f.cells] };
}

function fixShape(sheet: string, fix: FixProposal) {
  return {
    cell: cellsOf(sheet, [fix.ref])[0],
    value: fix.value,
    ...(fix.formula !== undefined ? { formula: fix.formula } : {}),
    ...(fix.numFmt !== undefined ? { numFmt: fix.numFmt } : {}),
  };
}

function expectedFixShape(fix: ExpectedFix) {
  return { ...fix, value: typeof fix.value === 'number' ? expect.closeTo(fix.value, 6) : fix.value };
}

/** Asserts that `findings` are exactly `expected` (in order); throws a Jest assertion error when they differ. */
export function expectFindings(rule: Rule, findings: readonly Finding[], expected: readonly ExpectedFinding[]): void {
  const wanted = expected.map((e) =>
    shape({
      rule: e.rule ?? rule.meta.id,
      messageId: e.messageId,
      severity: e.severity ?? rule.meta.severity,
      sheet: e.sheet,
      cells: e.cells,
    }),
  );
  expect(findings.map(shape)).toEqual(wanted);
  expected.forEach((e, i) => {
    const finding = findings[i];
    const fix = (finding?.fix ?? []).map((f) => fixShape(finding?.sheet ?? '', f));
    expect(fix).toEqual((e.fix ?? []).map(expectedFixShape));
    expect(finding?.message).not.toMatch(/\{\{\w+\}\}/);
    for (const part of e.message ?? []) expect(finding?.message).toContain(part);
  });
}

function run(rule: Rule, c: ValidCase): readonly Finding[] {
  return checkWorkbook(c.grids, { rules: [rule], ...(c.settings ? { settings: c.settings } : {}) }).findings;
}

export function ruleTester(rule: Rule, tests: RuleTests): void {
  describe(rule.meta.id, () => {
    describe('valid', () => {
      it.each(tests.valid.map((c) => [c.name, c] as const))('%s', (_name, c) => {
        expectFindings(rule, run(rule, c), []);
      });
    });
    describe('invalid', () => {
      it.each(tests.invalid.map((c) => [c.name, c] as const))('%s', (_name, c) => {
        expectFindings(rule, run(rule, c), c.findings);
      });
    });
  });
}
