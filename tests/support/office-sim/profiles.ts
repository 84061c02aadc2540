// The Excel hosts the add-in must work on, as the simulation runs them. The ExcelApi version of each comes from
// Microsoft's requirement-set table (Office 2019: 1.8, Office 2021: 1.14, LTSC 2024: 1.17); "current" is the newest
// set @types/office-js annotates, which Microsoft 365 and Excel on the web have.
import apiSets from './excel-api-sets.json';

const minorOf = (version: string) => Number(version.split('.')[1] ?? 0);

/** The highest ExcelApi minor version any member of the typings needs. */
export const CURRENT_EXCEL_API = Math.max(...Object.values(apiSets.members).map(minorOf));

export type HostProfile = {
  readonly id: 'office2019' | 'office2021' | 'ltsc2024' | 'm365' | 'web';
  readonly label: string;
  /** ExcelApi 1.x: x. */
  readonly excelApi: number;
  readonly platform: 'PC' | 'Mac' | 'OfficeOnline';
  /** Excel on the web caps a request and a response at 5 MB; desktop has no such cap (memory is the limit). */
  readonly payloadLimitBytes?: number;
  /** How long after the sync a change event arrives (events on the web come late). */
  readonly eventDelayMs: number;
};

const MB = 1024 * 1024;

export const PROFILES: readonly HostProfile[] = [
  { id: 'office2019', label: 'Office 2019 (ExcelApi 1.8)', excelApi: 8, platform: 'PC', eventDelayMs: 50 },
  { id: 'office2021', label: 'Office 2021 (ExcelApi 1.14)', excelApi: 14, platform: 'PC', eventDelayMs: 50 },
  { id: 'ltsc2024', label: 'Office LTSC 2024 (ExcelApi 1.17)', excelApi: 17, platform: 'PC', eventDelayMs: 50 },
  {
    id: 'm365',
    label: `Microsoft 365 (ExcelApi 1.${CURRENT_EXCEL_API})`,
    excelApi: CURRENT_EXCEL_API,
    platform: 'PC',
    eventDelayMs: 50,
  },
  {
    id: 'web',
    label: `Excel on the web (ExcelApi 1.${CURRENT_EXCEL_API}, 5 MB payloads)`,
    excelApi: CURRENT_EXCEL_API,
    platform: 'OfficeOnline',
    payloadLimitBytes: 5 * MB,
    eventDelayMs: 5000,
  },
];

export const profile = (id: HostProfile['id']): HostProfile => {
  const found = PROFILES.find((p) => p.id === id);
  if (!found) throw new Error(`no host profile ${id}`);
  return found;
};

/** The ExcelApi version a member needs ("Range.values"), else its class's, else 1.1 (the first set). */
export function requiredVersion(member: string): string {
  const members = apiSets.members as Readonly<Record<string, string>>;
  return members[member] ?? members[member.split('.')[0] ?? ''] ?? '1.1';
}

export function isSupportedOn(host: HostProfile, member: string): boolean {
  return minorOf(requiredVersion(member)) <= host.excelApi;
}

/** Office.context.requirements.isSetSupported as the host answers it. */
export function isSetSupportedOn(host: HostProfile, name: string, version = '1.1'): boolean {
  return name === 'ExcelApi' && minorOf(version) <= host.excelApi && Number(version.split('.')[0]) === 1;
}
