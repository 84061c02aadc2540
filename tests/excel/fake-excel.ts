// A small stateful fake of the office-js Excel API: what office-addin-mock cannot express (collections, null objects,
// ranges by address, fills, protection, events, deferred loads filled in at sync) for the gateway's tests.
import { fromA1, rangeFromA1, toA1 } from '../../src/core/grid/a1';

export type FakeFill = { color: string; pattern: string; patternColor?: string } | null;
export type FakeCell = {
  value?: string | number | boolean | null;
  formula?: string;
  numberFormat?: string;
  fill?: FakeFill;
  error?: string;
};
export type FakeSheetInit = {
  name: string;
  cells?: Record<string, FakeCell>;
  protected?: boolean;
  merges?: string[];
  visibility?: string;
};

type Sheet = {
  id: string;
  name: string;
  cells: Map<string, FakeCell>;
  protected: boolean;
  merges: string[];
  visibility: string;
  columnWidths: Map<string, number>;
};

export class FakeOfficeError extends Error {
  constructor(readonly code: string) {
    super(`RichApi error ${code}`);
  }
}

type Box = { top: number; left: number; bottom: number; right: number };

export type FakeOptions = {
  /** What a chained call on a null sheet does: give null objects (lenient) or fail the batch with ItemNotFound. */
  readonly nullChain?: 'null' | 'throw';
  /** insertWorksheetsFromBase64: succeed, or throw GeneralException with or without having inserted the sheets. */
  readonly insert?: 'ok' | 'throw-after-insert' | 'throw-without-insert';
};

/** The state of one fake workbook; `context()` gives request contexts over it that count their syncs. */
export class FakeWorkbook {
  sheets: Sheet[];
  private nextId = 1;
  /** Every formula text ever seen with its cached value, so restoring a formula restores its value (Excel recalculates). */
  private readonly formulaValues = new Map<string, FakeCell['value']>();
  readonly handlers = new Set<(event: { worksheetId: string; address: string }) => Promise<void> | void>();
  readonly inserted: { base64: string; options: unknown }[] = [];
  selection: { sheet: string; address: string } | undefined;
  active: string | undefined;
  syncs = 0;

  constructor(
    sheets: FakeSheetInit[],
    readonly options: FakeOptions = {},
  ) {
    this.sheets = sheets.map((s) => this.makeSheet(s));
  }

  makeSheet(init: FakeSheetInit): Sheet {
    const cells = new Map<string, FakeCell>();
    for (const [a1, cell] of Object.entries(init.cells ?? {})) {
      cells.set(a1, { ...cell });
      if (cell.formula !== undefined) this.formulaValues.set(`${init.name}!${a1}:${cell.formula}`, cell.value ?? null);
    }
    return {
      id: `{sheet-${this.nextId++}}`,
      name: init.name,
      cells,
      protected: init.protected ?? false,
      merges: init.merges ?? [],
      visibility: init.visibility ?? 'Visible',
      columnWidths: new Map(),
    };
  }

  sheet(name: string): Sheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  cell(sheet: string, a1: string): FakeCell | undefined {
    return this.sheet(sheet)?.cells.get(a1);
  }

  /** A plain copy of every cell's content and format, for before/after comparisons. */
  snapshot(options: { fills?: boolean } = {}): Record<string, Record<string, FakeCell>> {
    const out: Record<string, Record<string, FakeCell>> = {};
    for (const sheet of this.sheets) {
      const cells: Record<string, FakeCell> = {};
      for (const [a1, cell] of sheet.cells) {
        const copy: FakeCell = { ...cell };
        // No fill and a fill-less cell are the same thing in Excel.
        if (!options.fills || copy.fill === null) delete copy.fill;
        if (copy.numberFormat === 'General') delete copy.numberFormat;
        if (Object.values(copy).some((v) => v !== undefined && v !== null && v !== '')) cells[a1] = copy;
      }
      out[sheet.name] = cells;
    }
    return out;
  }

  async fireChange(event: { worksheetId: string; address: string }): Promise<void> {
    for (const handler of [...this.handlers]) await handler(event);
  }

  context(): FakeContext {
    return new FakeContext(this);
  }

  formulaValue(sheet: string, a1: string, formula: string): FakeCell['value'] {
    return this.formulaValues.get(`${sheet}!${a1}:${formula}`) ?? null;
  }
}

