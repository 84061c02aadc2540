// Each kind of generated sentence, from the sample workbook with a few cells changed.
import type { CellValue } from '../../src/core/grid/grid';
import { reportRuns, type Report } from '../../src/report/report-model';
import { reportToText } from '../../src/report/report-to-text';
import { DATA, MATERIAL, SCORE, reportOf, sampleGrids, withCells } from './support';

async function textWith(sheet: string, values: Record<string, CellValue>, options = {}): Promise<string> {
  return reportToText(reportOf(withCells(await sampleGrids(), sheet, values), options));
}

async function reportWith(sheet: string, values: Record<string, CellValue>): Promise<Report> {
  return reportOf(withCells(await sampleGrids(), sheet, values));
}

function spendingLine(text: string): string {
  return text.split('\n').find((l) => l.startsWith('收入预算安排')) ?? '';
}

describe('spending (一、（四）)', () => {
  it.each([
    // 100.001%: two decimals would read 100.00% next to an overspend, which looks self-contradictory.
    ['more', 34474740.51, '决算支出比收入预算安排增加485.48元，增幅不足0.01%，整体支出执行率100.001%。'],
    ['less', 34000000, '决算支出比收入预算安排减少474255.03元，降幅1.38%，整体支出执行率98.62%。'],
    ['equal', 34474255.03, '决算支出与收入预算安排持平，整体支出执行率100.00%。'],
    ['equal within the amount tolerance', 34474255.034, '决算支出与收入预算安排持平，整体支出执行率100.00%。'],
  ])('%s', async (_name, actual, expected) => {
    expect(spendingLine(await textWith(DATA, { E17: actual }))).toContain(expected);
  });

  it('rounds amounts and percentages to 2 decimals', async () => {
    expect(spendingLine(await textWith(DATA, { D17: 3, E17: 2 }))).toBe(
      '收入预算安排3.00元，决算支出2.00元，决算支出比收入预算安排减少1.00元，降幅33.33%，整体支出执行率66.67%。',
    );
  });

  it('writes thousands separators when asked', async () => {
    const text = reportToText(reportOf(await sampleGrids(), { thousands: true }));
    expect(spendingLine(text)).toBe(
      '收入预算安排34,474,255.03元，决算支出34,474,740.51元，决算支出比收入预算安排增加485.48元，增幅不足0.01%，整体支出执行率100.001%。',
    );
  });

  it('uses the sheet’s 金额单位 (万元)', async () => {
    const text = await textWith(DATA, { A5: '金额单位：万元', D17: 3447.43, E17: 3447.47 });
    expect(spendingLine(text)).toBe(
      '收入预算安排3447.43万元，决算支出3447.47万元，决算支出比收入预算安排增加0.04万元，增幅不足0.01%，整体支出执行率100.001%。',
    );
    expect(text).toContain('“三公”经费预算数210000.00万元');
  });

  it('writes one sentence per breakdown and the “三公” funds', async () => {
    const text = await textWith(DATA, {});
    expect(text).toContain(
      '按资金来源分，财政拨款全年预算数33187855.03元，全年执行数33187855.03元，执行率100.00%；其他资金全年预算数1286400.00元，全年执行数1286885.48元，执行率100.04%。',
    );
    expect(text).toContain('其中人员经费支出9856432.17元、公用经费支出1243600.00元');
    expect(text).toContain(
      '“三公”经费预算数210000.00元，决算数181161.60元，决算数比预算数减少28838.40元，控制率86.27%',
    );
  });

  it('says when the “三公” funds exceed their budget', async () => {
    expect(await textWith(DATA, { D29: 220000 })).toContain('决算数超出预算数10000.00元，控制率104.76%');
  });

  it('marks the spending as missing when the budget table has no total', async () => {
    const report = await reportWith(DATA, { D17: null, E17: null });
    expect(reportToText(report)).toContain('【待填写：年度部门整体支出规模（全年预算数、全年执行数）】');
  });
});

describe('staff (一、（一）)', () => {
  it('names only the figures present', async () => {
    expect(await textWith(DATA, { B8: null, B9: null })).toContain('\n机构编制部门核定人员34人，年末在职32人。\n');
  });

  it('leaves the sentence out when no figure is present', async () => {
    expect(await textWith(DATA, { B6: null, B7: null, B8: null, B9: null })).not.toContain('机构编制部门核定人员');
  });
});

describe('indicators (一、（三） and 三、（二）)', () => {
  it('reports a missed target, and the missing 偏差原因 as a marker', async () => {
    // The sample explains its over-completion in K42; a missed target starts without a reason.
    const text = await textWith(DATA, { G42: 8, K42: null });
    expect(text).toContain('自评数据表共设定定量绩效指标11项，已完成10项，未完成1项。');
    expect(text).toContain('；应急响应启动次数8次，未达到年度指标值10次，完成年度指标值的80.00%。');
    expect(text).toContain(
      '未完成年度指标值的绩效指标：\n应急响应启动次数年度指标值≥10次，实际完成值8次，偏差原因：【待填写：偏差原因】。',
    );
  });

  it('quotes the 偏差原因 as written', async () => {
    const text = await textWith(DATA, { G42: 8, K42: '全年台风少于预期' });
    expect(text).toContain('偏差原因：全年台风少于预期。');
  });

  it('writes the 同比 change in the right direction', async () => {
    expect(await textWith(DATA, { H42: 10 })).toContain('应急响应启动次数12次（同比增长20.00%）');
    expect(await textWith(DATA, {})).toContain(
      '1.产出指标：生产安全事故起数8起（同比下降20.00%）、生产安全事故受伤人数2人（同比下降33.33%），均控制在年度指标值以内（分别为10起、3人）；',
    );
    expect(await textWith(DATA, { H42: 12 })).toContain('应急响应启动次数12次（与上年持平）');
  });

  it('writes percentages as the sheet shows them', async () => {
    expect(await textWith(DATA, {})).toContain('预警信息覆盖率96%');
    expect(await textWith(DATA, {})).toContain('森林火情有效处置率100%，达到年度指标值。');
  });
});

