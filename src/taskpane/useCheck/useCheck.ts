// The check's state: read the workbook through the gateway, check it (off the main thread), mark the findings, and
// re-check after the user edits a cell. Talks to Excel only through the gateway it is given.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CheckResult } from '../../core/check';
import type { CellRef, Grid } from '../../core/grid/grid';
import type { PaneResult } from '../check/pane-check';
import { CheckCancelled, checkOnMainThread, nextMacrotask, throwIfCancelled, type Checker } from '../check/run-check';
import { isHostError, type WorkbookHost } from '../../host/workbook-host';
import { TASKPANE_MESSAGES as M, fillMessage } from '../messages';
import { highlightMarksOf } from './highlight-marks';

/** Quiet time after the last edit before the automatic re-check starts. */
export const AUTO_RECHECK_DELAY_MS = 800;
/** Change events this soon after the pane's own write (marks, write-back) are its own echo, not the user's edit. */
export const OWN_WRITE_ECHO_MS = 1000;

export type CheckStage = 'reading' | 'checking' | 'highlighting';
export type CheckProgress = { readonly stage: CheckStage; readonly cells?: number };
export type Notice = { readonly intent: 'success' | 'info' | 'error'; readonly text: string };

export type UseCheckOptions = {
  readonly checker?: Checker;
  /** Check as soon as the pane opens (default); tests that drive the first check themselves turn it off. */
  readonly checkOnOpen?: boolean;
};

export type CheckState = {
  /** The last check's result, with one result per project when the workbook holds several. */
  readonly result?: PaneResult;
  /** The Grids the result was computed from (for showing cells as the sheet formats them). */
  readonly grids?: readonly Grid[];
  /** Set while a check runs. */
  readonly progress?: CheckProgress;
  readonly notice?: Notice;
  readonly highlighted: boolean;
  readonly autoRecheck: boolean;
  /** A write (apply, undo, insert, report sheet) is under way. */
  readonly writing: boolean;
  check(): Promise<void>;
  cancel(): void;
  clearHighlights(): Promise<void>;
  setAutoRecheck(on: boolean): void;
  insertTemplate(kind: 'blank' | 'sample'): Promise<void>;
  /** Runs one of the pane's own writes: change events it causes are ignored; optionally re-checks afterwards. Rethrows. */
  write<T>(operation: () => Promise<T>, options?: { readonly recheck?: boolean }): Promise<T>;
  setNotice(notice: Notice | undefined): void;
};

/** What the tabs that work on the last check get: its result, the workbook, the check's state and cell selection. */
export type CheckTabProps = {
  readonly result?: CheckResult;
  readonly gateway: WorkbookHost;
  readonly state: CheckState;
  onSelect(refs: readonly CellRef[]): void;
};

export function describeError(error: unknown, template: string = M.gatewayFailed): string {
  if (isHostError(error)) return fillMessage(template, { message: error.message });
  return M.unexpectedError;
}

function countCells(grids: readonly Grid[]): number {
  let count = 0;
  for (const grid of grids) for (const row of grid.cells) if (row) for (const cell of row) if (cell) count++;
  return count;
}

