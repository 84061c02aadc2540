// ziping report: writes the narrative report (.docx or .txt) for one workbook, never over an existing file unless --force.
import { reportBaseName } from '../../report/report-file-name';
import { writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { Packer } from 'docx';
import { checkWorkbook, type CheckResult } from '../../core/check';
import { checkProjects } from '../../core/check-projects';
import { buildProjectReport } from '../../report/build-project-report';
import { buildReport } from '../../report/build-report';
import { reportRuns, type Report, type ReportOptions } from '../../report/report-model';
import { buildReportDocument } from '../../report/report-docx';
import { reportToText } from '../../report/report-to-text';
import { findingLines } from '../format/stylish';
import { parseCliArgs, UsageError, type CliIo } from '../io';
import { loadWorkbook } from '../load-workbook';
import { CLI_MESSAGES, fill } from '../messages';

export const REPORT_MESSAGES = {
  noFile: '请指定一个 .xlsx 文件，例如：ziping report 自评表.xlsx',
  oneFile: '一次只能为一个文件生成报告，收到了 {{count}} 个：{{files}}',
  badFormat: '--format 只能是 docx 或 txt，收到的是"{{format}}"。',
  cannotOpen: '无法生成报告："{{path}}"：{{reason}}',
  notRecognised: '无法生成报告："{{path}}"不是可识别的部门整体支出绩效自评表。{{reason}}',
  draft:
    '自评表中还有 {{count}} 个错误，报告只能作为草稿生成（页眉和首行标注“草稿”，不要报送）。请先修正以下错误，再重新生成：',
  missingMarkers: '报告中有 {{count}} 处【待填写】，请在“报告素材”等表中补充后重新生成。',
  unverifiedMarkers: '报告中有 {{count}} 处【待核实】：报告素材中的文字与自评表的数字不符，请按标注改正。',
  projectUnverified: '报告中有 {{count}} 处【待核实】：自评表中的数字有误，请按检查结果改正后重新生成。',
  written: '自评报告已写入 {{path}}',
  draftWritten: '草稿已写入 {{path}}',
  writeFailed: '无法写入"{{path}}"：{{reason}}',
} as const;

const FORMATS = ['docx', 'txt'] as const;
type Format = (typeof FORMATS)[number];

export function defaultReportPath(file: string, report: Report, format: Format): string {
  return join(dirname(file), `${reportBaseName(report)}.${format}`);
}

/** A workbook of several project forms gives one project report with a part each; any other, its own report. */
function reportOf(grids: Parameters<typeof checkProjects>[0], result: CheckResult, options: ReportOptions): Report {
  const projects = checkProjects(grids);
  return projects.length > 1
    ? buildProjectReport(
        projects.map((p) => p.result),
        options,
      )
    : buildReport(result, options);
}

export async function runReport(args: string[], io: CliIo): Promise<number> {
  const parsed = parseCliArgs(
    {
      args,
      allowPositionals: true,
      options: {
        output: { type: 'string', short: 'o' },
        format: { type: 'string' },
        force: { type: 'boolean' },
        sources: { type: 'boolean' },
      },
    },
    'report',
  );
  const files = parsed.positionals;
  const file = files[0];
  if (file === undefined) throw new UsageError(REPORT_MESSAGES.noFile);
  if (files.length > 1)
    throw new UsageError(fill(REPORT_MESSAGES.oneFile, { count: files.length, files: files.join('、') }));
  const requested = parsed.values.format ?? (parsed.values.output?.toLowerCase().endsWith('.txt') ? 'txt' : 'docx');
  if (!(FORMATS as readonly string[]).includes(requested))
    throw new UsageError(fill(REPORT_MESSAGES.badFormat, { format: requested }));
  const format = requested as Format;

  const loaded = await loadWorkbook(file);
  if ('error' in loaded) {
    io.stderr(`${fill(REPORT_MESSAGES.cannotOpen, { path: basename(file), reason: loaded.error })}\n`);
    return 1;
  }
  const result = checkWorkbook(loaded.grids);
  if (!result.recognised) {
    const reason = result.findings.map((f) => f.message).join(' ');
    io.stderr(`${fill(REPORT_MESSAGES.notRecognised, { path: basename(file), reason })}\n`);
    return 1;
  }

  const sources = parsed.values.sources === true;
  const report = reportOf(loaded.grids, result, { sourceAppendix: sources });
  const out = parsed.values.output ?? defaultReportPath(file, report, format);
  const errors = report.draft?.openErrors ?? [];
  // The errors come first: whoever runs this sees why the file is a draft before being told it was written.
  if (errors.length > 0)
    io.stdout(`${fill(REPORT_MESSAGES.draft, { count: errors.length })}\n${findingLines(errors).join('\n')}\n`);
  const bytes =
    format === 'docx'
      ? await Packer.toBuffer(buildReportDocument(report, { sourceComments: sources }))
      : Buffer.from(reportToText(report), 'utf8');
  try {
    await writeFile(out, bytes, { flag: parsed.values.force ? 'w' : 'wx' });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') {
      io.stderr(`${fill(CLI_MESSAGES.outputExists, { path: out })}\n`);
      return 2;
    }
    io.stderr(
      `${fill(REPORT_MESSAGES.writeFailed, { path: out, reason: err instanceof Error ? err.message : String(err) })}\n`,
    );
    return 2;
  }
  io.stdout(`${fill(errors.length > 0 ? REPORT_MESSAGES.draftWritten : REPORT_MESSAGES.written, { path: out })}\n`);
  const runs = reportRuns(report);
  const markers = runs.filter((r) => r.kind === 'missing').length;
  if (markers > 0) io.stdout(`${fill(REPORT_MESSAGES.missingMarkers, { count: markers })}\n`);
  const unverified = runs.filter((r) => r.kind === 'unverified').length;
  const unverifiedText = report.meta.project ? REPORT_MESSAGES.projectUnverified : REPORT_MESSAGES.unverifiedMarkers;
  if (unverified > 0) io.stdout(`${fill(unverifiedText, { count: unverified })}\n`);
  return errors.length > 0 ? 1 : 0;
}
