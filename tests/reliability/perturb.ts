// Layout perturbations of the sample as data (fast-check arbitraries) with the cell mapping back, for property tests.
import fc from 'fast-check';
import { columnName, fromA1 } from '../../src/core/grid/a1';
import { buildGrid, type CellInput } from '../../src/core/grid/build-grid';
import type { CellPos, CellRange, CellRef, Grid } from '../../src/core/grid/grid';
import { isKnownLabel } from '../../src/core/template/known-labels';
import { normalizeLabel } from '../../src/core/text/normalize';

/** Rows of one vertical block of a sheet (inclusive, 0-based), moved as a whole. */
type Block = readonly [top: number, bottom: number];

/**
 * Where blocks may move: the blocks of each sample sheet, separated in the sample by blank rows. A blank row inside a
 * table ends it (template.md), so blank rows are only ever inserted between these blocks.
 */
export const SAMPLE_BLOCKS: Readonly<Record<string, readonly Block[]>> = {
  // title + key–value fields, budget table, "三公" table, goals, indicators, the closing note
  自评数据表: [
    [0, 12],
    [14, 25],
    [27, 33],
    [35, 36],
    [38, 50],
    [52, 52],
  ],
  // title, unit field, the table from its header to 合计 and 自评等级 (the 等级 row belongs to the table's end)
  自评评分表: [
    [0, 0],
    [1, 1],
    [2, 22],
  ],
  // every field of the material sheet stands on its own row
  报告素材: Array.from({ length: 15 }, (_, i) => [i, i] as const),
};

export type SheetPlan = {
  /** The new vertical order of the sheet's blocks (indexes into SAMPLE_BLOCKS[sheet]). */
  readonly order: readonly number[];
  /** Blank rows above each block in its new position (the first one shifts the sheet down). */
  readonly gaps: readonly number[];
  /** Columns added to the left of the sheet. */
  readonly shiftCols: number;
  /** Blank columns inserted before these original column indexes. */
  readonly blankColsBefore: readonly number[];
  /** Merges to undo (indexes into grid.merges): the value stays in the anchor only. */
  readonly splitMerges: readonly number[];
  /** Label texts replaced by a synonym (whole-cell text match). */
  readonly synonyms: Readonly<Record<string, string>>;
  /** Whether the sheet's known labels are written full-width with ideographic spaces. */
  readonly widen: boolean;
};

export type WorkbookPlan = {
  readonly sheets: Readonly<Record<string, SheetPlan>>;
  /** New sheet names by original name. */
  readonly names: Readonly<Record<string, string>>;
  /** The sheets' new order (original names). */
  readonly order: readonly string[];
};

/** Synonyms from template.md, per sheet, for labels the sample writes (original -> choices). */
export const SAMPLE_SYNONYMS: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  自评数据表: {
    单位名称: ['评价单位', '部门名称', '部门（单位）名称'],
    评价年度: ['年度'],
    填报日期: ['报送日期'],
    编制人数: ['核定编制', '机构编制部门核定人员'],
    年末在职人数: ['在职人数'],
    外聘人员: ['外聘临时工人', '临时人员'],
    内设机构数: ['内设机构'],
    下属单位数: ['下属事业单位'],
    自评得分: ['自评分数'],
    项目: ['资金来源', '科目'],
    全年预算数: ['调整后预算数'],
    全年执行数: ['决算数', '实际支出', '执行数'],
    年度资金总额: ['合计', '总计'],
    财政拨款: ['财政拨款资金', '本年财政拨款'],
    '其中：一般公共预算财政拨款': ['其中：一般公共预算'],
    其他资金: ['上年结转资金', '单位资金'],
    '"三公"经费': ['三公经费', '项目'],
    年度总体目标: ['年度绩效目标', '预期目标'],
    实际完成情况: ['目标完成情况'],
    三级指标: ['指标名称'],
    指标性质: ['计算符号', '方向'],
    年度指标值: ['指标值', '目标值'],
    计量单位: ['度量单位'],
    实际完成值: ['完成值', '实际值'],
    上年完成值: ['上年实际值'],
    偏差原因分析及改进措施: ['偏差原因', '未完成原因分析'],
  },
  自评评分表: {
    单位名称: ['单位'],
    '权重（%）': ['权重', '分值'],
    指标说明: ['指标解释'],
    扣分原因: ['扣分原因和其他说明', '扣分说明'],
    得分: ['自评得分'],
    合计: ['总分', '总计'],
    自评等级: ['等级'],
  },
  报告素材: {},
};

