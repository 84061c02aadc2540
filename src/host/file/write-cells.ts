// applyChanges and undoLastApply on the file: every change is checked first (sheet, protection, merge, still what the
// preview showed), then the cells' <c> elements are rewritten; the elements they replaced are kept, so undo puts back
// values, formulas and number formats exactly (the very same XML).
import { fromA1, qualifiedA1, toA1 } from '../../core/grid/a1';
import { cellAt, isCellError, type CellPos, type CellValue, type Grid } from '../../core/grid/grid';
import { escapeXml, getAttr } from '../../xlsx/ooxml';
import { editCells, readCells, type CellXml } from '../../xlsx/sheet-cells';
import type { Styles } from '../../xlsx/xlsx-styles';
import { WRITE_BACK_MESSAGES } from '../host-texts';
import type { ApplyResult, CellChange, WriteMode } from '../workbook-host';
import { fillText } from './file-host-texts';
import type { FileWorkbook } from './file-workbook';

/** The cells one applyChanges replaced: per sheet part, each cell's element before (undefined: there was none). */
export type UndoRecord = ReadonlyMap<string, ReadonlyMap<string, { readonly at: CellPos; readonly before?: string }>>;

function sameValue(expected: CellValue, actual: CellValue | undefined): boolean {
  if (expected === null) return actual === '' || actual === null || actual === undefined;
  if (isCellError(expected))
    return isCellError(actual ?? null) && (actual as { error: string }).error === expected.error;
  return expected === actual;
}

/** Whether the cell still holds what the preview showed: the same formula, or the same constant. */
function unchanged(change: CellChange, grid: Grid): boolean {
  const cell = cellAt(grid, change.ref.row, change.ref.col);
  if (change.currentFormula !== undefined) return cell?.formula === change.currentFormula;
  if (cell?.formula !== undefined) return false;
  return sameValue(change.current, cell?.value);
}

function isProtected(xml: string): boolean {
  const tag = /<(?:\w+:)?sheetProtection\b[^>]*>/.exec(xml)?.[0];
  const sheet = tag ? getAttr(tag, 'sheet') : undefined;
  return sheet === '1' || sheet === 'true';
}

/** Why a change cannot be written (Chinese), or undefined when it can. */
function whyNot(change: CellChange, grid: Grid | undefined, xml: string | undefined): string | undefined {
  const data = { cell: qualifiedA1(change.ref.sheet, change.ref), what: change.what, sheet: change.ref.sheet };
  if (!grid || xml === undefined) return fillText(WRITE_BACK_MESSAGES.sheetMissing, data);
  if (isProtected(xml)) return fillText(WRITE_BACK_MESSAGES.protected, data);
  const { row, col } = change.ref;
  const merge = grid.merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
  if (merge && (merge.top !== row || merge.left !== col)) return fillText(WRITE_BACK_MESSAGES.mergedCell, data);
  if (!unchanged(change, grid)) return fillText(WRITE_BACK_MESSAGES.changed, data);
  return undefined;
}

/** The new <c> element: the written content in the cell's own format (its number format replaced when asked). */
function writtenCell(change: CellChange, mode: WriteMode, s: number, p: string): string {
  const r = toA1(change.ref);
  const style = s !== 0 ? ` s="${s}"` : '';
  const value = change.value;
  const formula = mode === 'formulas' && change.formula !== undefined ? change.formula : undefined;
  if (typeof value === 'number') {
    const f = formula !== undefined ? `<${p}f>${escapeXml(formula)}</${p}f>` : '';
    return `<${p}c r="${r}"${style}>${f}<${p}v>${value}</${p}v></${p}c>`;
  }
  if (formula !== undefined)
    return `<${p}c r="${r}"${style} t="str"><${p}f>${escapeXml(formula)}</${p}f><${p}v>${escapeXml(value)}</${p}v></${p}c>`;
  return `<${p}c r="${r}"${style} t="inlineStr"><${p}is><${p}t xml:space="preserve">${escapeXml(value)}</${p}t></${p}is></${p}c>`;
}

/** A shared formula's master cell ("<f t="shared" ref="…" si="3">…</f>"): its group index, when it has dependents. */
function sharedMaster(cell: CellXml | undefined): string | undefined {
  const f = cell ? /<(?:\w+:)?f\b[^>]*>/.exec(cell.text)?.[0] : undefined;
  if (!f || getAttr(f, 't') !== 'shared' || !getAttr(f, 'ref')?.includes(':')) return undefined;
  return getAttr(f, 'si');
}

