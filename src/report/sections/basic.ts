// 一、单位基本情况: （一）机构设置 with the staff figures, （二）年度工作, （三）绩效目标 with the indicator sentences,
// （四）整体支出 (spending.ts).
import type { CellRef } from '../../core/grid/grid';
import { fillTemplate } from '../../core/messages';
import { indicatorParagraphs, plainNumber } from '../indicator-prose';
import { materialParagraphs, materialRuns } from '../material-runs';
import type { ReportParagraph, ReportSection } from '../report-model';
import { body, generated, section, type Ctx } from '../report-runs';
import { HEADINGS, JOIN, MISSING, OUTLINE, SENTENCES as S } from '../report-text';
import { spendingParagraphs } from './spending';

function staffParagraph(ctx: Ctx): ReportParagraph | undefined {
  const staff = ctx.result.model.data?.staff ?? {};
  const parts: string[] = [];
  const sources: CellRef[] = [];
  for (const key of ['authorised', 'employed', 'retired', 'contract'] as const) {
    const field = staff[key];
    if (field?.value == null) continue;
    parts.push(fillTemplate(S.staffParts[key], { n: plainNumber(field.value) }));
    sources.push(field.ref);
  }
  if (parts.length === 0) return undefined;
  return body(generated(`${parts.join(JOIN.clause)}${OUTLINE.fullStop}`, sources));
}

/** 报告素材's 绩效目标, else the 年度总体目标 a form of another family writes in its table (湖南 基础数据表). */
function goalParagraphs(ctx: Ctx): ReportParagraph[] {
  const { material, data } = ctx.result.model;
  const fromTable = material?.fields.performanceGoals ? undefined : materialRuns(ctx, data?.goals?.target);
  return fromTable ?? materialParagraphs(ctx, 'performanceGoals', MISSING.performanceGoals);
}

export function basicSection(ctx: Ctx): ReportSection {
  const staff = staffParagraph(ctx);
  return section(
    '1',
    1,
    HEADINGS.basic,
    [],
    [
      section('1.1', 2, HEADINGS.organisation, [
        ...materialParagraphs(ctx, 'organisation', MISSING.organisation),
        ...(staff ? [staff] : []),
      ]),
      section('1.2', 2, HEADINGS.annualWork, materialParagraphs(ctx, 'annualWork', MISSING.annualWork)),
      section('1.3', 2, HEADINGS.goals, [...goalParagraphs(ctx), ...indicatorParagraphs(ctx)]),
      section('1.4', 2, HEADINGS.spending, spendingParagraphs(ctx)),
    ],
  );
}
