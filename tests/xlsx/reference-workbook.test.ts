// Checks the shipped reference workbooks: labels where template.md puts them, the sample's figures and sums, and that the committed assets are exactly what the generator writes.
import path from 'node:path';
import ExcelJS from 'exceljs';
import { writeReferenceWorkbook, type ReferenceKind } from '../../src/xlsx/reference-workbook';

const ASSETS = path.resolve(__dirname, '..', '..', 'assets');
const FILES: Record<ReferenceKind, string> = { blank: 'template-blank.xlsx', sample: 'sample-2024.xlsx' };
const DATA = '自评数据表';
const SCORE = '自评评分表';
const MATERIAL = '报告素材';

async function loadAsset(kind: ReferenceKind): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(ASSETS, FILES[kind]));
  return wb;
}

async function loadBytes(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  // exceljs types its input as its own ArrayBuffer-like Buffer; a Node Buffer is what it reads in Node.
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return wb;
}

function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`missing sheet ${name}`);
  return ws;
}

function isFormula(cell: ExcelJS.Cell): boolean {
  return cell.type === ExcelJS.ValueType.Formula;
}

/** The value a reader sees: a formula's cached result (exceljs drops a falsy result from `value`), else the value. */
function shown(ws: ExcelJS.Worksheet, address: string): unknown {
  const cell = ws.getCell(address);
  return isFormula(cell) ? cell.result : cell.value;
}

function num(ws: ExcelJS.Worksheet, address: string): number {
  const value = shown(ws, address);
  if (typeof value !== 'number') throw new Error(`${ws.name}!${address} is not a number: ${JSON.stringify(value)}`);
  return value;
}

function text(ws: ExcelJS.Worksheet, address: string): string {
  const value = ws.getCell(address).value;
  return typeof value === 'string' ? value : '';
}

function formulaOf(ws: ExcelJS.Worksheet, address: string): string | undefined {
  const cell = ws.getCell(address);
  return isFormula(cell) ? cell.formula : undefined;
}

function merges(ws: ExcelJS.Worksheet): string[] {
  return [...ws.model.merges].sort();
}

function cents(value: number): number {
  return Math.round(value * 100);
}

/** Everything a reader of the workbook depends on: values, formulas, cached results, formats, merges, widths. */
function snapshot(wb: ExcelJS.Workbook): unknown {
  return wb.worksheets.map((ws) => {
    const cells: Record<string, unknown> = {};
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.isMerged && cell.master.address !== cell.address) return;
        const value = isFormula(cell) ? { formula: cell.formula, result: cell.result ?? null } : cell.value;
        cells[cell.address] = {
          value: value instanceof Date ? value.toISOString() : value,
          numFmt: cell.numFmt ?? null,
        };
      });
    });
    const widths = Array.from({ length: ws.columnCount }, (_, i) => ws.getColumn(i + 1).width ?? null);
    return { name: ws.name, merges: merges(ws), widths, cells };
  });
}