function boxOf(address: string): Box {
  const local = address.split('!').pop() ?? address;
  const col = /^\$?([A-Z]+):\$?([A-Z]+)$/.exec(local);
  if (col) {
    const left = fromA1(`${col[1]}1`)?.col ?? 0;
    const right = fromA1(`${col[2]}1`)?.col ?? 0;
    return { top: 0, left, bottom: 1048575, right };
  }
  const box = rangeFromA1(local.replace(/\$/g, ''));
  if (!box) throw new FakeOfficeError('InvalidArgument');
  return box;
}

const boxA1 = (b: Box) =>
  b.top === b.bottom && b.left === b.right
    ? toA1({ row: b.top, col: b.left })
    : `${toA1({ row: b.top, col: b.left })}:${toA1({ row: b.bottom, col: b.right })}`;
const intersects = (a: Box, b: Box) => a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

export class FakeContext {
  private loads: (() => void)[] = [];
  private pendingError: string | undefined;
  private asyncWork: (() => Promise<void>)[] = [];
  readonly workbook: FakeWorkbookProxy;

  constructor(readonly book: FakeWorkbook) {
    this.workbook = new FakeWorkbookProxy(this);
  }

  queueLoad(fn: () => void): void {
    this.loads.push(fn);
  }

  queueAsync(fn: () => Promise<void>): void {
    this.asyncWork.push(fn);
  }

  fail(code: string): void {
    this.pendingError ??= code;
  }

  async sync(): Promise<void> {
    this.book.syncs += 1;
    const work = this.asyncWork;
    this.asyncWork = [];
    for (const fn of work) await fn();
    const error = this.pendingError;
    const loads = this.loads;
    this.loads = [];
    this.pendingError = undefined;
    if (error) throw new FakeOfficeError(error);
    for (const load of loads) load();
  }
}

class FakeWorkbookProxy {
  readonly worksheets: FakeWorksheets;
  constructor(private readonly ctx: FakeContext) {
    this.worksheets = new FakeWorksheets(ctx);
  }

  insertWorksheetsFromBase64(base64: string, options: unknown) {
    const book = this.ctx.book;
    book.inserted.push({ base64, options });
    const mode = book.options.insert ?? 'ok';
    this.ctx.queueAsync(async () => {
      if (mode !== 'throw-without-insert') {
        const ExcelJS = (await import('exceljs')).default;
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
        for (const ws of wb.worksheets) {
          const cells: Record<string, FakeCell> = {};
          ws.eachRow((row) =>
            row.eachCell((cell) => {
              const v = cell.value as unknown;
              if (v && typeof v === 'object' && 'formula' in v)
                cells[cell.address] = { formula: `=${String((v as { formula: string }).formula)}` };
              else if (typeof v === 'string' || typeof v === 'number') cells[cell.address] = { value: v };
            }),
          );
          book.sheets.push(book.makeSheet({ name: ws.name, cells }));
        }
      }
      if (mode !== 'ok') this.ctx.fail('GeneralException');
    });
    return { value: [] as string[] };
  }
}

class FakeWorksheets {
  items: FakeWorksheet[] = [];
  readonly onChanged: {
    add: (handler: (event: { worksheetId: string; address: string }) => Promise<void> | void) => {
      context: FakeContext;
      remove: () => void;
    };
  };

  constructor(private readonly ctx: FakeContext) {
    this.onChanged = {
      add: (handler) => {
        ctx.book.handlers.add(handler);
        return { context: ctx, remove: () => ctx.queueLoad(() => ctx.book.handlers.delete(handler)) };
      },
    };
  }

  load(property: string) {
    if (property !== 'items/name') throw new Error(`fake: load ${property}`);
    this.ctx.queueLoad(() => {
      this.items = this.ctx.book.sheets.map((s) => {
        const proxy = new FakeWorksheet(this.ctx, s.name, false);
        proxy.name = s.name;
        return proxy;
      });
    });
    return this;
  }

  getItem(name: string): FakeWorksheet {
    if (!this.ctx.book.sheet(name)) this.ctx.fail('ItemNotFound');
    return new FakeWorksheet(this.ctx, name, false);
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, name, true);
  }

  add(name: string): FakeWorksheet {
    const book = this.ctx.book;
    if (book.sheet(name)) this.ctx.fail('ItemAlreadyExists');
    else book.sheets.push(book.makeSheet({ name }));
    return new FakeWorksheet(this.ctx, name, false);
  }
}

