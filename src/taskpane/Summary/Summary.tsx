// The check's summary: unit, year, stated vs recomputed score and grade, overall execution rate, counts by severity.
import { Badge } from '@fluentui/react-components';
import type { CheckResult } from '../../core/check';
import { SEVERITIES, type Finding, type Severity } from '../../core/finding';
import { familyScores } from '../../core/template/families';
import { formatPercent, formatScore } from '../format-value';
import { TASKPANE_MESSAGES as M, fillMessage } from '../messages';
import { useSummaryStyles } from './Summary.styles';

export const SEVERITY_BADGE_COLOR: Record<Severity, 'danger' | 'warning' | 'informative'> = {
  error: 'danger',
  warning: 'warning',
  info: 'informative',
};

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}

function statedVsRecomputed(stated: string | undefined, recomputed: string | undefined): string {
  return fillMessage(M.statedVsRecomputed, {
    stated: stated ?? M.unknownValue,
    recomputed: recomputed ?? M.notComputed,
  });
}

export function Summary({ result }: { readonly result: CheckResult }) {
  const styles = useSummaryStyles();
  const { summary } = result;
  const stated = typeof summary.score.stated === 'number' ? formatScore(summary.score.stated) : undefined;
  const recomputed = summary.score.recomputed === undefined ? undefined : formatScore(summary.score.recomputed);
  const scoreDiffers = stated !== undefined && recomputed !== undefined && stated !== recomputed;
  const gradeStated = summary.score.grade.stated;
  const gradeRecomputed = summary.score.grade.recomputed;
  const gradeDiffers = gradeStated !== undefined && gradeRecomputed !== undefined && gradeStated !== gradeRecomputed;

  return (
    <section className={styles.root} aria-label={M.summaryLabel}>
      <dl className={styles.figures}>
        <dt className={styles.term}>{M.summaryUnit}</dt>
        <dd className={styles.detail}>{summary.unit ?? M.unknownValue}</dd>
        <dt className={styles.term}>{M.summaryFamily}</dt>
        <dd className={styles.detail}>{summary.family?.name ?? M.unknownFamily}</dd>
        <dt className={styles.term}>{M.summaryYear}</dt>
        <dd className={styles.detail}>
          {summary.year === undefined ? M.unknownValue : fillMessage(M.yearValue, { year: summary.year })}
        </dd>
        <dt className={styles.term}>{M.summaryScore}</dt>
        {familyScores(summary.family?.id) ? (
          <>
            <dd className={styles.detail}>
              <span className={scoreDiffers ? styles.mismatch : undefined}>
                {statedVsRecomputed(stated, recomputed)}
              </span>
            </dd>
            <dt className={styles.term}>{M.summaryGrade}</dt>
            <dd className={styles.detail}>
              <span className={gradeDiffers ? styles.mismatch : undefined}>
                {statedVsRecomputed(gradeStated, gradeRecomputed)}
              </span>
            </dd>
          </>
        ) : (
          <dd className={styles.detail}>{M.unscoredFamily}</dd>
        )}
        {summary.budget.executionRate !== undefined && (
          <>
            <dt className={styles.term}>{M.summaryRate}</dt>
            <dd className={styles.detail}>{formatPercent(summary.budget.executionRate)}</dd>
          </>
        )}
      </dl>
      <SeverityBadges findings={result.findings} label={M.countsLabel} />
    </section>
  );
}

/** The counts by severity as badges (错误 2 警告 0 提示 1), or 未发现问题 when there are none. */
export function SeverityBadges({ findings, label }: { readonly findings: readonly Finding[]; readonly label: string }) {
  const styles = useSummaryStyles();
  const counts = countBySeverity(findings);
  return (
    <div className={styles.badges} role="group" aria-label={label}>
      {findings.length === 0 ? (
        <Badge appearance="tint" color="success">
          {M.noProblems}
        </Badge>
      ) : (
        SEVERITIES.map((severity) => (
          <Badge
            key={severity}
            appearance={counts[severity] > 0 ? 'filled' : 'outline'}
            color={SEVERITY_BADGE_COLOR[severity]}
          >
            {fillMessage(M.severityCount, { severity: M.severity[severity], count: counts[severity] })}
          </Badge>
        ))
      )}
    </div>
  );
}
