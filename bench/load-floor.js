// The floor of `ziping check DIR`: only open and load every .xlsx in DIR with exceljs, one after another, nothing else.
'use strict';
const { readdirSync, readFileSync } = require('node:fs');
const { join } = require('node:path');
const ExcelJS = require('exceljs');

async function run(dir) {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.xlsx'))
    .sort();
  for (const file of files) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(join(dir, file)));
  }
  process.stdout.write(`${files.length}\n`);
}

run(process.argv[2] ?? '.').catch((err) => {
  process.stderr.write(`${err && err.message ? err.message : err}\n`);
  process.exitCode = 1;
});
