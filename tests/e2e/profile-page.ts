// The built task pane (build/taskpane.html) inside a simulated Excel host: tests/support/office-sim bundled for the
// browser with esbuild (here, never into src/ or the build) and served under office.js's CDN address, with the host
// profile and the workbook (read from an .xlsx in Node) set before the page loads.
import path from 'node:path';
import { build, type Plugin } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { bytesOfBase64, sheetsFromXlsx, type HostProfile, type SimCell, type SimFill } from '../support/office-sim';
import type { SimPageSetup } from '../support/office-sim/browser';

export const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const SIM = path.join(__dirname, '..', 'support', 'office-sim');

/** In the page, the .xlsx loader is the test's own (exceljs stays in Node): from-xlsx -> from-xlsx.browser. */
const browserLoader: Plugin = {
  name: 'office-sim-browser-loader',
  setup(b) {
    b.onResolve({ filter: /\/from-xlsx$/ }, () => ({ path: path.join(SIM, 'from-xlsx.browser.ts') }));
  },
};

let bundled: Promise<string> | undefined;

/** The simulation as one classic script (what office.js is), bundled once per test file. */
export function officeSimScript(): Promise<string> {
  bundled ??= build({
    entryPoints: [path.join(SIM, 'browser.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    plugins: [browserLoader],
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0]?.text ?? '');
  return bundled;
}

export type SimPage = { readonly page: Page; readonly problems: string[] };

/** A workbook as saved by a page before (savedWorkbook), to open again in a new task pane. */
export type SavedWorkbook = Pick<SimPageSetup, 'sheets' | 'settings' | 'structureProtected'>;

export type OpenOptions = {
  readonly host: HostProfile;
  readonly xlsx: Uint8Array | SavedWorkbook;
  readonly structureProtected?: boolean;
  readonly width?: number;
};

/** Opens the task pane as Excel would after the user opened `xlsx` in `host`; console errors land in `problems`. */
export async function openInSimulatedExcel(browser: Browser, url: string, options: OpenOptions): Promise<SimPage> {
  const page = await browser.newPage({ viewport: { width: options.width ?? 350, height: 900 }, locale: 'zh-CN' });
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  const saved = options.xlsx instanceof Uint8Array ? { sheets: await sheetsFromXlsx(options.xlsx) } : options.xlsx;
  const setup: SimPageSetup = {
    ...saved,
    profile: options.host.id,
    ...(options.structureProtected ? { structureProtected: true } : {}),
  };
  await page.addInitScript((s) => {
    (window as unknown as { __officeSimSetup: unknown }).__officeSimSetup = s;
  }, setup);
  await page.exposeFunction('__officeSimReadXlsx', (base64: string) => sheetsFromXlsx(bytesOfBase64(base64)));
  // Nothing may leave the machine; the later route wins, so office.js is answered by the simulation.
  await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
  const script = await officeSimScript();
  await page.route(OFFICE_JS, (route) => route.fulfill({ contentType: 'text/javascript', body: script }));
  await page.goto(url);
  return { page, problems };
}

type SimWindow = {
  __officeSim: {
    toInit(): SavedWorkbook['sheets'];
    structureProtected: boolean;
    snapshot(options: { fills?: boolean }): Record<string, Record<string, SimCell>>;
    cell(sheet: string, a1: string): SimCell | undefined;
    selection: { sheet: string; address: string } | undefined;
    settings: Map<string, unknown>;
    sheets: { name: string }[];
    syncLog: unknown[];
    unsupportedCalls: string[];
    userEdit(sheet: string, a1: string, value: SimCell['value']): void;
  };
};

/** Every cell's content and format (fills included) as the simulated Excel holds it now. */
export const workbookState = (page: Page) =>
  page.evaluate(() => (window as unknown as SimWindow).__officeSim.snapshot({ fills: true }));

export const fillsOf = async (page: Page, sheet: string): Promise<Record<string, SimFill>> => {
  const cells = (await workbookState(page))[sheet] ?? {};
  return Object.fromEntries(Object.entries(cells).map(([a1, cell]) => [a1, cell.fill ?? null]));
};

export const cellOf = (page: Page, sheet: string, a1: string) =>
  page.evaluate(([s, a]) => (window as unknown as SimWindow).__officeSim.cell(s ?? '', a ?? '') ?? null, [sheet, a1]);

export const selectionOf = (page: Page) =>
  page.evaluate(() => (window as unknown as SimWindow).__officeSim.selection ?? null);

export const sheetNamesOf = (page: Page) =>
  page.evaluate(() => (window as unknown as SimWindow).__officeSim.sheets.map((s) => s.name));

export const settingKeysOf = (page: Page) =>
  page.evaluate(() => [...(window as unknown as SimWindow).__officeSim.settings.keys()]);

/** The user types a value into a cell in Excel. */
export const typeIntoCell = (page: Page, sheet: string, a1: string, value: number | string) =>
  page.evaluate(([s, a, v]) => (window as unknown as SimWindow).__officeSim.userEdit(String(s), String(a), v ?? null), [
    sheet,
    a1,
    value,
  ] as const);

/** How many times the add-in has called context.sync() so far. */
export const syncCountOf = (page: Page) =>
  page.evaluate(() => (window as unknown as SimWindow).__officeSim.syncLog.length);

/** The workbook as the user would save it and open it again (cells, formats, settings): the pane closed meanwhile. */
export const savedWorkbook = (page: Page): Promise<SavedWorkbook> =>
  page.evaluate(() => {
    const book = (window as unknown as SimWindow).__officeSim;
    return {
      sheets: book.toInit(),
      settings: Object.fromEntries(book.settings),
      structureProtected: book.structureProtected,
    };
  });

/** The members the add-in called above the host's ExcelApi version (Excel failed each with ApiNotFound). */
export const unsupportedCallsOf = (page: Page) =>
  page.evaluate(() => (window as unknown as SimWindow).__officeSim.unsupportedCalls);
