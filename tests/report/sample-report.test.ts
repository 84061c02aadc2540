// The sample workbook's whole report against the reviewed expected text, and the provenance of every figure in it.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { reportRuns } from '../../src/report/report-model';
import { reportToText } from '../../src/report/report-to-text';
import { HEADINGS } from '../../src/report/report-text';
import { sampleReport } from './support';

const EXPECTED = path.join(__dirname, 'expected', 'sample-2024.txt');

describe('the sample report (遂溪县应急管理局本级 2024)', () => {
  it('matches the reviewed expected text', async () => {
    const { report } = await sampleReport();
    const actual = reportToText(report);
    if (!existsSync(EXPECTED)) {
      writeFileSync(EXPECTED.replace(/\.txt$/, '.actual.txt'), actual);
      console.log(actual);
      throw new Error(`No reviewed expected file ${EXPECTED}; the actual text was written next to it for review.`);
    }
    expect(actual).toBe(readFileSync(EXPECTED, 'utf8'));
  });

  it('states the spending in the correct direction, never 减少', async () => {
    const text = reportToText((await sampleReport()).report);
    expect(text).toContain(
      '收入预算安排34474255.03元，决算支出34474740.51元，决算支出比收入预算安排增加485.48元，增幅不足0.01%，整体支出执行率100.001%。',
    );
    expect(text).not.toMatch(/决算支出比收入预算安排减少/);
  });

  it('has every outline heading, in order', async () => {
    const text = reportToText((await sampleReport()).report);
    const headings = Object.entries(HEADINGS)
      .filter(([key]) => key !== 'appendix')
      .map(([, h]) => h);
    let from = 0;
    for (const heading of headings) {
      const at = text.indexOf(`\n${heading}\n`, from);
      expect(at).toBeGreaterThanOrEqual(from);
      from = at;
    }
  });

  it('never carries the outline instruction text or an unfilled placeholder', async () => {
    const text = reportToText((await sampleReport()).report);
    expect(text).not.toMatch(/说明本单位所报送|逐项分析各指标完成情况|（单位名称）|【待填写/);
  });

  it('traces every generated figure to at least one cell', async () => {
    const runs = reportRuns((await sampleReport()).report);
    const generated = runs.filter((r) => r.kind === 'generated');
    expect(generated.length).toBeGreaterThan(20);
    for (const run of generated) {
      if (/\d/.test(run.text))
        expect({ text: run.text, sources: run.sources.length > 0 }).toEqual({ text: run.text, sources: true });
    }
    // Outline text holds no figure: digits come only from cells.
    for (const run of runs.filter((r) => r.kind === 'outline'))
      expect(run.text.replace(/^\d+\.$/, '').replace('附件6', '')).not.toMatch(/\d/);
  });

  it('lists the sources in an appendix when asked', async () => {
    const { report } = await sampleReport({ sourceAppendix: true });
    const text = reportToText(report);
    expect(text).toContain('附：数据来源');
    expect(text).toMatch(/收入预算安排34474255\.03元.*——来源：自评数据表!D17、自评数据表!E17/);
  });
});
