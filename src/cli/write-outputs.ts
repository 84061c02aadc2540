// The file outputs of `ziping check`: annotated copies (--annotate DIR) and the summary workbook (--xlsx FILE).
import { access, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import { annotateWorkbook } from '../xlsx/annotate';
import { buildSummaryWorkbook } from '../xlsx/summary-workbook';
import { FILE_UNREADABLE, summaryRows, type FileReport } from './file-report';
import { UsageError, type CliIo } from './io';
import { CLI_MESSAGES, fill } from './messages';

/** Where each output goes, decided (and refused) before the run, so nobody waits fifty workbooks to be told. */
export type OutputPlan = {
  readonly force: boolean;
  /** Input file -> its annotated copy. */
  readonly copies?: { readonly dir: string; readonly byInput: ReadonlyMap<string, string> };
  readonly xlsx?: string;
};

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

/** 自评表.xlsx -> 自评表（已标注）.xlsx; a second input of the same name (another folder) gets （已标注2）. */
function copyNames(files: readonly string[], dir: string): Map<string, string> {
  const taken = new Set<string>();
  const out = new Map<string, string>();
  for (const file of files) {
    const stem = basename(file, extname(file));
    let name = fill(CLI_MESSAGES.annotatedName, { name: stem, n: '' });
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = fill(CLI_MESSAGES.annotatedName, { name: stem, n });
    taken.add(name.toLowerCase());
    out.set(file, join(dir, name));
  }
  return out;
}

export async function planOutputs(
  options: { annotate?: string | undefined; xlsx?: string | undefined; force: boolean },
  files: readonly string[],
): Promise<OutputPlan> {
  const inputs = new Set(files.map((f) => resolve(f)));
  const refuse = async (path: string, isInput: string) => {
    if (inputs.has(resolve(path))) throw new UsageError(fill(isInput, { path }));
    if (!options.force && (await exists(path))) throw new UsageError(fill(CLI_MESSAGES.outputExistsForce, { path }));
  };
  let copies: Map<string, string> | undefined;
  if (options.annotate !== undefined) {
    if ((await exists(options.annotate)) && !(await stat(options.annotate)).isDirectory())
      throw new UsageError(fill(CLI_MESSAGES.annotateNotDir, { path: options.annotate }));
    copies = copyNames(files, options.annotate);
    for (const copy of copies.values()) await refuse(copy, CLI_MESSAGES.annotateIsInput);
  }
  if (options.xlsx !== undefined) {
    await refuse(options.xlsx, CLI_MESSAGES.xlsxIsInput);
    if (copies && [...copies.values()].some((c) => resolve(c) === resolve(options.xlsx ?? '')))
      throw new UsageError(fill(CLI_MESSAGES.xlsxIsInput, { path: options.xlsx }));
  }
  return {
    force: options.force,
    ...(copies && options.annotate !== undefined ? { copies: { dir: options.annotate, byInput: copies } } : {}),
    ...(options.xlsx !== undefined ? { xlsx: options.xlsx } : {}),
  };
}

/** Writes the planned outputs; a file that can't be annotated is said on stderr and the others still get theirs. */
export async function writeOutputs(plan: OutputPlan, reports: readonly FileReport[], io: CliIo): Promise<void> {
  const flag = plan.force ? 'w' : 'wx';
  const written = new Map<string, string>();
  if (plan.copies) {
    await mkdir(plan.copies.dir, { recursive: true });
    for (const report of reports) {
      const copy = plan.copies.byInput.get(report.file);
      // A file that could not be opened has nothing to mark: its row in the summary says why.
      if (!copy || report.findings.some((f) => f.rule === FILE_UNREADABLE)) continue;
      try {
        const bytes = await readFile(report.file);
        const annotated = await annotateWorkbook(
          new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
          report,
        );
        await writeFile(copy, annotated, { flag });
        written.set(report.file, copy);
      } catch (err) {
        const reason = err instanceof Error ? err.message : String(err);
        io.stderr(`${fill(CLI_MESSAGES.annotateFailed, { file: report.file, reason })}\n`);
      }
    }
    io.stderr(`${fill(CLI_MESSAGES.annotateWritten, { count: written.size, dir: plan.copies.dir })}\n`);
  }
  if (plan.xlsx !== undefined) {
    const from = dirname(resolve(plan.xlsx));
    // A file of several projects has a row per project, each linking to the file's annotated copy.
    const rows = reports.flatMap((report) => summaryRows([report]).map((checked) => ({ checked, file: report.file })));
    const linked = rows.map(({ checked, file }) => {
      const copy = written.get(file);
      return copy === undefined ? { checked } : { checked, copy: relative(from, resolve(copy)).split(sep).join('/') };
    });
    await writeFile(plan.xlsx, await buildSummaryWorkbook(linked), { flag });
    io.stderr(`${fill(CLI_MESSAGES.xlsxWritten, { path: plan.xlsx })}\n`);
  }
}
