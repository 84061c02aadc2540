// Builds the narrative report (report.md) from a checked workbook: material verbatim, sentences generated with sources.
// Each part of the outline is built in sections/ (front, 一 basic + spending, 二 work, 三 evaluation, 四 other, appendix).
import type { CheckResult } from '../core/check';
import { buildProjectReport, isProjectForm } from './build-project-report';
import type { Report, ReportOptions, ReportSection } from './report-model';
import { textOf, type Ctx } from './report-runs';
import { assembleReport } from './assemble-report';
import { basicSection } from './sections/basic';
import { evaluationSection } from './sections/evaluation';
import { buildFront } from './sections/front';
import { otherSection } from './sections/other';
import { workSection } from './sections/work';

/** The report of a checked workbook: 附件6's department report, or for a project form the short project report. */
export function buildReport(result: CheckResult, options: ReportOptions = {}): Report {
  if (isProjectForm(result)) return buildProjectReport([result], options);
  const data = result.model.data;
  const unitName = textOf(data?.unit) ?? textOf(result.model.score?.unit);
  const scoresFilled =
    result.computed.score !== undefined &&
    (result.model.score?.roots ?? []).every((l1) =>
      l1.children.every((l2) => l2.children.every((l3) => l3.score?.value != null)),
    );
  const ctx: Ctx = {
    result,
    settings: result.settings,
    thousands: options.thousands ?? false,
    unit: data?.amountUnit ?? '元',
    ...(unitName !== undefined ? { unitName } : {}),
    ...(scoresFilled && result.computed.score
      ? { scoreTotal: result.computed.score.total, grade: result.computed.score.grade }
      : {}),
  };
  const sections: ReportSection[] = [basicSection(ctx), workSection(ctx), evaluationSection(ctx), otherSection(ctx)];
  const unit = result.summary.unit;
  const year = result.summary.year;
  return assembleReport(
    {
      front: buildFront(ctx),
      sections,
      openErrors: result.findings.filter((f) => f.severity === 'error'),
      meta: {
        ...(unit !== undefined ? { unit } : {}),
        ...(year !== undefined ? { year } : {}),
        amountUnit: ctx.unit as Report['meta']['amountUnit'],
      },
    },
    options,
  );
}
