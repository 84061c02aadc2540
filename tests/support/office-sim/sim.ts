// A faithful office-js simulation for tests: proxy objects whose properties throw PropertyNotLoaded until loaded and
// synced, every command queued until context.sync() and run there in order (a failing command fails the batch, the
// commands before it stay done, as in Excel), the real error codes, and the host's rules and limits:
// - a member above the host profile's ExcelApi version fails the batch with ApiNotFound (sets from @types/office-js);
// - a very hidden sheet cannot be deleted (InvalidOperation, office-js issue 365);
// - workbook structure protection refuses adding, deleting and hiding sheets, sheet protection refuses writes;
// - Excel on the web refuses a request or a response above 5 MB (RequestPayloadSizeLimitExceeded,
//   ResponsePayloadSizeLimitExceeded); a range read above 5 million cells gives null values;
// - change events arrive after the sync (late on the web), with triggerSource only from ExcelApi 1.14;
// - a batch while the user edits a cell fails with InvalidOperationInCellEditMode unless delayForCellEdit (1.11).
// It runs in Node (jest, the bench) and, bundled by tests/e2e/profile-page.ts, in Chromium under office.js's address.
import { fromA1, rangeFromA1, toA1 } from '../../../src/core/grid/a1';
import { sheetsFromXlsx } from './from-xlsx';
import { isSetSupportedOn, isSupportedOn, requiredVersion, type HostProfile } from './profiles';

export type SimFill = { color: string; pattern: string; patternColor?: string } | null;
export type SimCell = {
  value?: string | number | boolean | null | undefined;
  formula?: string;
  numberFormat?: string;
  fill?: SimFill;
  error?: string;
};
export type SimSheetInit = {
  name: string;
  cells?: Record<string, SimCell>;
  protected?: boolean;
  merges?: string[];
  visibility?: 'Visible' | 'Hidden' | 'VeryHidden';
  /** A formatted region without values (a fill over many cells, no cell objects): "A1:J100000". */
  formatted?: { address: string; fill: NonNullable<SimFill> };
};

type Box = { top: number; left: number; bottom: number; right: number };
type Sheet = {
  id: string;
  name: string;
  cells: Map<string, SimCell>;
  protected: boolean;
  merges: string[];
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  columnWidths: Map<string, number>;
  formatted?: { box: Box; fill: NonNullable<SimFill> };
};

export class SimOfficeError extends Error {
  override readonly name = 'RichApi.Error';
  constructor(
    readonly code: string,
    message: string,
    readonly debugInfo: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
  }
}

const MESSAGES: Readonly<Record<string, string>> = {
  ApiNotFound: 'The API you are trying to use could not be found. It may be available in a newer version of Excel.',
  InvalidOperation: 'The operation is invalid for the object.',
  ItemNotFound: "The requested resource doesn't exist.",
  ItemAlreadyExists: 'The resource already exists.',
  InvalidReference: 'This reference is not valid for the current operation.',
  InvalidArgument: 'The argument is invalid or missing or has an incorrect format.',
  GeneralException: 'An internal error has occurred.',
  AccessDenied: 'You cannot perform the requested operation.',
  RequestPayloadSizeLimitExceeded: 'The request payload size has exceeded the limit.',
  ResponsePayloadSizeLimitExceeded: 'The response payload size has exceeded the limit.',
  InvalidOperationInCellEditMode: 'Excel is in cell-editing mode.',
  PropertyNotLoaded: 'The property is not available. Call load and context.sync() first.',
};

const fail = (code: string, location?: string): never => {
  throw new SimOfficeError(code, MESSAGES[code] ?? code, location ? { errorLocation: location } : {});
};

const MAX_ROW = 1_048_575;
const MAX_COL = 16_383;
/** Every platform: a range read above this many cells does not come back whole. */
export const CELL_READ_LIMIT = 5_000_000;

function boxOf(address: string): Box {
  const local = (address.split('!').pop() ?? address).replace(/\$/g, '').trim();
  const cols = /^([A-Z]+):([A-Z]+)$/.exec(local);
  if (cols) {
    const left = fromA1(`${cols[1]}1`)?.col ?? 0;
    const right = fromA1(`${cols[2]}1`)?.col ?? 0;
    return { top: 0, left, bottom: MAX_ROW, right };
  }
  const rows = /^(\d+):(\d+)$/.exec(local);
  if (rows) return { top: Number(rows[1]) - 1, left: 0, bottom: Number(rows[2]) - 1, right: MAX_COL };
  const box = rangeFromA1(local);
  if (!box) return fail('InvalidArgument', 'Worksheet.getRange');
  return box;
}
const boxA1 = (b: Box) =>
  b.top === b.bottom && b.left === b.right
    ? toA1({ row: b.top, col: b.left })
    : `${toA1({ row: b.top, col: b.left })}:${toA1({ row: b.bottom, col: b.right })}`;
