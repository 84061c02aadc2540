// Building a rule's fix: one proposed cell change, whether a stated cell needs one, and the formulas fixes write.
import type { Computed } from '../calc/compute-workbook';
import type { Settings } from '../calc/settings';
import type { FixProposal } from '../finding';
import { toA1 } from '../grid/a1';
import type { CellRef } from '../grid/grid';
import type { Field, WorkbookModel } from '../template/model';

/** What a fix is computed from: the rule context without its report function. */
export type FixContext = { readonly model: WorkbookModel; readonly computed: Computed; readonly settings: Settings };

const PERCENT_FORMAT = '0.00%';

/** Whether a stated field should be rewritten: an Excel error always; a blank never (not stated); else when it differs. */
export function differs<T>(field: Field<T> | undefined, same: (value: T) => boolean): field is Field<T> {
  if (!field) return false;
  if (field.problem === 'error') return true;
  if (field.value === null) return false;
  return !same(field.value);
}

export function cellFix(
  field: Field<unknown>,
  what: string,
  value: number | string,
  extra: { formula?: string | undefined; numFmt?: string | undefined } = {},
): FixProposal {
  return {
    ref: field.ref,
    what,
    current: field.raw,
    ...(field.formula !== undefined ? { currentFormula: field.formula } : {}),
    value,
    ...(extra.formula !== undefined ? { formula: extra.formula } : {}),
    ...(extra.numFmt !== undefined ? { numFmt: extra.numFmt } : {}),
  };
}

/** The fixes that apply, in order, without the ones that do not. */
export function fixList(...fixes: ReadonlyArray<FixProposal | undefined>): FixProposal[] {
  return fixes.filter((f): f is FixProposal => f !== undefined);
}

/** A rate written into a cell that does not show percentages gets a percentage format, else it would read "1". */
export function percentFormat(field: Field<unknown>): string | undefined {
  return field.numFmt?.includes('%') ? undefined : PERCENT_FORMAT;
}

/** "SUM(D19:D21)" for a contiguous column of cells, "D18+D22" otherwise; undefined when a cell is missing. */
export function refsSumFormula(refs: readonly (CellRef | undefined)[]): string | undefined {
  if (refs.length === 0 || refs.some((r) => r === undefined)) return undefined;
  const sorted = (refs as readonly CellRef[]).slice().sort((a, b) => a.row - b.row);
  const first = sorted[0] as CellRef;
  const last = sorted[sorted.length - 1] as CellRef;
  if (sorted.length === 1) return toA1(first);
  const contiguous = sorted.every(
    (r, i) =>
      r.col === first.col && r.sheet === first.sheet && (i === 0 || r.row === (sorted[i - 1] as CellRef).row + 1),
  );
  return contiguous ? `SUM(${toA1(first)}:${toA1(last)})` : sorted.map(toA1).join('+');
}

/** actual ÷ base, blank when the base is 0. */
export function rateFormula(actual: CellRef | undefined, base: CellRef | undefined): string | undefined {
  if (!actual || !base) return undefined;
  return `IF(${toA1(base)}=0,"",${toA1(actual)}/${toA1(base)})`;
}

/** Memoizes one value per check run (per Computed), for fix helpers several rules call. */
export function perRun<T>(build: (context: FixContext) => T): (context: FixContext) => T {
  const cache = new WeakMap<Computed, T>();
  return (context) => {
    let value = cache.get(context.computed);
    if (value === undefined) cache.set(context.computed, (value = build(context)));
    return value;
  };
}
