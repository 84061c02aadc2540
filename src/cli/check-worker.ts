// Worker thread of `ziping check --jobs N`: checks one file per message and posts back its small FileReport.
import { parentPort } from 'node:worker_threads';
import { checkFile } from './check-file';
import type { WorkerReply, WorkerTask } from './check-pool';

const port = parentPort;
if (!port) throw new Error('check-worker must run in a worker thread');
port.on('message', (task: WorkerTask) => {
  checkFile(task.file).then(
    (report) => port.postMessage({ index: task.index, report } satisfies WorkerReply),
    (err: unknown) =>
      port.postMessage({
        index: task.index,
        error: err instanceof Error ? err.message : String(err),
      } satisfies WorkerReply),
  );
});
