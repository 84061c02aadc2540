// Form families as data: every real form of the corpus is recognised as the family its truth names, a form that is
// none of them is told which family it came closest to and which labels were missing, and the confidence order holds.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkWorkbook } from '../../src/core/check';
import { buildGrid } from '../../src/core/grid/build-grid';
import type { Grid } from '../../src/core/grid/grid';
import { FAMILIES, familyById } from '../../src/core/template/families';
import type { FormFamily } from '../../src/core/template/families/family';
import { isKnownLabel } from '../../src/core/template/known-labels';
import { matchFamilies, pickFamily, type FamilyMatch } from '../../src/core/template/recognize-family';
import { recognizeWorkbook } from '../../src/core/template/recognize-workbook';
import { SheetIndex } from '../../src/core/template/sheet-index';
import { normalizeLabel } from '../../src/core/text/normalize';
import { readWorkbookGrids } from '../../src/xlsx/read-workbook';
import { byName, relabel } from '../support/grid-transforms';
import { chongqingForm } from '../support/chongqing-form';
import { loadSampleGrids } from '../support/sample';

const ROOT = join(__dirname, '..', '..');
const FORMS = join(ROOT, 'tests', 'forms');

type Entry = { readonly id: string; readonly family: string };

const ENTRIES: readonly Entry[] = readdirSync(FORMS)
  .filter((id) => existsSync(join(FORMS, id, 'truth.json')))
  .sort()
  .map((id) => ({ id, family: (JSON.parse(readFileSync(join(FORMS, id, 'truth.json'), 'utf8')) as Entry).family }));

const loadForm = (id: string): Promise<Grid[]> =>
  readWorkbookGrids(new Uint8Array(readFileSync(join(FORMS, id, `${id}.xlsx`))));

const matchesOf = (grids: readonly Grid[]) => matchFamilies(grids.map((g) => new SheetIndex(g)));

describe('the family descriptions', () => {
  it('have unique ids and names, and the reference template, the most general, comes last', () => {
    expect(new Set(FAMILIES.map((f) => f.id)).size).toBe(FAMILIES.length);
    expect(new Set(FAMILIES.map((f) => f.name)).size).toBe(FAMILIES.length);
    expect(FAMILIES.at(-1)?.id).toBe('reference');
    expect(FAMILIES.map((f) => f.id).sort()).toEqual(
      [...new Set([...ENTRIES.map((e) => e.family), 'reference'])].sort(),
    );
  });

  it.each(FAMILIES.map((f) => [f.id, f] as const))('%s: its real example is in the repo and is of it', (id, f) => {
    expect(existsSync(join(ROOT, f.example))).toBe(true);
    if (id !== 'reference') expect(ENTRIES.find((e) => f.example.endsWith(e.id))?.family).toBe(id);
    expect(f.required.length).toBeGreaterThanOrEqual(5);
    expect(f.name).toMatch(/[\u4e00-\u9fa5]/);
  });

  it('are all listed in docs/forms.md, by id and name, in confidence order', () => {
    const doc = readFileSync(join(ROOT, 'docs', 'forms.md'), 'utf8');
    const rows = FAMILIES.map((f) => doc.indexOf(`| \`${f.id}\` | ${f.name} |`));
    expect(rows.every((at) => at > 0)).toBe(true);
    expect(rows).toEqual([...rows].sort((a, b) => a - b));
  });

  it.each(FAMILIES.map((f) => [f.id, f] as const))('%s: every label it contributes is read', (_id, f: FormFamily) => {
    const contributed = Object.values(f.contributes).flatMap((table) =>
      Object.values(table as Record<string, readonly string[]>).flat(),
    );
    for (const label of contributed) expect(isKnownLabel(normalizeLabel(label))).toBe(true);
  });
});

