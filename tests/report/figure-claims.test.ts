// The claim test: every figure the report of every workbook states agrees with the recomputed tables.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkWorkbook } from '../../src/core/check';
import { reportRuns } from '../../src/report/report-model';
import { reportToText } from '../../src/report/report-to-text';
import { buildReport } from '../../src/report/build-report';
import { readWorkbookGrids } from '../../src/xlsx/read-workbook';
import { checkFigureClaims } from './figure-claims';
import { SAMPLE_PATH } from './support';

const ROOT = path.resolve(__dirname, '..', '..');
const FIXTURES = path.join(ROOT, 'tests', 'fixtures');
const FORMS = path.join(__dirname, 'forms');
const WORKBOOKS = [
  SAMPLE_PATH,
  path.join(ROOT, 'assets', 'template-blank.xlsx'),
  ...readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.xlsx') && f !== 'password-protected.xlsx')
    .map((f) => path.join(FIXTURES, f)),
  ...readdirSync(FORMS)
    .filter((f) => f.endsWith('.xlsx'))
    .map((f) => path.join(FORMS, f)),
];

async function load(file: string) {
  const result = checkWorkbook(await readWorkbookGrids(new Uint8Array(readFileSync(file))));
  const report = buildReport(result);
  return { result, report, text: reportToText(report) };
}

describe('every figure in the report agrees with the recomputed tables', () => {
  it.each(WORKBOOKS.map((f) => [path.relative(ROOT, f), f]))('%s', async (_name, file) => {
    const { result, report, text } = await load(file);
    const { problems } = checkFigureClaims(text, result);
    expect(problems).toEqual([]);
    // Each 报告素材 figure a finding contradicts is followed by a 【待核实】 marker pointing at its cell.
    const marked = reportRuns(report).filter((r) => r.kind === 'unverified');
    const contradicted = result.findings.filter(
      (f) =>
        ['narrative-claim', 'unit-mismatch', 'score-stated-elsewhere'].includes(f.rule) &&
        f.refs[0]?.sheet === result.model.material?.sheet,
    );
    for (const f of contradicted)
      expect(
        marked.some((r) => r.kind === 'unverified' && r.at.row === f.refs[0]?.row && r.at.col === f.refs[0]?.col),
      ).toBe(true);
    // With errors open the report is a draft, and says so first.
    const errors = result.findings.filter((f) => f.severity === 'error');
    expect(report.draft?.openErrors.length ?? 0).toBe(errors.length);
    if (errors.length > 0) expect(text.startsWith('草稿：')).toBe(true);
  });

  it('reads many claims from the sample, all of them true', async () => {
    const { result, text } = await load(SAMPLE_PATH);
    const { claims, problems } = checkFigureClaims(text, result);
    expect(problems).toEqual([]);
    expect(claims).toBeGreaterThan(40);
  });

  it.each([
    ['a wrong direction', ['增加485.48元', '减少485.48元']],
    ['a wrong amount', ['收入预算安排34474255.03元', '收入预算安排34474255.30元']],
    ['a wrong rate', ['整体支出执行率100.001%', '整体支出执行率100.00%']],
    ['a wrong score', ['自评分数99分', '自评分数98分']],
    ['a wrong grade', ['自评等级为优', '自评等级为良']],
    ['a wrong indicator value', ['生产安全事故起数8起', '生产安全事故起数9起']],
    ['a wrong 同比', ['同比下降20.00%', '同比增长20.00%']],
    ['a wrong count', ['共设定定量绩效指标11项', '共设定定量绩效指标10项']],
    ['a wrong 三公 figure', ['控制率86.27%', '控制率86.72%']],
    ['template residue', ['无。', '（100字以内）']],
  ])('catches %s', async (_name, [from, to]) => {
    const { result, text } = await load(SAMPLE_PATH);
    expect(text).toContain(from);
    expect(checkFigureClaims(text.replace(from ?? '', to ?? ''), result).problems).not.toEqual([]);
  });
});
