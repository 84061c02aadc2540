// Meta-test over the rule registry: ids, files, messages, tests, and rules.md's full list of rule ids.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../../../src/core/rules';
import { ruleName } from '../../../src/core/rule-names';

/** Every rule id of rules.md's three tables (a public contract; copied here so the test runs without ../shared). */
const RULES_MD_IDS = [
  // score sheet
  'score-weight-rollup',
  'score-range',
  'score-deduction-reason',
  'score-reason-without-deduction',
  'score-total',
  'score-grade',
  'score-linked-indicator',
  'score-stated-elsewhere',
  // data table
  'budget-rollup',
  'execution-rate',
  'execution-rate-base',
  'overspend',
  'low-execution',
  'budget-score',
  'sangong-control',
  'indicator-completion',
  // the 得分系数 scheme of the Chongqing family (docs/forms.md)
  'indicator-coefficient',
  'indicator-deviation-reason',
  'indicator-score',
  'indicator-target-sanity',
  'indicator-unit',
  'indicator-value-words',
  'qualitative-score',
  'qualitative-value',
  'satisfaction-basis',
  'perfect-score-unsupported',
  // whole workbook
  'required-field',
  'number-as-text',
  'cell-error',
  'hardcoded-total',
  'formula-range',
  'unit-mismatch',
  'year-mismatch',
  'filing-date',
  'placeholder-text',
  'unit-name-mismatch',
  'narrative-claim',
  'text-sum',
] as const;

const SEVERITIES: Readonly<Record<string, string>> = {
  'score-reason-without-deduction': 'warning',
  'score-linked-indicator': 'warning',
  overspend: 'warning',
  'low-execution': 'warning',
  'sangong-control': 'warning',
  'indicator-target-sanity': 'warning',
  'indicator-unit': 'warning',
  'qualitative-value': 'warning',
  'indicator-value-words': 'warning',
  'satisfaction-basis': 'warning',
  'perfect-score-unsupported': 'warning',
  'number-as-text': 'warning',
  'year-mismatch': 'warning',
  'hardcoded-total': 'info',
};

const RULES_DIR = join(__dirname, '..', '..', '..', 'src', 'core', 'rules');

describe('rule registry', () => {
  it('holds exactly the ids of rules.md, sorted', () => {
    const ids = RULES.map((r) => r.meta.id);
    expect([...ids].sort()).toEqual([...RULES_MD_IDS].sort());
    expect(ids).toEqual([...ids].sort());
  });

  it('docs/rules.md lists every rule with its Chinese name and default severity, in registry order', () => {
    const doc = readFileSync(join(__dirname, '..', '..', '..', 'docs', 'rules.md'), 'utf8');
    const severity = { error: '错误', warning: '警告', info: '提示' } as const;
    const rows = RULES.map((r) => doc.indexOf(`| \`${r.meta.id}\` | ${r.meta.name} | ${severity[r.meta.severity]} |`));
    expect(rows.filter((at) => at < 0)).toEqual([]);
    expect(rows).toEqual([...rows].sort((a, b) => a - b));
  });

  it('rules/ holds the registry and one file per rule id, nothing else (helpers live in core/rule-kit)', () => {
    const files = readdirSync(RULES_DIR).sort();
    const expected = ['index.ts', ...RULES.map((r) => `${r.meta.id}.ts`)].sort();
    expect(files).toEqual(expected);
  });

  it.each(RULES.map((r) => [r.meta.id, r] as const))(
    '%s: file name, severity, description, Chinese messages',
    (id, rule) => {
      expect(existsSync(join(RULES_DIR, `${id}.ts`))).toBe(true);
      const source = readFileSync(join(RULES_DIR, `${id}.ts`), 'utf8');
      expect(source).toMatch(new RegExp(`id: '${id}'`));
      expect(source).toMatch(/export default defineRule\(/);
      expect(rule.meta.severity).toBe(SEVERITIES[id] ?? 'error');
      expect(rule.meta.description.length).toBeGreaterThan(10);
      expect(rule.meta.name).toMatch(/^[\u4e00-\u9fff“”（）/]{4,14}$/);
      const messages = Object.entries(rule.meta.messages);
      expect(messages.length).toBeGreaterThan(0);
      for (const [key, text] of messages) {
        expect(key).toMatch(/^[a-z][A-Za-z]*$/);
        expect(text).toMatch(/[\u4e00-\u9fa5]/);
      }
    },
  );

  it.each(RULES.map((r) => [r.meta.id] as const))('%s has a test file with valid and invalid cases', (id) => {
    const file = join(__dirname, `${id}.test.ts`);
    expect(existsSync(file)).toBe(true);
    const source = readFileSync(file, 'utf8');
    expect(source).toMatch(/valid:\s*\[\s*\{/);
    expect(source).toMatch(/invalid:\s*\[\s*\{/);
    expect(source).toMatch(/ruleTester\(rule/);
  });
});

describe('rule names', () => {
  it('are unique, so the filter and the tree never merge two rules', () => {
    const names = RULES.map((r) => r.meta.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it("name the check's own findings too, and fall back to the id", () => {
    expect(ruleName('execution-rate')).toBe('执行率计算错误');
    expect(ruleName('template-not-recognised')).toBe('未识别的表格');
    expect(ruleName('file-unreadable')).toBe('文件无法打开');
    expect(ruleName('no-such-rule')).toBe('no-such-rule');
  });
});
