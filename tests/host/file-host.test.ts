// The file host on real files: the same Grids as the CLI, marks as a view state, write-back all or nothing with an
// exact undo, the template and report sheets, and a saved workbook identical to the original except what was edited.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { checkWorkbook } from '../../src/core/check';
import { proposeFixes } from '../../src/core/fixes/propose-fixes';
import { fromA1, toA1 } from '../../src/core/grid/a1';
import { cellAt, type CellRef, type Grid } from '../../src/core/grid/grid';
import { openFileHost, type FileHost } from '../../src/host/file/file-host';
import { isHostError, type CellChange } from '../../src/host/workbook-host';
import { readWorkbookGrids } from '../../src/xlsx/read-workbook';
import { REFERENCE_SHEET_NAMES, writeReferenceWorkbook } from '../../src/xlsx/reference-workbook';
import { SAMPLE_PATH } from '../support/sample';
import { FIXTURES, REPO_WORKBOOKS, ROOT } from '../support/repo-workbooks';
import { loadExcel, members, notesOf, plain, sheetDifferences } from '../support/workbook-diff';

const INVALID_ALL = join(FIXTURES, 'invalid-all.xlsx');
const DATA = REFERENCE_SHEET_NAMES.data;

const read = (path: string) => new Uint8Array(readFileSync(path));
const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const open = (path: string) => openFileHost(read(path), path.split('/').pop() ?? path);

/** Every difference between two workbooks' original sheets, cell by cell, except the cells skipped ("Sheet!A1"). */
async function differences(original: Uint8Array, copy: Uint8Array, skip: readonly string[] = []): Promise<string[]> {
  const a = await loadExcel(original);
  const b = await loadExcel(copy);
  const out: string[] = [];
  expect(b.worksheets.map((ws) => ws.name).slice(0, a.worksheets.length)).toEqual(a.worksheets.map((ws) => ws.name));
  expect(plain(b.definedNames.model)).toEqual(plain(a.definedNames.model));
  for (const ws of a.worksheets) {
    const sheetSkip = new Set(skip.filter((s) => s.startsWith(`${ws.name}!`)).map((s) => s.slice(ws.name.length + 1)));
    const copySheet = b.getWorksheet(ws.name) as ExcelJS.Worksheet;
    out.push(...sheetDifferences(ws, copySheet, new Map(), notesOf(ws), sheetSkip).differences);
  }
  return out;
}

/** The cells ("Sheet!A1") and every cell of the merged ranges they anchor. */
function withMerged(grids: readonly Grid[], cells: readonly string[]): string[] {
  return cells.flatMap((cell) => {
    const [sheet = '', a1 = ''] = cell.split('!');
    const at = fromA1(a1);
    const merge = grids.find((g) => g.name === sheet)?.merges.find((m) => at && m.top === at.row && m.left === at.col);
    if (!merge) return [cell];
    const out: string[] = [];
    for (let row = merge.top; row <= merge.bottom; row++)
      for (let col = merge.left; col <= merge.right; col++) out.push(`${sheet}!${toA1({ row, col })}`);
    return out;
  });
}

function valueOf(grids: readonly Grid[], ref: CellRef) {
  const grid = grids.find((g) => g.name === ref.sheet);
  return grid ? cellAt(grid, ref.row, ref.col) : undefined;
}

function ref(sheet: string, a1: string): CellRef {
  return { sheet, ...(fromA1(a1) as { row: number; col: number }) };
}

/** A change to one cell that states what the cell holds now, as a preview would. */
async function changeOf(host: FileHost, at: CellRef, value: number | string, extra: Partial<CellChange> = {}) {
  const cell = valueOf(await host.readGrids(), at);
  return {
    ref: at,
    what: '测试单元格',
    current: cell?.value ?? null,
    ...(cell?.formula !== undefined ? { currentFormula: cell.formula } : {}),
    value,
    ...extra,
  } as CellChange;
}

