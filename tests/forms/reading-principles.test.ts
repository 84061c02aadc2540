/**
 * The reading principles behind the corpus numbers, on small forms no one has published: which label names the
 * unit, where a form writes its amount unit, and which head cells are labels rather than values.
 */
import { checkWorkbook } from '../../src/core/check';
import { buildGrid, type CellInput } from '../../src/core/grid/build-grid';
import { inlineValue, readUnitName } from '../../src/core/template/read-unit';
import { SheetIndex } from '../../src/core/template/sheet-index';

type Rows = ReadonlyArray<ReadonlyArray<CellInput | undefined>>;

const unitOf = (rows: Rows) => readUnitName(new SheetIndex(buildGrid('表', rows)))?.value ?? null;

/** A project form's head above a budget block; `head` replaces the unit rows. */
function projectForm(head: Rows, moneyLabel = '项目资金', title = '项目支出绩效自评表（2023年度）') {
  return buildGrid('自评表', [
    [title],
    ['项目名称', '某某项目'],
    ...head,
    [moneyLabel, undefined, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    [undefined, '年度资金总额', 100, 100, 90, 10, 0.9, 9],
    [undefined, '其中：本年财政拨款', 100, 100, 90, '-', undefined, '-'],
    [undefined, '上年结转资金', undefined, undefined, undefined, '-', undefined, '-'],
  ]);
}

describe('the unit a form belongs to', () => {
  it('ranks the unit that did the work above the department that supervises it', () => {
    expect(unitOf([['主管部门', '某市教育局', '实施单位', '某市第一中学']])).toBe('某市第一中学');
    expect(unitOf([['主管部门', '某县水利局', '项目实施单位', '某县水利站']])).toBe('某县水利站');
    expect(unitOf([['主管部门', '某县水利局'], ['单位名称：某县水利站']])).toBe('某县水利站');
    expect(unitOf([['主管部门', '某县水利局']])).toBe('某县水利局');
  });

  it('reads the longer forms of 单位名称 and a sealed 单位', () => {
    expect(unitOf([['预算部门、单位名称', '某乡人民政府']])).toBe('某乡人民政府');
    expect(unitOf([['区级预算单位名称', '某区疾控中心']])).toBe('某区疾控中心');
    expect(unitOf([['实施单位（盖章）', '某县发改局']])).toBe('某县发改局');
    expect(unitOf([['单位（盖章）', '某县司法局']])).toBe('某县司法局');
    expect(unitOf([['评价部门名称', '某乡卫生院', '下属单位个数', 0]])).toBe('某乡卫生院');
    expect(unitOf([['填报单位：某镇人民政府']])).toBe('某镇人民政府');
  });

  it('never takes a neighbouring label or its text for the name', () => {
    expect(unitOf([['单位名称:某县供销社  填报日期:2023年4月15日']])).toBe('某县供销社');
    // The table's own field beats the same label typed inline in a caption line above it.
    expect(unitOf([['单位名称：某镇政府  填报日期：2021.5.18'], ['单位名称', '某镇人民政府']])).toBe('某镇人民政府');
    expect(inlineValue('单位名称：某局　填报人：张三')).toBe('某局');
    // An empty 主管部门 followed by another label of the head: no name at all.
    expect(unitOf([['主管部门', undefined, undefined, '财政处室', undefined]])).toBeNull();
    expect(unitOf([['主管部门', undefined, '实施单位', undefined]])).toBeNull();
  });
});

describe('the unit name as the budget system writes it, or not at all', () => {
  it('drops the organisation code the system puts before the name', () => {
    expect(unitOf([['主管部门', '219-某镇人民政府', '实施单位', '219001-某镇人民政府']])).toBe('某镇人民政府');
    expect(unitOf([['实施单位', '301002－某县水利站']])).toBe('某县水利站');
    expect(unitOf([['实施单位', '2023年度-某县水利站']])).toBe('2023年度-某县水利站');
    expect(unitOf([['实施单位', 'ABC-某公司']])).toBe('ABC-某公司');
  });

  it('asks for the name where the highest-ranked unit label is empty, when no label names the unit', () => {
    const result = checkWorkbook([projectForm([['主管部门', undefined, '实施单位', undefined]])]);
    expect(result.summary.unit ?? null).toBeNull();
    const blanks = result.findings.filter((f) => f.rule === 'required-field' && f.messageId === 'blank');
    // The 实施单位 slot first, then the empty 主管部门 beside it: the same gap of the form's head.
    expect(blanks.map((f) => f.cells.join(','))).toContain('D3,B3');
    const named = checkWorkbook([projectForm([['主管部门', undefined, '实施单位', '某站']])]);
    expect(named.findings.filter((f) => f.rule === 'required-field')).toEqual([]);
  });
});

describe('the amount unit a form states', () => {
  it('takes 万元 from the block label on the budget header row', () => {
    const result = checkWorkbook([projectForm([['主管部门', '某局', '实施单位', '某站']], '项目资金（万元）')]);
    expect(result.summary.amountUnit).toBe('万元');
    expect(result.summary.unit).toBe('某站');
    expect(result.summary.budget.planned).toBe(100);
  });

  it('takes it from 单位：万元 written anywhere in a cell above the tables', () => {
    const head = [
      ['主管部门', '某局', '实施单位', '某站'],
      [undefined, undefined, undefined, '金额单位：万元'],
    ];
    expect(checkWorkbook([projectForm(head)]).summary.amountUnit).toBe('万元');
    const inTitle = projectForm([['实施单位', '某站']], '项目资金', '项目支出绩效自评表（2023年度）   单位：万元');
    expect(checkWorkbook([inTitle]).summary.amountUnit).toBe('万元');
  });

  it('keeps 元 when the form states nothing', () => {
    expect(checkWorkbook([projectForm([['实施单位', '某站']])]).summary.amountUnit).toBe('元');
  });
});

describe('budget rows a form leaves empty', () => {
  it('does not ask for the figures of a 其中 row left blank or dashed, nor for scores of 其中 rows', () => {
    const result = checkWorkbook([projectForm([['实施单位', '某站']], '项目资金（万元）')]);
    const required = result.findings.filter((f) => f.rule === 'required-field').map((f) => f.cells.join(','));
    expect(required.filter((cell) => /^[C-H](6|7)$/.test(cell))).toEqual([]);
  });
});

/** A project form with its indicators and scores inline; `rows` are indicator rows (一级…得分). */
function scoredProjectForm(rows: Rows, budget: Rows = []) {
  return buildGrid('自评表', [
    ['项目支出绩效自评表（2023年度）'],
    ['项目名称', '某某项目'],
    ['主管部门', '某局', '实施单位', '某站'],
    ['项目资金（万元）', undefined, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    [undefined, '年度资金总额', 100, 100, 100, 10, 1, 10],
    [undefined, '其中：本年财政拨款', 100, 100, 100, '—', '—', '—'],
    ...budget,
    ['年度总体目标', '预期目标', undefined, undefined, '实际完成情况'],
    [undefined, '完成某项工作', undefined, undefined, '已完成某项工作'],
    [
      '一级指标',
      '二级指标',
      '三级指标',
      '年度指标值',
      '实际完成值',
      '计量单位',
      '分值',
      '得分',
      '偏差原因分析及改进措施',
    ],
    ...rows,
    ['总分', undefined, undefined, undefined, undefined, undefined, 100, 100],
  ]);
}

describe('marks in a cell mean "not applicable"', () => {
  const indicators: Rows = [
    ['产出指标', '数量指标', '培训人次', 100, 100, '人次', 50, 50],
    [undefined, '质量指标', '合格率', '≥95%', '98%', '%', 40, 40],
    ['效益指标', '生态效益指标', '指标1：/', '/', '/', '/', '—', '—'],
    [undefined, '其他说明', '无', undefined, undefined, undefined, '无', '无'],
  ];

  it('never asks to fill a dashed, slashed or 无 cell, in the budget, the indicators or the scores', () => {
    const budget: Rows = [
      [undefined, '上年结转资金', '/', '/', '/', '/', '/', '/'],
      [undefined, '其他资金', '无', '无', '无', '-', '-', '-'],
    ];
    const result = checkWorkbook([scoredProjectForm(indicators, budget)]);
    const errors = result.findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => `${f.rule}@${f.cells.join(',')}`)).toEqual([]);
  });

  it('reads no indicator out of a row the form marks as not applicable', () => {
    const result = checkWorkbook([scoredProjectForm(indicators)]);
    expect(result.model.data?.indicators?.rows.map((r) => r.name.value)).toEqual(['培训人次', '合格率']);
  });

  it('still reports a dash in a cell that a figure needs, as not a number, only when it is no mark', () => {
    const result = checkWorkbook([
      scoredProjectForm([['产出指标', '数量指标', '培训人次', 100, '约一百', '人次', 100, 100]]),
    ]);
    // A figure in words is asked for as a figure (a warning: the cell is filled, not blank).
    expect(result.findings.some((f) => f.rule === 'indicator-value-words' && f.cells.includes('E10'))).toBe(true);
  });
});

