// The report panel: live preview of the narrative report (generated sentences linked to their cells), export actions
// and the error findings to fix before exporting.
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Subtitle2,
} from '@fluentui/react-components';
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
  onSelectSources(refs: readonly CellRef[]): void;
  onExportDocx(): void;
  onCopyText(): void;
  onWriteSheet(): void;
};

type Styles = ReturnType<typeof useReportPanelStyles>;

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
    return (
      <button
        type="button"
        className={styles.generated}
        title={fillMessage(M.generatedHint, { cells })}
        onClick={() => onSelectSources(run.sources)}
      >
        {run.text}
      </button>
    );
  }
  if (run.kind === 'missing') {
    return (
      <mark className={styles.missing} title={M.missingHint}>
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
  onSelectSources,
  onExportDocx,
  onCopyText,
  onWriteSheet,
}: ReportPanelProps) {
  const styles = useReportPanelStyles();
  const errors = findings.filter((f) => f.severity === 'error');
  const sections = [...report.sections, ...(report.appendix ? [report.appendix] : [])];
  return (
    <section className={styles.root} aria-label={M.title}>
      <Subtitle2 as="h2" className={styles.heading}>
        {M.title}
      </Subtitle2>
      {errors.length > 0 ? (
        <MessageBar intent="warning">
          <MessageBarBody>
            {fillMessage(M.fixFirst, { count: errors.length })}
            <ul className={styles.findings} aria-label={fillMessage(M.fixFirst, { count: errors.length })}>
              {errors.map((f, i) => (
                <li key={i}>
                  <button type="button" className={styles.generated} onClick={() => onSelectSources(f.refs)}>
                    {f.cells.join(',')}
                  </button>{' '}
                  {f.message}
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : (
        <MessageBar intent="success">
          <MessageBarBody>{M.noErrors}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" onClick={onExportDocx}>
          {M.exportDocx}
        </Button>
        <Button onClick={onCopyText}>{M.copyText}</Button>
        <Button onClick={onWriteSheet}>{M.writeSheet}</Button>
      </div>
      <Caption1 className={styles.legend}>{M.legend}</Caption1>
      <article aria-label={M.preview}>
        <div className={styles.front}>
          {report.front.map((p, i) => (
            <ParagraphView key={i} paragraph={p} styles={styles} onSelectSources={onSelectSources} />
          ))}
        </div>
        <Accordion multiple collapsible defaultOpenItems={sections.map((s) => s.id)}>
          {sections.map((section) => (
            <AccordionItem key={section.id} value={section.id}>
              <AccordionHeader as="h3">{section.heading}</AccordionHeader>
              <AccordionPanel>
                <SectionBody section={section} styles={styles} onSelectSources={onSelectSources} />
              </AccordionPanel>
            </AccordionItem>
          ))}
        </Accordion>
      </article>
    </section>
  );
}
