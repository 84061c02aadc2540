// Recognition finds the same model in differently laid-out copies of the sample (template.md: labels, not addresses).
import { checkWorkbook } from '../../src/core/check';
import type { Grid } from '../../src/core/grid/grid';
import { leavesOf } from '../../src/core/template/parse-score-sheet';
import { recognizeWorkbook } from '../../src/core/template/recognize-workbook';
import { gridFromA1 } from '../../src/core/grid/build-grid';
import { isKnownLabel } from '../../src/core/template/known-labels';
import { normalizeLabel } from '../../src/core/text/normalize';
import {
  byName,
  dropColumns,
  insertBlankCols,
  insertBlankRows,
  mapNumbers,
  mapTexts,
  relabel,
  renameGrid,
  shiftGrid,
  remapGrid,
} from '../support/grid-transforms';
import { loadSampleGrids } from '../support/sample';

/** The model values that must not depend on layout, in the sheet's own amount unit converted to 元. */
function essentials(grids: readonly Grid[]) {
  const { model } = recognizeWorkbook(grids);
  const data = model.data;
  const toYuan = data?.amountUnit === '万元' ? 10000 : 1;
  const round = (n: number | null | undefined) => (n == null ? n : Math.round(n * toYuan * 100) / 100);
  return {
    unit: data?.unit?.value,
    year: data?.year?.value,
    filedOn: data?.filedOn?.value,
    staff: Object.fromEntries(Object.entries(data?.staff ?? {}).map(([k, f]) => [k, f.value])),
    budget: data?.budget?.rows.map((r) => [
      r.kind,
      round(r.initial?.value),
      round(r.planned?.value),
      round(r.actual?.value),
    ]),
    sangong: data?.sangong?.rows.map((r) => [r.kind, round(r.planned?.value), round(r.actual?.value)]),
    indicators: data?.indicators?.rows.map((i) => [
      i.level1?.value,
      i.level2?.value,
      i.name.value,
      i.direction,
      i.target.value,
      i.actual.value,
      i.previous?.value ?? null,
    ]),
    tree: model.score?.roots.map((l1) => [
      l1.title,
      l1.weight?.value,
      l1.children.map((l2) => [
        l2.title,
        l2.weight?.value,
        l2.children.map((l3) => [l3.title, l3.weight?.value, l3.score?.value]),
      ]),
    ]),
    total: model.score?.total?.score?.value,
    grade: model.score?.grade?.value,
    material: Object.keys(model.material?.fields ?? {}).sort(),
  };
}

const FULL_WIDTH: Record<string, string> = { '(': '（', ')': '）', ':': '：', '%': '％' };

