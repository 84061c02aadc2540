// 二、自评工作开展情况: （一）评价小组, （二）自评过程, （三）报送 with the accountability sentence, （四）公开一致性.
import { fillTemplate } from '../../core/messages';
import type { Field } from '../../core/template/model';
import { dateFromSerial, formatDateChinese, parseDateText } from '../../core/text/dates';
import { materialParagraphs } from '../material-runs';
import type { ReportParagraph, ReportSection } from '../report-model';
import { body, generated, missing, outline, section, textOf, type Ctx } from '../report-runs';
import { HEADINGS, MISSING, NO_WORDS, OUTLINE, SENTENCES as S, YES_WORDS } from '../report-text';

function submittedDate(field: Field<string>): string {
  if (typeof field.raw === 'number') {
    const date = dateFromSerial(field.raw);
    if (date) return formatDateChinese(date);
  }
  const text = textOf(field) ?? '';
  const reading = parseDateText(text);
  return reading.kind === 'date' ? formatDateChinese(reading.date) : text;
}

function submissionParagraph(ctx: Ctx): ReportParagraph {
  const material = ctx.result.model.material;
  const field = material?.fields.submittedOn;
  const accountability = outline(OUTLINE.accountability);
  if (!field || textOf(field) === undefined)
    return body(missing(MISSING.submittedOn, material?.labels.submittedOn), outline(OUTLINE.fullStop), accountability);
  return body(generated(fillTemplate(S.submitted, { date: submittedDate(field) }), [field.ref]), accountability);
}

function consistencyParagraph(ctx: Ctx): ReportParagraph {
  const material = ctx.result.model.material;
  const field = material?.fields.publicConsistency;
  const text = textOf(field);
  if (!field || text === undefined) return body(missing(MISSING.publicConsistency, material?.labels.publicConsistency));
  const answer = text
    .normalize('NFKC')
    .replace(/[\s。.]/g, '')
    .toUpperCase();
  if ((YES_WORDS as readonly string[]).includes(answer)) return body(generated(S.consistent, [field.ref]));
  if ((NO_WORDS as readonly string[]).includes(answer)) return body(generated(S.inconsistent, [field.ref]));
  return (
    materialParagraphs(ctx, 'publicConsistency', MISSING.publicConsistency)[0] ??
    body(missing(MISSING.publicConsistency))
  );
}

export function workSection(ctx: Ctx): ReportSection {
  return section(
    '2',
    1,
    HEADINGS.work,
    [],
    [
      section('2.1', 2, HEADINGS.team, materialParagraphs(ctx, 'evaluationTeam', MISSING.evaluationTeam)),
      section('2.2', 2, HEADINGS.process, materialParagraphs(ctx, 'evaluationProcess', MISSING.evaluationProcess)),
      section('2.3', 2, HEADINGS.submission, [submissionParagraph(ctx)]),
      section('2.4', 2, HEADINGS.consistency, [consistencyParagraph(ctx)]),
    ],
  );
}
