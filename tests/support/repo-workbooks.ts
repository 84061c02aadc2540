// Every workbook in the repo the check reads: the fixtures (but the password-protected one, which is not a zip), the
// sample, the blank template and every real form. The annotated copies and the file host are proved on all of them.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ASSETS } from './sample';

export const ROOT = join(__dirname, '..', '..');
export const FIXTURES = join(ROOT, 'tests', 'fixtures');
export const FORMS = join(ROOT, 'tests', 'forms');

export const REPO_WORKBOOKS: readonly string[] = [
  ...readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.xlsx') && f !== 'password-protected.xlsx')
    .map((f) => join(FIXTURES, f)),
  join(ASSETS, 'sample-2024.xlsx'),
  join(ASSETS, 'template-blank.xlsx'),
  ...readdirSync(FORMS, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) =>
      readdirSync(join(FORMS, d.name))
        .filter((f) => f.endsWith('.xlsx'))
        .map((f) => join(FORMS, d.name, f)),
    ),
];
