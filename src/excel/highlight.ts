// Marks cells with a severity colour and puts their own fills back exactly; the originals live in the mark store.
import { SEVERITY_RANK, type Severity } from '../core/finding';
import { toA1 } from '../core/grid/a1';
import type { CellRef } from '../core/grid/grid';
import type { HighlightMark } from '../host/workbook-host';
import { queueWriteMarkStore, type MarkStoreData, type StoredFill } from './mark-store';
import { isApiSupported, type CellFill } from './read-grids';

/** Worksheet.getRanges and RangeAreas.format: one command for many cells of a colour. */
export const RANGE_AREAS_API = { set: 'ExcelApi', version: '1.9' } as const;
/** RangeFill.pattern and patternColor. */
export const FILL_PATTERN_API = { set: 'ExcelApi', version: '1.9' } as const;
/** Excel refuses a RangeAreas address beyond 8,192 characters; chunks stay well below. */
const AREAS_ADDRESS_CHARS = 4000;

/**
 * Pastel tints: black (automatic) text keeps a contrast above 10:1 on each, and Excel's dark cell mode keeps explicit
 * fills and switches automatic text to dark on light fills, so they read in both themes. They differ from Excel's
 * conditional-format presets (#FFC7CE, #FFEB9C, #C6EFCE), so a mark is never mistaken for the user's own rule.
 */
export const HIGHLIGHT_COLORS: Readonly<Record<Severity, string>> = {
  error: '#F4B6B6',
  warning: '#FFE699',
  info: '#BDD7EE',
};

export const keyOf = (sheet: string, address: string) => `${sheet}!${address}`;

/** Queues putting one cell's own fill back: none, a solid colour, or (ExcelApi 1.9) a pattern with its colours. */
export function queueRestoreFill(worksheet: Excel.Worksheet, stored: StoredFill, patterns = true): void {
  const fill = worksheet.getRange(stored.address).format.fill;
  if (stored.color === null) {
    fill.clear();
    return;
  }
  fill.color = stored.color;
  if (patterns && stored.pattern !== null && stored.pattern !== 'Solid' && stored.pattern !== 'None') {
    fill.pattern = stored.pattern as Excel.FillPattern;
    if (stored.patternColor) fill.patternColor = stored.patternColor;
  }
}

/** Comma-joined address lists of at most AREAS_ADDRESS_CHARS characters. */
function addressChunks(addresses: readonly string[]): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const address of addresses) {
    if (current !== '' && current.length + address.length + 1 > AREAS_ADDRESS_CHARS) {
      chunks.push(current);
      current = '';
    }
    current = current === '' ? address : `${current},${address}`;
  }
  if (current !== '') chunks.push(current);
  return chunks;
}

/**
 * Queues fill changes grouped by sheet and fill: with ExcelApi 1.9 one getRanges command per group (and chunk), so a
 * request stays small however many cells are marked; before, one command per cell.
 */
function queueFills(
  context: Excel.RequestContext,
  cells: readonly StoredFill[],
  options: { readonly areas: boolean; readonly patterns: boolean },
): void {
  const worksheets = context.workbook.worksheets;
  const sheets = new Map<string, Excel.Worksheet>();
  const sheetOf = (name: string) => {
    const found = sheets.get(name) ?? worksheets.getItem(name);
    sheets.set(name, found);
    return found;
  };
  const groups = new Map<string, { sheet: string; color: string | null; addresses: string[] }>();
  for (const cell of cells) {
    const plain = cell.color === null || cell.pattern === null || cell.pattern === 'Solid' || cell.pattern === 'None';
    if (!options.areas || !plain) {
      queueRestoreFill(sheetOf(cell.sheet), cell, options.patterns);
      continue;
    }
    const key = JSON.stringify([cell.sheet, cell.color]);
    const group = groups.get(key) ?? { sheet: cell.sheet, color: cell.color, addresses: [] };
    group.addresses.push(cell.address);
    groups.set(key, group);
  }
  for (const group of groups.values()) {
    for (const chunk of addressChunks(group.addresses)) {
      const fill = sheetOf(group.sheet).getRanges(chunk).format.fill;
      if (group.color === null) fill.clear();
      else fill.color = group.color;
    }
  }
}

