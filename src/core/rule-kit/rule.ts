// The rule contract: like an ESLint rule, a rule is metadata plus a check that reports findings through its context.
import type { Computed } from '../calc/compute-workbook';
import type { Settings } from '../calc/settings';
import type { FixProposal, Severity } from '../finding';
import type { CellRef, Grid } from '../grid/grid';
import type { WorkbookModel } from '../template/model';

export type MessageData = Readonly<Record<string, string | number>>;

export type RuleMeta<M extends string = string> = {
  /** The public rule id (rules.md); equal to the rule's file name. */
  readonly id: string;
  /** Short Chinese name shown to users (cards, filters, CLI, CSV), e.g. 执行率计算错误; the id stays the contract. */
  readonly name: string;
  readonly severity: Severity;
  /** One line, English, for developers and the registry listing. */
  readonly description: string;
  /** Chinese message templates with {{placeholders}}, keyed by messageId. */
  readonly messages: Readonly<Record<M, string>>;
};

export type ReportDescriptor<M extends string = string> = {
  readonly messageId: M;
  /** The cell to fix first comes first. */
  readonly cells: readonly CellRef[];
  readonly data?: MessageData;
  /** Overrides meta.severity (rules.md gives some rules two severities). */
  readonly severity?: Severity;
  /** The recalculated cell values that repair the finding (like ESLint's fix); empty or absent when none applies. */
  readonly fix?: readonly FixProposal[];
};

export type RuleContext<M extends string = string> = {
  readonly model: WorkbookModel;
  readonly computed: Computed;
  readonly settings: Settings;
  readonly grids: readonly Grid[];
  report(descriptor: ReportDescriptor<M>): void;
};

export type Rule<M extends string = string> = {
  readonly meta: RuleMeta<M>;
  check(context: RuleContext<M>): void;
};

/** Identity helper that keeps messageIds type-checked between meta and check. */
export function defineRule<M extends string>(rule: Rule<M>): Rule<M> {
  return rule;
}

export function formatMessage(template: string, data: MessageData = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));
}
