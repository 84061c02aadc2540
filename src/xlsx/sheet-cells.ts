// Rewrites chosen cells of a worksheet part in place: each target cell's <c> element is replaced by what an editor
// returns (cells and rows the sheet does not hold yet are created in order); every other byte of the part is kept.
import { fromA1, toA1 } from '../core/grid/a1';
import type { CellPos } from '../core/grid/grid';
import { getAttr, removeAttr, rootPrefix } from './ooxml';

/** A cell as the part holds it: its whole <c> element and its start tag; absent when the sheet has no such cell. */
export type CellXml = { readonly text: string; readonly tag: string };

/**
 * Returns the new <c> element of the cell at `at` (its `r` must be toA1(at)), or '' to leave no element. `base` is
 * the cell format the cell has (its s, else its row's or column's format when the cell is absent); `p` the prefix.
 */
export type CellEditor = (at: CellPos, existing: CellXml | undefined, base: number, p: string) => string;

type ColStyle = { min: number; max: number; style: number };

function sheetDataBounds(xml: string, p: string): { xml: string; start: number; end: number } {
  let open = new RegExp(`<${p}sheetData\\b[^>]*?(/?)>`).exec(xml);
  if (!open) throw new Error('worksheet without sheetData');
  if (open[1] === '/') {
    xml = `${xml.slice(0, open.index)}<${p}sheetData></${p}sheetData>${xml.slice(open.index + open[0].length)}`;
    open = new RegExp(`<${p}sheetData\\b[^>]*?>`).exec(xml);
    if (!open) throw new Error('worksheet without sheetData');
  }
  const start = open.index + open[0].length;
  return { xml, start, end: xml.indexOf(`</${p}sheetData>`, start) };
}

/** Applies `edit` to each target cell (each position once) and returns the part's new text. */
export function editCells(xml: string, targets: readonly CellPos[], edit: CellEditor): string {
  const p = rootPrefix(xml, 'worksheet');
  const cols: ColStyle[] = [...xml.matchAll(new RegExp(`<${p}col\\b[^>]*>`, 'g'))].map(([tag]) => ({
    min: Number(getAttr(tag, 'min') ?? 0),
    max: Number(getAttr(tag, 'max') ?? 0),
    style: Number(getAttr(tag, 'style') ?? 0),
  }));
  const colStyle = (col: number) => cols.find((c) => col + 1 >= c.min && col + 1 <= c.max)?.style ?? 0;
  const byRow = new Map<number, CellPos[]>();
  for (const target of targets) byRow.set(target.row, [...(byRow.get(target.row) ?? []), target]);
  const pending = [...byRow.keys()].sort((a, b) => a - b);
  const bounds = sheetDataBounds(xml, p);
  xml = bounds.xml;
  const body = xml.slice(bounds.start, bounds.end);

  const newCell = (at: CellPos, base: number) => edit(at, undefined, base, p);
  const newRow = (row: number) => {
    const cells = [...(byRow.get(row) ?? [])]
      .sort((a, b) => a.col - b.col)
      .map((at) => newCell(at, colStyle(at.col)))
      .join('');
    return cells ? `<${p}row r="${row + 1}">${cells}</${p}row>` : '';
  };

  const rowPattern = new RegExp(`<${p}row\\b[^>]*?(?:/>|>[\\s\\S]*?</${p}row>)`, 'g');
  let out = '';
  let last = 0;
  let implicitRow = -1;
  for (const match of body.matchAll(rowPattern)) {
    const text = match[0];
    const startTag = /^<[^>]*>/.exec(text)?.[0] ?? '';
    const r = getAttr(startTag, 'r');
    const row = r !== undefined ? Number(r) - 1 : implicitRow + 1;
    implicitRow = row;
    out += body.slice(last, match.index);
    last = (match.index ?? 0) + text.length;
    while (pending.length > 0 && (pending[0] ?? 0) < row) out += newRow(pending.shift() ?? 0);
    if (pending[0] !== row) {
      out += text;
      continue;
    }
    pending.shift();
    out += editRow(text, startTag, [...(byRow.get(row) ?? [])], { p, colStyle, edit });
  }
  out += body.slice(last);
  // Rows after the last one the sheet holds (the tail of `out` is whitespace at most).
  out += pending.map(newRow).join('');
  return xml.slice(0, bounds.start) + out + xml.slice(bounds.end);
}

function editRow(
  text: string,
  startTag: string,
  targets: CellPos[],
  ctx: { p: string; colStyle: (col: number) => number; edit: CellEditor },
): string {
  const { p, colStyle, edit } = ctx;
  const rowMarks = targets.sort((a, b) => a.col - b.col);
  const rowStyle =
    getAttr(startTag, 'customFormat') === '1' || getAttr(startTag, 'customFormat') === 'true'
      ? Number(getAttr(startTag, 's') ?? 0)
      : undefined;
  const baseFor = (col: number) => rowStyle ?? colStyle(col);
  const selfClosing = startTag.endsWith('/>');
  const inner = selfClosing ? '' : text.slice(startTag.length, text.length - `</${p}row>`.length);
  let cellsOut = '';
  let cellLast = 0;
  let implicitCol = -1;
  const cellPattern = new RegExp(`<${p}c\\b[^>]*?(?:/>|>[\\s\\S]*?</${p}c>)`, 'g');
  for (const cm of inner.matchAll(cellPattern)) {
    const cellText = cm[0];
    const cellTag = /^<[^>]*>/.exec(cellText)?.[0] ?? '';
    const ref = getAttr(cellTag, 'r');
    const col = ref !== undefined ? (fromA1(ref)?.col ?? implicitCol + 1) : implicitCol + 1;
    implicitCol = col;
    cellsOut += inner.slice(cellLast, cm.index);
    cellLast = (cm.index ?? 0) + cellText.length;
    while (rowMarks.length > 0 && (rowMarks[0]?.col ?? 0) < col) {
      const m = rowMarks.shift();
      if (m) cellsOut += edit(m, undefined, baseFor(m.col), p);
    }
    const m = rowMarks[0]?.col === col ? rowMarks.shift() : undefined;
    // A cell without r gets one, so the editor's element (which has one) keeps the row's positions right.
    cellsOut += m ? edit(m, { text: cellText, tag: cellTag }, Number(getAttr(cellTag, 's') ?? 0), p) : cellText;
  }
  // Cells go before a row's extLst, if any.
  const tail = inner.slice(cellLast);
  const extAt = tail.search(new RegExp(`<${p}extLst[\\s>]`));
  const rest = rowMarks.map((m) => edit(m, undefined, baseFor(m.col), p)).join('');
  cellsOut += extAt < 0 ? tail + rest : tail.slice(0, extAt) + rest + tail.slice(extAt);
  // spans is an optional hint of the row's cell range; a cell outside it would make it wrong.
  const newTag = removeAttr(startTag, 'spans').replace(/\s*\/>$/, '>');
  return `${newTag}${cellsOut}</${p}row>`;
}

/** The <c> elements of the given cells as the part holds them now (absent cells are left out of the map). */
export function readCells(xml: string, targets: readonly CellPos[]): Map<string, CellXml> {
  const found = new Map<string, CellXml>();
  editCells(xml, targets, (at, existing) => {
    if (existing) found.set(toA1(at), existing);
    return existing?.text ?? '';
  });
  return found;
}
