// The add-in's own state kept inside the workbook: the original fills of marked cells and the last write-back's undo.
// It lives in the workbook's add-in settings (Workbook.settings, ExcelApi 1.4): saved with the file, invisible in
// Excel and to the CLI, and writable when the workbook structure or a sheet is protected (a sheet would be neither).
// Versions before 0.2 kept it in a very hidden sheet `ziping_marks`; that store is still read, and removed when the
// workbook allows it (a very hidden sheet cannot be deleted as such: it is made hidden first, office-js issue 365).

export const STORE_SETTING = 'ziping.store';
/** The very hidden sheet older versions kept the store in; read, migrated, never written. */
export const LEGACY_MARK_SHEET = 'ziping_marks';

/** Workbook.settings. */
export const SETTINGS_API = { set: 'ExcelApi', version: '1.4' } as const;

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

/** A queued read of the store; call `result()` and `exists()` only after the sync. */
export type StoreRead = { readonly result: () => MarkStoreData; readonly exists: () => boolean };

type Fill = { readonly color: string | null; readonly pattern: string | null; readonly patternColor?: string | null };
/** On disk: the marks grouped by sheet and original fill, so thousands of marks on unfilled cells stay small. */
type StoredGroup = { readonly sheet: string; readonly fill: Fill; readonly cells: readonly string[] };
type StoredV2 = { readonly v: 2; readonly groups: readonly StoredGroup[]; readonly undo?: readonly StoredCell[] };

/** Queues the read of the store (and of a legacy store sheet when the caller knows one exists). */
export function queueReadMarkStore(context: Excel.RequestContext, options: { legacySheet?: boolean } = {}): StoreRead {
  const setting = context.workbook.settings.getItemOrNullObject(STORE_SETTING);
  setting.load('value');
  let legacy: { sheet: Excel.Worksheet; used: Excel.Range } | undefined;
  if (options.legacySheet) {
    const sheet = context.workbook.worksheets.getItemOrNullObject(LEGACY_MARK_SHEET);
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load('values');
    legacy = { sheet, used };
  }
  return {
    // eslint-disable-next-line office-addins/call-sync-before-read -- exists() is only called after the caller's sync
    exists: () => !setting.isNullObject,
    result: () => {
      // eslint-disable-next-line office-addins/call-sync-before-read -- result() is only called after the caller's sync
      if (!setting.isNullObject) return parseStore(setting.value);
      if (legacy && !legacy.sheet.isNullObject && !legacy.used.isNullObject) {
        const values = legacy.used.values ?? [];
        return parseStore(values.map((row) => String(row[0] ?? '')).join(''));
      }
      return EMPTY_STORE;
    },
  };
}

/** Reads the stored value: the current form, the older sheet's JSON text, or anything else as empty. */
export function parseStore(stored: unknown): MarkStoreData {
  let data: unknown = stored;
  if (typeof stored === 'string') {
    if (stored.trim() === '') return EMPTY_STORE;
    try {
      data = JSON.parse(stored);
    } catch {
      // A store someone edited by hand is not worth failing a check for: it is treated as empty and rewritten.
      return EMPTY_STORE;
    }
  }
  if (typeof data !== 'object' || data === null) return EMPTY_STORE;
  const parsed = data as Partial<StoredV2> & { marks?: unknown };
  const undo = Array.isArray(parsed.undo) ? { undo: parsed.undo } : {};
  if (Array.isArray(parsed.groups)) {
    const marks = parsed.groups.flatMap((group) =>
      group.cells.map((address: string): StoredFill => ({ sheet: group.sheet, address, ...group.fill })),
    );
    return { marks, ...undo };
  }
  return { marks: Array.isArray(parsed.marks) ? (parsed.marks as StoredFill[]) : [], ...undo };
}

export function serializeStore(data: MarkStoreData): StoredV2 {
  const groups = new Map<string, { sheet: string; fill: Fill; cells: string[] }>();
  for (const mark of data.marks) {
    const fill: Fill = {
      color: mark.color,
      pattern: mark.pattern,
      ...(mark.patternColor ? { patternColor: mark.patternColor } : {}),
    };
    const key = JSON.stringify([mark.sheet, fill]);
    const group = groups.get(key) ?? { sheet: mark.sheet, fill, cells: [] };
    group.cells.push(mark.address);
    groups.set(key, group);
  }
  return { v: 2, groups: [...groups.values()], ...(data.undo && data.undo.length > 0 ? { undo: data.undo } : {}) };
}

/**
 * Queues writing the store, or removing it when it holds nothing. `exists` comes from a read in an earlier sync, so
 * writing needs no extra round trip.
 */
export function queueWriteMarkStore(context: Excel.RequestContext, data: MarkStoreData, exists: boolean): void {
  const settings = context.workbook.settings;
  const empty = data.marks.length === 0 && (data.undo === undefined || data.undo.length === 0);
  if (empty) {
    if (exists) settings.getItem(STORE_SETTING).delete();
    return;
  }
  settings.add(STORE_SETTING, serializeStore(data));
}

/**
 * Removes the legacy store sheet in a batch of its own (the caller ignores its failure: a protected workbook keeps
 * the old sheet, which no longer matters because the store has moved). Hidden first: Excel refuses to delete a very
 * hidden sheet.
 */
export async function removeLegacyStoreSheet(context: Excel.RequestContext): Promise<void> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(LEGACY_MARK_SHEET);
  await context.sync();
  if (sheet.isNullObject) return;
  sheet.visibility = 'Hidden';
  sheet.delete();
  await context.sync();
}
