// Plain-text rendering of the report: one paragraph a line, for the clipboard and `ziping report --format txt`.
import { flattenSections, paragraphText, type Report } from './report-model';

export function reportToText(report: Report): string {
  const lines: string[] = report.front.map(paragraphText);
  for (const section of flattenSections(report)) {
    lines.push(section.heading);
    for (const paragraph of section.paragraphs) lines.push(paragraphText(paragraph));
  }
  return `${lines.join('\n')}\n`;
}
