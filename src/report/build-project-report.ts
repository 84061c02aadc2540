// The short report of a project form (项目支出绩效自评情况): the project's name and unit, budget execution, targets met
// and missed with their reasons, score and grade; several projects of one workbook give one part each, in one document.
import { totalKnown } from '../core/calc/inline-score';
import type { CheckResult } from '../core/check';
import { familyById, familyScores } from '../core/template/families';
import { fillTemplate } from '../core/messages';
import type { Report, ReportOptions, ReportParagraph, ReportSection } from './report-model';
import { body, outline, section, textOf, type Ctx } from './report-runs';
import { CHINESE_NUMBERS, PROJECT_HEADINGS as H, PROJECT_OUTLINE as O } from './project-text';
import { assembleReport } from './assemble-report';
import {
  basicParagraphs,
  budgetParagraphs,
  projectNameRuns,
  scoreParagraphs,
  targetParagraphs,
  unitRuns,
  yearRuns,
} from './sections/project';

/** A project form: its data table names a 项目名称 above its budget block (a whole-department form names none). */
export function isProjectForm(result: CheckResult): boolean {
  const data = result.model.data;
  if (data?.budget === undefined) return false;
  const kind = result.model.family ? familyById(result.model.family.id)?.kind : undefined;
  return kind === undefined ? data.project !== undefined : kind === 'project';
}

function contextOf(result: CheckResult, options: ReportOptions): Ctx {
  const data = result.model.data;
  const unitName = textOf(data?.unit);
  const score = result.computed.score;
  return {
    result,
    settings: result.settings,
    thousands: options.thousands ?? false,
    unit: data?.amountUnit ?? '元',
    ...(unitName !== undefined ? { unitName } : {}),
    ...(score && totalKnown(score) ? { scoreTotal: score.total, grade: score.grade } : {}),
  };
}

const numbered = (i: number) => CHINESE_NUMBERS[i] ?? String(i + 1);

/** The parts of one project, as sections of `level` numbered from `first`: no score part for a form without scores. */
function projectParts(ctx: Ctx, idPrefix: string, level: 1 | 2): ReportSection[] {
  const parts: Array<[string, ReportParagraph[]]> = [
    [H.basic, basicParagraphs(ctx)],
    [H.budget, budgetParagraphs(ctx)],
    [H.targets, targetParagraphs(ctx)],
    ...(familyScores(ctx.result.model.family?.id)
      ? [[H.score, scoreParagraphs(ctx)] as [string, ReportParagraph[]]]
      : []),
  ];
  return parts.map(([heading, paragraphs], i) =>
    section(
      `${idPrefix}${i + 1}`,
      level,
      level === 1 ? `${numbered(i)}、${heading}` : `（${numbered(i)}）${heading}${O.fullStop}`,
      paragraphs,
    ),
  );
}

function frontOf(ctxs: readonly Ctx[]): ReportParagraph[] {
  const [first] = ctxs;
  if (!first) return [{ role: 'title', runs: [outline(O.title)] }];
  const yearOf = ctxs.find((c) => c.result.model.data?.year?.value != null) ?? first;
  const many = ctxs.length > 1;
  return [
    { role: 'title', runs: [outline(O.title)] },
    { role: 'meta', runs: [outline(O.yearLine), ...yearRuns(yearOf)] },
    ...(many
      ? [{ role: 'meta' as const, runs: [outline(O.unitsLine), ...unitRuns(first)] }]
      : [
          { role: 'meta' as const, runs: [outline(O.projectLine), ...projectNameRuns(first)] },
          { role: 'meta' as const, runs: [outline(O.unitLine), ...unitRuns(first)] },
        ]),
    body(
      outline(O.opening),
      ...yearRuns(yearOf),
      ...(many
        ? [outline(fillTemplate(O.openingMany, { count: ctxs.length }))]
        : [...projectNameRuns(first), outline(O.openingOne)]),
    ),
  ];
}

export function buildProjectReport(results: readonly CheckResult[], options: ReportOptions = {}): Report {
  const ctxs = results.map((r) => contextOf(r, options));
  const sections =
    ctxs.length === 1 && ctxs[0]
      ? projectParts(ctxs[0], '', 1)
      : ctxs.map((ctx, i) => {
          const name = textOf(ctx.result.model.data?.project);
          const heading = name
            ? fillTemplate(H.project, { n: numbered(i), name })
            : fillTemplate(H.projectUnnamed, { n: numbered(i), index: i + 1 });
          return section(String(i + 1), 1, heading, [], projectParts(ctx, `${i + 1}.`, 2));
        });
  const first = results[0];
  const unit = first?.summary.unit;
  const year = results.find((r) => r.summary.year !== undefined)?.summary.year;
  const name = textOf(first?.model.data?.project);
  return assembleReport(
    {
      front: frontOf(ctxs),
      sections,
      openErrors: results.flatMap((r) => r.findings.filter((f) => f.severity === 'error')),
      meta: {
        ...(unit !== undefined ? { unit } : {}),
        ...(year !== undefined ? { year } : {}),
        amountUnit: (first?.model.data?.amountUnit ?? '元') as Report['meta']['amountUnit'],
        project: { ...(name !== undefined && results.length === 1 ? { name } : {}), count: results.length },
      },
    },
    options,
  );
}
