// 自评等级 and 是否完成 are parsed once, where the model is built: every accepted spelling of a grade (or of an answer)
// behaves the same in every rule, fix proposal, summary and report sentence. Walked through the real sample workbook.
import { checkWorkbook, type CheckResult } from '../../src/core/check';
import { toA1 } from '../../src/core/grid/a1';
import { proposeFixes } from '../../src/core/fixes/propose-fixes';
import {
  COMPLETION_SPELLINGS,
  GRADE_SPELLINGS,
  completionField,
  gradeField,
  parseCompletion,
  parseGrade,
} from '../../src/core/template/choices';
import type { Grade } from '../../src/core/template/model';
import { buildReport } from '../../src/report/build-report';
import { flattenSections, paragraphText, type Report } from '../../src/report/report-model';
import { DATA, MATERIAL, SCORE, sampleGrids, withCells } from '../report/support';

const GRADES: readonly Grade[] = ['优', '良', '中', '差'];
const GRADE_RULES = new Set(['score-grade', 'score-stated-elsewhere']);

function reportText(report: Report): string {
  return [...report.front, ...flattenSections(report).flatMap((s) => s.paragraphs)].map(paragraphText).join('\n');
}

async function sampleWithGrade(written: string): Promise<CheckResult> {
  const sample = checkWorkbook(await sampleGrids());
  const self = sample.model.material?.fields.selfAssessment?.ref;
  if (!self) throw new Error('sample has no 自评结果说明');
  let grids = withCells(await sampleGrids(), SCORE, { B23: written });
  grids = withCells(grids, DATA, { B13: written });
  grids = withCells(grids, MATERIAL, { [toA1(self)]: `经评价小组逐项打分，自评等级为${written}。` });
  return checkWorkbook(grids);
}

/** Everything a written grade changes, except the words quoted back (which differ by spelling by design). */
function gradeBehaviour(result: CheckResult) {
  const report = buildReport(result);
  return {
    findings: result.findings
      .filter((f) => GRADE_RULES.has(f.rule))
      .map((f) => [f.rule, f.messageId, f.refs.map((c) => `${c.sheet}!${toA1(c)}`)]),
    fixes: proposeFixes(result)
      .filter((p) => p.what.includes('等级'))
      .map((p) => [`${p.ref.sheet}!${toA1(p.ref)}`, p.value, p.formula]),
    summary: result.summary.score.grade,
    reportNotes: reportText(report).split('自评等级应为').length - 1,
    resultSentence: reportText(report).match(/自评分数[^。]*。/)?.[0],
  };
}

describe('自评等级: one table of spellings', () => {
  it.each(Object.entries(GRADE_SPELLINGS))('%s means %s, with or without a trailing 等 or spaces', (word, grade) => {
    expect(parseGrade(word)).toBe(grade);
    expect(parseGrade(` ${word}等 `)).toBe(grade);
  });

  it('reads words that are no grade as no grade, keeping the words', () => {
    expect(parseGrade('A')).toBeUndefined();
    expect(parseGrade('优良')).toBeUndefined();
    const field = gradeField({ ref: { sheet: 'S', row: 0, col: 1 }, raw: ' A ', value: 'A' });
    expect(field).toMatchObject({ value: null, text: 'A', problem: 'not-a-choice' });
    const blank = gradeField({ ref: { sheet: 'S', row: 0, col: 1 }, raw: null, value: null, problem: 'blank' });
    expect(blank).toMatchObject({ value: null, text: '', problem: 'blank' });
  });

  describe.each(GRADES)('every spelling of %s behaves the same in rules, fixes, summary and report', (grade) => {
    const spellings = Object.keys(GRADE_SPELLINGS).filter((w) => GRADE_SPELLINGS[w] === grade);

    it(`${spellings.join(' / ')}`, async () => {
      const behaviours = await Promise.all(spellings.map(async (w) => gradeBehaviour(await sampleWithGrade(w))));
      const [first] = behaviours;
      for (const b of behaviours) expect(b).toEqual(first);
      // The sample totals 99: 优. Every other grade is an error in both cells and the text, with a fix for both cells.
      expect(first?.summary).toEqual({ stated: grade, recomputed: '优' });
      expect(first?.resultSentence).toBe('自评分数99分，自评等级为优。');
      if (grade === '优') {
        expect(first).toMatchObject({ findings: [], fixes: [], reportNotes: 0 });
      } else {
        expect(first?.findings.map(([rule, id]) => `${String(rule)}/${String(id)}`).sort()).toEqual([
          'score-grade/grade',
          'score-stated-elsewhere/dataGrade',
          'score-stated-elsewhere/textGrade',
        ]);
        expect(first?.fixes.map(([at, value]) => [at, value])).toEqual([
          [`${DATA}!B13`, '优'],
          [`${SCORE}!B23`, '优'],
        ]);
        expect(first?.reportNotes).toBeGreaterThan(0);
      }
    });
  });

  it('quotes the grade as written in the messages', async () => {
    const result = await sampleWithGrade('良好');
    const messages = result.findings.filter((f) => GRADE_RULES.has(f.rule)).map((f) => f.message);
    expect(messages).toHaveLength(3);
    for (const m of messages) expect(m).toContain('良好');
  });

  it('an unreadable grade is an error everywhere, shown as written', async () => {
    const b = gradeBehaviour(await sampleWithGrade('A'));
    expect(b.summary).toEqual({ stated: 'A', recomputed: '优' });
    expect(b.findings.map(([rule, id]) => `${String(rule)}/${String(id)}`).sort()).toEqual([
      'score-grade/grade',
      'score-stated-elsewhere/dataGrade',
    ]);
    expect(b.fixes.map(([at]) => at)).toEqual([`${DATA}!B13`, `${SCORE}!B23`]);
  });
});

