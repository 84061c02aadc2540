// Writes N copies of the sample with varied figures (indicator results, a budget amount, a score), so results differ.
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toA1 } from '../src/core/grid/a1';
import type { CellRef } from '../src/core/grid/grid';
import { leavesOf } from '../src/core/template/parse-score-sheet';
import { recognizeWorkbook } from '../src/core/template/recognize-workbook';
import { readWorkbookGrids } from '../src/xlsx/read-workbook';

const numeric = (value: ExcelJS.CellValue): value is number => typeof value === 'number';

export async function writeBatch(samplePath: string, dir: string, count: number): Promise<string[]> {
  const bytes = readFileSync(samplePath);
  const { model } = recognizeWorkbook(await readWorkbookGrids(new Uint8Array(bytes)));
  const indicatorActuals: CellRef[] = (model.data?.indicators?.rows ?? []).map((r) => r.actual.ref);
  const projectActual = model.data?.budget?.rows.find((r) => r.kind === 'project')?.actual?.ref;
  const leafScores = leavesOf(model.score?.roots ?? []).flatMap((leaf) => (leaf.score ? [leaf.score.ref] : []));
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    const cell = (ref: CellRef) => wb.getWorksheet(ref.sheet)?.getCell(toA1(ref));
    indicatorActuals.forEach((ref, k) => {
      const c = cell(ref);
      if (c && numeric(c.value)) c.value = Math.round(c.value * (1 + (((i + k) % 11) - 5) / 100) * 100) / 100;
    });
    const project = projectActual && cell(projectActual);
    if (project && numeric(project.value)) project.value = project.value + i * 100;
    const leaf = leafScores[i % Math.max(1, leafScores.length)];
    const score = leaf && cell(leaf);
    if (score && numeric(score.value)) score.value = Math.max(0, score.value - (i % 3));
    const file = join(dir, `unit-${String(i).padStart(3, '0')}.xlsx`);
    await wb.xlsx.writeFile(file);
    files.push(file);
  }
  return files;
}
