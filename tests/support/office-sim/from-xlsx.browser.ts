// from-xlsx.ts in the browser page: exceljs stays in Node, where the test runs the one loader for the page
// (exposed as `__officeSimReadXlsx` by tests/e2e/profile-page.ts), so both sides read a workbook identically.
import type { SimSheetInit } from './sim';

type ReadXlsx = (base64: string) => Promise<SimSheetInit[]>;

function base64Of(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

export async function sheetsFromXlsx(bytes: Uint8Array): Promise<SimSheetInit[]> {
  const read = (globalThis as { __officeSimReadXlsx?: ReadXlsx }).__officeSimReadXlsx;
  if (!read) throw new Error('office-sim: the test did not expose __officeSimReadXlsx');
  return read(base64Of(bytes));
}
