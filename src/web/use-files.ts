// The page's list of opened files and their checks: files are checked one after another, in the order they came.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CheckResult } from '../core/check';
import { fillMessage } from '../taskpane/messages';
import type { FileCheck } from './check/page-checkers';
import { WEB_MESSAGES as M } from './web-messages';

/** A larger file is refused before reading (the CLI's limit): a self-evaluation workbook is far smaller. */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;

export type FileStatus =
  | { readonly kind: 'queued' }
  | { readonly kind: 'checking' }
  | { readonly kind: 'checked'; readonly result: CheckResult }
  | { readonly kind: 'unreadable'; readonly reason: string };

export type FileEntry = {
  readonly id: number;
  readonly name: string;
  /** The file as opened (never changed: edits live in its file host). */
  readonly bytes: Uint8Array;
  readonly status: FileStatus;
};

export type OpenedFile =
  { readonly name: string; readonly bytes: Uint8Array } | { readonly name: string; readonly reason: string };

export type FilesState = {
  readonly entries: readonly FileEntry[];
  /** Files whose check has ended (checked or unreadable). */
  readonly done: number;
  add(files: readonly OpenedFile[]): readonly FileEntry[];
  remove(id: number): void;
  clear(): void;
  /** A newer check of a file (the task pane re-checked it, e.g. after a write-back). */
  setResult(id: number, result: CheckResult): void;
};

/** Reads dropped or chosen files; one that is too big is refused without reading it. */
export async function readFiles(files: Iterable<File>): Promise<OpenedFile[]> {
  return Promise.all(
    [...files].map(async (file): Promise<OpenedFile> => {
      if (file.size > MAX_FILE_BYTES)
        return {
          name: file.name,
          reason: fillMessage(M.tooBig, {
            size: Math.round(file.size / 1024 / 1024),
            limit: MAX_FILE_BYTES / 1024 / 1024,
          }),
        };
      try {
        return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
      } catch (error) {
        return { name: file.name, reason: fillMessage(M.checkFailed, { message: String(error) }) };
      }
    }),
  );
}

export function useFiles(checkFile: (bytes: Uint8Array) => Promise<FileCheck>): FilesState {
  const [entries, setEntries] = useState<readonly FileEntry[]>([]);
  const nextId = useRef(1);
  const running = useRef(false);

  const setStatus = useCallback((id: number, status: FileStatus) => {
    setEntries((list) => list.map((entry) => (entry.id === id ? { ...entry, status } : entry)));
  }, []);

  useEffect(() => {
    if (running.current) return;
    const next = entries.find((entry) => entry.status.kind === 'queued');
    if (!next) return;
    running.current = true;
    setStatus(next.id, { kind: 'checking' });
    void checkFile(next.bytes).then((outcome) => {
      running.current = false;
      setStatus(
        next.id,
        outcome.ok ? { kind: 'checked', result: outcome.result } : { kind: 'unreadable', reason: outcome.reason },
      );
    });
  }, [entries, checkFile, setStatus]);

  const add = useCallback((files: readonly OpenedFile[]) => {
    const added = files.map((file): FileEntry => {
      const id = nextId.current++;
      return 'reason' in file
        ? { id, name: file.name, bytes: new Uint8Array(), status: { kind: 'unreadable', reason: file.reason } }
        : { id, name: file.name, bytes: file.bytes, status: { kind: 'queued' } };
    });
    setEntries((list) => [...list, ...added]);
    return added;
  }, []);

  return {
    entries,
    done: entries.filter((e) => e.status.kind === 'checked' || e.status.kind === 'unreadable').length,
    add,
    remove: useCallback((id: number) => setEntries((list) => list.filter((entry) => entry.id !== id)), []),
    clear: useCallback(() => setEntries([]), []),
    setResult: useCallback(
      (id: number, result: CheckResult) => setStatus(id, { kind: 'checked', result }),
      [setStatus],
    ),
  };
}