describe('openFileHost reads every workbook in the repo as the CLI does', () => {
  it('covers the fixtures, the sample, the blank template and every real form', () => {
    expect(REPO_WORKBOOKS.length).toBeGreaterThanOrEqual(50);
  });

  it.each(REPO_WORKBOOKS.map((p) => [p.slice(ROOT.length + 1), p]))('%s', async (_, path) => {
    const bytes = read(path);
    const before = sha(bytes);
    const host = await openFileHost(bytes, 'x.xlsx');
    expect(await host.readGrids()).toEqual(await readWorkbookGrids(read(path)));
    // Nothing edited: every part of the saved package is the original's.
    expect(await members(await host.save())).toEqual(await members(bytes));
    expect(host.state()).toEqual({ marks: 0, edited: false });
    expect(sha(bytes)).toBe(before);
  });
});

describe('openFileHost on what is not a workbook', () => {
  it.each([
    ['garbage', new TextEncoder().encode('这不是一个工作簿，只是一段文字。')],
    ['an empty file', new Uint8Array()],
    ['a truncated zip', read(SAMPLE_PATH).subarray(0, 2000)],
    ['the password-protected fixture', read(join(FIXTURES, 'password-protected.xlsx'))],
  ])('rejects %s with a host error in Chinese', async (_, bytes) => {
    const error = await openFileHost(bytes, '坏文件.xlsx').then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(isHostError(error)).toBe(true);
    expect((error as Error).message).toMatch(/[\u4e00-\u9fff]/);
    expect((error as Error).message).toContain('坏文件.xlsx');
  });
});

describe('highlight, clear and select are view state', () => {
  it('counts the marks, tells listeners, clears exactly, and never writes marks into the file', async () => {
    const bytes = read(INVALID_ALL);
    const host = await openFileHost(bytes, 'invalid-all.xlsx');
    const result = checkWorkbook(await host.readGrids());
    const seen: number[] = [];
    const stop = host.onStateChange(() => seen.push(host.state().marks));
    const marks = result.findings.flatMap((f) => f.refs.map((r) => ({ ...r, severity: f.severity })));
    expect(marks.length).toBeGreaterThan(20);
    await host.highlight(marks);
    const distinct = new Set(marks.map((m) => `${m.sheet}!${toA1(m)}`)).size;
    expect(host.state().marks).toBe(distinct);
    expect(await members(await host.save())).toEqual(await members(bytes));
    await host.highlight(marks.slice(0, 3));
    expect(host.state().marks).toBe(new Set(marks.slice(0, 3).map((m) => `${m.sheet}!${toA1(m)}`)).size);
    await host.clearHighlights();
    expect(host.state()).toEqual({ marks: 0, edited: false });
    stop();
    await host.highlight(marks);
    expect(seen).toEqual([distinct, expect.any(Number), 0]);
  });

  it('selects the cells of the first cell’s sheet, as Excel does', async () => {
    const host = await open(SAMPLE_PATH);
    await host.selectCells([ref(DATA, 'F17'), ref('自评评分表', 'J22'), ref(DATA, 'D17'), ref(DATA, 'F17')]);
    expect(host.state().selection).toEqual({ sheet: DATA, refs: ['F17', 'D17'] });
  });

  it('onWorkbookChanged never fires (nothing else edits the file) and unsubscribes', async () => {
    const host = await open(SAMPLE_PATH);
    const listener = jest.fn();
    const stop = await host.onWorkbookChanged(listener);
    await host.applyChanges([await changeOf(host, ref(DATA, 'B7'), '某单位')], 'values');
    await stop();
    expect(listener).not.toHaveBeenCalled();
  });
});

