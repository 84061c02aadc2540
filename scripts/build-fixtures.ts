// Writes tests/fixtures/*.xlsx from the bundled sample: one planted mistake per rule (invalid-<rule-id>.xlsx), all of them
// at once (invalid-all.xlsx), and the sample with the reference report's mistakes typed into 报告素材; plus
// expected.json with the cell where each rule must report. Run: npx tsx scripts/build-fixtures.ts
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { DAYING_SATISFACTION, SHANGWU_2020, TANGXI_2022, type RealIndicator } from '../tests/support/real-forms';

const ROOT = path.resolve(__dirname, '..');
const SAMPLE = path.join(ROOT, 'assets', 'sample-2024.xlsx');
const OUT = path.join(ROOT, 'tests', 'fixtures');

const DATA = '自评数据表';
const SCORE = '自评评分表';
const MATERIAL = '报告素材';

type Sheets = { data: ExcelJS.Worksheet; score: ExcelJS.Worksheet; material: ExcelJS.Worksheet };
type CellValue = ExcelJS.CellValue;

export type Plant = {
  readonly rule: string;
  /** Where the rule must report: the sheet and one A1 cell among the finding's cells. */
  readonly sheet: string;
  readonly cell: string;
  readonly plant: (s: Sheets) => void;
};

const formula = (f: string, result: number | string | { error: string }): CellValue =>
  ({ formula: f, result }) as CellValue;
const set = (ws: ExcelJS.Worksheet, address: string, value: CellValue) => {
  ws.getCell(address).value = value;
};
const append = (ws: ExcelJS.Worksheet, address: string, text: string) => {
  set(ws, address, `${String(ws.getCell(address).value ?? '')}${text}`);
};
const replace = (ws: ExcelJS.Worksheet, address: string, from: string, to: string) => {
  const text = String(ws.getCell(address).value ?? '');
  if (!text.includes(from)) throw new Error(`build-fixtures: ${ws.name}!${address} does not contain "${from}"`);
  set(ws, address, text.replace(from, to));
};

