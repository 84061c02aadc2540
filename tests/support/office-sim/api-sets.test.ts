// The requirement-set table is generated from @types/office-js, never edited by hand: regenerating gives the same file.
import fs from 'node:fs';
import { API_SETS_PATH, generateApiSets, renderApiSets } from '../../../scripts/excel-api-sets';

describe('excel-api-sets.json', () => {
  const generated = generateApiSets();

  it('is what scripts/excel-api-sets.ts generates from the installed @types/office-js (run npm run api-sets)', () => {
    expect(fs.readFileSync(API_SETS_PATH, 'utf8')).toBe(renderApiSets(generated));
  });

  it('holds the annotations the add-in depends on, as the typings state them', () => {
    expect(generated.members).toMatchObject({
      'Worksheet.delete': '1.1',
      'WorksheetCollection.getItemOrNullObject': '1.4',
      'Worksheet.onChanged': '1.7',
      'WorksheetCollection.onChanged': '1.9',
      'Range.getCellProperties': '1.9',
      'Range.getMergedAreasOrNullObject': '1.13',
      'RangeAreas.select': '1.18',
      'WorksheetChangedEventArgs.triggerSource': '1.14',
      'Workbook.insertWorksheetsFromBase64': '1.13',
    });
    expect(Object.keys(generated.members).length).toBeGreaterThan(2000);
  });
});