describe('applyChanges and undoLastApply', () => {
  it('writes the recalculation’s proposals as formulas, a re-check no longer finds them, and undo restores exactly', async () => {
    const bytes = read(INVALID_ALL);
    const before = sha(bytes);
    const host = await openFileHost(bytes, 'invalid-all.xlsx');
    const original = await host.readGrids();
    const first = checkWorkbook(original);
    const proposals = proposeFixes(first);
    expect(proposals.length).toBeGreaterThan(3);
    const result = await host.applyChanges(proposals, 'formulas');
    expect(result).toEqual({ ok: true, written: proposals.length });
    expect(host.state().edited).toBe(true);

    const after = await host.readGrids();
    for (const p of proposals) {
      const cell = valueOf(after, p.ref);
      expect({ at: toA1(p.ref), value: cell?.value, formula: cell?.formula }).toEqual({
        at: toA1(p.ref),
        value: p.value,
        formula: p.formula,
      });
      if (p.numFmt !== undefined) expect(cell?.numFmt).toBe(p.numFmt);
    }
    // Every cell that was not written (nor shows a written merge's value) reads as before.
    const written = new Set(proposals.map((p) => `${p.ref.sheet}!${toA1(p.ref)}`));
    for (const grid of original)
      grid.cells.forEach((row, r) =>
        row?.forEach((cell, c) => {
          const shown = cell?.mergedFrom ?? { row: r, col: c };
          if (!written.has(`${grid.name}!${toA1(shown)}`))
            expect(valueOf(after, { sheet: grid.name, row: r, col: c })).toEqual(cell);
        }),
      );
    expect(proposeFixes(checkWorkbook(after))).toEqual([]);

    // The saved file differs from the original in the written cells only (with the merged cells that show them).
    expect(await differences(bytes, await host.save(), withMerged(original, [...written]))).toEqual([]);

    expect(await host.undoLastApply()).toBe(true);
    expect(await host.readGrids()).toEqual(original);
    expect(await differences(bytes, await host.save())).toEqual([]);
    expect(await host.undoLastApply()).toBe(false);
    expect(sha(bytes)).toBe(before);
  });

  it('writes values in values mode, with the number format asked for', async () => {
    const host = await open(SAMPLE_PATH);
    const at = ref(DATA, 'F17');
    const change = await changeOf(host, at, 0.5, { formula: 'D17/C17', numFmt: '0.0%' });
    expect(await host.applyChanges([change], 'values')).toEqual({ ok: true, written: 1 });
    const cell = valueOf(await host.readGrids(), at);
    expect(cell).toEqual({ value: 0.5, numFmt: '0.0%' });
  });

  it('writes nothing when one change cannot be written, and says which cell and why', async () => {
    const bytes = read(SAMPLE_PATH);
    const host = await openFileHost(bytes, 'sample.xlsx');
    const ok = await changeOf(host, ref(DATA, 'B7'), '另一个单位');
    const { currentFormula: _formula, ...change } = await changeOf(host, ref(DATA, 'D17'), 1);
    const stale = { ...change, current: 12345 };
    const result = await host.applyChanges([ok, stale], 'values');
    expect(result).toMatchObject({ ok: false, ref: ref(DATA, 'D17') });
    expect(result.ok ? '' : result.reason).toContain('预览之后已被修改');
    const missing = await host.applyChanges([{ ...ok, ref: ref('没有这张表', 'A1') }], 'values');
    expect(missing.ok ? '' : missing.reason).toContain('找不到工作表"没有这张表"');
    expect(host.state().edited).toBe(false);
    expect(await host.undoLastApply()).toBe(false);
    expect(await members(await host.save())).toEqual(await members(bytes));
  });

  it('refuses a cell inside a merge (not its first cell) and a cell of a protected sheet', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('表一');
    ws.getCell('A1').value = 1;
    ws.mergeCells('B2:C3');
    ws.getCell('B2').value = '合并';
    const locked = wb.addWorksheet('锁定');
    locked.getCell('A1').value = 2;
    await locked.protect('', {});
    const host = await openFileHost(new Uint8Array(await wb.xlsx.writeBuffer()), 'm.xlsx');
    const merged = await host.applyChanges([await changeOf(host, ref('表一', 'C3'), 5)], 'values');
    expect(merged.ok ? '' : merged.reason).toContain('合并单元格');
    const anchor = await host.applyChanges([await changeOf(host, ref('表一', 'B2'), '新')], 'values');
    expect(anchor).toEqual({ ok: true, written: 1 });
    const protectedSheet = await host.applyChanges([await changeOf(host, ref('锁定', 'A1'), 5)], 'values');
    expect(protectedSheet.ok ? '' : protectedSheet.reason).toContain('受保护');
  });

  it('creates cells and rows the sheet lacks, in order, and undo removes them again', async () => {
    const bytes = read(SAMPLE_PATH);
    const host = await openFileHost(bytes, 'sample.xlsx');
    const original = await host.readGrids();
    const far = ref(DATA, 'Z300');
    const between = ref(DATA, 'AA1');
    const result = await host.applyChanges(
      [await changeOf(host, far, 42, { formula: 'SUM(D17:D18)' }), await changeOf(host, between, '文字')],
      'formulas',
    );
    expect(result).toEqual({ ok: true, written: 2 });
    const grids = await host.readGrids();
    expect(valueOf(grids, far)).toEqual({ value: 42, formula: 'SUM(D17:D18)' });
    expect(valueOf(grids, between)).toEqual({ value: '文字' });
    const copy = await loadExcel(await host.save());
    expect(copy.getWorksheet(DATA)?.getCell('Z300').formula).toBe('SUM(D17:D18)');
    expect(await host.undoLastApply()).toBe(true);
    expect(await host.readGrids()).toEqual(original);
  });
});

