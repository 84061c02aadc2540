// The report's front: 附件6, the title, 评价年度 / 评价单位 / 填报日期 and the opening paragraph (report.md outline).
import { fillTemplate } from '../../core/messages';
import { formatDateChinese } from '../../core/text/dates';
import type { ReportParagraph, ReportRun } from '../report-model';
import { body, generated, missing, outline, textOf, type Ctx } from '../report-runs';
import { MISSING, OUTLINE, SENTENCES as S } from '../report-text';

function unitRun(ctx: Ctx): ReportRun {
  const { data, score } = ctx.result.model;
  const field =
    textOf(data?.unit) !== undefined ? data?.unit : textOf(score?.unit) !== undefined ? score?.unit : undefined;
  const text = textOf(field);
  return field && text !== undefined
    ? { kind: 'material', text, source: field.ref }
    : missing(MISSING.unit, data?.unit?.ref);
}

function yearRun(ctx: Ctx): ReportRun {
  const year = ctx.result.model.data?.year;
  return year?.value != null
    ? generated(fillTemplate(S.yearValue, { year: year.value }), [year.ref])
    : missing(MISSING.year, year?.ref);
}

export function buildFront(ctx: Ctx): ReportParagraph[] {
  const data = ctx.result.model.data;
  const material = ctx.result.model.material;
  const filedOn = data?.filedOn;
  const noticeTitle = textOf(material?.fields.noticeTitle);
  const noticeNumber = textOf(material?.fields.noticeNumber);
  const titleRun: ReportRun =
    noticeTitle !== undefined && material?.fields.noticeTitle
      ? {
          kind: 'material',
          text: noticeTitle.replace(/^《/, '').replace(/》$/, ''),
          source: material.fields.noticeTitle.ref,
        }
      : missing(MISSING.noticeTitle, material?.labels.noticeTitle);
  const numberRun: ReportRun =
    noticeNumber !== undefined && material?.fields.noticeNumber
      ? {
          kind: 'material',
          text: noticeNumber.replace(/^（/, '').replace(/）$/, ''),
          source: material.fields.noticeNumber.ref,
        }
      : missing(MISSING.noticeNumber, material?.labels.noticeNumber);
  return [
    { role: 'attachment', runs: [outline(OUTLINE.attachment)] },
    { role: 'title', runs: [outline(OUTLINE.title)] },
    { role: 'meta', runs: [outline(OUTLINE.yearLine), yearRun(ctx)] },
    { role: 'meta', runs: [outline(OUTLINE.unitLine), unitRun(ctx)] },
    {
      role: 'meta',
      runs: [
        outline(OUTLINE.filedOnLine),
        filedOn?.value
          ? generated(formatDateChinese(filedOn.value), [filedOn.ref])
          : missing(MISSING.filedOn, filedOn?.ref),
      ],
    },
    body(
      outline(OUTLINE.openingStart),
      titleRun,
      outline(OUTLINE.openingMiddle),
      numberRun,
      outline(OUTLINE.openingBody),
      yearRun(ctx),
      unitRun(ctx),
      outline(OUTLINE.openingEnd),
    ),
  ];
}
