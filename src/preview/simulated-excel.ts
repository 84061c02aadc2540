// A simulated Excel host for the browser preview: window.Excel and window.Office with the subset of office-js that
// src/excel uses, backed by an in-memory workbook read from .xlsx bytes. It keeps office-js semantics where the add-in
// depends on them: proxy objects, queued commands that run at context.sync(), properties readable only after load +
// sync, null objects, errors raised at sync, change events delivered asynchronously after the sync.
import ExcelJS from 'exceljs';
import { columnName, fromA1, rangeFromA1, toA1 } from '../core/grid/a1';
import type { CellRange } from '../core/grid/grid';
import { readWorkbookGrids } from '../xlsx/read-workbook';
import { evaluateFormula, type SimValue } from './evaluate-formula';

export type SimFill = { readonly color: string; readonly pattern: string; readonly patternColor: string | null };

type SimCell = {
  value: SimValue;
  /** With the leading "=". */
  formula?: string;
  numFmt: string;
  fill?: SimFill;
};

type SimSheet = {
  readonly id: string;
  name: string;
  cells: Map<string, SimCell>;
  merges: CellRange[];
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  protected: boolean;
};

type Box = { readonly top: number; readonly left: number; readonly bottom: number; readonly right: number };
type Located = { readonly sheet: SimSheet; readonly box: Box };

/** What office-js rejects with: OfficeExtension.Error's shape (code, message, debugInfo). */
export class SimulatedOfficeError extends Error {
  override readonly name = 'RichApi.Error';
  constructor(
    readonly code: string,
    message: string,
    readonly debugInfo: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
  }
}

const keyOf = (row: number, col: number) => `${row},${col}`;

/** The cell with its fill replaced (or removed), everything else kept. */
function withFill(cell: SimCell | undefined, fill: SimFill | undefined): SimCell {
  return {
    value: cell?.value ?? null,
    numFmt: cell?.numFmt ?? 'General',
    ...(cell?.formula ? { formula: cell.formula } : {}),
    ...(fill ? { fill } : {}),
  };
}

/** Stores a cell; one that holds nothing (no value, formula, format or fill) is dropped, as Excel's used range drops it. */
function putCell(sheet: SimSheet, row: number, col: number, cell: SimCell): void {
  if (cell.value === null && !cell.formula && cell.numFmt === 'General' && !cell.fill)
    sheet.cells.delete(keyOf(row, col));
  else sheet.cells.set(keyOf(row, col), cell);
}
const MAX_ROW = 1_048_575;
const MAX_COL = 16_383;
const SUPPORTED_EXCEL_API = 17;

