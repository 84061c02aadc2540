// The parts every report shares around its own sections: the draft line while errors are open, the 数据来源 appendix
// when asked for, and the draft flag the edges use to label the file.
import type { Finding } from '../core/finding';
import { fillTemplate } from '../core/messages';
import type { Report, ReportOptions, ReportParagraph, ReportSection } from './report-model';
import { outline } from './report-runs';
import { DRAFT } from './report-text';
import { appendixSection } from './sections/appendix';

export type ReportParts = {
  readonly front: readonly ReportParagraph[];
  readonly sections: readonly ReportSection[];
  readonly openErrors: readonly Finding[];
  readonly meta: Report['meta'];
};

export function assembleReport(parts: ReportParts, options: ReportOptions): Report {
  const { sections, openErrors, meta } = parts;
  const draftLine: ReportParagraph[] =
    openErrors.length > 0
      ? [{ role: 'draft', runs: [outline(fillTemplate(DRAFT.firstLine, { count: openErrors.length }))] }]
      : [];
  const front = [...draftLine, ...parts.front];
  return {
    front,
    sections: [...sections],
    ...(options.sourceAppendix ? { appendix: appendixSection(sections, front) } : {}),
    meta,
    ...(openErrors.length > 0 ? { draft: { openErrors } } : {}),
  };
}
