// The page's Web Worker: reads an .xlsx into Grids and checks it, so a large file never freezes the page. Built on its
// own (webpack's `web-check-worker` config, one self-contained file) and started from a blob: URL (worker-source.ts).
import { respond } from './respond';
import type { FileCheckRequest, FileCheckResponse } from './worker-protocol';

// `self` in a dedicated worker; typed loosely because tsconfig's lib is DOM, not WebWorker.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<FileCheckRequest>) => void) | null;
  postMessage(message: FileCheckResponse): void;
};

scope.onmessage = (event) => {
  void respond(event.data.id, event.data.job).then((response) => scope.postMessage(response));
};
