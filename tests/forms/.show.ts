import * as fs from 'fs';
import * as path from 'path';
import { inflateRawSync } from 'zlib';
import { checkWorkbook } from '../../src/core/check';
import { readWorkbookGrids } from '../../src/xlsx/read-workbook';
async function main() {
  const id = process.argv[2]!;
  const bytes = fs.readFileSync(path.join(__dirname, id, `${id}.xlsx`));
  const grids = await readWorkbookGrids(new Uint8Array(bytes), { inflateRaw: (d, m) => inflateRawSync(d, { maxOutputLength: Math.max(1, m) }) });
  if (process.argv.includes('-g')) for (const g of grids) { console.log('##', g.name); g.cells.forEach((row, r) => { const t = (row ?? []).map((c, i) => c && !c.mergedFrom && c.value !== null && c.value !== '' ? `${String.fromCharCode(65 + i)}${r + 1}=${JSON.stringify(c.value)}` : '').filter(Boolean).join(' | '); if (t) console.log(t); }); }
  const res = checkWorkbook(grids);
  for (const f of res.findings) console.log(f.severity, f.rule, f.cells.join(','), f.message);
  console.log(JSON.stringify(res.summary));
}
main();