const BUDGET_LABELS = [
  '年度资金总额',
  '财政拨款',
  '其中：一般公共预算财政拨款',
  '其中：政府性基金预算财政拨款',
  '其中：国有资本经营预算财政拨款',
  '其他资金',
  '基本支出',
  '其中：人员经费',
  '其中：公用经费',
  '项目支出',
];
const BUDGET_ROW: Record<string, number> = Object.fromEntries(BUDGET_LABELS.map((label, i) => [label, 17 + i]));
const budgetRow = (label: string): number => BUDGET_ROW[label] ?? Number.NaN;
const SANGONG_LABELS = [
  '合计',
  '因公出国（境）费',
  '公务用车购置及运行费',
  '其中：公务用车购置费',
  '其中：公务用车运行维护费',
  '公务接待费',
];
const INDICATOR_HEADERS = [
  '一级指标',
  '二级指标',
  '三级指标',
  '指标性质',
  '年度指标值',
  '计量单位',
  '实际完成值',
  '上年完成值',
  '完成率',
  '是否完成',
  '偏差原因分析及改进措施',
];
const SCORE_TREE: ReadonlyArray<readonly [string, number, string, number, string, number]> = [
  ['前期准备工作', 30, '自评工作情况', 18, '组织建立情况', 8],
  ['前期准备工作', 30, '自评工作情况', 18, '自评材料报送及时性', 5],
  ['前期准备工作', 30, '自评工作情况', 18, '自评材料报送质量', 5],
  ['前期准备工作', 30, '目标设置', 10, '绩效目标申报情况', 6],
  ['前期准备工作', 30, '目标设置', 10, '目标设置合理性', 4],
  ['前期准备工作', 30, '信息公开', 2, '自评材料公开一致性', 2],
  ['预算执行与管理', 30, '预算执行', 20, '预算执行率', 8],
  ['预算执行与管理', 30, '预算执行', 20, '结转结余控制', 4],
  ['预算执行与管理', 30, '预算执行', 20, '"三公"经费控制率', 4],
  ['预算执行与管理', 30, '预算执行', 20, '政府采购执行', 4],
  ['预算执行与管理', 30, '预算管理', 10, '管理制度健全性', 3],
  ['预算执行与管理', 30, '预算管理', 10, '资金使用合规性', 4],
  ['预算执行与管理', 30, '预算管理', 10, '预决算信息公开', 3],
  ['履职效能', 40, '履职产出', 25, '重点工作完成情况', 10],
  ['履职效能', 40, '履职产出', 25, '绩效指标完成率', 15],
  ['履职效能', 40, '履职效益', 10, '社会效益', 10],
  ['履职效能', 40, '满意度', 5, '服务对象满意度', 5],
];
const MATERIAL_LABELS = [
  '通知名称',
  '通知文号',
  '单位机构设置及部门职能',
  '年度总体工作和重点工作任务',
  '部门整体支出绩效目标',
  '评价小组情况',
  '自评工作过程',
  '自评材料报送日期',
  '报送与公开材料是否一致',
  '自评结果说明',
  '主要做法和经验',
  '存在问题',
  '改进措施',
  '其他自评情况',
];

const workbooks: Partial<Record<ReferenceKind, ExcelJS.Workbook>> = {};
beforeAll(async () => {
  workbooks.blank = await loadAsset('blank');
  workbooks.sample = await loadAsset('sample');
});
const wbOf = (kind: ReferenceKind): ExcelJS.Workbook => {
  const wb = workbooks[kind];
  if (!wb) throw new Error(`${kind} not loaded`);
  return wb;
};