describe('random apply/undo sequences (seeded)', () => {
  it('always undo to the workbook before the last apply: Grids and saved file', async () => {
    let seed = 20240601;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const bytes = read(INVALID_ALL);
    // Formulas, constants, text, empty cells, cells past the last row and column, a merge's first cell.
    const cells = ['B4', 'C17', 'D17', 'F17', 'F24', 'J43', 'K47', 'M40', 'A1', 'P3', 'C99', 'AB120'];
    for (let run = 0; run < 6; run++) {
      const host = await openFileHost(bytes, 'invalid-all.xlsx');
      let beforeLast: { grids: Grid[]; saved: Uint8Array } | undefined;
      for (let step = 0; step < 6; step++) {
        if (random() < 0.35) {
          expect(await host.undoLastApply()).toBe(beforeLast !== undefined);
          if (beforeLast) {
            expect(await host.readGrids()).toEqual(beforeLast.grids);
            expect(await differences(beforeLast.saved, await host.save())).toEqual([]);
          }
          beforeLast = undefined;
          continue;
        }
        const picked = cells.filter(() => random() < 0.4);
        const changes: CellChange[] = [];
        for (const a1 of picked) {
          const value = random() < 0.8 ? Math.round(random() * 1000) / 10 : `文字${Math.round(random() * 9)}`;
          changes.push(
            await changeOf(host, ref(DATA, a1), value, {
              ...(random() < 0.5 ? { formula: typeof value === 'number' ? `${value}*1` : `"${value}"` } : {}),
              ...(random() < 0.5 ? { numFmt: random() < 0.5 ? '0.00%' : '#,##0.0' } : {}),
            }),
          );
        }
        const state = { grids: await host.readGrids(), saved: await host.save() };
        const mode = random() < 0.5 ? 'formulas' : 'values';
        expect(await host.applyChanges(changes, mode)).toEqual({ ok: true, written: changes.length });
        const after = await host.readGrids();
        for (const c of changes) {
          const cell = valueOf(after, c.ref);
          expect(cell?.value).toBe(c.value);
          expect(cell?.formula).toBe(mode === 'formulas' ? c.formula : undefined);
          if (c.numFmt) expect(cell?.numFmt).toBe(c.numFmt);
        }
        if (changes.length > 0) beforeLast = state;
      }
    }
  }, 120_000);
});

