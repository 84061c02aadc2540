// The office-js simulation: a workbook in a host profile, and helpers to run the add-in's gateway on it.
export { PROFILES, profile, CURRENT_EXCEL_API, isSupportedOn, requiredVersion, type HostProfile } from './profiles';
export { officeFill, sheetsFromXlsx } from './from-xlsx';
export {
  asContext,
  bytesOfBase64,
  CELL_READ_LIMIT,
  SimOfficeError,
  SimWorkbook,
  uninstall,
  type ChangeEvent,
  type SimCell,
  type SimFill,
  type SimSheetInit,
  type SimOptions,
  type SyncRecord,
} from './sim';
