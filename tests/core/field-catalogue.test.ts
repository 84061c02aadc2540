// The catalogue of cells the rules walk (rule-kit/fields.ts) names each cell once, even where a form reads a cell
// twice: 青神县's one-sheet project form (a real published form, tests/forms) has its 得分 column read both as the
// indicators' scores and as the 三级指标' scores, and its blank 得分 cells must be reported once each.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkWorkbook } from '../../src/core/check';
import { toA1 } from '../../src/core/grid/a1';
import { fieldsOf } from '../../src/core/rule-kit/fields';
import { recognizeWorkbook } from '../../src/core/template/recognize-workbook';
import { readWorkbookGrids } from '../../src/xlsx/read-workbook';

const QINGSHEN = path.join(
  __dirname,
  '..',
  'forms',
  'sichuan-qingshen-fgj-gongzi-2023',
  'sichuan-qingshen-fgj-gongzi-2023.xlsx',
);

describe('field catalogue', () => {
  it('holds one use per cell, also where the form reads a cell as an indicator and as a 三级指标', async () => {
    const grids = await readWorkbookGrids(new Uint8Array(readFileSync(QINGSHEN)));
    const { model } = recognizeWorkbook(grids);
    const keys = fieldsOf(model).map(({ field }) => `${field.ref.sheet}!${toA1(field.ref)}`);
    expect(keys).toContain(`${grids[0]?.name}!J15`);
    expect(keys.length).toBe(new Set(keys).size);
  });

  it('reports each blank 得分 of the real form once', async () => {
    const grids = await readWorkbookGrids(new Uint8Array(readFileSync(QINGSHEN)));
    const blanks = checkWorkbook(grids)
      .findings.filter((f) => f.rule === 'required-field')
      .flatMap((f) => f.cells);
    expect(blanks.filter((cell) => cell === 'J15' || cell === 'J16')).toEqual(['J15', 'J16']);
  });
});
