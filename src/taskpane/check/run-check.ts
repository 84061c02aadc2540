// Runs the core check off the critical path: a Checker takes Grids and resolves with the pane's result, cancellable.
import type { Grid } from '../../core/grid/grid';
import { checkPane, type PaneResult } from './pane-check';

/** Runs checkPane somewhere (a Web Worker, or this thread between two macrotasks); rejects with CheckCancelled. */
export type Checker = (grids: readonly Grid[], signal: AbortSignal) => Promise<PaneResult>;

/** The check was cancelled (by the user, or because a newer check started); not an error to show. */
export class CheckCancelled extends Error {
  override readonly name = 'CheckCancelled';
  constructor() {
    super('check cancelled');
  }
}

/** Resolves on the next macrotask, so the browser can paint and handle input (a click on 取消) in between. */
export function nextMacrotask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export function throwIfCancelled(signal: AbortSignal): void {
  if (signal.aborted) throw new CheckCancelled();
}

/** The fallback where Worker is unavailable (jsdom, old WebViews): yields first, then runs the check in one go. */
export const checkOnMainThread: Checker = async (grids, signal) => {
  await nextMacrotask();
  throwIfCancelled(signal);
  // Loaded here, not imported: the report builder stays out of the pane's first download (the worker has its own).
  const { buildProjectReport } = await import('../../report/build-project-report');
  const result = checkPane(grids, buildProjectReport);
  await nextMacrotask();
  throwIfCancelled(signal);
  return result;
};
