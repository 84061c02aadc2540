// The offline page: open or drop .xlsx files, see the batch checked (in a worker) with a progress bar, show one file in
// the task pane on its file host, and download its annotated copy and report, or the batch's summary workbook.
import {
  Body1,
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Subtitle1,
  Subtitle2,
  mergeClasses,
} from '@fluentui/react-components';
import { useCallback, useMemo, useRef, useState, type DragEvent } from 'react';
import type { Checker } from '../../taskpane/check/run-check';
import { downloadBlob } from '../../taskpane/ReportTab/copy-text';
import { fillMessage } from '../../taskpane/messages';
import type { PageCheckers } from '../check/page-checkers';
import {
  annotatedCopy,
  checkedEntryOf,
  reportDocx,
  summaryWorkbook,
  unreadableEntryOf,
  type Download,
} from '../downloads';
import { FileList, type FileDownload } from '../FileList/FileList';
import type { FileHost } from '../../host/file/file-host';
import { FileView } from '../FileView/FileView';
import { readFiles, useFiles, type FileEntry } from '../use-files';
import { WEB_MESSAGES as M } from '../web-messages';
import { useWebPageStyles } from './WebPage.styles';

export type WebPageProps = {
  readonly checkers: PageCheckers;
  readonly openHost: (bytes: Uint8Array, fileName: string) => Promise<FileHost>;
  readonly loadSample: () => Promise<Uint8Array>;
  /** Set when the browser refused the worker: checks then run on the page itself. */
  readonly fallbackNotice?: boolean;
};

