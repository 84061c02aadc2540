// The production task pane stays small: initial scripts under 250 KB gzipped, docx only in a chunk loaded on export.
import { measureBundle, type BundleSizes } from '../../bench/bundle-size';
import { ensureBuild } from '../e2e/build-once';

const LIMIT_GZIP = 250 * 1024;
let sizes: BundleSizes;

beforeAll(async () => {
  await ensureBuild();
  sizes = measureBundle();
}, 600_000);

describe('task-pane bundle (npm run build → build/)', () => {
  it('loads under 250 KB of gzipped JavaScript before the first render', () => {
    expect(sizes.initial.length).toBeGreaterThan(0);
    expect(sizes.initialGzip).toBeLessThan(LIMIT_GZIP);
  });

  it('keeps the docx library in a separate chunk', () => {
    expect(sizes.docx.length).toBeGreaterThan(0);
    expect(sizes.initialWithDocx).toEqual([]);
  });

  it('does not reference the docx chunk from taskpane.html', () => {
    expect(sizes.pageReferencesDocx).toBe(false);
  });
});
