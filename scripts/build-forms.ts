/**
 * Writes tests/forms/<id>/<id>.xlsx for every rebuilt published form from its declarative description
 * (tests/forms/<id>/source.json). Run with `npx tsx scripts/build-forms.ts [--dir <forms dir>] [id ...]`: named
 * entries only when ids are given (exceljs stamps every file it writes, so rebuilding all changes every workbook's
 * bytes), another directory laid out the same way with --dir. The corpus test fails when a committed workbook no
 * longer matches its source.
 */
import * as fs from 'fs';
import * as path from 'path';
import { buildWorkbook, type FormSource } from './forms-source';

const CORPUS_DIR = path.join(__dirname, '..', 'tests', 'forms');

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const dirAt = args.indexOf('--dir');
  const dirArg = dirAt >= 0 ? args[dirAt + 1] : undefined;
  const formsDir = dirArg ? path.resolve(dirArg) : CORPUS_DIR;
  const named = args.filter((_, i) => dirAt < 0 || (i !== dirAt && i !== dirAt + 1));
  const ids = fs
    .readdirSync(formsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(formsDir, entry.name, 'source.json')))
    .map((entry) => entry.name)
    .filter((id) => named.length === 0 || named.includes(id))
    .sort();
  if (named.some((id) => !ids.includes(id))) {
    throw new Error(`no source.json for ${named.filter((id) => !ids.includes(id)).join(', ')} in ${formsDir}`);
  }
  for (const id of ids) {
    const source = JSON.parse(fs.readFileSync(path.join(formsDir, id, 'source.json'), 'utf8')) as FormSource;
    if (source.id !== id) throw new Error(`${id}/source.json names itself ${source.id}`);
    const out = path.join(formsDir, id, `${id}.xlsx`);
    await buildWorkbook(source).xlsx.writeFile(out);
    console.log(`wrote ${path.relative(process.cwd(), out)}`);
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
