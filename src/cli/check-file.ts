// Loads and checks one .xlsx file: the unit of work of `ziping check`, run in-process or in a worker thread.
import { checkGrids, unreadableReport, type FileReport } from './file-report';
import { loadWorkbook } from './load-workbook';

/** A file that can't be opened still gets a report (file-unreadable); its Grids are garbage once this returns. */
export async function checkFile(file: string): Promise<FileReport> {
  const loaded = await loadWorkbook(file);
  return 'error' in loaded ? unreadableReport(file, loaded.error) : checkGrids(file, loaded.grids);
}
