// 报告素材 text made fit for the report: items typed on one line split into paragraphs, template residue removed, and
// every figure a finding contradicts followed by a 【待核实：…】 marker naming what the tables say.
import { scoresEqual } from '../core/calc/compare';
import type { Settings } from '../core/calc/settings';
import type { Finding } from '../core/finding';
import { gradeClaims, parseGrade } from '../core/template/choices';
import type { CellRef } from '../core/grid/grid';
import type { Grade } from '../core/template/model';
import { formatScore } from '../core/text/format';
import type { ReportRun } from './report-model';
import { fillTemplate } from '../core/messages';
import { MISSING, UNVERIFIED, missingMarker } from './report-text';

/** A piece of one paragraph of material text, before it becomes runs. */
export type MaterialPiece =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'placeholder'; readonly text: string }
  | { readonly kind: 'unverified'; readonly text: string; readonly rule: string };

/** Template instructions: dropped from the text (they are never content). */
const INSTRUCTIONS: readonly RegExp[] = [
  /【[^】]*】/g,
  /[（(]\s*\d+\s*字以[内下]\s*[）)]/g,
  /说明本单位[^。\n]*[。]?/g,
  /对照《[^》]*》\s*逐项分析[^。\n]*[。]?/g,
  /此处填写|请在此处?填写/g,
];
/** Template placeholders: replaced by a visible 【待填写】 marker (the unit name, when that is what they stand for). */
const PLACEHOLDERS: readonly RegExp[] = [
  /[（(]\s*(?:单位名称|部门名称|单位全称|填写单位名称)\s*[）)]/g,
  /[X×Ｘx]{2,}|…{2,}|\.{6,}/g,
];
const UNIT_PLACEHOLDER = /单位|部门/;

/**
 * Where a numbered item starts inside a line: after a sentence end, "2." "2、" "（2）" "(2)" "二、" "（二）".
 * "2.5万元" is not an item (a digit follows the dot).
 */
const ITEM_START =
  /(?<=[。；;！？!?])\s*(?=(?:\d{1,2}[、．]|\d{1,2}\.(?!\d)|[（(]\d{1,2}[）)]|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]))/g;

/** One paragraph per line written in the cell, and one per numbered item typed on the same line. */
export function splitParagraphs(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .flatMap((line) => line.split(ITEM_START))
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

/** True when nothing but punctuation and spaces is left. */
export function isEmptyText(text: string): boolean {
  return text.replace(/[\s\u3000，。；：、,.;:!?！？“”"'‘’（）()《》\-—…]/g, '') === '';
}

type Span = { readonly start: number; readonly end: number; readonly kind: 'drop' | 'placeholder'; text: string };

function residueSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const re of INSTRUCTIONS)
    for (const m of text.matchAll(re))
      spans.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, kind: 'drop', text: m[0] });
  for (const re of PLACEHOLDERS)
    for (const m of text.matchAll(re))
      spans.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, kind: 'placeholder', text: m[0] });
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const span of spans) {
    const last = out[out.length - 1];
    if (last && span.start < last.end) continue;
    out.push(span);
  }
  return out;
}

/** The text with template residue out: instructions dropped, placeholders kept as placeholder pieces. */
export function residueFree(text: string): MaterialPiece[] {
  const pieces: MaterialPiece[] = [];
  let at = 0;
  const push = (piece: MaterialPiece) => {
    const last = pieces[pieces.length - 1];
    if (piece.kind === 'text' && last?.kind === 'text')
      pieces[pieces.length - 1] = { kind: 'text', text: last.text + piece.text };
    else if (piece.text !== '') pieces.push(piece);
  };
  for (const span of residueSpans(text)) {
    push({ kind: 'text', text: text.slice(at, span.start) });
    if (span.kind === 'placeholder') push({ kind: 'placeholder', text: span.text });
    at = span.end;
  }
  push({ kind: 'text', text: text.slice(at) });
  return pieces.filter((p) => p.kind !== 'text' || !isEmptyText(p.text) || pieces.length > 1);
}

// ---- contradicted figures --------------------------------------------------------------------------------------------

/** A figure in the text to mark: `anchor` is (a folded prefix of) the claim, `note` what the tables say. */
export type Claim = { readonly anchor: string; readonly note: string; readonly rule: string };

const fold = (text: string) => text.normalize('NFKC').replace(/[\s\u3000\u00a0]+/g, '');
const unquote = (text: string) => fold(String(text)).replace(/…$/, '');

