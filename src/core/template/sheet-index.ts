// A searchable view of one Grid: labels by normalised text, key–value lookup, and typed field readers.
import type { Cell, CellPos, CellValue, Grid } from '../grid/grid';
import { anchorOf, cellAt, isBlankValue, isCellError } from '../grid/grid';
import { parseDateText, dateFromSerial, type DateParts } from '../text/dates';
import { isMark } from '../text/marks';
import { normalizeLabel } from '../text/normalize';
import { formatDecimals, isDateFormat, isPercentFormat, isReadableNumber, readNumber } from '../text/numbers';
import type { Field } from './model';

/** Longer texts are prose, never labels: not indexing them keeps big sheets fast. */
const MAX_LABEL_LENGTH = 40;

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Decimal places a number format shows, remembered per format (a sheet has a handful of formats, many cells). */
const DECIMALS_BY_FORMAT = new Map<string, number | undefined>();

function decimalsOf(numFmt: string | undefined): number | undefined {
  if (numFmt === undefined) return undefined;
  if (!DECIMALS_BY_FORMAT.has(numFmt)) DECIMALS_BY_FORMAT.set(numFmt, formatDecimals(numFmt));
  return DECIMALS_BY_FORMAT.get(numFmt);
}

/** The recogniser looks up the same label lists for every sheet and block: each label is normalised once. */
const LABEL_NORMS = new Map<string, string>();

function normalizedLabel(label: string): string {
  let norm = LABEL_NORMS.get(label);
  if (norm === undefined) LABEL_NORMS.set(label, (norm = normalizeLabel(label)));
  return norm;
}

export type LabelHit = {
  readonly pos: CellPos;
  readonly norm: string;
  /** text after "label:" in the same cell */ readonly inline?: string;
};

/** How many empty columns may stand between a label and the merged slot it names. */
const SPACER_COLUMNS = 3;

export class SheetIndex {
  readonly grid: Grid;
  private readonly norms = new Map<number, string>();
  private readonly byNorm = new Map<string, CellPos[]>();
  /** Cells written "label:value", the only ones an inline lookup needs to scan. */
  private readonly inline: Array<{ pos: CellPos; norm: string }> = [];

  constructor(grid: Grid) {
    this.grid = grid;
    // Big blocks repeat the same short texts (是, 人, ≥, level names): each is normalised once.
    const normalized = new Map<string, string>();
    grid.cells.forEach((row, r) => {
      row?.forEach((cell, c) => {
        if (!cell || cell.mergedFrom || typeof cell.value !== 'string' || cell.value.length > MAX_LABEL_LENGTH) return;
        let norm = normalized.get(cell.value);
        if (norm === undefined) normalized.set(cell.value, (norm = normalizeLabel(cell.value)));
        if (norm === '') return;
        this.norms.set(r * 16384 + c, norm);
        if (norm.includes(':')) this.inline.push({ pos: { row: r, col: c }, norm });
        const list = this.byNorm.get(norm);
        if (list) list.push({ row: r, col: c });
        else this.byNorm.set(norm, [{ row: r, col: c }]);
      });
    });
  }

  /** The normalised text of a cell (of its merge anchor), '' when it is not a short text. */
  norm(row: number, col: number): string {
    const anchor = anchorOf(this.grid, { row, col });
    return this.norms.get(anchor.row * 16384 + anchor.col) ?? '';
  }

  /** Every distinct normalised short text of the sheet (what family recognition matches signatures against). */
  labelTexts(): IterableIterator<string> {
    return this.byNorm.keys();
  }

  /** All cells whose whole text is one of the labels, in reading order. */
  findAll(labels: readonly string[]): CellPos[] {
    const hits: CellPos[] = [];
    for (const label of labels) hits.push(...(this.byNorm.get(normalizedLabel(label)) ?? []));
    return hits.sort((a, b) => a.row - b.row || a.col - b.col);
  }

