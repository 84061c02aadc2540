// Annotated copy of a checked workbook: marks each finding at its cell (fill by severity, a note) and adds a first sheet
// 检查结果, by editing the .xlsx parts in place, so everything the marks do not touch stays byte for byte as it was.
import JSZip from 'jszip';
import { rangeFromA1, toA1 } from '../core/grid/a1';
import type { CellRange } from '../core/grid/grid';
import { collectMarks, SEVERITY_FILLS, type CheckedFile, type Mark } from './annotate-model';
import { addNotes } from './annotate-notes';
import { freeSheetName, summaryRows, summarySheetXml } from './annotate-summary';
import { getAttr, setAttr } from './ooxml';
import { editCells } from './sheet-cells';
import { DEFAULT_STYLES_XML, Package, WorkbookParts, WorkbookPartsError } from './xlsx-package';
import { Styles } from './xlsx-styles';

export { SEVERITY_FILLS, type AnnotatedFinding, type CheckedFile } from './annotate-model';

export class AnnotateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AnnotateError';
  }
}

/** Gives each marked cell its marked format, adding cells (and rows) that the sheet does not hold yet. */
function markSheetData(xml: string, marks: readonly Mark[], styles: Styles): string {
  const severityOf = new Map(marks.map((m) => [`${m.row}:${m.col}`, m.severity]));
  return editCells(xml, marks, (at, existing, base, p) => {
    const s = String(styles.withFill(base, SEVERITY_FILLS[severityOf.get(`${at.row}:${at.col}`) ?? 'info']));
    if (!existing) return `<${p}c r="${toA1(at)}" s="${s}"/>`;
    return setAttr(existing.tag, 's', s) + existing.text.slice(existing.tag.length);
  });
}

/** The merged ranges a worksheet part declares. */
function mergesOf(xml: string): CellRange[] {
  return [...xml.matchAll(/<(?:\w+:)?mergeCell\b[^>]*>/g)]
    .map(([tag]) => rangeFromA1(getAttr(tag, 'ref') ?? ''))
    .filter((r) => r !== undefined);
}

/** The 检查结果 sheet's cell formats, appended to the workbook's styles. */
function summaryStyles(styles: Styles) {
  const boldFont = styles.addFont((p) => `<${p}b/><${p}sz val="11"/><${p}name val="宋体"/><${p}charset val="134"/>`);
  const titleFont = styles.addFont((p) => `<${p}b/><${p}sz val="14"/><${p}name val="宋体"/><${p}charset val="134"/>`);
  const plainFont = styles.addFont((p) => `<${p}sz val="11"/><${p}name val="宋体"/><${p}charset val="134"/>`);
  const linkFont = styles.addFont(
    (p) => `<${p}u/><${p}sz val="11"/><${p}color rgb="FF0563C1"/><${p}name val="宋体"/><${p}charset val="134"/>`,
  );
  return {
    title: styles.plain(titleFont),
    label: styles.plain(boldFont),
    header: styles.plain(boldFont, { fill: 'FFD9D9D9', center: true }),
    wrap: styles.plain(plainFont, { wrap: true }),
    link: styles.plain(linkFont, { wrap: true }),
    severity: {
      error: styles.plain(plainFont, { fill: SEVERITY_FILLS.error, center: true }),
      warning: styles.plain(plainFont, { fill: SEVERITY_FILLS.warning, center: true }),
      info: styles.plain(plainFont, { fill: SEVERITY_FILLS.info, center: true }),
    },
  };
}

/** VML drawing blocks (o:idmap data) already used, so new drawings take fresh shape ids. */
async function vmlBlocks(pkg: Package): Promise<() => number> {
  const usedBlocks = new Set<number>();
  for (const path of pkg.paths().filter((p) => /\.vml$/i.test(p)))
    for (const m of ((await pkg.read(path)) ?? '').matchAll(/<o:idmap\b[^>]*data="([^"]*)"/g))
      for (const n of (m[1] ?? '').split(',')) usedBlocks.add(Number(n));
  return () => {
    let n = 1;
    while (usedBlocks.has(n)) n++;
    usedBlocks.add(n);
    return n;
  };
}

/**
 * The annotated copy of `bytes` (an .xlsx the check has read): every finding's cells filled by severity with a note
 * (appended to a note already there), and a first sheet 检查结果. Every other part of the package is left as it was.
 */
export async function annotateWorkbook(bytes: Uint8Array, checked: CheckedFile): Promise<Uint8Array> {
  const pkg = new Package(await JSZip.loadAsync(bytes));
  let parts: WorkbookParts;
  try {
    parts = await WorkbookParts.open(pkg);
  } catch (error) {
    if (error instanceof WorkbookPartsError) throw new AnnotateError(error.message);
    throw error;
  }
  const sheets = parts.sheets();
  const stylesPath = parts.stylesPath();
  const styles = new Styles((await pkg.read(stylesPath)) ?? DEFAULT_STYLES_XML);

  const sheetXmls = new Map<string, string>();
  for (const sheet of sheets) if (sheet.part) sheetXmls.set(sheet.name, (await pkg.read(sheet.part)) ?? '');
  const merges = new Map([...sheetXmls].filter(([, xml]) => xml).map(([name, xml]) => [name, mergesOf(xml)]));
  const marks = collectMarks(checked.findings, merges);
  const vmlBlock = await vmlBlocks(pkg);

  for (const sheet of sheets) {
    const original = sheetXmls.get(sheet.name);
    if (original === undefined) continue;
    let xml = original;
    const sheetMarks = [...(marks.get(sheet.name)?.values() ?? [])];
    if (sheetMarks.length > 0) {
      xml = markSheetData(xml, sheetMarks, styles);
      xml = await addNotes(pkg, parts, sheet.part, xml, sheetMarks, vmlBlock);
    }
    // 检查结果 becomes the one selected sheet: another sheet left selected would group the tabs in Excel.
    xml = xml.replace(/(<(?:\w+:)?sheetView\b[^>]*?)\s+tabSelected="(?:1|true)"/g, '$1');
    if (xml !== original) pkg.write(sheet.part, xml);
  }

  const { rows, headerRow } = summaryRows(checked, summaryStyles(styles));
  pkg.write(stylesPath, styles.toXml());
  parts.addSheet(freeSheetName(sheets.map((s) => s.name)), summarySheetXml(rows, headerRow), 'first');
  parts.save();
  return pkg.toBytes();
}
