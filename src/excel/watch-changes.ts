// Tells the task pane when the user edits a worksheet, leaving out the add-in's own writes.

/** Worksheets.onChanged (workbook-wide change events). */
export const CHANGE_EVENTS_API = { set: 'ExcelApi', version: '1.9' } as const;

/** How long after a write its own change events may still arrive (they come asynchronously after the sync). */
const OWN_WRITE_WINDOW_MS = 3000;

/**
 * The add-in's own writes, so their change events are not taken for the user's: everything while a write is in
 * flight, the store sheet's events always, and the cells just written for a short while after.
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

  isOwn(event: { readonly worksheetId?: string; readonly address?: string }): boolean {
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
  readonly result: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>;
};

/**
 * Registers a workbook-wide change handler in one sync. The EventHandlerResult keeps the request context the handler
 * was added with, which is the one its removal must go through.
 */
export async function watchChanges(
  context: Excel.RequestContext,
  listener: () => void,
  own: OwnWrites,
): Promise<ChangeSubscription> {
  const result = context.workbook.worksheets.onChanged.add(async (event) => {
    if (!own.isOwn(event)) listener();
  });
  await context.sync();
  return { result };
}

/** Removes the handler through its own context: remove() and one sync. */
export async function unwatchChanges(subscription: ChangeSubscription): Promise<void> {
  subscription.result.remove();
  await subscription.result.context.sync();
}