describe('recognition of the sample in different layouts', () => {
  let sample: Grid[];
  let expected: ReturnType<typeof essentials>;
  beforeAll(async () => {
    sample = await loadSampleGrids();
    expected = essentials(sample);
  });

  it('reads the sample itself completely', () => {
    expect(expected.unit).toBe('遂溪县应急管理局本级');
    expect(expected.year).toBe(2024);
    expect(expected.filedOn).toEqual({ year: 2025, month: 7, day: 25 });
    expect(expected.staff).toEqual({
      authorised: 34,
      employed: 32,
      retired: 6,
      contract: 40,
      departments: 9,
      subordinates: 2,
    });
    expect(expected.budget?.map((r) => r[0])).toEqual([
      'total',
      'fiscal',
      'fiscalGeneral',
      'fiscalFund',
      'fiscalStateCapital',
      'other',
      'basic',
      'personnel',
      'publicFunds',
      'project',
    ]);
    expect(expected.budget?.[0]).toEqual(['total', 30126800, 34474255.03, 34474740.51]);
    expect(expected.sangong?.map((r) => r[0])).toEqual([
      'total',
      'abroad',
      'vehicle',
      'vehiclePurchase',
      'vehicleRunning',
      'reception',
    ]);
    expect(expected.indicators).toHaveLength(12);
    expect(expected.indicators?.[0]).toEqual(['产出指标', '数量指标', '生产安全事故起数', '<=', 10, 8, 10]);
    expect(leavesOf(recognizeWorkbook(sample).model.score?.roots ?? [])).toHaveLength(17);
    expect(expected.tree?.map((l1) => [l1[0], l1[1]])).toEqual([
      ['前期准备工作', 30],
      ['预算执行与管理', 30],
      ['履职效能', 40],
    ]);
    expect(expected.total).toBe(99);
    expect(expected.material).toHaveLength(14);
  });

  it('finds blocks shifted down and right, with blank rows and columns between them', () => {
    const data = byName(sample, '自评数据表');
    // The sample's blocks are separated by blank rows 27, 35 and 38 (0-based 26, 34, 37; +3 after the shift): widen
    // each gap, and add an empty column inside the tables too.
    const moved = insertBlankCols(insertBlankRows(shiftGrid(data, 3, 2), [29, 29, 37, 40, 40]), [5]);
    const score = insertBlankRows(shiftGrid(byName(sample, '自评评分表'), 2, 1), [3]);
    expect(essentials([moved, score, byName(sample, '报告素材')])).toEqual(expected);
  });

  it('recognises sheets by content under other names and in another order', () => {
    const renamed = [
      renameGrid(byName(sample, '报告素材'), 'Sheet3'),
      renameGrid(byName(sample, '自评评分表'), '附表2 评分'),
      renameGrid(byName(sample, '自评数据表'), '表1'),
    ];
    expect(essentials(renamed)).toEqual(expected);
  });

  it('understands the synonyms of template.md', () => {
    const synonyms = {
      单位名称: '部门（单位）名称',
      填报日期: '报送日期',
      全年预算数: '调整后预算数',
      全年执行数: '决算数',
      年度资金总额: '合计',
      编制人数: '核定编制',
      外聘人员: '外聘临时工人',
      实际完成值: '完成值',
      年度指标值: '目标值',
      指标性质: '计算符号',
      偏差原因分析及改进措施: '偏差原因',
    };
    const grids = [
      relabel(byName(sample, '自评数据表'), synonyms),
      relabel(byName(sample, '自评评分表'), { 扣分原因: '扣分原因和其他说明', 合计: '总分' }),
      byName(sample, '报告素材'),
    ];
    expect(essentials(grids)).toEqual(expected);
  });

  it('treats full-width brackets, colons, digits and ideographic spaces as equal', () => {
    // Only the form's labels are widened: values such as the unit name must keep their own spelling.
    const widen = (text: string) =>
      isKnownLabel(normalizeLabel(text))
        ? text
            .replace(/[():%]/g, (ch) => FULL_WIDTH[ch] ?? ch)
            .replace(/^(.)(.)/, '$1\u3000$2')
            .replace(/^/, ' ')
        : text;
    const grids = sample.map((g) => mapTexts(g, widen));
    expect(essentials(grids)).toEqual(expected);
  });

  it('reads weights written into the names ("前期准备工作（30分）") with a single 分值 column', () => {
    const score = byName(sample, '自评评分表');
    // Columns: A l1 name, B l1 weight, C l2 name, D l2 weight, E l3 name, F l3 weight, … Put the l1/l2 weights into the names.
    const withNames = remapGrid(
      score,
      (r, c) => ({ row: r, col: c }),
      (cell, r, c) => {
        const weightOf = (col: number) => score.cells[r]?.[col]?.value;
        if (
          (c === 0 || c === 2) &&
          r >= 4 &&
          typeof cell.value === 'string' &&
          cell.value !== '合计' &&
          typeof weightOf(c + 1) === 'number'
        ) {
          return { value: `${cell.value}（${weightOf(c + 1)}分）` };
        }
        if (c === 5 && r === 3) return { value: '分值' };
        return { value: cell.value, ...(cell.formula ? { formula: cell.formula } : {}) };
      },
    );
    const single = relabel(dropColumns(withNames, [1, 3]), { 名称: '名称' });
    const grids = [byName(sample, '自评数据表'), single, byName(sample, '报告素材')];
    const got = essentials(grids);
    expect(got.tree).toEqual(expected.tree);
  });

  it('reads a sheet kept in 万元 and gives the same amounts in 元', () => {
    const data = byName(sample, '自评数据表');
    const inWan = mapTexts(
      mapNumbers(data, (value, row, col, cell) =>
        row >= 16 && row <= 33 && col >= 2 && col <= 3 && cell.numFmt === '#,##0.00'
          ? { value: value / 10000, numFmt: '#,##0.000000' }
          : { value, ...(cell.numFmt ? { numFmt: cell.numFmt } : {}) },
      ),
      (text) => (text === '金额单位：元' ? '金额单位：万元' : text),
    );
    const fixCol4 = mapNumbers(inWan, (value, row, col, cell) =>
      row >= 16 && row <= 25 && col === 4
        ? { value: value / 10000 }
        : { value, ...(cell.numFmt ? { numFmt: cell.numFmt } : {}) },
    );
    const grids = [fixCol4, byName(sample, '自评评分表'), byName(sample, '报告素材')];
    const { model } = recognizeWorkbook(grids);
    expect(model.data?.amountUnit).toBe('万元');
    expect(essentials(grids).budget).toEqual(expected.budget);
  });
});

describe('workbooks that are not the template', () => {
  it('names the labels it looked for when nothing is recognised', () => {
    const result = checkWorkbook([gridFromA1('销售表', { A1: '产品', B1: '数量', A2: '苹果', B2: 3 })]);
    expect(result.recognised).toBe(false);
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({
      rule: 'template-not-recognised',
      severity: 'error',
      sheet: '销售表',
      cells: ['A1'],
    });
    expect(result.findings[0]?.message).toContain('全年预算数');
    expect(result.findings[0]?.message).toContain('一级指标');
  });

  it('reports a missing score sheet but still checks the data table', async () => {
    const sample = await loadSampleGrids();
    const result = checkWorkbook([byName(sample, '自评数据表')]);
    expect(result.recognised).toBe(true);
    expect(result.findings.map((f) => f.rule)).toEqual(['template-not-recognised']);
    expect(result.findings[0]?.message).toContain('自评评分表');
    expect(result.summary.budget.planned).toBe(34474255.03);
  });
});
