// The 检查结果 sheet of an annotated copy: the summary (unit, year, stated vs recomputed score and grade, counts), then
// one row per finding linking to its first cell, as a worksheet part written from scratch.
import type { Severity } from '../core/finding';
import { qualifiedA1, toA1 } from '../core/grid/a1';
import { fillTemplate as fill } from '../core/messages';
import { ruleName } from '../core/rule-names';
import { formatPercent, formatScore } from '../core/text/format';
import { parseFindingCell as parseCell, type CheckedFile } from './annotate-model';
import { ANNOTATE_TEXTS, SEVERITY_TEXTS } from './annotate-texts';
import { escapeXml } from './ooxml';
import { displayWidth } from './text-width';
import { NS, XML_HEAD } from './xlsx-package';

/** The cells of the 检查结果 sheet, row by row: a string, a number, or a string with a cell format. */
export type SummaryCell = { text?: string; number?: number; style?: number; link?: string } | undefined;

export function summaryRows(
  checked: CheckedFile,
  style: {
    title: number;
    label: number;
    header: number;
    wrap: number;
    link: number;
    severity: Record<Severity, number>;
  },
): { rows: SummaryCell[][]; headerRow: number } {
  const T = ANNOTATE_TEXTS;
  const score = (v: number | undefined): SummaryCell => (v === undefined ? { text: '—' } : { text: formatScore(v) });
  const name = checked.file.split(/[\\/]/).pop() ?? checked.file;
  const count = (s: Severity) => checked.findings.filter((f) => f.severity === s).length;
  const rows: SummaryCell[][] = [
    [{ text: fill(T.title, { file: name }), style: style.title }],
    [{ text: T.legend }],
    [],
    [{ text: T.unit, style: style.label }, { text: checked.recognised ? (checked.unit ?? '—') : T.notRecognised }],
    [{ text: T.year, style: style.label }, checked.year !== undefined ? { number: checked.year } : { text: '—' }],
    [
      { text: T.item, style: style.header },
      { text: T.stated, style: style.header },
      { text: T.recomputed, style: style.header },
    ],
    [{ text: T.score, style: style.label }, score(checked.score.stated), score(checked.score.recomputed)],
    [
      { text: T.grade, style: style.label },
      { text: checked.score.grade.stated ?? '—' },
      { text: checked.score.grade.recomputed ?? '—' },
    ],
    [
      { text: T.executionRate, style: style.label },
      undefined,
      { text: checked.budget.executionRate !== undefined ? formatPercent(checked.budget.executionRate) : '—' },
    ],
    [
      { text: T.counts, style: style.label },
      {
        text:
          checked.findings.length === 0
            ? T.noFindings
            : fill(T.countsValue, { errors: count('error'), warnings: count('warning'), infos: count('info') }),
      },
    ],
    [],
  ];
  const headerRow = rows.length;
  rows.push(T.headers.map((text) => ({ text, style: style.header })));
  checked.findings.forEach((f, i) => {
    const first = f.cells[0] ? parseCell(f, f.cells[0]) : undefined;
    const where =
      f.cells.length === 0
        ? T.wholeFile
        : f.cells
            .slice(0, 2)
            .map((c) => parseCell(f, c))
            .map((at) => (at ? `${at.sheet}!${toA1(at)}` : ''))
            .join('、') + (f.cells.length > 2 ? fill(T.moreCells, { count: f.cells.length }) : '');
    rows.push([
      { number: i + 1, style: style.wrap },
      { text: SEVERITY_TEXTS[f.severity], style: style.severity[f.severity] },
      { text: ruleName(f.rule), style: style.wrap },
      first
        ? { text: where, style: style.link, link: qualifiedA1(first.sheet, first) }
        : { text: where, style: style.wrap },
      { text: f.message, style: style.wrap },
    ]);
  });
  return { rows, headerRow };
}

const SUMMARY_WIDTHS = [12, 12, 20, 30, 90];

export function summarySheetXml(rows: readonly SummaryCell[][], headerRow: number): string {
  const links: string[] = [];
  const data = rows
    .map((cells, r) => {
      const body = cells
        .map((cell, c) => {
          if (!cell) return '';
          const ref = toA1({ row: r, col: c });
          const s = cell.style !== undefined ? ` s="${cell.style}"` : '';
          if (cell.link)
            links.push(
              `<hyperlink ref="${ref}" location="${escapeXml(cell.link)}" display="${escapeXml(cell.text ?? '')}"/>`,
            );
          if (cell.number !== undefined) return `<c r="${ref}"${s}><v>${cell.number}</v></c>`;
          // Inline strings are text, never formulas, whatever they start with (a file name like "=cmd|…").
          return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeXml(cell.text ?? '')}</t></is></c>`;
        })
        .join('');
      // Wrapped text needs its height set: LibreOffice keeps the default height of a row without one.
      const lines = Math.max(
        1,
        ...cells.map((cell, c) =>
          cell?.text && cell.style !== undefined && c >= 2
            ? Math.ceil(displayWidth(cell.text) / (SUMMARY_WIDTHS[c] ?? 10))
            : 1,
        ),
      );
      return lines > 1
        ? `<row r="${r + 1}" ht="${lines * 15}" customHeight="1">${body}</row>`
        : `<row r="${r + 1}">${body}</row>`;
    })
    .join('');
  const last = Math.max(headerRow + 1, rows.length);
  return (
    `${XML_HEAD}<worksheet xmlns="${NS.main}" xmlns:r="${NS.rel}">` +
    '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' +
    `<dimension ref="A1:E${last}"/>` +
    `<sheetViews><sheetView tabSelected="1" workbookViewId="0"><pane ySplit="${headerRow + 1}" topLeftCell="A${headerRow + 2}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A${headerRow + 2}" sqref="A${headerRow + 2}"/></sheetView></sheetViews>` +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    `<cols>${SUMMARY_WIDTHS.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>` +
    `<sheetData>${data}</sheetData>` +
    `<autoFilter ref="A${headerRow + 1}:E${last}"/>` +
    (links.length > 0 ? `<hyperlinks>${links.join('')}</hyperlinks>` : '') +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>' +
    '</worksheet>'
  );
}

/** A sheet name the workbook does not use yet: 检查结果, 检查结果(2)… (an annotated copy can be annotated again). */
export function freeSheetName(taken: readonly string[]): string {
  const lower = new Set(taken.map((n) => n.toLowerCase()));
  const base = ANNOTATE_TEXTS.sheetName;
  if (!lower.has(base)) return base;
  for (let n = 2; ; n++) if (!lower.has(`${base}(${n})`)) return `${base}(${n})`;
}
