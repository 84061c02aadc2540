// narrative-claim: 报告素材 or data-table text states a figure the tables contradict (direction of 差额, 执行率, 同比, an indicator's 得分).
import { nearlyEqual, percentsEqual, roundTo } from '../calc/compare';
import { mismatchedBreakdowns } from '../calc/compute-workbook';
import type { CellRef } from '../grid/grid';
import { leavesOf } from '../template/parse-score-sheet';
import type { AmountUnit, BudgetRow, ScoreNode, WorkbookModel } from '../template/model';
import { formatAmount, formatPercent, formatScore } from '../text/format';
import type { Computed, IndicatorCalc } from '../calc/compute-workbook';
import type { Settings } from '../calc/settings';
import { defineRule } from '../rule-kit/rule';
import { foldText, placeOf, quote, userTexts, type UserText } from '../rule-kit/texts';

const UP = /增加|增长|上升|提高|多|超支|超出|超/;
/** "决算支出比收入预算安排减少485.48元，减少0.01%" and the like: spending compared with the budget. */
const BUDGET_DIFF =
  /(?:决算|执行|支出|实际)[^，。；]{0,12}?(?:比|较)[^，。；]{0,12}?预算[^，。；]{0,8}?(增加|减少|增长|下降|上升|节约|多支出|少支出|持平)了?(?:(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(万元|元))?(?:[，,]?(?:增加|减少|增长|下降|增幅|降幅|上升)了?(?:为)?(不足)?(\d+(?:\.\d+)?)%)?/g;
const OVER_NOTE = /超(?:预算|出预算|支)(?:支出)?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(万元|元)/g;
const RATE =
  /(?:整体支出|预算|资金|支出)?(执行率|支出完成率|预算完成率|资金完成率|整体支出完成率)(?:为|达|达到|是|:)?(\d+(?:\.\d+)?)%/g;
const YOY = /同比(?:分别)?(上升|下降|增长|减少|增加|提高|降低)((?:\d+(?:\.\d+)?%[、,和及]?)+)/g;

const CLAIM_WORDS = /预算|超|率|同比|得/;

type Claim = {
  readonly messageId: 'direction' | 'amount' | 'flat' | 'rate' | 'yoy' | 'score';
  readonly cells: readonly CellRef[];
  readonly data: Record<string, string | number>;
};

function decimalsOf(text: string): number {
  return text.includes('.') ? (text.split('.')[1] ?? '').length : 0;
}

type ScorePattern = { readonly node: ScoreNode; readonly title: string; readonly re: RegExp };
type Base = { readonly diff: number; readonly row: BudgetRow };

/** What every text is judged against, built once per check (per text it made the rule quadratic in indicators). */
type Basis = {
  readonly computed: Computed;
  readonly settings: Settings;
  readonly budgetRows: readonly BudgetRow[];
  readonly total: BudgetRow | undefined;
  readonly unit: AmountUnit;
  readonly withYoy: readonly IndicatorCalc[];
  readonly scorePatterns: readonly ScorePattern[];
  /** 差额 of a row, unless its stated amounts disagree with their breakdowns (budget-rollup's root finding). */
  diffOf(row: BudgetRow | undefined): Base | undefined;
};

/** One text cell: its folded text and where it stands, for messages. */
type TextAt = { readonly text: UserText; readonly t: string; readonly where: string };

function basisOf(model: WorkbookModel, computed: Computed, settings: Settings): Basis {
  const budgetRows = model.data?.budget?.rows ?? [];
  const scoreNodes: ScoreNode[] = model.score
    ? [...model.score.roots, ...model.score.roots.flatMap((r) => r.children), ...leavesOf(model.score.roots)]
    : [];
  // Longest names first, so "目标设置合理性" is not read as its parent "目标设置".
  const scorePatterns = [...scoreNodes]
    .sort((a, b) => b.title.length - a.title.length)
    .map((node) => ({ node, title: foldText(node.title) }))
    .filter(({ title }) => title.length >= 3)
    .map(({ node, title }) => ({
      node,
      title,
      re: new RegExp(`${escapeRegExp(title)}[^，。；]{0,12}?得(\\d+(?:\\.\\d+)?)分`, 'g'),
    }));
  // A row whose stated amounts disagree with their breakdowns is budget-rollup's root finding; a claim judged against
  // it would only repeat that mistake (and suggest the wrong fix), so such rows are not a basis here.
  const suspect = (row: BudgetRow) => {
    const calc = computed.budget.get(row.kind);
    return (
      calc !== undefined &&
      (mismatchedBreakdowns(calc, 'planned', settings).length > 0 ||
        mismatchedBreakdowns(calc, 'actual', settings).length > 0)
    );
  };
  return {
    computed,
    settings,
    budgetRows,
    total: budgetRows.find((r) => r.kind === 'total'),
    unit: model.data?.amountUnit ?? '元',
    withYoy: computed.indicators.filter((c) => c.yoy !== undefined),
    scorePatterns,
    diffOf: (row) =>
      row?.actual?.value != null && row.planned?.value != null && !suspect(row)
        ? { diff: row.actual.value - row.planned.value, row }
        : undefined,
  };
}

/** A budget note judges its own row; any other text the 年度资金总额. */
function baseOf(basis: Basis, at: TextAt): Base | undefined {
  const ref = at.text.field.ref;
  const noteRow = basis.budgetRows.find(
    (r) => r.note && r.note.ref.row === ref.row && r.note.ref.col === ref.col && r.note.ref.sheet === ref.sheet,
  );
  return basis.diffOf(noteRow ?? basis.total);
}

/** One 比预算增加/减少/持平 or 超支 claim, as the regexps split it. */
type DiffClaim = {
  readonly claim: string;
  readonly word: string;
  readonly amountText?: string | undefined;
  readonly fracText?: string | undefined;
  readonly written?: string | undefined;
  readonly pctText?: string | undefined;
  readonly tiny?: boolean;
};

/** 决算比预算增加/减少 X元 (X%), 持平, 超支 X元: the direction, the amount and the percentage against the 差额. */
function diffClaims(basis: Basis, at: TextAt): Claim[] {
  const base = baseOf(basis, at);
  if (!base) return [];
  const { settings, unit } = basis;
  const toSheetUnit = (value: number, written: string) =>
    written === unit ? value : written === '万元' ? value * 10000 : value / 10000;
  const sourceCells = [base.row.actual?.ref, base.row.planned?.ref].filter((r): r is CellRef => r !== undefined);
  const common = {
    where: at.where,
    actual: `${formatAmount(base.row.actual?.value ?? 0)}${unit}`,
    planned: `${formatAmount(base.row.planned?.value ?? 0)}${unit}`,
    signed: `${base.diff > 0 ? '+' : ''}${formatAmount(base.diff)}${unit}`,
    amount: `${formatAmount(Math.abs(base.diff))}${unit}`,
    trueWord: base.diff > 0 ? '多' : '少',
    difference: base.diff,
  };
  const tol = settings.tolerance.amount;
  const claims: Claim[] = [];

  const judge = ({ claim, word, amountText, fracText, written, pctText, tiny }: DiffClaim) => {
    const zero = Math.abs(base.diff) <= tol;
    const correctWord = zero ? '持平' : base.diff > 0 ? '增加' : '减少';
    const planned = base.row.planned?.value ?? 0;
    const pct = planned !== 0 ? Math.abs(base.diff) / planned : 0;
    const fixPct = planned !== 0 && !zero ? `，${base.diff > 0 ? '增幅' : '降幅'}${formatPercent(pct)}` : '';
    const fix = zero ? '持平' : `${correctWord}${formatAmount(Math.abs(base.diff), { thousands: false })}${unit}`;
    if (word === '持平') {
      if (!zero)
        claims.push({
          messageId: 'flat',
          cells: [at.text.field.ref, ...sourceCells],
          data: { ...common, claim: quote(claim), fix: fix + fixPct },
        });
      return;
    }
    const saysUp = UP.test(word) && !/节约|少/.test(word);
    if (amountText !== undefined && written !== undefined) {
      const statedValue = Number(`${amountText.replace(/,/g, '')}${fracText ? `.${fracText}` : ''}`);
      const decimals = fracText?.length ?? 0;
      // The true 差额 expressed in the unit the text wrote, rounded to the text's own precision.
      const diffWritten = Math.abs(base.diff) / (toSheetUnit(1, written) || 1);
      const agrees = (candidate: number) =>
        nearlyEqual(roundTo(candidate, decimals), statedValue, 10 ** -(decimals + 2));
      const sameSize = agrees(diffWritten);
      // A figure 10,000 times off is unit-mismatch's finding; only a different figure is this rule's.
      const tenThousand = agrees(diffWritten * 10000) || agrees(diffWritten / 10000);
      if (!sameSize && !tenThousand) {
        claims.push({
          messageId: 'amount',
          cells: [at.text.field.ref, ...sourceCells],
          data: { ...common, claim: quote(claim), fix: fix + fixPct },
        });
        return;
      }
    }
    if (!zero && saysUp !== base.diff > 0) {
      const wrongPct =
        pctText !== undefined &&
        !tiny &&
        planned !== 0 &&
        !percentsEqual(Number(pctText) / 100, pct, decimalsOf(pctText), settings);
      const pctNote = wrongPct ? `${fixPct}（"${pctText}%"也不对）` : fixPct;
      claims.push({
        messageId: 'direction',
        cells: [at.text.field.ref, ...sourceCells],
        data: { ...common, claim: quote(claim), fix, pctNote },
      });
    }
  };

  for (const m of at.t.matchAll(BUDGET_DIFF))
    judge({
      claim: m[0],
      word: m[1] ?? '',
      amountText: m[2],
      fracText: m[3],
      written: m[4],
      pctText: m[6],
      tiny: m[5] !== undefined,
    });
  for (const m of at.t.matchAll(OVER_NOTE))
    judge({ claim: m[0], word: '超支', amountText: m[1], fracText: m[2], written: m[3] });
  return claims;
}

/** 执行率 X% against the 年度资金总额's rate (a 指标/目标/任务 完成率 is not it). */
function rateClaims(basis: Basis, at: TextAt): Claim[] {
  const { computed, settings, unit, total } = basis;
  const rate = computed.executionRate;
  if (!total || rate === undefined) return [];
  const claims: Claim[] = [];
  for (const m of at.t.matchAll(RATE)) {
    const before = at.t.slice(Math.max(0, (m.index ?? 0) - 4), m.index ?? 0);
    if (/指标|目标|任务/.test(before)) continue;
    const statedText = m[2] ?? '';
    if (percentsEqual(Number(statedText) / 100, rate, decimalsOf(statedText), settings)) continue;
    claims.push({
      messageId: 'rate',
      cells: [
        at.text.field.ref,
        ...[total.rate?.ref, total.actual?.ref, total.planned?.ref]
          .filter((r): r is CellRef => r !== undefined)
          .slice(0, 2),
      ],
      data: {
        where: at.where,
        stated: `${statedText}%`,
        computed: formatPercent(rate),
        actual: `${formatAmount(total.actual?.value ?? 0)}${unit}`,
        planned: `${formatAmount(total.planned?.value ?? 0)}${unit}`,
      },
    });
  }
  return claims;
}

/** 同比上升/下降 X%: the direction against the indicator whose 同比 change has that size. */
function yoyClaims(basis: Basis, at: TextAt): Claim[] {
  const claims: Claim[] = [];
  for (const m of at.t.matchAll(YOY)) {
    const saysUp = /上升|增长|增加|提高/.test(m[1] ?? '');
    for (const pctText of (m[2] ?? '').split(/[、,和及]/).filter((p) => p !== '')) {
      const value = Number(pctText.replace('%', '')) / 100;
      const decimals = decimalsOf(pctText.replace('%', ''));
      const match = basis.withYoy.find((c) => percentsEqual(value, Math.abs(c.yoy ?? 0), decimals, basis.settings));
      if (!match || match.yoy === undefined || isZeroish(match.yoy) || match.yoy > 0 === saysUp) continue;
      const ind = match.indicator;
      claims.push({
        messageId: 'yoy',
        cells: [at.text.field.ref, ind.actual.ref, ...(ind.previous ? [ind.previous.ref] : [])],
        data: {
          where: at.where,
          word: m[1] ?? '',
          stated: pctText,
          indicator: ind.name.value ?? '',
          trueWord: match.yoy > 0 ? '上升' : '下降',
          computed: formatPercent(Math.abs(match.yoy)),
          previous: String(ind.previous?.value ?? ''),
          current: String(ind.actual.value ?? ''),
        },
      });
    }
  }
  return claims;
}

/** "<score-sheet indicator> 得 N 分" against that indicator's score (a parent's: the sum of its leaves). */
function scoreClaims(basis: Basis, at: TextAt): Claim[] {
  const claims: Claim[] = [];
  const taken: number[] = [];
  for (const { node, title, re } of basis.scorePatterns) {
    if (!at.t.includes(title)) continue;
    for (const m of at.t.matchAll(re)) {
      if (taken.some((i) => i >= (m.index ?? 0) && i < (m.index ?? 0) + title.length)) continue;
      taken.push(m.index ?? 0);
      const stated = Number(m[1]);
      const calc = basis.computed.score?.nodes.get(node);
      const actual = node.children.length === 0 ? node.score?.value : calc?.scoreSum;
      const ref = node.children.length === 0 ? node.score?.ref : node.name.ref;
      if (actual == null || !ref || nearlyEqual(stated, actual, basis.settings.tolerance.score)) continue;
      claims.push({
        messageId: 'score',
        cells: [at.text.field.ref, ref],
        data: { where: at.where, name: node.title, stated: formatScore(stated), computed: formatScore(actual) },
      });
    }
  }
  return claims;
}

export default defineRule({
  meta: {
    id: 'narrative-claim',
    name: '文字与表格不符',
    severity: 'error',
    description:
      "报告素材 text states a figure the tables contradict: 增加/减少 vs the sign of 差额, 执行率 X%, 同比 X%, an indicator's N 分.",
    messages: {
      direction:
        '“{{where}}”中写的是“{{claim}}”，但全年执行数 {{actual}} 比全年预算数 {{planned}} {{trueWord}} {{amount}}（差额 {{signed}}），方向写反了。请改为“{{fix}}”{{pctNote}}。',
      amount:
        '“{{where}}”中写的是“{{claim}}”，但按数据表计算，全年执行数 {{actual}} 与全年预算数 {{planned}} 的差额为 {{signed}}。请改为“{{fix}}”。',
      flat: '“{{where}}”中写的是“{{claim}}”，但全年执行数 {{actual}} 与全年预算数 {{planned}} 相差 {{signed}}，并不持平。请改为“{{fix}}”。',
      rate: '“{{where}}”中写的执行率为 {{stated}}，但按数据表计算为 {{computed}}（{{actual}} ÷ {{planned}}）。请改为 {{computed}}。',
      yoy: '“{{where}}”中写的是“同比{{word}}{{stated}}”，但数据表中对应指标“{{indicator}}”同比{{trueWord}} {{computed}}（上年 {{previous}}，本年 {{current}}），方向写反了。请改为“同比{{trueWord}}{{computed}}”。',
      score:
        '“{{where}}”中写“{{name}}”得 {{stated}} 分，但评分表中该指标得分为 {{computed}} 分。请改为 {{computed}} 分。',
    },
  },
  check(context) {
    const basis = basisOf(context.model, context.computed, context.settings);
    for (const text of userTexts(context.model, ['material', 'data'])) {
      const t = foldText(text.text);
      // Every pattern needs one of these words; most texts (indicator names…) have none and cost nothing more.
      if (!CLAIM_WORDS.test(t)) continue;
      const at: TextAt = { text, t, where: placeOf(text) };
      const claims = [
        ...diffClaims(basis, at),
        ...rateClaims(basis, at),
        ...yoyClaims(basis, at),
        ...scoreClaims(basis, at),
      ];
      // One finding per text cell and kind: the first claim of each kind (the rest repeat the same root).
      const seen = new Set<string>();
      for (const claim of claims) {
        if (seen.has(claim.messageId)) continue;
        seen.add(claim.messageId);
        context.report({ messageId: claim.messageId, cells: claim.cells, data: claim.data });
      }
    }
  },
});

function isZeroish(value: number): boolean {
  return Math.abs(value) < 1e-9;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
