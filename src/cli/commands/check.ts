// ziping check: checks .xlsx files and folders, prints findings (human, --json) and writes a --csv summary.
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { collectFiles } from '../collect-files';
import { checkFiles, defaultJobs, MAX_JOBS } from '../check-pool';
import { countBySeverity, type FileReport } from '../file-report';
import { formatCsv } from '../format/csv';
import { formatFileBlock, formatSummary } from '../format/stylish';
import { UsageError, type CliIo } from '../io';
import { CLI_MESSAGES, fill } from '../messages';
import { createProgress } from '../progress';

export { checkFile } from '../check-file';

/** --jobs N: a whole number from 1 to MAX_JOBS; the default is one thread per core. */
function parseJobs(text: string | undefined): number {
  if (text === undefined) return defaultJobs();
  const jobs = /^\d+$/.test(text.trim()) ? Number(text) : NaN;
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > MAX_JOBS) throw new UsageError(fill(CLI_MESSAGES.badJobs, { value: text, max: MAX_JOBS }));
  return jobs;
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
  const jobs = parseJobs(values.jobs);
  const files = await collectFiles(positionals);
  const progress = createProgress(io, files.length, !values['no-progress']);
  const reports: FileReport[] = await checkFiles(files, jobs, (report) => {
    progress.tick(report.file);
    if (!values.json) {
      progress.done();
      io.stdout(`${formatFileBlock(report)}\n`);
    }
  });
  progress.done();
  if (values.json) io.stdout(`${JSON.stringify(reports, null, 2)}\n`);
  else if (reports.length > 1) io.stdout(formatSummary(reports));
  if (values.csv) {
    await writeFile(values.csv, formatCsv(reports), 'utf8');
    io.stderr(`${fill(CLI_MESSAGES.csvWritten, { path: values.csv })}\n`);
  }
  return reports.some((r) => countBySeverity(r).errors > 0) ? 1 : 0;
}
