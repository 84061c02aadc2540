// The report panel: a bar with the export actions, their outcome and the open errors (one line, linked to 检查), over a
// live preview of the narrative report whose generated sentences are linked to their cells.
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Caption1,
  Link,
  MessageBar,
  MessageBarBody,
  Subtitle2,
} from '@fluentui/react-components';
import type { KeyboardEvent } from 'react';
import type { Finding } from '../../core/finding';
import { qualifiedA1 } from '../../core/grid/a1';
import type { CellRef } from '../../core/grid/grid';
import type { Report, ReportParagraph, ReportRun, ReportSection } from '../../report/report-model';
import { fillMessage } from '../messages';
import { REPORT_PANEL_MESSAGES as M } from './report-panel-messages';
import { useReportPanelStyles } from './ReportPanel.styles';

export type ReportPanelProps = {
  readonly report: Report;
  readonly findings: readonly Finding[];
  /** What the last action did (exported, copied, written, failed): shown in the action bar, next to its button. */
  readonly feedback?: { readonly intent: 'success' | 'info' | 'error'; readonly text: string };
  /** An action is under way: its buttons are disabled. */
  readonly busy?: boolean;
  onSelectSources(refs: readonly CellRef[]): void;
  /** Opens the 检查 tab, where the open errors are listed. */
  onShowFindings(): void;
  onExportDocx(): void;
  onCopyText(): void;
  onWriteSheet(): void;
};

type Styles = ReturnType<typeof useReportPanelStyles>;

/** An inline element that selects cells on click, Enter or Space (a span keeps wrapping with its paragraph). */
function selectsCells(select: () => void) {
  return {
    role: 'button',
    tabIndex: 0,
    onClick: select,
    onKeyDown: (event: KeyboardEvent) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      event.preventDefault();
      select();
    },
  } as const;
}

function RunView({
  run,
  styles,
  onSelectSources,
}: {
  run: ReportRun;
  styles: Styles;
  onSelectSources: ReportPanelProps['onSelectSources'];
}) {
  if (run.kind === 'generated' && run.sources.length > 0) {
    const cells = run.sources.map((s) => qualifiedA1(s.sheet, s)).join('、');
    // A span, not a <button>: a button is an atomic inline box, so each sentence would become its own block; a span
    // wraps with the paragraph and the highlight marks just its text.
    return (
      <span
        className={styles.generated}
        title={fillMessage(M.generatedHint, { cells })}
        {...selectsCells(() => onSelectSources(run.sources))}
      >
        {run.text}
      </span>
    );
  }
  if (run.kind === 'missing') {
    return (
      <mark className={styles.missing} title={M.missingHint}>
        {run.text}
      </mark>
    );
  }
  if (run.kind === 'unverified') {
    // 【待核实：…】 after 报告素材 text the tables contradict: marked like a gap, and a click selects the cell to correct.
    return (
      <mark
        className={styles.missing}
        title={fillMessage(M.unverifiedHint, { cell: qualifiedA1(run.at.sheet, run.at) })}
        {...selectsCells(() => onSelectSources([run.at]))}
      >
        {run.text}
      </mark>
    );
  }
  return <>{run.text}</>;
}

function ParagraphView({
  paragraph,
  styles,
  onSelectSources,
}: {
  paragraph: ReportParagraph;
  styles: Styles;
  onSelectSources: ReportPanelProps['onSelectSources'];
}) {
  return (
    <p className={paragraph.role === 'title' ? styles.title : styles.paragraph}>
      {paragraph.runs.map((run, i) => (
        <RunView key={i} run={run} styles={styles} onSelectSources={onSelectSources} />
      ))}
    </p>
  );
}

function SectionBody({
  section,
  styles,
  onSelectSources,
}: {
  section: ReportSection;
  styles: Styles;
  onSelectSources: ReportPanelProps['onSelectSources'];
}) {
  return (
    <>
      {section.paragraphs.map((p, i) => (
        <ParagraphView key={i} paragraph={p} styles={styles} onSelectSources={onSelectSources} />
      ))}
      {section.children.map((child) => (
        <section key={child.id} aria-label={child.heading}>
          <h4 className={styles.subheading}>{child.heading}</h4>
          <SectionBody section={child} styles={styles} onSelectSources={onSelectSources} />
        </section>
      ))}
    </>
  );
}

export function ReportPanel({
  report,
  findings,
  feedback,
  busy = false,
  onSelectSources,
  onShowFindings,
  onExportDocx,
  onCopyText,
  onWriteSheet,
}: ReportPanelProps) {
  const styles = useReportPanelStyles();
  const errors = findings.filter((f) => f.severity === 'error').length;
  const sections = [...report.sections, ...(report.appendix ? [report.appendix] : [])];
  return (
    <section className={styles.root} aria-label={M.title}>
      {/* The actions and what they did stay in view while the preview scrolls under them. */}
      <div className={styles.bar} role="group" aria-label={M.actions}>
        <div className={styles.actions}>
          <Button appearance="primary" disabled={busy} onClick={onExportDocx}>
            {M.exportDocx}
          </Button>
          <Button disabled={busy} onClick={onCopyText}>
            {M.copyText}
          </Button>
          <Button disabled={busy} onClick={onWriteSheet}>
            {M.writeSheet}
          </Button>
        </div>
        {errors > 0 ? (
          <MessageBar intent="warning" className={styles.status}>
            <MessageBarBody className={styles.statusText}>
              {fillMessage(M.openErrors, { count: errors })}
              <Link as="button" inline onClick={onShowFindings}>
                {M.showFindings}
              </Link>
            </MessageBarBody>
          </MessageBar>
        ) : (
          <MessageBar intent="success" className={styles.status}>
            <MessageBarBody className={styles.statusText}>{M.noErrors}</MessageBarBody>
          </MessageBar>
        )}
        <div aria-live="polite" className={styles.feedback}>
          {feedback && (
            <MessageBar intent={feedback.intent} className={styles.status}>
              <MessageBarBody className={styles.statusText}>{feedback.text}</MessageBarBody>
            </MessageBar>
          )}
        </div>
      </div>
      <Subtitle2 as="h2" className={styles.heading}>
        {M.title}
      </Subtitle2>
      <Caption1 className={styles.legend}>{M.legend}</Caption1>
      <article aria-label={M.preview} className={styles.preview}>
        <div className={styles.front}>
          {report.front.map((p, i) => (
            <ParagraphView key={i} paragraph={p} styles={styles} onSelectSources={onSelectSources} />
          ))}
        </div>
        <Accordion multiple collapsible defaultOpenItems={sections.map((s) => s.id)}>
          {sections.map((section) => (
            <AccordionItem key={section.id} value={section.id}>
              <AccordionHeader as="h3" className={styles.sectionHeader}>
                {section.heading}
              </AccordionHeader>
              <AccordionPanel className={styles.sectionPanel}>
                <SectionBody section={section} styles={styles} onSelectSources={onSelectSources} />
              </AccordionPanel>
            </AccordionItem>
          ))}
        </Accordion>
      </article>
    </section>
  );
}
