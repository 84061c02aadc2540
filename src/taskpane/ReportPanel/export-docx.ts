// Builds the report's .docx as a Blob; docx and the builder load on demand, so webpack gives them their own chunk.
import type { Report } from '../../report/report-model';
import type { ReportDocumentOptions } from '../../report/report-docx';
import { fillMessage } from '../messages';
import { REPORT_PANEL_MESSAGES as M } from './report-panel-messages';

export async function exportReportDocx(report: Report, options: ReportDocumentOptions = {}): Promise<Blob> {
  const [{ Packer }, { buildReportDocument }] = await Promise.all([import('docx'), import('../../report/report-docx')]);
  return Packer.toBlob(buildReportDocument(report, options));
}

/** 自评报告-{unit}-{year}.docx, without characters a file name can't hold. */
export function reportFileName(report: Report): string {
  const unit = (report.meta.unit ?? '').replace(/[\\/:*?"<>|\r\n\t]/g, '_').trim() || M.unknownUnit;
  return fillMessage(M.fileName, { unit, year: report.meta.year ?? M.unknownYear });
}