/** The cells that share the formula of group `si` (their <f t="shared" si="…"/> needs the master's text). */
function sharedDependents(xml: string, si: string): CellPos[] {
  const out: CellPos[] = [];
  for (const [cell] of xml.matchAll(/<(?:\w+:)?c\b[^>]*>(?:(?!<\/(?:\w+:)?c>)[\s\S])*?<(?:\w+:)?f\b[^>]*\/>/g)) {
    const f = /<(?:\w+:)?f\b[^>]*\/>/.exec(cell)?.[0] ?? '';
    const r = getAttr(/^<[^>]*>/.exec(cell)?.[0] ?? '', 'r');
    if (getAttr(f, 't') !== 'shared' || getAttr(f, 'si') !== si || !r) continue;
    const at = fromA1(r);
    if (at) out.push(at);
  }
  return out;
}

/** A dependent of a shared formula made explicit, with the formula exceljs translated for it (the Grid's). */
function unshared(existing: CellXml, formula: string | undefined, p: string): string {
  if (formula === undefined) return existing.text;
  return existing.text.replace(/<(?:\w+:)?f\b[^>]*\/>/, `<${p}f>${escapeXml(formula)}</${p}f>`);
}

type SheetPlan = { part: string; xml: string; grid: Grid; changes: CellChange[] };

/** Writes all changes or none; returns the result and what undo needs. */
export async function writeChanges(
  book: FileWorkbook,
  changes: readonly CellChange[],
  mode: WriteMode,
): Promise<{ result: ApplyResult; undo?: UndoRecord }> {
  if (changes.length === 0) return { result: { ok: true, written: 0 } };
  const grids = await book.readGrids();
  const plans = new Map<string, SheetPlan>();
  for (const change of changes) {
    const sheet = book.sheet(change.ref.sheet);
    const grid = sheet && grids.find((g) => g.name === sheet.name);
    let plan = sheet ? plans.get(sheet.part) : undefined;
    if (sheet && grid && !plan) {
      plan = { part: sheet.part, xml: await book.sheetXml(sheet), grid, changes: [] };
      plans.set(sheet.part, plan);
    }
    const failure = whyNot(change, grid, plan?.xml);
    if (failure) return { result: { ok: false, ref: change.ref, reason: failure } };
    plan?.changes.push(change);
  }
  const undo = new Map<string, Map<string, { at: CellPos; before?: string }>>();
  await book.withStyles((styles) => {
    for (const plan of plans.values()) undo.set(plan.part, writeSheet(book, plan, mode, styles));
  });
  book.cellsChanged();
  return { result: { ok: true, written: changes.length }, undo };
}

function writeSheet(
  book: FileWorkbook,
  plan: SheetPlan,
  mode: WriteMode,
  styles: Styles,
): Map<string, { at: CellPos; before?: string }> {
  const byRef = new Map(plan.changes.map((c) => [toA1(c.ref), c]));
  const targets = plan.changes.map((c) => c.ref);
  const before = readCells(plan.xml, targets);
  const dependents = [...before.values()]
    .map(sharedMaster)
    .filter((si) => si !== undefined)
    .flatMap((si) => sharedDependents(plan.xml, si))
    .filter((at) => !byRef.has(toA1(at)));
  const all = [...targets, ...dependents];
  const original = readCells(plan.xml, all);
  const xml = editCells(plan.xml, all, (at, existing, base, p) => {
    const change = byRef.get(toA1(at));
    if (!change) return existing ? unshared(existing, cellAt(plan.grid, at.row, at.col)?.formula, p) : '';
    const s = change.numFmt !== undefined ? styles.withNumFmt(base, change.numFmt) : base;
    return writtenCell(change, mode, s, p);
  });
  book.pkg.write(plan.part, xml);
  return new Map(
    all.map((at) => {
      const text = original.get(toA1(at))?.text;
      return [toA1(at), text !== undefined ? { at, before: text } : { at }] as const;
    }),
  );
}

/** Puts back the elements the last write replaced (removing the cells it created). */
export async function restoreCells(book: FileWorkbook, undo: UndoRecord): Promise<void> {
  for (const [part, cells] of undo) {
    const xml = await book.pkg.read(part);
    if (xml === undefined) continue;
    const targets = [...cells.values()].map((c) => c.at);
    book.pkg.write(
      part,
      editCells(xml, targets, (at) => cells.get(toA1(at))?.before ?? ''),
    );
  }
  book.cellsChanged();
}
