// The reference template's sheets under names that clash with no sheet of a workbook (Excel ignores case), with the
// cross-sheet references of their formulas renamed too: what every host inserts.
import type ExcelJS from 'exceljs';
import { buildReferenceWorkbook, REFERENCE_SHEET_NAMES, type ReferenceKind } from './reference-workbook';

/** The template's names, or all of them with the first suffix (" ({{n}})") that clashes with no sheet. */
export function freeSheetNames(wanted: readonly string[], existing: readonly string[], suffix: string): string[] {
  const taken = new Set(existing.map((name) => name.toLowerCase()));
  for (let n = 1; ; n++) {
    const names = n === 1 ? [...wanted] : wanted.map((name) => name + suffix.replace('{{n}}', String(n)));
    if (names.every((name) => !taken.has(name.toLowerCase()))) return names;
  }
}

function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** Renames the template's sheets before packing, and the cross-sheet references in its formulas with them. */
export function renameSheets(workbook: ExcelJS.Workbook, renames: ReadonlyMap<string, string>): void {
  if (renames.size === 0) return;
  for (const sheet of workbook.worksheets) sheet.name = renames.get(sheet.name) ?? sheet.name;
  for (const sheet of workbook.worksheets) {
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        const value = cell.value;
        if (!value || typeof value !== 'object' || !('formula' in value) || typeof value.formula !== 'string') return;
        let formula = value.formula;
        for (const [from, to] of renames)
          formula = formula
            .split(`${quoteSheet(from)}!`)
            .join(`${quoteSheet(to)}!`)
            .split(`${from}!`)
            .join(`${quoteSheet(to)}!`);
        cell.value = { ...value, formula } as ExcelJS.CellValue;
      }),
    );
  }
}

/** The reference workbook (`build` replaces its builder in tests) with its sheets renamed to fit beside `existing`. */
export function templateForWorkbook(
  kind: ReferenceKind,
  existing: readonly string[],
  suffix: string,
  build: (kind: ReferenceKind) => ExcelJS.Workbook = buildReferenceWorkbook,
): { readonly workbook: ExcelJS.Workbook; readonly names: string[] } {
  const wanted = Object.values(REFERENCE_SHEET_NAMES);
  const names = freeSheetNames(wanted, existing, suffix);
  const workbook = build(kind);
  renameSheets(
    workbook,
    new Map(wanted.map((name, i) => [name, names[i] ?? name] as const).filter(([from, to]) => from !== to)),
  );
  return { workbook, names };
}
