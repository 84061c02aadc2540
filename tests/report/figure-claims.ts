// Reads every figure a report states (amounts, rates, scores, grades, directions, counts, indicator values) back out of
// its text and checks each against the recomputed tables; a figure from 报告素材 that disagrees must carry 【待核实】.
import type { CheckResult } from '../../src/core/check';
import type { ScoreNode } from '../../src/core/template/model';

export type ClaimCheck = { readonly claims: number; readonly problems: string[] };

const NUM = String.raw`(-?\d[\d,]*(?:\.\d+)?)`;
const num = (text: string) => Number(text.replace(/,/g, ''));

const BUDGET_LABELS: Readonly<Record<string, string>> = {
  财政拨款: 'fiscal',
  一般公共预算财政拨款: 'fiscalGeneral',
  政府性基金预算财政拨款: 'fiscalFund',
  国有资本经营预算财政拨款: 'fiscalStateCapital',
  其他资金: 'other',
  基本支出: 'basic',
  人员经费: 'personnel',
  公用经费: 'publicFunds',
  项目支出: 'project',
};
const SANGONG_LABELS: Readonly<Record<string, string>> = {
  '因公出国（境）费': 'abroad',
  公务用车购置及运行费: 'vehicle',
  公务接待费: 'reception',
};

/**
 * A stated percentage agrees when the true value, rounded to the stated decimals, is that figure; and 100% is only
 * true of exactly 100% (100.00% for 100.0014% hides an overspend).
 */
function percentAgrees(stated: string, fraction: number): boolean {
  if (Number(stated) === 100) return Math.abs(fraction - 1) < 1e-9;
  const decimals = stated.includes('.') ? (stated.split('.')[1] ?? '').length : 0;
  return Number((fraction * 100).toFixed(decimals)) === Number(stated);
}

const amountAgrees = (stated: string, value: number | null | undefined) =>
  value != null && Math.abs(num(stated) - Math.round(value * 100) / 100) < 0.001;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The rest of the paragraph after `at`: where a 【待核实】 marker for a claim there must be. */
function paragraphAfter(text: string, at: number): string {
  const end = text.indexOf('\n', at);
  return text.slice(at, end < 0 ? text.length : end);
}

function leavesOf(roots: readonly ScoreNode[]): ScoreNode[] {
  return roots.flatMap((l1) => l1.children.flatMap((l2) => [...l2.children]));
}

