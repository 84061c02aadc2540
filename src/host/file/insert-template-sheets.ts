// insertTemplate on the file: the reference workbook is built and packed with exceljs (src/xlsx), and its sheet parts
// are copied into the held package after the last sheet: their cell formats appended to the workbook's styles, their
// shared strings made inline. The workbook's own parts are edited in place, never round-tripped through exceljs.
import JSZip from 'jszip';
import type { ReferenceKind } from '../../xlsx/reference-workbook';
import { parseRels, resolveTarget } from '../../xlsx/ooxml';
import { templateForWorkbook } from '../../xlsx/template-sheets';
import { DEFAULT_STYLES_XML, Package, WorkbookParts } from '../../xlsx/xlsx-package';
import { HOST_SHEET_NAMES } from '../host-texts';
import type { InsertResult } from '../workbook-host';
import type { FileWorkbook } from './file-workbook';

const SHARED_STRINGS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings';

/** Each <si> item's content (a CT_Rst, which is what an inline string <is> holds too). */
function sharedStrings(xml: string | undefined): string[] {
  return [...(xml ?? '').matchAll(/<(?:\w+:)?si\b[^>]*>([\s\S]*?)<\/(?:\w+:)?si>|<(?:\w+:)?si\s*\/>/g)].map(
    (m) => m[1] ?? '',
  );
}

/** A template sheet part made to fit the workbook: cell formats renumbered, strings inline, not selected. */
function adoptSheet(xml: string, formats: readonly number[], strings: readonly string[]): string {
  const format = (n: string | undefined) => String(formats[Number(n ?? 0)] ?? 0);
  return xml
    .replace(/<c\b([^>]*?)\st="s"([^>]*)>\s*<v>(\d+)<\/v>\s*<\/c>/g, (_, a: string, b: string, i: string) => {
      return `<c${a} t="inlineStr"${b}><is>${strings[Number(i)] ?? '<t></t>'}</is></c>`;
    })
    .replace(/<c\b[^>]*>/g, (tag) => tag.replace(/\ss="(\d+)"/, (_, n: string) => ` s="${format(n)}"`))
    .replace(/<row\b[^>]*>/g, (tag) => tag.replace(/\ss="(\d+)"/, (_, n: string) => ` s="${format(n)}"`))
    .replace(/<col\b[^>]*>/g, (tag) => tag.replace(/\sstyle="(\d+)"/, (_, n: string) => ` style="${format(n)}"`))
    .replace(/(<sheetView\b[^>]*?)\s+tabSelected="(?:1|true)"/g, '$1');
}

export async function insertTemplateSheets(book: FileWorkbook, kind: ReferenceKind): Promise<InsertResult> {
  const existing = book.parts.sheets().map((s) => s.name);
  const { workbook } = templateForWorkbook(kind, existing, HOST_SHEET_NAMES.copySuffix);
  const template = new Package(await JSZip.loadAsync(new Uint8Array(await workbook.xlsx.writeBuffer())));
  const parts = await WorkbookParts.open(template);
  const stringsRel = parseRels(parts.workbookRels).find((r) => r.type === SHARED_STRINGS);
  const strings = sharedStrings(
    stringsRel ? await template.read(resolveTarget(parts.workbookDir, stringsRel.target)) : undefined,
  );
  const templateStyles = (await template.read(parts.stylesPath())) ?? DEFAULT_STYLES_XML;
  const formats = await book.withStyles((styles) => styles.importCellFormats(templateStyles));
  const inserted: string[] = [];
  for (const sheet of parts.sheets()) {
    const xml = await template.read(sheet.part);
    if (xml === undefined) continue;
    book.parts.addSheet(sheet.name, adoptSheet(xml, formats, strings), 'last');
    inserted.push(sheet.name);
  }
  book.sheetsChanged();
  return { inserted };
}
