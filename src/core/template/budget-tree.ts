// The two amount trees of the data table (年度部门整体支出规模 and "三公"经费), defined once: the row kinds, how they
// nest and which breakdown of its parent each row belongs to, the names the recogniser looks for (template.md) and the
// label the reference template writes. Recognition, calculation, rules and the reference workbook read these.

/** How a parent row is split: by funding source, by type of spending, or "其中" (of which). */
export type BreakdownName = '资金来源' | '支出类型' | '其中';

export type AmountTreeNode<K extends string> = {
  readonly kind: K;
  readonly parent?: K;
  /** The breakdown of `parent` this row belongs to. */
  readonly breakdown?: BreakdownName;
  /** The label the reference template writes in the row. */
  readonly label: string;
  /** The names a row label is matched against (a row is of a kind when its label contains one of them). */
  readonly names: readonly string[];
};

/** 年度资金总额 split by source (财政拨款, 其他资金) and by type (基本支出, 项目支出), in the template's row order. */
export const BUDGET_TREE = [
  {
    kind: 'total',
    label: '年度资金总额',
    names: ['年度资金总额', '资金总额', '总额', '收入合计', '支出合计', '合计', '总计'],
  },
  { kind: 'fiscal', parent: 'total', breakdown: '资金来源', label: '财政拨款', names: ['财政拨款'] },
  {
    kind: 'fiscalGeneral',
    parent: 'fiscal',
    breakdown: '其中',
    label: '其中：一般公共预算财政拨款',
    names: ['一般公共预算'],
  },
  {
    kind: 'fiscalFund',
    parent: 'fiscal',
    breakdown: '其中',
    label: '其中：政府性基金预算财政拨款',
    names: ['政府性基金'],
  },
  {
    kind: 'fiscalStateCapital',
    parent: 'fiscal',
    breakdown: '其中',
    label: '其中：国有资本经营预算财政拨款',
    names: ['国有资本经营'],
  },
  {
    kind: 'other',
    parent: 'total',
    breakdown: '资金来源',
    label: '其他资金',
    names: ['其他资金', '上年结转', '单位资金', '其他'],
  },
  { kind: 'basic', parent: 'total', breakdown: '支出类型', label: '基本支出', names: ['基本支出'] },
  { kind: 'personnel', parent: 'basic', breakdown: '其中', label: '其中：人员经费', names: ['人员经费'] },
  { kind: 'publicFunds', parent: 'basic', breakdown: '其中', label: '其中：公用经费', names: ['公用经费'] },
  { kind: 'project', parent: 'total', breakdown: '支出类型', label: '项目支出', names: ['项目支出'] },
] as const satisfies ReadonlyArray<AmountTreeNode<string>>;

export type BudgetKind = (typeof BUDGET_TREE)[number]['kind'];
export const BUDGET_KINDS: readonly BudgetKind[] = BUDGET_TREE.map((n) => n.kind);

/** "三公"经费: 因公出国（境）费 + 公务用车购置及运行费 (购置 + 运行维护) + 公务接待费, in the template's row order. */
export const SANGONG_TREE = [
  { kind: 'total', label: '合计', names: ['合计', '总计', '三公经费合计'] },
  {
    kind: 'abroad',
    parent: 'total',
    breakdown: '其中',
    label: '因公出国（境）费',
    names: ['因公出国(境)费', '因公出国'],
  },
  {
    kind: 'vehicle',
    parent: 'total',
    breakdown: '其中',
    label: '公务用车购置及运行费',
    names: ['公务用车购置及运行费', '公务用车'],
  },
  {
    kind: 'vehiclePurchase',
    parent: 'vehicle',
    breakdown: '其中',
    label: '其中：公务用车购置费',
    names: ['公务用车购置费'],
  },
  {
    kind: 'vehicleRunning',
    parent: 'vehicle',
    breakdown: '其中',
    label: '其中：公务用车运行维护费',
    names: ['公务用车运行维护费', '公务用车运行费'],
  },
  { kind: 'reception', parent: 'total', breakdown: '其中', label: '公务接待费', names: ['公务接待费'] },
] as const satisfies ReadonlyArray<AmountTreeNode<string>>;

export type SangongKind = (typeof SANGONG_TREE)[number]['kind'];
export const SANGONG_KINDS: readonly SangongKind[] = SANGONG_TREE.map((n) => n.kind);

type Tree<K extends string> = ReadonlyArray<AmountTreeNode<K>>;

function depthOf<K extends string>(tree: Tree<K>, node: AmountTreeNode<K>): number {
  const parent = node.parent === undefined ? undefined : tree.find((n) => n.kind === node.parent);
  return parent ? depthOf(tree, parent) + 1 : 0;
}

/** The parent of each kind, so a partial table can still be summed. */
function parentsOf<K extends string>(tree: Tree<K>): Readonly<Partial<Record<K, K>>> {
  const out: Partial<Record<K, K>> = {};
  for (const node of tree) if (node.parent !== undefined) out[node.kind] = node.parent;
  return out;
}

/** Names by kind, deepest first (most specific first): a row is the first kind one of whose names it contains. */
function rowNamesOf<K extends string>(tree: Tree<K>): ReadonlyArray<readonly [K, readonly string[]]> {
  return tree
    .map((node, order) => ({ node, order, depth: depthOf(tree, node) }))
    .sort((a, b) => b.depth - a.depth || a.order - b.order)
    .map(({ node }) => [node.kind, node.names] as const);
}

export type BreakdownDef<K extends string> = {
  readonly parent: K;
  readonly name: BreakdownName;
  readonly kinds: readonly K[];
};

/** Each breakdown of each parent, in tree order: its children in the order the template lists them. */
function breakdownsOf<K extends string>(tree: Tree<K>): readonly BreakdownDef<K>[] {
  const out: { parent: K; name: BreakdownName; kinds: K[] }[] = [];
  for (const node of tree) {
    if (node.parent === undefined || node.breakdown === undefined) continue;
    const def = out.find((d) => d.parent === node.parent && d.name === node.breakdown);
    if (def) def.kinds.push(node.kind);
    else out.push({ parent: node.parent, name: node.breakdown, kinds: [node.kind] });
  }
  return out;
}

export const BUDGET_PARENT = parentsOf<BudgetKind>(BUDGET_TREE);
export const SANGONG_PARENT = parentsOf<SangongKind>(SANGONG_TREE);
export const BUDGET_ROW_NAMES = rowNamesOf<BudgetKind>(BUDGET_TREE);
export const SANGONG_ROW_NAMES = rowNamesOf<SangongKind>(SANGONG_TREE);
export const BUDGET_BREAKDOWNS = breakdownsOf<BudgetKind>(BUDGET_TREE);
export const SANGONG_BREAKDOWNS = breakdownsOf<SangongKind>(SANGONG_TREE);

/** One row of a tree as a template lays it out: its depth (indent) and the kinds its formula sums, if any. */
export type AmountTreeRow<K extends string> = {
  readonly kind: K;
  readonly label: string;
  readonly depth: number;
  /** The children of the row's first breakdown (年度资金总额 sums 资金来源); none for a leaf. */
  readonly sums?: readonly K[];
};

export function treeRows<K extends string>(tree: Tree<K>): readonly AmountTreeRow<K>[] {
  const breakdowns = breakdownsOf(tree);
  return tree.map((node) => {
    const sums = breakdowns.find((d) => d.parent === node.kind)?.kinds;
    return { kind: node.kind, label: node.label, depth: depthOf(tree, node), ...(sums ? { sums } : {}) };
  });
}