export function checkFigureClaims(text: string, result: CheckResult): ClaimCheck {
  const problems: string[] = [];
  let claims = 0;
  const claim = (ok: boolean, what: string) => {
    claims++;
    if (!ok) problems.push(what);
  };
  const { computed, model } = result;
  const budget = (kind: string) => computed.budget.get(kind as never);

  // 收入预算安排 / 决算支出 / direction / 执行率.
  const total = budget('total');
  for (const m of text.matchAll(
    new RegExp(
      `收入预算安排${NUM}万?元，决算支出${NUM}万?元，决算支出(?:比收入预算安排(增加|减少)${NUM}万?元|与收入预算安排持平)`,
      'g',
    ),
  )) {
    const planned = total?.row.planned?.value;
    const actual = total?.row.actual?.value;
    // Material text repeating the sentence with a wrong figure must be marked 【待核实】 (checked below).
    if (/【待核实/.test(paragraphAfter(text, m.index ?? 0))) continue;
    claim(amountAgrees(m[1] ?? '', planned), `收入预算安排${m[1]} ≠ ${planned}`);
    claim(amountAgrees(m[2] ?? '', actual), `决算支出${m[2]} ≠ ${actual}`);
    if (planned != null && actual != null) {
      const diff = actual - planned;
      if (m[3] === undefined) claim(Math.abs(diff) < 0.005, `持平 but 差额 ${diff}`);
      else {
        claim((m[3] === '增加') === diff > 0, `${m[3]} but 差额 ${diff}`);
        claim(amountAgrees(m[4] ?? '', Math.abs(diff)), `差额 ${m[4]} ≠ ${diff}`);
      }
    }
  }
  // A total computed by a formula over blank rows shows 0.00, which is not a figure: no spending sentence on it.
  const blankRows = (model.data?.budget?.rows ?? []).filter((r) => r.planned?.value == null || r.actual?.value == null);
  const formulaTotal = total?.row.planned?.formula !== undefined || total?.row.actual?.formula !== undefined;
  if (blankRows.length > 0 && formulaTotal)
    claim(
      !/收入预算安排\d/.test(text),
      `spending stated although ${blankRows.map((r) => r.label.value).join('、')} are blank`,
    );
  for (const m of text.matchAll(/整体支出执行率(\d+(?:\.\d+)?)%/g))
    claim(
      total?.rate !== undefined && percentAgrees(m[1] ?? '', total.rate),
      `整体支出执行率${m[1]}% ≠ ${total?.rate}`,
    );

  // Every direction word about spending vs budget, material text included, agrees or is marked 【待核实】.
  if (total?.difference !== undefined)
    for (const m of text.matchAll(
      /(?:决算|执行|支出)[^，。；\n]{0,12}?比[^，。；\n]{0,12}?预算[^，。；\n]{0,8}?(增加|减少)/g,
    )) {
      // The “三公” sentence compares its own 决算数 with its own 预算数.
      if (text.slice(Math.max(0, (m.index ?? 0) - 60), m.index ?? 0).includes('“三公”经费')) continue;
      const agrees = (m[1] === '增加') === total.difference > 0 || Math.abs(total.difference) < 0.005;
      claim(
        agrees || /【待核实/.test(paragraphAfter(text, m.index ?? 0)),
        `“${m[0]}” contradicts 差额 ${total.difference}`,
      );
    }

  // Breakdown rows.
  for (const m of text.matchAll(
    new RegExp(
      `(${Object.keys(BUDGET_LABELS).join('|')})全年预算数${NUM}万?元，全年执行数${NUM}万?元(?:，执行率(\\d+(?:\\.\\d+)?)%)?`,
      'g',
    ),
  )) {
    const calc = budget(BUDGET_LABELS[m[1] ?? ''] ?? '');
    claim(amountAgrees(m[2] ?? '', calc?.row.planned?.value), `${m[1]}全年预算数${m[2]}`);
    claim(amountAgrees(m[3] ?? '', calc?.row.actual?.value), `${m[1]}全年执行数${m[3]}`);
    if (m[4] !== undefined) claim(calc?.rate !== undefined && percentAgrees(m[4], calc.rate), `${m[1]}执行率${m[4]}%`);
  }
  for (const m of text.matchAll(new RegExp(`(人员经费|公用经费)支出${NUM}万?元`, 'g'))) {
    const calc = budget(BUDGET_LABELS[m[1] ?? ''] ?? '');
    claim(amountAgrees(m[2] ?? '', calc?.row.actual?.value), `${m[1]}支出${m[2]}`);
  }

  // “三公” funds.
  const sangong = computed.sangong.get('total');
  for (const m of text.matchAll(new RegExp(`“三公”经费预算数${NUM}万?元，决算数${NUM}万?元`, 'g'))) {
    claim(amountAgrees(m[1] ?? '', sangong?.row.planned?.value), `三公预算数${m[1]}`);
    claim(amountAgrees(m[2] ?? '', sangong?.row.actual?.value), `三公决算数${m[2]}`);
  }
  for (const m of text.matchAll(/控制率(\d+(?:\.\d+)?)%/g))
    claim(sangong?.rate !== undefined && percentAgrees(m[1] ?? '', sangong.rate), `控制率${m[1]}%`);
  for (const m of text.matchAll(new RegExp(`(因公出国（境）费|公务用车购置及运行费|公务接待费)${NUM}万?元`, 'g'))) {
    const row = computed.sangong.get(SANGONG_LABELS[m[1] ?? ''] as never);
    claim(amountAgrees(m[2] ?? '', row?.row.actual?.value), `${m[1]}${m[2]}`);
    claim(Math.abs(num(m[2] ?? '')) >= 0.005, `${m[1]} stated as zero`);
  }

  // Score and grade: the recomputed ones, never stated from blank scores; material that disagrees is marked.
  const leaves = leavesOf(model.score?.roots ?? []);
  const scoresFilled = leaves.length > 0 && leaves.every((l) => l.score?.value != null);
  for (const m of text.matchAll(/(?:自评分数|自评得分|自评总分|总得分)(?:为|是)?(\d+(?:\.\d+)?)分/g)) {
    const marked = /【待核实/.test(paragraphAfter(text, m.index ?? 0));
    const ok = scoresFilled && computed.score !== undefined && Math.abs(Number(m[1]) - computed.score.total) < 0.01;
    claim(ok || marked, `“${m[0]}” but recomputed ${computed.score?.total} (scores filled: ${scoresFilled})`);
  }
  for (const m of text.matchAll(/(?:自评等级|评价等级)(?:为|是)?“?(优秀|优|良好|良|中等|中|差)/g)) {
    const stated = ({ 优秀: '优', 良好: '良', 中等: '中' } as Record<string, string>)[m[1] ?? ''] ?? m[1];
    const marked = /【待核实/.test(paragraphAfter(text, m.index ?? 0));
    claim((scoresFilled && stated === computed.score?.grade) || marked, `“${m[0]}” but ${computed.score?.grade}`);
  }
  for (const root of model.score?.roots ?? []) {
    const re = new RegExp(`${escape(root.title)}（权重${NUM}分）得${NUM}分`, 'g');
    for (const m of text.matchAll(re)) {
      const calc = computed.score?.nodes.get(root);
      const nodeLeaves = leavesOf([root]);
      claim(
        nodeLeaves.every((l) => l.score?.value != null) && Math.abs(num(m[2] ?? '') - (calc?.scoreSum ?? NaN)) < 0.01,
        `${root.title}得${m[2]}分 ≠ ${calc?.scoreSum}`,
      );
    }
  }
  for (const leaf of leaves) {
    const re = new RegExp(`${escape(leaf.title)}（权重${NUM}分）得${NUM}分，扣${NUM}分`, 'g');
    for (const m of text.matchAll(re)) {
      claim(amountAgrees(m[1] ?? '', leaf.weight?.value), `${leaf.title}权重${m[1]}`);
      claim(amountAgrees(m[2] ?? '', leaf.score?.value), `${leaf.title}得${m[2]}分`);
      claim(
        amountAgrees(m[3] ?? '', (leaf.weight?.value ?? NaN) - (leaf.score?.value ?? NaN)),
        `${leaf.title}扣${m[3]}分`,
      );
    }
  }

  // Indicators: the count, and every value written right after an indicator's name.
  const named = computed.indicators.filter((c) => (c.indicator.name.value ?? '').trim() !== '');
  const quantitative = named.filter((c) => c.quantitative);
  for (const m of text.matchAll(/共设定定量绩效指标(\d+)项/g))
    claim(Number(m[1]) === quantitative.length, `定量绩效指标${m[1]}项 ≠ ${quantitative.length}`);
  for (const calc of quantitative) {
    const { indicator } = calc;
    const name = (indicator.name.value ?? '').trim();
    const re = new RegExp(
      `${escape(name)}(?:达到)?${NUM}([^（，、；。\\d]*)(?:（同比(增长|下降)(\\d+(?:\\.\\d+)?)%）)?`,
      'g',
    );
    for (const m of text.matchAll(re)) {
      const actual = indicator.actual.value;
      const shown = actual === null ? NaN : indicator.actual.percent ? actual * 100 : actual;
      claim(Math.abs(num(m[1] ?? '') - Math.round(shown * 100) / 100) < 0.001, `${name}${m[1]} ≠ ${shown}`);
      if (m[3] !== undefined)
        claim(
          calc.yoy !== undefined && (m[3] === '增长') === calc.yoy > 0 && percentAgrees(m[4] ?? '', Math.abs(calc.yoy)),
          `${name}同比${m[3]}${m[4]}% ≠ ${calc.yoy}`,
        );
    }
  }

  // Template residue never reaches the report; blanks never become 0.00元 / 0分 / 差.
  for (const residue of [
    /[（(]\d+字以内[）)]/,
    /说明本单位所报送/,
    /对照《[^》]*》逐项分析/,
    /【请填写/,
    /（单位名称）/,
  ])
    claim(!residue.test(text), `template residue ${residue}`);
  return { claims, problems };
}
