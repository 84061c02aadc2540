// The findings, filterable by severity and rule, grouped by sheet and severity; a click or Enter selects the cells.
import { Badge, Body1, Caption1, Label, Select, useId } from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import { SEVERITIES, type Finding, type Severity } from '../../core/finding';
import type { CellRef } from '../../core/grid/grid';
import { TASKPANE_MESSAGES as M, fillMessage } from '../messages';
import { SEVERITY_BADGE_COLOR } from '../Summary/Summary';
import { useFindingListStyles } from './FindingList.styles';

export const FIRST_FINDINGS_MARK = 'ziping:first-findings';

export type FindingListProps = {
  readonly findings: readonly Finding[];
  onSelect(refs: readonly CellRef[]): void;
};

type SeverityFilter = Severity | 'all';

type SheetGroup = {
  readonly sheet: string;
  readonly bySeverity: ReadonlyArray<readonly [Severity, Finding[]]>;
  readonly count: number;
};

/** Groups keep the findings' order (sheet order of the workbook, then position), severities most severe first. */
function groupFindings(findings: readonly Finding[]): SheetGroup[] {
  const sheets = new Map<string, Map<Severity, Finding[]>>();
  for (const finding of findings) {
    let bySeverity = sheets.get(finding.sheet);
    if (!bySeverity) sheets.set(finding.sheet, (bySeverity = new Map()));
    let list = bySeverity.get(finding.severity);
    if (!list) bySeverity.set(finding.severity, (list = []));
    list.push(finding);
  }
  return [...sheets].map(([sheet, bySeverity]) => ({
    sheet,
    bySeverity: SEVERITIES.filter((s) => bySeverity.has(s)).map((s) => [s, bySeverity.get(s) ?? []] as const),
    count: [...bySeverity.values()].reduce((n, list) => n + list.length, 0),
  }));
}

export function FindingList({ findings, onSelect }: FindingListProps) {
  const styles = useFindingListStyles();
  const severityId = useId('severity-filter');
  const ruleId = useId('rule-filter');
  const [severity, setSeverity] = useState<SeverityFilter>('all');
  const [rule, setRule] = useState('all');

  const rules = useMemo(() => {
    const counts = new Map<string, number>();
    for (const finding of findings) counts.set(finding.rule, (counts.get(finding.rule) ?? 0) + 1);
    return [...counts].sort(([a], [b]) => a.localeCompare(b));
  }, [findings]);
  // A rule filter left over from an earlier check that no finding has any more would hide everything.
  const ruleFilter = rule !== 'all' && !rules.some(([id]) => id === rule) ? 'all' : rule;

  const shown = useMemo(
    () =>
      findings.filter(
        (f) => (severity === 'all' || f.severity === severity) && (ruleFilter === 'all' || f.rule === ruleFilter),
      ),
    [findings, severity, ruleFilter],
  );
  const groups = useMemo(() => groupFindings(shown), [shown]);

  // The benchmark measures the time until a check's findings (possibly none) are on screen.
  useEffect(() => {
    if (typeof performance.mark === 'function') performance.mark(FIRST_FINDINGS_MARK);
  }, [findings]);

  // Nothing to list or filter: the summary already says 未发现问题.
  if (findings.length === 0) return null;

  return (
    <section className={styles.root} aria-label={M.findingsLabel}>
      <div className={styles.filters}>
        <div className={styles.field}>
          <Label htmlFor={severityId} size="small">
            {M.filterSeverity}
          </Label>
          <Select
            id={severityId}
            size="small"
            className={styles.select}
            value={severity}
            onChange={(_, data) => setSeverity(data.value as SeverityFilter)}
          >
            <option value="all">{M.filterAll}</option>
            {SEVERITIES.map((s) => (
              <option key={s} value={s}>
                {M.severity[s]}
              </option>
            ))}
          </Select>
        </div>
        <div className={styles.field}>
          <Label htmlFor={ruleId} size="small">
            {M.filterRule}
          </Label>
          <Select
            id={ruleId}
            size="small"
            className={styles.select}
            value={ruleFilter}
            onChange={(_, data) => setRule(data.value)}
          >
            <option value="all">{M.filterAll}</option>
            {rules.map(([id, count]) => (
              <option key={id} value={id}>
                {fillMessage(M.filterRuleOption, { rule: id, count })}
              </option>
            ))}
          </Select>
        </div>
      </div>
      <Caption1 className={styles.count} aria-live="polite">
        {fillMessage(M.shownCount, { shown: shown.length, total: findings.length })}
      </Caption1>
      {shown.length === 0 && <Body1>{M.noMatchingFindings}</Body1>}
      {groups.map((group) => (
        <section key={group.sheet} className={styles.sheet} aria-label={group.sheet}>
          <h3 className={styles.sheetHeading}>
            {fillMessage(M.findingsOnSheet, { sheet: group.sheet, count: group.count })}
          </h3>
          {group.bySeverity.map(([groupSeverity, list]) => (
            <div key={groupSeverity}>
              <h4 className={styles.severityHeading}>{`${M.severity[groupSeverity]}（${list.length}）`}</h4>
              <ul className={styles.list} aria-label={`${group.sheet} ${M.severity[groupSeverity]}`}>
                {list.map((finding, i) => (
                  <li key={i}>
                    <FindingItem finding={finding} styles={styles} onSelect={onSelect} />
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </section>
  );
}

type Styles = ReturnType<typeof useFindingListStyles>;

function FindingItem({
  finding,
  styles,
  onSelect,
}: {
  finding: Finding;
  styles: Styles;
  onSelect(refs: readonly CellRef[]): void;
}) {
  const cells = finding.cells.join('、');
  // A native button: focusable, Enter and Space activate it, and its text is read as is (never parsed as HTML).
  return (
    <button
      type="button"
      className={`${styles.item} ${styles[finding.severity]}`}
      aria-label={fillMessage(M.findingGoto, {
        severity: M.severity[finding.severity],
        cells,
        message: finding.message,
      })}
      onClick={() => onSelect(finding.refs)}
    >
      <span className={styles.itemHead}>
        <Badge size="small" appearance="filled" color={SEVERITY_BADGE_COLOR[finding.severity]}>
          {M.severity[finding.severity]}
        </Badge>
        <span className={styles.cells}>{cells}</span>
        <span className={styles.rule}>{finding.rule}</span>
      </span>
      <span className={styles.message}>{finding.message}</span>
    </button>
  );
}