/** The claims the findings on `cell` make about its text (narrative-claim, unit-mismatch, score-stated-elsewhere). */
export function claimsFromFindings(findings: readonly Finding[], cell: CellRef): Claim[] {
  const out: Claim[] = [];
  for (const f of findings) {
    const first = f.refs[0];
    if (!first || first.sheet !== cell.sheet || first.row !== cell.row || first.col !== cell.col) continue;
    const d = (f.data ?? {}) as Readonly<Record<string, unknown>>;
    const s = (key: string) => (d[key] === undefined ? '' : String(d[key]));
    if (f.rule === 'unit-mismatch' && d.written !== undefined)
      out.push({
        anchor: unquote(s('written')),
        note: fillTemplate(UNVERIFIED.shouldRead, { fix: s('fix') }),
        rule: f.rule,
      });
    else if (f.rule === 'narrative-claim') {
      if (d.claim !== undefined && d.fix !== undefined)
        out.push({
          anchor: unquote(s('claim')),
          note: fillTemplate(UNVERIFIED.shouldRead, { fix: `${s('fix')}` }) + s('pctNote').replace(/（.*）$/, ''),
          rule: f.rule,
        });
      else if (d.stated !== undefined && d.computed !== undefined && d.indicator !== undefined)
        out.push({
          anchor: unquote(`同比${s('word')}${s('stated')}`),
          note: fillTemplate(UNVERIFIED.shouldRead, { fix: `同比${s('trueWord')}${s('computed')}` }),
          rule: f.rule,
        });
      else if (d.stated !== undefined && d.computed !== undefined && d.name !== undefined)
        out.push({
          anchor: unquote(`得${s('stated')}分`),
          note: fillTemplate(UNVERIFIED.scoreOf, { name: s('name'), score: s('computed') }),
          rule: f.rule,
        });
      else if (d.stated !== undefined && d.computed !== undefined)
        out.push({
          anchor: unquote(s('stated')),
          note: fillTemplate(UNVERIFIED.rate, { rate: s('computed') }),
          rule: f.rule,
        });
    } else if (f.rule === 'score-stated-elsewhere' && d.claim !== undefined) {
      const grade = d.total !== undefined;
      out.push({
        anchor: unquote(s('claim')),
        note: grade
          ? fillTemplate(UNVERIFIED.grade, { grade: s('computed') })
          : fillTemplate(UNVERIFIED.score, { score: s('computed') }),
        rule: f.rule,
      });
    }
  }
  return out;
}

const SCORE_CLAIM = /(?:自评得分|自评分数|自评总分|总得分|总分)(?:为|是|达到|:)?(\d+(?:\.\d+)?)分/g;

/**
 * Score and grade claims the report checks itself: the check stays silent when the text repeats the score sheet's own
 * wrong total (that is score-total's finding), but the report states the recomputed total and must not disagree.
 */
export function scoreClaims(
  text: string,
  total: number | undefined,
  grade: Grade | undefined,
  settings: Settings,
): Claim[] {
  const out: Claim[] = [];
  const t = fold(text);
  if (total !== undefined)
    for (const m of t.matchAll(SCORE_CLAIM))
      if (!scoresEqual(Number(m[1]), total, settings))
        out.push({
          anchor: m[0],
          note: fillTemplate(UNVERIFIED.score, { score: formatScore(total) }),
          rule: 'score-stated-elsewhere',
        });
  if (grade !== undefined)
    for (const m of t.matchAll(gradeClaims())) {
      if (parseGrade(m[1] ?? '') !== grade)
        out.push({ anchor: m[0], note: fillTemplate(UNVERIFIED.grade, { grade }), rule: 'score-stated-elsewhere' });
    }
  return out;
}

/** Index in `text` just after the sentence (up to 。；！？ or the end) holding the folded `anchor`; -1 if absent. */
export function sentenceEndAfter(text: string, anchor: string): number {
  if (anchor === '') return -1;
  // Fold character by character, remembering where each folded character came from.
  let folded = '';
  const origin: number[] = [];
  [...text].reduce((at, ch) => {
    const f = fold(ch);
    for (let i = 0; i < f.length; i++) origin.push(at);
    folded += f;
    return at + ch.length;
  }, 0);
  const hit = folded.indexOf(anchor);
  if (hit < 0) return -1;
  let end = (origin[hit + anchor.length - 1] ?? text.length - 1) + 1;
  while (end < text.length && !/[。；;！!？?]/.test(text[end] ?? '')) end++;
  return Math.min(text.length, end + 1);
}

/** Inserts one unverified piece after the sentence of each claim found in the pieces' text. */
export function markClaims(
  pieces: readonly MaterialPiece[],
  claims: readonly Claim[],
): { pieces: MaterialPiece[]; used: Set<Claim> } {
  let out = [...pieces];
  const used = new Set<Claim>();
  for (const claim of claims) {
    const next: MaterialPiece[] = [];
    let placed = false;
    for (const piece of out) {
      if (placed || piece.kind !== 'text') {
        next.push(piece);
        continue;
      }
      const end = sentenceEndAfter(piece.text, claim.anchor);
      if (end < 0) {
        next.push(piece);
        continue;
      }
      placed = true;
      used.add(claim);
      next.push({ kind: 'text', text: piece.text.slice(0, end) });
      next.push({ kind: 'unverified', text: fillTemplate(UNVERIFIED.marker, { note: claim.note }), rule: claim.rule });
      if (end < piece.text.length) next.push({ kind: 'text', text: piece.text.slice(end) });
    }
    out = next.filter((p) => p.text !== '');
  }
  return { pieces: out, used };
}

/** The pieces as report runs; a placeholder standing for the unit name becomes it when the name is known. */
export function piecesToRuns(pieces: readonly MaterialPiece[], source: CellRef, unit: string | undefined): ReportRun[] {
  return pieces.map((piece): ReportRun => {
    if (piece.kind === 'text') return { kind: 'material', text: piece.text, source };
    if (piece.kind === 'unverified') return { kind: 'unverified', text: piece.text, rule: piece.rule, at: source };
    if (unit !== undefined && UNIT_PLACEHOLDER.test(piece.text)) return { kind: 'material', text: unit, source };
    return { kind: 'missing', text: missingMarker(MISSING.placeholder), field: MISSING.placeholder, at: source };
  });
}
