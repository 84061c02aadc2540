// Annotated copies: every finding marked at its cell, a first sheet 检查结果, and nothing else of the workbook changed,
// proved cell by cell and part by part on every fixture and real form in the repo, and opened by exceljs and LibreOffice.
import type ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { checkFile } from '../../src/cli/check-file';
import type { FileReport } from '../../src/cli/file-report';
import { fromA1, qualifiedA1 } from '../../src/core/grid/a1';
import { ruleName } from '../../src/core/rule-names';
import { annotateWorkbook } from '../../src/xlsx/annotate';
import { FIXTURES, REPO_WORKBOOKS, ROOT } from '../support/repo-workbooks';
import { loadExcel, markedCells, members, notesOf, plain, sheetDifferences } from '../support/workbook-diff';

/** Parts an annotation may rewrite: the package's lists, styles, the marked sheets and their notes. */
const REWRITABLE =
  /^(\[Content_Types\]\.xml|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/styles\.xml|xl\/worksheets\/(_rels\/)?sheet\d+\.xml(\.rels)?|xl\/comments\d+\.xml|xl\/drawings\/vmlDrawing\d+\.vml)$/;

async function annotate(path: string): Promise<{ report: FileReport; original: Uint8Array; copy: Uint8Array }> {
  const report = await checkFile(path);
  const original = new Uint8Array(readFileSync(path));
  return { report, original, copy: await annotateWorkbook(original, report) };
}

const outDir = mkdtempSync(join(tmpdir(), 'ziping-annotated-'));

describe('annotateWorkbook keeps every workbook in the repo as it was, marks and 检查结果 aside', () => {
  it('covers the fixtures, the sample, the blank template and every real form', () => {
    expect(REPO_WORKBOOKS.length).toBeGreaterThanOrEqual(50);
  });

  it.each(REPO_WORKBOOKS.map((p) => [p.slice(ROOT.length + 1), p]))('%s', async (_, path) => {
    const { report, original, copy } = await annotate(path);
    writeFileSync(join(outDir, basename(path)), copy);
    expect(report.findings.some((f) => f.rule === 'file-unreadable')).toBe(false);

    // Part level: every original part is still there; parts the marks don't touch are identical.
    const before = await members(original);
    const after = await members(copy);
    for (const [name, text] of before) {
      expect(after.has(name)).toBe(true);
      if (!REWRITABLE.test(name)) expect({ name, text: after.get(name) }).toEqual({ name, text });
    }

    // Cell level, through exceljs: sheet order, names, every cell of every original sheet.
    const a = await loadExcel(original);
    const b = await loadExcel(copy);
    expect(b.worksheets.map((ws) => ws.name)).toEqual(['检查结果', ...a.worksheets.map((ws) => ws.name)]);
    expect(plain(b.definedNames.model)).toEqual(plain(a.definedNames.model));
    const marks = markedCells(report, a);
    let compared = 0;
    const differences: string[] = [];
    for (const ws of a.worksheets) {
      const copySheet = b.getWorksheet(ws.name);
      expect(copySheet).toBeDefined();
      const sheetMarks = new Map([...marks].filter(([k]) => k.startsWith(`${ws.name}!`)));
      const result = sheetDifferences(ws, copySheet as ExcelJS.Worksheet, sheetMarks, notesOf(ws));
      differences.push(...result.differences);
      compared += result.compared;
    }
    expect(differences).toEqual([]);
    // Not vacuous: the smallest workbook, a cut score sheet of three rows (大英县总工会), has 40 cells.
    expect(compared).toBeGreaterThanOrEqual(40);

    // The 检查结果 sheet: the summary, then one row per finding linking to its first cell.
    const summary = b.worksheets[0] as ExcelJS.Worksheet;
    expect(String(summary.getCell('A1').value)).toContain(basename(path));
    if (report.unit) expect(summary.getCell('B4').value).toBe(report.unit);
    const header = summary.getColumn(1).values.findIndex((v) => v === '序号');
    expect(header).toBeGreaterThan(0);
    report.findings.forEach((f, i) => {
      const row = summary.getRow(header + 1 + i);
      expect(row.getCell(1).value).toBe(i + 1);
      expect(row.getCell(2).value).toBe({ error: '错误', warning: '警告', info: '提示' }[f.severity]);
      expect(row.getCell(3).value).toBe(ruleName(f.rule));
      expect(row.getCell(5).value).toBe(f.message);
    });
    // Each finding's 位置 links to its first cell (an in-workbook link, which exceljs does not read: checked in the XML).
    const added = [...after.keys()].filter((n) => !before.has(n) && /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
    expect(added).toHaveLength(1);
    const links = [...(after.get(added[0] ?? '') ?? '').matchAll(/<hyperlink ref="D(\d+)" location="([^"]*)"/g)];
    const located = report.findings.map((f, i) => [f, header + 1 + i] as const).filter(([f]) => f.cells.length > 0);
    expect(links.map((m) => Number(m[1]))).toEqual(located.map(([, row]) => row));
    links.forEach((m, i) => {
      const [f] = located[i] ?? [];
      const first = f?.cells[0] ?? '';
      const target = (m[2] ?? '')
        .replace(/&apos;/g, "'")
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&');
      const bang = first.lastIndexOf('!');
      const sheet =
        bang < 0
          ? (f?.sheet ?? '')
          : first
              .slice(0, bang)
              .replace(/^'(.*)'$/, '$1')
              .replace(/''/g, "'");
      expect(target).toBe(qualifiedA1(sheet, fromA1(first.slice(bang + 1)) ?? { row: -1, col: -1 }));
    });
    expect(summary.getRow(header + 1 + report.findings.length).getCell(1).value).toBeNull();
  });

  // One LibreOffice run over the copies of every real form, the sample, the blank template and the fixture with every
  // kind of finding (all 53 copies take ~2 minutes on 2 cores; the synthetic fixtures share one layout).
  it('LibreOffice opens the copies and converts them to PDF', () => {
    const copies = REPO_WORKBOOKS.filter((p) => !p.startsWith(FIXTURES) || p.endsWith('invalid-all.xlsx')).map((p) =>
      basename(p),
    );
    for (const f of copies) expect(existsSync(join(outDir, f))).toBe(true);
    const pdfDir = join(outDir, 'pdf');
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${join(outDir, 'lo-profile')}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        pdfDir,
        ...copies.map((f) => join(outDir, f)),
      ],
      { stdio: 'ignore', timeout: 600_000 },
    );
    for (const f of copies) {
      const pdf = join(pdfDir, f.replace(/\.xlsx$/, '.pdf'));
      expect({ f, exists: existsSync(pdf) }).toEqual({ f, exists: true });
      expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    }
  }, 600_000);
});

