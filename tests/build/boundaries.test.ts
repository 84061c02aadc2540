// The layer boundaries are enforced by eslint.config.js: each known violation below must fail lint, and the same
// import in a folder where it is allowed must pass (so the test proves the rule, not a broken config).
import path from 'node:path';
import { ESLint } from 'eslint';

const ROOT = path.resolve(__dirname, '..', '..');
// The config is passed in rather than found on disk: ESLint loads a found config with import(), which jest forbids.
const config = require(path.join(ROOT, 'eslint.config.js'));
const eslint = new ESLint({ cwd: ROOT, overrideConfigFile: true, overrideConfig: config });

async function restrictedIn(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return (result?.messages ?? [])
    .filter((m) => /^no-restricted-(imports|globals|properties)$/.test(m.ruleId ?? ''))
    .map((m) => m.ruleId as string);
}

const violations: readonly (readonly [string, string, string])[] = [
  ['office-js global in core', 'src/core/probe.ts', 'export const n = Excel.run;\n'],
  ['node:fs in core', 'src/core/probe.ts', "import fs from 'node:fs';\nexport const f = fs;\n"],
  ['React in core', 'src/core/probe.ts', "import React from 'react';\nexport const r = React;\n"],
  ['the report reaching the task pane', 'src/report/probe.ts', "export { App } from '../taskpane/App/App';\n"],
  ['React in excel', 'src/excel/probe.ts', "import React from 'react';\nexport const r = React;\n"],
  ['Fluent UI in excel', 'src/excel/probe.ts', "export { Button } from '@fluentui/react-components';\n"],
  ['excel -> taskpane (the contract lives in src/host)', 'src/excel/probe.ts', "export * from '../taskpane/messages';\n"],
  ['office-js in the host contract', 'src/host/probe.ts', 'export const n = Office.context;\n'],
  ['the host contract reaching excel', 'src/host/probe.ts', "export * from '../excel/run-excel';\n"],
  ['excel -> cli', 'src/excel/probe.ts', "export { main } from '../cli/main';\n"],
  ['cli -> excel', 'src/cli/probe.ts', "export { createExcelGateway } from '../excel/excel-gateway';\n"],
  ['office-js global in cli', 'src/cli/probe.ts', 'export const o = Office.context;\n'],
  ['Excel.run in the task pane', 'src/taskpane/probe.ts', 'export const go = () => Excel.run(async () => {});\n'],
  ['a task pane component importing excel', 'src/taskpane/App/probe.tsx', "export * from '../../excel/highlight';\n"],
  ['exceljs in the task pane', 'src/taskpane/probe.ts', "import ExcelJS from 'exceljs';\nexport const x = ExcelJS;\n"],
  ['node:fs in the web page', 'src/web/probe.ts', "import fs from 'node:fs';\nexport const f = fs;\n"],
  ['the web page reaching the office-js adapter', 'src/web/probe.ts', "export * from '../excel/excel-gateway';\n"],
  ['the web page reaching the CLI', 'src/web/WebPage/probe.tsx', "export { main } from '../../cli/main';\n"],
  ['office-js global in the web page', 'src/web/probe.ts', 'export const o = Office.context;\n'],
  ['Excel.run in the web page', 'src/web/probe.ts', 'export const go = () => Excel.run(async () => {});\n'],
  ['the task pane reaching the web page', 'src/taskpane/App/probe.tsx', "export * from '../../web/web-messages';\n"],
  ['xlsx reaching Node', 'src/xlsx/probe.ts', "import fs from 'node:fs';\nexport const f = fs;\n"],
  ['exceljs in the host contract', 'src/host/probe.ts', "import ExcelJS from 'exceljs';\nexport const x = ExcelJS;\n"],
  ['the host contract reaching xlsx', 'src/host/probe.ts', "export * from '../xlsx/read-workbook';\n"],
  ['office-js global in the file host', 'src/host/file/probe.ts', 'export const n = Excel.run;\n'],
  ['Office in the file host', 'src/host/file/probe.ts', 'export const o = Office.context;\n'],
  ['React in the file host', 'src/host/file/probe.ts', "import React from 'react';\nexport const r = React;\n"],
  ['the file host reaching the task pane', 'src/host/file/probe.ts', "export * from '../../taskpane/messages';\n"],
  ['the file host reaching excel', 'src/host/file/probe.ts', "export * from '../../excel/write-back';\n"],
  ['the file host reaching the cli', 'src/host/file/probe.ts', "export { main } from '../../cli/main';\n"],
  ['the file host reaching the report UI', 'src/host/file/probe.ts', "export * from '../../report/report-docx';\n"],
  ['node:fs in the file host', 'src/host/file/probe.ts', "import fs from 'node:fs';\nexport const f = fs;\n"],
  ['Buffer in the file host', 'src/host/file/probe.ts', 'export const b = Buffer.from([]);\n'],
];

describe('layer boundaries', () => {
  it.each(violations)('%s fails lint', async (_name, file, code) => {
    expect(await restrictedIn(file, code)).not.toEqual([]);
  });

  const allowed: readonly (readonly [string, string, string])[] = [
    ['Excel.run in excel', 'src/excel/probe.ts', 'export const go = () => Excel.run(async () => {});\n'],
    ['node:fs in cli', 'src/cli/probe.ts', "import fs from 'node:fs';\nexport const f = fs;\n"],
    ['the add-in entry wiring excel', 'src/taskpane/index.tsx', "export * from '../excel/excel-gateway';\n"],
    ['core from the report', 'src/report/probe.ts', "export * from '../core/finding';\n"],
    ['the contract from excel', 'src/excel/probe.ts', "export * from '../host/workbook-host';\n"],
    ['the contract from the task pane', 'src/taskpane/App/probe.tsx', "export * from '../../host/workbook-host';\n"],
    ['the web page using the task pane', 'src/web/WebPage/probe.tsx', "export { App } from '../../taskpane/App/App';\n"],
    ['the web page using xlsx and report', 'src/web/probe.ts', "export * from '../xlsx/annotate';\nexport * from '../report/build-report';\n"],
    ['the web page using the file host', 'src/web/probe.ts', "export * from '../host/file/file-host';\n"],
    ['core from the file host', 'src/host/file/probe.ts', "export * from '../../core/check';\n"],
    ['xlsx from the file host', 'src/host/file/probe.ts', "export * from '../../xlsx/read-workbook';\n"],
    ['the contract from the file host', 'src/host/file/probe.ts', "export * from '../workbook-host';\n"],
    ['exceljs in the file host', 'src/host/file/probe.ts', "import ExcelJS from 'exceljs';\nexport const x = ExcelJS;\n"],
    ['jszip in the file host', 'src/host/file/probe.ts', "import JSZip from 'jszip';\nexport const z = JSZip;\n"],
  ];
  it.each(allowed)('%s passes', async (_name, file, code) => {
    expect(await restrictedIn(file, code)).toEqual([]);
  });
});
