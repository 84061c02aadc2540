// The 报告 tab: the ReportPanel preview of the report built from the last check, and its export actions.
import {
  Body1,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { buildReport } from '../../report/build-report';
import { buildReportSheetRows } from '../../report/report-sheet';
import { reportToText } from '../../report/report-to-text';
import { TASKPANE_MESSAGES as M, fillMessage } from '../messages';
import { ReportPanel } from '../ReportPanel/ReportPanel';
import { REPORT_PANEL_MESSAGES as R } from '../ReportPanel/report-panel-messages';
import { describeError, type CheckTabProps, type Notice } from '../useCheck/useCheck';
import { copyText, downloadBlob } from './copy-text';

export type ReportTabProps = CheckTabProps & {
  /** Opens the 检查 tab. */
  onShowFindings(): void;
};

export function ReportTab({ result, gateway, state, onSelect, onShowFindings }: ReportTabProps) {
  const report = useMemo(() => (result?.recognised ? (result.report ?? buildReport(result)) : undefined), [result]);
  const [message, setMessage] = useState<Notice>();
  const [confirmReplace, setConfirmReplace] = useState(false);
  const [confirmDraft, setConfirmDraft] = useState(false);
  const [exporting, setExporting] = useState(false);

  if (!result || !report) return <Body1>{M.reportNeedsCheck}</Body1>;
  const paragraphs = () => buildReportSheetRows(report).map((row) => row.text);
  const openErrors = result.findings.filter((f) => f.severity === 'error').length;

  const exportDocx = async (draft: boolean) => {
    setMessage(undefined);
    setConfirmDraft(false);
    setExporting(true);
    try {
      // Loaded on first use: docx and the document builder stay out of the task pane's first download.
      const { saveReportDocx, reportFileName } = await import('../ReportPanel/export-docx');
      const file = reportFileName(report);
      await saveReportDocx(report, file, downloadBlob);
      setMessage({ intent: 'success', text: fillMessage(draft ? M.exportedDraft : M.exported, { file }) });
    } catch (error) {
      setMessage({
        intent: 'error',
        text: fillMessage(M.exportFailed, { message: error instanceof Error ? error.message : String(error) }),
      });
    } finally {
      setExporting(false);
    }
  };
  // With errors open the report may contradict the tables: export only as a draft, and only when asked twice.
  const requestExport = () => (openErrors > 0 ? setConfirmDraft(true) : void exportDocx(false));

  const copy = async () => {
    const ok = await copyText(reportToText(report));
    setMessage(ok ? { intent: 'success', text: M.copied } : { intent: 'error', text: M.copyFailed });
  };

  const writeSheet = async (replace: boolean) => {
    setMessage(undefined);
    setConfirmReplace(false);
    try {
      const outcome = await state.write(() => gateway.writeReportSheet(paragraphs(), { replace }));
      if (outcome === 'exists') setConfirmReplace(true);
      else setMessage({ intent: 'success', text: M.sheetWritten });
    } catch (error) {
      setMessage({ intent: 'error', text: describeError(error) });
    }
  };

  return (
    <>
      <ReportPanel
        report={report}
        findings={result.findings}
        {...(message ? { feedback: message } : {})}
        busy={exporting || state.writing}
        onSelectSources={onSelect}
        onShowFindings={onShowFindings}
        onExportDocx={requestExport}
        onCopyText={() => void copy()}
        onWriteSheet={() => void writeSheet(false)}
      />
      <Dialog open={confirmReplace} onOpenChange={(_, data) => setConfirmReplace(data.open)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{M.replaceTitle}</DialogTitle>
            <DialogContent>{M.replaceBody}</DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={() => void writeSheet(true)}>
                {M.replace}
              </Button>
              <Button onClick={() => setConfirmReplace(false)}>{M.keep}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
      <Dialog open={confirmDraft} onOpenChange={(_, data) => setConfirmDraft(data.open)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{R.draftTitle}</DialogTitle>
            <DialogContent>{fillMessage(R.draftBody, { count: openErrors })}</DialogContent>
            <DialogActions>
              <Button
                appearance="primary"
                onClick={() => {
                  setConfirmDraft(false);
                  onShowFindings();
                }}
              >
                {R.goFix}
              </Button>
              <Button onClick={() => void exportDocx(true)}>{R.exportDraft}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </>
  );
}
