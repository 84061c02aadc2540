// Writes the shipped reference workbooks (assets/template-blank.xlsx, assets/sample-2024.xlsx) from src/xlsx.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { writeReferenceWorkbook } from '../src/xlsx/reference-workbook';

const ASSETS = path.resolve(__dirname, '..', 'assets');
const OUTPUTS = [
  { kind: 'blank', file: 'template-blank.xlsx' },
  { kind: 'sample', file: 'sample-2024.xlsx' },
] as const;

/** Sheet models as exceljs reads them back: values, formulas, styles, merges, widths, page setup. */
async function contentOf(bytes: Uint8Array): Promise<string> {
  const wb = new ExcelJS.Workbook();
  // exceljs types its input as its own ArrayBuffer-like Buffer; in Node it reads a Node Buffer.
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return JSON.stringify(wb.worksheets.map((ws) => ws.model));
}

async function readExisting(file: string): Promise<Uint8Array | undefined> {
  try {
    return await readFile(file);
  } catch {
    return undefined;
  }
}

async function main(): Promise<void> {
  await mkdir(ASSETS, { recursive: true });
  for (const { kind, file } of OUTPUTS) {
    const target = path.join(ASSETS, file);
    const bytes = await writeReferenceWorkbook(kind);
    const existing = await readExisting(target);
    const name = path.relative(process.cwd(), target);
    // The zip entries carry the time of writing, so identical content still gives new bytes: keep the old file then.
    if (existing && (await contentOf(existing)) === (await contentOf(bytes))) {
      console.log(`${name} unchanged`);
      continue;
    }
    await writeFile(target, bytes);
    console.log(`wrote ${name}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
