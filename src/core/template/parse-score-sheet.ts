// Recognises the score sheet (自评评分表): a 2–3 row merged header, a three-level indicator tree, 合计 and 等级.
import type { CellPos } from '../grid/grid';
import { anchorOf, isBlankValue, valueAt } from '../grid/grid';
import { normalizeLabel, stripParenthetical } from '../text/normalize';
import { collectTexts } from './known-labels';
import {
  SCORE_COLUMN_LABELS,
  SCORE_GRADE_LABELS,
  SCORE_HEADER_LABELS,
  SCORE_TOTAL_LABELS,
  SCORE_UNIT_LABELS,
} from './labels';
import { gradeField } from './choices';
import type { Field, Grade, ScoreColumn, ScoreLevel, ScoreNode, ScoreSheet, Stated } from './model';
import { optional } from './optional';
import { isSlotOrResidue } from './parse-indicators';
import { readUnitName } from './read-unit';
import type { SheetIndex } from './sheet-index';

const norms = (list: readonly string[]) => list.map(normalizeLabel);
const LEVEL_LABELS: Record<ScoreLevel, string[]> = {
  1: norms(SCORE_HEADER_LABELS.level1),
  2: norms(SCORE_HEADER_LABELS.level2),
  3: norms(SCORE_HEADER_LABELS.level3),
};
const NAME_LABELS = norms(SCORE_HEADER_LABELS.name);
const WEIGHT_LABELS = norms(SCORE_HEADER_LABELS.weight).map(stripParenthetical);
const TOTAL_LABELS = norms(SCORE_TOTAL_LABELS);
const WEIGHT_IN_NAME = /\((\d+(?:\.\d+)?)分\)$/;

/**
 * A header cell's text. On the header row an empty cell under a label spanning both rows (绩效指标 | 指标分值 … over
 * 一级指标 | 二级指标 | 三级指标) takes that label, as it does when the merge is known (mapColumns reads so too).
 */
function headerNorm(index: SheetIndex, row: number, col: number, header: number): string {
  const own = stripParenthetical(index.norm(row, col));
  if (own !== '' || row !== header || row === 0 || !isBlankValue(valueAt(index.grid, row, col))) return own;
  return stripParenthetical(index.norm(row - 1, col));
}

/** The header row: it names 一级指标 and has a 得分 column somewhere in the next three rows, and no 年度指标值. */
export function findScoreHeader(index: SheetIndex): number | undefined {
  for (const pos of index.findAll(SCORE_HEADER_LABELS.level1)) {
    let hasScore = false;
    let hasTarget = false;
    for (let row = pos.row; row <= pos.row + 2; row++) {
      for (let col = 0; col < index.grid.colCount; col++) {
        const norm = headerNorm(index, row, col, pos.row);
        if (norms(SCORE_COLUMN_LABELS.score ?? []).includes(norm)) hasScore = true;
        if (norm === '年度指标值' || norm === '实际完成值') hasTarget = true;
      }
    }
    if (hasScore && !hasTarget) return pos.row;
  }
  return undefined;
}

function headerDepth(index: SheetIndex, header: number): number {
  let depth = 1;
  for (let row = header + 1; row <= header + 2; row++) {
    let headerWords = 0;
    for (let col = 0; col < index.grid.colCount; col++) {
      const cell = index.grid.cells[row]?.[col];
      if (!cell || cell.mergedFrom) continue;
      const norm = stripParenthetical(index.norm(row, col));
      if (NAME_LABELS.includes(norm) || WEIGHT_LABELS.includes(norm)) headerWords++;
      else if (norm !== '' || typeof cell.value === 'number') return depth;
    }
    if (headerWords === 0) return depth;
    depth++;
  }
  return depth;
}