describe.each(['blank', 'sample'] as const)('%s workbook: layout shared by both', (kind) => {
  test('three sheets in order, fixed metadata', () => {
    const wb = wbOf(kind);
    expect(wb.worksheets.map((ws) => ws.name)).toEqual([DATA, SCORE, MATERIAL]);
    expect(wb.creator).toBe('ziping');
    expect(wb.created.toISOString()).toBe('2025-07-25T00:00:00.000Z');
    expect(wb.modified.toISOString()).toBe('2025-07-25T00:00:00.000Z');
  });

  test('自评数据表 labels', () => {
    const ws = sheet(wbOf(kind), DATA);
    const labels: Record<string, string> = {
      A2: '单位名称',
      A3: '评价年度',
      A4: '填报日期',
      A5: '金额单位：元',
      A6: '编制人数',
      A7: '年末在职人数',
      A8: '离退休人数',
      A9: '外聘人员',
      A10: '内设机构数',
      A11: '下属单位数',
      A12: '自评得分',
      A13: '自评等级',
      A15: '年度部门整体支出规模',
      A16: '项目',
      C16: '年初预算数',
      D16: '全年预算数',
      E16: '全年执行数',
      F16: '执行率',
      G16: '备注',
      A28: '"三公"经费',
      C28: '预算数',
      D28: '决算数',
      E28: '控制率',
      A36: '年度总体目标',
      A37: '实际完成情况',
    };
    for (const [address, label] of Object.entries(labels))
      expect([address, text(ws, address)]).toEqual([address, label]);
    BUDGET_LABELS.forEach((label, i) => expect(text(ws, `A${17 + i}`)).toBe(label));
    SANGONG_LABELS.forEach((label, i) => expect(text(ws, `A${29 + i}`)).toBe(label));
    INDICATOR_HEADERS.forEach((label, i) => expect(ws.getRow(39).getCell(i + 1).value).toBe(label));
    expect(text(ws, 'A53')).toMatch(/^说明：/);
    expect(merges(ws)).toEqual(
      expect.arrayContaining(['A1:K1', 'A16:B16', 'G16:K16', 'A17:B17', 'A28:B28', 'B36:K36', 'B37:K37', 'A53:K53']),
    );
  });

  test('自评数据表 totals and rates are formulas', () => {
    const ws = sheet(wbOf(kind), DATA);
    for (const column of ['C', 'D', 'E']) {
      expect(formulaOf(ws, `${column}17`)).toBe(`${column}18+${column}22`);
      expect(formulaOf(ws, `${column}18`)).toBe(`SUM(${column}19:${column}21)`);
      expect(formulaOf(ws, `${column}23`)).toBe(`SUM(${column}24:${column}25)`);
    }
    for (let r = 17; r <= 26; r++) {
      expect(formulaOf(ws, `F${r}`)).toBe(`IF(D${r}=0,"",E${r}/D${r})`);
      expect(ws.getCell(`F${r}`).numFmt).toBe('0.00%');
      for (const column of ['C', 'D', 'E']) expect(ws.getCell(`${column}${r}`).numFmt).toBe('#,##0.00');
    }
    for (const column of ['C', 'D']) {
      expect(formulaOf(ws, `${column}29`)).toBe(`${column}30+${column}31+${column}34`);
      expect(formulaOf(ws, `${column}31`)).toBe(`SUM(${column}32:${column}33)`);
    }
    for (let r = 29; r <= 34; r++) expect(formulaOf(ws, `E${r}`)).toBe(`IF(C${r}=0,"",D${r}/C${r})`);
    for (let r = 40; r <= 51; r++)
      expect(formulaOf(ws, `I${r}`)).toMatch(new RegExp(`^IF\\(OR\\(E${r}="",G${r}=""\\)`));
    expect(formulaOf(ws, 'B12')).toBe('自评评分表!J22');
  });

  test('自评评分表 header, tree and totals', () => {
    const ws = sheet(wbOf(kind), SCORE);
    expect(text(ws, 'A1')).toBe('湛江市部门（单位）整体支出绩效自评评分表');
    expect(text(ws, 'A2')).toBe('单位名称');
    expect(['A3', 'C3', 'E3', 'G3', 'H3', 'I3', 'J3'].map((a) => text(ws, a))).toEqual([
      '一级指标',
      '二级指标',
      '三级指标',
      '指标说明',
      '评分标准',
      '扣分原因',
      '得分',
    ]);
    expect(['A4', 'B4', 'C4', 'D4', 'E4', 'F4'].map((a) => text(ws, a))).toEqual([
      '名称',
      '权重（%）',
      '名称',
      '权重（%）',
      '名称',
      '权重（%）',
    ]);
    expect(merges(ws)).toEqual(
      expect.arrayContaining(['A1:J1', 'A3:B3', 'C3:D3', 'E3:F3', 'G3:G4', 'H3:H4', 'I3:I4', 'J3:J4']),
    );
    // Level-1 and level-2 names and weights merged down over their children.
    expect(merges(ws)).toEqual(
      expect.arrayContaining([
        'A5:A10',
        'B5:B10',
        'A11:A17',
        'B11:B17',
        'A18:A21',
        'B18:B21',
        'C5:C7',
        'D5:D7',
        'C8:C9',
        'D8:D9',
        'C11:C14',
        'D11:D14',
        'C15:C17',
        'D15:D17',
        'C18:C19',
        'D18:D19',
      ]),
    );
    SCORE_TREE.forEach(([l1, w1, l2, w2, name, weight], i) => {
      const r = 5 + i;
      const master = (column: string): ExcelJS.Cell => ws.getCell(`${column}${r}`).master;
      expect([master('A').value, master('B').value, master('C').value, master('D').value]).toEqual([l1, w1, l2, w2]);
      expect([text(ws, `E${r}`), num(ws, `F${r}`)]).toEqual([name, weight]);
      expect(text(ws, `G${r}`)).not.toBe('');
      expect(text(ws, `H${r}`)).not.toBe('');
    });
    // Weights roll up: level-2 = Σ level-3, level-1 = Σ level-2, Σ level-1 = 100 (read from the sheet's merged cells).
    const level2 = new Map<string, { l1: string; weight: number; children: number }>();
    const level1 = new Map<string, { weight: number; children: number }>();
    SCORE_TREE.forEach((_, i) => {
      const r = 5 + i;
      const l1 = String(ws.getCell(`A${r}`).master.value);
      const key = `${l1}/${String(ws.getCell(`C${r}`).master.value)}`;
      const entry = level2.get(key) ?? { l1, weight: Number(ws.getCell(`D${r}`).master.value), children: 0 };
      entry.children += num(ws, `F${r}`);
      level2.set(key, entry);
      if (!level1.has(l1)) level1.set(l1, { weight: Number(ws.getCell(`B${r}`).master.value), children: 0 });
    });
    for (const [key, { l1, weight, children }] of level2) {
      expect([key, children]).toEqual([key, weight]);
      const parent = level1.get(l1);
      if (parent) parent.children += weight;
    }
    for (const [key, { weight, children }] of level1) expect([key, children]).toEqual([key, weight]);
    expect([...level1.values()].reduce((sum, x) => sum + x.weight, 0)).toBe(100);
    expect(text(ws, 'H11')).toBe('得分＝权重×执行率（执行率＝全年执行数÷全年预算数，超过100%按100%计）');
    expect(text(ws, 'H13')).toBe('决算数不超过预算数得满分；超过的，得分＝权重×预算数÷决算数');
    expect(text(ws, 'H19')).toBe('得分＝权重×各定量绩效指标完成率（超过100%按100%计）的平均值');
    expect(text(ws, 'A22')).toBe('合计');
    expect(formulaOf(ws, 'B22')).toBe('SUM(B5:B21)');
    expect(num(ws, 'B22')).toBe(100);
    expect(formulaOf(ws, 'J22')).toBe('SUM(J5:J21)');
    expect(text(ws, 'A23')).toBe('自评等级');
  });

  test('报告素材 labels, text merged B:F', () => {
    const ws = sheet(wbOf(kind), MATERIAL);
    expect(text(ws, 'A1')).toBe('报告素材（用于生成自评报告）');
    MATERIAL_LABELS.forEach((label, i) => expect(text(ws, `A${2 + i}`)).toBe(label));
    expect(merges(ws)).toEqual(expect.arrayContaining(MATERIAL_LABELS.map((_, i) => `B${2 + i}:F${2 + i}`)));
  });

  test('the committed asset is exactly what the generator writes', async () => {
    const regenerated = await loadBytes(await writeReferenceWorkbook(kind));
    expect(snapshot(regenerated)).toEqual(snapshot(wbOf(kind)));
    // Styles, row heights and page setup too (the readable snapshot above names the cell when values differ).
    expect(regenerated.worksheets.map((ws) => ws.model)).toEqual(wbOf(kind).worksheets.map((ws) => ws.model));
  });
});

