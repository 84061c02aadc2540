// 四、其他自评情况: the 报告素材 text, or the outline's default sentence.
import { materialRuns } from '../material-runs';
import type { ReportParagraph, ReportSection } from '../report-model';
import { body, outline, section, type Ctx } from '../report-runs';
import { HEADINGS, OUTLINE } from '../report-text';

function otherParagraphs(ctx: Ctx): ReportParagraph[] {
  return materialRuns(ctx, ctx.result.model.material?.fields.other) ?? [body(outline(OUTLINE.otherDefault))];
}

export function otherSection(ctx: Ctx): ReportSection {
  return section('4', 1, HEADINGS.other, otherParagraphs(ctx));
}
