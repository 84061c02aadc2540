// The real .xlsx fixtures (scripts/build-fixtures.ts) through the CLI in JSON mode: each planted mistake is reported
// by its rule at its cell; the clean sample has no error; the reference report's mistakes are caught in 报告素材.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { SAMPLE_PATH } from '../support/sample';

const FIXTURES = join(__dirname, '..', 'fixtures');

type Expected = { readonly sheet: string; readonly cell: string };
type JsonFinding = { rule: string; severity: string; sheet: string; cells: string[]; message: string };
type JsonReport = { file: string; recognised: boolean; findings: JsonFinding[] };

const EXPECTED = JSON.parse(readFileSync(join(FIXTURES, 'expected.json'), 'utf8')) as {
  invalid: Record<string, Expected>;
  reportMistakes: ReadonlyArray<Expected & { rule: string }>;
  /** Real published indicator blocks in the reference family (scripts/build-fixtures.ts REAL_FORMS). */
  realForms: Record<string, ReadonlyArray<Expected & { rule: string }>>;
};

async function checkJson(file: string): Promise<{ code: number; report: JsonReport }> {
  let out = '';
  const io = { stdout: (s: string) => void (out += s), stderr: () => undefined, isTTY: false };
  const code = await main(['check', '--json', file], io);
  const reports = JSON.parse(out) as JsonReport[];
  expect(reports).toHaveLength(1);
  return { code, report: reports[0] as JsonReport };
}

/** Whether a finding points at the cell: on its own sheet as A1, or on another sheet as 'Sheet'!A1. */
function pointsAt(finding: JsonFinding, where: Expected): boolean {
  return finding.cells.some(
    (c) =>
      (finding.sheet === where.sheet && c === where.cell) ||
      c === `'${where.sheet}'!${where.cell}` ||
      c === `${where.sheet}!${where.cell}`,
  );
}

const invalidFiles = readdirSync(FIXTURES)
  .filter((f) => /^invalid-.+\.xlsx$/.test(f) && f !== 'invalid-all.xlsx')
  .sort();

describe('fixtures', () => {
  it('has one invalid-<rule-id>.xlsx per planted rule', () => {
    expect(invalidFiles.map((f) => f.replace(/^invalid-|\.xlsx$/g, '')).sort()).toEqual(
      Object.keys(EXPECTED.invalid).sort(),
    );
  });

  it.each(invalidFiles)('%s reports its rule at the planted cell', async (file) => {
    const rule = file.replace(/^invalid-|\.xlsx$/g, '');
    const where = EXPECTED.invalid[rule] as Expected;
    const { code, report } = await checkJson(join(FIXTURES, file));
    expect(report.recognised).toBe(true);
    const hits = report.findings.filter((f) => f.rule === rule);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.some((f) => pointsAt(f, where))).toBe(true);
    expect(code).toBe(report.findings.some((f) => f.severity === 'error') ? 1 : 0);
  });

  it('invalid-all.xlsx reports every planted rule at its cell', async () => {
    const { code, report } = await checkJson(join(FIXTURES, 'invalid-all.xlsx'));
    expect(code).toBe(1);
    const missing = Object.entries(EXPECTED.invalid)
      .filter(([rule, where]) => !report.findings.some((f) => f.rule === rule && pointsAt(f, where)))
      .map(([rule, where]) => `${rule} ${where.sheet}!${where.cell}`);
    expect(missing).toEqual([]);
  });

  it('the clean sample has no error finding (exit code 0)', async () => {
    const { code, report } = await checkJson(SAMPLE_PATH);
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(code).toBe(0);
  });

  it("sample-with-report-mistakes.xlsx: the reference report's mistakes at their 报告素材 cells", async () => {
    const { report } = await checkJson(join(FIXTURES, 'sample-with-report-mistakes.xlsx'));
    for (const expected of EXPECTED.reportMistakes) {
      expect(
        report.findings.filter((f) => f.rule === expected.rule && pointsAt(f, expected)).map((f) => f.rule),
      ).toEqual([expected.rule]);
    }
    const claim = report.findings.find((f) => f.rule === 'narrative-claim');
    expect(claim?.message).toContain('增加485.48元');
    expect(claim?.severity).toBe('error');
    expect(report.findings.find((f) => f.rule === 'year-mismatch')?.severity).toBe('warning');
  });

  it.each(Object.entries(EXPECTED.realForms))('%s: the scoring findings at their cells', async (file, expected) => {
    const { report } = await checkJson(join(FIXTURES, file));
    expect(report.recognised).toBe(true);
    const missing = expected
      .filter((where) => !report.findings.some((f) => f.rule === where.rule && pointsAt(f, where)))
      .map((where) => `${where.rule} ${where.sheet}!${where.cell}`);
    expect(missing).toEqual([]);
    // A form whose scores follow the national rules exactly has no finding at all.
    if (expected.length === 0) expect(report.findings).toEqual([]);
  });
});