describe('sample workbook: figures', () => {
  const ws = (name: string): ExcelJS.Worksheet => sheet(wbOf('sample'), name);

  test('header fields', () => {
    const data = ws(DATA);
    expect(text(data, 'A1')).toBe('部门整体支出绩效自评表（2024年度）');
    expect(text(data, 'B2')).toBe('遂溪县应急管理局本级');
    expect(data.getCell('B3').value).toBe(2024);
    const filed = data.getCell('B4');
    expect(filed.value).toEqual(new Date(Date.UTC(2025, 6, 25)));
    expect(filed.numFmt).toBe('yyyy"年"m"月"d"日"');
    expect(['B6', 'B7', 'B8', 'B9', 'B10', 'B11'].map((a) => data.getCell(a).value)).toEqual([34, 32, 6, 40, 9, 2]);
    expect(num(data, 'B12')).toBe(99);
    expect(text(data, 'B13')).toBe('优');
  });

  test('budget: report totals, every parent = Σ children in every amount column, rates from 全年预算数', () => {
    const data = ws(DATA);
    const amount = (label: string, column: string): number => cents(num(data, `${column}${budgetRow(label)}`));
    expect(amount('年度资金总额', 'D')).toBe(3447425503);
    expect(amount('年度资金总额', 'E')).toBe(3447474051);
    for (const column of ['C', 'D', 'E']) {
      const total = amount('年度资金总额', column);
      expect(amount('财政拨款', column) + amount('其他资金', column)).toBe(total);
      expect(amount('基本支出', column) + amount('项目支出', column)).toBe(total);
      expect(
        amount('其中：一般公共预算财政拨款', column) +
          amount('其中：政府性基金预算财政拨款', column) +
          amount('其中：国有资本经营预算财政拨款', column),
      ).toBe(amount('财政拨款', column));
      expect(amount('其中：人员经费', column) + amount('其中：公用经费', column)).toBe(amount('基本支出', column));
      // Cached results are exact to the cent.
      for (const label of BUDGET_LABELS)
        expect(num(data, `${column}${budgetRow(label)}`) * 100).toBeCloseTo(amount(label, column), 6);
    }
    expect(amount('年度资金总额', 'C')).toBeGreaterThan(3000000000);
    expect(amount('年度资金总额', 'C')).toBeLessThan(3100000000);
    for (const label of BUDGET_LABELS) {
      const r = budgetRow(label);
      const budget = amount(label, 'D');
      const spent = amount(label, 'E');
      const rate = shown(data, `F${r}`);
      if (budget === 0) {
        expect(rate ?? '').toBe('');
        continue;
      }
      expect(rate).toBeCloseTo(spent / budget, 12);
      expect(rate as number).toBeGreaterThanOrEqual(0.9);
      const note = text(data, `G${r}`);
      if (spent > budget) {
        const stated = /超预算支出([\d.]+)元/.exec(note);
        expect([label, stated?.[1]]).toEqual([label, ((spent - budget) / 100).toFixed(2)]);
      } else {
        expect([label, note]).toEqual([label, '']);
      }
    }
  });

  test('"三公": sums, 决算数 ≤ 预算数, 控制率', () => {
    const data = ws(DATA);
    const amount = (r: number, column: string): number => cents(num(data, `${column}${r}`));
    for (const column of ['C', 'D']) {
      expect(amount(29, column)).toBe(amount(30, column) + amount(31, column) + amount(34, column));
      expect(amount(31, column)).toBe(amount(32, column) + amount(33, column));
    }
    expect(amount(29, 'C')).toBeGreaterThan(0);
    for (let r = 29; r <= 34; r++) {
      expect(amount(r, 'D')).toBeLessThanOrEqual(amount(r, 'C'));
      const rate = shown(data, `E${r}`);
      if (amount(r, 'C') === 0) expect(rate ?? '').toBe('');
      else expect(rate).toBeCloseTo(amount(r, 'D') / amount(r, 'C'), 12);
    }
  });

  test('indicators: names, values and completion consistent with rules.md', () => {
    const data = ws(DATA);
    const expected: ReadonlyArray<
      readonly [string, string, string, string, number | string, string, number | string, number | null]
    > = [
      ['产出指标', '数量指标', '生产安全事故起数', '≤', 10, '起', 8, 10],
      ['产出指标', '数量指标', '生产安全事故受伤人数', '≤', 3, '人', 2, 3],
      ['产出指标', '数量指标', '应急响应启动次数', '≥', 10, '次', 12, null],
      ['产出指标', '数量指标', '转移撤离群众', '≥', 3000, '人次', 3403, null],
      ['产出指标', '数量指标', '出动救火人员', '≥', 1200, '人次', 1366, null],
      ['产出指标', '质量指标', '森林火情有效处置率', '≥', 1, '%', 1, null],
      ['产出指标', '质量指标', '预警信息覆盖率', '≥', 0.95, '%', 0.96, null],
      ['产出指标', '时效指标', '应急响应时长', '≥', 400, '小时', 480, null],
      ['效益指标', '社会效益指标', '较大以上生产安全事故起数', '=', 0, '起', 0, 0],
      ['效益指标', '社会效益指标', '因灾死亡人数', '=', 0, '人', 0, 0],
      ['效益指标', '社会效益指标', '安全形势', '定性', '总体平稳', '', '总体平稳', null],
      ['满意度指标', '服务对象满意度指标', '群众满意度', '≥', 0.9, '%', 0.95, null],
    ];
    expect(merges(data)).toEqual(expect.arrayContaining(['A40:A47', 'A48:A50', 'B40:B44', 'B45:B46', 'B48:B50']));
    expected.forEach(([l1, l2, name, nature, target, unit, actual, previous], i) => {
      const r = 40 + i;
      const row = [
        data.getCell(`A${r}`).master.value,
        data.getCell(`B${r}`).master.value,
        text(data, `C${r}`),
        text(data, `D${r}`),
      ];
      expect(row).toEqual([l1, l2, name, nature]);
      expect([
        data.getCell(`E${r}`).value,
        text(data, `F${r}`),
        data.getCell(`G${r}`).value,
        data.getCell(`H${r}`).value,
      ]).toEqual([target, unit, actual, previous]);
      if (unit === '%') {
        expect(data.getCell(`E${r}`).numFmt).toBe('0%');
        expect(actual as number).toBeLessThanOrEqual(1);
      }
      expect(text(data, `J${r}`)).toBe('是');
      const completion = shown(data, `I${r}`);
      if (typeof target !== 'number' || typeof actual !== 'number') {
        expect(completion ?? '').toBe('');
        return;
      }
      if (nature === '≥') {
        expect(actual).toBeGreaterThanOrEqual(target);
        expect(actual).toBeLessThanOrEqual(1.5 * target);
        expect(completion).toBeCloseTo(actual / target, 12);
      } else {
        expect(nature === '≤' ? actual <= target : actual === target).toBe(true);
        expect(completion).toBe(1);
      }
    });
    // 同比 as the report states it: accidents −20%, injured −33.33%.
    expect((8 - num(data, 'H40')) / num(data, 'H40')).toBeCloseTo(-0.2, 10);
    expect(((2 - num(data, 'H41')) / num(data, 'H41')) * 100).toBeCloseTo(-33.33, 2);
  });

  test('score sheet: one deduction with its reason, total 99 = Σ level-3, grade 优', () => {
    const score = ws(SCORE);
    expect(text(score, 'B2')).toBe('遂溪县应急管理局本级');
    let total = 0;
    SCORE_TREE.forEach(([, , , , name, weight], i) => {
      const r = 5 + i;
      const points = num(score, `J${r}`);
      total += points;
      expect(points).toBeLessThanOrEqual(weight);
      if (name === '目标设置合理性') {
        expect(points).toBe(3);
        expect(text(score, `I${r}`)).toBe('部分绩效目标量化程度不够精细，扣1分');
      } else {
        expect([name, points, score.getCell(`I${r}`).value]).toEqual([name, weight, null]);
      }
    });
    expect(total).toBe(99);
    expect(num(score, 'J22')).toBe(99);
    expect(text(score, 'B23')).toBe('优');
  });

  test('报告素材: filled, corrected, no placeholders, no stray years', () => {
    const material = ws(MATERIAL);
    const values = new Map(MATERIAL_LABELS.map((label, i) => [label, text(material, `B${2 + i}`)]));
    for (const [label, value] of values) expect([label, value.length > 0]).toEqual([label, true]);
    expect(values.get('通知名称')).toBe('《遂溪县财政局关于开展2025年县级财政资金绩效自评工作的通知》');
    expect(values.get('通知文号')).toBe('遂财绩〔2025〕6号');
    expect(values.get('自评材料报送日期')).toBe('2025年7月28日');
    expect(values.get('报送与公开材料是否一致')).toBe('是');
    expect(values.get('其他自评情况')).toBe('无');
    const organisation = values.get('单位机构设置及部门职能') ?? '';
    for (const unit of [
      '办公室',
      '政策法规和宣传教育股（案审办）',
      '应急指挥股（应急支援和预案管理股）',
      '综合协调和调查统计股',
      '风险监测和综合减灾股',
      '火灾防治管理股',
      '自然灾害救援和救灾物资保障股',
      '安全生产基础股',
      '安全生产执法监察股',
      '遂溪县专业森林消防队',
      '遂溪县消防事务中心',
    ]) {
      expect(organisation).toContain(unit);
    }
    const filingFields = new Set(['通知名称', '通知文号', '自评材料报送日期']);
    for (const [label, value] of values) {
      expect([label, value]).not.toEqual([
        label,
        expect.stringMatching(/（单位名称）|XX|××|……|【|】|说明本单位|对照《|此处填写|减少485\.48/),
      ]);
      for (const year of value.match(/(?:19|20)\d{2}/g) ?? []) {
        expect([label, year]).toEqual([label, filingFields.has(label) ? '2025' : '2024']);
      }
    }
  });
});

