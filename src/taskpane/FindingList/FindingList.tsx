// The findings as a collapsible tree (sheet → problem kind → cells), filterable by severity and problem kind; a click
// or Enter on a finding selects its cells and marks it as the selected one. A workbook of several project forms is a
// tree of projects (each heading with its own summary) in place of sheets.
import { Body1, Button, Caption1, Label, Select, mergeClasses, useId } from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { SEVERITIES, type Finding, type Severity } from '../../core/finding';
import type { CellRef } from '../../core/grid/grid';
import type { ProjectView } from '../check/pane-check';
import { TASKPANE_MESSAGES as M, fillMessage } from '../messages';
import { ProjectSummary, projectTitle } from '../Summary/ProjectSummary';
import { useFindingListStyles } from './FindingList.styles';
import {
  findingKey,
  groupByProject,
  groupFindings,
  ruleChoices,
  type RuleGroup,
  type TopGroup,
} from './group-findings';

export const FIRST_FINDINGS_MARK = 'ziping:first-findings';

/** Up to this many findings in all, every group starts open: there is nothing to fold away. */
const OPEN_ALL_UP_TO = 5;
/** Up to this many projects, every project starts open; more start closed, their summaries in view. */
const OPEN_PROJECTS_UP_TO = 3;
/** A finding with more cells than this shows the first few and a count, and a button for the rest. */
const CELLS_SHOWN = 3;

export type FindingListProps = {
  readonly findings: readonly Finding[];
  /** A workbook of projects: one group per project, its summary under its heading, in place of one per sheet. */
  readonly projects?: readonly ProjectView[];
  onSelect(refs: readonly CellRef[]): void;
};

type SeverityFilter = Severity | 'all';
type Styles = ReturnType<typeof useFindingListStyles>;

type FilterSelectProps = {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  /** The choices after 全部 ("all"). */
  readonly options: ReadonlyArray<{ readonly value: string; readonly text: string }>;
  onChange(value: string): void;
  readonly styles: Styles;
};

/** One filter of the list: a label and a small select whose first choice, 全部, filters nothing. */
function FilterSelect({ id, label, value, options, onChange, styles }: FilterSelectProps) {
  return (
    <div className={styles.field}>
      <Label htmlFor={id} size="small">
        {label}
      </Label>
      <Select id={id} size="small" className={styles.select} value={value} onChange={(_, data) => onChange(data.value)}>
        <option value="all">{M.filterAll}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.text}
          </option>
        ))}
      </Select>
    </div>
  );
}

const DOT = { error: 'dotError', warning: 'dotWarning', info: 'dotInfo' } as const satisfies Record<Severity, string>;

/** The top level of the tree: the findings' sheets, or the workbook's projects. */
function topGroups(
  shown: readonly Finding[],
  projects: readonly ProjectView[] | undefined,
  matches: (f: Finding) => boolean,
): TopGroup[] {
  if (projects) return groupByProject(projects, matches);
  return groupFindings(shown).map((g) => ({ key: g.sheet, sheet: g.sheet, rules: g.rules, count: g.count }));
}

