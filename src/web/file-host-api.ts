// TEMPORARY until branch `filehost` is merged: the file host's API (src/host/file/file-host.ts) as the page uses it.
import { HOST_ERROR_NAME, type WorkbookHost } from '../host/workbook-host';

export type FileHostState = {
  readonly selection?: { readonly sheet: string; readonly refs: readonly string[] };
  readonly marks: number;
  readonly edited: boolean;
};
export type FileHost = WorkbookHost & {
  readonly fileName: string;
  state(): FileHostState;
  onStateChange(listener: () => void): () => void;
  save(): Promise<Uint8Array>;
};

export async function openFileHost(_bytes: Uint8Array, _fileName: string): Promise<FileHost> {
  const error = new Error('文件宿主尚未合并');
  error.name = HOST_ERROR_NAME;
  throw error;
}