/** One planted mistake per rule id. Plants touch different cells and keep the other totals consistent, so they combine. */
export const PLANTS: readonly Plant[] = [
  { rule: 'budget-rollup', sheet: DATA, cell: 'C17', plant: ({ data }) => set(data, 'C26', 19314000) },
  // G:K of the budget rows is the merged 备注; the MoF-style columns go right of it.
  {
    rule: 'budget-score',
    sheet: DATA,
    cell: 'M17',
    plant: ({ data }) =>
      [
        ['L16', '分值'],
        ['M16', '得分'],
        ['L17', 10],
        ['M17', 9],
      ].forEach(([a, v]) => set(data, a as string, v as CellValue)),
  },
  {
    rule: 'cell-error',
    sheet: DATA,
    cell: 'F23',
    plant: ({ data }) => set(data, 'F23', formula('E23/0', { error: '#DIV/0!' })),
  },
  {
    rule: 'execution-rate',
    sheet: DATA,
    cell: 'F24',
    plant: ({ data }) => set(data, 'F24', formula('IF(D24=0,"",E24/D25)', 9856432.17 / 1243600)),
  },
  {
    rule: 'execution-rate-base',
    sheet: DATA,
    cell: 'F25',
    plant: ({ data }) => set(data, 'F25', formula('IF(C25=0,"",E25/C25)', 1243600 / 1200000)),
  },
  { rule: 'filing-date', sheet: DATA, cell: 'B4', plant: ({ data }) => set(data, 'B4', '2024年12月30日') },
  {
    rule: 'formula-range',
    sheet: DATA,
    cell: 'D18',
    plant: ({ data }) => set(data, 'D18', formula('SUM(D19:D20)', 33187855.03)),
  },
  { rule: 'hardcoded-total', sheet: DATA, cell: 'C23', plant: ({ data }) => set(data, 'C23', 10812500) },
  { rule: 'indicator-completion', sheet: DATA, cell: 'J43', plant: ({ data }) => set(data, 'J43', '否') },
  {
    rule: 'indicator-deviation-reason',
    sheet: DATA,
    cell: 'K47',
    plant: ({ data }) => {
      set(data, 'G47', 380);
      set(data, 'I47', formula(String((data.getCell('I47').value as { formula?: string }).formula ?? 'G47/E47'), 0.95));
      set(data, 'J47', '否');
      // The sample explains why 480 小时 exceeded the target; a missed target has no such text.
      set(data, 'K47', null);
    },
  },
  {
    rule: 'indicator-score',
    sheet: DATA,
    cell: 'M40',
    plant: ({ data }) =>
      [
        ['L39', '分值'],
        ['M39', '得分'],
        ['L40', 5],
        ['M40', 4],
      ].forEach(([a, v]) => set(data, a as string, v as CellValue)),
  },
  {
    rule: 'indicator-target-sanity',
    sheet: DATA,
    cell: 'E43',
    plant: ({ data }) => {
      set(data, 'E43', 2000);
      set(
        data,
        'I43',
        formula(String((data.getCell('I43').value as { formula?: string }).formula ?? 'G43/E43'), 3403 / 2000),
      );
    },
  },
  { rule: 'indicator-unit', sheet: DATA, cell: 'G41', plant: ({ data }) => set(data, 'G41', '2人次') },
  {
    rule: 'low-execution',
    sheet: DATA,
    cell: 'F20',
    // Spending moved from 政府性基金 to 一般公共预算: every subtotal stays as it is.
    plant: ({ data }) => {
      set(data, 'E20', 1200000);
      set(data, 'F20', formula('IF(D20=0,"",E20/D20)', 0.75));
      set(data, 'E19', 31987855.03);
      set(data, 'F19', formula('IF(D19=0,"",E19/D19)', 31987855.03 / 31587855.03));
    },
  },
  {
    rule: 'narrative-claim',
    sheet: MATERIAL,
    cell: 'B11',
    plant: ({ material }) => append(material, 'B11', '决算支出比收入预算安排减少485.48元。'),
  },
  { rule: 'number-as-text', sheet: DATA, cell: 'B7', plant: ({ data }) => set(data, 'B7', '32') },
  { rule: 'overspend', sheet: DATA, cell: 'E26', plant: ({ data }) => set(data, 'G26', null) },
  {
    rule: 'placeholder-text',
    sheet: MATERIAL,
    cell: 'B13',
    plant: ({ material }) => set(material, 'B13', '【请填写存在的问题】（100字以内）'),
  },
  { rule: 'required-field', sheet: DATA, cell: 'G44', plant: ({ data }) => set(data, 'G44', null) },
  {
    rule: 'sangong-control',
    sheet: DATA,
    cell: 'D34',
    plant: ({ data }) => {
      set(data, 'D34', 32000);
      set(data, 'E34', formula('IF(C34=0,"",D34/C34)', 32000 / 30000));
      set(data, 'D29', formula('D30+D31+D34', 194435.6));
      set(data, 'E29', formula('IF(C29=0,"",D29/C29)', 194435.6 / 210000));
    },
  },
  {
    rule: 'score-deduction-reason',
    sheet: SCORE,
    cell: 'I15',
    plant: ({ score }) => {
      set(score, 'J15', 2);
      set(score, 'I15', null);
    },
  },
  { rule: 'score-grade', sheet: SCORE, cell: 'B23', plant: ({ score }) => set(score, 'B23', '良') },
  {
    rule: 'score-linked-indicator',
    sheet: SCORE,
    cell: 'J11',
    plant: ({ score }) => {
      set(score, 'J11', 7);
      set(score, 'I11', '执行进度偏慢，扣1分');
    },
  },
  { rule: 'score-range', sheet: SCORE, cell: 'J14', plant: ({ score }) => set(score, 'J14', 5) },
  {
    rule: 'score-reason-without-deduction',
    sheet: SCORE,
    cell: 'I16',
    plant: ({ score }) => set(score, 'I16', '资金使用存在不足'),
  },
  { rule: 'score-stated-elsewhere', sheet: DATA, cell: 'B12', plant: ({ data }) => set(data, 'B12', 95) },
  { rule: 'score-total', sheet: SCORE, cell: 'J22', plant: ({ score }) => set(score, 'J22', 97) },
  { rule: 'score-weight-rollup', sheet: SCORE, cell: 'D8', plant: ({ score }) => set(score, 'D8', 11) },
  {
    rule: 'unit-mismatch',
    sheet: MATERIAL,
    cell: 'B6',
    plant: ({ material }) => append(material, 'B6', '全年预算数3447.43元。'),
  },
  {
    // The real 实际完成情况 of 棠溪镇's 2022 委托业务 project form (tests/forms/anhui-tangxi-weituo-2022): 30 + 30 + 29.99.
    rule: 'text-sum',
    sheet: MATERIAL,
    cell: 'B12',
    plant: ({ material }) =>
      append(
        material,
        'B12',
        '全年共完成委托业务资金89.97万元。其中：30万元用于基建工程项目预算编制；30万元用于基建工程项目审计；29.99万元用于基建工程项目设计、规划、测绘。',
      ),
  },
  { rule: 'unit-name-mismatch', sheet: SCORE, cell: 'B2', plant: ({ score }) => set(score, 'B2', '遂溪县自然资源局') },
  {
    rule: 'year-mismatch',
    sheet: MATERIAL,
    cell: 'B5',
    plant: ({ material }) => replace(material, 'B5', '专项排查整治行动', '专项排查2023行动'),
  },
];