function quoteSheet(name: string): string {
  return /^[\p{L}\p{N}_.]+$/u.test(name) && !/^\d/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function boxAddress(box: Box): string {
  const first = toA1({ row: box.top, col: box.left });
  return box.top === box.bottom && box.left === box.right
    ? first
    : `${first}:${toA1({ row: box.bottom, col: box.right })}`;
}

function parseBox(address: string): Box {
  const local = address.includes('!') ? (address.split('!').pop() ?? '') : address;
  const clean = local.replace(/\$/g, '').trim().toUpperCase();
  const columns = /^([A-Z]{1,3}):([A-Z]{1,3})$/.exec(clean);
  if (columns) {
    const a = fromA1(`${columns[1]}1`);
    const b = fromA1(`${columns[2]}1`);
    if (a && b) return { top: 0, left: a.col, bottom: MAX_ROW, right: b.col };
  }
  const range = rangeFromA1(clean);
  if (!range) throw new SimulatedOfficeError('InvalidArgument', `The argument is invalid or missing: ${address}`);
  return range;
}

function intersects(a: Box, b: Box): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

function isError(v: unknown): v is { error: string } {
  return typeof v === 'object' && v !== null && 'error' in v;
}

/** What a person typing `input` into a cell gets: a formula, a number, a boolean or text (Excel's own parsing). */
function parseInput(input: unknown, numFmt: string): { value: SimValue; formula?: string } {
  if (input === null || input === undefined || input === '') return { value: null };
  if (typeof input === 'number' || typeof input === 'boolean') return { value: input };
  const text = String(input);
  if (numFmt === '@') return { value: text };
  if (text.startsWith("'")) return { value: text.slice(1) };
  if (text.startsWith('=') && text.length > 1) return { value: null, formula: text };
  const trimmed = text.trim();
  if (/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?%?$/.test(trimmed)) {
    const n = Number(trimmed.replace('%', ''));
    return { value: trimmed.endsWith('%') ? n / 100 : n };
  }
  if (/^(TRUE|FALSE)$/i.test(trimmed)) return { value: trimmed.toUpperCase() === 'TRUE' };
  return { value: text };
}

type ChangeEvent = {
  readonly type: 'WorksheetChanged';
  readonly worksheetId: string;
  readonly address: string;
  readonly changeType: 'RangeEdited';
  readonly source: 'Local' | 'Remote';
};
type ChangeHandler = (event: ChangeEvent) => unknown;

/** The in-memory workbook and everything the simulated office-js objects act on. */
export class SimulatedWorkbook {
  sheets: SimSheet[] = [];
  activeSheetId: string | undefined;
  selection: { sheet: string; address: string } | undefined;
  readonly handlers = new Set<ChangeHandler>();
  /** Workbook.settings: the add-in's own values saved with the workbook (the mark store), as JSON text. */
  readonly settings = new Map<string, string>();
  private nextId = 1;

  newSheet(name: string): SimSheet {
    const id = `{00000000-0001-0000-0000-${String(this.nextId++).padStart(12, '0')}}`;
    return { id, name, cells: new Map(), merges: [], visibility: 'Visible', protected: false };
  }

  byName(name: string): SimSheet | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  byId(id: string): SimSheet | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  /** Replaces every sheet with those of an .xlsx file, read with the same exceljs -> Grid code as the CLI. */
  async load(bytes: Uint8Array): Promise<void> {
    this.sheets = await readSheets(this, bytes);
    this.activeSheetId = this.sheets[0]?.id;
    this.selection = this.sheets[0] ? { sheet: this.sheets[0].name, address: 'A1' } : undefined;
  }

  /** Full recalculation of every formula (the template's workbooks are small); circular references give 0. */
  recalculate(): void {
    const done = new Set<string>();
    const visiting = new Set<string>();
    const valueOf = (sheetName: string, row: number, col: number): SimValue => {
      const sheet = this.byName(sheetName);
      if (!sheet) return { error: '#REF!' };
      const cell = sheet.cells.get(keyOf(row, col));
      if (!cell) return null;
      if (!cell.formula) return cell.value;
      const key = `${sheet.id}!${row},${col}`;
      if (done.has(key)) return cell.value;
      if (visiting.has(key)) return 0;
      visiting.add(key);
      cell.value = evaluateFormula(cell.formula.slice(1), sheet.name, valueOf);
      visiting.delete(key);
      done.add(key);
      return cell.value;
    };
    for (const sheet of this.sheets) {
      for (const [key, cell] of sheet.cells) {
        if (!cell.formula) continue;
        const [row, col] = key.split(',').map(Number) as [number, number];
        valueOf(sheet.name, row, col);
      }
    }
  }

  /** Writes what a person (or Range.values / Range.formulas) puts into one cell. */
  writeInput(sheet: SimSheet, row: number, col: number, input: unknown): void {
    const key = keyOf(row, col);
    const cell = sheet.cells.get(key);
    const numFmt = cell?.numFmt ?? 'General';
    const parsed = parseInput(input, numFmt);
    const next: SimCell = {
      value: parsed.value,
      numFmt,
      ...(cell?.fill ? { fill: cell.fill } : {}),
      ...(parsed.formula ? { formula: parsed.formula } : {}),
    };
    putCell(sheet, row, col, next);
  }

  emitChanged(sheet: SimSheet, address: string, source: 'Local' | 'Remote' = 'Local'): void {
    const event: ChangeEvent = {
      type: 'WorksheetChanged',
      worksheetId: sheet.id,
      address,
      changeType: 'RangeEdited',
      source,
    };
    // office-js delivers events asynchronously, after the batch that caused them has completed.
    setTimeout(() => {
      for (const handler of [...this.handlers]) void Promise.resolve(handler(event)).catch(() => undefined);
    }, 0);
  }
}

async function readSheets(workbook: SimulatedWorkbook, bytes: Uint8Array): Promise<SimSheet[]> {
  const [grids, fills] = await Promise.all([readWorkbookGrids(bytes), readFills(bytes)]);
  return grids.map((grid) => {
    const sheet = workbook.newSheet(grid.name);
    sheet.merges = [...grid.merges];
    grid.cells.forEach((row, r) =>
      row?.forEach((cell, c) => {
        // A merged range's other cells were filled in from its anchor by the reader; Excel keeps them empty.
        if (!cell || cell.mergedFrom) return;
        sheet.cells.set(keyOf(r, c), {
          value: cell.value,
          numFmt: cell.numFmt ?? 'General',
          ...(cell.formula !== undefined ? { formula: `=${cell.formula}` } : {}),
        });
      }),
    );
    for (const [key, fill] of fills.get(grid.name) ?? []) {
      const cell = sheet.cells.get(key);
      if (cell) cell.fill = fill;
      else sheet.cells.set(key, { value: null, numFmt: 'General', fill });
    }
    return sheet;
  });
}

/** Cell fills are not part of a Grid; they are read here so that clearing marks can be seen to restore them. */
async function readFills(bytes: Uint8Array): Promise<Map<string, Map<string, SimFill>>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const out = new Map<string, Map<string, SimFill>>();
  for (const sheet of workbook.worksheets) {
    const fills = new Map<string, SimFill>();
    sheet.eachRow({ includeEmpty: true }, (row, rowNumber) =>
      row.eachCell({ includeEmpty: true }, (cell, colNumber) => {
        const fill = cell.fill;
        if (!fill || fill.type !== 'pattern' || !fill.pattern || fill.pattern === 'none') return;
        const argb = fill.fgColor?.argb;
        const color = argb ? `#${argb.slice(-6).toUpperCase()}` : '#FFFFFF';
        const pattern =
          fill.pattern === 'solid' ? 'Solid' : fill.pattern.charAt(0).toUpperCase() + fill.pattern.slice(1);
        const patternColor = fill.bgColor?.argb ? `#${fill.bgColor.argb.slice(-6).toUpperCase()}` : null;
        fills.set(keyOf(rowNumber - 1, colNumber - 1), { color, pattern, patternColor });
      }),
    );
    out.set(sheet.name, fills);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------------
// The office-js object model: proxies whose commands queue on the context and run at sync.
// ---------------------------------------------------------------------------------------------------------------------

type Command = () => void | Promise<void>;

class RequestContext {
  readonly workbook: WorkbookProxy;
  private queue: Command[] = [];
  private readonly proxies: ClientObject[] = [];
  /** Cells written in the current batch, per sheet id: each write is one change event, as in Excel. */
  private writes: Array<{ sheet: SimSheet; address: string }> = [];
  private dirty = false;

  constructor(readonly host: SimulatedWorkbook) {
    this.workbook = new WorkbookProxy(this);
  }

  enqueue(command: Command): void {
    this.queue.push(command);
  }

  track(proxy: ClientObject): void {
    this.proxies.push(proxy);
  }

  noteWrite(sheet: SimSheet, address: string, contents: boolean): void {
    this.dirty = true;
    if (contents) this.writes.push({ sheet, address });
  }

  async sync(): Promise<void> {
    const commands = this.queue;
    this.queue = [];
    try {
      for (const command of commands) await command();
    } finally {
      if (this.dirty) this.host.recalculate();
      for (const write of this.writes)
        if (this.host.sheets.includes(write.sheet)) this.host.emitChanged(write.sheet, write.address);
      this.writes = [];
      this.dirty = false;
      for (const proxy of this.proxies) proxy.settle();
    }
  }
}

abstract class ClientObject {
  protected readonly loaded = new Map<string, unknown>();
  private synced = false;
  private isNull: boolean | undefined;

  constructor(
    readonly context: RequestContext,
    private readonly nullable: boolean,
  ) {
    context.track(this);
  }

  /** undefined: a null object (only for the …OrNullObject methods). Throws ItemNotFound for a missing item. */
  protected abstract locate(): unknown;

  get isNullObject(): boolean {
    if (!this.synced || this.isNull === undefined) {
      throw new SimulatedOfficeError(
        'PropertyNotLoaded',
        "The property 'isNullObject' is not available. Call load and context.sync() first.",
      );
    }
    return this.isNull;
  }

  /** Called after every sync: the object now knows whether it exists. */
  settle(): void {
    this.synced = true;
    if (this.isNull !== undefined) return;
    try {
      this.isNull = this.nullable && this.locate() === undefined;
    } catch {
      this.isNull = false;
    }
  }

  protected target<T>(): T | undefined {
    const found = this.locate() as T | undefined;
    if (found === undefined && !this.nullable)
      throw new SimulatedOfficeError('ItemNotFound', "The requested resource doesn't exist.");
    if (this.nullable) this.isNull = found === undefined;
    return found;
  }

  protected read<T>(name: string): T {
    if (!this.loaded.has(name)) {
      throw new SimulatedOfficeError(
        'PropertyNotLoaded',
        `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    }
    return this.loaded.get(name) as T;
  }

  load(properties?: string | string[] | Record<string, unknown>): this {
    const names =
      typeof properties === 'string'
        ? properties.split(',').map((p) => p.trim())
        : Array.isArray(properties)
          ? properties
          : Object.keys(properties ?? {});
    this.context.enqueue(() => {
      const target = this.target<unknown>();
      if (target === undefined) return;
      for (const name of names) this.snapshot(name, target);
    });
    return this;
  }

  protected abstract snapshot(name: string, target: unknown): void;
}

class WorkbookProxy {
  readonly worksheets: WorksheetCollection;
  readonly settings: SettingCollection;
  constructor(private readonly context: RequestContext) {
    this.worksheets = new WorksheetCollection(context);
    this.settings = new SettingCollection(context);
  }

  insertWorksheetsFromBase64(base64: string, options: { positionType?: string } = {}): void {
    const host = this.context.host;
    this.context.enqueue(async () => {
      const binary = atob(base64);
      const bytes = new Uint8Array(binary.length);
      for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
      const incoming = await readSheets(host, bytes);
      for (const sheet of incoming) {
        if (host.byName(sheet.name))
          throw new SimulatedOfficeError('ItemAlreadyExists', `A sheet named ${sheet.name} already exists.`);
      }
      if (options.positionType === 'Beginning') host.sheets.unshift(...incoming);
      else host.sheets.push(...incoming);
    });
  }
}

/** Workbook.settings (ExcelApi 1.4): key → JSON value, saved with the workbook. */
class SettingCollection {
  constructor(private readonly context: RequestContext) {}

  add(key: string, value: unknown): Setting {
    const text = JSON.stringify(value);
    this.context.enqueue(() => void this.context.host.settings.set(key, text));
    return new Setting(this.context, key, false);
  }

  getItem(key: string): Setting {
    return new Setting(this.context, key, false);
  }

  getItemOrNullObject(key: string): Setting {
    return new Setting(this.context, key, true);
  }
}

class Setting extends ClientObject {
  constructor(
    context: RequestContext,
    private readonly key: string,
    nullable: boolean,
  ) {
    super(context, nullable);
  }

  protected locate(): unknown {
    return this.context.host.settings.get(this.key);
  }

  protected snapshot(name: string, target: unknown): void {
    if (name === 'value') this.loaded.set('value', JSON.parse(String(target)) as unknown);
    if (name === 'key') this.loaded.set('key', this.key);
  }

  get value(): unknown {
    return this.read('value');
  }

  delete(): void {
    this.context.enqueue(() => {
      this.target<unknown>();
      this.context.host.settings.delete(this.key);
    });
  }
}

type HandlerResult = { readonly context: RequestContext; remove(): void };

class WorksheetCollection extends ClientObject {
  readonly onChanged: { add(handler: ChangeHandler): HandlerResult };
  private itemProxies: Worksheet[] | undefined;

  constructor(context: RequestContext) {
    super(context, false);
    this.onChanged = {
      add: (handler) => {
        this.context.enqueue(() => void this.context.host.handlers.add(handler));
        return {
          context: this.context,
          remove: () => this.context.enqueue(() => void this.context.host.handlers.delete(handler)),
        };
      },
    };
  }

  protected locate(): unknown {
    return this.context.host;
  }

  protected snapshot(name: string): void {
    if (name !== 'items' && !name.startsWith('items/')) return;
    const field = name.split('/')[1];
    this.itemProxies = this.context.host.sheets.map((sheet) => {
      const proxy = new Worksheet(this.context, () => this.context.host.byId(sheet.id), false);
      proxy.preload(field ? [field] : ['name', 'id', 'visibility'], sheet);
      return proxy;
    });
    this.loaded.set('items', true);
  }

  get items(): Worksheet[] {
    this.read('items');
    return this.itemProxies ?? [];
  }

  getItem(name: string): Worksheet {
    return new Worksheet(this.context, () => this.context.host.byName(name) ?? this.context.host.byId(name), false);
  }

  getItemOrNullObject(name: string): Worksheet {
    return new Worksheet(this.context, () => this.context.host.byName(name) ?? this.context.host.byId(name), true);
  }

  getActiveWorksheet(): Worksheet {
    return new Worksheet(this.context, () => this.context.host.byId(this.context.host.activeSheetId ?? ''), false);
  }

  add(name?: string): Worksheet {
    const host = this.context.host;
    let created: SimSheet | undefined;
    this.context.enqueue(() => {
      const wanted = name ?? `Sheet${host.sheets.length + 1}`;
      if (host.byName(wanted)) throw new SimulatedOfficeError('ItemAlreadyExists', 'The resource already exists.');
      created = host.newSheet(wanted);
      host.sheets.push(created);
    });
    return new Worksheet(this.context, () => created, false);
  }
}

class Worksheet extends ClientObject {
  readonly protection: { readonly protected: boolean; protect(): void; unprotect(): void };

  constructor(
    context: RequestContext,
    private readonly find: () => SimSheet | undefined,
    nullable: boolean,
  ) {
    super(context, nullable);
    const readProtected = () => this.read<boolean>('protection/protected');
    this.protection = {
      get protected(): boolean {
        return readProtected();
      },
      protect: () => this.command((sheet) => void (sheet.protected = true)),
      unprotect: () => this.command((sheet) => void (sheet.protected = false)),
    };
  }

  protected locate(): SimSheet | undefined {
    return this.find();
  }

  /** Items of a loaded collection arrive with their properties already loaded. */
  preload(names: readonly string[], sheet: SimSheet): void {
    for (const name of names) this.snapshot(name, sheet);
  }

  protected snapshot(name: string, target: unknown): void {
    const sheet = target as SimSheet;
    const values: Record<string, unknown> = {
      name: sheet.name,
      id: sheet.id,
      visibility: sheet.visibility,
      position: this.context.host.sheets.indexOf(sheet),
      'protection/protected': sheet.protected,
      protection: sheet.protected,
    };
    if (name === 'protection') this.loaded.set('protection/protected', sheet.protected);
    else this.loaded.set(name, values[name]);
  }

  private command(run: (sheet: SimSheet) => void): void {
    this.context.enqueue(() => {
      const sheet = this.target<SimSheet>();
      if (sheet) run(sheet);
    });
  }

  get name(): string {
    return this.read('name');
  }
  get id(): string {
    return this.read('id');
  }
  get visibility(): string {
    return this.read('visibility');
  }
  set visibility(value: string) {
    this.command((sheet) => void (sheet.visibility = value as SimSheet['visibility']));
  }

  activate(): void {
    this.command((sheet) => {
      if (sheet.visibility !== 'Visible')
        throw new SimulatedOfficeError('InvalidOperation', 'A hidden sheet cannot be activated.');
      const host = this.context.host;
      host.activeSheetId = sheet.id;
      if (host.selection?.sheet !== sheet.name) host.selection = { sheet: sheet.name, address: 'A1' };
    });
  }

  delete(): void {
    this.command((sheet) => {
      const host = this.context.host;
      host.sheets = host.sheets.filter((s) => s !== sheet);
      if (host.activeSheetId === sheet.id) host.activeSheetId = host.sheets.find((s) => s.visibility === 'Visible')?.id;
    });
  }

  getRange(address?: string): Range {
    return new Range(this.context, () => {
      const sheet = this.target<SimSheet>();
      return (
        sheet && { sheet, box: address ? parseBox(address) : { top: 0, left: 0, bottom: MAX_ROW, right: MAX_COL } }
      );
    });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): Range {
    return new Range(this.context, () => {
      const sheet = this.target<SimSheet>();
      return (
        sheet && {
          sheet,
          box: {
            top: startRow,
            left: startColumn,
            bottom: startRow + rowCount - 1,
            right: startColumn + columnCount - 1,
          },
        }
      );
    });
  }

  getRanges(addresses: string): RangeAreas {
    return new RangeAreas(
      this.context,
      () => {
        const sheet = this.target<SimSheet>();
        return sheet && addresses.split(',').map((a) => ({ sheet, box: parseBox(a) }));
      },
      false,
    );
  }

  getUsedRange(valuesOnly = false): Range {
    return new Range(this.context, () => {
      const sheet = this.target<SimSheet>();
      return sheet && { sheet, box: usedBox(sheet, valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 } };
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): Range {
    return new Range(
      this.context,
      () => {
        const sheet = this.find();
        const box = sheet && usedBox(sheet, valuesOnly);
        return sheet && box ? { sheet, box } : undefined;
      },
      true,
    );
  }
}

function usedBox(sheet: SimSheet, valuesOnly: boolean): Box | undefined {
  let box: { top: number; left: number; bottom: number; right: number } | undefined;
  for (const [key, cell] of sheet.cells) {
    const counts =
      cell.formula !== undefined ||
      (cell.value !== null && cell.value !== '') ||
      (!valuesOnly && (cell.fill !== undefined || cell.numFmt !== 'General'));
    if (!counts) continue;
    const [row, col] = key.split(',').map(Number) as [number, number];
    if (!box) box = { top: row, left: col, bottom: row, right: col };
    else {
      box.top = Math.min(box.top, row);
      box.left = Math.min(box.left, col);
      box.bottom = Math.max(box.bottom, row);
      box.right = Math.max(box.right, col);
    }
  }
  return box;
}

const NO_FILL_COLOR = '#FFFFFF';

class Range extends ClientObject {
  readonly format: RangeFormat;

  constructor(
    context: RequestContext,
    private readonly find: () => Located | undefined,
    nullable = false,
  ) {
    super(context, nullable);
    this.format = new RangeFormat(this);
  }

  protected locate(): Located | undefined {
    return this.find();
  }

  /** Runs `run` at sync on the located range (nothing on a null object). */
  command(run: (located: Located) => void | Promise<void>): void {
    this.context.enqueue(() => {
      const located = this.target<Located>();
      if (located) return run(located);
    });
  }

  cells(located: Located, each: (row: number, col: number, cell: SimCell | undefined) => void): void {
    const { box, sheet } = located;
    for (let r = box.top; r <= box.bottom; r++)
      for (let c = box.left; c <= box.right; c++) each(r, c, sheet.cells.get(keyOf(r, c)));
  }

  protected snapshot(name: string, target: unknown): void {
    const located = target as Located;
    const { box, sheet } = located;
    const grid = <T>(pick: (cell: SimCell | undefined) => T): T[][] => {
      const rows: T[][] = [];
      for (let r = box.top; r <= box.bottom; r++) {
        const row: T[] = [];
        for (let c = box.left; c <= box.right; c++) row.push(pick(sheet.cells.get(keyOf(r, c))));
        rows.push(row);
      }
      return rows;
    };
    const shown = (cell: SimCell | undefined) =>
      cell?.value === null || cell?.value === undefined ? '' : isError(cell.value) ? cell.value.error : cell.value;
    switch (name) {
      case 'values':
        return void this.loaded.set(name, grid(shown));
      case 'formulas':
        return void this.loaded.set(
          name,
          grid((cell) => cell?.formula ?? shown(cell)),
        );
      case 'numberFormat':
        return void this.loaded.set(
          name,
          grid((cell) => cell?.numFmt ?? 'General'),
        );
      case 'valueTypes':
        return void this.loaded.set(
          name,
          grid((cell) => {
            const v = cell?.value;
            if (v === null || v === undefined || (v === '' && !cell?.formula)) return 'Empty';
            if (isError(v)) return 'Error';
            return typeof v === 'number' ? 'Double' : typeof v === 'boolean' ? 'Boolean' : 'String';
          }),
        );
      case 'rowIndex':
        return void this.loaded.set(name, box.top);
      case 'columnIndex':
        return void this.loaded.set(name, box.left);
      case 'rowCount':
        return void this.loaded.set(name, box.bottom - box.top + 1);
      case 'columnCount':
        return void this.loaded.set(name, box.right - box.left + 1);
      case 'address':
        return void this.loaded.set(name, `${quoteSheet(sheet.name)}!${boxAddress(box)}`);
      case 'text':
        return void this.loaded.set(
          name,
          grid((cell) => String(shown(cell))),
        );
      default:
        return void this.loaded.set(name, undefined);
    }
  }

  get values(): unknown[][] {
    return this.read('values');
  }
  set values(values: unknown[][]) {
    this.writeContents(values);
  }
  get formulas(): unknown[][] {
    return this.read('formulas');
  }
  set formulas(formulas: unknown[][]) {
    this.writeContents(formulas);
  }
  get numberFormat(): unknown[][] {
    return this.read('numberFormat');
  }
  set numberFormat(formats: unknown[][]) {
    this.command((located) => {
      this.guard(located);
      this.each2d(located, formats, (row, col, format) => {
        const key = keyOf(row, col);
        const cell = located.sheet.cells.get(key);
        located.sheet.cells.set(key, { ...(cell ?? { value: null }), numFmt: String(format) });
      });
      this.context.noteWrite(located.sheet, boxAddress(located.box), false);
    });
  }
  get valueTypes(): string[][] {
    return this.read('valueTypes');
  }
  get rowIndex(): number {
    return this.read('rowIndex');
  }
  get columnIndex(): number {
    return this.read('columnIndex');
  }
  get rowCount(): number {
    return this.read('rowCount');
  }
  get columnCount(): number {
    return this.read('columnCount');
  }
  get address(): string {
    return this.read('address');
  }

  private guard(located: Located): void {
    if (located.sheet.protected)
      throw new SimulatedOfficeError(
        'AccessDenied',
        "The cell or chart you're trying to change is on a protected sheet.",
      );
  }

  /** office-js takes a 2-D array the size of the range, or one value for every cell. */
  private each2d(located: Located, data: unknown, each: (row: number, col: number, value: unknown) => void): void {
    const { box } = located;
    const rows = box.bottom - box.top + 1;
    const cols = box.right - box.left + 1;
    if (Array.isArray(data)) {
      if (data.length !== rows || data.some((row) => !Array.isArray(row) || row.length !== cols)) {
        throw new SimulatedOfficeError(
          'InvalidArgument',
          "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
        );
      }
      data.forEach((row: unknown[], r) => row.forEach((value, c) => each(box.top + r, box.left + c, value)));
    } else {
      for (let r = box.top; r <= box.bottom; r++) for (let c = box.left; c <= box.right; c++) each(r, c, data);
    }
  }

  private writeContents(data: unknown[][]): void {
    this.command((located) => {
      this.guard(located);
      this.each2d(located, data, (row, col, value) => this.context.host.writeInput(located.sheet, row, col, value));
      this.context.noteWrite(located.sheet, boxAddress(located.box), true);
    });
  }

  clear(applyTo: 'All' | 'Formats' | 'Contents' = 'All'): void {
    this.command((located) => {
      this.guard(located);
      const { sheet, box } = located;
      for (const [key, cell] of [...sheet.cells]) {
        const [row, col] = key.split(',').map(Number) as [number, number];
        if (row < box.top || row > box.bottom || col < box.left || col > box.right) continue;
        if (applyTo === 'All') sheet.cells.delete(key);
        else if (applyTo === 'Formats')
          sheet.cells.set(key, {
            value: cell.value,
            numFmt: 'General',
            ...(cell.formula ? { formula: cell.formula } : {}),
          });
        else sheet.cells.set(key, { value: null, numFmt: cell.numFmt, ...(cell.fill ? { fill: cell.fill } : {}) });
      }
      this.context.noteWrite(sheet, boxAddress(box), applyTo !== 'Formats');
    });
  }

  select(): void {
    this.command((located) => {
      const host = this.context.host;
      host.activeSheetId = located.sheet.id;
      host.selection = { sheet: located.sheet.name, address: boxAddress(located.box) };
    });
  }

  getMergedAreasOrNullObject(): RangeAreas {
    return new RangeAreas(
      this.context,
      () => {
        const located = this.find();
        if (!located) return undefined;
        const areas = located.sheet.merges
          .filter((m) => intersects(m, located.box))
          .map((box) => ({ sheet: located.sheet, box }));
        return areas.length > 0 ? areas : undefined;
      },
      true,
    );
  }

  getCellProperties(_options: unknown): { readonly value: unknown[][] } {
    let value: unknown[][] | undefined;
    this.command((located) => {
      const rows: unknown[][] = [];
      const { box, sheet } = located;
      for (let r = box.top; r <= box.bottom; r++) {
        const row: unknown[] = [];
        for (let c = box.left; c <= box.right; c++) {
          const fill = sheet.cells.get(keyOf(r, c))?.fill;
          row.push({
            format: {
              fill: fill
                ? { color: fill.color, pattern: fill.pattern, patternColor: fill.patternColor ?? NO_FILL_COLOR }
                : { color: NO_FILL_COLOR, pattern: 'None', patternColor: NO_FILL_COLOR },
            },
          });
        }
        rows.push(row);
      }
      value = rows;
    });
    return {
      get value(): unknown[][] {
        if (value === undefined)
          throw new SimulatedOfficeError(
            'PropertyNotLoaded',
            'The value of the result object has not been loaded yet. Call context.sync() first.',
          );
        return value;
      },
    };
  }
}

class RangeAreas extends ClientObject {
  constructor(
    context: RequestContext,
    private readonly find: () => Located[] | undefined,
    nullable: boolean,
  ) {
    super(context, nullable);
  }

  protected locate(): Located[] | undefined {
    return this.find();
  }

  protected snapshot(name: string, target: unknown): void {
    const areas = target as Located[];
    if (name === 'address')
      this.loaded.set(name, areas.map((a) => `${quoteSheet(a.sheet.name)}!${boxAddress(a.box)}`).join(','));
    else if (name === 'areaCount') this.loaded.set(name, areas.length);
    else this.loaded.set(name, undefined);
  }

  get address(): string {
    return this.read('address');
  }

  /** RangeAreas.format.fill (ExcelApi 1.9): one fill for every cell of every area. */
  get format(): { readonly fill: { color: string; clear(): void } } {
    const apply = (fill: SimFill | undefined) =>
      this.context.enqueue(() => {
        for (const { sheet, box } of this.target<Located[]>() ?? [])
          for (let row = box.top; row <= box.bottom; row++)
            for (let col = box.left; col <= box.right; col++) {
              putCell(sheet, row, col, withFill(sheet.cells.get(keyOf(row, col)), fill));
            }
      });
    return {
      fill: {
        get color(): string {
          throw new SimulatedOfficeError('PropertyNotLoaded', 'RangeAreas.format.fill.color is write-only here.');
        },
        set color(color: string) {
          apply({ color: color.toUpperCase(), pattern: 'Solid', patternColor: null });
        },
        clear: () => apply(undefined),
      },
    };
  }

  select(): void {
    this.context.enqueue(() => {
      const areas = this.target<Located[]>();
      const first = areas?.[0];
      if (!areas || !first) return;
      const host = this.context.host;
      host.activeSheetId = first.sheet.id;
      host.selection = { sheet: first.sheet.name, address: areas.map((a) => boxAddress(a.box)).join(',') };
    });
  }
}

class RangeFormat {
  readonly fill: RangeFill;
  constructor(private readonly range: Range) {
    this.fill = new RangeFill(range);
  }
  set wrapText(_value: boolean) {
    this.range.command(() => undefined);
  }
  set verticalAlignment(_value: string) {
    this.range.command(() => undefined);
  }
  set columnWidth(_value: number) {
    this.range.command(() => undefined);
  }
  set rowHeight(_value: number) {
    this.range.command(() => undefined);
  }
  autofitRows(): void {
    this.range.command(() => undefined);
  }
  autofitColumns(): void {
    this.range.command(() => undefined);
  }
}

class RangeFill extends ClientObject {
  constructor(private readonly range: Range) {
    super(range.context, false);
  }

  protected locate(): Located | undefined {
    return (this.range as unknown as { locate(): Located | undefined }).locate();
  }

  protected snapshot(name: string, target: unknown): void {
    const located = target as Located;
    const fills: (SimFill | undefined)[] = [];
    this.range.cells(located, (_r, _c, cell) => fills.push(cell?.fill));
    const same = <T>(pick: (fill: SimFill | undefined) => T): T | null => {
      const first = pick(fills[0]);
      return fills.every((f) => pick(f) === first) ? first : null;
    };
    if (name === 'color')
      this.loaded.set(
        name,
        same((f) => f?.color ?? NO_FILL_COLOR),
      );
    else if (name === 'pattern')
      this.loaded.set(
        name,
        same((f) => f?.pattern ?? 'None'),
      );
    else if (name === 'patternColor')
      this.loaded.set(
        name,
        same((f) => f?.patternColor ?? NO_FILL_COLOR),
      );
  }

  private setFill(update: (fill: SimFill | undefined) => SimFill | undefined): void {
    this.range.command((located) => {
      this.range.cells(located, (row, col, cell) => {
        putCell(located.sheet, row, col, withFill(cell, update(cell?.fill)));
      });
    });
  }

  get color(): string {
    return this.read('color');
  }
  set color(color: string) {
    this.setFill((fill) => ({
      color: color.toUpperCase(),
      pattern: fill?.pattern && fill.pattern !== 'None' ? fill.pattern : 'Solid',
      patternColor: fill?.patternColor ?? null,
    }));
  }
  get pattern(): string {
    return this.read('pattern');
  }
  set pattern(pattern: string) {
    this.setFill((fill) => ({
      color: fill?.color ?? NO_FILL_COLOR,
      pattern,
      patternColor: fill?.patternColor ?? null,
    }));
  }
  get patternColor(): string {
    return this.read('patternColor');
  }
  set patternColor(patternColor: string) {
    this.setFill((fill) => ({ color: fill?.color ?? NO_FILL_COLOR, pattern: fill?.pattern ?? 'Solid', patternColor }));
  }

  clear(): void {
    this.setFill(() => undefined);
  }
}

// ---------------------------------------------------------------------------------------------------------------------
// The globals and the test hook.
// ---------------------------------------------------------------------------------------------------------------------

/** What tests (and a curious person in DevTools) can do with the simulated host. */
export type ZipingHost = {
  /** Resolves once the first workbook is loaded. */
  readonly ready: Promise<void>;
  /** Replaces the open workbook with an .xlsx file's (bytes, or base64). */
  loadWorkbook(bytes: Uint8Array | ArrayBuffer | string): Promise<void>;
  /** Edits a cell as a person typing would (a formula when it starts with "="), then fires the change event. */
  editCell(sheet: string, address: string, input: string | number | boolean | null): void;
  cell(
    sheet: string,
    address: string,
  ): { value: SimValue; formula?: string; numFmt: string; fill: SimFill | null } | undefined;
  fill(sheet: string, address: string): SimFill | null;
  /** Every non-empty fill of a sheet, by A1 address. */
  fills(sheet: string): Record<string, SimFill>;
  selection(): { sheet: string; address: string } | undefined;
  activeSheet(): string | undefined;
  sheetNames(): Array<{ name: string; visibility: string }>;
  setProtected(sheet: string, on: boolean): void;
};

function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Defines window.Excel, window.Office and window.__zipingHost; `load` gives the first workbook's bytes. */
export function installSimulatedExcel(load: () => Promise<Uint8Array>): ZipingHost {
  const host = new SimulatedWorkbook();
  const ready = load().then((bytes) => host.load(bytes));
  const sheetOf = (name: string) => {
    const sheet = host.byName(name);
    if (!sheet) throw new Error(`no sheet ${name}`);
    return sheet;
  };
  const posOf = (address: string) => {
    const pos = fromA1(address);
    if (!pos) throw new Error(`bad address ${address}`);
    return pos;
  };

  const excel = {
    // Excel.run(batch) or Excel.run(options, batch); the simulated host is never in cell-edit mode.
    run: async <T>(
      first: ((context: RequestContext) => Promise<T>) | { readonly delayForCellEdit?: boolean },
      second?: (context: RequestContext) => Promise<T>,
    ): Promise<T> => {
      const batch = typeof first === 'function' ? first : second;
      if (!batch) throw new Error('Excel.run needs a batch');
      await ready;
      const context = new RequestContext(host);
      const result = await batch(context);
      // Excel.run syncs whatever the batch queued after its last explicit sync.
      await context.sync();
      return result;
    },
    RequestContext,
  };
  const office = {
    HostType: { Excel: 'Excel' },
    PlatformType: { OfficeOnline: 'OfficeOnline' },
    context: {
      requirements: {
        isSetSupported: (set: string, version?: string) =>
          set === 'ExcelApi' && Number((version ?? '1.1').split('.')[1] ?? 0) <= SUPPORTED_EXCEL_API,
      },
    },
    // As in Office, onReady means office.js is up, not that the workbook was read: only Excel.run waits for it, so
    // the pane mounts (and its check worker starts) while the sample is still being parsed.
    onReady: (callback?: (info: { host: string; platform: string }) => void) =>
      Promise.resolve().then(() => {
        const info = { host: 'Excel', platform: 'OfficeOnline' };
        callback?.(info);
        return info;
      }),
  };
  const globals = window as unknown as Record<string, unknown>;
  globals.Excel = excel;
  globals.Office = office;
  globals.OfficeExtension = { Error: SimulatedOfficeError };

  const zipingHost: ZipingHost = {
    ready,
    loadWorkbook: async (bytes) => {
      await ready;
      await host.load(
        typeof bytes === 'string' ? base64ToBytes(bytes) : bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes),
      );
    },
    editCell: (sheetName, address, input) => {
      const sheet = sheetOf(sheetName);
      const pos = posOf(address);
      host.writeInput(sheet, pos.row, pos.col, input);
      host.recalculate();
      host.emitChanged(sheet, toA1(pos));
    },
    cell: (sheetName, address) => {
      const pos = posOf(address);
      const cell = sheetOf(sheetName).cells.get(keyOf(pos.row, pos.col));
      return (
        cell && {
          value: cell.value,
          ...(cell.formula ? { formula: cell.formula } : {}),
          numFmt: cell.numFmt,
          fill: cell.fill ?? null,
        }
      );
    },
    fill: (sheetName, address) => {
      const pos = posOf(address);
      return sheetOf(sheetName).cells.get(keyOf(pos.row, pos.col))?.fill ?? null;
    },
    fills: (sheetName) => {
      const out: Record<string, SimFill> = {};
      for (const [key, cell] of sheetOf(sheetName).cells) {
        const [row, col] = key.split(',').map(Number) as [number, number];
        if (cell.fill) out[`${columnName(col)}${row + 1}`] = cell.fill;
      }
      return out;
    },
    selection: () => host.selection && { ...host.selection },
    activeSheet: () => host.byId(host.activeSheetId ?? '')?.name,
    sheetNames: () => host.sheets.map((s) => ({ name: s.name, visibility: s.visibility })),
    setProtected: (sheetName, on) => void (sheetOf(sheetName).protected = on),
  };
  globals.__zipingHost = zipingHost;
  return zipingHost;
}
