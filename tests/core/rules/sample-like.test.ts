// The test workbook builder's defaults are a clean, fully recognised workbook: every rule test starts from zero findings.
import { checkWorkbook } from '../../../src/core/check';
import { sampleLikeGrids } from '../../support/sample-like';

it('sampleLikeGrids() is recognised and produces no finding under any rule', () => {
  const result = checkWorkbook(sampleLikeGrids());
  expect(result.recognised).toBe(true);
  expect(result.findings.map((f) => `${f.rule} ${f.cells.join(' ')} ${f.message}`)).toEqual([]);
  expect(result.model.data?.budget?.rows).toHaveLength(10);
  expect(result.model.data?.sangong?.rows).toHaveLength(6);
  expect(result.model.data?.indicators?.rows).toHaveLength(5);
  expect(result.computed.score?.total).toBe(99);
  expect(Object.keys(result.model.material?.fields ?? {})).toHaveLength(14);
});
