// Checks many files on a pool of worker threads (one per core by default), handing results back in input order.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { checkFile } from './check-file';
import type { FileReport } from './file-report';

export type WorkerTask = { readonly index: number; readonly file: string };
export type WorkerReply =
  { readonly index: number; readonly report: FileReport } | { readonly index: number; readonly error: string };

/** Called once per file, in input order, as soon as that file and every file before it are done. */
export type OnReport = (report: FileReport, index: number) => void;

export const MAX_JOBS = 64;

/**
 * One core is left to V8's own garbage-collector and compiler threads: a single-threaded check already keeps ~1.45
 * cores busy, and on 2 cores a second checking thread made a 100-file batch slower (2.0 s -> 2.6 s, measured), since
 * each thread also loads exceljs. On 4+ cores the workers pay off.
 */
export function defaultJobs(): number {
  return Math.max(1, Math.min(MAX_JOBS, availableParallelism() - 1));
}

/**
 * The compiled worker next to this module (dist/cli/check-worker.js). Under ts-jest this module is the .ts source and
 * there is no .js worker beside it: the caller then checks in-process, which gives the same reports.
 */
function workerScript(): string | undefined {
  const script = join(__dirname, 'check-worker.js');
  return __filename.endsWith('.js') && existsSync(script) ? script : undefined;
}

/** Checks `files` with up to `jobs` threads; resolves to one report per file, in input order. */
export async function checkFiles(
  files: readonly string[],
  jobs: number,
  onReport: OnReport = () => undefined,
): Promise<FileReport[]> {
  const script = workerScript();
  const threads = Math.min(jobs, files.length);
  if (threads <= 1 || !script) return checkInProcess(files, onReport);
  return checkOnWorkers(files, threads, script, onReport);
}

async function checkInProcess(files: readonly string[], onReport: OnReport): Promise<FileReport[]> {
  const reports: FileReport[] = [];
  for (const [index, file] of files.entries()) {
    const report = await checkFile(file);
    reports.push(report);
    onReport(report, index);
  }
  return reports;
}

function checkOnWorkers(
  files: readonly string[],
  threads: number,
  script: string,
  onReport: OnReport,
): Promise<FileReport[]> {
  return new Promise((resolve, reject) => {
    const reports: (FileReport | undefined)[] = new Array<FileReport | undefined>(files.length);
    const workers: Worker[] = [];
    let nextTask = 0;
    let nextReport = 0;
    let failed = false;

    const stopAll = () => {
      for (const worker of workers) void worker.terminate();
    };
    const fail = (err: Error) => {
      if (failed) return;
      failed = true;
      stopAll();
      reject(err);
    };
    const feed = (worker: Worker) => {
      if (nextTask >= files.length) return;
      const index = nextTask++;
      worker.postMessage({ index, file: files[index] ?? '' } satisfies WorkerTask);
    };

    for (let n = 0; n < threads; n++) {
      const worker = new Worker(script);
      workers.push(worker);
      worker.on('message', (reply: WorkerReply) => {
        if (failed) return;
        if ('error' in reply) return fail(new Error(reply.error));
        reports[reply.index] = reply.report;
        feed(worker);
        // Flush every report whose predecessors are all in, so output keeps the input order.
        for (let report = reports[nextReport]; report !== undefined; report = reports[nextReport])
          onReport(report, nextReport++);
        if (nextReport === files.length) {
          stopAll();
          resolve(reports as FileReport[]);
        }
      });
      worker.on('error', fail);
      worker.on('exit', (code) => {
        if (code !== 0 && nextReport < files.length) fail(new Error(`worker exited with code ${code}`));
      });
      feed(worker);
    }
  });
}
