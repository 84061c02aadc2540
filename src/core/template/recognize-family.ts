// Tells which form family a workbook is, by the signature labels its cells hold (never by sheet names), with a confidence.
import { columnLabel, normalizeLabel } from '../text/normalize';
import { FAMILIES } from './families';
import type { FormFamily, SignatureLabel } from './families/family';
import { BUDGET_COLUMN_LABELS, FIELD_LABELS, GOAL_LABELS, INDICATOR_COLUMN_LABELS } from './labels';
import type { SheetIndex } from './sheet-index';

export type FamilyMatch = {
  readonly family: FormFamily;
  /** Share of the family's signature labels (required and distinguishing) found, 0–1. */
  readonly confidence: number;
  /** Every required label was found. */
  readonly sure: boolean;
  /** The required labels that were not found, as the family writes them. */
  readonly missing: readonly string[];
};

/** The reading tables whose synonyms a required signature label also accepts (labels.ts). */
const READING_TABLES: ReadonlyArray<Readonly<Record<string, readonly string[]>>> = [
  FIELD_LABELS,
  BUDGET_COLUMN_LABELS,
  GOAL_LABELS,
  INDICATOR_COLUMN_LABELS,
];

const NUMBERED_HEADING = /(?<=[\u4e00-\u9fa5])\d{1,2}$/;

/** The texts a workbook's cells hold as labels: whole, without trailing parentheses, and before a "label:" colon. */
export type LabelSet = { readonly exact: ReadonlySet<string>; readonly texts: readonly string[] };

export function collectLabelSet(indexes: readonly SheetIndex[]): LabelSet {
  const exact = new Set<string>();
  const texts: string[] = [];
  for (const index of indexes) {
    for (const norm of index.labelTexts()) {
      texts.push(norm);
      exact.add(norm);
      const colon = norm.indexOf(':');
      for (const text of [norm, ...(colon > 0 ? [norm.slice(0, colon)] : [])]) {
        const bare = columnLabel(text);
        exact.add(bare);
        // A numbered heading ("年度绩效目标1(80分)", "年度目标1:") is the heading.
        exact.add(bare.replace(NUMBERED_HEADING, ''));
      }
    }
  }
  return { exact, texts };
}

const SPELLINGS = new Map<SignatureLabel, readonly string[]>();

/** Every spelling of a signature label, normalised: its own, its synonyms and, when required, the reading tables'. */
function spellingsOf(label: SignatureLabel, withTables: boolean): readonly string[] {
  const cached = SPELLINGS.get(label);
  if (cached) return cached;
  const all = new Set([label.label, ...(label.synonyms ?? [])]);
  if (withTables && !label.title) {
    for (const table of READING_TABLES) {
      for (const list of Object.values(table)) if (list.includes(label.label)) list.forEach((l) => all.add(l));
    }
  }
  const spellings = [...all].map(normalizeLabel);
  SPELLINGS.set(label, spellings);
  return spellings;
}

function isFound(label: SignatureLabel, labels: LabelSet, withTables: boolean): boolean {
  const spellings = spellingsOf(label, withTables);
  if (label.title) return labels.texts.some((t) => spellings.some((s) => t.includes(s)));
  return spellings.some((s) => labels.exact.has(s));
}

export function matchFamily(family: FormFamily, labels: LabelSet): FamilyMatch {
  const missing = family.required.filter((l) => !isFound(l, labels, true)).map((l) => l.label);
  const distinguishing = family.distinguishing.filter((l) => isFound(l, labels, false)).length;
  const total = family.required.length + family.distinguishing.length;
  const found = family.required.length - missing.length + distinguishing;
  if ((family.absent ?? []).some((l) => isFound(l, labels, false)))
    return { family, confidence: 0, sure: false, missing };
  return { family, confidence: total === 0 ? 0 : found / total, sure: missing.length === 0, missing };
}

/** Every family's match against the workbook's labels, in confidence order (FAMILIES). */
export function matchFamilies(indexes: readonly SheetIndex[]): FamilyMatch[] {
  const labels = collectLabelSet(indexes);
  return FAMILIES.map((family) => matchFamily(family, labels));
}

/**
 * The family of a workbook: among the matches whose required labels are all there, the one with the highest
 * confidence (the earlier in confidence order on a tie); else the closest one (highest confidence), not sure.
 */
export function pickFamily(matches: readonly FamilyMatch[]): FamilyMatch {
  const better = (a: FamilyMatch, b: FamilyMatch): FamilyMatch => {
    if (a.sure !== b.sure) return a.sure ? a : b;
    return b.confidence > a.confidence ? b : a;
  };
  const [first, ...rest] = matches;
  if (!first) throw new Error('pickFamily needs at least one family');
  return rest.reduce(better, first);
}

export function recognizeFamily(indexes: readonly SheetIndex[]): FamilyMatch {
  return pickFamily(matchFamilies(indexes));
}