const fillOptions = () => ({
  areas: isApiSupported(RANGE_AREAS_API.set, RANGE_AREAS_API.version),
  patterns: isApiSupported(FILL_PATTERN_API.set, FILL_PATTERN_API.version),
});

/** One colour per cell: the most severe mark wins. */
function strongest(marks: readonly HighlightMark[]): HighlightMark[] {
  const byCell = new Map<string, HighlightMark>();
  for (const mark of marks) {
    const key = keyOf(mark.sheet, toA1(mark));
    const seen = byCell.get(key);
    if (!seen || SEVERITY_RANK[mark.severity] < SEVERITY_RANK[seen.severity]) byCell.set(key, mark);
  }
  return [...byCell.values()];
}

/**
 * Queues the whole highlight in the current batch: previous marks that are not marked again get their own fill back,
 * every mark gets its colour, and the store is rewritten. A cell marked before keeps the original stored then (its
 * current fill is our own mark colour); `originalOf` gives the fills read with the Grids for the others.
 */
export function queueHighlight(
  context: Excel.RequestContext,
  marks: readonly HighlightMark[],
  current: { readonly store: MarkStoreData; readonly storeExists: boolean; readonly sheetNames: readonly string[] },
  originalOf: (ref: CellRef) => CellFill | undefined,
): { readonly store: MarkStoreData } {
  const present = new Set(current.sheetNames);
  const previous = new Map(current.store.marks.map((m) => [keyOf(m.sheet, m.address), m]));
  const wanted = strongest(marks).filter((m) => present.has(m.sheet));
  const wantedKeys = new Set(wanted.map((m) => keyOf(m.sheet, toA1(m))));
  const options = fillOptions();

  const restore = [...previous].filter(([key, stored]) => !wantedKeys.has(key) && present.has(stored.sheet));
  queueFills(
    context,
    restore.map(([, stored]) => stored),
    options,
  );
  const originals: StoredFill[] = [];
  const colours: StoredFill[] = [];
  for (const mark of wanted) {
    const address = toA1(mark);
    const original = previous.get(keyOf(mark.sheet, address)) ?? storedFill(mark.sheet, address, originalOf(mark));
    originals.push(original);
    colours.push({ sheet: mark.sheet, address, color: HIGHLIGHT_COLORS[mark.severity], pattern: 'Solid' });
  }
  queueFills(context, colours, options);
  const store: MarkStoreData = { marks: originals, ...(current.store.undo ? { undo: current.store.undo } : {}) };
  queueWriteMarkStore(context, store, current.storeExists);
  return { store };
}

function storedFill(sheet: string, address: string, fill: CellFill | undefined): StoredFill {
  if (!fill) return { sheet, address, color: null, pattern: 'None' };
  return {
    sheet,
    address,
    color: fill.color,
    pattern: fill.pattern,
    ...(fill.patternColor ? { patternColor: fill.patternColor } : {}),
  };
}

/** Cells of fill properties one sync may ask for: about 90 bytes each in the response, so well under 4 MB. */
export const FILL_SYNC_CELLS = 30_000;
/** A band of rows is read as one rectangle while it stays this small. */
const FILL_BAND_CELLS = 5_000;

type Band = { readonly sheet: string; readonly top: number; readonly left: number; bottom: number; right: number };

/** The cells grouped into rectangles of nearby rows per sheet, none above FILL_BAND_CELLS unless one cell is. */
function bandsOf(refs: readonly CellRef[]): Band[] {
  const bands: Band[] = [];
  const bySheet = new Map<string, CellRef[]>();
  for (const ref of refs) bySheet.set(ref.sheet, [...(bySheet.get(ref.sheet) ?? []), ref]);
  for (const [sheet, cells] of bySheet) {
    let band: Band | undefined;
    for (const ref of [...cells].sort((a, b) => a.row - b.row || a.col - b.col)) {
      if (band) {
        const left = Math.min(band.left, ref.col);
        const right = Math.max(band.right, ref.col);
        if ((ref.row - band.top + 1) * (right - left + 1) <= FILL_BAND_CELLS) {
          band = { ...band, left, right, bottom: ref.row };
          bands[bands.length - 1] = band;
          continue;
        }
      }
      band = { sheet, top: ref.row, left: ref.col, bottom: ref.row, right: ref.col };
      bands.push(band);
    }
  }
  return bands;
}

