// Tells the task pane when the user edits a worksheet, leaving out the add-in's own writes.
import { isApiSupported } from './read-grids';

/** WorksheetCollection.onChanged (workbook-wide change events). */
export const CHANGE_EVENTS_API = { set: 'ExcelApi', version: '1.9' } as const;
/** Worksheet.onChanged: per-sheet change events, what Office 2019 has. */
export const SHEET_CHANGE_EVENTS_API = { set: 'ExcelApi', version: '1.7' } as const;
/** WorksheetChangedEventArgs.triggerSource: Excel says which changes the add-in itself made. */
export const TRIGGER_SOURCE_API = { set: 'ExcelApi', version: '1.14' } as const;

/** Before ExcelApi 1.14: how long after a write its own change events may still arrive (they come after the sync). */
const OWN_WRITE_WINDOW_MS = 3000;

type ChangeEventInfo = {
  readonly worksheetId?: string;
  readonly address?: string;
  readonly triggerSource?: string;
};

/**
 * The add-in's own writes, so their change events are not taken for the user's. From ExcelApi 1.14 Excel says so
 * itself (`triggerSource === 'ThisLocalAddin'`), however late the event arrives (late on the web); older hosts fall
 * back to timing: everything while a write is in flight, and the cells just written for a short while after.
 */
export class OwnWrites {
  private inFlight = 0;
  private readonly recent = new Map<string, number>();
  private readonly ignoredSheets = new Set<string>();

  constructor(private readonly now: () => number = () => Date.now()) {}

  /** Runs a write; `addresses` are the cells it writes, as "A1" (events carry the sheet id, not its name). */
  async during<T>(addresses: readonly string[], write: () => Promise<T>): Promise<T> {
    this.inFlight += 1;
    try {
      return await write();
    } finally {
      this.inFlight -= 1;
      const until = this.now() + OWN_WRITE_WINDOW_MS;
      for (const address of addresses) this.recent.set(address.toUpperCase(), until);
    }
  }

  ignoreSheet(id: string | undefined): void {
    if (id) this.ignoredSheets.add(id);
  }

  isOwn(event: ChangeEventInfo): boolean {
    if (event.triggerSource !== undefined) return event.triggerSource === 'ThisLocalAddin';
    if (this.inFlight > 0) return true;
    if (event.worksheetId && this.ignoredSheets.has(event.worksheetId)) return true;
    const address = (event.address ?? '').toUpperCase();
    const until = this.recent.get(address);
    if (until === undefined) return false;
    if (until < this.now()) {
      this.recent.delete(address);
      return false;
    }
    return true;
  }
}

export type ChangeSubscription = {
  readonly results: readonly OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>[];
};

/** Whether this host has change events at all (workbook-wide, or per sheet on ExcelApi 1.7–1.8). */
export function hasChangeEvents(): boolean {
  return (
    isApiSupported(CHANGE_EVENTS_API.set, CHANGE_EVENTS_API.version) ||
    isApiSupported(SHEET_CHANGE_EVENTS_API.set, SHEET_CHANGE_EVENTS_API.version)
  );
}

/**
 * Registers a change handler: workbook-wide in one sync (ExcelApi 1.9), else one per existing sheet (ExcelApi 1.7,
 * two syncs; sheets added later are not watched until the pane is reopened). Each EventHandlerResult keeps the
 * request context the handler was added with, which is the one its removal must go through.
 */
export async function watchChanges(
  context: Excel.RequestContext,
  listener: () => void,
  own: OwnWrites,
): Promise<ChangeSubscription> {
  const withSource = isApiSupported(TRIGGER_SOURCE_API.set, TRIGGER_SOURCE_API.version);
  const handler = async (event: Excel.WorksheetChangedEventArgs) => {
    const info = {
      worksheetId: event.worksheetId,
      address: event.address,
      // Absent before ExcelApi 1.14: then the timing windows decide.
      ...(withSource ? { triggerSource: event.triggerSource } : {}),
    };
    if (!own.isOwn(info)) listener();
  };
  if (isApiSupported(CHANGE_EVENTS_API.set, CHANGE_EVENTS_API.version)) {
    const result = context.workbook.worksheets.onChanged.add(handler);
    await context.sync();
    return { results: [result] };
  }
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  await context.sync();
  const results = worksheets.items.map((sheet) => sheet.onChanged.add(handler));
  await context.sync();
  return { results };
}

/** Removes the handlers through their own context: remove() and one sync. */
export async function unwatchChanges(subscription: ChangeSubscription): Promise<void> {
  const first = subscription.results[0];
  if (!first) return;
  for (const result of subscription.results) result.remove();
  await first.context.sync();
}