/** The reference report's own mistakes (README.md), typed into 报告素材, and where each must be reported. */
export const REPORT_MISTAKES = {
  plant: ({ material }: Sheets) => {
    set(
      material,
      'B8',
      `现将 2024 年度（单位名称）整体支出绩效自评情况报告如下：${String(material.getCell('B8').value ?? '')}`,
    );
    set(material, 'B10', '说明本单位所报送的自评报告、数据表、评分表是否与公开的自评报告、数据表、评分表一致。');
    append(
      material,
      'B11',
      '收入预算安排34474255.03元，决算支出34474740.51元，决算支出比收入预算安排减少485.48元，减少0.01%，整体支出完成率100%。',
    );
    set(
      material,
      'B12',
      `对照《整体支出绩效自评指标评分表》逐项分析各指标完成情况。${String(material.getCell('B12').value ?? '')}`,
    );
    replace(material, 'B5', '专项排查整治行动', '专项排查 2023 行动');
  },
  expected: [
    { rule: 'narrative-claim', sheet: MATERIAL, cell: 'B11' },
    { rule: 'placeholder-text', sheet: MATERIAL, cell: 'B8' },
    { rule: 'placeholder-text', sheet: MATERIAL, cell: 'B10' },
    { rule: 'placeholder-text', sheet: MATERIAL, cell: 'B12' },
    { rule: 'year-mismatch', sheet: MATERIAL, cell: 'B5' },
  ],
} as const;

/** The sample's indicator rows (40–51), replaced by a real form's rows; merges of 一级/二级 are undone first. */
function writeIndicators(data: ExcelJS.Worksheet, rows: readonly RealIndicator[]): void {
  for (const range of ['A40:A47', 'B40:B44', 'B45:B46', 'A48:A50', 'B48:B50']) data.unMergeCells(range);
  set(data, 'L39', '分值');
  set(data, 'M39', '得分');
  for (let r = 40; r <= 51; r++) for (const col of 'ABCDEFGHIJKLM') set(data, `${col}${r}`, null);
  rows.forEach(([l1, l2, name, nature, target, unit, actual, weight, score, reason], i) => {
    const r = 40 + i;
    // A fresh style object: exceljs shares one between cells, so assigning numFmt in place would restyle others.
    const pct = (a: string) => {
      const cell = data.getCell(a);
      cell.style = { ...cell.style, numFmt: unit === '%' ? '0%' : 'General' };
    };
    [
      ['A', l1],
      ['B', l2],
      ['C', name],
      ['D', nature],
      ['E', target],
      ['F', unit || null],
      ['G', actual],
      ['K', reason ?? null],
      ['L', weight],
      ['M', score],
    ].forEach(([col, value]) => set(data, `${col as string}${r}`, value as CellValue));
    pct(`E${r}`);
    pct(`G${r}`);
  });
}

