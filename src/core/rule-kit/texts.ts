// The free text a person typed (报告素材, text cells of the data table, score-sheet reasons), for the text checks.
import type { Field, MaterialKey, WorkbookModel } from '../template/model';
import { MATERIAL_LABELS } from '../template/labels';
import { leavesOf } from '../template/parse-score-sheet';
import { cellName } from './naming';

export type TextSource = 'material' | 'data' | 'score';

export type UserText = {
  readonly field: Field<string>;
  readonly text: string;
  readonly source: TextSource;
  /** The 报告素材 key, for material texts. */
  readonly key?: MaterialKey;
};

/** Every user-filled text once, material first (keyed), then the data table, then score-sheet reasons. */
/** Eight rules ask for the texts of one model: each list is built once per model and source set (copies handed out). */
const TEXTS = new WeakMap<WorkbookModel, Map<string, readonly UserText[]>>();

export function userTexts(
  model: WorkbookModel,
  sources: readonly TextSource[] = ['material', 'data', 'score'],
): UserText[] {
  let byModel = TEXTS.get(model);
  if (!byModel) TEXTS.set(model, (byModel = new Map()));
  const key = sources.join(',');
  let texts = byModel.get(key);
  if (!texts) byModel.set(key, (texts = buildUserTexts(model, sources)));
  return [...texts];
}

function buildUserTexts(model: WorkbookModel, sources: readonly TextSource[]): UserText[] {
  const out: UserText[] = [];
  // Cells seen, by sheet then row * 16384 + col: a string key per cell made this the text rules' hot spot on big sheets.
  const seen = new Map<string, Set<number>>();
  const add = (field: Field<string> | undefined, source: TextSource, key?: MaterialKey) => {
    if (!field || field.value === null || field.problem === 'error') return;
    let cells = seen.get(field.ref.sheet);
    if (!cells) seen.set(field.ref.sheet, (cells = new Set()));
    const id = field.ref.row * 16384 + field.ref.col;
    if (cells.has(id)) return;
    cells.add(id);
    out.push(key ? { field, text: field.value, source, key } : { field, text: field.value, source });
  };
  if (sources.includes('material') && model.material) {
    for (const [key, field] of Object.entries(model.material.fields) as [MaterialKey, Field<string>][])
      add(field, 'material', key);
  }
  if (sources.includes('data') && model.data) for (const field of model.data.texts) add(field, 'data');
  if (sources.includes('score') && model.score) {
    for (const leaf of leavesOf(model.score.roots)) add(leaf.reason, 'score');
  }
  return out;
}

/** A text reduced to a form fit for matching: NFKC (full-width digits and brackets folded), no whitespace. */
export function foldText(text: string): string {
  return text.normalize('NFKC').replace(/[\s\u3000\u00a0]+/g, '');
}

/** Texts that answer nothing: 无, /, -, 略 and the like. */
export function isNonAnswer(text: string | null | undefined): boolean {
  if (text === null || text === undefined) return true;
  const t = foldText(text);
  return t === '' || /^(无|\/|-|—|——|略|空|没有|暂无|n\/?a|\\|无扣分原因)$/i.test(t);
}

/** The sentence (between 。；！？ or line breaks) of `text` around index `at`. */
export function sentenceAt(text: string, at: number): string {
  const stops = /[。；;！!？?\n]/;
  let start = at;
  while (start > 0 && !stops.test(text[start - 1] ?? '')) start--;
  let end = at;
  while (end < text.length && !stops.test(text[end] ?? '')) end++;
  return text.slice(start, end);
}

/** Shortens a long text for quoting in a message. */
export function quote(text: string, max = 40): string {
  const t = text.trim();
  return t.length <= max ? t : `${t.slice(0, max)}…`;
}

export type AmountMention = {
  readonly value: number;
  readonly unit: '元' | '万元';
  readonly decimals: number;
  readonly index: number;
  readonly text: string;
};

/** Amounts written with a unit in a (folded) text: "34,474,255.03元", "3447.43万元". */
export function amountsIn(text: string): AmountMention[] {
  const out: AmountMention[] = [];
  const pattern = /(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(万元|元)/g;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const [whole, int = '', frac = '', unit = '元'] = m;
    const value = Number(`${int.replace(/,/g, '')}${frac}`);
    if (!Number.isFinite(value)) continue;
    out.push({ value, unit: unit as '元' | '万元', decimals: frac ? frac.length - 1 : 0, index: m.index, text: whole });
  }
  return out;
}

/** Where a text stands, for messages: the 报告素材 label it answers ("自评结果说明"), else its qualified cell address. */
export function placeOf(text: UserText): string {
  return text.key ? (MATERIAL_LABELS[text.key][0] ?? text.key) : cellName(text.field.ref);
}
