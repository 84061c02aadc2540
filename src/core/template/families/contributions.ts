// Adds every family's synonyms to the generic reading tables, so one reader (and every principle in it) reads them all.
import type { LabelContributions } from './family';
import { FAMILIES } from './index';

type Table = keyof LabelContributions;

/**
 * `base` with each family's labels for the same role appended (after the generic ones, which keep their precedence),
 * without duplicates. labels.ts wraps its tables in this.
 */
export function withFamilyLabels<T extends Readonly<Record<string, readonly string[]>>>(
  table: Table,
  base: T,
): { readonly [K in keyof T]: readonly string[] } {
  const merged: Record<string, readonly string[]> = { ...base };
  for (const family of FAMILIES) {
    const contributed: Readonly<Record<string, readonly string[] | undefined>> = family.contributes[table] ?? {};
    for (const [role, labels] of Object.entries(contributed)) {
      if (!labels || !(role in merged)) continue;
      const known = merged[role] ?? [];
      merged[role] = [...known, ...labels.filter((l) => !known.includes(l))];
    }
  }
  return merged as { readonly [K in keyof T]: readonly string[] };
}
