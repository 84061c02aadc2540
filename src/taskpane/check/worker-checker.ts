// A Checker backed by a Web Worker (bundled by webpack 5 from the `new Worker(new URL(...))` pattern below).
// Only the entry points import this file: jest (commonjs) cannot parse import.meta, and tests use checkOnMainThread.
import { callWorker } from './call-worker';
import { CheckCancelled, checkOnMainThread, type Checker } from './run-check';
import type { CheckRequest, CheckResponse } from './worker-protocol';

function startWorker(): Worker {
  // import.meta is an error under tsconfig.json (commonjs, for jest and the CLI) and none under tsconfig.webpack.json
  // (esnext, how webpack builds this file); both are type-checked, so @ts-expect-error would fail the second.
  // eslint-disable-next-line @typescript-eslint/ban-ts-comment
  // @ts-ignore
  return new Worker(new URL('./check.worker.ts', import.meta.url), { name: 'ziping-check' });
}

/**
 * One worker, started right away (its script loads and compiles while the pane reads the workbook, off the path to
 * the first findings) and kept warm. A cancelled check terminates it (there is no other way to stop a
 * running checkWorkbook) and the next check starts a fresh one. Falls back to the main thread when Worker is missing
 * or the worker fails to start.
 */
export function createWorkerChecker(): Checker {
  if (typeof Worker === 'undefined') return checkOnMainThread;
  let worker: Worker | undefined;
  let broken = false;
  let nextId = 1;
  try {
    worker = startWorker();
  } catch {
    broken = true;
  }

  return (grids, signal) => {
    if (broken) return checkOnMainThread(grids, signal);
    if (signal.aborted) return Promise.reject(new CheckCancelled());
    let current: Worker;
    try {
      current = worker ??= startWorker();
    } catch {
      broken = true;
      return checkOnMainThread(grids, signal);
    }
    const id = nextId++;
    const request: CheckRequest = { id, grids };
    const response = callWorker<CheckResponse>(current, request, {
      signal,
      dropped: () => {
        if (worker === current) worker = undefined;
      },
      // The worker script failed to load or crashed: check here instead, and stay on the main thread from now on.
      instead: async () => {
        broken = true;
        return { id, ok: true, result: await checkOnMainThread(grids, signal) };
      },
    });
    return response.then((r) => (r.ok ? r.result : Promise.reject(new Error(r.message))));
  };
}
