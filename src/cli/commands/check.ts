// ziping check: checks .xlsx files and folders, prints findings (human, --json) and writes a --csv summary.
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { collectFiles } from '../collect-files';
import { checkGrids, countBySeverity, unreadableReport, type FileReport } from '../file-report';
import { formatCsv } from '../format/csv';
import { formatFileBlock, formatSummary } from '../format/stylish';
import { UsageError, type CliIo } from '../io';
import { loadWorkbook } from '../load-workbook';
import { CLI_MESSAGES, fill } from '../messages';
import { createProgress } from '../progress';

/** Loads and checks one file; a file that can't be opened still gets a report (file-unreadable). */
export async function checkFile(file: string): Promise<FileReport> {
  const loaded = await loadWorkbook(file);
  return 'error' in loaded ? unreadableReport(file, loaded.error) : checkGrids(file, loaded.grids);
}

export async function runCheck(args: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { json: { type: 'boolean' }, csv: { type: 'string' }, 'no-progress': { type: 'boolean' }, jobs: { type: 'string' } },
    });
  } catch (err) {
    throw new UsageError(fill(CLI_MESSAGES.badOption, { detail: err instanceof Error ? err.message : String(err) }));
  }
  const { values, positionals } = parsed;
  if (positionals.length === 0) throw new UsageError(CLI_MESSAGES.noPaths);
  const files = await collectFiles(positionals);
  const progress = createProgress(io, files.length, !values['no-progress']);
  const reports: FileReport[] = [];
  for (const file of files) {
    progress.tick(file);
    const report = await checkFile(file);
    reports.push(report);
    if (!values.json) {
      progress.done();
      io.stdout(`${formatFileBlock(report)}\n`);
    }
  }
  progress.done();
  if (values.json) io.stdout(`${JSON.stringify(reports, null, 2)}\n`);
  else if (reports.length > 1) io.stdout(formatSummary(reports));
  if (values.csv) {
    await writeFile(values.csv, formatCsv(reports), 'utf8');
    io.stderr(`${fill(CLI_MESSAGES.csvWritten, { path: values.csv })}\n`);
  }
  return reports.some((r) => countBySeverity(r).errors > 0) ? 1 : 0;
}
