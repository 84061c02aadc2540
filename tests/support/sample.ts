// Loads the bundled sample and blank template once per test file, through the same reader the CLI uses.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Grid } from '../../src/core/grid/grid';
import { readWorkbookGrids } from '../../src/xlsx/read-workbook';

export const ASSETS = join(__dirname, '..', '..', 'assets');
export const SAMPLE_PATH = join(ASSETS, 'sample-2024.xlsx');
export const BLANK_PATH = join(ASSETS, 'template-blank.xlsx');

const cache = new Map<string, Promise<Grid[]>>();

export function loadGrids(path: string): Promise<Grid[]> {
  let grids = cache.get(path);
  if (!grids) {
    grids = readWorkbookGrids(new Uint8Array(readFileSync(path)));
    cache.set(path, grids);
  }
  return grids;
}

export const loadSampleGrids = () => loadGrids(SAMPLE_PATH);