export function FindingList({ findings, projects, onSelect }: FindingListProps) {
  const styles = useFindingListStyles();
  const severityId = useId('severity-filter');
  const ruleId = useId('rule-filter');
  const treeId = useId('findings');
  const [severity, setSeverity] = useState<SeverityFilter>('all');
  const [rule, setRule] = useState('all');
  const [closedSheets, setClosedSheets] = useState<ReadonlySet<string>>(
    () =>
      new Set(
        projects && projects.length > OPEN_PROJECTS_UP_TO
          ? groupByProject(projects, () => false).map((g) => g.key)
          : [],
      ),
  );
  const [openRules, setOpenRules] = useState<ReadonlySet<string>>(new Set());
  const [selected, setSelected] = useState<string>();

  const rules = useMemo(() => ruleChoices(findings), [findings]);
  // A rule filter left over from an earlier check that no finding has any more would hide everything.
  const ruleFilter = rule !== 'all' && !rules.some(({ id }) => id === rule) ? 'all' : rule;

  const matches = useCallback(
    (f: Finding) => (severity === 'all' || f.severity === severity) && (ruleFilter === 'all' || f.rule === ruleFilter),
    [severity, ruleFilter],
  );
  const shown = useMemo(() => findings.filter(matches), [findings, matches]);
  const groups = useMemo(() => topGroups(shown, projects, matches), [shown, projects, matches]);
  const allRuleKeys = groups.flatMap((g) => g.rules.map((r) => r.key));
  // Few findings, or one problem kind picked in the filter: show them all without a click.
  const openEverything = shown.length <= OPEN_ALL_UP_TO || ruleFilter !== 'all';
  const isRuleOpen = (key: string) => openEverything || openRules.has(key);
  const anyClosed = groups.some((g) => closedSheets.has(g.key)) || allRuleKeys.some((k) => !isRuleOpen(k));

  // The benchmark measures the time until a check's findings (possibly none) are on screen.
  useEffect(() => {
    if (typeof performance.mark === 'function') performance.mark(FIRST_FINDINGS_MARK);
  }, [findings]);

  // Nothing to list or filter: the summary already says 未发现问题 (each project's summary says it of its own).
  if (findings.length === 0 && !projects) return null;

  const toggle = (set: ReadonlySet<string>, key: string) => {
    const next = new Set(set);
    if (!next.delete(key)) next.add(key);
    return next;
  };
  const expandOrCollapseAll = () => {
    if (anyClosed) {
      setClosedSheets(new Set());
      setOpenRules(new Set(allRuleKeys));
    } else {
      setOpenRules(new Set());
    }
  };
  const select = (finding: Finding) => {
    setSelected(findingKey(finding));
    onSelect(finding.refs);
  };

  return (
    <section className={styles.root} aria-label={M.findingsLabel}>
      {findings.length > 0 && (
        <>
          <div className={styles.filters}>
            <FilterSelect
              id={severityId}
              label={M.filterSeverity}
              value={severity}
              options={SEVERITIES.map((s) => ({ value: s, text: M.severity[s] }))}
              onChange={(value) => setSeverity(value as SeverityFilter)}
              styles={styles}
            />
            <FilterSelect
              id={ruleId}
              label={M.filterRule}
              value={ruleFilter}
              options={rules.map(({ id, name, count }) => ({
                value: id,
                text: fillMessage(M.filterRuleOption, { name, count }),
              }))}
              onChange={setRule}
              styles={styles}
            />
          </div>
          <div className={styles.countBar}>
            <Caption1 className={styles.count} aria-live="polite">
              {fillMessage(M.shownCount, { shown: shown.length, total: findings.length })}
            </Caption1>
            {!openEverything && (
              <Button size="small" appearance="transparent" className={styles.expandAll} onClick={expandOrCollapseAll}>
                {anyClosed ? M.expandAll : M.collapseAll}
              </Button>
            )}
          </div>
          {shown.length === 0 && <Body1>{M.noMatchingFindings}</Body1>}
        </>
      )}
      {groups.map((group, g) => {
        const open = !closedSheets.has(group.key);
        const panelId = `${treeId}-${g}`;
        const title = group.project
          ? projectTitle(group.project)
          : fillMessage(M.findingsOnSheet, { sheet: group.sheet, count: group.count });
        return (
          <section
            key={group.key}
            className={mergeClasses(styles.sheet, group.project && styles.project)}
            aria-label={group.project ? title : group.sheet}
          >
            <h3 className={styles.sheetHeading}>
              <button
                type="button"
                className={styles.sheetToggle}
                aria-expanded={open}
                aria-controls={panelId}
                onClick={() => setClosedSheets(toggle(closedSheets, group.key))}
              >
                <span className={mergeClasses(styles.chevron, open && styles.chevronOpen)} aria-hidden />
                {title}
              </button>
            </h3>
            {group.project && <ProjectSummary project={group.project} />}
            {open && group.rules.length > 0 && (
              <ul id={panelId} className={styles.list}>
                {group.rules.map((ruleGroup, r) => (
                  <li key={ruleGroup.key}>
                    <RuleNode
                      group={ruleGroup}
                      panelId={`${panelId}-${r}`}
                      open={isRuleOpen(ruleGroup.key)}
                      onToggle={() => setOpenRules(toggle(openRules, ruleGroup.key))}
                      canToggle={!openEverything}
                      selected={selected}
                      onSelect={select}
                      styles={styles}
                    />
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </section>
  );
}

function RuleNode({
  group,
  panelId,
  open,
  canToggle,
  onToggle,
  selected,
  onSelect,
  styles,
}: {
  group: RuleGroup;
  panelId: string;
  open: boolean;
  canToggle: boolean;
  onToggle(): void;
  selected: string | undefined;
  onSelect(finding: Finding): void;
  styles: Styles;
}) {
  const only = group.findings.length === 1 ? group.findings[0] : undefined;
  const count = fillMessage(M.ruleGroupCount, { count: group.findings.length });
  const label = fillMessage(M.ruleGroup, {
    severity: M.severity[group.severity],
    name: group.name,
    count: group.findings.length,
  });
  const head = (
    <>
      <span className={mergeClasses(styles.dot, styles[DOT[group.severity]])} aria-hidden />
      <span className={styles.ruleName}>{group.name}</span>
      <span className={styles.ruleCount} aria-hidden>
        {only ? rowCells(only.cells) : count}
      </span>
    </>
  );
  return (
    <div className={styles.rule}>
      {canToggle ? (
        <button
          type="button"
          className={styles.ruleToggle}
          aria-expanded={open}
          aria-controls={panelId}
          aria-label={label}
          onClick={onToggle}
        >
          <span className={mergeClasses(styles.chevron, open && styles.chevronOpen)} aria-hidden />
          {head}
        </button>
      ) : (
        <div className={styles.ruleToggle} role="heading" aria-level={4} aria-label={label}>
          {head}
        </div>
      )}
      {open && (
        <div id={panelId} className={styles.rulePanel}>
          <Caption1 className={styles.ruleId}>{fillMessage(M.ruleId, { rule: group.rule })}</Caption1>
          <ul className={styles.list}>
            {group.findings.map((finding) => {
              const key = findingKey(finding);
              return (
                <li key={key}>
                  <FindingItem
                    finding={finding}
                    selected={selected === key}
                    onSelect={() => onSelect(finding)}
                    styles={styles}
                  />
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </div>
  );
}

/** The collapsed row names the cells on its own sheet, two at most: enough to recognise it, short enough for one line. */
function rowCells(cells: readonly string[]): string {
  const own = cells.filter((cell) => !cell.includes('!'));
  const shown = own.slice(0, 2).join('、');
  return shown.length === 0 || own.length < cells.length || own.length > 2
    ? fillMessage(M.cellsEtc, { cells: shown || (cells[0] ?? '') })
    : shown;
}

function shortCells(cells: readonly string[]): string {
  if (cells.length <= CELLS_SHOWN) return cells.join('、');
  return fillMessage(M.cellsMore, { cells: cells.slice(0, CELLS_SHOWN).join('、'), count: cells.length });
}

function FindingItem({
  finding,
  selected,
  onSelect,
  styles,
}: {
  finding: Finding;
  selected: boolean;
  onSelect(): void;
  styles: Styles;
}) {
  const [allCells, setAllCells] = useState(false);
  const long = finding.cells.length > CELLS_SHOWN;
  const cells = allCells || !long ? finding.cells.join('、') : shortCells(finding.cells);
  return (
    <div className={mergeClasses(styles.item, styles[finding.severity], selected && styles.selected)}>
      {/* A native button: focusable, Enter and Space activate it, and its text is read as is (never parsed as HTML). */}
      <button
        type="button"
        className={styles.itemButton}
        aria-current={selected ? 'true' : undefined}
        aria-label={fillMessage(M.findingGoto, {
          severity: M.severity[finding.severity],
          cells: finding.cells.join('、'),
          message: finding.message,
        })}
        onClick={onSelect}
      >
        <span className={styles.itemHead}>
          <span className={styles.cells}>{cells}</span>
          {selected && <span className={styles.selectedTag}>{M.findingSelected}</span>}
        </span>
        <span className={styles.message}>{finding.message}</span>
      </button>
      {long && (
        <Button
          size="small"
          appearance="transparent"
          className={styles.moreCells}
          onClick={() => setAllCells(!allCells)}
        >
          {allCells ? M.showFewerCells : M.showAllCells}
        </Button>
      )}
    </div>
  );
}
