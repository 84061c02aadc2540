// The list of opened files: each one's check status (unit and counts, or why it could not be read), a button to show
// it in the task pane below, and its downloads (annotated copy, report).
import { Badge, Button, Caption1, Spinner, mergeClasses } from '@fluentui/react-components';
import type { CheckResult } from '../../core/check';
import { TASKPANE_MESSAGES as T, fillMessage } from '../../taskpane/messages';
import type { FileEntry } from '../use-files';
import { WEB_MESSAGES as M } from '../web-messages';
import { useFileListStyles } from './FileList.styles';

export type FileDownload = 'copy' | 'report';

export type FileListProps = {
  readonly entries: readonly FileEntry[];
  readonly selected?: number;
  /** Downloads being built, as `${id}:${kind}`. */
  readonly busy: ReadonlySet<string>;
  onSelect(id: number): void;
  onRemove(id: number): void;
  onDownload(id: number, kind: FileDownload): void;
};

function counts(result: CheckResult) {
  const count = (severity: string) => result.findings.filter((f) => f.severity === severity).length;
  return { errors: count('error'), warnings: count('warning'), infos: count('info') };
}

function CheckedStatus({ result }: { readonly result: CheckResult }) {
  const styles = useFileListStyles();
  const { errors, warnings, infos } = counts(result);
  if (!result.recognised) return <Caption1 className={styles.reason}>{M.statusNotRecognised}</Caption1>;
  return (
    <>
      <Caption1 className={styles.unit}>{result.summary.unit ?? M.unknownUnit}</Caption1>
      {errors > 0 && (
        <Badge appearance="tint" color="danger" size="small">
          {fillMessage(T.severityCount, { severity: T.severity.error, count: errors })}
        </Badge>
      )}
      {warnings > 0 && (
        <Badge appearance="tint" color="warning" size="small">
          {fillMessage(T.severityCount, { severity: T.severity.warning, count: warnings })}
        </Badge>
      )}
      {infos > 0 && (
        <Badge appearance="tint" color="informative" size="small">
          {fillMessage(T.severityCount, { severity: T.severity.info, count: infos })}
        </Badge>
      )}
      {errors + warnings + infos === 0 && (
        <Badge appearance="tint" color="success" size="small">
          {M.statusClean}
        </Badge>
      )}
    </>
  );
}

function Status({ entry }: { readonly entry: FileEntry }) {
  const styles = useFileListStyles();
  switch (entry.status.kind) {
    case 'queued':
      return <Caption1>{M.statusQueued}</Caption1>;
    case 'checking':
      return <Spinner size="extra-tiny" label={M.statusChecking} />;
    case 'unreadable':
      return (
        <Caption1 className={styles.reason}>
          {fillMessage(M.statusUnreadable, { reason: entry.status.reason })}
        </Caption1>
      );
    case 'checked':
      return <CheckedStatus result={entry.status.result} />;
  }
}

function FileRow({
  entry,
  selected,
  busy,
  onSelect,
  onRemove,
  onDownload,
}: Omit<FileListProps, 'entries' | 'selected'> & {
  readonly entry: FileEntry;
  readonly selected: boolean;
}) {
  const styles = useFileListStyles();
  const result = entry.status.kind === 'checked' ? entry.status.result : undefined;
  const errors = result ? counts(result).errors : 0;
  const download = (kind: FileDownload, text: string, label: string) => (
    <Button
      size="small"
      appearance="secondary"
      aria-label={fillMessage(label, { name: entry.name })}
      disabledFocusable={busy.has(`${entry.id}:${kind}`)}
      onClick={() => onDownload(entry.id, kind)}
    >
      {busy.has(`${entry.id}:${kind}`) ? M.downloading : text}
    </Button>
  );
  return (
    <li className={mergeClasses(styles.row, selected && styles.selected)} aria-current={selected ? 'true' : undefined}>
      <div className={styles.head}>
        <Button
          className={styles.name}
          appearance="transparent"
          size="small"
          aria-pressed={selected}
          disabled={entry.status.kind === 'unreadable'}
          onClick={() => onSelect(entry.id)}
        >
          {entry.name}
        </Button>
        <Button
          size="small"
          appearance="subtle"
          aria-label={fillMessage(M.removeFile, { name: entry.name })}
          onClick={() => onRemove(entry.id)}
        >
          {M.remove}
        </Button>
      </div>
      <div className={styles.status}>
        <Status entry={entry} />
      </div>
      {result && (
        <div className={styles.actions}>
          {!selected && (
            <Button size="small" appearance="primary" onClick={() => onSelect(entry.id)}>
              {M.show}
            </Button>
          )}
          {download('copy', M.downloadCopy, M.downloadCopyLabel)}
          {result.recognised &&
            download('report', errors > 0 ? M.downloadReportDraft : M.downloadReport, M.downloadReportLabel)}
        </div>
      )}
    </li>
  );
}

export function FileList({ entries, selected, ...rest }: FileListProps) {
  const styles = useFileListStyles();
  return (
    <ul className={styles.list} aria-label={M.filesLabel}>
      {entries.map((entry) => (
        <FileRow key={entry.id} entry={entry} selected={entry.id === selected} {...rest} />
      ))}
    </ul>
  );
}