function mapScoreColumns(index: SheetIndex, header: number, depth: number): Partial<Record<ScoreColumn, number>> {
  const map: Partial<Record<ScoreColumn, number>> = {};
  const set = (role: ScoreColumn, col: number) => {
    if (map[role] === undefined) map[role] = col;
  };
  // The level whose group the columns are in, so a weight column under a split (unmerged) level header stays in it.
  let lastLevel: ScoreLevel | undefined;
  for (let col = 0; col < index.grid.colCount; col++) {
    const texts = new Set<string>();
    for (let row = header; row < header + depth; row++) {
      const norm = headerNorm(index, row, col, header);
      if (norm !== '') texts.add(norm);
    }
    const has = (list: readonly string[]) => [...texts].some((t) => list.includes(t));
    const weightWord = has(WEIGHT_LABELS);
    let placed = false;
    for (const level of [1, 2, 3] as const) {
      if (!has(LEVEL_LABELS[level])) continue;
      set(weightWord ? (`l${level}Weight` as ScoreColumn) : (`l${level}Name` as ScoreColumn), col);
      placed = true;
      lastLevel = level;
    }
    if (placed) continue;
    // "一级指标" over only the 名称 cell (the merge over 名称 and 权重 was undone): a 权重 under an empty top cell is the
    // weight of the level to its left; so is a 分值 heading its own column right after a level's name column
    // (一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值: each level's weight beside it).
    const weightKey = lastLevel === undefined ? undefined : (`l${lastLevel}Weight` as ScoreColumn);
    const besideName = lastLevel !== undefined && map[`l${lastLevel}Name` as ScoreColumn] === col - 1;
    if (weightWord && weightKey && map[weightKey] === undefined && (index.norm(header, col) === '' || besideName)) {
      set(weightKey, col);
      continue;
    }
    if (texts.size > 0) lastLevel = undefined;
    for (const role of ['description', 'standard', 'reason', 'score'] as const) {
      if (has(norms(SCORE_COLUMN_LABELS[role] ?? []).map(stripParenthetical))) {
        set(role, col);
        placed = true;
        break;
      }
    }
    // A single 分值/权重 column with no level above it carries the level-3 weight.
    if (!placed && weightWord) set('l3Weight', col);
  }
  return map;
}

type Builder = { node: Omit<ScoreNode, 'children'>; children: Builder[]; key: string };

function freeze(b: Builder): ScoreNode {
  return { ...b.node, children: b.children.map(freeze) };
}

/** The first text of a row (a 合计 left of the name columns, in column A or wherever the sheet starts). */
function rowHead(index: SheetIndex, row: number): string {
  for (let col = 0; col < index.grid.colCount; col++) {
    const norm = index.norm(row, col);
    if (norm !== '') return norm;
  }
  return '';
}