type Notice = { readonly intent: 'success' | 'error'; readonly text: string };

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function WebPage({ checkers, openHost, loadSample, fallbackNotice }: WebPageProps) {
  const styles = useWebPageStyles();
  const files = useFiles(checkers.checkFile);
  const { entries, add, remove, setResult } = files;
  const [selected, setSelected] = useState<number>();
  const [dragging, setDragging] = useState(false);
  const [busy, setBusy] = useState<ReadonlySet<string>>(new Set());
  const [notice, setNotice] = useState<Notice>();
  const hosts = useRef(new Map<number, Promise<FileHost>>());
  const input = useRef<HTMLInputElement>(null);

  const hostOf = useCallback(
    (entry: FileEntry) => {
      let host = hosts.current.get(entry.id);
      if (!host) {
        host = openHost(entry.bytes, entry.name);
        // Handled where it is shown (FileView says why it could not be opened); not an unhandled rejection meanwhile.
        host.catch(() => undefined);
        hosts.current.set(entry.id, host);
      }
      return host;
    },
    [openHost],
  );

  /** Adds chosen or dropped files; the first of them is shown when no file is shown yet. */
  const openFiles = (chosen: Iterable<File> | null) => {
    if (!chosen) return;
    void readFiles(chosen).then((opened) => {
      const first = add(opened).find((entry) => entry.status.kind !== 'unreadable');
      if (!shown && first) setSelected(first.id);
    });
  };
  const openSample = async () => {
    const [sample] = add([{ name: M.sampleFileName, bytes: await loadSample() }]);
    if (sample) setSelected(sample.id);
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    openFiles(event.dataTransfer.files);
  };

  const withBusy = async (key: string, build: () => Promise<Download>) => {
    setBusy((set) => new Set(set).add(key));
    try {
      const { blob, fileName } = await build();
      downloadBlob(blob, fileName);
      setNotice({ intent: 'success', text: fillMessage(M.downloaded, { file: fileName }) });
    } catch (error) {
      setNotice({ intent: 'error', text: fillMessage(M.downloadFailed, { message: messageOf(error) }) });
    } finally {
      setBusy((set) => {
        const next = new Set(set);
        next.delete(key);
        return next;
      });
    }
  };

  /** What the copy marks: the file as the user left it (their write-backs in), else the file as opened. */
  const currentBytes = async (entry: FileEntry) => {
    const host = hosts.current.get(entry.id);
    if (!host) return entry.bytes;
    const opened = await host.catch(() => undefined);
    return opened?.state().edited ? opened.save() : entry.bytes;
  };

  const download = (id: number, kind: FileDownload) => {
    const entry = entries.find((e) => e.id === id);
    if (!entry || entry.status.kind !== 'checked') return;
    const result = entry.status.result;
    void withBusy(`${id}:${kind}`, async () =>
      kind === 'copy' ? annotatedCopy(await currentBytes(entry), entry.name, result) : reportDocx(result),
    );
  };

  const downloadSummary = () =>
    void withBusy('summary', () =>
      summaryWorkbook(
        entries.flatMap((e) =>
          e.status.kind === 'checked'
            ? [checkedEntryOf(e.name, e.status.result)]
            : e.status.kind === 'unreadable'
              ? [unreadableEntryOf(e.name, e.status.reason)]
              : [],
        ),
      ),
    );

  const removeFile = (id: number) => {
    hosts.current.delete(id);
    remove(id);
    if (selected === id) setSelected(entries.find((e) => e.id !== id && e.status.kind !== 'unreadable')?.id);
  };

  const shown = entries.find((e) => e.id === selected && e.status.kind !== 'unreadable');
  // The pane's own checks (after a write-back, say) update the file's row, its downloads and the summary.
  const paneChecker = useMemo<Checker | undefined>(() => {
    if (!shown) return undefined;
    const id = shown.id;
    return async (grids, signal) => {
      const result = await checkers.paneChecker(grids, signal);
      setResult(id, result);
      return result;
    };
    // Keyed by the shown file only: a new checker would not re-run the pane's check anyway.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- shown changes identity on every status update
  }, [shown?.id, checkers, setResult]);

  const total = entries.length;
  const running = files.done < total;
  const ended = total - entries.filter((e) => e.status.kind === 'queued' || e.status.kind === 'checking').length;

  return (
    <div
      className={mergeClasses(styles.root, dragging && styles.dragging)}
      data-ziping-web=""
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(event) => {
        // Leaving for a child of the page is not leaving the page.
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={onDrop}
    >
      <header className={styles.header}>
        <Subtitle1 as="h1" className={styles.title}>
          {M.title}
        </Subtitle1>
        <Body1 className={styles.privacy}>{M.privacy}</Body1>
      </header>
      <div className={styles.layout}>
        <section className={styles.files} aria-label={M.filesLabel}>
          <div className={styles.toolbar}>
            <Button appearance="primary" onClick={() => input.current?.click()}>
              {M.openFiles}
            </Button>
            <Button onClick={() => void openSample()}>{M.openSample}</Button>
            <input
              ref={input}
              className={styles.hiddenInput}
              type="file"
              multiple
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              aria-label={M.openFiles}
              onChange={(event) => {
                openFiles(event.target.files);
                // The same file chosen again is a new opening too.
                event.target.value = '';
              }}
            />
          </div>
          {total === 0 || dragging ? (
            <div className={styles.drop}>
              <Body1>{dragging ? M.dropNow : M.dropHint}</Body1>
            </div>
          ) : (
            <Caption1 className={styles.dropLater}>{M.dropMore}</Caption1>
          )}
          {fallbackNotice && (
            <MessageBar intent="warning">
              <MessageBarBody>{M.workerFallback}</MessageBarBody>
            </MessageBar>
          )}
          {total > 0 && (
            <Field
              label={
                running ? fillMessage(M.batchProgress, { done: ended, total }) : fillMessage(M.batchDone, { total })
              }
            >
              <ProgressBar value={ended / total} thickness="large" />
            </Field>
          )}
          {notice && (
            <MessageBar intent={notice.intent}>
              <MessageBarBody>{notice.text}</MessageBarBody>
            </MessageBar>
          )}
          <FileList
            entries={entries}
            {...(shown ? { selected: shown.id } : {})}
            busy={busy}
            onSelect={setSelected}
            onRemove={removeFile}
            onDownload={download}
          />
          {total > 1 && (
            <Button disabledFocusable={running || busy.has('summary')} onClick={downloadSummary}>
              {busy.has('summary') ? M.downloading : fillMessage(M.downloadSummary, { count: total })}
            </Button>
          )}
        </section>
        <section className={styles.pane} aria-label={shown ? shown.name : M.emptyTitle}>
          {shown && paneChecker ? (
            <FileView key={shown.id} name={shown.name} host={hostOf(shown)} checker={paneChecker} />
          ) : (
            <div className={styles.empty}>
              <Subtitle2 as="h2">{M.emptyTitle}</Subtitle2>
              <Body1>{total > 0 ? M.pickFile : M.emptyHint}</Body1>
            </div>
          )}
        </section>
      </div>
    </div>
  );
}
