// Where the page checks: one worker for the batch (files one after another), one for the task pane (cancellable), both
// from the embedded worker script; on this thread, between two tasks, when the browser refuses to start a worker.
import type { CheckResult } from '../../core/check';
import { callWorker } from '../../taskpane/check/call-worker';
import { CheckCancelled, nextMacrotask, throwIfCancelled, type Checker } from '../../taskpane/check/run-check';
import { fillMessage } from '../../taskpane/messages';
import { WEB_MESSAGES as M } from '../web-messages';
import type { FileCheckJob, FileCheckRequest, FileCheckResponse } from './worker-protocol';

/** One file's check: its result, or why it could not be read (Chinese). */
export type FileCheck =
  { readonly ok: true; readonly result: CheckResult } | { readonly ok: false; readonly reason: string };

export type PageCheckers = {
  /** Reads and checks one file's bytes (the caller sends one at a time); never rejects. */
  checkFile(bytes: Uint8Array): Promise<FileCheck>;
  /** The task pane's Checker (Grids in, result out), in a worker of its own so cancelling it spares the batch. */
  readonly paneChecker: Checker;
};

type Lane = (job: FileCheckJob, signal?: AbortSignal) => Promise<FileCheckResponse>;

async function onThisThread(job: FileCheckJob, signal?: AbortSignal): Promise<FileCheckResponse> {
  await nextMacrotask();
  if (signal) throwIfCancelled(signal);
  const { respond } = await import('./respond');
  const response = await respond(0, job);
  if (signal) throwIfCancelled(signal);
  return response;
}

/** A worker started on first use and kept; a cancelled job terminates it (the next job starts a fresh one). */
function workerLane(workerUrl: () => Promise<string>, onFallback: () => void): Lane {
  let worker: Worker | undefined;
  let broken = typeof Worker === 'undefined';
  let nextId = 1;
  const fallBack = () => {
    if (!broken) onFallback();
    broken = true;
  };
  const start = async (): Promise<Worker | undefined> => {
    if (broken) return undefined;
    try {
      return (worker ??= new Worker(await workerUrl(), { name: 'ziping-check' }));
    } catch {
      fallBack();
      return undefined;
    }
  };

  return async (job, signal) => {
    if (signal?.aborted) throw new CheckCancelled();
    const current = await start();
    if (!current) return onThisThread(job, signal);
    const id = nextId++;
    // The worker gets a copy of the bytes (moved, not cloned): the page keeps the original for the downloads.
    const request: FileCheckRequest =
      job.kind === 'bytes' ? { id, job: { kind: 'bytes', bytes: job.bytes.slice() } } : { id, job };
    return callWorker<FileCheckResponse>(current, request, {
      signal,
      transfer: request.job.kind === 'bytes' ? [request.job.bytes.buffer] : [],
      dropped: () => {
        if (worker === current) worker = undefined;
      },
      // The worker script was refused or crashed: check here instead, and stay on this thread from now on.
      instead: () => {
        fallBack();
        return onThisThread(job, signal);
      },
    });
  };
}

export function createPageCheckers(workerUrl: () => Promise<string>, onFallback: () => void): PageCheckers {
  const batch = workerLane(workerUrl, onFallback);
  const pane = workerLane(workerUrl, onFallback);
  return {
    async checkFile(bytes) {
      try {
        const response = await batch({ kind: 'bytes', bytes });
        if (response.ok) return { ok: true, result: response.result };
        return {
          ok: false,
          reason: response.unreadable ? response.message : fillMessage(M.checkFailed, { message: response.message }),
        };
      } catch (error) {
        return { ok: false, reason: fillMessage(M.checkFailed, { message: String(error) }) };
      }
    },
    paneChecker: async (grids, signal) => {
      const response = await pane({ kind: 'grids', grids }, signal);
      if (response.ok) return response.result;
      throw new Error(response.message);
    },
  };
}
