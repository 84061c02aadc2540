// ziping check: checks .xlsx files and folders, prints findings (human, --json) and writes a --csv summary.
import { access, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { collectFiles } from '../collect-files';
import { checkFiles, defaultJobs, MAX_JOBS } from '../check-pool';
import { countBySeverity, summaryRows, type FileReport } from '../file-report';
import { formatCsv } from '../format/csv';
import { formatFileBlock, formatSummary } from '../format/stylish';
import { parseCliArgs, UsageError, type CliIo } from '../io';
import { CLI_MESSAGES, fill } from '../messages';
import { createProgress } from '../progress';
import { planOutputs, writeOutputs } from '../write-outputs';

export { checkFile } from '../check-file';

/** The --csv file must not be one of the workbooks checked, nor (without --force) any existing file. */
async function assertCsvTarget(csv: string, files: readonly string[], force: boolean): Promise<void> {
  const target = resolve(csv);
  if (files.some((file) => resolve(file) === target))
    throw new UsageError(fill(CLI_MESSAGES.csvIsInput, { path: csv }));
  if (
    !force &&
    (await access(csv).then(
      () => true,
      () => false,
    ))
  )
    throw new UsageError(fill(CLI_MESSAGES.outputExists, { path: csv }));
}

/** --jobs N: a whole number from 1 to MAX_JOBS; the default is one thread per core. */
function parseJobs(text: string | undefined): number {
  if (text === undefined) return defaultJobs();
  const jobs = /^\d+$/.test(text.trim()) ? Number(text) : NaN;
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > MAX_JOBS)
    throw new UsageError(fill(CLI_MESSAGES.badJobs, { value: text, max: MAX_JOBS }));
  return jobs;
}

export async function runCheck(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCliArgs(
    {
      args,
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        csv: { type: 'string' },
        'no-progress': { type: 'boolean' },
        jobs: { type: 'string' },
        force: { type: 'boolean' },
        annotate: { type: 'string' },
        xlsx: { type: 'string' },
      },
    },
    'check',
  );
  if (positionals.length === 0) throw new UsageError(CLI_MESSAGES.noPaths);
  const jobs = parseJobs(values.jobs);
  const files = await collectFiles(positionals);
  // Refused before the (possibly long) run: a reviewer must not lose a file, nor wait fifty workbooks to be told.
  if (values.csv !== undefined) await assertCsvTarget(values.csv, files, values.force === true);
  const outputs = await planOutputs(
    { annotate: values.annotate, xlsx: values.xlsx, force: values.force === true },
    files,
  );
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
  else if (summaryRows(reports).length > 1) io.stdout(formatSummary(reports));
  if (values.csv) {
    await writeFile(values.csv, formatCsv(reports), { encoding: 'utf8', flag: values.force ? 'w' : 'wx' });
    io.stderr(`${fill(CLI_MESSAGES.csvWritten, { path: values.csv })}\n`);
  }
  await writeOutputs(outputs, reports, io);
  return reports.some((r) => countBySeverity(r).errors > 0) ? 1 : 0;
}
