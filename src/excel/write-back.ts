// Writes recomputed values into the sheet, all or nothing, and undoes the last write exactly (state in the workbook).
import { qualifiedA1, toA1 } from '../core/grid/a1';
import { isCellError, type CellRef, type CellValue } from '../core/grid/grid';
import { fillTemplate } from '../core/messages';
import type { ApplyResult, CellChange, WriteMode } from '../host/workbook-host';
import { WRITE_BACK_MESSAGES } from './excel-messages';
import { queueReadMarkStore, queueWriteMarkStore, type StoredCell } from './mark-store';
import { isApiSupported, MERGED_AREAS_API } from './read-grids';

type Target = {
  readonly change: CellChange;
  readonly address: string;
  readonly range: Excel.Range;
  readonly sheet: Excel.Worksheet;
  readonly merged: Excel.RangeAreas | undefined;
};

export type WriteBackOptions = {
  readonly includeMerges?: boolean;
  /** A store sheet of an older version exists (its marks are carried over into the store). */
  readonly legacySheet?: boolean;
};

/** Whether the cell still holds what the preview showed: the same formula, or the same constant. */
function unchanged(change: CellChange, value: unknown, formula: unknown): boolean {
  const isFormula = typeof formula === 'string' && formula.startsWith('=') && formula !== value;
  if (change.currentFormula !== undefined) return isFormula && formula === `=${change.currentFormula}`;
  if (isFormula) return false;
  return sameValue(change.current, value);
}

function sameValue(expected: CellValue, actual: unknown): boolean {
  if (expected === null) return actual === '' || actual === null || actual === undefined;
  if (isCellError(expected)) return actual === expected.error;
  return expected === actual;
}

/**
 * Two syncs: one batch reads every target (content, number format, merge, sheet protection) and the store; if every
 * target can be written, the second batch keeps the previous contents in the store and writes all cells.
 */
export async function applyChanges(
  context: Excel.RequestContext,
  changes: readonly CellChange[],
  mode: WriteMode,
  options: WriteBackOptions = {},
): Promise<ApplyResult> {
  if (changes.length === 0) return { ok: true, written: 0 };
  const includeMerges = options.includeMerges ?? isApiSupported(MERGED_AREAS_API.set, MERGED_AREAS_API.version);
  const worksheets = context.workbook.worksheets;
  const sheets = new Map<string, Excel.Worksheet>();
  const queueSheet = (name: string): Excel.Worksheet => {
    const sheet = worksheets.getItemOrNullObject(name);
    sheet.load('protection/protected');
    sheets.set(name, sheet);
    return sheet;
  };
  const targets: Target[] = changes.map((change) => {
    const sheet = sheets.get(change.ref.sheet) ?? queueSheet(change.ref.sheet);
    const address = toA1(change.ref);
    const range = sheet.getRange(address);
    range.load(['values', 'formulas', 'numberFormat']);
    const merged = includeMerges ? range.getMergedAreasOrNullObject() : undefined;
    merged?.load('address');
    return { change, address, range, sheet, merged };
  });
  const store = queueReadMarkStore(context, { legacySheet: options.legacySheet ?? false });
  await context.sync();

  for (const target of targets) {
    const failure = whyNot(target);
    if (failure) return { ok: false, ref: target.change.ref, reason: failure };
  }

  const undo: StoredCell[] = targets.map(({ change, address, range }) => ({
    sheet: change.ref.sheet,
    address,
    formula: (range.formulas[0]?.[0] ?? null) as StoredCell['formula'],
    value: (range.values[0]?.[0] ?? null) as StoredCell['formula'],
    numberFormat: String(range.numberFormat[0]?.[0] ?? 'General'),
  }));
  queueWriteMarkStore(context, { marks: store.result().marks, undo }, store.exists());
  for (const { change, range } of targets) {
    if (mode === 'formulas' && change.formula !== undefined) range.formulas = [[`=${change.formula}`]];
    else range.values = [[change.value]];
    if (change.numFmt !== undefined) range.numberFormat = [[change.numFmt]];
  }
  await context.sync();
  return { ok: true, written: targets.length };
}

function whyNot(target: Target): string | undefined {
  const cell = qualifiedA1(target.change.ref.sheet, target.change.ref);
  const data = { cell, what: target.change.what, sheet: target.change.ref.sheet };
  if (target.sheet.isNullObject) return fillTemplate(WRITE_BACK_MESSAGES.sheetMissing, data);
  if (target.sheet.protection.protected) return fillTemplate(WRITE_BACK_MESSAGES.protected, data);
  if (target.merged && !target.merged.isNullObject && !isAnchor(target.merged.address, target.change.ref)) {
    return fillTemplate(WRITE_BACK_MESSAGES.mergedCell, data);
  }
  if (!unchanged(target.change, target.range.values[0]?.[0], target.range.formulas[0]?.[0]))
    return fillTemplate(WRITE_BACK_MESSAGES.changed, data);
  return undefined;
}

/** A merged area's address ("Sheet!A1:D1"): the cell may be written only when it is the area's top-left. */
function isAnchor(address: string, ref: CellRef): boolean {
  const local = address.split(',')[0]?.split('!').pop() ?? '';
  const start = local.split(':')[0]?.replace(/\$/g, '') ?? '';
  return start === toA1(ref);
}

/**
 * Restores the formulas (or constants) and number formats the last applyChanges replaced; false when nothing is
 * stored. Two syncs: read the store, then write back and drop the undo from the store.
 */
export async function undoLastApply(
  context: Excel.RequestContext,
  options: WriteBackOptions = {},
): Promise<{ readonly undone: boolean; readonly addresses?: readonly string[] }> {
  const store = queueReadMarkStore(context, { legacySheet: options.legacySheet ?? false });
  await context.sync();
  const data = store.result();
  const undo = data.undo ?? [];
  if (undo.length === 0) return { undone: false };
  for (const cell of undo) {
    const range = context.workbook.worksheets.getItem(cell.sheet).getRange(cell.address);
    range.formulas = [[restorable(cell)]];
    // After the content: writing a formula may let Excel pick a format of its own, which must not survive the undo.
    range.numberFormat = [[cell.numberFormat]];
  }
  queueWriteMarkStore(context, { marks: data.marks }, store.exists());
  await context.sync();
  return { undone: true, addresses: undo.map((c) => `${c.sheet}!${c.address}`) };
}

/** A text constant that starts with "=" comes back from `formulas` as itself; the apostrophe keeps it text. */
function restorable(cell: StoredCell): string | number | boolean {
  const formula = cell.formula ?? '';
  if (typeof formula === 'string' && formula.startsWith('=') && cell.value === formula) return `'${formula}`;
  return formula;
}
