// Marks cells with a severity colour and puts their own fills back exactly; the originals live in the mark store.
import type { Severity } from '../core/finding';
import { toA1 } from '../core/grid/a1';
import type { CellRef } from '../core/grid/grid';
import type { HighlightMark } from '../taskpane/gateway';
import { queueWriteMarkStore, type MarkStoreData, type StoredFill } from './mark-store';
import type { CellFill } from './read-grids';

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

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

export const keyOf = (sheet: string, address: string) => `${sheet}!${address}`;

/** Queues putting one cell's own fill back: none, a solid colour, or a pattern with its colours. */
export function queueRestoreFill(worksheet: Excel.Worksheet, stored: StoredFill): void {
  const fill = worksheet.getRange(stored.address).format.fill;
  if (stored.color === null) {
    fill.clear();
    return;
  }
  fill.color = stored.color;
  if (stored.pattern !== null && stored.pattern !== 'Solid' && stored.pattern !== 'None') {
    fill.pattern = stored.pattern as Excel.FillPattern;
    if (stored.patternColor) fill.patternColor = stored.patternColor;
  }
}

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
): { readonly store: MarkStoreData; readonly sheet: Excel.Worksheet | undefined } {
  const present = new Set(current.sheetNames);
  const previous = new Map(current.store.marks.map((m) => [keyOf(m.sheet, m.address), m]));
  const wanted = strongest(marks).filter((m) => present.has(m.sheet));
  const wantedKeys = new Set(wanted.map((m) => keyOf(m.sheet, toA1(m))));
  const worksheets = context.workbook.worksheets;

  for (const [key, stored] of previous) {
    if (!wantedKeys.has(key) && present.has(stored.sheet)) queueRestoreFill(worksheets.getItem(stored.sheet), stored);
  }
  const originals: StoredFill[] = [];
  for (const mark of wanted) {
    const address = toA1(mark);
    const original = previous.get(keyOf(mark.sheet, address)) ?? storedFill(mark.sheet, address, originalOf(mark));
    originals.push(original);
    worksheets.getItem(mark.sheet).getRange(address).format.fill.color = HIGHLIGHT_COLORS[mark.severity];
  }
  const store: MarkStoreData = { marks: originals, ...(current.store.undo ? { undo: current.store.undo } : {}) };
  return { store, sheet: queueWriteMarkStore(context, store, current.storeExists) };
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

/**
 * Loads the own fills of cells the last read did not cover, for highlight's extra sync. With getCellProperties
 * (ExcelApi 1.9) they are exact; older hosts only tell a colour: white is taken for "no fill", the common case, and a
 * pattern is lost. Queues the loads; call the result after the sync.
 */
export function queueLoadFills(
  context: Excel.RequestContext,
  refs: readonly CellRef[],
  exact: boolean,
): () => Map<string, CellFill> {
  type Load = {
    readonly key: string;
    readonly range: Excel.Range;
    readonly props?: OfficeExtension.ClientResult<Excel.CellProperties[][]>;
  };
  const loads = refs.map((ref): Load => {
    const range = context.workbook.worksheets.getItem(ref.sheet).getRange(toA1(ref));
    const key = keyOf(ref.sheet, toA1(ref));
    if (exact)
      return {
        key,
        range,
        props: range.getCellProperties({ format: { fill: { color: true, pattern: true, patternColor: true } } }),
      };
    range.load('format/fill/color');
    return { key, range };
  });
  return () =>
    new Map(
      loads.map((load): [string, CellFill] => {
        if (load.props) {
          const fill = load.props.value[0]?.[0]?.format?.fill;
          if (!fill || fill.pattern === 'None') return [load.key, { color: null, pattern: 'None' }];
          return [
            load.key,
            {
              color: fill.color ?? null,
              pattern: fill.pattern ?? null,
              ...(fill.patternColor ? { patternColor: fill.patternColor } : {}),
            },
          ];
        }
        const color = load.range.format.fill.color;
        const none = !color || color.toUpperCase() === '#FFFFFF';
        return [load.key, none ? { color: null, pattern: 'None' } : { color, pattern: null }];
      }),
    );
}

/** Queues putting back every stored fill (on sheets that still exist) and the store without marks. */
export function queueClearHighlights(
  context: Excel.RequestContext,
  current: { readonly store: MarkStoreData; readonly storeExists: boolean; readonly sheetNames: readonly string[] },
): MarkStoreData {
  const present = new Set(current.sheetNames);
  for (const stored of current.store.marks) {
    if (present.has(stored.sheet)) queueRestoreFill(context.workbook.worksheets.getItem(stored.sheet), stored);
  }
  const store: MarkStoreData = { marks: [], ...(current.store.undo ? { undo: current.store.undo } : {}) };
  queueWriteMarkStore(context, store, current.storeExists);
  return store;
}
