// The 重算 tab's headline figures: each total rate as the sheet states it next to the recomputed one.
import { checkWorkbook } from '../../src/core/check';
import { keyFiguresOf } from '../../src/taskpane/RecalcPanel/key-figures';
import { TASKPANE_MESSAGES as M } from '../../src/taskpane/messages';
import { DATA, sampleLikeGrids } from '../support/sample-like';

const figure = (what: string, overrides: Parameters<typeof sampleLikeGrids>[0] = {}) =>
  keyFiguresOf(checkWorkbook(sampleLikeGrids(overrides))).find((f) => f.what === what);

describe('keyFiguresOf', () => {
  it('shows the total 执行率 as stated (F17) and as recomputed', () => {
    const rate = figure(M.figureRate, { data: { F17: { value: 0.98, numFmt: '0.00%' } } });
    expect(rate).toMatchObject({ ref: { sheet: DATA, row: 16, col: 5 }, stated: '98.00%' });
    expect(rate?.recomputed).not.toBe(rate?.stated);
  });

  it('shows the "三公" total 控制率 on its own row', () => {
    const rate = figure(M.figureSangong);
    expect(rate?.ref?.sheet).toBe(DATA);
    expect(rate?.recomputed).toMatch(/%$/);
  });

  it('leaves a rate out when it cannot be computed (no 全年预算数)', () => {
    expect(figure(M.figureRate, { data: { D17: undefined } })).toBeUndefined();
  });
});
