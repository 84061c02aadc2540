// Human output of `ziping check`: one block per file, then a summary table over all files.
import { formatFindingCell, formatRate, formatScore } from '../../core/text/format';
import { ruleName } from '../../core/rule-names';
import { familyScores } from '../../core/template/families';
import { countBySeverity, summaryRows, type FileReport, type JsonFinding } from '../file-report';
import { CLI_MESSAGES, fill } from '../messages';

const SEVERITY_NAMES = CLI_MESSAGES.severities as { error: string; warning: string; info: string };

function score(value: number | undefined): string {
  return value === undefined ? '—' : formatScore(value);
}

/** Display width of a string in a terminal: CJK characters take two columns. */
function width(text: string): number {
  let w = 0;
  for (const ch of text)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch)
      ? 2
      : 1;
  return w;
}

function pad(text: string, columns: number): string {
  return text + ' '.repeat(Math.max(0, columns - width(text)));
}

export function formatFileBlock(report: FileReport): string {
  if (!report.projects) return `${[report.file, ...resultLines(report, '  ')].join('\n')}\n`;
  const lines = [report.file, `  ${fill(CLI_MESSAGES.projects, { count: report.projects.length })}`];
  for (const project of report.projects) {
    const name = project.project ?? project.sheet;
    lines.push(`  ${fill(CLI_MESSAGES.project, { name, sheet: project.sheet, row: project.firstRow })}`);
    lines.push(...resultLines(project, '    '));
  }
  return `${lines.join('\n')}\n`;
}

/** The figures and findings of one result (a file, or one project of it), each line indented. */
function resultLines(report: Omit<FileReport, 'file'>, indent: string): string[] {
  const lines: string[] = [];
  if (report.recognised) {
    if (report.family)
      lines.push(
        `${indent}${fill(CLI_MESSAGES.family, { name: report.family.name, confidence: Math.round(report.family.confidence * 100) })}`,
      );
    lines.push(
      `${indent}单位：${report.unit ?? '—'}  年度：${report.year ?? '—'}  金额单位：${report.amountUnit ?? '—'}`,
    );
    const g = report.score.grade;
    lines.push(
      familyScores(report.family?.id)
        ? `${indent}得分：填报 ${score(report.score.stated)} / 重算 ${score(report.score.recomputed)}    等级：填报 ${g.stated ?? '—'} / 重算 ${g.recomputed ?? '—'}`
        : `${indent}${CLI_MESSAGES.unscored}`,
    );
    if (report.budget.executionRate !== undefined)
      lines.push(`${indent}${fill(CLI_MESSAGES.executionRate, { rate: formatRate(report.budget.executionRate) })}`);
  }
  lines.push(...findingLines(report.findings, indent));
  const counts = countBySeverity(report);
  lines.push(
    report.findings.length === 0
      ? `${indent}✓ ${CLI_MESSAGES.noFindings}`
      : `${indent}${fill(CLI_MESSAGES.counts, counts)}`,
  );
  return lines;
}

/** One aligned line per finding: cell, severity, rule name, message, all in Chinese. */
export function findingLines(findings: readonly JsonFindingLike[], indent = '  '): string[] {
  // Two cells at most in the column (the message names the rest), so one long finding does not widen every line.
  const located = findings.map((f) =>
    f.cells.length === 0
      ? CLI_MESSAGES.wholeFile
      : f.cells
          .slice(0, 2)
          .map((c) => formatFindingCell(f.sheet, c))
          .join('、') + (f.cells.length > 2 ? fill(CLI_MESSAGES.moreCells, { count: f.cells.length }) : ''),
  );
  const names = findings.map((f) => ruleName(f.rule));
  const locWidth = Math.min(34, Math.max(0, ...located.map(width)));
  const nameWidth = Math.max(0, ...names.map(width));
  return findings.map(
    (f, i) =>
      `${indent}${pad(located[i] ?? '', locWidth)}  ${SEVERITY_NAMES[f.severity]}  ${pad(names[i] ?? '', nameWidth)}  ${f.message}`,
  );
}

type JsonFindingLike = Pick<JsonFinding, 'rule' | 'severity' | 'sheet' | 'cells' | 'message'>;

export function formatSummary(reports: readonly FileReport[]): string {
  const header = [
    '文件',
    '单位',
    '得分（填报/重算）',
    '等级（填报/重算）',
    SEVERITY_NAMES.error,
    SEVERITY_NAMES.warning,
  ];
  // A file of several projects has a row per project.
  const rows = summaryRows(reports).map((r) => {
    const c = countBySeverity(r);
    return [
      r.file,
      r.recognised ? (r.unit ?? '—') : CLI_MESSAGES.notRecognised,
      `${score(r.score.stated)}/${score(r.score.recomputed)}`,
      `${r.score.grade.stated ?? '—'}/${r.score.grade.recomputed ?? '—'}`,
      String(c.errors),
      String(c.warnings),
    ];
  });
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => pad(c, widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  const failed = reports.filter((r) => countBySeverity(r).errors > 0).length;
  return (
    [
      fill(CLI_MESSAGES.summaryTitle, { files: reports.length, failed }),
      line(header),
      line(widths.map((w) => '-'.repeat(w))),
      ...rows.map(line),
    ].join('\n') + '\n'
  );
}