class FakeWorksheet {
  name = '';
  id = '';
  isNullObject = false;
  readonly protection = { protected: false };

  constructor(
    private readonly ctx: FakeContext,
    private readonly sheetName: string,
    private readonly orNull: boolean,
  ) {}

  private model(): Sheet | undefined {
    return this.ctx.book.sheet(this.sheetName);
  }

  private chainIsNull(): boolean {
    if (this.model()) return false;
    if (!this.orNull || this.ctx.book.options.nullChain === 'throw') this.ctx.fail('ItemNotFound');
    return true;
  }

  load(props: string | string[]) {
    const list = Array.isArray(props) ? props : props.split(',').map((p) => p.trim());
    this.ctx.queueLoad(() => {
      const sheet = this.model();
      this.isNullObject = !sheet;
      if (!sheet) return;
      for (const p of list) {
        if (p === 'name') this.name = sheet.name;
        if (p === 'id') this.id = sheet.id;
        if (p === 'protection/protected') this.protection.protected = sheet.protected;
      }
    });
    return this;
  }

  set visibility(value: string) {
    const sheet = this.model();
    if (sheet) sheet.visibility = value;
  }

  activate() {
    this.ctx.book.active = this.sheetName;
  }

  delete() {
    const book = this.ctx.book;
    if (!this.model()) this.ctx.fail('ItemNotFound');
    book.sheets = book.sheets.filter((s) => s.name !== this.sheetName);
  }

  getRange(address?: string): FakeRange {
    if (this.chainIsNull()) return FakeRange.nullRange(this.ctx);
    return new FakeRange(
      this.ctx,
      this.sheetName,
      address === undefined ? { top: 0, left: 0, bottom: 1048575, right: 16383 } : boxOf(address),
    );
  }

  getRanges(address: string): FakeRange {
    const range = this.getRange(address.split(',')[0]);
    range.areas = address;
    return range;
  }

  private used(valuesOnly: boolean): Box | undefined {
    const sheet = this.model();
    let box: Box | undefined;
    for (const [a1, cell] of sheet?.cells ?? []) {
      const has =
        cell.value !== undefined && cell.value !== null && cell.value !== ''
          ? true
          : cell.formula !== undefined || cell.error !== undefined;
      const formatted = !valuesOnly && ((cell.fill ?? null) !== null || (cell.numberFormat ?? 'General') !== 'General');
      if (!has && !formatted) continue;
      const pos = fromA1(a1);
      if (!pos) continue;
      box = box
        ? {
            top: Math.min(box.top, pos.row),
            left: Math.min(box.left, pos.col),
            bottom: Math.max(box.bottom, pos.row),
            right: Math.max(box.right, pos.col),
          }
        : { top: pos.row, left: pos.col, bottom: pos.row, right: pos.col };
    }
    return box;
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    if (this.chainIsNull()) return FakeRange.nullRange(this.ctx);
    const range = new FakeRange(this.ctx, this.sheetName, { top: 0, left: 0, bottom: 0, right: 0 });
    range.lazyBox = () => this.used(valuesOnly);
    return range;
  }

  getUsedRange(valuesOnly = false): FakeRange {
    if (this.chainIsNull()) return FakeRange.nullRange(this.ctx);
    const range = new FakeRange(this.ctx, this.sheetName, { top: 0, left: 0, bottom: 0, right: 0 });
    range.lazyBox = () => this.used(valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 };
    return range;
  }
}

class FakeRange {
  values: unknown[][] = [];
  formulas: unknown[][] = [];
  numberFormat: unknown[][] = [];
  valueTypes: string[][] = [];
  rowIndex = 0;
  columnIndex = 0;
  address = '';
  isNullObject = false;
  areas: string | undefined;
  lazyBox: (() => Box | undefined) | undefined;
  readonly format: FakeFormat;

  static nullRange(ctx: FakeContext): FakeRange {
    const range = new FakeRange(ctx, '', { top: 0, left: 0, bottom: 0, right: 0 });
    range.dead = true;
    return range;
  }

  private dead = false;

  constructor(
    private readonly ctx: FakeContext,
    readonly sheetName: string,
    private box: Box,
  ) {
    this.format = new FakeFormat(ctx, this);
    // Writes go through setters defined on the instance (class fields would shadow accessors).
    for (const prop of ['values', 'formulas', 'numberFormat'] as const) {
      let loaded: unknown[][] = [];
      Object.defineProperty(this, prop, {
        get: () => loaded,
        set: (rows: unknown[][]) => {
          if (this.loading) {
            loaded = rows;
            return;
          }
          this.write(prop, rows);
        },
      });
    }
  }

