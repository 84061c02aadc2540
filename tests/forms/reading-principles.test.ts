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
    expect(unitOf([['填报单位：某镇人民政府']])).toBe('某镇人民政府');
  });

  it('never takes a neighbouring label or its text for the name', () => {
    expect(unitOf([['单位名称:某县供销社  填报日期:2023年4月15日']])).toBe('某县供销社');
    expect(inlineValue('单位名称：某局　填报人：张三')).toBe('某局');
    // An empty 主管部门 followed by another label of the head: no name at all.
    expect(unitOf([['主管部门', undefined, undefined, '财政处室', undefined]])).toBeNull();
    expect(unitOf([['主管部门', undefined, '实施单位', undefined]])).toBeNull();
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
