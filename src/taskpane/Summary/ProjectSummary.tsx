// A workbook of several project forms: the overview (how many projects, every finding counted) and, under each
// project's heading, its compact summary: where it stands, its recomputed score and grade, its counts by severity.
import { Body1, Caption1 } from '@fluentui/react-components';
import type { ProjectView } from '../check/pane-check';
import type { Finding } from '../../core/finding';
import { formatScore } from '../format-value';
import { TASKPANE_MESSAGES as M, fillMessage } from '../messages';
import { SeverityBadges } from './Summary';
import { useSummaryStyles } from './Summary.styles';

/** The project's name as its heading shows it: 项目名称, or the sheet when the form gives no name. */
export function projectTitle(project: ProjectView): string {
  return project.name ?? fillMessage(M.projectUnnamed, { sheet: project.sheet });
}

export function ProjectsOverview({
  projects,
  findings,
}: {
  readonly projects: readonly ProjectView[];
  readonly findings: readonly Finding[];
}) {
  const styles = useSummaryStyles();
  return (
    <section className={styles.root} aria-label={M.summaryLabel}>
      <Body1>{fillMessage(M.projectsOverview, { count: projects.length })}</Body1>
      <SeverityBadges findings={findings} label={M.countsLabel} />
    </section>
  );
}

/** 填报 90 / 重算 85, shown only when the project's score (or grade) could be recomputed. */
function statedVsRecomputed(template: string, stated: string | undefined, recomputed: string | undefined) {
  if (recomputed === undefined) return undefined;
  return {
    text: fillMessage(template, { stated: stated ?? M.unknownValue, recomputed }),
    differs: stated !== undefined && stated !== recomputed,
  };
}

export function ProjectSummary({ project }: { readonly project: ProjectView }) {
  const styles = useSummaryStyles();
  const { score } = project.summary;
  const lines = [
    statedVsRecomputed(
      M.projectScore,
      typeof score.stated === 'number' ? formatScore(score.stated) : undefined,
      score.recomputed === undefined ? undefined : formatScore(score.recomputed),
    ),
    statedVsRecomputed(M.projectGrade, score.grade.stated, score.grade.recomputed),
  ];
  return (
    <div className={styles.project}>
      <div className={styles.projectFacts}>
        <Caption1 className={styles.term}>
          {fillMessage(M.projectWhere, { sheet: project.sheet, row: project.rows.top + 1 })}
        </Caption1>
        {lines.map(
          (line, i) =>
            line && (
              <Caption1 key={i} className={line.differs ? styles.mismatch : undefined}>
                {line.text}
              </Caption1>
            ),
        )}
      </div>
      <SeverityBadges
        findings={project.findings}
        label={fillMessage(M.projectCounts, { project: projectTitle(project) })}
      />
    </div>
  );
}