  private loading = false;

  sheet(): Sheet | undefined {
    return this.dead ? undefined : this.ctx.book.sheet(this.sheetName);
  }

  cellsOf(): { a1: string; r: number; c: number }[] {
    const out: { a1: string; r: number; c: number }[] = [];
    if ((this.box.bottom - this.box.top + 1) * (this.box.right - this.box.left + 1) > 100000) {
      // A whole sheet or column: only the cells that exist can be touched.
      for (const a1 of this.sheet()?.cells.keys() ?? []) {
        const pos = fromA1(a1);
        if (pos && intersects({ top: pos.row, left: pos.col, bottom: pos.row, right: pos.col }, this.box))
          out.push({ a1, r: pos.row - this.box.top, c: pos.col - this.box.left });
      }
      return out;
    }
    for (let r = this.box.top; r <= this.box.bottom; r++)
      for (let c = this.box.left; c <= this.box.right; c++)
        out.push({ a1: toA1({ row: r, col: c }), r: r - this.box.top, c: c - this.box.left });
    return out;
  }

  cellFor(a1: string, create: boolean): FakeCell | undefined {
    const sheet = this.sheet();
    if (!sheet) return undefined;
    let cell = sheet.cells.get(a1);
    if (!cell && create) {
      cell = {};
      sheet.cells.set(a1, cell);
    }
    return cell;
  }

  private write(prop: 'values' | 'formulas' | 'numberFormat', rows: unknown[][]) {
    const sheet = this.sheet();
    if (!sheet) return;
    if (sheet.protected) this.ctx.fail('AccessDenied');
    for (const { a1, r, c } of this.cellsOf()) {
      const input = rows[r]?.[c];
      const cell = this.cellFor(a1, true) as FakeCell;
      if (prop === 'numberFormat') {
        cell.numberFormat = String(input);
        continue;
      }
      delete cell.error;
      if (typeof input === 'string' && input.startsWith("'")) {
        cell.value = input.slice(1);
        delete cell.formula;
      } else if (typeof input === 'string' && input.startsWith('=')) {
        cell.formula = input;
        cell.value = this.ctx.book.formulaValue(sheet.name, a1, input);
      } else {
        delete cell.formula;
        cell.value = input === '' ? null : (input as FakeCell['value']);
      }
    }
  }

  load(props: string | string[]) {
    const list = Array.isArray(props) ? props : props.split(',').map((p) => p.trim());
    if (list.includes('format/fill/color')) this.format.fill.load('color');
    this.ctx.queueLoad(() => {
      if (this.lazyBox) {
        const box = this.lazyBox();
        if (!box) {
          this.isNullObject = true;
          return;
        }
        this.box = box;
      }
      if (this.dead || !this.sheet()) {
        this.isNullObject = true;
        return;
      }
      this.loading = true;
      const rows = this.box.bottom - this.box.top + 1;
      const cols = this.box.right - this.box.left + 1;
      const grid = <T>(fn: (cell: FakeCell | undefined) => T) =>
        Array.from({ length: rows }, (_, r) =>
          Array.from({ length: cols }, (_, c) =>
            fn(this.cellFor(toA1({ row: this.box.top + r, col: this.box.left + c }), false)),
          ),
        );
      if (list.includes('values')) this.values = grid((cell) => cell?.error ?? cell?.value ?? '');
      if (list.includes('formulas')) this.formulas = grid((cell) => cell?.formula ?? cell?.error ?? cell?.value ?? '');
      if (list.includes('numberFormat')) this.numberFormat = grid((cell) => cell?.numberFormat ?? 'General');
      if (list.includes('valueTypes'))
        this.valueTypes = grid((cell) =>
          cell?.error
            ? 'Error'
            : cell?.value === undefined || cell.value === null || cell.value === ''
              ? 'Empty'
              : typeof cell.value === 'number'
                ? 'Double'
                : typeof cell.value === 'boolean'
                  ? 'Boolean'
                  : 'String',
        );
      this.loading = false;
      this.rowIndex = this.box.top;
      this.columnIndex = this.box.left;
      this.address = `${this.sheetName}!${boxA1(this.box)}`;
    });
    return this;
  }

