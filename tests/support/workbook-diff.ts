// Cell-by-cell comparison of a workbook with a copy of it, through exceljs: what a copy may not change (annotated
// copies, the file host's saved workbook) is every cell's value, formula, format and note, merges, columns, rows,
// page setup, views, validations. Marked cells are checked for their mark instead; skipped cells are not compared.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Severity } from '../../src/core/finding';
import { fromA1, rangeFromA1 } from '../../src/core/grid/a1';
import { SEVERITY_FILLS } from '../../src/xlsx/annotate';

/** The findings of a check as the CLI reports them: cells in A1, 'Other sheet'!A1 off the finding's sheet. */
type ReportedFindings = {
  readonly findings: readonly {
    readonly sheet: string;
    readonly cells: readonly string[];
    readonly severity: Severity;
    readonly message: string;
  }[];
};

export async function loadExcel(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb;
}

export async function members(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, string>();
  for (const [name, file] of Object.entries(zip.files)) if (!file.dir) out.set(name, await file.async('string'));
  return out;
}

export function plain(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value ?? null)) as unknown;
}

/**
 * Every difference between an original sheet and its copy, marks aside: each cell's value, formula, number format,
 * font, border, alignment, protection, fill and note; merges, columns, rows, page setup, views, validations.
 */
export function sheetDifferences(
  original: ExcelJS.Worksheet,
  copy: ExcelJS.Worksheet,
  marks: ReadonlyMap<string, { severity: string; messages: string[] }>,
  originalNotes: ReadonlyMap<string, string>,
  /** Cells ("A1") the copy changed on purpose: left out of the comparison. */
  skip: ReadonlySet<string> = new Set(),
): { differences: string[]; compared: number } {
  const differences: string[] = [];
  const same = (what: string, a: unknown, b: unknown) => {
    const x = JSON.stringify(plain(a));
    const y = JSON.stringify(plain(b));
    if (x !== y) differences.push(`${original.name} ${what}: ${x} -> ${y}`);
  };
  let compared = 0;
  const markRows = [...marks.keys()].map((k) => Number(k.split(/[!:]/)[1]) + 1);
  const rows = Math.max(original.rowCount, copy.rowCount, ...markRows);
  const cols = Math.max(original.columnCount, copy.columnCount);
  for (let r = 1; r <= rows; r++) {
    for (let c = 1; c <= cols; c++) {
      const a = original.getRow(r).getCell(c);
      const b = copy.getRow(r).getCell(c);
      const at = a.address;
      if (skip.has(at)) continue;
      same(`${at} value`, [a.type, a.value, a.formula], [b.type, b.value, b.formula]);
      same(`${at} numFmt`, a.numFmt, b.numFmt);
      same(`${at} protection`, a.protection, b.protection);
      const mark = marks.get(`${original.name}!${r - 1}:${c - 1}`);
      // A mark on a cell the sheet did not hold creates it with the default format (font 0): what Excel shows for an
      // absent cell, which exceljs reports as no font at all.
      if (!mark || a.font !== undefined) {
        same(`${at} font`, a.font, b.font);
        same(`${at} border`, a.border, b.border);
        same(`${at} alignment`, a.alignment, b.alignment);
      }
      if (mark) {
        const fill = {
          type: 'pattern',
          pattern: 'solid',
          fgColor: { argb: SEVERITY_FILLS[mark.severity as 'error'] },
          bgColor: { indexed: 64 },
        };
        same(`${at} mark fill`, fill, b.fill);
        const note = JSON.stringify(b.note ?? '');
        for (const message of mark.messages)
          if (!note.includes(JSON.stringify(message).slice(1, -1))) differences.push(`${at} note lacks ${message}`);
        const before = originalNotes.get(at);
        if (before !== undefined && !note.includes(before)) differences.push(`${at} lost its note ${before}`);
      } else {
        same(`${at} fill`, a.fill, b.fill);
        same(`${at} note`, a.note, b.note);
      }
      compared++;
    }
    same(
      `row ${r}`,
      [original.getRow(r).height, original.getRow(r).hidden],
      [copy.getRow(r).height, copy.getRow(r).hidden],
    );
  }
  same('merges', [...(original.model.merges ?? [])].sort(), [...(copy.model.merges ?? [])].sort());
  const columns = (ws: ExcelJS.Worksheet) =>
    ws.columns?.map((col) => ({ width: col.width, hidden: col.hidden, style: col.style }));
  same('columns', columns(original), columns(copy));
  same('pageSetup', original.pageSetup, copy.pageSetup);
  same('properties', original.properties, copy.properties);
  same('headerFooter', original.headerFooter, copy.headerFooter);
  const views = (ws: ExcelJS.Worksheet) => (ws.views ?? []).map((v) => ({ ...v, tabSelected: undefined }));
  same('views', views(original), views(copy));
  // Not in exceljs's typings, but kept on every worksheet it reads.
  const extra = (ws: ExcelJS.Worksheet) =>
    ws as unknown as { dataValidations: { model: unknown }; conditionalFormattings: unknown };
  same('dataValidations', extra(original).dataValidations.model, extra(copy).dataValidations.model);
  same('conditionalFormattings', extra(original).conditionalFormattings, extra(copy).conditionalFormattings);
  same('state', original.state, copy.state);
  return { differences, compared };
}

export function notesOf(ws: ExcelJS.Worksheet): Map<string, string> {
  const out = new Map<string, string>();
  ws.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      if (cell.note) out.set(cell.address, JSON.stringify(cell.note).slice(1, -1));
    }),
  );
  return out;
}

type Marked = { sheet: string; row: number; col: number };

/** The cells a report marks: each finding cell, moved to the first cell of the merged range holding it. */
export function markedCells(
  report: ReportedFindings,
  wb: ExcelJS.Workbook,
): Map<string, { severity: string; messages: string[] }> {
  const out = new Map<string, { severity: string; messages: string[] }>();
  const rank = { error: 0, warning: 1, info: 2 } as const;
  for (const f of report.findings) {
    for (const cell of f.cells) {
      const bang = cell.lastIndexOf('!');
      const sheet =
        bang < 0
          ? f.sheet
          : cell
              .slice(0, bang)
              .replace(/^'(.*)'$/, '$1')
              .replace(/''/g, "'");
      const pos = fromA1(cell.slice(bang + 1));
      const ws = wb.getWorksheet(sheet);
      if (!pos || !ws) continue;
      const merge = (ws.model.merges ?? [])
        .map((m) => rangeFromA1(m))
        .find((m) => m && pos.row >= m.top && pos.row <= m.bottom && pos.col >= m.left && pos.col <= m.right);
      const at: Marked = { sheet, row: merge?.top ?? pos.row, col: merge?.left ?? pos.col };
      const key = `${at.sheet}!${at.row}:${at.col}`;
      const entry = out.get(key) ?? { severity: f.severity, messages: [] };
      if (rank[f.severity] < rank[entry.severity as keyof typeof rank]) entry.severity = f.severity;
      entry.messages.push(f.message);
      out.set(key, entry);
    }
  }
  return out;
}
