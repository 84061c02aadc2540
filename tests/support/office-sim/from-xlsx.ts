// A workbook as Excel would hold it after opening an .xlsx: what the simulation starts from (SimWorkbook.fromXlsx) and
// what insertWorksheetsFromBase64 adds. Read from exceljs's cell model, independently of src/xlsx's Grid reader.
// In the browser page this module is swapped for from-xlsx.browser.ts, which asks the test (Node) to run it.
import ExcelJS from 'exceljs';
import type { SimCell, SimFill, SimSheetInit } from './sim';

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** What Excel would hold for one exceljs value: office-js shows dates as serials and rich text as its text. */
export function officeValue(value: unknown): Pick<SimCell, 'value' | 'error'> {
  if (value instanceof Date) return { value: (value.getTime() - EXCEL_EPOCH) / 86400000 };
  if (value === null || value === undefined) return { value: null };
  if (typeof value !== 'object') return { value: value as string | number | boolean };
  const v = value as { error?: string; richText?: { text: string }[]; text?: string };
  if (v.error) return { error: v.error };
  if (v.richText) return { value: v.richText.map((part) => part.text).join('') };
  return { value: v.text ?? null };
}

/** The default Office theme's colours, for fills given by theme index (tints are not applied). */
const THEME = ['#FFFFFF', '#000000', '#E7E6E6', '#44546A', '#4472C4', '#ED7D31', '#A5A5A5', '#FFC000', '#5B9BD5'];
const PATTERNS: Readonly<Record<string, string>> = {
  solid: 'Solid',
  darkGray: 'Gray75',
  mediumGray: 'Gray50',
  lightGray: 'Gray25',
  gray125: 'Gray16',
  gray0625: 'Gray8',
  darkHorizontal: 'Horizontal',
  darkVertical: 'Vertical',
  darkDown: 'Down',
  darkUp: 'Up',
  darkGrid: 'Checker',
  darkTrellis: 'CrissCross',
  lightHorizontal: 'LightHorizontal',
  lightVertical: 'LightVertical',
  lightDown: 'LightDown',
  lightUp: 'LightUp',
  lightGrid: 'Grid',
  lightTrellis: 'CrissCross',
};

function colourOf(color: Partial<ExcelJS.Color> | undefined, fallback: string): string {
  if (color?.argb) return `#${color.argb.slice(-6).toUpperCase()}`;
  if (color?.theme !== undefined) return THEME[color.theme] ?? fallback;
  return fallback;
}

/** A cell's fill as office-js reports it (RangeFill.color / pattern / patternColor); null for none. */
export function officeFill(fill: ExcelJS.Fill | undefined): SimFill {
  if (!fill || fill.type !== 'pattern' || fill.pattern === 'none') return null;
  if (fill.pattern === 'solid') return { color: colourOf(fill.fgColor, '#000000'), pattern: 'Solid' };
  return {
    color: colourOf(fill.bgColor, '#FFFFFF'),
    pattern: PATTERNS[fill.pattern] ?? fill.pattern,
    patternColor: colourOf(fill.fgColor, '#000000'),
  };
}

const VISIBILITY = { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' } as const;

export async function sheetsFromXlsx(bytes: Uint8Array): Promise<SimSheetInit[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook.worksheets.map((sheet) => {
    const cells: Record<string, SimCell> = {};
    sheet.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        const fill = officeFill(cell.fill);
        const isFormula = cell.type === ExcelJS.ValueType.Formula;
        // A merged area's value is its first cell's; the cells it covers keep only their format.
        const content =
          cell.isMerged && cell.master !== cell
            ? {}
            : {
                ...officeValue(isFormula ? cell.result : cell.value),
                ...(isFormula ? { formula: `=${cell.formula}` } : {}),
              };
        const entry: SimCell = {
          ...content,
          ...(cell.numFmt ? { numberFormat: cell.numFmt } : {}),
          ...(fill ? { fill } : {}),
        };
        if (Object.keys(entry).length > 0) cells[cell.address] = entry;
      }),
    );
    return {
      name: sheet.name,
      cells,
      merges: [...(sheet.model.merges ?? [])],
      visibility: VISIBILITY[sheet.state] ?? 'Visible',
      protected: (sheet as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet === true,
    };
  });
}