const FULL_WIDTH: Readonly<Record<string, string>> = { '(': '（', ')': '）', ':': '：', '%': '％' };

/** The form's own labels written the way another bureau types them: full-width signs, stray (ideographic) spaces. */
export function widenLabel(text: string): string {
  if (text.length > 40 || !isKnownLabel(normalizeLabel(text))) return text;
  return ` ${text.replace(/[():%]/g, (ch) => FULL_WIDTH[ch] ?? ch).replace(/^(.)(.)/, '$1\u3000$2')}`;
}

/** The position map of one sheet under a plan: original -> new (undefined never happens for cells of the sheet). */
export function sheetMover(sheet: string, plan: SheetPlan): (pos: CellPos) => CellPos {
  const blocks = SAMPLE_BLOCKS[sheet] ?? [];
  const rowShift = new Map<number, number>();
  let next = 0;
  plan.order.forEach((b, i) => {
    const block = blocks[b];
    if (!block) return;
    next += plan.gaps[i] ?? 1;
    for (let r = block[0]; r <= block[1]; r++) rowShift.set(r, next + r - block[0]);
    next += block[1] - block[0] + 1;
  });
  return ({ row, col }) => {
    // Rows outside every block (the sample's blank separators, rows past the end) keep their distance to the end.
    const newRow = rowShift.get(row) ?? next + row;
    return { row: newRow, col: col + plan.shiftCols + plan.blankColsBefore.filter((b) => b <= col).length };
  };
}

/** Sheet-qualified or plain A1 references in a formula, outside string literals. */
const REF = /((?:'(?:[^']|'')+'|[^\s!'"(),:+\-*/=<>&^%]+)!)?(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\d(])/g;

function quoteSheet(name: string): string {
  return /^[A-Za-z_\u4e00-\u9fff][A-Za-z0-9_.\u4e00-\u9fff]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Rewrites a formula's references through the perturbation, as Excel does when rows and sheets move. */
export function rewriteFormula(
  formula: string,
  sheet: string,
  movers: Readonly<Record<string, (pos: CellPos) => CellPos>>,
  names: Readonly<Record<string, string>>,
): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => {
      if (i % 2 === 1) return part; // a string literal such as "≥"
      return part.replace(
        REF,
        (whole, prefix: string | undefined, d1: string, letters: string, d2: string, digits: string) => {
          const target = prefix ? prefix.slice(0, -1).replace(/^'|'$/g, '').replace(/''/g, "'") : sheet;
          const move = movers[target];
          const pos = fromA1(`${letters}${digits}`);
          if (!move || !pos) return whole;
          const to = move(pos);
          const newPrefix = prefix ? `${quoteSheet(names[target] ?? target)}!` : '';
          return `${newPrefix}${d1}${columnName(to.col)}${d2}${to.row + 1}`;
        },
      );
    })
    .join('');
}

export type Perturbed = {
  readonly grids: Grid[];
  /** Maps a cell of the perturbed workbook back to the original (undefined for cells the perturbation created). */
  readonly back: (ref: CellRef) => CellRef | undefined;
};

/** Applies a workbook plan to the sample's grids (each named as in SAMPLE_BLOCKS). */
/**
 * `dataCells` ("sheet!row:col", 0-based) are cells the form reads as data although their text is also a label (an
 * indicator named 执行率): a typist widens the form's labels, never what a person wrote, so they are left as they are.
 */
