// The 自评报告 sheet in the file: one paragraph per row of column A as text, wrapped, top-aligned, about 90 characters
// wide, each row as high as its lines (Excel would autofit them; a file has to state it).
import { escapeXml, relsPathOf } from '../../xlsx/ooxml';
import { displayWidth } from '../../xlsx/text-width';
import { NS, XML_HEAD } from '../../xlsx/xlsx-package';
import { HOST_SHEET_NAMES } from '../host-texts';
import type { FileWorkbook } from './file-workbook';

export const REPORT_SHEET = HOST_SHEET_NAMES.report;

/** Column A's width in Excel's character units: about 90 characters of the default font. */
const REPORT_COLUMN_WIDTH = 90;
const LINE_HEIGHT_POINTS = 15;

function reportSheetXml(paragraphs: readonly string[], style: number): string {
  const rows = (paragraphs.length === 0 ? [''] : paragraphs)
    .map((text, i) => {
      const lines = Math.max(1, Math.ceil(displayWidth(text) / REPORT_COLUMN_WIDTH));
      const height = lines > 1 ? ` ht="${lines * LINE_HEIGHT_POINTS}" customHeight="1"` : '';
      // Inline strings are text whatever they start with ("=", digits): the paragraph stays the text it is.
      const cell = `<c r="A${i + 1}" s="${style}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(text)}</t></is></c>`;
      return `<row r="${i + 1}"${height}>${cell}</row>`;
    })
    .join('');
  return (
    `${XML_HEAD}<worksheet xmlns="${NS.main}" xmlns:r="${NS.rel}">` +
    `<dimension ref="A1:A${Math.max(1, paragraphs.length)}"/>` +
    '<sheetViews><sheetView workbookViewId="0"/></sheetViews>' +
    `<sheetFormatPr defaultRowHeight="${LINE_HEIGHT_POINTS}"/>` +
    `<cols><col min="1" max="1" width="${REPORT_COLUMN_WIDTH}" customWidth="1"/></cols>` +
    `<sheetData>${rows}</sheetData>` +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    '</worksheet>'
  );
}

/**
 * Writes the report sheet; 'exists' when it exists and `replace` is false. Replacing rewrites the sheet's part from
 * scratch (no stale rows or formats survive) where the sheet stands; Excel would delete it and add it at the end.
 */
export async function writeReportPart(
  book: FileWorkbook,
  paragraphs: readonly string[],
  replace: boolean,
): Promise<'written' | 'exists'> {
  const existing = book.sheet(REPORT_SHEET);
  if (existing && !replace) return 'exists';
  const style = await book.withStyles((styles) => styles.plain(0, { wrap: true }));
  const xml = reportSheetXml(paragraphs, style);
  if (existing?.part) {
    book.pkg.write(existing.part, xml);
    book.pkg.remove(relsPathOf(existing.part));
  } else book.parts.addSheet(REPORT_SHEET, xml, 'last');
  book.sheetsChanged();
  return 'written';
}
