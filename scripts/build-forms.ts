/**
 * Writes tests/forms/<id>/<id>.xlsx for every rebuilt published form from its declarative description
 * (tests/forms/<id>/source.json). Run with `npx tsx scripts/build-forms.ts`; the corpus test fails when a
 * committed workbook no longer matches its source.
 */
import * as fs from 'fs';
import * as path from 'path';
import { buildWorkbook, type FormSource } from './forms-source';

const FORMS_DIR = path.join(__dirname, '..', 'tests', 'forms');

async function main(): Promise<void> {
  const ids = fs
    .readdirSync(FORMS_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(FORMS_DIR, entry.name, 'source.json')))
    .map((entry) => entry.name)
    .sort();
  for (const id of ids) {
    const source = JSON.parse(fs.readFileSync(path.join(FORMS_DIR, id, 'source.json'), 'utf8')) as FormSource;
    if (source.id !== id) throw new Error(`${id}/source.json names itself ${source.id}`);
    const out = path.join(FORMS_DIR, id, `${id}.xlsx`);
    await buildWorkbook(source).xlsx.writeFile(out);
    console.log(`wrote ${path.relative(process.cwd(), out)}`);
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