describe('applyChanges on what real files hold', () => {
  it('overwriting a shared formula’s first cell keeps the formula in the cells that share it; undo restores it', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('表');
    [1, 2, 3].forEach((n) => (ws.getCell(`A${n}`).value = n));
    ws.getCell('B1').value = { formula: 'A1*2', result: 2, shareType: 'shared', ref: 'B1:B3' } as ExcelJS.CellValue;
    ws.getCell('B2').value = { sharedFormula: 'B1', result: 4 } as ExcelJS.CellValue;
    ws.getCell('B3').value = { sharedFormula: 'B1', result: 6 } as ExcelJS.CellValue;
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    expect([...(await members(bytes)).values()].join('')).toContain('t="shared"');
    const host = await openFileHost(bytes, 'shared.xlsx');
    const original = await host.readGrids();
    expect(valueOf(original, ref('表', 'B3'))).toEqual({ value: 6, formula: 'A3*2' });
    const change = await changeOf(host, ref('表', 'B1'), 5);
    expect(await host.applyChanges([change, { ...change, value: 7 }], 'values')).toEqual({ ok: true, written: 2 });
    const grids = await host.readGrids();
    expect(valueOf(grids, ref('表', 'B1'))).toEqual({ value: 7 });
    expect(valueOf(grids, ref('表', 'B2'))).toEqual({ value: 4, formula: 'A2*2' });
    expect(valueOf(grids, ref('表', 'B3'))).toEqual({ value: 6, formula: 'A3*2' });
    expect(await host.undoLastApply()).toBe(true);
    expect(await host.readGrids()).toEqual(original);
  });

  it('drops the calculation chain and asks for a full recalculation on opening once cells changed', async () => {
    const zip = await JSZip.loadAsync(read(SAMPLE_PATH));
    zip.file(
      'xl/calcChain.xml',
      '<?xml version="1.0"?><calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="F17" i="1"/></calcChain>',
    );
    const rels = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? '';
    zip.file(
      'xl/_rels/workbook.xml.rels',
      rels.replace(
        '</Relationships>',
        '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>',
      ),
    );
    const types = (await zip.file('[Content_Types].xml')?.async('string')) ?? '';
    zip.file(
      '[Content_Types].xml',
      types.replace(
        '</Types>',
        '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>',
      ),
    );
    const host = await openFileHost(await zip.generateAsync({ type: 'uint8array' }), 'chain.xlsx');
    await host.applyChanges([await changeOf(host, ref(DATA, 'F17'), 1)], 'values');
    const parts = await members(await host.save());
    expect(parts.has('xl/calcChain.xml')).toBe(false);
    expect(parts.get('xl/_rels/workbook.xml.rels')).not.toContain('calcChain');
    expect(parts.get('[Content_Types].xml')).not.toContain('calcChain');
    expect(parts.get('xl/workbook.xml')).toMatch(/<calcPr\b[^>]*fullCalcOnLoad="1"/);
  });
});