  /**
   * The first cell labelled with one of `labels`: either the whole text ("单位名称") or a "label:value" text
   * ("金额单位：元"). Earlier labels in the list win over later ones (the list goes from specific to generic).
   */
  find(
    labels: readonly string[],
    within?: { top?: number; bottom?: number },
    options: { inlineOnly?: boolean } = {},
  ): LabelHit | undefined {
    const inRange = (p: CellPos) =>
      (within?.top === undefined || p.row >= within.top) && (within?.bottom === undefined || p.row <= within.bottom);
    for (const label of options.inlineOnly ? [] : labels) {
      const norm = normalizedLabel(label);
      const exact = (this.byNorm.get(norm) ?? []).find(inRange);
      if (exact) return { pos: exact, norm };
    }
    for (const label of labels) {
      const prefix = `${normalizedLabel(label)}:`;
      for (const { pos, norm } of this.inline) {
        if (!norm.startsWith(prefix) || !inRange(pos)) continue;
        const text = String(cellAt(this.grid, pos.row, pos.col)?.value ?? '');
        const inline = text.slice(text.search(/[:：]/) + 1).trim();
        return { pos, norm: prefix.slice(0, -1), inline };
      }
    }
    return undefined;
  }

  /** The first non-empty cell to the right of `pos` on its row, skipping the label's own merged cells. */
  valueRightOf(pos: CellPos): CellPos | undefined {
    const own = anchorOf(this.grid, pos);
    const row = this.grid.cells[pos.row];
    if (!row) return undefined;
    for (let c = pos.col + 1; c < row.length; c++) {
      const cell = row[c];
      if (!cell || isBlankValue(cell.value)) continue;
      const anchor = anchorOf(this.grid, { row: pos.row, col: c });
      if (anchor.row === own.row && anchor.col === own.col) continue;
      return anchor;
    }
    return undefined;
  }

  /** The first cell right of the label's merged area, where a value should be typed (for pointing at a blank). */
  slotRightOf(pos: CellPos): CellPos {
    const own = anchorOf(this.grid, pos);
    const merge = this.grid.merges.find((m) => m.top === own.row && m.left === own.col);
    const next = { row: pos.row, col: (merge ? merge.right : own.col) + 1 };
    // An empty spacer column between the label and its merged slot is no slot: the merged range after it is.
    for (let col = next.col; col < next.col + SPACER_COLUMNS; col++) {
      const cell = this.cell({ row: pos.row, col });
      if (cell && (cell.mergedFrom || (cell.value !== null && cell.value !== ''))) return next;
      if (this.grid.merges.some((m) => m.top === pos.row && m.left === col + 1)) return { row: pos.row, col: col + 1 };
    }
    return next;
  }

  cell(pos: CellPos): Cell | undefined {
    return cellAt(this.grid, pos.row, pos.col);
  }

  ref(pos: CellPos) {
    const anchor = anchorOf(this.grid, pos);
    return { sheet: this.grid.name, row: anchor.row, col: anchor.col };
  }

  /** Reads a text field. Numbers are turned into their text; errors are kept as problems. */
  text(pos: CellPos): Field<string> {
    const anchor = anchorOf(this.grid, pos);
    const cell = this.cell(anchor);
    const raw: CellValue = cell?.value ?? null;
    // Built property by property rather than by spreads: this runs for every cell of every block (50,000-row sheets).
    const field: Mutable<Field<string>> = {
      ref: { sheet: this.grid.name, row: anchor.row, col: anchor.col },
      raw,
      value: null,
    };
    if (cell?.formula) field.formula = cell.formula;
    if (isCellError(raw)) field.problem = 'error';
    else if (isBlankValue(raw)) field.problem = 'blank';
    else field.value = String(raw).trim();
    return field;
  }

