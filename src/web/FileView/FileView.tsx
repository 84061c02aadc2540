// The selected file in the same task pane as in Excel (App on the file's FileHost), under a bar that shows the cells
// the pane selected and marked, since there is no sheet on screen to show them.
import { Body1, Caption1, Spinner } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { Checker } from '../../taskpane/check/run-check';
import { App } from '../../taskpane/App/App';
import { fillMessage } from '../../taskpane/messages';
import type { FileHost, FileHostState } from '../../host/file/file-host';
import { WEB_MESSAGES as M } from '../web-messages';
import { useFileViewStyles } from './FileView.styles';

export type FileViewProps = {
  readonly name: string;
  /** The file's host, opened on first view and kept while the file is in the list (its marks and edits with it). */
  readonly host: Promise<FileHost>;
  readonly checker: Checker;
};

/** 自评数据表!F17、F18: as a person reads it (the bar only shows it, so no quoting). */
const describeSelection = (selection: NonNullable<FileHostState['selection']>) =>
  `${selection.sheet}!${selection.refs.join('、')}`;

/** The host's state, re-read whenever the host says it changed. */
function useHostState(host: FileHost): FileHostState {
  const [state, setState] = useState(() => host.state());
  useEffect(() => {
    setState(host.state());
    return host.onStateChange(() => setState(host.state()));
  }, [host]);
  return state;
}

function HostBar({ name, host }: { readonly name: string; readonly host: FileHost }) {
  const styles = useFileViewStyles();
  const state = useHostState(host);
  const selection = state.selection;
  return (
    <div className={styles.bar} role="group" aria-label={M.fileBar}>
      <Body1 className={styles.name}>{name}</Body1>
      <Caption1 className={styles.selection} aria-live="polite">
        {selection && selection.refs.length > 0
          ? fillMessage(M.selection, { cells: describeSelection(selection) })
          : M.noSelection}
      </Caption1>
      <Caption1 className={styles.fact}>
        {state.marks > 0 ? fillMessage(M.marks, { count: state.marks }) : M.noMarks}
      </Caption1>
      {state.edited && <Caption1 className={styles.fact}>{M.edited}</Caption1>}
    </div>
  );
}

export function FileView({ name, host, checker }: FileViewProps) {
  const styles = useFileViewStyles();
  const [opened, setOpened] = useState<{ host: FileHost } | { error: string }>();
  useEffect(() => {
    let live = true;
    setOpened(undefined);
    host.then(
      (h) => live && setOpened({ host: h }),
      (error: unknown) =>
        live &&
        setOpened({
          error: fillMessage(M.openFailed, { name, message: error instanceof Error ? error.message : String(error) }),
        }),
    );
    return () => {
      live = false;
    };
  }, [host, name]);

  if (!opened) return <Spinner className={styles.message} size="small" label={fillMessage(M.opening, { name })} />;
  if ('error' in opened) return <Body1 className={styles.message}>{opened.error}</Body1>;
  return (
    <div className={styles.root}>
      <HostBar name={name} host={opened.host} />
      <App gateway={opened.host} checker={checker} />
    </div>
  );
}
