// The page's downloads are built as the CLI builds them: the same per-file record, the same annotated copy and names.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { checkGrids, unreadableReport, type FileReport } from '../../src/cli/file-report';
import { CLI_MESSAGES, fill } from '../../src/cli/messages';
import { checkWorkbook } from '../../src/core/check';
import { annotateWorkbook } from '../../src/xlsx/annotate';
import { readWorkbookGrids } from '../../src/xlsx/read-workbook';
import {
  annotatedCopy,
  annotatedName,
  checkedEntryOf,
  summaryWorkbook,
  unreadableEntryOf,
} from '../../src/web/downloads';

const INVALID_ALL = join(__dirname, '..', 'fixtures', 'invalid-all.xlsx');

/** The CLI's record without what only its JSON output carries (the rule's name, the finding's data). */
function withoutJsonExtras(report: FileReport) {
  return { ...report, findings: report.findings.map(({ name: _name, data: _data, ...finding }) => finding) };
}

describe('the offline page builds its downloads as the CLI does', () => {
  it('records a checked file exactly as ziping check does', async () => {
    const grids = await readWorkbookGrids(new Uint8Array(readFileSync(INVALID_ALL)));
    const page = checkedEntryOf('invalid-all.xlsx', checkWorkbook(grids));
    const cli = withoutJsonExtras(checkGrids('invalid-all.xlsx', grids));
    expect(
      JSON.parse(
        JSON.stringify({
          ...page,
          findings: page.findings.map(({ rule, severity, sheet, cells, message }) => ({
            rule,
            severity,
            sheet,
            cells,
            message,
          })),
        }),
      ),
    ).toEqual(JSON.parse(JSON.stringify(cli)));
    expect(page.findings.length).toBeGreaterThan(10);
  });

  it('records an unreadable file exactly as ziping check does', () => {
    expect(unreadableEntryOf('坏.xlsx', '文件已损坏')).toEqual(
      withoutJsonExtras(unreadableReport('坏.xlsx', '文件已损坏')),
    );
  });

  it('names the annotated copy as --annotate does', () => {
    expect(annotatedName('自评表.xlsx')).toBe(fill(CLI_MESSAGES.annotatedName, { name: '自评表', n: '' }));
    expect(annotatedName('A.XLSX')).toBe('A（已标注）.xlsx');
  });

  it('annotates the bytes it is given into the same copy as the CLI', async () => {
    const bytes = new Uint8Array(readFileSync(INVALID_ALL));
    const grids = await readWorkbookGrids(bytes);
    const page = await annotatedCopy(bytes, 'invalid-all.xlsx', checkWorkbook(grids));
    const cli = await annotateWorkbook(bytes, checkGrids('invalid-all.xlsx', grids));
    expect(page.fileName).toBe('invalid-all（已标注）.xlsx');
    const pageZip = await JSZip.loadAsync(new Uint8Array(await page.blob.arrayBuffer()));
    const cliZip = await JSZip.loadAsync(cli);
    expect(Object.keys(pageZip.files).sort()).toEqual(Object.keys(cliZip.files).sort());
    for (const name of Object.keys(cliZip.files))
      expect([name, await pageZip.file(name)?.async('string')]).toEqual([
        name,
        await cliZip.file(name)?.async('string'),
      ]);
  });

  it('builds the summary workbook with one row per file, unreadable ones included', async () => {
    const grids = await readWorkbookGrids(new Uint8Array(readFileSync(INVALID_ALL)));
    const { blob, fileName } = await summaryWorkbook([
      checkedEntryOf('invalid-all.xlsx', checkWorkbook(grids)),
      unreadableEntryOf('坏.xlsx', '文件已损坏'),
    ]);
    expect(fileName).toMatch(/\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await blob.arrayBuffer()) as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0];
    expect([sheet?.getCell('A2').value, sheet?.getCell('A3').value, sheet?.getCell('A4').value]).toEqual([
      'invalid-all.xlsx',
      '坏.xlsx',
      null,
    ]);
  });
});