  /** Reads a numeric field (amounts, weights, scores, rates). Text that looks like a number is used but flagged. */
  number(pos: CellPos, options: { percentColumn?: boolean } = {}): Field<number> {
    const anchor = anchorOf(this.grid, pos);
    const cell = this.cell(anchor);
    const raw: CellValue = cell?.value ?? null;
    const numFmt = cell?.numFmt;
    const field: Mutable<Field<number>> = {
      ref: { sheet: this.grid.name, row: anchor.row, col: anchor.col },
      raw,
      value: null,
    };
    if (cell?.formula) field.formula = cell.formula;
    if (numFmt) field.numFmt = numFmt;
    // The common cases first, without building a reading object.
    if (raw === null) {
      field.problem = 'blank';
      return field;
    }
    if (typeof raw === 'number' && isReadableNumber(raw)) {
      const percent = isPercentFormat(numFmt);
      field.value = options.percentColumn && !percent && raw > 2 ? raw / 100 : raw;
      field.percent = percent || options.percentColumn === true;
      const decimals = decimalsOf(numFmt);
      if (decimals !== undefined) field.decimals = decimals;
      return field;
    }
    const reading = readNumber(raw);
    switch (reading.kind) {
      case 'blank':
        field.problem = 'blank';
        return field;
      case 'error':
        field.problem = 'error';
        return field;
      case 'text':
        field.problem = isMark(reading.text) ? 'not-applicable' : 'not-a-number';
        return field;
      case 'text-number':
        field.value =
          options.percentColumn && !reading.percent && reading.value > 2 ? reading.value / 100 : reading.value;
        field.problem = 'text-number';
        field.decimals = reading.decimals;
        field.percent = reading.percent || options.percentColumn === true;
        return field;
      case 'number': {
        const percent = isPercentFormat(numFmt);
        field.value = options.percentColumn && !percent && reading.value > 2 ? reading.value / 100 : reading.value;
        field.percent = percent || options.percentColumn === true;
        const decimals = decimalsOf(numFmt);
        if (decimals !== undefined) field.decimals = decimals;
        return field;
      }
    }
  }

  /** Reads a date: an Excel serial (number) or a typed date text. */
  date(pos: CellPos): Field<DateParts> {
    const anchor = anchorOf(this.grid, pos);
    const cell = this.cell(anchor);
    const raw: CellValue = cell?.value ?? null;
    const base = {
      ref: this.ref(anchor),
      raw,
      ...(cell?.formula ? { formula: cell.formula } : {}),
      ...(cell?.numFmt ? { numFmt: cell.numFmt } : {}),
    };
    if (isCellError(raw)) return { ...base, value: null, problem: 'error' };
    if (isBlankValue(raw)) return { ...base, value: null, problem: 'blank' };
    if (typeof raw === 'number') {
      const date = isDateFormat(cell?.numFmt) || (raw > 20000 && raw < 80000) ? dateFromSerial(raw) : undefined;
      return date ? { ...base, value: date } : { ...base, value: null, problem: 'unparsable-date' };
    }
    const reading = parseDateText(String(raw));
    if (reading.kind === 'date') return { ...base, value: reading.date };
    return { ...base, value: null, problem: reading.kind === 'not-a-date' ? 'not-a-date' : 'unparsable-date' };
  }

  /** Whether every cell of a row between two columns (inclusive) is blank. */
  isBlankRow(row: number, fromCol = 0, toCol = this.grid.colCount - 1): boolean {
    const cells = this.grid.cells[row];
    if (!cells) return true;
    for (let c = fromCol; c <= toCol && c < cells.length; c++) {
      if (!isBlankValue(cells[c]?.value)) return false;
    }
    return true;
  }
}

/** A Field for a value the template should hold but where nothing (not even a label) was typed. */
export function blankField<T>(sheet: string, pos: CellPos): Field<T> {
  return { ref: { sheet, row: pos.row, col: pos.col }, value: null, raw: null, problem: 'blank' };
}
