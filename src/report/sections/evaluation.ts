// 三、绩效自评情况: （一）自评结果, （二）指标分析 (level-1 scores, deductions, unmet indicators), （三）经验做法,
// （四）存在问题 (one item per deduction when 报告素材 is empty), （五）改进措施.
import { scoresEqual } from '../../core/calc/compare';
import { fillTemplate } from '../../core/messages';
import type { ScoreNode } from '../../core/template/model';
import { formatScore } from '../../core/text/format';
import { indicatorTarget, indicatorValue } from '../indicator-prose';
import { inlineMaterial, materialParagraphs, materialRuns } from '../material-runs';
import type { ReportParagraph, ReportRun, ReportSection } from '../report-model';
import { body, generated, missing, outline, section, textOf, type Ctx } from '../report-runs';
import { HEADINGS, JOIN, MISSING, OUTLINE, SENTENCES as S } from '../report-text';

type Deduction = { readonly node: ScoreNode; readonly deduction: number };

function leaves(ctx: Ctx): ScoreNode[] {
  return (ctx.result.model.score?.roots ?? []).flatMap((l1) => l1.children.flatMap((l2) => [...l2.children]));
}

function deductionsOf(ctx: Ctx): Deduction[] {
  const out: Deduction[] = [];
  for (const node of leaves(ctx)) {
    const weight = node.weight?.value;
    const score = node.score?.value;
    if (weight == null || score == null) continue;
    if (score < weight && !scoresEqual(score, weight, ctx.settings)) out.push({ node, deduction: weight - score });
  }
  return out;
}

/** "…，扣1分。" at the end of a reason repeats the deduction the sentence already states. */
function deductionEcho(deduction: number): RegExp {
  const d = formatScore(deduction).replace('.', '\\.');
  return new RegExp(`[，,；;]?\\s*(?:共|合计)?扣(?:除)?${d}(?:\\.0+)?分[。.]?$`);
}

function reasonRuns(ctx: Ctx, node: ScoreNode, deduction?: number): ReportRun[] {
  return inlineMaterial(
    ctx,
    node.reason,
    MISSING.deductionReason,
    deduction !== undefined ? deductionEcho(deduction) : undefined,
  );
}

/** Level-3 nodes whose 得分 is blank or unreadable: the totals built on them are not figures to state. */
function unfilledLeaves(ctx: Ctx): ScoreNode[] {
  return leaves(ctx).filter((n) => n.score?.value == null);
}

function resultParagraphs(ctx: Ctx): ReportParagraph[] {
  const { computed, model } = ctx.result;
  const out: ReportParagraph[] = [];
  const unfilled = unfilledLeaves(ctx);
  if (computed.score && model.score && unfilled.length === 0) {
    const sources = [model.score.total?.score?.ref, ...leaves(ctx).map((n) => n.score?.ref)];
    out.push(
      body(
        generated(
          fillTemplate(S.result, { total: formatScore(computed.score.total), grade: computed.score.grade }),
          sources,
        ),
      ),
    );
  } else {
    const label = unfilled.length > 0 ? fillTemplate(MISSING.scoreItems, { count: unfilled.length }) : MISSING.score;
    out.push(body(missing(label, unfilled[0]?.score?.ref), outline(OUTLINE.fullStop)));
  }
  out.push(...materialParagraphs(ctx, 'selfAssessment', MISSING.selfAssessment));
  return out;
}