describe('every corpus form is recognised as the family its truth names', () => {
  it.each(ENTRIES.map((e) => [e.id, e.family] as const))('%s → %s', async (id, family) => {
    const grids = await loadForm(id);
    const { model, family: match } = recognizeWorkbook(grids);
    expect(match.sure).toBe(true);
    expect(model.family?.id).toBe(family);
    expect(model.family?.confidence).toBeGreaterThan(0.5);
    const result = checkWorkbook(grids);
    expect(result.summary.family?.name).toBe(familyById(family)?.name);
    // A family with no score sheet never gets "未找到自评评分表" (the Hunan forms did, at A1).
    expect(result.findings.filter((f) => f.rule === 'template-not-recognised')).toEqual([]);
  });

  it('recognises the sample as the reference template, as a whole and by its data table alone', async () => {
    const sample = await loadSampleGrids();
    expect(recognizeWorkbook(sample).model.family).toEqual({
      id: 'reference',
      name: familyById('reference')?.name,
      confidence: 1,
    });
    const dataOnly = recognizeWorkbook([byName(sample, '自评数据表')]);
    expect(dataOnly.model.family?.id).toBe('reference');
    // The reference template has a score sheet: without it, the part is still reported missing, as before.
    expect(dataOnly.missing.map((m) => m.part)).toEqual(['score']);
  });

  it('recognises a Chongqing form built from rows, reads its head and scores it by 得分系数', () => {
    const result = checkWorkbook([chongqingForm()]);
    expect(result.summary.family?.id).toBe('chongqing-department');
    expect(result.summary).toMatchObject({ year: 2021, amountUnit: '万元', score: { stated: 97.6 } });
    expect(result.model.data?.indicators?.rows.map((r) => r.coefficient?.value)).toEqual([1, 1, 1, 1]);
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});

/** A project form of the national kind whose head lost 实施单位 and whose budget lost its 年度资金总额 row label. */
function unsureProjectForm(): Grid {
  return buildGrid('自评表', [
    ['项目支出绩效自评表（2023年度）'],
    ['项目名称', '某某项目'],
    ['主管部门', '某局'],
    ['项目资金（万元）', undefined, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    [undefined, '合计', 100, 100, 100, 10, 1, 10],
    ['年度总体目标', '预期目标', undefined, undefined, '实际完成情况'],
    [undefined, '完成某项工作', undefined, undefined, '已完成某项工作'],
    ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '计量单位', '分值', '得分'],
    ['产出指标', '数量指标', '培训人次', 100, 100, '人次', 90, 90],
    ['总分', undefined, undefined, undefined, undefined, undefined, 100, 100],
  ]);
}

describe('a form that is none of the families', () => {
  it('is read by the generic rules, with a finding naming the closest family and the labels it lacks', () => {
    const result = checkWorkbook([unsureProjectForm()]);
    expect(result.summary.family).toBeUndefined();
    const notSure = result.findings.filter((f) => f.rule === 'template-not-recognised');
    expect(notSure).toHaveLength(1);
    expect(notSure[0]).toMatchObject({ severity: 'info', cells: ['A1'] });
    expect(notSure[0]?.message).toContain('项目支出绩效自评表（财预〔2020〕10号）');
    expect(notSure[0]?.message).toContain('实施单位、年度资金总额');
    // The generic reader still read it: budget and scored indicators.
    expect(result.summary.budget.planned).toBe(100);
  });

  it('becomes its family once the missing labels are written', () => {
    const grid = relabel(unsureProjectForm(), { 主管部门: '实施单位', 合计: '年度资金总额' });
    expect(checkWorkbook([grid]).summary.family?.id).toBe('national-project');
  });

  it('whose tables were cut off names the closest family and its missing labels in the not-recognised error', () => {
    const head = buildGrid('Sheet1', [
      ['项目支出绩效自评表（2022年度）'],
      ['项目名称', '某某项目'],
      ['主管部门', '某局', '实施单位', '某站'],
    ]);
    const result = checkWorkbook([head]);
    expect(result.recognised).toBe(false);
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]?.severity).toBe('error');
    expect(result.findings[0]?.message).toContain('最接近的表式是“项目支出绩效自评表（财预〔2020〕10号）”');
    expect(result.findings[0]?.message).toContain('缺少它的标签：年度资金总额、全年执行数、三级指标、得分');
  });

  it('that is no form at all names no family', () => {
    const result = checkWorkbook([
      buildGrid('销售表', [
        ['产品', '数量'],
        ['苹果', 3],
      ]),
    ]);
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]?.message).toContain('未能识别');
    expect(result.findings[0]?.message).not.toContain('最接近');
  });
});

describe('the confidence order when two families could match', () => {
  const match = (family: FormFamily, confidence: number, sure = true): FamilyMatch => ({
    family,
    confidence,
    sure,
    missing: sure ? [] : [family.required[0]?.label ?? ''],
  });
  const [first, second] = FAMILIES as [FormFamily, FormFamily];

  it('gives an equal match to the family listed first', () => {
    expect(pickFamily([match(first, 0.8), match(second, 0.8)]).family.id).toBe(first.id);
    expect(pickFamily([match(second, 0.8), match(first, 0.8)]).family.id).toBe(second.id);
  });

  it('prefers a sure family to a closer unsure one, and the higher confidence among sure ones', () => {
    expect(pickFamily([match(first, 0.9, false), match(second, 0.4)]).family.id).toBe(second.id);
    expect(pickFamily([match(first, 0.6), match(second, 0.9)]).family.id).toBe(second.id);
  });

  it.each([
    ['sichuan-zhongjiang-slj-biaochi-2022', 'target-selfeval-project'],
    ['ningxia-yinchuan-liuzhong-gongyong-2021', 'yinchuan-project'],
  ])('%s matches the national form too, and is taken for the more specific %s', async (id, family) => {
    const matches = matchesOf(await loadForm(id));
    const sure = matches.filter((m) => m.sure).map((m) => m.family.id);
    expect(sure).toEqual(expect.arrayContaining([family, 'national-project']));
    expect(pickFamily(matches).family.id).toBe(family);
  });
});