describe('scores (三、（一）（二）（四）)', () => {
  it('uses the recomputed total and grade, and marks a deduction without reason', async () => {
    const text = await textWith(SCORE, { J5: 6 });
    expect(text).toContain('\n自评分数97分，自评等级为优。\n');
    expect(text).toContain(
      '一级指标中，前期准备工作（权重30分）得27分，预算执行与管理（权重30分）得30分，履职效能（权重40分）得40分。',
    );
    expect(text).toContain('\n组织建立情况（权重8分）得6分，扣2分，扣分原因：【待填写：扣分原因】。\n');
    expect(text).toContain('\n其余15项三级指标均得满分。\n');
  });

  it('summarises full marks in one sentence', async () => {
    const text = await textWith(SCORE, { J9: 4, I9: null });
    expect(text).toContain('\n全部17项三级指标均得满分。\n');
    expect(text).not.toContain('扣1分');
  });

  it('changes grade with the recomputed total', async () => {
    expect(await textWith(SCORE, { J18: 0, J20: 0 })).toContain('自评分数79分，自评等级为中。');
  });

  it('lists problems from the deductions when 存在问题 is empty', async () => {
    const text = await textWith(MATERIAL, { B13: null });
    expect(text).toContain('（四）存在问题\n1.目标设置合理性扣1分：部分绩效目标量化程度不够精细。\n（五）改进措施');
  });
});

describe('material (报告素材)', () => {
  it('marks missing text visibly, pointing at its label', async () => {
    const report = await reportWith(MATERIAL, { B4: null, B2: null });
    const text = reportToText(report);
    expect(text).toContain('（一）单位机构设置、部门职能情况。\n【待填写：单位机构设置及部门职能】\n');
    expect(text).toContain('根据《【待填写：通知名称】》（遂财绩〔2025〕6号）要求');
    const marker = reportRuns(report).find((r) => r.kind === 'missing' && r.field === '单位机构设置及部门职能');
    expect(marker).toMatchObject({ at: { sheet: MATERIAL, row: 3, col: 0 } });
  });

  it('writes 无。 when 其他自评情况 is empty', async () => {
    expect(await textWith(MATERIAL, { B15: null })).toMatch(/四、其他自评情况\n无。\n$/);
  });

  it.each([
    ['是', '我单位报送的自评报告、自评数据表、自评评分表与公开的自评报告、自评数据表、自评评分表一致。'],
    ['否', '我单位报送的自评报告、自评数据表、自评评分表与公开的材料不一致。'],
    [null, '【待填写：报送与公开材料是否一致】'],
  ])('writes 二、（四） from 报送与公开材料是否一致 = %s', async (value, expected) => {
    expect(await textWith(MATERIAL, { B10: value })).toContain(`（四）自评材料报送及公开一致情况。\n${expected}\n`);
  });

  it('writes the submission date and the accountability sentence', async () => {
    expect(await textWith(MATERIAL, { B9: 45866 })).toContain(
      '2025年7月28日报送自评材料。我单位对所报送自评材料真实性、完整性、一致性、规范性负责。',
    );
    expect(await textWith(MATERIAL, { B9: null })).toContain(
      '【待填写：自评材料报送日期】。我单位对所报送自评材料真实性、完整性、一致性、规范性负责。',
    );
  });

  it('marks a missing 填报日期 in the title block', async () => {
    expect(await textWith(DATA, { B4: null })).toContain('填报日期：【待填写：填报日期】');
  });

  it('keeps material verbatim with its source cell', async () => {
    const report = await reportWith(MATERIAL, {});
    const run = reportRuns(report).find(
      (r) => r.kind === 'material' && r.text.startsWith('根据《遂溪县应急管理局绩效考核工作实施方案》'),
    );
    expect(run).toMatchObject({ source: { sheet: MATERIAL, row: 6, col: 1 } });
  });
});

describe('prose a reviewer accepts', () => {
  it('repeats no phrase: no 8 characters without a figure occur three times in the generated sentences', async () => {
    for (const grids of [await sampleGrids(), withCells(await sampleGrids(), DATA, { G42: 8, G43: 2000 })]) {
      const generated = reportRuns(reportOf(grids))
        .filter((r) => r.kind === 'generated')
        .map((r) => r.text)
        .join('\n');
      const counts = new Map<string, number>();
      for (let i = 0; i + 8 <= generated.length; i++) {
        const gram = generated.slice(i, i + 8);
        if (/[\d\n]/.test(gram)) continue;
        counts.set(gram, (counts.get(gram) ?? 0) + 1);
      }
      expect([...counts].filter(([, n]) => n >= 3)).toEqual([]);
    }
  });

  it('splits numbered items typed on one line into paragraphs', async () => {
    const text = await textWith(MATERIAL, {
      B4: '一、单位概况。设9个股室。二、主要职能。负责全县应急管理。（三）其他。无下属单位。',
    });
    expect(text).toContain('\n一、单位概况。设9个股室。\n二、主要职能。负责全县应急管理。\n（三）其他。无下属单位。\n');
  });

  it('leaves zero amounts out of the listings', async () => {
    expect(await textWith(DATA, {})).not.toMatch(/[^\d]0\.00元/);
  });
});