const intersects = (a: Box, b: Box) => a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
const inside = (row: number, col: number, b: Box) => row >= b.top && row <= b.bottom && col >= b.left && col <= b.right;
const cellCount = (b: Box) => (b.bottom - b.top + 1) * (b.right - b.left + 1);
const quote = (name: string) => (/^[\p{L}\p{N}_.]+$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`);
const encoder = new TextEncoder();
/** UTF-8 size of the JSON office.js would send (Buffer where there is one: it counts without copying). */
const bytesOf = (data: unknown): number => {
  const json = JSON.stringify(data ?? null) ?? 'null';
  return typeof Buffer === 'undefined' ? encoder.encode(json).length : Buffer.byteLength(json, 'utf8');
};

/** base64 -> bytes in Node and in the browser alike. */
export function bytesOfBase64(base64: string): Uint8Array {
  return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
}

export type ChangeEvent = {
  type: 'WorksheetChanged';
  changeType: 'RangeEdited';
  source: 'Local';
  worksheetId: string;
  address: string;
  triggerSource?: 'ThisLocalAddin' | 'Unknown';
};
type Handler = (event: ChangeEvent) => Promise<unknown> | unknown;

/** One sync as the host saw it. */
export type SyncRecord = { readonly requestBytes: number; readonly responseBytes: number; readonly failed?: string };

export type SimOptions = {
  /** insertWorksheetsFromBase64: succeed, or fail with GeneralException after or without inserting (the web). */
  readonly insert?: 'ok' | 'throw-after-insert' | 'throw-without-insert';
  /**
   * Deliver change events on the real clock, `host.eventDelayMs` after their sync, as a host does (the browser page);
   * otherwise they wait for deliverEvents() and `clock` (jest).
   */
  readonly liveEvents?: boolean;
};

/** The state of one workbook open in one host. */
export class SimWorkbook {
  sheets: Sheet[];
  structureProtected = false;
  readonly settings = new Map<string, unknown>();
  selection: { sheet: string; address: string } | undefined;
  active: string | undefined;
  /** The clock events and the add-in's timing windows run on (ms); tests move it. */
  clock = 0;
  /** true while the user types in a cell. */
  editingCell = false;
  readonly syncLog: SyncRecord[] = [];
  readonly inserted: { base64: string; options: unknown }[] = [];
  /** Every member the add-in called above this host's ExcelApi version (each failed its batch with ApiNotFound). */
  readonly unsupportedCalls: string[] = [];
  private nextId = 1;
  private readonly formulaValues = new Map<string, SimCell['value']>();
  readonly workbookHandlers = new Set<Handler>();
  readonly sheetHandlers = new Map<string, Set<Handler>>();
  private pending: { at: number; event: ChangeEvent }[] = [];
  private cellEditWaiters: (() => void)[] = [];

  constructor(
    readonly host: HostProfile,
    sheets: SimSheetInit[],
    readonly options: SimOptions = {},
  ) {
    this.sheets = sheets.map((s) => this.makeSheet(s));
    this.active = this.sheets.find((s) => s.visibility === 'Visible')?.name;
  }

  get syncs(): number {
    return this.syncLog.length;
  }

  makeSheet(init: SimSheetInit): Sheet {
    const cells = new Map<string, SimCell>();
    for (const [a1, cell] of Object.entries(init.cells ?? {})) {
      cells.set(a1, { ...cell });
      if (cell.formula !== undefined) this.formulaValues.set(`${init.name}!${a1}:${cell.formula}`, cell.value ?? null);
    }
    return {
      id: `{0000000${this.nextId++}-0001-0000-0000-000000000000}`,
      name: init.name,
      cells,
      protected: init.protected ?? false,
      merges: init.merges ?? [],
      visibility: init.visibility ?? 'Visible',
      columnWidths: new Map(),
      ...(init.formatted ? { formatted: { box: boxOf(init.formatted.address), fill: init.formatted.fill } } : {}),
    };
  }

  addSheet(init: SimSheetInit): void {
    this.sheets.push(this.makeSheet(init));
  }

  sheet(name: string): Sheet | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower || s.id === name);
  }

  cell(sheet: string, a1: string): SimCell | undefined {
    return this.sheet(sheet)?.cells.get(a1);
  }

  fillAt(sheet: Sheet, row: number, col: number): SimFill {
    const cell = sheet.cells.get(toA1({ row, col }));
    if (cell && cell.fill !== undefined) return cell.fill;
    if (sheet.formatted && inside(row, col, sheet.formatted.box)) return sheet.formatted.fill;
    return null;
  }

  /** The workbook as it would be saved and opened again: sheets, cells, formats (the settings are kept apart). */
  toInit(): SimSheetInit[] {
    return this.sheets.map((sheet) => ({
      name: sheet.name,
      cells: Object.fromEntries([...sheet.cells].map(([a1, cell]) => [a1, { ...cell }])),
      protected: sheet.protected,
      merges: [...sheet.merges],
      visibility: sheet.visibility,
      ...(sheet.formatted ? { formatted: { address: boxA1(sheet.formatted.box), fill: sheet.formatted.fill } } : {}),
    }));
  }

  /** A plain copy of every cell's content and format, for before/after comparisons. */
  snapshot(options: { fills?: boolean } = {}): Record<string, Record<string, SimCell>> {
    const out: Record<string, Record<string, SimCell>> = {};
    for (const sheet of this.sheets) {
      const cells: Record<string, SimCell> = {};
      for (const [a1, cell] of sheet.cells) {
        const copy: SimCell = { ...cell };
        if (!options.fills || copy.fill === null) delete copy.fill;
        if (copy.numberFormat === 'General') delete copy.numberFormat;
        if (Object.values(copy).some((v) => v !== undefined && v !== null && v !== '')) cells[a1] = copy;
      }
      out[sheet.name] = cells;
    }
    return out;
  }

  formulaValue(sheet: string, a1: string, formula: string): SimCell['value'] {
    return this.formulaValues.get(`${sheet}!${a1}:${formula}`) ?? null;
  }

  /** A change event to deliver `host.eventDelayMs` after now. */
  queueEvent(sheet: Sheet, address: string, byAddin: boolean): void {
    const event: ChangeEvent = {
      type: 'WorksheetChanged',
      changeType: 'RangeEdited',
      source: 'Local',
      worksheetId: sheet.id,
      address,
      ...(this.host.excelApi >= 14 ? { triggerSource: byAddin ? 'ThisLocalAddin' : 'Unknown' } : {}),
    };
    if (this.options.liveEvents) setTimeout(() => void this.deliver(event), this.host.eventDelayMs);
    else this.pending.push({ at: this.clock + this.host.eventDelayMs, event });
  }

  private async deliver(event: ChangeEvent): Promise<void> {
    const sheetHandlers = this.sheetHandlers.get(event.worksheetId) ?? new Set();
    for (const handler of [...this.workbookHandlers, ...sheetHandlers]) await handler({ ...event });
  }

  /** The user types into a cell (outside any batch): the cell changes and its event follows. */
  userEdit(sheetName: string, a1: string, value: SimCell['value']): void {
    const sheet = this.sheet(sheetName);
    if (!sheet) throw new Error(`no sheet ${sheetName}`);
    const cell = sheet.cells.get(a1) ?? {};
    delete cell.formula;
    cell.value = value;
    sheet.cells.set(a1, cell);
    this.queueEvent(sheet, a1, false);
  }

  /** Moves the clock on to when every queued event has arrived, delivering them in order. */
  async deliverEvents(): Promise<number> {
    const due = this.pending.sort((a, b) => a.at - b.at);
    this.pending = [];
    for (const { at, event } of due) {
      this.clock = Math.max(this.clock, at);
      await this.deliver(event);
    }
    return due.length;
  }

  exitCellEdit(): void {
    this.editingCell = false;
    const waiters = this.cellEditWaiters;
    this.cellEditWaiters = [];
    for (const resolve of waiters) resolve();
  }

  /** A member above the host's version: Excel fails the batch with ApiNotFound. */
  apiNotFound(member: string): never {
    this.unsupportedCalls.push(member);
    return fail('ApiNotFound', `${member} (ExcelApi ${requiredVersion(member)})`);
  }

  context(): SimContext {
    return new SimContext(this);
  }

  /** Excel.run as the host runs it, with the RunOptions overload. */
  run = async <T>(
    first: ((context: Excel.RequestContext) => Promise<T>) | { delayForCellEdit?: boolean },
    second?: (context: Excel.RequestContext) => Promise<T>,
  ): Promise<T> => {
    const batch = typeof first === 'function' ? first : second;
    const options = typeof first === 'function' ? {} : first;
    if (!batch) throw new Error('Excel.run needs a batch');
    if (this.editingCell) {
      if (options.delayForCellEdit === true && this.host.excelApi >= 11)
        await new Promise<void>((resolve) => this.cellEditWaiters.push(resolve));
      else fail('InvalidOperationInCellEditMode');
    }
    return batch(this.context() as unknown as Excel.RequestContext);
  };

  /** RunExcelOptions.run: the batch and the options runExcel passes to Excel.run. */
  runner = <T>(batch: (context: Excel.RequestContext) => Promise<T>, options?: { delayForCellEdit?: boolean }) =>
    this.run(options ?? {}, batch);

  /** Office and Excel globals for code that calls them directly. */
  install(): void {
    const host = this.host;
    const info = { host: 'Excel', platform: host.platform };
    (globalThis as { Office?: unknown }).Office = {
      HostType: { Excel: 'Excel' },
      PlatformType: { PC: 'PC', Mac: 'Mac', OfficeOnline: 'OfficeOnline' },
      onReady: (callback?: (ready: typeof info) => void) => {
        callback?.(info);
        return Promise.resolve(info);
      },
      context: {
        platform: host.platform,
        requirements: { isSetSupported: (name: string, version?: string) => isSetSupportedOn(host, name, version) },
      },
    };
    (globalThis as { Excel?: unknown }).Excel = { run: this.run };
  }
}

export function uninstall(): void {
  delete (globalThis as { Office?: unknown }).Office;
  delete (globalThis as { Excel?: unknown }).Excel;
}

type Command = { readonly bytes: number; readonly run: () => Promise<void> | void };

export class SimContext {
  readonly workbook: WorkbookProxy;
  private queue: Command[] = [];
  private readonly objects: ClientObject[] = [];
  /** Loaded data of the current sync, committed only when the sync succeeds. */
  private staged: (() => void)[] = [];
  private responseBytes = 0;
  private changes: { sheet: Sheet; address: string }[] = [];

  constructor(readonly book: SimWorkbook) {
    this.workbook = new WorkbookProxy(this);
  }

  /** Queues a command; `member` is checked against the host profile when the command runs. */
  enqueue(member: string | undefined, run: () => Promise<void> | void, payload: unknown = null): void {
    const supported = member === undefined || isSupportedOn(this.book.host, member);
    this.queue.push({
      // A command in office.js's request JSON (its action and object path) is about 120 bytes before its arguments.
      bytes: 120 + bytesOf(payload),
      run: supported ? run : () => this.book.apiNotFound(member ?? ''),
    });
  }

  track(object: ClientObject): void {
    this.objects.push(object);
  }

  stage(bytes: number, commit: () => void): void {
    this.responseBytes += bytes;
    this.staged.push(commit);
  }

  noteChange(sheet: Sheet, address: string): void {
    this.changes.push({ sheet, address });
  }

  async sync(): Promise<void> {
    const commands = this.queue;
    this.queue = [];
    this.staged = [];
    this.responseBytes = 0;
    this.changes = [];
    const limit = this.book.host.payloadLimitBytes;
    const requestBytes = commands.reduce((sum, c) => sum + c.bytes, 0);
    const record = (failed?: string) =>
      this.book.syncLog.push({ requestBytes, responseBytes: this.responseBytes, ...(failed ? { failed } : {}) });
    if (limit !== undefined && requestBytes > limit) {
      record('RequestPayloadSizeLimitExceeded');
      fail('RequestPayloadSizeLimitExceeded');
    }
    let error: unknown;
    for (const command of commands) {
      try {
        await command.run();
      } catch (e) {
        error = e;
        break;
      }
    }
    for (const change of this.changes)
      if (this.book.sheets.includes(change.sheet)) this.book.queueEvent(change.sheet, change.address, true);
    if (error === undefined && limit !== undefined && this.responseBytes > limit)
      error = new SimOfficeError('ResponsePayloadSizeLimitExceeded', MESSAGES.ResponsePayloadSizeLimitExceeded ?? '');
    record(error instanceof SimOfficeError ? error.code : undefined);
    for (const object of this.objects) object.settle();
    if (error !== undefined) throw error;
    for (const commit of this.staged) commit();
  }
}

abstract class ClientObject {
  private readonly loaded = new Map<string, unknown>();
  private nullState: boolean | undefined;

  constructor(
    readonly context: SimContext,
    protected readonly className: string,
    private readonly nullable: boolean,
  ) {
    context.track(this);
  }

  /** What the proxy stands for now; undefined for a missing item. */
  protected abstract locate(): unknown;
  /** The value of one loadable property of the located target. */
  protected abstract property(name: string, target: unknown): unknown;

  get isNullObject(): boolean {
    if (this.nullState === undefined) fail('PropertyNotLoaded', `${this.className}.isNullObject`);
    return this.nullState as boolean;
  }

  settle(): void {
    if (this.nullState !== undefined) return;
    try {
      this.nullState = this.nullable && this.locate() === undefined;
    } catch {
      this.nullState = false;
    }
  }

  /** The target at command time: a missing item fails the batch, a null object's chain fails too. */
  protected target<T>(member: string): T | undefined {
    const found = this.locate() as T | undefined;
    if (found === undefined && !this.nullable) fail('ItemNotFound', member);
    return found;
  }

  protected read<T>(name: string): T {
    if (!this.loaded.has(name)) fail('PropertyNotLoaded', `${this.className}.${name}`);
    return this.loaded.get(name) as T;
  }

  protected setLoaded(name: string, value: unknown): void {
    this.loaded.set(name, value);
  }

  load(properties?: string | string[]): this {
    const names = (typeof properties === 'string' ? properties.split(',') : (properties ?? [])).map((p) => p.trim());
    for (const name of names) {
      const [head = '', ...rest] = name.split('/');
      this.context.enqueue(`${this.className}.${head}`, () => {
        const target = this.target<unknown>(`${this.className}.load`);
        if (target === undefined) return;
        if (rest.length > 0) {
          const child = this.child(head);
          if (child) child.loadNow(rest.join('/'));
          return;
        }
        const value = this.property(head, target);
        this.context.stage(bytesOf(value), () => this.setLoaded(head, value));
      });
    }
    return this;
  }

  /** A navigation property ("format", "protection", "fill"), for paths such as "format/fill/color". */
  protected child(_name: string): ClientObject | undefined {
    return undefined;
  }

  loadNow(path: string): void {
    const [head = '', ...rest] = path.split('/');
    if (!isSupportedOn(this.context.book.host, `${this.className}.${head}`))
      this.context.book.apiNotFound(`${this.className}.${head}`);
    const target = this.target<unknown>(`${this.className}.load`);
    if (target === undefined) return;
    if (rest.length > 0) {
      this.child(head)?.loadNow(rest.join('/'));
      return;
    }
    const value = this.property(head, target);
    this.context.stage(bytesOf(value), () => this.setLoaded(head, value));
  }
}

class WorkbookProxy {
  readonly worksheets: WorksheetCollection;
  readonly settings: SettingCollection;
  readonly protection: WorkbookProtection;

  constructor(private readonly ctx: SimContext) {
    this.worksheets = new WorksheetCollection(ctx);
    this.settings = new SettingCollection(ctx);
    this.protection = new WorkbookProtection(ctx);
  }

  insertWorksheetsFromBase64(base64: string, options: unknown): void {
    const book = this.ctx.book;
    book.inserted.push({ base64, options });
    const mode = book.options.insert ?? 'ok';
    this.ctx.enqueue(
      'Workbook.insertWorksheetsFromBase64',
      async () => {
        if (book.structureProtected) fail('AccessDenied', 'Workbook.insertWorksheetsFromBase64');
        if (mode !== 'throw-without-insert')
          for (const sheet of await sheetsFromXlsx(bytesOfBase64(base64))) book.addSheet(sheet);
        if (mode !== 'ok') fail('GeneralException', 'Workbook.insertWorksheetsFromBase64');
      },
      base64,
    );
  }
}

class WorkbookProtection extends ClientObject {
  constructor(ctx: SimContext) {
    super(ctx, 'WorkbookProtection', false);
  }
  protected locate(): unknown {
    return this.context.book;
  }
  protected property(name: string): unknown {
    if (name === 'protected') return this.context.book.structureProtected;
    return undefined;
  }
  get protected(): boolean {
    return this.read('protected');
  }
}

class SettingCollection extends ClientObject {
  constructor(ctx: SimContext) {
    super(ctx, 'SettingCollection', false);
  }
  protected locate(): unknown {
    return this.context.book.settings;
  }
  protected property(): unknown {
    return undefined;
  }
  add(key: string, value: unknown): Setting {
    // Settings are stored as JSON text, so what comes back is a copy.
    const text = JSON.stringify(value);
    this.context.enqueue('SettingCollection.add', () => void this.context.book.settings.set(key, text), text);
    return new Setting(this.context, key, false);
  }
  getItem(key: string): Setting {
    return new Setting(this.context, key, false);
  }
  getItemOrNullObject(key: string): Setting {
    const setting = new Setting(this.context, key, true);
    this.context.enqueue('SettingCollection.getItemOrNullObject', () => undefined);
    return setting;
  }
}

class Setting extends ClientObject {
  constructor(
    ctx: SimContext,
    private readonly key: string,
    nullable: boolean,
  ) {
    super(ctx, 'Setting', nullable);
  }
  protected locate(): unknown {
    return this.context.book.settings.has(this.key) ? this.key : undefined;
  }
  protected property(name: string): unknown {
    if (name === 'key') return this.key;
    if (name === 'value') return JSON.parse(String(this.context.book.settings.get(this.key))) as unknown;
    return undefined;
  }
  get value(): unknown {
    return this.read('value');
  }
  delete(): void {
    this.context.enqueue('Setting.delete', () => {
      this.target('Setting.delete');
      this.context.book.settings.delete(this.key);
    });
  }
}

type EventHandlers = {
  add(handler: Handler): { context: SimContext; remove(): void };
};

function handlers(ctx: SimContext, member: string, set: () => Set<Handler>): EventHandlers {
  return {
    add: (handler) => {
      ctx.enqueue(`${member}`, () => void set().add(handler));
      return { context: ctx, remove: () => ctx.enqueue(undefined, () => void set().delete(handler)) };
    },
  };
}

class WorksheetCollection extends ClientObject {
  readonly onChanged: EventHandlers;
  private itemProxies: Worksheet[] = [];

  constructor(ctx: SimContext) {
    super(ctx, 'WorksheetCollection', false);
    this.onChanged = handlers(ctx, 'WorksheetCollection.onChanged', () => ctx.book.workbookHandlers);
  }

  protected locate(): unknown {
    return this.context.book;
  }

  protected property(): unknown {
    return undefined;
  }

  override load(properties?: string | string[]): this {
    const names = (typeof properties === 'string' ? properties.split(',') : (properties ?? [])).map((p) => p.trim());
    this.context.enqueue(undefined, () => {
      const book = this.context.book;
      const proxies = book.sheets.map((sheet) => {
        const proxy = new Worksheet(this.context, () => book.sheets.find((s) => s.id === sheet.id), false);
        for (const name of names) {
          const field = name.replace(/^items\//, '');
          proxy.loadNow(field);
        }
        return proxy;
      });
      this.context.stage(0, () => {
        this.itemProxies = proxies;
        this.setLoaded('items', true);
      });
    });
    return this;
  }

  get items(): Worksheet[] {
    this.read('items');
    return this.itemProxies;
  }

  getItem(name: string): Worksheet {
    const book = this.context.book;
    const sheet = new Worksheet(this.context, () => book.sheet(name), false);
    this.context.enqueue('WorksheetCollection.getItem', () => void sheet.exists('WorksheetCollection.getItem'));
    return sheet;
  }

  getItemOrNullObject(name: string): Worksheet {
    const book = this.context.book;
    this.context.enqueue('WorksheetCollection.getItemOrNullObject', () => undefined);
    return new Worksheet(this.context, () => book.sheet(name), true);
  }

  add(name?: string): Worksheet {
    const book = this.context.book;
    let created: Sheet | undefined;
    this.context.enqueue(
      'WorksheetCollection.add',
      () => {
        if (book.structureProtected) fail('AccessDenied', 'WorksheetCollection.add');
        const wanted = name ?? `Sheet${book.sheets.length + 1}`;
        if (book.sheet(wanted)) fail('ItemAlreadyExists', 'WorksheetCollection.add');
        created = book.makeSheet({ name: wanted });
        book.sheets.push(created);
      },
      name,
    );
    return new Worksheet(this.context, () => created, false);
  }
}

class Worksheet extends ClientObject {
  readonly protection: WorksheetProtection;
  readonly onChanged: EventHandlers;

  constructor(
    ctx: SimContext,
    readonly find: () => Sheet | undefined,
    nullable: boolean,
  ) {
    super(ctx, 'Worksheet', nullable);
    this.protection = new WorksheetProtection(ctx, this);
    this.onChanged = {
      add: (handler) => {
        let id: string | undefined;
        ctx.enqueue('Worksheet.onChanged', () => {
          const sheet = this.target<Sheet>('Worksheet.onChanged');
          if (!sheet) return;
          id = sheet.id;
          const set = ctx.book.sheetHandlers.get(id) ?? new Set();
          set.add(handler);
          ctx.book.sheetHandlers.set(id, set);
        });
        return {
          context: ctx,
          remove: () => ctx.enqueue(undefined, () => void ctx.book.sheetHandlers.get(id ?? '')?.delete(handler)),
        };
      },
    };
  }

  exists(member: string): Sheet | undefined {
    return this.target<Sheet>(member);
  }

  protected locate(): unknown {
    return this.find();
  }

  protected override child(name: string): ClientObject | undefined {
    return name === 'protection' ? this.protection : undefined;
  }

  protected property(name: string, target: unknown): unknown {
    const sheet = target as Sheet;
    if (name === 'name') return sheet.name;
    if (name === 'id') return sheet.id;
    if (name === 'visibility') return sheet.visibility;
    if (name === 'position') return this.context.book.sheets.indexOf(sheet);
    return undefined;
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
    this.context.enqueue(
      'Worksheet.visibility',
      () => {
        const sheet = this.target<Sheet>('Worksheet.visibility');
        if (!sheet) return;
        if (this.context.book.structureProtected) fail('AccessDenied', 'Worksheet.visibility');
        sheet.visibility = value as Sheet['visibility'];
      },
      value,
    );
  }

  activate(): void {
    this.context.enqueue('Worksheet.activate', () => {
      const sheet = this.target<Sheet>('Worksheet.activate');
      if (!sheet) return;
      if (sheet.visibility !== 'Visible') fail('InvalidOperation', 'Worksheet.activate');
      this.context.book.active = sheet.name;
    });
  }

  delete(): void {
    this.context.enqueue('Worksheet.delete', () => {
      const book = this.context.book;
      const sheet = this.target<Sheet>('Worksheet.delete');
      if (!sheet) return;
      // office-js issue 365, by design: a very hidden sheet must be made visible (or hidden) before it is deleted.
      if (sheet.visibility === 'VeryHidden') fail('InvalidOperation', 'Worksheet.delete');
      if (book.structureProtected) fail('AccessDenied', 'Worksheet.delete');
      if (book.sheets.filter((s) => s !== sheet && s.visibility === 'Visible').length === 0)
        fail('InvalidOperation', 'Worksheet.delete');
      book.sheets = book.sheets.filter((s) => s !== sheet);
    });
  }

  getRange(address?: string): Range {
    return new Range(this.context, this, () => (address === undefined ? whole() : boxOf(address)), false);
  }

  getRangeByIndexes(row: number, col: number, rows: number, cols: number): Range {
    const range = new Range(
      this.context,
      this,
      () => ({ top: row, left: col, bottom: row + rows - 1, right: col + cols - 1 }),
      false,
    );
    this.context.enqueue('Worksheet.getRangeByIndexes', () => undefined);
    return range;
  }

  getRanges(address: string): RangeAreas {
    this.context.enqueue('Worksheet.getRanges', () => undefined, address);
    return new RangeAreas(this.context, this, address);
  }

  getUsedRange(valuesOnly = false): Range {
    return new Range(
      this.context,
      this,
      () => usedBox(this.find(), valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 },
      false,
    );
  }

  getUsedRangeOrNullObject(valuesOnly = false): Range {
    this.context.enqueue('Worksheet.getUsedRangeOrNullObject', () => undefined);
    return new Range(this.context, this, () => usedBox(this.find(), valuesOnly), true);
  }
}

const whole = (): Box => ({ top: 0, left: 0, bottom: MAX_ROW, right: MAX_COL });

function usedBox(sheet: Sheet | undefined, valuesOnly: boolean): Box | undefined {
  let box: Box | undefined;
  const grow = (b: Box) => {
    box = box
      ? {
          top: Math.min(box.top, b.top),
          left: Math.min(box.left, b.left),
          bottom: Math.max(box.bottom, b.bottom),
          right: Math.max(box.right, b.right),
        }
      : { ...b };
  };
  for (const [a1, cell] of sheet?.cells ?? []) {
    const has = (cell.value !== undefined && cell.value !== null && cell.value !== '') || cell.formula !== undefined;
    const formatted = !valuesOnly && ((cell.fill ?? null) !== null || (cell.numberFormat ?? 'General') !== 'General');
    if (!has && !(formatted || cell.error !== undefined)) continue;
    const pos = fromA1(a1);
    if (pos) grow({ top: pos.row, left: pos.col, bottom: pos.row, right: pos.col });
  }
  if (!valuesOnly && sheet?.formatted) grow(sheet.formatted.box);
  return box;
}

class WorksheetProtection extends ClientObject {
  constructor(
    ctx: SimContext,
    private readonly sheet: Worksheet,
  ) {
    super(ctx, 'WorksheetProtection', false);
  }
  protected locate(): unknown {
    return this.sheet.find();
  }
  protected property(name: string, target: unknown): unknown {
    return name === 'protected' ? (target as Sheet).protected : undefined;
  }
  get protected(): boolean {
    return this.read('protected');
  }
}

type CellValue = string | number | boolean;

class Range extends ClientObject {
  readonly format: RangeFormat;

  constructor(
    ctx: SimContext,
    readonly worksheet: Worksheet,
    private readonly box: () => Box | undefined,
    nullable: boolean,
  ) {
    super(ctx, 'Range', nullable);
    this.format = new RangeFormat(ctx, this);
  }

  protected locate(): unknown {
    const sheet = this.worksheet.find();
    if (!sheet) return undefined;
    const box = this.box();
    return box ? { sheet, box } : undefined;
  }

  /** The sheet and box at command time; a chain from a null sheet fails the batch (ItemNotFound). */
  located(member: string): { sheet: Sheet; box: Box } | undefined {
    if (!this.worksheet.find()) fail('ItemNotFound', member);
    return this.target<{ sheet: Sheet; box: Box }>(member);
  }

  protected override child(name: string): ClientObject | undefined {
    return name === 'format' ? this.format : undefined;
  }

  protected property(name: string, target: unknown): unknown {
    const { sheet, box } = target as { sheet: Sheet; box: Box };
    const grid = <T>(fn: (cell: SimCell | undefined) => T): T[][] | null => {
      if (cellCount(box) > CELL_READ_LIMIT) return null;
      const empty = fn(undefined);
      const rows = Array.from({ length: box.bottom - box.top + 1 }, () =>
        new Array<T>(box.right - box.left + 1).fill(empty),
      );
      // Only the cells that exist differ from an empty one; a sparse sheet is filled from its cells.
      if (sheet.cells.size < cellCount(box)) {
        for (const [a1, cell] of sheet.cells) {
          const pos = fromA1(a1);
          if (pos && inside(pos.row, pos.col, box)) (rows[pos.row - box.top] as T[])[pos.col - box.left] = fn(cell);
        }
        return rows;
      }
      for (let r = box.top; r <= box.bottom; r++)
        for (let c = box.left; c <= box.right; c++) {
          const cell = sheet.cells.get(toA1({ row: r, col: c }));
          if (cell) (rows[r - box.top] as T[])[c - box.left] = fn(cell);
        }
      return rows;
    };
    switch (name) {
      case 'values':
        return grid((cell) => cell?.error ?? cell?.value ?? '');
      case 'formulas':
        return grid((cell) => cell?.formula ?? cell?.error ?? cell?.value ?? '');
      case 'numberFormat':
        return grid((cell) => cell?.numberFormat ?? 'General');
      case 'valueTypes':
        return grid((cell) =>
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
      case 'rowIndex':
        return box.top;
      case 'columnIndex':
        return box.left;
      case 'rowCount':
        return box.bottom - box.top + 1;
      case 'columnCount':
        return box.right - box.left + 1;
      case 'address':
        return `${quote(sheet.name)}!${boxA1(box)}`;
      case 'cellCount':
        return cellCount(box);
      default:
        return undefined;
    }
  }

  get values(): unknown[][] {
    return this.read('values');
  }
  set values(rows: unknown[][]) {
    this.write('values', rows);
  }
  get formulas(): unknown[][] {
    return this.read('formulas');
  }
  set formulas(rows: unknown[][]) {
    this.write('formulas', rows);
  }
  get numberFormat(): unknown[][] {
    return this.read('numberFormat');
  }
  set numberFormat(rows: unknown[][]) {
    this.write('numberFormat', rows);
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

  /** The cells a command touches: every cell of a small box, only the existing ones of a whole column or sheet. */
  cells(sheet: Sheet, box: Box): { a1: string; r: number; c: number }[] {
    const out: { a1: string; r: number; c: number }[] = [];
    if (cellCount(box) > 100_000) {
      for (const a1 of sheet.cells.keys()) {
        const pos = fromA1(a1);
        if (pos && inside(pos.row, pos.col, box)) out.push({ a1, r: pos.row - box.top, c: pos.col - box.left });
      }
      return out;
    }
    for (let r = box.top; r <= box.bottom; r++)
      for (let c = box.left; c <= box.right; c++)
        out.push({ a1: toA1({ row: r, col: c }), r: r - box.top, c: c - box.left });
    return out;
  }

  private write(prop: 'values' | 'formulas' | 'numberFormat', rows: unknown[][]): void {
    this.context.enqueue(
      `Range.${prop}`,
      () => {
        const found = this.located(`Range.${prop}`);
        if (!found) return;
        const { sheet, box } = found;
        if (sheet.protected) fail('AccessDenied', `Range.${prop}`);
        const height = box.bottom - box.top + 1;
        const width = box.right - box.left + 1;
        if (rows.length !== height || rows.some((row) => row.length !== width))
          fail('InvalidArgument', `Range.${prop}`);
        for (const { a1, r, c } of this.cells(sheet, box)) {
          const input = rows[r]?.[c];
          const cell = sheet.cells.get(a1) ?? {};
          sheet.cells.set(a1, cell);
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
            cell.value = this.context.book.formulaValue(sheet.name, a1, input);
          } else {
            delete cell.formula;
            cell.value = input === '' ? null : (input as CellValue | null);
          }
          this.context.noteChange(sheet, a1);
        }
      },
      rows,
    );
  }

  getCellProperties(options: unknown): { value: unknown[][] } {
    const result: { value: unknown[][] } = {
      get value(): unknown[][] {
        return fail('PropertyNotLoaded', 'ClientResult.value');
      },
    } as { value: unknown[][] };
    this.context.enqueue(
      'Range.getCellProperties',
      () => {
        const found = this.located('Range.getCellProperties');
        if (!found) return;
        const { sheet, box } = found;
        if (cellCount(box) > CELL_READ_LIMIT) fail('InvalidArgument', 'Range.getCellProperties');
        const value = Array.from({ length: box.bottom - box.top + 1 }, (_, r) =>
          Array.from({ length: box.right - box.left + 1 }, (_, c) => {
            const fill = this.context.book.fillAt(sheet, box.top + r, box.left + c);
            return {
              format: {
                fill: fill
                  ? { color: fill.color, pattern: fill.pattern, patternColor: fill.patternColor ?? '#000000' }
                  : { color: '#FFFFFF', pattern: 'None', patternColor: '#000000' },
              },
            };
          }),
        );
        this.context.stage(bytesOf(value), () => Object.defineProperty(result, 'value', { value }));
      },
      options,
    );
    return result;
  }

  getMergedAreasOrNullObject(): MergedAreas {
    this.context.enqueue('Range.getMergedAreasOrNullObject', () => undefined);
    return new MergedAreas(this.context, this);
  }

  select(): void {
    this.context.enqueue('Range.select', () => {
      const found = this.located('Range.select');
      if (!found) return;
      if (this.context.book.active !== found.sheet.name) fail('InvalidOperation', 'Range.select');
      this.context.book.selection = { sheet: found.sheet.name, address: boxA1(found.box) };
    });
  }

  clear(): void {
    this.context.enqueue('Range.clear', () => {
      const found = this.located('Range.clear');
      if (!found) return;
      if (found.sheet.protected) fail('AccessDenied', 'Range.clear');
      for (const { a1 } of this.cells(found.sheet, found.box)) found.sheet.cells.delete(a1);
    });
  }

  boxNow(): Box | undefined {
    return this.box();
  }
}

class MergedAreas extends ClientObject {
  constructor(
    ctx: SimContext,
    private readonly range: Range,
  ) {
    super(ctx, 'RangeAreas', true);
  }
  private merges(): string[] {
    const found = this.range.worksheet.find();
    const box = this.range.boxNow();
    if (!found || !box) return [];
    return found.merges.filter((m) => intersects(boxOf(m), box)).map((m) => `${quote(found.name)}!${m}`);
  }
  protected locate(): unknown {
    const merges = this.merges();
    return merges.length > 0 ? merges : undefined;
  }
  protected property(name: string, target: unknown): unknown {
    if (name === 'address') return (target as string[]).join(',');
    if (name === 'areaCount') return (target as string[]).length;
    return undefined;
  }
  get address(): string {
    return this.read('address');
  }
}

/** Worksheet.getRanges: several areas of one sheet. */
class RangeAreas extends ClientObject {
  readonly format: { readonly fill: AreasFill };
  constructor(
    ctx: SimContext,
    private readonly worksheet: Worksheet,
    private readonly addresses: string,
  ) {
    super(ctx, 'RangeAreas', false);
    this.format = { fill: new AreasFill(ctx, this) };
  }
  boxes(): Box[] {
    return this.addresses.split(',').map((a) => boxOf(a));
  }
  sheet(member: string): Sheet | undefined {
    const sheet = this.worksheet.find();
    if (!sheet) fail('ItemNotFound', member);
    return sheet;
  }
  protected locate(): unknown {
    return this.worksheet.find();
  }
  protected property(name: string, target: unknown): unknown {
    if (name === 'address')
      return this.boxes()
        .map((b) => `${quote((target as Sheet).name)}!${boxA1(b)}`)
        .join(',');
    return undefined;
  }
  get address(): string {
    return this.read('address');
  }
  select(): void {
    this.context.enqueue('RangeAreas.select', () => {
      const sheet = this.sheet('RangeAreas.select');
      if (!sheet) return;
      if (this.context.book.active !== sheet.name) fail('InvalidOperation', 'RangeAreas.select');
      this.context.book.selection = { sheet: sheet.name, address: this.boxes().map(boxA1).join(',') };
    });
  }
}

class RangeFormat extends ClientObject {
  readonly fill: RangeFill;
  constructor(
    ctx: SimContext,
    private readonly range: Range,
  ) {
    super(ctx, 'RangeFormat', false);
    this.fill = new RangeFill(ctx, range);
  }
  protected locate(): unknown {
    return this.range.worksheet.find();
  }
  protected override child(name: string): ClientObject | undefined {
    return name === 'fill' ? this.fill : undefined;
  }
  protected property(): unknown {
    return undefined;
  }
  set wrapText(value: boolean) {
    this.context.enqueue('RangeFormat.wrapText', () => void this.range.located('RangeFormat.wrapText'), value);
  }
  set verticalAlignment(value: string) {
    this.context.enqueue('RangeFormat.verticalAlignment', () => void this.range.located('RangeFormat'), value);
  }
  set columnWidth(points: number) {
    this.context.enqueue(
      'RangeFormat.columnWidth',
      () => {
        const found = this.range.located('RangeFormat.columnWidth');
        if (!found) return;
        const column = toA1({ row: 0, col: found.box.left }).replace(/\d+/, '');
        found.sheet.columnWidths.set(column, points);
      },
      points,
    );
  }
  autofitRows(): void {
    this.context.enqueue('RangeFormat.autofitRows', () => void this.range.located('RangeFormat.autofitRows'));
  }
}

/** Applies a fill change to every cell of some boxes of a sheet (sheet protection refuses formatting). */
function setFills(
  book: SimWorkbook,
  sheet: Sheet,
  boxes: Box[],
  member: string,
  change: (fill: SimFill) => SimFill,
): void {
  if (sheet.protected) fail('AccessDenied', member);
  for (const box of boxes) {
    for (let r = box.top; r <= box.bottom; r++)
      for (let c = box.left; c <= box.right; c++) {
        const a1 = toA1({ row: r, col: c });
        const cell = sheet.cells.get(a1) ?? {};
        sheet.cells.set(a1, cell);
        cell.fill = change(book.fillAt(sheet, r, c));
      }
  }
}

class RangeFill extends ClientObject {
  constructor(
    ctx: SimContext,
    private readonly range: Range,
  ) {
    super(ctx, 'RangeFill', false);
  }
  protected locate(): unknown {
    return this.range.worksheet.find() ? this.range : undefined;
  }
  protected property(name: string): unknown {
    const found = this.range.located('RangeFill.load');
    if (!found) return undefined;
    const fill = this.context.book.fillAt(found.sheet, found.box.top, found.box.left);
    if (name === 'color') return fill?.color ?? '#FFFFFF';
    if (name === 'pattern') return fill?.pattern ?? 'None';
    if (name === 'patternColor') return fill?.patternColor ?? '#000000';
    return undefined;
  }
  private change(member: string, fn: (fill: SimFill) => SimFill, payload: unknown): void {
    this.context.enqueue(
      member,
      () => {
        const found = this.range.located(member);
        if (found) setFills(this.context.book, found.sheet, [found.box], member, fn);
      },
      payload,
    );
  }
  get color(): string {
    return this.read('color');
  }
  set color(value: string) {
    this.change('RangeFill.color', () => ({ color: value, pattern: 'Solid' }), value);
  }
  get pattern(): string {
    return this.read('pattern');
  }
  set pattern(value: string) {
    this.change('RangeFill.pattern', (fill) => ({ ...(fill ?? { color: '#FFFFFF' }), pattern: value }), value);
  }
  get patternColor(): string {
    return this.read('patternColor');
  }
  set patternColor(value: string) {
    this.change(
      'RangeFill.patternColor',
      (fill) => ({ ...(fill ?? { color: '#FFFFFF', pattern: 'Solid' }), patternColor: value }),
      value,
    );
  }
  clear(): void {
    this.change('RangeFill.clear', () => null, null);
  }
}

class AreasFill {
  constructor(
    private readonly ctx: SimContext,
    private readonly areas: RangeAreas,
  ) {}
  set color(value: string) {
    this.ctx.enqueue(
      'RangeAreas.format',
      () => {
        const sheet = this.areas.sheet('RangeAreas.format');
        if (sheet)
          setFills(this.ctx.book, sheet, this.areas.boxes(), 'RangeAreas.format', () => ({
            color: value,
            pattern: 'Solid',
          }));
      },
      value,
    );
  }
  clear(): void {
    this.ctx.enqueue('RangeAreas.format', () => {
      const sheet = this.areas.sheet('RangeAreas.format');
      if (sheet) setFills(this.ctx.book, sheet, this.areas.boxes(), 'RangeAreas.format', () => null);
    });
  }
}

/** The request context as the source code types it. */
export const asContext = (ctx: SimContext): Excel.RequestContext => ctx as unknown as Excel.RequestContext;
