// Opens one .xlsx file from disk into Grids; every way that can fail becomes a Chinese reason, never a stack trace.
import { readFile, stat } from 'node:fs/promises';
import { inflateRawSync } from 'node:zlib';
import type { Grid } from '../core/grid/grid';
import { readWorkbookGrids } from '../xlsx/read-workbook';
import { WorkbookReadError } from '../xlsx/read-errors';
import { CLI_MESSAGES, fill } from './messages';

export const MAX_FILE_BYTES = 100 * 1024 * 1024;

/** Node's zlib for the zip guard: several times faster than DecompressionStream, and it stops at the cap itself. */
const inflateRaw = (data: Uint8Array, maxBytes: number): Uint8Array =>
  inflateRawSync(data, { maxOutputLength: Math.max(1, maxBytes) });

export type LoadedWorkbook = { readonly grids: Grid[] } | { readonly error: string };

export async function loadWorkbook(path: string): Promise<LoadedWorkbook> {
  try {
    const info = await stat(path);
    if (info.size > MAX_FILE_BYTES) {
      return {
        error: fill(CLI_MESSAGES.fileTooBig, {
          size: Math.round(info.size / 1024 / 1024),
          limit: MAX_FILE_BYTES / 1024 / 1024,
        }),
      };
    }
    const bytes = await readFile(path);
    return {
      grids: await readWorkbookGrids(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), { inflateRaw }),
    };
  } catch (err) {
    if (err instanceof WorkbookReadError) return { error: err.message };
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { error: fill(CLI_MESSAGES.pathMissing, { path }) };
    if (code === 'EACCES' || code === 'EPERM') return { error: `没有读取"${path}"的权限。` };
    return { error: fill(CLI_MESSAGES.fileUnreadable, { reason: err instanceof Error ? err.message : String(err) }) };
  }
}