const bandCells = (band: Band) => (band.bottom - band.top + 1) * (band.right - band.left + 1);

/**
 * Loads the own fills of cells the last read did not cover, for highlight. With getCellProperties (ExcelApi 1.9) they
 * are exact and read as a few rectangles around the cells, a bounded number of cells per sync; older hosts only tell
 * a colour, one load per cell: white is taken for "no fill", the common case, and a pattern is lost. The first sync
 * also carries whatever the caller queued before.
 */
export async function loadFills(
  context: Excel.RequestContext,
  refs: readonly CellRef[],
  exact: boolean,
): Promise<Map<string, CellFill>> {
  const fills = new Map<string, CellFill>();
  if (!exact) {
    const loads = refs.map((ref) => {
      const range = context.workbook.worksheets.getItem(ref.sheet).getRange(toA1(ref));
      range.load('format/fill/color');
      return { key: keyOf(ref.sheet, toA1(ref)), range };
    });
    await context.sync();
    for (const { key, range } of loads) {
      const color = range.format.fill.color;
      const none = !color || color.toUpperCase() === '#FFFFFF';
      fills.set(key, none ? { color: null, pattern: 'None' } : { color, pattern: null });
    }
    return fills;
  }
  const wanted = new Set(refs.map((ref) => keyOf(ref.sheet, toA1(ref))));
  const bands = bandsOf(refs);
  let first = true;
  while (first || bands.length > 0) {
    first = false;
    const batch: { band: Band; props: OfficeExtension.ClientResult<Excel.CellProperties[][]> }[] = [];
    let cells = 0;
    while (bands.length > 0 && (batch.length === 0 || cells + bandCells(bands[0] as Band) <= FILL_SYNC_CELLS)) {
      const band = bands.shift() as Band;
      cells += bandCells(band);
      const range = context.workbook.worksheets
        .getItem(band.sheet)
        .getRangeByIndexes(band.top, band.left, band.bottom - band.top + 1, band.right - band.left + 1);
      batch.push({
        band,
        props: range.getCellProperties({ format: { fill: { color: true, pattern: true, patternColor: true } } }),
      });
    }
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per FILL_SYNC_CELLS: Excel's payload cap
    await context.sync();
    for (const { band, props } of batch) {
      props.value.forEach((row, r) =>
        row.forEach((cell, c) => {
          const key = keyOf(band.sheet, toA1({ row: band.top + r, col: band.left + c }));
          if (!wanted.has(key)) return;
          const fill = cell.format?.fill;
          if (!fill || fill.pattern === 'None') fills.set(key, { color: null, pattern: 'None' });
          else
            fills.set(key, {
              color: fill.color ?? null,
              pattern: fill.pattern ?? null,
              ...(fill.patternColor ? { patternColor: fill.patternColor } : {}),
            });
        }),
      );
    }
  }
  return fills;
}

/** Queues putting back every stored fill (on sheets that still exist) and the store without marks. */
export function queueClearHighlights(
  context: Excel.RequestContext,
  current: { readonly store: MarkStoreData; readonly storeExists: boolean; readonly sheetNames: readonly string[] },
): MarkStoreData {
  const present = new Set(current.sheetNames);
  queueFills(
    context,
    current.store.marks.filter((stored) => present.has(stored.sheet)),
    fillOptions(),
  );
  const store: MarkStoreData = { marks: [], ...(current.store.undo ? { undo: current.store.undo } : {}) };
  queueWriteMarkStore(context, store, current.storeExists);
  return store;
}