  getCellProperties() {
    const result: { value: unknown[][] } = { value: [] };
    this.ctx.queueLoad(() => {
      if (this.lazyBox) this.box = this.lazyBox() ?? this.box;
      const rows = this.box.bottom - this.box.top + 1;
      const cols = this.box.right - this.box.left + 1;
      result.value = Array.from({ length: rows }, (_, r) =>
        Array.from({ length: cols }, (_, c) => {
          const fill = this.cellFor(toA1({ row: this.box.top + r, col: this.box.left + c }), false)?.fill ?? null;
          return {
            format: {
              fill: fill
                ? { color: fill.color, pattern: fill.pattern, patternColor: fill.patternColor ?? '#000000' }
                : { color: '#FFFFFF', pattern: 'None', patternColor: '#000000' },
            },
          };
        }),
      );
    });
    return result;
  }

  getMergedAreasOrNullObject() {
    const areas = { address: '', isNullObject: false, load: (_p: string) => areas };
    this.ctx.queueLoad(() => {
      const merges = (this.sheet()?.merges ?? []).filter((m) => intersects(boxOf(m), this.box));
      areas.isNullObject = merges.length === 0;
      areas.address = merges.map((m) => `${this.sheetName}!${m}`).join(', ');
    });
    return areas;
  }

  select() {
    this.ctx.book.selection = { sheet: this.sheetName, address: this.areas ?? boxA1(this.box) };
  }

  clear() {
    const sheet = this.sheet();
    if (!sheet) return;
    for (const { a1 } of this.cellsOf()) sheet.cells.delete(a1);
  }

  columnBox(): Box {
    return this.box;
  }
}

class FakeFormat {
  readonly fill: FakeFillProxy;
  wrapText = false;
  verticalAlignment = '';
  autofitted = false;

  constructor(
    private readonly ctx: FakeContext,
    private readonly range: FakeRange,
  ) {
    this.fill = new FakeFillProxy(ctx, range);
  }

  set columnWidth(points: number) {
    const box = this.range.columnBox();
    this.range.sheet()?.columnWidths.set(toA1({ row: 0, col: box.left }).replace(/\d+/, ''), points);
  }

  autofitRows() {
    this.autofitted = true;
  }
}

class FakeFillProxy {
  private loadedColor = '';

  constructor(
    private readonly ctx: FakeContext,
    private readonly range: FakeRange,
  ) {}

  private each(fn: (cell: FakeCell) => void) {
    if (this.range.sheet()?.protected) this.ctx.fail('AccessDenied');
    for (const { a1 } of this.range.cellsOf()) {
      const cell = this.range.cellFor(a1, true);
      if (cell) fn(cell);
    }
  }

  get color(): string {
    return this.loadedColor;
  }

  set color(value: string) {
    this.each((cell) => {
      cell.fill = { color: value, pattern: 'Solid' };
    });
  }

  set pattern(value: string) {
    this.each((cell) => {
      cell.fill = { ...(cell.fill ?? { color: '#FFFFFF' }), pattern: value };
    });
  }

  set patternColor(value: string) {
    this.each((cell) => {
      cell.fill = { ...(cell.fill ?? { color: '#FFFFFF', pattern: 'Solid' }), patternColor: value };
    });
  }

  clear() {
    this.each((cell) => {
      cell.fill = null;
    });
  }

  load(_props: string) {
    this.ctx.queueLoad(() => {
      const first = this.range.cellsOf()[0];
      const fill = first ? this.range.cellFor(first.a1, false)?.fill : null;
      this.loadedColor = fill?.color ?? '#FFFFFF';
    });
    return this;
  }
}

/** The request context as the source code types it. */
export function asContext(ctx: FakeContext): Excel.RequestContext {
  return ctx as unknown as Excel.RequestContext;
}

/** Makes Office.context.requirements answer ExcelApi up to 1.`minor` (versions compare by minor number: 1.9 < 1.13). */
export function supportExcelApi(minor: number): void {
  (globalThis as { Office?: unknown }).Office = {
    context: {
      requirements: {
        isSetSupported: (set: string, v: string) => set === 'ExcelApi' && Number(v.split('.')[1] ?? 0) <= minor,
      },
    },
  };
}

export function resetOffice(): void {
  delete (globalThis as { Office?: unknown }).Office;
}

/** A RunExcelOptions.run that runs every batch on a fresh context of `book`. */
export function runOn(book: FakeWorkbook) {
  return <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => batch(asContext(book.context()));
}
