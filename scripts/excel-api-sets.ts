// Generates tests/support/office-sim/excel-api-sets.json: the ExcelApi version every member of office-js's Excel
// namespace needs, read from the `[Api set: ExcelApi x.y]` annotations of @types/office-js. The office-js simulation
// and the API-member test use it, so no requirement set is ever listed by hand. `npm run api-sets` rewrites the file;
// tests/support/office-sim/api-sets.test.ts fails when the committed file differs from a fresh generation.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export const API_SETS_PATH = path.join(__dirname, '..', 'tests', 'support', 'office-sim', 'excel-api-sets.json');
const TYPINGS = require.resolve('@types/office-js/index.d.ts');

const ANNOTATION = /\[Api set: ExcelApi (\d+)\.(\d+)\]/;

/** "1.13" > "1.9": versions compare by their minor number. */
export function compareVersions(a: string, b: string): number {
  const [am = 0, an = 0] = a.split('.').map(Number);
  const [bm = 0, bn = 0] = b.split('.').map(Number);
  return am - bm || an - bn;
}

function annotationOf(node: ts.Node, source: ts.SourceFile): string | undefined {
  const text = source.text;
  for (const range of ts.getLeadingCommentRanges(text, node.getFullStart()) ?? []) {
    const match = ANNOTATION.exec(text.slice(range.pos, range.end));
    if (match) return `${match[1]}.${match[2]}`;
  }
  return undefined;
}

function nameOf(member: ts.Node): string | undefined {
  const name = (member as { name?: ts.PropertyName }).name;
  if (!name) return undefined;
  if (ts.isIdentifier(name) || ts.isStringLiteral(name)) return name.text;
  return undefined;
}

export type ApiSets = {
  /** The typings' version the table was made from. */
  readonly typesVersion: string;
  /** "Worksheet.delete" → "1.1", "Worksheet" → the class's own set; functions as "run". */
  readonly members: Readonly<Record<string, string>>;
};

/** Every annotated class, interface, member and function of the top-level Excel namespace (not Excel.Interfaces). */
export function generateApiSets(): ApiSets {
  const source = ts.createSourceFile(TYPINGS, fs.readFileSync(TYPINGS, 'utf8'), ts.ScriptTarget.Latest, true);
  const members: Record<string, string> = {};
  const keep = (key: string, version: string | undefined) => {
    if (version === undefined) return;
    const seen = members[key];
    // Overloads: the lowest set any form needs (the add-in's guard uses the forms that need it).
    if (seen === undefined || compareVersions(version, seen) < 0) members[key] = version;
  };
  for (const statement of source.statements) {
    if (!ts.isModuleDeclaration(statement) || statement.name.getText(source) !== 'Excel') continue;
    const body = statement.body;
    if (!body || !ts.isModuleBlock(body)) continue;
    for (const declaration of body.statements) {
      if (ts.isFunctionDeclaration(declaration) && declaration.name) {
        keep(declaration.name.text, annotationOf(declaration, source));
        continue;
      }
      if (!ts.isClassDeclaration(declaration) && !ts.isInterfaceDeclaration(declaration)) continue;
      if (!declaration.name) continue;
      const owner = declaration.name.text;
      const ownSet = annotationOf(declaration, source);
      keep(owner, ownSet);
      for (const member of declaration.members) {
        const name = nameOf(member);
        if (name === undefined) continue;
        keep(`${owner}.${name}`, annotationOf(member, source));
      }
    }
  }
  const typesVersion = (
    JSON.parse(fs.readFileSync(path.join(path.dirname(TYPINGS), 'package.json'), 'utf8')) as { version: string }
  ).version;
  const sorted = Object.fromEntries(Object.entries(members).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return { typesVersion, members: sorted };
}

/** The file's text: one member a line, so a typings update shows as a readable diff. */
export function renderApiSets(sets: ApiSets): string {
  return `${JSON.stringify(sets, null, 2)}\n`;
}

if (require.main === module) {
  fs.writeFileSync(API_SETS_PATH, renderApiSets(generateApiSets()));
  console.log(`wrote ${path.relative(process.cwd(), API_SETS_PATH)}`);
}