/**
 * Real published indicator blocks in the reference family (sources in tests/support/real-forms.ts), and where each
 * finding must be reported. 棠溪镇 2022 (+ 大英县's 群众满意度) with two planted changes, its full marks kept:
 * 对维护基建市场公平的影响程度 answered 部分达成 (row 46) and 项目总成本 95 of ≤ 90 万元 (row 44). 区商务局 2020 as
 * published: its scores follow the national rules exactly.
 */
export const REAL_FORMS = {
  tangxi: {
    file: 'real-form-tangxi-2022.xlsx',
    plant: ({ data }: Sheets) => {
      writeIndicators(data, [...TANGXI_2022, DAYING_SATISFACTION]);
      set(data, 'G46', '部分达成年度指标并具有一定效果');
      set(data, 'G44', 95);
    },
    expected: [
      { rule: 'qualitative-score', sheet: DATA, cell: 'M46' },
      { rule: 'satisfaction-basis', sheet: DATA, cell: 'G49' },
      { rule: 'perfect-score-unsupported', sheet: DATA, cell: 'G44' },
      { rule: 'perfect-score-unsupported', sheet: DATA, cell: 'G42' },
      { rule: 'indicator-score', sheet: DATA, cell: 'M44' },
    ],
  },
  shangwu: {
    file: 'valid-real-form-shangwu-2020.xlsx',
    plant: ({ data }: Sheets) => writeIndicators(data, SHANGWU_2020),
    expected: [],
  },
} as const;

async function loadSample(): Promise<{ wb: ExcelJS.Workbook; sheets: Sheets }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await readFile(SAMPLE)) as unknown as ExcelJS.Buffer);
  const sheet = (name: string) => {
    const ws = wb.getWorksheet(name);
    if (!ws) throw new Error(`build-fixtures: the sample has no sheet ${name}`);
    return ws;
  };
  return { wb, sheets: { data: sheet(DATA), score: sheet(SCORE), material: sheet(MATERIAL) } };
}

async function write(name: string, plants: ReadonlyArray<(s: Sheets) => void>): Promise<void> {
  const { wb, sheets } = await loadSample();
  for (const plant of plants) plant(sheets);
  // Fixed creation times keep the files byte-stable between runs.
  wb.created = new Date(Date.UTC(2025, 6, 25));
  wb.modified = new Date(Date.UTC(2025, 6, 25));
  await writeFile(path.join(OUT, name), new Uint8Array(await wb.xlsx.writeBuffer()));
  console.log(`tests/fixtures/${name}`);
}

async function main(): Promise<void> {
  await mkdir(OUT, { recursive: true });
  for (const p of PLANTS) await write(`invalid-${p.rule}.xlsx`, [p.plant]);
  await write(
    'invalid-all.xlsx',
    PLANTS.map((p) => p.plant),
  );
  await write('sample-with-report-mistakes.xlsx', [REPORT_MISTAKES.plant]);
  for (const form of Object.values(REAL_FORMS)) await write(form.file, [form.plant]);
  const expected = {
    invalid: Object.fromEntries(PLANTS.map((p) => [p.rule, { sheet: p.sheet, cell: p.cell }])),
    reportMistakes: REPORT_MISTAKES.expected,
    realForms: Object.fromEntries(Object.values(REAL_FORMS).map((f) => [f.file, f.expected])),
  };
  await writeFile(path.join(OUT, 'expected.json'), `${JSON.stringify(expected, null, 2)}\n`);
  console.log('tests/fixtures/expected.json');
}

if (require.main === module) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