describe('insertTemplate', () => {
  async function emptyWorkbook(): Promise<Uint8Array> {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1');
    return new Uint8Array(await wb.xlsx.writeBuffer());
  }

  it.each(['blank', 'sample'] as const)(
    'inserts the %s template after the last sheet: the check finds it, and its Grids are the reference workbook’s',
    async (kind) => {
      const host = await openFileHost(await emptyWorkbook(), 'empty.xlsx');
      expect(checkWorkbook(await host.readGrids()).recognised).toBe(false);
      const names = Object.values(REFERENCE_SHEET_NAMES);
      expect(await host.insertTemplate(kind)).toEqual({ inserted: names });
      expect(host.state().edited).toBe(true);
      const grids = await host.readGrids();
      expect(grids.map((g) => g.name)).toEqual(['Sheet1', ...names]);
      expect(checkWorkbook(grids).recognised).toBe(true);
      const reference = await readWorkbookGrids(await writeReferenceWorkbook(kind));
      expect(grids.slice(1)).toEqual(reference);
      // The saved file opens in exceljs with the template's layout: widths and merges.
      const saved = await loadExcel(await host.save());
      const ref0 = await loadExcel(await writeReferenceWorkbook(kind));
      for (const name of names) {
        const a = ref0.getWorksheet(name) as ExcelJS.Worksheet;
        const b = saved.getWorksheet(name) as ExcelJS.Worksheet;
        expect(plain(b.model.merges)).toEqual(plain(a.model.merges));
        expect(b.columns?.map((c) => c.width)).toEqual(a.columns?.map((c) => c.width));
        expect(plain(b.getCell('A1').font)).toEqual(plain(a.getCell('A1').font));
      }
    },
  );

  it('gives the sheets free names when the workbook has them, cross-sheet formulas included', async () => {
    const bytes = read(SAMPLE_PATH);
    const host = await openFileHost(bytes, 'sample.xlsx');
    const result = await host.insertTemplate('sample');
    const names = Object.values(REFERENCE_SHEET_NAMES).map((n) => `${n} (2)`);
    expect(result).toEqual({ inserted: names });
    const grids = await host.readGrids();
    const formulas = grids
      .filter((g) => names.includes(g.name))
      .flatMap((g) => g.cells.flatMap((row) => (row ?? []).map((c) => c?.formula ?? '')))
      .filter((f) => f.includes('!'));
    for (const f of formulas) expect(f).toMatch(/\(2\)'!/);
    // The sample's own sheets are as they were.
    expect(await differences(bytes, await host.save())).toEqual([]);
  });
});

describe('writeReportSheet', () => {
  it('writes one paragraph per row, says exists, and replaces without stale rows', async () => {
    const bytes = read(SAMPLE_PATH);
    const host = await openFileHost(bytes, 'sample.xlsx');
    const paragraphs = ['一、基本情况', '=不是公式', '0012', '二、绩效目标完成情况'];
    expect(await host.writeReportSheet(paragraphs, { replace: false })).toBe('written');
    const report = () => host.readGrids().then((grids) => grids.find((g) => g.name === '自评报告'));
    expect((await report())?.cells.map((row) => row?.[0]?.value)).toEqual(paragraphs);
    expect(await host.writeReportSheet(['别的'], { replace: false })).toBe('exists');
    expect(await host.writeReportSheet(['只剩一段'], { replace: true })).toBe('written');
    expect((await report())?.cells.map((row) => row?.[0]?.value)).toEqual(['只剩一段']);
    const saved = await host.save();
    expect((await loadExcel(saved)).worksheets.map((ws) => ws.name).pop()).toBe('自评报告');
    expect(await differences(bytes, saved)).toEqual([]);
  });
});

describe('a saved session', () => {
  it('every XML part is well-formed, and LibreOffice reads the writes, the template and the report', async () => {
    const bytes = read(INVALID_ALL);
    const host = await openFileHost(bytes, 'invalid-all.xlsx');
    const proposals = proposeFixes(checkWorkbook(await host.readGrids()));
    expect(await host.applyChanges(proposals, 'formulas')).toMatchObject({ ok: true });
    expect(await host.insertTemplate('sample')).toMatchObject({ inserted: expect.any(Array) });
    expect(await host.writeReportSheet(['一、基本情况', '=不是公式'], { replace: false })).toBe('written');
    const saved = await host.save();

    const dir = mkdtempSync(join(tmpdir(), 'ziping-file-host-'));
    for (const [name, text] of await members(saved)) {
      if (!/\.(xml|rels|vml)$/.test(name)) continue;
      const path = join(dir, name.replace(/[/[\]]/g, '_'));
      writeFileSync(path, text);
      expect({ name, wellFormed: lint(path) }).toEqual({ name, wellFormed: true });
    }

    writeFileSync(join(dir, 'session.xlsx'), saved);
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${join(dir, 'lo-profile')}`,
        '--headless',
        '--convert-to',
        'xlsx:Calc MS Excel 2007 XML',
        '--outdir',
        join(dir, 'lo'),
        join(dir, 'session.xlsx'),
      ],
      { stdio: 'ignore', timeout: 300_000 },
    );
    const again = await loadExcel(new Uint8Array(readFileSync(join(dir, 'lo', 'session.xlsx'))));
    expect(again.worksheets.map((ws) => ws.name)).toEqual([
      ...Object.values(REFERENCE_SHEET_NAMES),
      ...Object.values(REFERENCE_SHEET_NAMES).map((n) => `${n} (2)`),
      '自评报告',
    ]);
    // LibreOffice recalculated on opening: each written formula's result is the recalculation's.
    const grids = await readWorkbookGrids(new Uint8Array(readFileSync(join(dir, 'lo', 'session.xlsx'))));
    expect(valueOf(grids, ref('自评报告', 'A2'))).toEqual({ value: '=不是公式' });
    for (const p of proposals.filter((q) => typeof q.value === 'number'))
      expect({ at: toA1(p.ref), value: valueOf(grids, p.ref)?.value }).toEqual({
        at: toA1(p.ref),
        value: expect.closeTo(p.value as number, 6),
      });
  }, 300_000);
});

function lint(path: string): boolean {
  try {
    execFileSync('xmllint', ['--noout', path], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
