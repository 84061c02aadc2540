// The budget and 三公 trees have one definition: recognition, calculation and the reference workbook agree with it.
import { computeWorkbook } from '../../src/core/calc/compute-workbook';
import { DEFAULT_SETTINGS } from '../../src/core/calc/settings';
import {
  BUDGET_BREAKDOWNS,
  BUDGET_KINDS,
  BUDGET_PARENT,
  BUDGET_ROW_NAMES,
  BUDGET_TREE,
  SANGONG_BREAKDOWNS,
  SANGONG_KINDS,
  SANGONG_ROW_NAMES,
  SANGONG_TREE,
  treeRows,
} from '../../src/core/template/budget-tree';
import { recognizeWorkbook } from '../../src/core/template/recognize-workbook';
import { loadSampleGrids } from '../support/sample';

describe('the budget tree, derived views', () => {
  it('matches row names deepest first, so 一般公共预算财政拨款 is not taken for 财政拨款', () => {
    expect(BUDGET_ROW_NAMES.map(([kind]) => kind)).toEqual([
      'fiscalGeneral',
      'fiscalFund',
      'fiscalStateCapital',
      'personnel',
      'publicFunds',
      'fiscal',
      'other',
      'basic',
      'project',
      'total',
    ]);
    expect(SANGONG_ROW_NAMES.map(([kind]) => kind).slice(0, 2)).toEqual(['vehiclePurchase', 'vehicleRunning']);
    expect(SANGONG_ROW_NAMES.at(-1)?.[0]).toBe('total');
  });

  it('splits 年度资金总额 two ways and the other parents once', () => {
    expect(BUDGET_BREAKDOWNS).toEqual([
      { parent: 'total', name: '资金来源', kinds: ['fiscal', 'other'] },
      { parent: 'fiscal', name: '其中', kinds: ['fiscalGeneral', 'fiscalFund', 'fiscalStateCapital'] },
      { parent: 'total', name: '支出类型', kinds: ['basic', 'project'] },
      { parent: 'basic', name: '其中', kinds: ['personnel', 'publicFunds'] },
    ]);
    expect(SANGONG_BREAKDOWNS).toEqual([
      { parent: 'total', name: '其中', kinds: ['abroad', 'vehicle', 'reception'] },
      { parent: 'vehicle', name: '其中', kinds: ['vehiclePurchase', 'vehicleRunning'] },
    ]);
    expect(BUDGET_PARENT.publicFunds).toBe('basic');
  });

  it('lays rows out with their depth and the children their formula sums', () => {
    const rows = treeRows(BUDGET_TREE);
    expect(rows.map((r) => [r.kind, r.depth, r.sums ?? []])).toEqual([
      ['total', 0, ['fiscal', 'other']],
      ['fiscal', 1, ['fiscalGeneral', 'fiscalFund', 'fiscalStateCapital']],
      ['fiscalGeneral', 2, []],
      ['fiscalFund', 2, []],
      ['fiscalStateCapital', 2, []],
      ['other', 1, []],
      ['basic', 1, ['personnel', 'publicFunds']],
      ['personnel', 2, []],
      ['publicFunds', 2, []],
      ['project', 1, []],
    ]);
  });

  it('every label the reference template writes is recognised as its own kind, and each kind has a calculation', async () => {
    const { model } = recognizeWorkbook(await loadSampleGrids());
    expect(model.data?.budget?.rows.map((r) => [r.kind, r.label.value])).toEqual(
      BUDGET_TREE.map((n) => [n.kind, n.label]),
    );
    expect(model.data?.sangong?.rows.map((r) => [r.kind, r.label.value])).toEqual(
      SANGONG_TREE.map((n) => [n.kind, n.label]),
    );
    const computed = computeWorkbook(model, DEFAULT_SETTINGS);
    expect([...computed.budget.keys()]).toEqual(BUDGET_KINDS);
    expect([...computed.sangong.keys()]).toEqual(SANGONG_KINDS);
    expect(computed.sangong.get('vehicle')?.breakdowns.map((b) => b.children.map((c) => c.kind))).toEqual([
      ['vehiclePurchase', 'vehicleRunning'],
    ]);
  });
});