export function useCheck(gateway: WorkbookHost, options: UseCheckOptions = {}): CheckState {
  const checker = options.checker ?? checkOnMainThread;
  const [checked, setChecked] = useState<{ readonly result: PaneResult; readonly grids: readonly Grid[] }>();
  const [progress, setProgress] = useState<CheckProgress>();
  const [notice, setNotice] = useState<Notice>();
  const [highlighted, setHighlighted] = useState(false);
  const [autoRecheck, setAutoRecheck] = useState(true);
  const [writing, setWriting] = useState(false);

  const controller = useRef<AbortController | undefined>(undefined);
  const busyUntil = useRef(0);
  const ownWrites = useRef(0);
  const checkedOnce = useRef(false);

  /** Marks a stretch of the pane's own writes, so their change events don't trigger a re-check. */
  const own = useCallback(async <T>(operation: () => Promise<T>): Promise<T> => {
    ownWrites.current++;
    try {
      return await operation();
    } finally {
      ownWrites.current--;
      busyUntil.current = Date.now() + OWN_WRITE_ECHO_MS;
    }
  }, []);

  const check = useCallback(async () => {
    controller.current?.abort();
    const current = new AbortController();
    controller.current = current;
    const { signal } = current;
    checkedOnce.current = true;
    setNotice(undefined);
    setProgress({ stage: 'reading' });
    try {
      const grids = await gateway.readGrids();
      throwIfCancelled(signal);
      setProgress({ stage: 'checking', cells: countCells(grids) });
      await nextMacrotask();
      throwIfCancelled(signal);
      const result = await checker(grids, signal);
      throwIfCancelled(signal);
      setChecked({ result, grids });
      setProgress({ stage: 'highlighting' });
      await nextMacrotask();
      throwIfCancelled(signal);
      const marks = highlightMarksOf(result.findings);
      await own(() => gateway.highlight(marks));
      setHighlighted(marks.length > 0);
    } catch (error) {
      if (error instanceof CheckCancelled) return;
      if (controller.current === current) setNotice({ intent: 'error', text: describeError(error, M.readFailed) });
    } finally {
      if (controller.current === current) {
        controller.current = undefined;
        setProgress(undefined);
      }
    }
  }, [checker, gateway, own]);

  const cancel = useCallback(() => {
    const current = controller.current;
    if (!current) return;
    controller.current = undefined;
    current.abort();
    setProgress(undefined);
    setNotice({ intent: 'info', text: M.cancelled });
  }, []);

  const clearHighlights = useCallback(async () => {
    try {
      await own(() => gateway.clearHighlights());
      setHighlighted(false);
      setNotice({ intent: 'success', text: M.marksCleared });
    } catch (error) {
      setNotice({ intent: 'error', text: describeError(error) });
    }
  }, [gateway, own]);

  const write = useCallback(
    async <T>(operation: () => Promise<T>, writeOptions: { readonly recheck?: boolean } = {}): Promise<T> => {
      setWriting(true);
      try {
        const value = await own(operation);
        if (writeOptions.recheck) void check();
        return value;
      } finally {
        setWriting(false);
      }
    },
    [check, own],
  );

  const insertTemplate = useCallback(
    async (kind: 'blank' | 'sample') => {
      try {
        const inserted = await write(() => gateway.insertTemplate(kind), { recheck: true });
        setNotice({ intent: 'success', text: fillMessage(M.inserted, { sheets: inserted.inserted.join('、') }) });
      } catch (error) {
        setNotice({ intent: 'error', text: describeError(error) });
      }
    },
    [gateway, write],
  );

  // Re-check a while after the user's last edit; the pane's own writes echo back as change events and are ignored.
  useEffect(() => {
    if (!autoRecheck) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stop: (() => Promise<void>) | undefined;
    let disposed = false;
    const onChanged = () => {
      if (!checkedOnce.current || ownWrites.current > 0 || Date.now() < busyUntil.current) return;
      clearTimeout(timer);
      timer = setTimeout(() => void check(), AUTO_RECHECK_DELAY_MS);
    };
    gateway.onWorkbookChanged(onChanged).then(
      (remove) => {
        if (disposed) void remove().catch(() => undefined);
        else stop = remove;
      },
      // Without change events the switch simply does nothing; 检查 still works.
      () => undefined,
    );
    return () => {
      disposed = true;
      clearTimeout(timer);
      void stop?.().catch(() => undefined);
    };
  }, [autoRecheck, check, gateway]);

  // Opening the pane is asking for a check: the accountant sees the findings without pressing anything first.
  useEffect(() => {
    if (options.checkOnOpen !== false) void check();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- runs once on mount by design
  }, []);

  // A check still running when the pane unmounts must not set state afterwards.
  useEffect(() => () => controller.current?.abort(), []);

  return {
    ...(checked ? { result: checked.result, grids: checked.grids } : {}),
    ...(progress ? { progress } : {}),
    ...(notice ? { notice } : {}),
    highlighted,
    autoRecheck,
    writing,
    check,
    cancel,
    clearHighlights,
    setAutoRecheck,
    insertTemplate,
    write,
    setNotice,
  };
}
