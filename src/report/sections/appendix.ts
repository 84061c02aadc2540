// The optional appendix: every generated sentence with the cells it came from.
import { toA1 } from '../../core/grid/a1';
import { fillTemplate } from '../../core/messages';
import { formatCellRef } from '../../core/text/format';
import { reportRuns, type GeneratedRun, type Report, type ReportParagraph, type ReportSection } from '../report-model';
import { outline, section } from '../report-runs';
import { HEADINGS, JOIN, SENTENCES as S } from '../report-text';

export function appendixSection(sections: readonly ReportSection[], front: readonly ReportParagraph[]): ReportSection {
  const draft: Report = { front, sections, meta: { amountUnit: '元' } };
  const lines = reportRuns(draft)
    .filter((r): r is GeneratedRun => r.kind === 'generated' && r.sources.length > 0)
    .map((run, i): ReportParagraph => ({
      role: 'appendix',
      runs: [
        outline(
          fillTemplate(S.appendixLine, {
            n: i + 1,
            text: run.text,
            cells: run.sources.map((s) => formatCellRef(s.sheet, toA1(s))).join(JOIN.list),
          }),
        ),
      ],
    }));
  return section('appendix', 1, HEADINGS.appendix, lines);
}