export function parseScoreSheet(index: SheetIndex, header: number): ScoreSheet {
  const sheet = index.grid.name;
  const depth = headerDepth(index, header);
  const columns = mapScoreColumns(index, header, depth);
  const firstDataRow = header + depth;
  const roots: Builder[] = [];
  let total: ScoreSheet['total'];
  const nameCols = [columns.l1Name, columns.l2Name, columns.l3Name].filter((c): c is number => c !== undefined);
  const lastCol = index.grid.colCount - 1;
  let blankRun = 0;

  const nodeFor = (
    level: ScoreLevel,
    row: number,
    nameCol: number,
    weightCol: number | undefined,
  ): Builder | undefined => {
    const name = index.text({ row, col: nameCol });
    if (name.value === null || (level === 3 && isSlotOrResidue(name.value))) return undefined;
    const anchor: CellPos = anchorOf(index.grid, { row, col: nameCol });
    const title = name.value.normalize('NFKC').replace(/\s+/g, '');
    const inName = WEIGHT_IN_NAME.exec(title);
    let weight: Field<number> | undefined = weightCol === undefined ? undefined : index.number({ row, col: weightCol });
    let weightInName = false;
    if ((!weight || weight.value === null) && inName) {
      weight = { ref: name.ref, value: Number(inName[1]), raw: name.raw };
      weightInName = true;
    }
    return {
      key: `${anchor.row}:${anchor.col}:${name.value}`,
      children: [],
      node: {
        level,
        name,
        title: inName ? name.value.replace(/[（(]\s*\d+(?:\.\d+)?\s*分\s*[)）]\s*$/, '').trim() : name.value,
        row,
        ...(weight ? { weight } : {}),
        ...(weightInName ? { weightInName } : {}),
      },
    };
  };

  let row = firstDataRow;
  for (; row < index.grid.rowCount; row++) {
    const firstName = nameCols.map((col) => index.norm(row, col)).find((n) => n !== '') ?? rowHead(index, row);
    if (TOTAL_LABELS.includes(firstName)) {
      const labelCol = nameCols.find((col) => index.norm(row, col) !== '') ?? 0;
      const weightCol = [columns.l1Weight, columns.l2Weight, columns.l3Weight].find(
        (col) => col !== undefined && index.number({ row, col }).value !== null,
      );
      total = {
        row,
        label: index.text({ row, col: labelCol }),
        ...optional('weight', weightCol === undefined ? undefined : index.number({ row, col: weightCol })),
        ...optional('score', columns.score === undefined ? undefined : index.number({ row, col: columns.score })),
      };
      break;
    }
    if (index.isBlankRow(row, 0, lastCol)) {
      if (++blankRun >= 2 && roots.length > 0) break;
      continue;
    }
    blankRun = 0;
    if (columns.l3Name === undefined) continue;
    const l1 = columns.l1Name === undefined ? undefined : nodeFor(1, row, columns.l1Name, columns.l1Weight);
    const l2 = columns.l2Name === undefined ? undefined : nodeFor(2, row, columns.l2Name, columns.l2Weight);
    const l3 = nodeFor(3, row, columns.l3Name, columns.l3Weight);
    // A 一级指标 whose first row holds a slot ("指标1：") still opens its block: its later rows belong to it, whether
    // its name is merged down over them or written once (a copy that undid the merge).
    let parent1 = roots[roots.length - 1];
    if (l1 && (!parent1 || parent1.key !== l1.key)) {
      parent1 = l1;
      roots.push(l1);
    }
    if (!parent1 || !l3) continue;
    let parent2 = parent1.children[parent1.children.length - 1];
    if (l2 && (!parent2 || parent2.key !== l2.key)) {
      parent2 = l2;
      parent1.children.push(l2);
    }
    if (!parent2) continue;
    const cell = (col: number | undefined) => (col === undefined ? undefined : index.text({ row, col }));
    parent2.children.push({
      ...l3,
      node: {
        ...l3.node,
        ...optional('score', columns.score === undefined ? undefined : index.number({ row, col: columns.score })),
        ...optional('reason', cell(columns.reason)),
        ...optional('description', cell(columns.description)),
        ...optional('standard', cell(columns.standard)),
      },
    });
  }

  const gradeHit = index.find(SCORE_GRADE_LABELS, { top: firstDataRow });
  let grade: Stated<Grade> | undefined;
  if (gradeHit) {
    const at = index.valueRightOf(gradeHit.pos);
    grade = gradeField(
      gradeHit.inline
        ? { ...index.text(gradeHit.pos), value: gradeHit.inline }
        : at
          ? index.text(at)
          : { ...index.text(index.slotRightOf(gradeHit.pos)) },
    );
  }
  const unitHit = index.find(SCORE_UNIT_LABELS, { bottom: header - 1 });
  let unit: Field<string> | undefined = readUnitName(index, header - 1);
  if (unit?.value == null && unitHit) {
    const at = index.valueRightOf(unitHit.pos);
    if (unitHit.inline) unit = { ...index.text(unitHit.pos), value: unitHit.inline };
    else if (at) unit = index.text(at);
  }

  return {
    sheet,
    headerRow: header,
    firstDataRow,
    columns,
    roots: roots.map(freeze),
    texts: collectTexts(index),
    ...optional('total', total),
    ...optional('grade', grade),
    ...optional('unit', unit),
  };
}

/** Every level-3 node of the tree, in sheet order. */
export function leavesOf(roots: readonly ScoreNode[]): ScoreNode[] {
  return roots.flatMap((l1) => l1.children.flatMap((l2) => [...l2.children]));
}
