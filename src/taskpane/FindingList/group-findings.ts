// The findings as a tree, as Excel's checker panes show them: sheet → rule (one problem kind) → the findings' cells.
import { SEVERITY_RANK, type Finding, type Severity } from '../../core/finding';
import { ruleName } from '../../core/rule-names';
import type { ProjectView } from '../check/pane-check';

export type RuleGroup = {
  /** Stable across re-checks, so what the accountant opened stays open after fixing a cell. */
  readonly key: string;
  readonly rule: string;
  readonly name: string;
  readonly severity: Severity;
  readonly findings: readonly Finding[];
};

export type SheetGroup = { readonly sheet: string; readonly rules: readonly RuleGroup[]; readonly count: number };

/** The tree's top level: a sheet, or a project of a workbook of project forms (then `project` is set). */
export type TopGroup = SheetGroup & { readonly key: string; readonly project?: ProjectView };

/**
 * Sheets keep the findings' order (the workbook's); within a sheet the rules go most severe first, then in the order
 * their first cell appears, and each rule keeps its findings in sheet order. A rule that reports two severities gets
 * one group per severity, so a group's colour is never wrong.
 */
export function groupFindings(findings: readonly Finding[]): SheetGroup[] {
  const sheets = new Map<string, Map<string, { rule: string; severity: Severity; findings: Finding[] }>>();
  for (const finding of findings) {
    let rules = sheets.get(finding.sheet);
    if (!rules) sheets.set(finding.sheet, (rules = new Map()));
    const key = ruleGroupKey(finding);
    let group = rules.get(key);
    if (!group) rules.set(key, (group = { rule: finding.rule, severity: finding.severity, findings: [] }));
    group.findings.push(finding);
  }
  return [...sheets].map(([sheet, rules]) => {
    const groups = [...rules].map(([key, g], order) => ({ key, order, name: ruleName(g.rule), ...g }));
    groups.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || a.order - b.order);
    return {
      sheet,
      rules: groups.map(({ order: _order, ...group }) => group),
      count: groups.reduce((n, g) => n + g.findings.length, 0),
    };
  });
}

/**
 * One group per project, in the workbook's order, even when none of its findings `matches` (its summary still shows).
 * A project's rules keep the sheet grouping's order; their keys name the project, so two projects on one sheet never
 * share a group.
 */
export function groupByProject(projects: readonly ProjectView[], matches: (f: Finding) => boolean): TopGroup[] {
  return projects.map((project, p) => {
    const sheets = groupFindings(project.findings.filter(matches));
    return {
      key: `project\u0000${p}`,
      sheet: project.sheet,
      project,
      rules: sheets.flatMap((g) => g.rules).map((rule) => ({ ...rule, key: `${p}\u0000${rule.key}` })),
      count: sheets.reduce((n, g) => n + g.count, 0),
    };
  });
}

export function ruleGroupKey(finding: Pick<Finding, 'sheet' | 'rule' | 'severity'>): string {
  return `${finding.sheet}\u0000${finding.rule}\u0000${finding.severity}`;
}

/** Identifies one finding across re-checks (same rule, same cells, same text). */
export function findingKey(finding: Finding): string {
  return `${ruleGroupKey(finding)}\u0000${finding.cells.join(',')}\u0000${finding.message}`;
}

/** The rule filter's choices: each finding id once, with its Chinese name and count, most severe first, then by name. */
export function ruleChoices(findings: readonly Finding[]): { id: string; name: string; count: number }[] {
  const byId = new Map<string, { id: string; name: string; count: number; rank: number }>();
  for (const f of findings) {
    const entry = byId.get(f.rule) ?? { id: f.rule, name: ruleName(f.rule), count: 0, rank: SEVERITY_RANK[f.severity] };
    entry.count++;
    entry.rank = Math.min(entry.rank, SEVERITY_RANK[f.severity]);
    byId.set(f.rule, entry);
  }
  return [...byId.values()]
    .sort((a, b) => a.rank - b.rank || a.name.localeCompare(b.name, 'zh-CN'))
    .map(({ id, name, count }) => ({ id, name, count }));
}
