// The 检查 tab: run the check, follow its progress (and cancel it), read the summary and the findings (one result per
// project when the workbook holds several project forms).
import {
  Body1,
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Switch,
} from '@fluentui/react-components';
import { TEMPLATE_NOT_RECOGNISED } from '../../core/check';
import type { CellRef } from '../../core/grid/grid';
import { FindingList } from '../FindingList/FindingList';
import { TASKPANE_MESSAGES as M, fillMessage } from '../messages';
import { ProjectsOverview } from '../Summary/ProjectSummary';
import { Summary } from '../Summary/Summary';
import type { CheckProgress, CheckState } from '../useCheck/useCheck';
import { useCheckPanelStyles } from './CheckPanel.styles';

export type CheckPanelProps = {
  readonly state: CheckState;
  onSelect(refs: readonly CellRef[]): void;
};

function progressText(progress: CheckProgress): string {
  if (progress.stage === 'reading') return M.stageReading;
  if (progress.stage === 'checking')
    return fillMessage(M.stageChecking, { cells: (progress.cells ?? 0).toLocaleString('zh-CN') });
  return M.stageHighlighting;
}

export function CheckPanel({ state, onSelect }: CheckPanelProps) {
  const styles = useCheckPanelStyles();
  const { result, progress, notice } = state;
  const running = progress !== undefined;

  return (
    <div className={styles.root}>
      <div className={styles.toolbar}>
        <Button appearance="primary" disabled={running} onClick={() => void state.check()}>
          {result ? M.recheck : M.check}
        </Button>
        <Button disabled={running || !state.highlighted} onClick={() => void state.clearHighlights()}>
          {M.clearMarks}
        </Button>
        <Switch
          className={styles.switch}
          checked={state.autoRecheck}
          label={M.autoRecheck}
          title={M.autoRecheckHint}
          onChange={(_, data) => state.setAutoRecheck(data.checked)}
        />
      </div>
      {progress && (
        <div className={styles.progress} role="status">
          <Spinner size="tiny" label={progressText(progress)} />
          <Button size="small" onClick={state.cancel}>
            {M.cancel}
          </Button>
        </div>
      )}
      {notice && (
        <MessageBar intent={notice.intent}>
          <MessageBarBody className={styles.text}>{notice.text}</MessageBarBody>
        </MessageBar>
      )}
      {!result && !running && <Body1 className={styles.text}>{M.intro}</Body1>}
      {result && !result.recognised && <NotRecognised state={state} />}
      {result?.recognised && !result.projects && (
        <>
          <Summary result={result} />
          <FindingList findings={result.findings} onSelect={onSelect} />
        </>
      )}
      {result?.recognised && result.projects && (
        <>
          <ProjectsOverview projects={result.projects} findings={result.findings} />
          <FindingList findings={result.findings} projects={result.projects} onSelect={onSelect} />
        </>
      )}
    </div>
  );
}

/** No template in the workbook: say which labels were missing and offer to insert the template or the sample. */
function NotRecognised({ state }: { readonly state: CheckState }) {
  const styles = useCheckPanelStyles();
  const reasons = (state.result?.findings ?? []).filter((f) => f.rule === TEMPLATE_NOT_RECOGNISED);
  return (
    <section className={styles.empty} aria-label={M.notRecognisedTitle}>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody className={styles.text}>
          <MessageBarTitle>{M.notRecognisedTitle}</MessageBarTitle>
          {reasons.map((finding, i) => (
            <div key={i}>{finding.message}</div>
          ))}
        </MessageBarBody>
      </MessageBar>
      <Body1 className={styles.text}>{M.notRecognisedHint}</Body1>
      <div className={styles.emptyActions}>
        <Button appearance="primary" disabled={state.writing} onClick={() => void state.insertTemplate('blank')}>
          {M.insertBlank}
        </Button>
        <Button disabled={state.writing} onClick={() => void state.insertTemplate('sample')}>
          {M.insertSample}
        </Button>
      </div>
    </section>
  );
}
