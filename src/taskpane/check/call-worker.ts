// One request to a check worker, answered by the response with its id: shared by the task pane's worker and the page's.
import { CheckCancelled } from './run-check';

export type WorkerCall<R> = {
  readonly signal?: AbortSignal | undefined;
  /** Buffers moved to the worker rather than cloned. */
  readonly transfer?: Transferable[];
  /** The worker was terminated (cancelled, or it crashed): the caller forgets it, the next call starts a fresh one. */
  readonly dropped: () => void;
  /** The worker script failed to load or crashed: the answer computed elsewhere. */
  readonly instead: () => Promise<R>;
};

/** Posts `request` and settles with the worker's response to it; a cancelled call terminates the worker. */
export function callWorker<R extends { readonly id: number }>(
  worker: Worker,
  request: { readonly id: number },
  call: WorkerCall<R>,
): Promise<R> {
  const { signal } = call;
  return new Promise<R>((resolve, reject) => {
    const cleanup = () => {
      worker.removeEventListener('message', onMessage);
      worker.removeEventListener('error', onError);
      signal?.removeEventListener('abort', onAbort);
    };
    const onMessage = (event: MessageEvent<R>) => {
      if (event.data.id !== request.id) return;
      cleanup();
      resolve(event.data);
    };
    const onError = () => {
      cleanup();
      worker.terminate();
      call.dropped();
      call.instead().then(resolve, reject);
    };
    const onAbort = () => {
      cleanup();
      worker.terminate();
      call.dropped();
      reject(new CheckCancelled());
    };
    worker.addEventListener('message', onMessage);
    worker.addEventListener('error', onError);
    signal?.addEventListener('abort', onAbort);
    worker.postMessage(request, call.transfer ?? []);
  });
}
