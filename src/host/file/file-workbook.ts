// The workbook file the file host holds: its zip parts edited in place (src/xlsx), the Grids read from it with the
// same exceljs reader as the CLI (re-read after each edit), and the bookkeeping every edit shares.
import type { Grid } from '../../core/grid/grid';
import { insertTopLevel, parseRels, resolveTarget, rootPrefix, setAttr } from '../../xlsx/ooxml';
import { readWorkbookGrids } from '../../xlsx/read-workbook';
import {
  DEFAULT_STYLES_XML,
  NS,
  removeOverride,
  type Package,
  type SheetEntry,
  type WorkbookParts,
} from '../../xlsx/xlsx-package';
import { Styles } from '../../xlsx/xlsx-styles';
import { HOST_ERROR_NAME } from '../workbook-host';
import { FILE_HOST_MESSAGES, fillText } from './file-host-texts';

/** An error the file host rejects with on purpose: its message is Chinese and fit to show. */
export class FileHostError extends Error {
  constructor(message: string) {
    super(message);
    this.name = HOST_ERROR_NAME;
  }
}

/** Children of <workbook> that follow <calcPr> (schema order). */
const AFTER_CALC_PR = [
  'oleSize',
  'customWorkbookViews',
  'pivotCaches',
  'smartTagPr',
  'smartTagTypes',
  'webPublishing',
  'fileRecoveryPr',
  'webPublishObjects',
  'extLst',
];

export class FileWorkbook {
  private grids: Grid[] | undefined;
  private recalcFlagged = false;

  constructor(
    readonly pkg: Package,
    readonly parts: WorkbookParts,
    grids: Grid[],
  ) {
    this.grids = grids;
  }

  /** Every worksheet as a Grid, read again (from the current parts) after an edit. */
  async readGrids(): Promise<Grid[]> {
    if (!this.grids) this.grids = await readWorkbookGrids(await this.toBytes());
    return this.grids;
  }

  /** The sheet of that name; Excel matches sheet names without regard to case. */
  sheet(name: string): SheetEntry | undefined {
    const sheets = this.parts.sheets();
    return sheets.find((s) => s.name === name) ?? sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  async sheetXml(sheet: SheetEntry): Promise<string> {
    const xml = sheet.part ? await this.pkg.read(sheet.part) : undefined;
    if (xml === undefined)
      throw new FileHostError(fillText(FILE_HOST_MESSAGES.sheetPartMissing, { sheet: sheet.name }));
    return xml;
  }

  /** Runs `edit` on the styles part (created when the package has none) and writes it back. */
  async withStyles<T>(edit: (styles: Styles) => T): Promise<T> {
    const path = this.parts.stylesPath();
    const styles = new Styles((await this.pkg.read(path)) ?? DEFAULT_STYLES_XML);
    const result = edit(styles);
    this.pkg.write(path, styles.toXml());
    return result;
  }

  /**
   * After cells changed: the Grids are read again, and formulas are recalculated when the file is next opened (the
   * cached results of cells that depend on the written ones are stale; Excel rebuilds the dropped calculation chain).
   */
  cellsChanged(): void {
    this.grids = undefined;
    if (this.recalcFlagged) return;
    this.recalcFlagged = true;
    this.dropCalcChain();
    const wp = rootPrefix(this.parts.workbook, 'workbook');
    const calcPr = new RegExp(`<${wp}calcPr\\b[^>]*?/?>`).exec(this.parts.workbook);
    this.parts.workbook = calcPr
      ? this.parts.workbook.replace(calcPr[0], setAttr(calcPr[0], 'fullCalcOnLoad', '1'))
      : insertTopLevel(
          this.parts.workbook,
          this.parts.workbook.indexOf('>', this.parts.workbook.indexOf(`<${wp}workbook`)) + 1,
          `<${wp}calcPr fullCalcOnLoad="1"/>`,
          AFTER_CALC_PR,
        );
    this.parts.save();
  }

  /** Sheets were added or replaced: the Grids are read again. */
  sheetsChanged(): void {
    this.grids = undefined;
    this.parts.save();
  }

  private dropCalcChain(): void {
    const rels = parseRels(this.parts.workbookRels).filter((r) => r.type === NS.calcChain);
    for (const rel of rels) {
      const path = resolveTarget(this.parts.workbookDir, rel.target);
      this.pkg.remove(path);
      this.parts.contentTypes = removeOverride(this.parts.contentTypes, path);
      this.parts.workbookRels = this.parts.workbookRels.replace(
        new RegExp(`<(?:\\w+:)?Relationship\\b[^>]*\\sId="${rel.id}"[^>]*/>`),
        '',
      );
    }
  }

  toBytes(): Promise<Uint8Array> {
    return this.pkg.toBytes();
  }
}