function analysisParagraphs(ctx: Ctx): ReportParagraph[] {
  const { computed, model } = ctx.result;
  const out: ReportParagraph[] = [];
  const score = computed.score;
  const roots = model.score?.roots ?? [];
  if (!score || roots.length === 0) return [body(missing(MISSING.score))];
  const level1Runs: ReportRun[] = [outline(S.level1Lead)];
  roots.forEach((node, i) => {
    const calc = score.nodes.get(node);
    const nodeLeaves = node.children.flatMap((c) => [...c.children]);
    const weight = node.weight?.value ?? calc?.weightSum ?? 0;
    const weightSources = node.weight?.value != null ? [node.weight.ref] : nodeLeaves.map((l) => l.weight?.ref);
    if (i > 0) level1Runs.push(outline(JOIN.clause));
    const blank = nodeLeaves.filter((l) => l.score?.value == null);
    if (blank.length > 0) {
      level1Runs.push(
        generated(fillTemplate(S.scoreMissingLevel1, { name: node.title, weight: formatScore(weight) }), weightSources),
        missing(MISSING.score, blank[0]?.score?.ref),
      );
      return;
    }
    level1Runs.push(
      generated(
        fillTemplate(S.level1, {
          name: node.title,
          weight: formatScore(weight),
          score: formatScore(calc?.scoreSum ?? 0),
        }),
        [...weightSources, ...nodeLeaves.map((l) => l.score?.ref)],
      ),
    );
  });
  level1Runs.push(outline(S.level1End));
  out.push(body(...level1Runs));

  const deductions = deductionsOf(ctx);
  for (const { node, deduction } of deductions) {
    out.push(
      body(
        generated(
          fillTemplate(S.deduction, {
            name: node.title,
            weight: formatScore(node.weight?.value ?? 0),
            score: formatScore(node.score?.value ?? 0),
            deduction: formatScore(deduction),
          }),
          [node.weight?.ref, node.score?.ref],
        ),
        ...reasonRuns(ctx, node, deduction),
      ),
    );
  }
  const full = leaves(ctx).filter(
    (n) => n.weight?.value != null && n.score?.value != null && !deductions.some((d) => d.node === n),
  );
  if (full.length > 0) {
    const template = deductions.length > 0 || unfilledLeaves(ctx).length > 0 ? S.fullMarksSome : S.fullMarksAll;
    out.push(
      body(
        generated(
          fillTemplate(template, { count: full.length }),
          full.flatMap((n) => [n.weight?.ref, n.score?.ref]),
        ),
      ),
    );
  }

  const quantitative = computed.indicators.filter((c) => c.completion);
  const unmet = quantitative.filter((c) => !c.completion?.met);
  if (quantitative.length > 0 && unmet.length === 0) {
    out.push(
      body(
        generated(
          fillTemplate(S.allMet, { count: quantitative.length }),
          quantitative.flatMap((c) => [c.indicator.target.ref, c.indicator.actual.ref]),
        ),
      ),
    );
  }
  if (unmet.length > 0) {
    out.push(body(outline(S.unmetLead)));
    for (const calc of unmet) {
      const { indicator } = calc;
      const text = fillTemplate(S.unmet, {
        name: textOf(indicator.name) ?? '',
        target: indicatorTarget(indicator),
        actual: indicatorValue(indicator.actual, textOf(indicator.unit)),
      });
      out.push(
        body(
          generated(text, [indicator.target.ref, indicator.actual.ref]),
          ...inlineMaterial(ctx, indicator.reason, MISSING.deviationReason),
        ),
      );
    }
  }
  return out;
}

function problemParagraphs(ctx: Ctx): ReportParagraph[] {
  const material = ctx.result.model.material;
  const written = materialRuns(ctx, material?.fields.problems);
  if (written) return written;
  const deductions = deductionsOf(ctx);
  if (deductions.length === 0)
    return [body(missing(MISSING.problems, material?.fields.problems?.ref ?? material?.labels.problems))];
  return deductions.map(({ node, deduction }, i) =>
    body(
      generated(fillTemplate(S.problemItem, { n: i + 1, name: node.title, deduction: formatScore(deduction) }), [
        node.weight?.ref,
        node.score?.ref,
      ]),
      ...reasonRuns(ctx, node, deduction),
    ),
  );
}

export function evaluationSection(ctx: Ctx): ReportSection {
  return section(
    '3',
    1,
    HEADINGS.evaluation,
    [],
    [
      section('3.1', 2, HEADINGS.result, resultParagraphs(ctx)),
      section('3.2', 2, HEADINGS.analysis, analysisParagraphs(ctx)),
      section('3.3', 2, HEADINGS.practices, materialParagraphs(ctx, 'practices', MISSING.practices)),
      section('3.4', 2, HEADINGS.problems, problemParagraphs(ctx)),
      section('3.5', 2, HEADINGS.improvements, materialParagraphs(ctx, 'improvements', MISSING.improvements)),
    ],
  );
}
