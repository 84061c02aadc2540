// The add-in's own state kept inside the workbook: the original fills of marked cells and the last write-back's undo.
/** A very hidden sheet: invisible in the sheet tabs and the Unhide dialog, saved with the file, never a Grid. */
export const MARK_SHEET = 'ziping_marks';

/** The fill a marked cell had before it was marked. `pattern` null: only the colour is known (hosts before ExcelApi 1.9). */
export type StoredFill = {
  readonly sheet: string;
  readonly address: string;
  /** null: the cell had no fill. */
  readonly color: string | null;
  readonly pattern: string | null;
  readonly patternColor?: string | null;
};

/** A cell as it was before applyChanges wrote it: enough to put back its formula (or constant) and number format. */
export type StoredCell = {
  readonly sheet: string;
  readonly address: string;
  /** The formula with "=" or the constant, exactly as office-js `formulas` returned it. */
  readonly formula: string | number | boolean | null;
  /** The value, to tell a text constant that starts with "=" from a formula. */
  readonly value?: string | number | boolean | null;
  readonly numberFormat: string;
};

export type MarkStoreData = {
  readonly marks: readonly StoredFill[];
  readonly undo?: readonly StoredCell[];
};

export const EMPTY_STORE: MarkStoreData = { marks: [] };

/** Excel holds at most 32,767 characters per cell; the JSON is split over the rows of column A below that. */
const CHUNK = 30000;

/** A queued read of the store; call `result()` only after the sync. */
export type StoreRead = { readonly result: () => MarkStoreData; readonly sheet: Excel.Worksheet };

/** Queues the read of the store sheet (looked up with getItemOrNullObject: it usually does not exist). */
export function queueReadMarkStore(context: Excel.RequestContext): StoreRead {
  const sheet = context.workbook.worksheets.getItemOrNullObject(MARK_SHEET);
  sheet.load('id');
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load('values');
  return {
    sheet,
    result: () => {
      // eslint-disable-next-line office-addins/call-sync-before-read -- result() is only called after the caller's sync
      if (sheet.isNullObject || used.isNullObject) return EMPTY_STORE;
      return parseStore(used.values.map((row) => String(row[0] ?? '')).join(''));
    },
  };
}

export function parseStore(text: string): MarkStoreData {
  if (text.trim() === '') return EMPTY_STORE;
  try {
    const parsed = JSON.parse(text) as Partial<MarkStoreData>;
    return {
      marks: Array.isArray(parsed.marks) ? parsed.marks : [],
      ...(Array.isArray(parsed.undo) ? { undo: parsed.undo } : {}),
    };
  } catch {
    // A store someone edited by hand is not worth failing a check for: it is treated as empty and rewritten.
    return EMPTY_STORE;
  }
}

/**
 * Queues writing the store (or deleting the sheet when it holds nothing). `exists` comes from a read in an earlier
 * sync, so creating or replacing needs no extra round trip. Returns the sheet, its id readable after the sync.
 */
export function queueWriteMarkStore(
  context: Excel.RequestContext,
  data: MarkStoreData,
  exists: boolean,
): Excel.Worksheet | undefined {
  const worksheets = context.workbook.worksheets;
  const empty = data.marks.length === 0 && (data.undo === undefined || data.undo.length === 0);
  if (empty) {
    if (exists) worksheets.getItem(MARK_SHEET).delete();
    return undefined;
  }
  let sheet: Excel.Worksheet;
  if (exists) {
    sheet = worksheets.getItem(MARK_SHEET);
    sheet.getRange().clear();
  } else {
    sheet = worksheets.add(MARK_SHEET);
    sheet.visibility = 'VeryHidden';
  }
  const json = JSON.stringify({ marks: data.marks, ...(data.undo && data.undo.length > 0 ? { undo: data.undo } : {}) });
  const chunks: string[][] = [];
  // The leading apostrophe keeps every chunk text, even one that happens to start with "=" or look like a number.
  for (let i = 0; i < json.length; i += CHUNK) chunks.push([`'${json.slice(i, i + CHUNK)}`]);
  sheet.getRange(`A1:A${chunks.length}`).values = chunks;
  // Its id lets the change listener ignore the add-in's own writes to this sheet (events name sheets by id).
  sheet.load('id');
  return sheet;
}
