// The building blocks every part of the report uses: the context of one build, and runs made with their sources.
import type { CheckResult } from '../core/check';
import type { Settings } from '../core/calc/settings';
import type { CellRef } from '../core/grid/grid';
import type { Field, Grade } from '../core/template/model';
import { formatAmount } from '../core/text/format';
import type { GeneratedRun, ReportParagraph, ReportRun, ReportSection, SectionLevel } from './report-model';
import { missingMarker } from './report-text';

export type Ctx = {
  readonly result: CheckResult;
  readonly settings: Settings;
  readonly thousands: boolean;
  /** The amount unit (元 / 万元). */
  readonly unit: string;
  /** The unit's name, when filled in (a （单位名称） placeholder in material text becomes it). */
  readonly unitName?: string;
  /** The recomputed total and grade, when every 得分 is filled in (else no figure is stated). */
  readonly scoreTotal?: number;
  readonly grade?: Grade;
};

export const outline = (text: string): ReportRun => ({ kind: 'outline', text });
export const generated = (text: string, sources: readonly (CellRef | undefined)[]): GeneratedRun => ({
  kind: 'generated',
  text,
  sources: dedupeRefs(sources.filter((r): r is CellRef => r !== undefined)),
});
export const missing = (label: string, at?: CellRef): ReportRun => ({
  kind: 'missing',
  text: missingMarker(label),
  field: label,
  ...(at ? { at } : {}),
});
export const body = (...runs: ReportRun[]): ReportParagraph => ({ role: 'body', runs });

function dedupeRefs(refs: readonly CellRef[]): CellRef[] {
  const seen = new Set<string>();
  return refs.filter((r) => {
    const key = `${r.sheet}!${r.row}:${r.col}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function textOf(field: Field<string> | undefined): string | undefined {
  const value = field?.value;
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

export function section(
  id: string,
  level: SectionLevel,
  heading: string,
  paragraphs: ReportParagraph[],
  children: ReportSection[] = [],
): ReportSection {
  return { id, level, heading, paragraphs, children };
}

/** An amount as the report writes it: 2 decimals, thousands separators if asked, no "-0.00". */
export const amount = (ctx: Ctx, value: number) =>
  formatAmount(Math.abs(value) < 0.005 ? 0 : value, { thousands: ctx.thousands });