describe('blank workbook: nothing filled in', () => {
  const ws = (name: string): ExcelJS.Worksheet => sheet(wbOf('blank'), name);

  test('data sheet values empty, formulas kept', () => {
    const data = ws(DATA);
    expect(text(data, 'A1')).toBe('部门整体支出绩效自评表（    年度）');
    for (const address of ['B2', 'B3', 'B4', 'B6', 'B7', 'B8', 'B9', 'B10', 'B11', 'B13', 'B36', 'B37'])
      expect([address, data.getCell(address).value]).toEqual([address, null]);
    for (const label of ['其中：一般公共预算财政拨款', '其他资金', '其中：人员经费', '项目支出']) {
      for (const column of ['C', 'D', 'E', 'G']) expect(data.getCell(`${column}${budgetRow(label)}`).value).toBeNull();
    }
    for (let r = 40; r <= 51; r++) {
      for (const column of ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'J', 'K'])
        expect(data.getCell(`${column}${r}`).value).toBeNull();
    }
    expect(formulaOf(data, 'E17')).toBe('E18+E22');
  });

  test('score sheet: tree kept, scores and grade empty', () => {
    const score = ws(SCORE);
    expect(score.getCell('B2').value).toBeNull();
    for (let r = 5; r <= 21; r++) {
      expect(score.getCell(`I${r}`).value).toBeNull();
      expect(score.getCell(`J${r}`).value).toBeNull();
    }
    expect(formulaOf(score, 'J22')).toBe('SUM(J5:J21)');
    expect(score.getCell('B23').value).toBeNull();
  });

  test('报告素材: labels only', () => {
    const material = ws(MATERIAL);
    MATERIAL_LABELS.forEach((_, i) => expect(material.getCell(`B${2 + i}`).value).toBeNull());
  });
});
