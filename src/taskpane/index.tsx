// Task pane entry: waits for Office, then renders the App with the office-js gateway, or a hint outside Excel.
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { createExcelGateway } from '../excel/excel-gateway';
import { App } from './App/App';
import { createWorkerChecker } from './check/worker-checker';
import { NotInExcel } from './NotInExcel/NotInExcel';
import { officeReadiness } from './NotInExcel/office-ready';

function render(content: React.ReactNode): void {
  const container = document.getElementById('root');
  if (!container) throw new Error('taskpane.html has no #root element');
  createRoot(container).render(<FluentProvider theme={webLightTheme}>{content}</FluentProvider>);
}

// office.js is absent when the CDN is unreachable, reports no host when the page is opened in a plain browser, and
// may never become ready inside a host that hangs: each case gets its own message after at most 10 s.
// Excel for Mac sends a report export to the default browser as this page with the report in the fragment
// (export-docx.ts): there the page only builds and downloads the .docx.
if (window.location.hash.startsWith('#ziping-export=')) {
  void import('./ReportPanel/export-docx').then(async ({ reportFromUrl, exportReportDocx }) => {
    const { downloadBlob } = await import('./ReportTab/copy-text');
    const carried = await reportFromUrl(window.location.href);
    if (carried) downloadBlob(await exportReportDocx(carried.report), carried.fileName);
  });
} else
  void officeReadiness(typeof Office === 'undefined' ? undefined : Office).then((readiness) => {
    render(
      readiness === 'excel' ? (
        <App gateway={createExcelGateway()} checker={createWorkerChecker()} />
      ) : (
        <NotInExcel reason={readiness} />
      ),
    );
  });
