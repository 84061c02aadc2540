// The task pane's Word export: docx loaded on demand, the Document packed into a Blob.
import { exportReportDocx } from '../../src/taskpane/ReportPanel/export-docx';
import { sampleReport } from '../report/support';

it('packs the report into a .docx Blob', async () => {
  const { report } = await sampleReport();
  const blob = await exportReportDocx(report);
  const bytes = new Uint8Array(await blob.arrayBuffer());
  expect(bytes.length).toBeGreaterThan(5000);
  expect(String.fromCharCode(bytes[0] ?? 0, bytes[1] ?? 0)).toBe('PK');
});