describe('annotateWorkbook on a workbook with notes, a print area and another active sheet', () => {
  it('appends findings to a note the cell already has, keeps other notes, print areas and names on their sheet', async () => {
    // A real workbook: the every-finding fixture with a reviewer's notes, a print area and its second sheet active.
    const wb = await loadExcel(new Uint8Array(readFileSync(join(FIXTURES, 'invalid-all.xlsx'))));
    const data = wb.getWorksheet('自评数据表') as ExcelJS.Worksheet;
    data.getCell('B4').note = '审核人：日期请再核对';
    data.getCell('A2').note = '这条批注与检查无关';
    const scoreSheet = wb.getWorksheet('自评评分表') as ExcelJS.Worksheet;
    scoreSheet.pageSetup.printArea = 'A1:F30';
    wb.views = [{ activeTab: 1, x: 0, y: 0, width: 10000, height: 20000, firstSheet: 0, visibility: 'visible' }];
    const path = join(outDir, '有批注.xlsx');
    await wb.xlsx.writeFile(path);

    const { report, original, copy } = await annotate(path);
    const filing = report.findings.find((f) => f.sheet === '自评数据表' && f.cells[0] === 'B4');
    expect(filing).toBeDefined();
    const b = await loadExcel(copy);
    const sheet = b.getWorksheet('自评数据表') as ExcelJS.Worksheet;
    const note = JSON.stringify(sheet.getCell('B4').note);
    expect(note).toContain('审核人：日期请再核对');
    expect(note).toContain(filing?.message);
    expect(note.indexOf('审核人')).toBeLessThan(note.indexOf(filing?.message ?? ''));
    expect(JSON.stringify(sheet.getCell('A2').note)).toBe(JSON.stringify(data.getCell('A2').note));
    expect((b.getWorksheet('自评评分表') as ExcelJS.Worksheet).pageSetup.printArea).toBe('A1:F30');
    expect(b.definedNames.model).toEqual((await loadExcel(original)).definedNames.model);

    // 检查结果 is the one selected sheet when the copy opens: no tab group left behind.
    const parts = await members(copy);
    const workbookXml = parts.get('xl/workbook.xml') ?? '';
    expect(workbookXml).not.toMatch(/activeTab="[1-9]/);
    expect(workbookXml).toMatch(/localSheetId="2"/); // the print area of 自评评分表, now the third sheet
    const selected = [...parts].filter(
      ([n, x]) => n.startsWith('xl/worksheets/sheet') && /tabSelected="(1|true)"/.test(x),
    );
    expect(selected).toHaveLength(1);
    expect(selected[0]?.[1]).toContain('绩效自评表检查结果');

    // Annotating the annotated copy again works too: its summary sheet gets a free name.
    const again = await loadExcel(await annotateWorkbook(copy, report));
    expect(again.worksheets.map((ws) => ws.name).slice(0, 2)).toEqual(['检查结果(2)', '检查结果']);
  });
});
