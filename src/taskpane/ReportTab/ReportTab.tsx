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
  MessageBar,
  MessageBarBody,
} from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { CheckResult } from '../../core/check';
import type { CellRef } from '../../core/grid/grid';
import { buildReport } from '../../report/build-report';
import { buildReportSheetRows } from '../../report/report-sheet';
import { reportToText } from '../../report/report-to-text';
import type { WorkbookGateway } from '../gateway';
import { TASKPANE_MESSAGES as M, fillMessage } from '../messages';
import { ReportPanel } from '../ReportPanel/ReportPanel';
import { describeError, type CheckState, type Notice } from '../useCheck/useCheck';
import { copyText, downloadBlob } from './copy-text';

export type ReportTabProps = {
  readonly result?: CheckResult;
  readonly gateway: WorkbookGateway;
  readonly state: CheckState;
  onSelect(refs: readonly CellRef[]): void;
};

export function ReportTab({ result, gateway, state, onSelect }: ReportTabProps) {
  const report = useMemo(() => (result?.recognised ? buildReport(result) : undefined), [result]);
  const [message, setMessage] = useState<Notice>();
  const [confirmReplace, setConfirmReplace] = useState(false);

  if (!result || !report) return <Body1>{M.reportNeedsCheck}</Body1>;
  const paragraphs = () => buildReportSheetRows(report).map((row) => row.text);

  const exportDocx = async () => {
    setMessage(undefined);
    try {
      // Loaded on first use: docx and the document builder stay out of the task pane's first download.
      const { saveReportDocx, reportFileName } = await import('../ReportPanel/export-docx');
      const file = reportFileName(report);
      await saveReportDocx(report, file, downloadBlob);
      setMessage({ intent: 'success', text: fillMessage(M.exported, { file }) });
    } catch (error) {
      setMessage({
        intent: 'error',
        text: fillMessage(M.exportFailed, { message: error instanceof Error ? error.message : String(error) }),
      });
    }
  };

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
      {message && (
        <MessageBar intent={message.intent}>
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      )}
      <ReportPanel
        report={report}
        findings={result.findings}
        onSelectSources={onSelect}
        onExportDocx={() => void exportDocx()}
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
    </>
  );
}