export function perturbWorkbook(
  grids: readonly Grid[],
  plan: WorkbookPlan,
  dataCells: ReadonlySet<string> = new Set(),
): Perturbed {
  const movers: Record<string, (pos: CellPos) => CellPos> = {};
  for (const grid of grids) {
    const sheetPlan = plan.sheets[grid.name];
    movers[grid.name] = sheetPlan ? sheetMover(grid.name, sheetPlan) : (p) => p;
  }
  const inverse = new Map<string, CellRef>();
  const out = new Map<string, Grid>();
  for (const grid of grids) {
    const sheetPlan = plan.sheets[grid.name];
    const move = movers[grid.name] ?? ((p: CellPos) => p);
    const newName = plan.names[grid.name] ?? grid.name;
    // Two columns and rows past the used range: findings may point at the empty slot right of a label.
    for (let row = 0; row < grid.rowCount + 2; row++) {
      for (let col = 0; col < grid.colCount + 2; col++) {
        const to = move({ row, col });
        inverse.set(`${newName}\u0000${to.row}\u0000${to.col}`, { sheet: grid.name, row, col });
      }
    }
    const split = new Set(sheetPlan?.splitMerges ?? []);
    const merges: CellRange[] = [];
    grid.merges.forEach((m, i) => {
      if (split.has(i)) return;
      const a = move({ row: m.top, col: m.left });
      const b = move({ row: m.bottom, col: m.right });
      merges.push({ top: a.row, left: a.col, bottom: b.row, right: b.col });
    });
    const rows: (CellInput | undefined)[][] = [];
    grid.cells.forEach((cells, r) =>
      cells?.forEach((cell, c) => {
        if (!cell || cell.mergedFrom) return;
        let value = cell.value;
        if (typeof value === 'string') {
          value = sheetPlan?.synonyms[value] ?? value;
          if (sheetPlan?.widen && !dataCells.has(`${grid.name}!${r}:${c}`)) value = widenLabel(value);
        }
        const to = move({ row: r, col: c });
        (rows[to.row] ??= [])[to.col] = {
          value,
          ...(cell.formula ? { formula: rewriteFormula(cell.formula, grid.name, movers, plan.names) } : {}),
          ...(cell.numFmt ? { numFmt: cell.numFmt } : {}),
        };
      }),
    );
    out.set(grid.name, buildGrid(newName, rows, merges));
  }
  return {
    grids: plan.order.map((name) => out.get(name)).filter((g): g is Grid => g !== undefined),
    back: (ref) => inverse.get(`${ref.sheet}\u0000${ref.row}\u0000${ref.col}`),
  };
}

/** A random permutation of 0..n-1. */
const permutation = (n: number) =>
  fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: n, maxLength: n }).map((keys) =>
    keys
      .map((k, i) => [k, i] as const)
      .sort((a, b) => a[0] - b[0] || a[1] - b[1])
      .map(([, i]) => i),
  );

/** Label synonyms per sheet name: the sample's by default, a family example's own in layout-properties-families. */
export type SynonymTable = Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;

function sheetPlanArbitrary(
  grid: Grid,
  options: { reorderBlocks: boolean; synonyms: SynonymTable },
): fc.Arbitrary<SheetPlan> {
  const blocks = SAMPLE_BLOCKS[grid.name] ?? [[0, grid.rowCount - 1]];
  const synonymChoices = Object.entries(options.synonyms[grid.name] ?? {}).map(([label, choices]) =>
    fc.option(fc.constantFrom(...choices), { nil: undefined }).map((s) => [label, s] as const),
  );
  return fc.record({
    order: options.reorderBlocks ? permutation(blocks.length) : fc.constant(blocks.map((_, i) => i)),
    gaps: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: blocks.length, maxLength: blocks.length }),
    shiftCols: fc.integer({ min: 0, max: 3 }),
    blankColsBefore: fc.uniqueArray(fc.integer({ min: 1, max: Math.max(1, grid.colCount - 1) }), { maxLength: 3 }),
    splitMerges: fc.uniqueArray(fc.integer({ min: 0, max: Math.max(0, grid.merges.length - 1) }), {
      maxLength: Math.min(8, grid.merges.length),
    }),
    synonyms: fc
      .tuple(...synonymChoices)
      .map((pairs) => Object.fromEntries(pairs.filter((p): p is readonly [string, string] => p[1] !== undefined))),
    widen: fc.boolean(),
  });
}

/** Random plans over the sample: every sheet perturbed, renamed (or not) and the sheets reordered. */
export function workbookPlanArbitrary(
  grids: readonly Grid[],
  synonyms: SynonymTable = SAMPLE_SYNONYMS,
): fc.Arbitrary<WorkbookPlan> {
  const names = grids.map((g) => g.name);
  const newName = (name: string, i: number) =>
    fc.constantFrom(name, `Sheet${i + 1}`, `附表${i + 1} ${name}`, `表'${i + 1}`);
  return fc.record({
    sheets: fc
      .tuple(...grids.map((g) => sheetPlanArbitrary(g, { reorderBlocks: g.name !== '自评评分表', synonyms })))
      .map((plans) => Object.fromEntries(plans.map((p, i) => [names[i] ?? '', p]))),
    names: fc
      .tuple(...names.map(newName))
      .filter((chosen) => new Set(chosen).size === chosen.length)
      .map((chosen) => Object.fromEntries(chosen.map((n, i) => [names[i] ?? '', n]))),
    order: permutation(names.length).map((p) => p.map((i) => names[i] ?? '')),
  });
}
