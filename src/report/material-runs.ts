// 报告素材 text as report runs: kept verbatim, split into paragraphs, template residue left out, contradicted figures
// marked 【待核实】, a marker where the text is missing.
import type { Field, MaterialKey } from '../core/template/model';
import type { ReportParagraph, ReportRun } from './report-model';
import { body, missing, outline, textOf, type Ctx } from './report-runs';
import {
  claimsFromFindings,
  isEmptyText,
  markClaims,
  piecesToRuns,
  residueFree,
  scoreClaims,
  splitParagraphs,
  type Claim,
} from './material-text';
import { OUTLINE } from './report-text';

const TERMINAL = /[。！？；…!?.;”’」』）)】]$/;

/**
 * Material text as paragraphs: one per line of the cell and per numbered item typed on one line, template residue
 * left out, and a 【待核实：…】 marker after every figure a finding contradicts. Undefined when nothing is left.
 */
export function materialRuns(ctx: Ctx, field: Field<string> | undefined): ReportParagraph[] | undefined {
  const text = textOf(field);
  if (!field || text === undefined) return undefined;
  const claims: Claim[] = [
    ...claimsFromFindings(ctx.result.findings, field.ref),
    ...scoreClaims(text, ctx.scoreTotal, ctx.grade, ctx.settings),
  ];
  const unplaced = new Set(claims);
  const paragraphs: ReportParagraph[] = [];
  for (const line of splitParagraphs(text)) {
    const { pieces, used } = markClaims(residueFree(line), [...unplaced]);
    used.forEach((c) => unplaced.delete(c));
    if (pieces.every((p) => p.kind === 'text' && isEmptyText(p.text))) continue;
    const runs = piecesToRuns(pieces, field.ref, ctx.unitName);
    const last = pieces[pieces.length - 1];
    if (last?.kind === 'text' && !TERMINAL.test(last.text)) runs.push(outline(OUTLINE.fullStop));
    if (last?.kind === 'placeholder') runs.push(outline(OUTLINE.fullStop));
    paragraphs.push(body(...runs));
  }
  if (paragraphs.length === 0) return undefined;
  // A claim whose words could not be found again (a quote cut short) is still marked, at the end of the text.
  const lastParagraph = paragraphs[paragraphs.length - 1];
  if (unplaced.size > 0 && lastParagraph) {
    const extra = [...unplaced].map((c): ReportRun => ({
      kind: 'unverified',
      text: `【待核实：${c.note}】`,
      rule: c.rule,
      at: field.ref,
    }));
    paragraphs[paragraphs.length - 1] = body(...lastParagraph.runs, ...extra);
  }
  return paragraphs;
}

/** Material text as paragraphs, or a marker paragraph when it is missing (or held only template residue). */
export function materialParagraphs(ctx: Ctx, key: MaterialKey, label: string): ReportParagraph[] {
  const material = ctx.result.model.material;
  const field = material?.fields[key];
  return materialRuns(ctx, field) ?? [body(missing(label, material?.labels[key] ?? field?.ref))];
}

/** Short material (a reason) as runs inside a sentence, or a marker; ends with a full stop. */
export function inlineMaterial(ctx: Ctx, field: Field<string> | undefined, label: string, strip?: RegExp): ReportRun[] {
  const raw = textOf(field);
  const text = raw === undefined || !strip ? raw : raw.replace(strip, '').trim();
  const paragraphs =
    field && text !== undefined && text !== '' ? materialRuns(ctx, { ...field, value: text }) : undefined;
  if (!paragraphs) return [missing(label, field?.ref), outline(OUTLINE.fullStop)];
  const runs = paragraphs.flatMap((p) => [...p.runs]);
  return runs;
}
