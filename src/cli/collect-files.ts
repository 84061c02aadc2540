// Expands the PATH arguments of `ziping check`: files as given, folders searched recursively and sorted by path.
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { CLI_MESSAGES, fill } from './messages';
import { UsageError } from './io';

async function walk(dir: string, out: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await walk(path, out);
    // Excel's lock files (~$名称.xlsx) are not workbooks.
    else if (entry.isFile() && /\.xlsx$/i.test(entry.name) && !entry.name.startsWith('~$')) out.push(path);
  }
}

export async function collectFiles(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch {
      throw new UsageError(fill(CLI_MESSAGES.pathMissing, { path }));
    }
    if (!info.isDirectory()) {
      files.push(path);
      continue;
    }
    const found: string[] = [];
    await walk(path, found);
    if (found.length === 0) throw new UsageError(fill(CLI_MESSAGES.noXlsxInFolder, { path }));
    files.push(...found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  }
  return files;
}
