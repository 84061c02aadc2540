// office.js for the built task pane in Chromium: the same simulation the jest tests use, bundled by
// tests/e2e/profile-page.ts and served under office.js's CDN address. The test sets `__officeSimSetup` (the host
// profile and the workbook, read from an .xlsx in Node) before the page loads; the workbook stays reachable as
// `__officeSim` so the test can look at its cells, fills and selection, or type into a cell as a person would.
import { profile, type HostProfile } from './profiles';
import { SimWorkbook, type SimSheetInit } from './sim';

export type SimPageSetup = {
  readonly profile: HostProfile['id'];
  readonly sheets: SimSheetInit[];
  /** The workbook's structure is protected (Review > Protect Workbook), as distributed templates often are. */
  readonly structureProtected?: boolean;
  /** Workbook settings as stored (JSON text by key): what a workbook saved with the add-in's store carries. */
  readonly settings?: Readonly<Record<string, unknown>>;
};

type SimWindow = { __officeSimSetup?: SimPageSetup; __officeSim?: SimWorkbook };

const target = globalThis as unknown as SimWindow;
const setup = target.__officeSimSetup;
if (!setup) throw new Error('office-sim: __officeSimSetup was not set before office.js loaded');
const book = new SimWorkbook(profile(setup.profile), setup.sheets, { liveEvents: true });
book.structureProtected = setup.structureProtected ?? false;
for (const [key, text] of Object.entries(setup.settings ?? {})) book.settings.set(key, text);
book.install();
target.__officeSim = book;