describe('a project form that carries its scores inline', () => {
  const blankScores: Rows = [
    ['产出指标', '数量指标', '培训人次', 100, undefined, '人次', 50, undefined],
    [undefined, '质量指标', '合格率', '≥95%', undefined, '%', 40, undefined],
    [undefined, '时效指标', '指标2：', undefined, undefined, undefined, undefined, undefined],
    [undefined, undefined, '……', undefined, undefined, undefined, undefined, undefined],
  ];

  it('is recognised without a score sheet, and never recomputes blank scores as 0 / 差', () => {
    const result = checkWorkbook([scoredProjectForm(blankScores)]);
    expect(result.findings.filter((f) => f.rule === 'template-not-recognised')).toEqual([]);
    expect(result.summary.score.recomputed).toBeUndefined();
    expect(result.summary.score.grade.recomputed).toBeUndefined();
  });

  it('gives no recomputed total while a scored sheet of the Sichuan kind has blank 得分 (权重 given)', () => {
    const grid = buildGrid('自评表', [
      ['部门预算项目支出绩效自评表（2023年度）'],
      ['实施单位', '某局'],
      [
        '预算执行情况（10分）',
        '年度预算数（万元）',
        '年初预算',
        '调整后预算数',
        '预算执行数',
        '预算执行率',
        '权重',
        '得分',
      ],
      [undefined, '总额', 50, 50, 50, 1, 10, undefined],
      ['绩效指标（90分）', '一级指标', '二级指标', '三级指标', '指标值', '完成值', '权重', '得分'],
      [undefined, '产出指标', '数量指标', '覆盖率', 100, undefined, 60, undefined],
      [undefined, '效益指标', '社会效益指标', '保障率', 100, undefined, 30, undefined],
      ['合计', undefined, undefined, undefined, undefined, undefined, 100, undefined],
    ]);
    const result = checkWorkbook([grid]);
    expect(result.model.score).toBeDefined();
    expect(result.summary.score.recomputed).toBeUndefined();
    expect(result.summary.score.grade.recomputed).toBeUndefined();
    const blanks = result.findings.filter((f) => f.rule === 'required-field' && f.messageId === 'blank');
    expect(blanks.map((f) => f.cells.join(','))).toEqual(expect.arrayContaining(['H4', 'H6', 'H7', 'H8']));
  });

  it('reports each blank score as one to fill, and no empty slot (指标2：) as an indicator', () => {
    const result = checkWorkbook([scoredProjectForm(blankScores)]);
    const blanks = result.findings.filter((f) => f.rule === 'required-field' && f.messageId === 'blank');
    expect(blanks.map((f) => f.cells.join(','))).toEqual(['E10', 'H10', 'E11', 'H11']);
    expect(result.model.data?.indicators?.rows.map((r) => r.name.value)).toEqual(['培训人次', '合格率']);
  });

  it('reads no indicator out of the 总分 row or a footnote under the table', () => {
    // Budget execution 10 + the indicator 90 = the 总分 100 the form states.
    const grid = scoredProjectForm([['产出指标', '数量指标', '培训人次', 100, 100, '人次', 90, 90]]);
    const withNote = buildGrid('自评表', [
      ...grid.cells.map((row) => (row ?? []).map((c) => c?.value ?? undefined)),
      // The note agrees with the table (产出指标 90 + 预算执行 10): score-total checks a form against its own note.
      ['注：1.一级指标分值统一设置为：产出指标90分、预算资金执行率10分。'],
    ]);
    const result = checkWorkbook([withNote]);
    expect(result.model.data?.indicators?.rows.map((r) => r.name.value)).toEqual(['培训人次']);
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('reads the stated total from the 得分 column of the 总分 row, not the 分值 total beside its label', () => {
    const grid = scoredProjectForm([['产出指标', '数量指标', '培训人次', 100, 90, '人次', 90, 81]]);
    const cells = grid.cells.map((row) => (row ?? []).map((c) => c?.value ?? undefined));
    cells[cells.length - 1] = ['总分', undefined, undefined, undefined, undefined, undefined, 100, 91];
    expect(checkWorkbook([buildGrid('自评表', cells)]).summary.score.stated).toBe(91);
  });

  it('asks for the 得分 of a budget total row whose 分值 is given', () => {
    const grid = buildGrid('自评表', [
      ['项目支出绩效自评表（2023年度）'],
      ['实施单位', '某站'],
      ['项目资金（万元）', undefined, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
      [undefined, '年度资金总额', 100, 100, 100, 10, 1, undefined],
      ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '计量单位', '分值', '得分'],
      ['产出指标', '数量指标', '培训人次', 100, 100, '人次', 90, 90],
    ]);
    const result = checkWorkbook([grid]);
    expect(result.findings.some((f) => f.rule === 'required-field' && f.cells.includes('H4'))).toBe(true);
  });
});

describe('a "%" indicator column is read the way it is written', () => {
  const rates = (rows: Rows) =>
    checkWorkbook([scoredProjectForm(rows)]).model.data?.indicators?.rows.map((r) => [r.target.value, r.actual.value]);

  it('as percentages (95) or as fractions (0.95), never ×100 twice, beside values typed with %', () => {
    expect(
      rates([
        ['产出指标', '质量指标', '覆盖率', 100, '100%', '%', 50, 50],
        [undefined, '时效指标', '及时率', 95, 98, '%', 50, 50],
      ]),
    ).toEqual([
      [1, 1],
      [0.95, 0.98],
    ]);
    expect(rates([['产出指标', '质量指标', '覆盖率', 0.95, 0.97, '%', 100, 100]])).toEqual([[0.95, 0.97]]);
  });

  it('scores such a row at full marks with no deviation reason asked', () => {
    // 分值 that add up with the budget's 10 to the 总分 100.
    const result = checkWorkbook([
      scoredProjectForm([
        ['产出指标', '质量指标', '覆盖率', 100, '100%', '%', 45, 45],
        [undefined, '时效指标', '及时率', 95, 96, '%', 45, 45],
      ]),
    ]);
    const errors = result.findings.filter((f) => f.severity === 'error' || f.rule === 'indicator-target-sanity');
    expect(errors.map((f) => `${f.rule}@${f.cells.join(',')}`)).toEqual([]);
  });
});

describe('an amount column a form leaves empty in every row', () => {
  it('is not asked for when the total row states the other two (only 全年预算数 and 全年执行数)', () => {
    const grid = buildGrid('自评表', [
      ['项目支出绩效自评表（2023年度）'],
      ['实施单位', '某站'],
      ['项目资金（万元）', undefined, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
      [undefined, '年度资金总额', undefined, 100, 100, 10, 1, 10],
      [undefined, '其中：本年财政拨款', undefined, 100, 100, '—', '—', '—'],
    ]);
    const result = checkWorkbook([grid]);
    expect(result.findings.filter((f) => f.rule === 'required-field')).toEqual([]);
    // A blank total row still is a gap: the blank form is asked for all of it.
    const blank = buildGrid('自评表', [
      ['实施单位', '某站'],
      ['项目资金', undefined, '年初预算数', '全年预算数', '全年执行数'],
      [undefined, '年度资金总额', undefined, undefined, 100],
    ]);
    const asked = checkWorkbook([blank])
      .findings.filter((f) => f.rule === 'required-field')
      .map((f) => f.cells[0]);
    expect(asked).toEqual(expect.arrayContaining(['C3', 'D3']));
  });
});

describe('a form that states only 年初预算数 and 全年执行数', () => {
  it('is read with what it has: its one budget is the base of the 执行率, and nothing asks for 全年预算数', () => {
    const grid = buildGrid('自评表', [
      ['项目支出绩效自评表（2023年度）'],
      ['实施单位', '某站'],
      ['项目资金（万元）', undefined, '年初预算数', '全年执行数', '分值', '执行率', '得分'],
      [undefined, '年度资金总额', 100, 90, 10, 0.8, 9],
      [undefined, '其中：本年财政拨款', 100, 90, '—', '—', '—'],
    ]);
    const result = checkWorkbook([grid]);
    expect(result.summary.budget).toEqual({ planned: 100, actual: 90, executionRate: 0.9 });
    const errors = result.findings.filter((f) => f.severity === 'error' && f.rule !== 'template-not-recognised');
    expect(errors.map((f) => `${f.rule}@${f.cells.join(',')}`)).toEqual(['execution-rate@F4']);
  });
});

describe('label and figure in one cell, two breakdowns side by side', () => {
  /** A whole-department form of the Hunan kind: breakdown cells merged over B:D and E:H under the total row. */
  function sideBySide(bySource: Rows[number], byType: readonly [string, string, string]) {
    const rows: Rows = [
      ['部门整体支出绩效自评表（2023年度）'],
      ['预算部门、单位名称', '某乡人民政府'],
      ['年度预算申请（万元）', undefined, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '自评得分'],
      [undefined, '年度资金总额', 500, 1000, 1000, 10, 1, 10],
      [undefined, bySource[0], undefined, undefined, byType[0]],
      [undefined, bySource[1], undefined, undefined, byType[1]],
      [undefined, bySource[2], undefined, undefined, byType[2]],
      [undefined, bySource[3]],
    ];
    const merges = [4, 5, 6, 7].flatMap((row) => [
      { top: row, left: 1, bottom: row, right: 3 },
      { top: row, left: 4, bottom: row, right: 7 },
    ]);
    return buildGrid('自评表', rows, merges);
  }

  it('reads the figures in the cells, a part without a figure as none, and checks each breakdown', () => {
    const grid = sideBySide(
      ['按收入性质分：1000', '其中：一般公共预算：700', '政府性基金拨款：', '其他资金：300'],
      ['按支出性质分：900', '其中：基本支出：500', '项目支出：400'],
    );
    const result = checkWorkbook([grid]);
    const breakdowns = result.model.data?.budget?.inlineBreakdowns ?? [];
    expect(breakdowns.map((b) => [b.stated?.value, b.parts.map((p) => p.amount.value)])).toEqual([
      [1000, [700, null, 300]],
      [900, [500, 400]],
    ]);
    // The score part is cut off this form (template-not-recognised says so); the budget is what is tested here.
    const errors = result.findings.filter((f) => f.severity === 'error' && f.rule !== 'template-not-recognised');
    expect(errors.map((f) => `${f.rule}@${f.cells.join(',')}`)).toEqual(['budget-rollup@E5']);
    expect(errors[0]?.message).toContain('相差 100.00万元');
    expect(errors[0]?.message).not.toContain('改为 0.00');
  });

  it('finds parts that do not add up to their stated breakdown, at the breakdown cell', () => {
    const grid = sideBySide(
      ['按收入性质分：1000', '其中：一般公共预算：690', '政府性基金拨款：', '其他资金：300'],
      ['按支出性质分：1000', '其中：基本支出：600', '项目支出：400'],
    );
    const errors = checkWorkbook([grid]).findings.filter(
      (f) => f.severity === 'error' && f.rule !== 'template-not-recognised',
    );
    expect(errors.map((f) => `${f.rule}@${f.cells.join(',')}`)).toEqual(['budget-rollup@B5']);
  });
});

describe('amounts typed with their unit', () => {
  it('are used for computing in the unit of the block, and warned about as numbers typed as text', () => {
    const grid = buildGrid('自评表', [
      ['项目支出绩效自评表（2023年度）'],
      ['实施单位', '某站'],
      ['项目资金（万元）', undefined, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
      [undefined, '年度资金总额', '150万', '150万', '1,200,000元', 10, 0.8, 8],
    ]);
    const result = checkWorkbook([grid]);
    expect(result.summary.budget).toEqual({ planned: 150, actual: 120, executionRate: 0.8 });
    const warned = result.findings.filter((f) => f.rule === 'number-as-text').map((f) => f.cells[0]);
    expect(warned).toEqual(['C4', 'D4', 'E4']);
    expect(result.findings.filter((f) => f.rule === 'required-field')).toEqual([]);
  });
});

describe('more values written beside their label or in words', () => {
  it('reads a filing date written after its label in the same cell', () => {
    const grid = buildGrid('自评表', [
      ['项目支出绩效自评表'],
      ['单位名称：某县医院', undefined, undefined, '填报日期：2022年3月18日'],
      ['项目名称', '某项目'],
      ['预算执行情况（万元）', undefined, '预算数', '执行数', '执行率', '得分'],
      [undefined, '年度财政资金总额', 100, 100, 1, 20],
    ]);
    const result = checkWorkbook([grid]);
    expect(result.model.data?.filedOn?.value).toEqual({ year: 2022, month: 3, day: 18 });
    expect(result.findings.filter((f) => f.rule === 'required-field')).toEqual([]);
  });

  it('reads the equal sign typed as a box-drawing character (═) as =', () => {
    const grid = buildGrid('自评表', [
      ['实施单位', '某站'],
      ['项目资金', undefined, '年初预算数', '全年预算数', '全年执行数'],
      [undefined, '年度资金总额', 1, 1, 1],
      ['一级指标', '二级指标', '三级指标', '指标性质', '年度指标值', '实际完成值', '分值', '得分'],
      ['产出指标', '数量指标', '知晓率', '═', '100%', '100%', 10, 10],
    ]);
    expect(checkWorkbook([grid]).model.data?.indicators?.rows[0]?.direction).toBe('=');
  });

  it('takes a target in words that opens with a direction ("不超过预算") as judged, not as a missing figure', () => {
    const result = checkWorkbook([
      scoredProjectForm([['产出指标', '成本指标', '成本控制', '不超过预算', '不超过预算', undefined, 100, 100]]),
    ]);
    expect(result.model.data?.indicators?.rows[0]?.direction).toBe('qualitative');
    expect(result.findings.filter((f) => f.rule === 'required-field')).toEqual([]);
  });
});

describe('a rollup whose children are blank', () => {
  it('never advises a right total to become 0.00; a blank child beside valued ones counts as none', () => {
    const grid = buildGrid('表', [
      ['部门整体支出绩效自评表'],
      ['单位名称', '某局'],
      ['项目', undefined, '年初预算数', '全年预算数', '全年执行数', '执行率'],
      ['年度资金总额', undefined, 100, 100, 100, 1],
      ['按资金来源', '财政拨款', 100, undefined, undefined],
      [undefined, '其他资金', undefined, undefined, undefined],
      ['按支出类型', '基本支出', 60, undefined, 60],
      [undefined, '项目支出', 40, undefined, undefined],
    ]);
    const rollups = checkWorkbook([grid]).findings.filter((f) => f.rule === 'budget-rollup');
    expect(rollups.map((f) => f.message).join('\n')).not.toMatch(/改为 0\.00|合计为 0\.00/);
    // 全年执行数: 基本支出 60 with 项目支出 left blank is 60, not the 100 of the total: that is still found.
    expect(rollups.map((f) => f.cells.join(','))).toEqual(['E4']);
  });
});

describe('template leftovers', () => {
  it('reports spare indicator rows (……) once, as a warning, and a placeholder left for a text to write as an error', () => {
    const grid = scoredProjectForm([
      ['产出指标', '数量指标', '培训人次', 100, 100, '人次', 50, 50],
      [undefined, undefined, '……', undefined, undefined, undefined, undefined, undefined],
      [undefined, '质量指标', '合格率', 0.95, 0.98, '%', 50, 50],
      [undefined, undefined, '……', undefined, undefined, undefined, undefined, undefined],
    ]);
    const cells = grid.cells.map((row) => (row ?? []).map((c) => c?.value ?? undefined));
    cells[7] = [undefined, '完成某项工作', undefined, undefined, '……'];
    const found = checkWorkbook([buildGrid('自评表', cells)]).findings.filter((f) => f.rule === 'placeholder-text');
    expect(found.map((f) => [f.severity, f.messageId, f.cells.join(',')])).toEqual([
      ['error', 'residue', 'E8'],
      ['warning', 'slotRows', 'C11,C13'],
    ]);
  });

  it('reports the same placeholder left in a column of names (≥**平方米) once, with every cell', () => {
    const result = checkWorkbook([
      scoredProjectForm([
        ['产出指标', '数量指标', '公猪舍（≥**平方米）', 22.8, 22.8, '平方米', 50, 50],
        [undefined, undefined, '仓库（≥**平方米）', 104, 104, '平方米', 50, 50],
      ]),
    ]);
    const found = result.findings.filter((f) => f.rule === 'placeholder-text');
    expect(found.map((f) => [f.severity, f.cells.join(',')])).toEqual([['error', 'C10,C11']]);
    expect(found[0]?.message).toContain('“**”');
  });
});

describe('what a project form requires', () => {
  const required = (rows: Rows, budget: Rows = []) =>
    checkWorkbook([scoredProjectForm(rows, budget)])
      .findings.filter((f) => f.rule === 'required-field')
      .map((f) => `${f.severity}:${f.messageId}@${f.cells.join(',')}`);

  it('asks no 年度指标值 of the criteria indicators of 项目决策 / 项目管理 (blank or —), but still of 产出', () => {
    expect(
      required([
        ['项目决策（10分）', '项目立项', '可行性', undefined, '有测算依据', undefined, 5, 5],
        ['项目管理', '投入管理', '财务管理制度有效性', '—', '制度健全', undefined, 5, 5],
        ['产出指标', '数量指标', '培训人次', undefined, 100, '人次', 90, 90],
      ]),
    ).toEqual(['error:blank@D12']);
  });

  it('reports a scored row written only as its name once, as a warning, not its two values as blanks', () => {
    expect(
      required([
        ['产出指标', '质量指标', '工程质量合格', undefined, undefined, undefined, 50, 50],
        [undefined, '数量指标', '培训人次', 100, 100, '人次', 50, 50],
      ]),
    ).toEqual(['warning:statementOnly@D10,E10']);
  });

  it('asks for the 执行率 of a scored total row left blank', () => {
    const grid = buildGrid('自评表', [
      ['实施单位', '某站'],
      ['项目资金（万元）', undefined, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
      [undefined, '年度资金总额', 100, 100, 100, 10, undefined, 10],
      [undefined, '其中：本年财政拨款', 100, 100, 100, '—', undefined, '—'],
    ]);
    const blanks = checkWorkbook([grid]).findings.filter((f) => f.rule === 'required-field');
    expect(blanks.map((f) => f.cells.join(','))).toEqual(['G3']);
  });
});

describe('a total row left at 0 while its parts are filled', () => {
  it('states a wrong 执行率 and 得分 too: the parts give them, at the rate and score cells', () => {
    const grid = buildGrid('自评表', [
      ['实施单位', '某站'],
      ['项目资金（万元）', undefined, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
      [undefined, '年度资金总额', 0, 0, 0, 10, 0, 0],
      [undefined, '其中：本年财政拨款', 90, 80, 80, undefined, undefined, undefined],
      [undefined, '上年结转资金'],
      [undefined, '其他资金'],
    ]);
    const found = checkWorkbook([grid]).findings.filter((f) => f.rule === 'execution-rate');
    expect(found.map((f) => [f.messageId, f.cells.join(',')])).toEqual([['fromParts', 'G3,H3']]);
    expect(found[0]?.message).toContain('执行率应为 100.00%，得分应为 10分');
    expect(found[0]?.fix?.map((x) => x.value)).toEqual([1, 10]);
  });
});

describe('the score of a missed target, where the form prints no scoring rule', () => {
  const scoreFindings = (rows: Rows, note?: string) => {
    const grid = scoredProjectForm(rows);
    const cells = grid.cells.map((row) => (row ?? []).map((c) => c?.value ?? undefined));
    if (note) cells.push([note]);
    return checkWorkbook([buildGrid('自评表', cells)])
      .findings.filter((f) => f.rule === 'indicator-score')
      .map((f) => `${f.severity}:${f.messageId}@${f.cells.join(',')}`);
  };
  const rows: Rows = [
    ['产出指标', '数量指标', '参保人数', 8755, 8676, '人', 15, 13, '有新增死亡人员'],
    [undefined, '质量指标', '合格率', 0.95, 0.95, '%', 30, 27, undefined],
    [undefined, '时效指标', '完成率', 1, 0.8, '%', 55, 55, '延期'],
  ];

  it('is advice (a warning) when below 分值: the unit may score by its own bands; a met target below 分值 or a missed one at full marks stays an error', () => {
    expect(scoreFindings(rows)).toEqual(['warning:unstatedRule@H10', 'error:score@H11', 'error:score@H12']);
  });

  it('is an error where the form prints the ratio rule', () => {
    const note = '注：3.定量指标若为正向指标，则得分计算方法应用全年实际值（B）/年度指标值（A）×该指标分值。';
    expect(scoreFindings(rows, note)).toEqual(['error:score@H10', 'error:score@H11', 'error:score@H12']);
  });
});

describe('numbers typed as text', () => {
  it('are not reported in indicator values ("100%", "1000万元" are how targets are written); amounts say their unit', () => {
    const grid = buildGrid('自评表', [
      ['实施单位', '某站'],
      ['项目资金（万元）', undefined, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
      [undefined, '年度资金总额', '150万', 150, 150, 10, 1, 10],
      ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '计量单位', '分值', '得分'],
      ['产出指标', '质量指标', '合格率', '100%', '100%', '%', 50, 50],
      [undefined, '成本指标', '运行维护费', '150万元', '150万元', undefined, 40, 40],
    ]);
    const found = checkWorkbook([grid]).findings.filter((f) => f.rule === 'number-as-text');
    expect(found.map((f) => f.cells.join(','))).toEqual(['C3']);
    expect(found[0]?.message).toContain('本次按 150万元 计算');
  });
});

describe('a 成本 indicator written without a direction', () => {
  it('is read as a ceiling (≤), and never told that it "uses ≥"', () => {
    const result = checkWorkbook([
      scoredProjectForm([
        ['产出指标', '成本指标', '运行维护费', 150, 140, '万元', 50, 50],
        [undefined, '数量指标', '培训人次', 100, 100, '人次', 50, 50],
      ]),
    ]);
    expect(result.model.data?.indicators?.rows.map((r) => r.direction)).toEqual(['<=', '>=']);
    expect(result.findings.filter((f) => f.rule === 'indicator-target-sanity')).toEqual([]);
  });
});

describe('the weights of a form that scores its rows inline', () => {
  /** The 分值 findings, whichever rule owns them (score-weight-rollup, score-total, budget-score): "rule@cells". */
  const weightFindings = (rows: Rows, total: Rows[number] | undefined, note?: string, budget?: Rows[number]) => {
    const grid = scoredProjectForm(rows);
    const cells: (CellInput | undefined)[][] = grid.cells.map((row) => (row ?? []).map((c) => c?.value ?? undefined));
    if (budget) cells[4] = [...budget];
    if (total) cells[cells.length - 1] = [...total];
    else cells.pop();
    if (note) cells.push([note]);
    return checkWorkbook([buildGrid('自评表', cells)])
      .findings.filter((f) => f.severity === 'error' && /weight|分值/.test(`${f.rule} ${f.messageId} ${f.message}`))
      .filter((f) => ['score-weight-rollup', 'score-total', 'budget-score'].includes(f.rule))
      .map((f) => `${f.rule}:${f.messageId}@${f.cells.join(',')}`);
  };
  const rows: Rows = [
    ['产出指标（60分）', '数量指标', '培训人次', 100, 100, '人次', 60, 60],
    ['效益指标（30分）', '社会效益指标', '知晓率', 0.9, 0.9, '%', 30, 30],
  ];
  const totalRow: Rows[number] = ['总分', undefined, undefined, undefined, undefined, undefined, 100, 100];
  const note = '注：1.一级指标分值统一设置为：产出指标50分、效益指标30分、满意度指标10分、预算资金执行率10分。';

  it('compares a 一级指标’s stated points with its indicators’ 分值 (the last block only for an excess)', () => {
    const uneven: Rows = [
      ['产出指标（50分）', '数量指标', '培训人次', 100, 100, '人次', 40, 40],
      ['效益指标（40分）', '社会效益指标', '知晓率', 0.9, 0.9, '%', 50, 50],
    ];
    expect(weightFindings(uneven, totalRow)).toEqual([
      'score-weight-rollup:levelOneSum@A10',
      'score-weight-rollup:levelOneSum@A11',
    ]);
    const shortLast: Rows = [
      ['产出指标（50分）', '数量指标', '培训人次', 100, 100, '人次', 50, 50],
      ['效益指标（40分）', '社会效益指标', '知晓率', 0.9, 0.9, '%', 30, 30],
    ];
    expect(weightFindings(shortLast, undefined)).toEqual([]);
  });

  it('compares the budget 分值 with the points the form’s own note fixes for budget execution', () => {
    const budget: Rows[number] = [undefined, '年度资金总额', 100, 100, 100, 20, 1, 20];
    const found = weightFindings(rows, undefined, note, budget);
    expect(found).toContain('score-weight-rollup:fixedByNote@F5');
    expect(weightFindings(rows, totalRow, note).filter((f) => f.includes('F5'))).toEqual([]);
  });

  it('reports each 分值 problem once, at its cell, whichever rule finds it', () => {
    const found = weightFindings(rows, totalRow, note);
    expect(found.filter((f) => f.endsWith('@A10'))).toHaveLength(1);
    const overTotal = weightFindings(rows, ['总分', undefined, undefined, undefined, undefined, undefined, 90, 100]);
    expect(overTotal.filter((f) => f.endsWith('@G12'))).toHaveLength(1);
  });
});

describe('targets met without a figure to compare', () => {
  const scores = (rows: Rows) =>
    checkWorkbook([scoredProjectForm(rows)])
      .findings.filter((f) => f.rule === 'indicator-score')
      .map((f) => `${f.messageId}@${f.cells.join(',')}`);

  it('reads a deadline ("2021年12月完成") as a date, met when not later, and asks for full marks', () => {
    expect(
      scores([
        ['产出指标', '时效指标', '完成时间', '2021年12月完成', '2021年12月完成', undefined, 45, 40],
        [undefined, '时效指标', '验收时间', '2021年6月底前', '2022年3月', undefined, 45, 40],
      ]),
    ).toEqual(['metWithoutFigure@H10']);
    const late = checkWorkbook([
      scoredProjectForm([['产出指标', '时效指标', '验收时间', '2021年6月底前', '2022年3月', undefined, 90, 40]]),
    ]);
    expect(late.model.data?.indicators?.rows[0]?.target.value).toBeNull();
  });

  it('takes 100% as the aim of an execution-rate indicator that writes no target', () => {
    expect(scores([['项目管理', '投入管理', '预算执行率', '—', '100%', undefined, 90, 80]])).toEqual([
      'metWithoutFigure@H10',
    ]);
    expect(scores([['项目管理', '投入管理', '预算执行率', '—', '100%', undefined, 90, 90]])).toEqual([]);
  });
});

describe('the printed rule in a budget block’s 原因 cell', () => {
  const hint =
    '1.预算执行率=预算执行数/调整后预算数,预算执行率未达到90%的需说明原因(100字以内);2.年中发生预算调整的(追加或调减),应单独说明理由';
  const residues = (initial: number, planned: number, actual: number) =>
    checkWorkbook([
      buildGrid('自评表', [
        ['部门预算项目支出绩效自评表（2023年度）'],
        ['实施单位', '某局'],
        [
          '预算执行情况（10分）',
          '年度预算数（万元）',
          '年初预算',
          '调整后预算数',
          '预算执行数',
          '预算执行率',
          '权重',
          '得分',
          '原因',
        ],
        [undefined, '总额', initial, planned, actual, actual / planned, 10, 10 * Math.min(1, actual / planned), hint],
      ]),
    ])
      .findings.filter((f) => f.rule === 'placeholder-text')
      .map((f) => f.cells.join(','));

  it('asks for nothing when the budget was spent and not adjusted, and is a gap when it was adjusted or under-spent', () => {
    expect(residues(50, 50, 50)).toEqual([]);
    expect(residues(40, 50, 50)).toEqual(['I4']);
    expect(residues(50, 50, 40)).toEqual(['I4']);
  });
});

describe('the Sichuan budget block’s own labels', () => {
  it('reads 预算执行率 as the 执行率 column and 原因 as the note, so a wrong rate is found', () => {
    const grid = buildGrid('自评表', [
      ['部门预算项目支出绩效自评表（2023年度）'],
      ['实施单位', '某局'],
      [
        '预算执行情况（10分）',
        '年度预算数（万元）',
        '年初预算',
        '调整后预算数',
        '预算执行数',
        '预算执行率',
        '权重',
        '得分',
        '原因',
      ],
      [undefined, '总额', 50, 50, 40, 0.9, 10, 8, '采购延期'],
    ]);
    const result = checkWorkbook([grid]);
    const total = result.model.data?.budget?.rows.find((r) => r.kind === 'total');
    expect([total?.rate?.value, total?.note?.value]).toEqual([0.9, '采购延期']);
    expect(result.findings.filter((f) => f.rule === 'execution-rate').map((f) => f.cells.join(','))).toEqual(['F4']);
  });
});

describe('advice that points where the form has room for it', () => {
  it('asks for the reason of a low 执行率 in the texts of a form whose budget block has no 备注 column', () => {
    const result = checkWorkbook([
      buildGrid('自评表', [
        ['实施单位', '某站'],
        ['项目资金（万元）', undefined, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
        [undefined, '年度资金总额', 100, 100, 50, 10, 0.5, 5],
      ]),
    ]);
    const low = result.findings.filter((f) => f.rule === 'low-execution');
    expect(low.map((f) => f.messageId)).toEqual(['lowNoNoteColumn']);
    expect(low[0]?.message).not.toContain('请在备注栏');
  });
});

describe('a source of funds stated as 0, and a goal with no 预期目标', () => {
  const grid = (goal: string | undefined) =>
    buildGrid('自评表', [
      ['实施单位', '某站'],
      ['项目资金（元）', undefined, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
      [undefined, '年度资金总额', 100, 100, 100, 10, 1, 10],
      [undefined, '其中：当年财政拨款', 100, 100, 100, '—'],
      [undefined, '上年结转资金', 0, 0, undefined, '—'],
      [undefined, '其他资金', 0, 0, undefined, '—'],
      ['年度总体目标', '预期目标', undefined, undefined, undefined, '实际完成情况'],
      [undefined, goal, undefined, undefined, undefined, '已完成结算。'],
    ]);
  const required = (goal: string | undefined) =>
    checkWorkbook([grid(goal)])
      .findings.filter((f) => f.rule === 'required-field')
      .map((f) => f.cells.join(','));

  it('asks nothing of a row stated as 0 with its 执行数 blank, and asks for a blank 预期目标 beside a written result', () => {
    expect(required('完成结算')).toEqual([]);
    expect(required(undefined)).toEqual(['B8']);
  });
});

describe('a total executed while its parts had no budget', () => {
  it('is found at the total’s 执行数: parts stated as 0 with their 执行数 blank executed nothing', () => {
    const rows = (total: number) =>
      buildGrid('自评表', [
        ['实施单位', '某站'],
        ['项目资金（元）', undefined, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
        [undefined, '年度资金总额', 0, 0, total, 10, undefined, undefined],
        [undefined, '其中：当年财政拨款', 0, 0, undefined, '—'],
        [undefined, '上年结转资金', 0, 0, undefined, '—'],
        [undefined, '其他资金', 0, 0, undefined, '—'],
      ]);
    const rollups = (total: number) =>
      checkWorkbook([rows(total)])
        .findings.filter((f) => f.rule === 'budget-rollup')
        .map((f) => `${f.messageId}@${f.cells.join(',')}`);
    expect(rollups(9034)).toEqual(['noSource@E3']);
    expect(rollups(0)).toEqual([]);
  });
});

describe('indicator results stated in words, and cells holding several figures', () => {
  const form = (target: string | number, actual: string | number, score: number) =>
    buildGrid('自评表', [
      ['实施单位', '某卫生院'],
      ['项目资金（万元）', undefined, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
      [undefined, '年度资金总额', 100, 100, 100, 10, 1, 10],
      ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
      ['产出指标', '质量指标', '诊断准确率', target, actual, 12, score, '部分群众不愿配合'],
    ]);
  const findings = (target: string | number, actual: string | number, score: number) =>
    checkWorkbook([form(target, actual, score)]).findings.filter(
      (f) => f.cells.includes('E5') || f.cells.includes('G5'),
    );

  it('asks for the figure of a result written in words as a warning, never an error (the value is filled)', () => {
    const words = findings('100%', '达成目标值', 12);
    expect(words.map((f) => `${f.severity} ${f.rule}`)).toContain('warning indicator-value-words');
    expect(words.filter((f) => f.severity === 'error')).toEqual([]);
    // A figure that is not one stays an error where an amount is expected (the budget rows): see the budget tests.
  });

  it('does not score by the first of several figures ("签约率提高1%体检率下降1%" is no 1%)', () => {
    const several = findings('签约率提高1%，体检率提高2%', '签约率提高1%，体检率下降1%', 6);
    expect(several.filter((f) => f.rule === 'indicator-score')).toEqual([]);
    // One figure each: scored as before (met, so full marks are due).
    const one = findings('≥1%', '1%', 6);
    expect(one.filter((f) => f.rule === 'indicator-score').map((f) => f.severity)).toEqual(['error']);
  });
});

describe('a blank slot behind a spacer column', () => {
  it('points at the merged slot after an empty spacer column, not at the spacer', () => {
    const grid = buildGrid(
      '自评表',
      [
        ['主管部门', undefined, undefined, undefined, '实施单位'],
        ['项目资金（万元）', undefined, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
        [undefined, '年度资金总额', 100, 100, 100, 10, 1, 10],
      ],
      [{ top: 0, left: 2, bottom: 0, right: 3 }],
    );
    const blank = checkWorkbook([grid]).findings.find((f) => f.rule === 'required-field' && f.messageId === 'blank');
    expect(blank?.cells).toContain('C1');
    expect(blank?.cells).not.toContain('B1');
  });
});

describe('deadlines, numbered headings and a form-level reason row (forms measured after the corpus)', () => {
  it('reads "11月底前" as a deadline: a result in 10月 meets it, in the same unit', () => {
    const result = checkWorkbook([
      buildGrid('自评表', [
        ['实施单位', '某局'],
        ['项目资金（万元）', undefined, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
        [undefined, '年度资金总额', 100, 100, 100, 10, 1, 10],
        ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
        ['产出指标', '时效指标', '完成时间', '11月底前', '10月', 5, 5, undefined],
      ]),
    ]);
    const row = result.model.data?.indicators?.rows[0];
    expect([row?.direction, row?.target.unit, row?.actual.unit]).toEqual(['<=', '月', '月']);
    const onRow = result.findings.filter((f) => f.cells.some((c) => /5$/.test(c)) && f.rule.startsWith('indicator'));
    expect(onRow).toEqual([]);
  });

  it('recognises a family by a numbered heading ("年度绩效目标1(80分)" is its 年度绩效目标)', () => {
    const grid = buildGrid('自评表', [
      ['项目支出绩效自评表'],
      ['项目名称', '某扶持项目'],
      ['预算执行情况(万元)(20分)', '预算数(A)', '执行数(B)', '执行率(B/A)', '得分(20分*执行率)'],
      ['年度财政资金总额', 100, 100, 1, 20],
      ['年度绩效目标1(80分)'],
      ['一级指标', '二级指标', '三级指标', '年初目标值(A)', '实际完成值(B)', '得分'],
      ['产出指标', '数量指标', '扶持主体(个)', 15, 15, 80],
    ]);
    expect(checkWorkbook([grid]).summary.family?.id).toBe('budget20-project');
  });

  it('takes a filled 偏差大或目标未完成原因分析 row as the reason of a form with no reason column', () => {
    const form = (reason: string | undefined) =>
      buildGrid('自评表', [
        ['项目支出绩效自评表'],
        ['项目名称', '某扶持项目'],
        ['预算执行情况(万元)(20分)', '预算数(A)', '执行数(B)', '执行率(B/A)', '得分(20分*执行率)'],
        ['年度财政资金总额', 100, 100, 1, 20],
        ['年度绩效目标1(80分)'],
        ['一级指标', '二级指标', '三级指标', '年初目标值(A)', '实际完成值(B)', '得分'],
        ['产出指标', '数量指标', '扶持主体(个)', 15, 6, 32],
        ['总分', 52],
        ['偏差大或目标未完成原因分析', reason],
      ]);
    const reasons = (reason: string | undefined) =>
      checkWorkbook([form(reason)]).findings.filter((f) => f.rule === 'indicator-deviation-reason');
    expect(reasons('部分经营主体不具备扶持条件，据实补贴。')).toEqual([]);
    expect(reasons(undefined).map((f) => f.cells.join())).toEqual(['E7']);
  });
});

describe('column headers with reference marks, and what a header row is not (福建 forms)', () => {
  const fujian = (rate: CellInput, extraRow?: (CellInput | undefined)[]) =>
    buildGrid(
      '部门整体支出绩效自评表',
      [
        ['部门整体支出绩效自评表'],
        ['(2020年度)'],
        ['部门(单位)名称', '某市某局'],
        ['财政资金安排和使用情况', '资金结构(万元)', '预算安排', undefined, undefined, '拨付情况'],
        [
          undefined,
          undefined,
          '年初部门预算安排金额(含历年结余结转)①',
          '年中调整金额②',
          '小计③=①+②',
          '年度拨付金额',
          '支出实现率(%)⑤=④/③',
        ],
        [undefined, '财政资金小计', 100, 20, 120, 119, rate],
        ...(extraRow ? [extraRow] : []),
        [undefined, '合 计', 100, 20, 120, 119, rate],
        [
          '年度绩效指标完成情况',
          '一级指标',
          '二级指标',
          '三级指标',
          '绩效目标值',
          '实际完成值',
          '指标分值',
          '自评得分',
          '未完成原因',
        ],
        [undefined, '产出目标', '数量目标', '宣传活动场数', '10场', '11场', 6, 6, '已完成'],
      ],
      [{ top: 3, left: 1, bottom: 4, right: 1 }],
    );

  it('reads 小计③=①+② as the planned column, 年度拨付金额 as the actual and 支出实现率⑤=④/③ as the rate', () => {
    const result = checkWorkbook([fujian({ value: 0.9917, numFmt: '0.00%' })]);
    expect(result.summary.family?.id).toBe('fujian-department');
    expect(result.summary.budget).toMatchObject({ planned: 120, actual: 119 });
    expect(result.model.data?.amountUnit).toBe('万元');
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it("does not take 自评得分 heading the indicators' score column for the form's stated total", () => {
    expect(checkWorkbook([fujian({ value: 0.9917, numFmt: '0.00%' })]).model.data?.statedScore).toBeUndefined();
  });

  it('compares a rate shown as a fraction at the precision it shows (0.99 in 0.00 is 99%, to the point)', () => {
    const rates = (rate: CellInput) =>
      checkWorkbook([fujian(rate)]).findings.filter((f) => f.rule === 'execution-rate');
    expect(rates({ value: 0.99, numFmt: '0.00' })).toEqual([]);
    expect(rates({ value: 0.95, numFmt: '0.00' }).length).toBeGreaterThan(0);
  });

  it('takes a numbered spare row ("①……") for a row the printed form ships: a warning, not an error', () => {
    const slots = checkWorkbook([fujian({ value: 0.9917, numFmt: '0.00%' }, [undefined, '①……'])]).findings.filter(
      (f) => f.rule === 'placeholder-text',
    );
    expect(slots.map((f) => f.severity)).toEqual(['warning']);
  });

  it('points a 万元 table holding 元 figures at the cell that states 万元 (a label over two header rows)', () => {
    const grid = fujian({ value: 0.9917, numFmt: '0.00%' });
    const big = {
      ...grid,
      cells: grid.cells.map((row, r) =>
        r === 5 || r === 6
          ? row?.map((c, i) => (c && i >= 2 && i <= 5 ? { ...c, value: Number(c.value) * 1e5 } : c))
          : row,
      ),
    };
    const mismatch = checkWorkbook([big]).findings.find((f) => f.rule === 'unit-mismatch');
    expect(mismatch?.cells[0]).toBe('B4');
  });
});

describe('forms measured in the fourth holdout (transfer-payment and county forms, score sheets, whole scores)', () => {
  /** A 绩效目标自评表 without scores, as the 阆中 / 衡山 / 南岳 forms lay it out. */
  const unscored = (head: Rows, satisfaction: CellInput = '≥90%') =>
    buildGrid('绩效目标自评表', [
      ['2020年某专项资金绩效目标自评表'],
      ...head,
      ['项目资金（万元）', undefined, undefined, '全年预算数(A)', '全年执行数(B)', '预算执行率(B/A)'],
      [undefined, '年度资金总额', undefined, 200, 150, { value: 0.75, numFmt: '0%' }],
      [undefined, '其中：中央补助', undefined, 200, 150, { value: 0.75, numFmt: '0%' }],
      [undefined, '其他资金'],
      ['年度总体目标', '总体目标', undefined, undefined, '全年实际完成情况'],
      [undefined, '完成某工程', undefined, undefined, '完成某工程的八成'],
      ['绩效指标', '一级指标', '二级指标', '三级指标', '指标值', '全年实际完成值', '未完成原因和改进措施'],
      [undefined, '产出指标', '数量指标', '完成工程量', '≥100%', '80%', '资金拨付滞后，工程延至次年完工'],
      [undefined, '满意度指标', '服务对象满意度指标', '安全事故发生数', '0起', '0起'],
      [undefined, undefined, undefined, '群众满意度', '≥90%', satisfaction],
    ]);

  it('recognises a form with no 分值 or 得分 as its own family, with no score and no score part to miss', () => {
    const result = checkWorkbook([unscored([['地方主管部门', '某县交通运输局', '资金使用单位', '某县公路股']])]);
    expect(result.summary.family?.id).toBe('unscored-project');
    expect(result.findings.filter((f) => f.rule === 'template-not-recognised')).toEqual([]);
    expect(result.summary.score.recomputed).toBeUndefined();
    // The same form with a 得分 column is not of the family: a form without scores writes none.
    const scored = unscored([['地方主管部门', '某县交通运输局']]);
    const withScore = buildGrid(scored.name, [
      ...scored.cells.map((r) => r?.map((c) => c?.value)),
      [undefined, '得分'],
    ]);
    expect(checkWorkbook([withScore]).summary.family?.id).not.toBe('unscored-project');
  });

  it('reads the year of a title that opens with it ("2020年某专项资金绩效目标自评表")', () => {
    expect(checkWorkbook([unscored([])]).summary.year).toBe(2020);
  });

  it('takes the 地方主管部门 for the unit when the 资金使用单位 is a section of it (…股, …科), never the 中央主管部门', () => {
    const unit = (head: Rows) => checkWorkbook([unscored(head)]).summary.unit;
    expect(
      unit([
        ['中央主管部门', '财政部'],
        ['地方主管部门', '某县交通运输局', '资金使用单位', '某县公路股'],
      ]),
    ).toBe('某县交通运输局');
    expect(
      unit([
        ['中央主管部门', '财政部'],
        ['地方主管部门', '某县交通运输局', '资金使用单位', '某县公路局'],
      ]),
    ).toBe('某县公路局');
    expect(unit([['中央主管部门', '财政部']])).toBeUndefined();
  });

  it('asks for a satisfaction survey on a satisfaction result, not on a count under the 满意度 heading', () => {
    const asked = (satisfaction: CellInput) =>
      checkWorkbook([unscored([], satisfaction)])
        .findings.filter((f) => f.rule === 'satisfaction-basis')
        .map((f) => f.message);
    expect(asked('95%')).toEqual([expect.stringContaining('群众满意度')]);
    expect(asked('≥90%')[0]).toContain('填写了结果 ≥90%，');
  });

  /** A score sheet with a 分值 column after each level (长沙市雨花区 部门整体支出绩效评价指标表), no 扣分原因 column. */
  const levelWeights = () =>
    buildGrid('指标表', [
      ['部门整体支出绩效评价指标表'],
      ['一级指标', '分值', '二级指标', '分值', '三级指标', '分值', '评价标准', '指标说明', '得分'],
      ['投入', 20, '预算配置', 20, '在职人员控制率', 10, '≤100%计10分', '在职人数/编制数', 10],
      [undefined, undefined, undefined, undefined, '三公经费变动率', 10, '≤0计10分', '变动率', 8],
      ['产出', 80, '职责履行', 80, '重点工作完成率', 80, '100%计满分', '完成数/计划数', 80],
      ['合计', 100, undefined, undefined, undefined, undefined, undefined, undefined, 98],
    ]);

  it("takes each level's weight from the 分值 column beside it, and asks no reason of a sheet with nowhere to write one", () => {
    const result = checkWorkbook([levelWeights()]);
    const leaves = result.model.score?.roots.flatMap((r) => r.children.flatMap((c) => c.children)) ?? [];
    expect(leaves.map((l) => l.weight?.value)).toEqual([10, 10, 80]);
    const rules = result.findings.map((f) => f.rule);
    expect(rules).not.toContain('score-weight-rollup');
    expect(rules).not.toContain('score-deduction-reason');
  });

  it('compares scores at whole points on a form that writes every score whole (9 for 10 × 86.2%)', () => {
    const form = (budgetScore: number) =>
      buildGrid('项目支出绩效自评表', [
        ['项目支出绩效自评表（2019年度）'],
        ['项目名称', '某改造工程', undefined, '实施单位', '某学校'],
        ['项目资金（万元）', undefined, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
        [undefined, '年度资金总额', 43.2, 43.2, 37.24, 10, { value: 0.862, numFmt: '0.0%' }, budgetScore],
        ['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
        [undefined, '产出指标', '数量指标', '改造面积', '≥1000平方米', '1200平方米', 40, 40],
        [undefined, '效益指标', '社会效益指标', '师生受益人数', '≥500人', '600人', 50, 50],
        ['总分', undefined, undefined, undefined, undefined, undefined, 100, budgetScore + 90],
      ]);
    const budgetScores = (score: number) =>
      checkWorkbook([form(score)]).findings.filter((f) => f.rule === 'budget-score');
    expect(budgetScores(9)).toEqual([]);
    expect(budgetScores(8).map((f) => f.message)).toEqual([expect.stringContaining('本表得分均为整数，取 9分')]);
  });
});

describe('forms measured in the fifth holdout (保山, 隆阳, 霍山)', () => {
  /** A project form of the 20分 + 80分 kind, as 隆阳区 and 保山市 lay it out. */
  const budget20 = (indicators: Rows, project = '某项目补助资金') =>
    buildGrid('2022年度项目支出绩效自评表', [
      ['2022年度项目支出绩效自评表'],
      ['单位名称：某县农业站', undefined, undefined, undefined, '填报日期：2023年3月1日'],
      ['项目名称', project],
      ['预算执行情况(万元)(20分)', undefined, undefined, '预算数(A)', '执行数(B)', '执行率(B/A)', '得分(20分*执行率)'],
      [undefined, '年度财政资金总额', undefined, 100, 100, { value: 1, numFmt: '0.00%' }, 20],
      ['年度绩效目标(80分)', '一级指标', '二级指标', '三级指标', '年初目标值(A)', '实际完成值(B)', '得分'],
      ...indicators,
      ['总分', undefined, undefined, undefined, undefined, undefined, 100],
    ]);

  it('does not add a numbered heading whose 得分 is the sum of its numbered items into the total a second time', () => {
    const result = checkWorkbook([
      budget20([
        [undefined, '产出指标', '数量指标', '一、示范区建立', '≥2000亩', '2000亩', 30],
        [undefined, undefined, undefined, '1、水稻示范', '≥500亩', '500亩', 15],
        [undefined, undefined, undefined, '2、玉米示范', '≥1500亩', '1500亩', 15],
        [undefined, '效益指标', '社会效益指标', '二、农户培训', '≥300户', '300户', 50],
      ]),
    ]);
    expect(result.summary.score.recomputed).toBe(100);
    expect(result.findings.filter((f) => f.rule === 'score-total')).toEqual([]);
  });

  it('reads "无上访" against "小于5次" as none, which meets the ceiling', () => {
    const rules = checkWorkbook([
      budget20([
        [undefined, '产出指标', '数量指标', '慰问人数', '≥100人', '100人', 40],
        [undefined, '效益指标', '社会效益指标', '越级上访次数', '小于5次', '无上访', 40],
      ]),
    ]).findings.map((f) => f.rule);
    expect(rules).not.toContain('indicator-value-words');
    expect(rules).not.toContain('indicator-completion');
  });

  it('takes a year in the project name for part of the name, not a wrong year', () => {
    const years = (project: string) =>
      checkWorkbook([budget20([[undefined, '产出指标', '数量指标', '示范面积', '≥100亩', '100亩', 80]], project)])
        .findings.filter((f) => f.rule === 'year-mismatch')
        .map((f) => f.cells[0]);
    expect(years('2021年中央化肥减量增效示范县项目补助资金')).toEqual([]);
  });

  it('does not call a form without scores, cut before its indicators, one whose score part is missing', () => {
    const head: Rows = [
      ['宣城市转移支付区域(项目)绩效目标自评表'],
      ['(2023年度)'],
      ['转移支付(项目)名称', '动物防疫补助'],
      ['中央主管部门', '农业农村部'],
      ['地方主管部门', '某市农业农村局', undefined, '资金使用单位', '某市农业农村局'],
      ['资金投入情况(万元)', undefined, undefined, '全年预算数(A)', '全年执行数(B)', '预算执行率(B/A×100%)'],
      [undefined, '年度资金总额:', undefined, 148, 46, { value: 0.31, numFmt: '0.00%' }],
    ];
    const notRecognised = (rows: Rows) =>
      checkWorkbook([buildGrid('表', rows)]).findings.filter(
        (f) => f.rule === 'template-not-recognised' && f.severity === 'error',
      );
    expect(notRecognised(head)).toEqual([]);
    // A form that writes scores (得分 in its head) and shows none of them still misses its score part.
    expect(notRecognised([...head, ['自评得分', undefined]]).length).toBe(1);
  });

  it('takes the reason a transfer-payment form gives on its 执行准确性 row for a low execution', () => {
    const form = (note: string) =>
      buildGrid('表', [
        ['某市转移支付区域(项目)绩效目标自评表'],
        ['(2023年度)'],
        ['转移支付(项目)名称', '动物防疫补助'],
        ['地方主管部门', '某市农业农村局', undefined, '资金使用单位', '某市农业农村局'],
        ['资金投入情况(万元)', undefined, undefined, '全年预算数(A)', '全年执行数(B)', '预算执行率(B/A×100%)'],
        [undefined, '年度资金总额:', undefined, 148, 46, { value: 0.3108, numFmt: '0.00%' }],
        ['资金管理情况', undefined, '情况说明', undefined, undefined, '存在问题和改进措施'],
        ['分配科学性', undefined, '分配科学', undefined, undefined, '无'],
        ['执行准确性', undefined, '执行准确', undefined, undefined, note],
      ]);
    const low = (note: string) =>
      checkWorkbook([form(note)])
        .findings.filter((f) => f.rule === 'low-execution')
        .map((f) => f.cells);
    expect(low('因使用了往年结余资金，本年资金结转下年使用')).toEqual([]);
    expect(low('无')).toEqual([['F6']]);
  });

  it('reads amounts typed with their unit on rows labelled "年度资金总额:" as figures of the table', () => {
    const grid = buildGrid('表', [
      ['医疗救助补助资金转移支付项目绩效目标自评表'],
      ['(2024年度)'],
      ['转移支付(项目)名称', '医疗救助补助资金'],
      ['地方主管部门', '某县医疗保障局', undefined, '资金使用单位', '某县医疗保障局'],
      ['资金投入情况(万元)', undefined, undefined, '全年预算数(A)', '全年执行数(B)', '预算执行率(B/A×100%)'],
      [undefined, '年度资金总额:', undefined, '3359.62万', '3359.62万', { value: 1, numFmt: '0%' }],
      [undefined, '其中:中央财政资金', undefined, '829.3万', '829.3万', { value: 1, numFmt: '0%' }],
      [undefined, '地方资金', undefined, '2530.32万', '2530.32万', { value: 1, numFmt: '0%' }],
    ]);
    const { summary } = checkWorkbook([grid]);
    expect([summary.budget.planned, summary.budget.actual]).toEqual([3359.62, 3359.62]);
  });
});
