// Two real project forms of the corpus (tests/forms), filed as one workbook as a department files them: one project
// per sheet, or the second written under the first on one sheet. Nothing invented: every cell is a corpus form's.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { fromA1 } from '../../src/core/grid/a1';
import type { Grid } from '../../src/core/grid/grid';
import { readWorkbookGrids } from '../../src/xlsx/read-workbook';

const FORMS = join(__dirname, '..', 'forms');
/** 棠溪镇's 委托业务 project (2022) and 古城区's 卫片执法 project (2020): national project forms, 万元. */
export const PROJECT_FORMS = [
  { id: 'anhui-tangxi-weituo-2022', sheet: '委托业务' },
  { id: 'yunnan-lijiang-gucheng-weipian-2020', sheet: '卫片执法' },
] as const;
/** The sheet that holds both projects, one under the other. */
export const STACKED_SHEET = '项目表';
/** Empty rows between the two stacked projects. */
const GAP = 2;

const formPath = (id: string) => join(FORMS, id, `${id}.xlsx`);

/** A corpus form's only sheet as a Grid. */
export async function formGrid(id: string): Promise<Grid> {
  const grids = await readWorkbookGrids(new Uint8Array(readFileSync(formPath(id))));
  const [grid] = grids;
  if (!grid || grids.length !== 1) throw new Error(`${id}: one sheet expected`);
  return grid;
}

/** `lower` written under `upper` on one sheet, GAP empty rows between. */
export function stack(upper: Grid, lower: Grid, name: string): Grid {
  const offset = upper.rowCount + GAP;
  const shift = <T extends { row: number }>(p: T): T => ({ ...p, row: p.row + offset });
  return {
    name,
    rowCount: offset + lower.rowCount,
    colCount: Math.max(upper.colCount, lower.colCount),
    cells: [
      ...upper.cells,
      ...Array.from({ length: GAP }, () => undefined),
      ...lower.cells.map((row) => row?.map((c) => (c?.mergedFrom ? { ...c, mergedFrom: shift(c.mergedFrom) } : c))),
    ],
    merges: [...upper.merges, ...lower.merges.map((m) => ({ ...m, top: m.top + offset, bottom: m.bottom + offset }))],
  };
}

/** The workbook as Grids, read by the reader the pane and the CLI use. */
export async function projectGrids(layout: 'sheets' | 'stacked'): Promise<Grid[]> {
  const [a, b] = await Promise.all(PROJECT_FORMS.map(async (f) => ({ ...(await formGrid(f.id)), name: f.sheet })));
  if (!a || !b) throw new Error('two forms expected');
  return layout === 'sheets' ? [a, b] : [stack(a, b, STACKED_SHEET)];
}

/** Copies the only sheet of a corpus form into `into` under `name`, `offset` rows down: values and merges. */
async function copyForm(into: ExcelJS.Worksheet, id: string, offset: number): Promise<number> {
  const source = new ExcelJS.Workbook();
  await source.xlsx.readFile(formPath(id));
  const sheet = source.worksheets[0];
  if (!sheet) throw new Error(`${id}: no sheet`);
  sheet.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.isMerged && cell.master.address !== cell.address) return;
      const target = into.getCell(r + offset, c);
      target.value = cell.value;
      target.numFmt = cell.numFmt;
    });
  });
  for (const range of (sheet.model as { merges?: string[] }).merges ?? []) {
    const [from, to] = range.split(':').map(fromA1);
    if (!from || !to) throw new Error(`${id}: merge ${range}`);
    into.mergeCells(from.row + 1 + offset, from.col + 1, to.row + 1 + offset, to.col + 1);
  }
  return sheet.rowCount;
}

/** The workbook as .xlsx bytes (exceljs), for the CLI and the offline page. */
export async function projectWorkbook(layout: 'sheets' | 'stacked'): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  if (layout === 'sheets') {
    for (const form of PROJECT_FORMS) await copyForm(book.addWorksheet(form.sheet), form.id, 0);
  } else {
    const sheet = book.addWorksheet(STACKED_SHEET);
    let offset = 0;
    for (const form of PROJECT_FORMS) offset += (await copyForm(sheet, form.id, offset)) + GAP;
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