describe('是否完成: one table of answers', () => {
  it.each(Object.entries(COMPLETION_SPELLINGS))('%s means %s', (word, met) => {
    expect(parseCompletion(word)).toBe(met);
    expect(parseCompletion(` ${word.toLowerCase()}。`)).toBe(met);
  });

  it('keeps other words as written, with no meaning', () => {
    expect(parseCompletion('基本完成')).toBeUndefined();
    const field = completionField({ ref: { sheet: 'S', row: 0, col: 1 }, raw: '基本完成', value: '基本完成' });
    expect(field).toMatchObject({ value: null, text: '基本完成', problem: 'not-a-choice' });
  });

  /** Writes one answer in every 是否完成 cell of the sample; returns what the rules, fixes and report make of it. */
  async function completionBehaviour(written: string) {
    const sample = checkWorkbook(await sampleGrids());
    const rows = sample.model.data?.indicators?.rows ?? [];
    const cells = rows.flatMap((i) => (i.statedDone ? [i.statedDone.ref] : []));
    expect(cells.length).toBeGreaterThan(5);
    // A qualitative result other than its target, so the report tells the stated answer.
    const qualitative = rows.filter((i) => i.direction === 'qualitative').map((i) => toA1(i.actual.ref));
    expect(qualitative.length).toBeGreaterThan(0);
    const grids = withCells(await sampleGrids(), DATA, {
      ...Object.fromEntries(cells.map((c) => [toA1(c), written])),
      ...Object.fromEntries(qualitative.map((a) => [a, '基本达成'])),
    });
    const result = checkWorkbook(grids);
    return {
      findings: result.findings
        .filter((f) => f.rule === 'indicator-completion' && f.messageId === 'done')
        .map((f) => f.cells),
      fixes: proposeFixes(result)
        .filter((p) => p.what.includes('是否完成'))
        .map((p) => [toA1(p.ref), p.value]),
      qualitative: reportText(buildReport(result)).match(/年度目标为“[^”]*”，实际完成“[^”]*”[^；。]*/g),
    };
  }

  it.each([true, false])(
    'every spelling meaning %s behaves the same in the rule, the fixes and the report',
    async (met) => {
      const spellings = Object.keys(COMPLETION_SPELLINGS).filter((w) => COMPLETION_SPELLINGS[w] === met);
      const behaviours = await Promise.all(spellings.map(completionBehaviour));
      for (const b of behaviours) expect(b).toEqual(behaviours[0]);
      // Every indicator of the sample is met: "not done" is wrong in each quantitative row, and fixed to 是.
      const first = behaviours[0];
      if (met) expect(first).toMatchObject({ findings: [], fixes: [] });
      else {
        expect(first?.findings.length).toBeGreaterThan(5);
        expect(first?.fixes.map(([at]) => [at])).toEqual(first?.findings);
        expect(first?.fixes.every(([, value]) => value === '是')).toBe(true);
      }
      expect(first?.qualitative).toEqual([`年度目标为“总体平稳”，实际完成“基本达成”，${met ? '已完成' : '未完成'}`]);
    },
  );

  it('an answer that is neither stays out of the rule and the fixes, and the report quotes it', async () => {
    expect(await completionBehaviour('基本')).toEqual({
      findings: [],
      fixes: [],
      qualitative: ['年度目标为“总体平稳”，实际完成“基本达成”，自评为“基本”'],
    });
  });
});
