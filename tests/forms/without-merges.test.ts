/**
 * Office 2019 (ExcelApi 1.8) cannot tell merged cells (Range.getMergedAreasOrNullObject is 1.13): the add-in reads a
 * merged label only in its top-left cell. Every real form of the corpus, read that way, must give the same findings
 * at the same cells as when its merges are known (a two-row header whose lower row is empty under a label spanning
 * both; a total written once across its row), so a user on Office 2019 is not told "未发现问题" where 365 finds errors.
 */
import * as fs from 'fs';
import * as path from 'path';
import { checkWorkbook } from '../../src/core/check';
import { readWorkbookGrids } from '../../src/xlsx/read-workbook';
import { withoutMerges } from '../support/grid-transforms';
import { corpusIds, FORMS_DIR } from './measure';

const findingsOf = (result: ReturnType<typeof checkWorkbook>) =>
  result.findings.map((f) => `${f.severity} ${f.rule}@${f.cells.join(',')}`).sort();

describe.each(corpusIds())('%s read without merges (Office 2019)', (id) => {
  it('gives the same findings at the same cells', async () => {
    const grids = await readWorkbookGrids(fs.readFileSync(path.join(FORMS_DIR, id, `${id}.xlsx`)));
    expect(grids.some((g) => g.merges.length > 0)).toBe(true);
    const withMerges = checkWorkbook(grids);
    const without = checkWorkbook(grids.map(withoutMerges));
    expect(findingsOf(without)).toEqual(findingsOf(withMerges));
    expect(without.summary).toEqual(withMerges.summary);
  });
});
