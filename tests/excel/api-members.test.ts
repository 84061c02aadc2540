// Every office-js member src/excel uses, found by the type checker, is within the manifest's minimum ExcelApi version
// or behind an isSetSupported guard whose version covers it (with a fallback or a Chinese message, tested per host
// profile in excel-gateway.test.ts). A new member above the minimum fails here until it is guarded and listed.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { FILL_PATTERN_API, RANGE_AREAS_API } from '../../src/excel/highlight';
import { INSERT_WORKSHEETS_API } from '../../src/excel/insert-template';
import { CELL_PROPERTIES_API, MERGED_AREAS_API } from '../../src/excel/read-grids';
import { SELECT_AREAS_API } from '../../src/excel/select-cells';
import { CHANGE_EVENTS_API, TRIGGER_SOURCE_API } from '../../src/excel/watch-changes';
import { requiredVersion } from '../support/office-sim';

const ROOT = path.join(__dirname, '..', '..');
const SRC = path.join(ROOT, 'src', 'excel');

const minor = (version: string) => Number(version.split('.')[1] ?? 0);

/** The manifest's <Set Name="ExcelApi" MinVersion="…"/>. */
function manifestMinimum(): string {
  const xml = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
  const match = /<Set\s+Name="ExcelApi"\s+MinVersion="([\d.]+)"/.exec(xml);
  if (!match?.[1]) throw new Error('manifest.xml names no ExcelApi minimum');
  return match[1];
}

/** Members above the minimum and the guard each one is behind (the code checks that guard before using it). */
const GUARDED: Readonly<Record<string, { readonly version: string; readonly fallback: string }>> = {
  'Range.getCellProperties': { ...CELL_PROPERTIES_API, fallback: 'fill colour per marked cell' },
  'CellPropertiesFormat.fill': { ...CELL_PROPERTIES_API, fallback: 'fill colour per marked cell' },
  'SettableCellProperties.format': { ...CELL_PROPERTIES_API, fallback: 'fill colour per marked cell' },
  'CellPropertiesFill.color': { ...CELL_PROPERTIES_API, fallback: 'fill colour per marked cell' },
  'CellPropertiesFill.pattern': { ...CELL_PROPERTIES_API, fallback: 'fill colour per marked cell' },
  'CellPropertiesFill.patternColor': { ...CELL_PROPERTIES_API, fallback: 'fill colour per marked cell' },
  'Range.getMergedAreasOrNullObject': { ...MERGED_AREAS_API, fallback: 'Grids without merges' },
  'RangeAreas.load': { ...MERGED_AREAS_API, fallback: 'Grids without merges; no merge check on write-back' },
  'RangeAreas.address': { ...MERGED_AREAS_API, fallback: 'Grids without merges; no merge check on write-back' },
  'Worksheet.getRanges': { ...RANGE_AREAS_API, fallback: 'one command per cell; one rectangle selected' },
  'RangeAreas.format': { ...RANGE_AREAS_API, fallback: 'one command per cell' },
  'RangeAreas.select': { ...SELECT_AREAS_API, fallback: 'the rectangle around the cells' },
  'RangeFill.pattern': { ...FILL_PATTERN_API, fallback: 'colour only' },
  'RangeFill.patternColor': { ...FILL_PATTERN_API, fallback: 'colour only' },
  'WorksheetCollection.onChanged': { ...CHANGE_EVENTS_API, fallback: 'Worksheet.onChanged per sheet (1.7)' },
  'WorksheetChangedEventArgs.triggerSource': { ...TRIGGER_SOURCE_API, fallback: 'timing windows' },
  'Workbook.insertWorksheetsFromBase64': { ...INSERT_WORKSHEETS_API, fallback: 'Chinese message: needs 1.13' },
};

/** The class of office-js's Excel namespace a member is declared in, if it is one. */
function excelOwner(symbol: ts.Symbol | undefined): string | undefined {
  for (const declaration of symbol?.declarations ?? []) {
    const owner = declaration.parent;
    if (!owner || !(ts.isClassDeclaration(owner) || ts.isInterfaceDeclaration(owner)) || !owner.name) continue;
    const namespace = owner.parent?.parent;
    if (namespace && ts.isModuleDeclaration(namespace) && namespace.name.getText() === 'Excel') return owner.name.text;
  }
  return undefined;
}

/** The strings an argument of load() stands for: literals, arrays of them, spreads and constants; undefined if unknown. */
function loadStrings(checker: ts.TypeChecker, node: ts.Expression): string[] | undefined {
  if (ts.isStringLiteralLike(node)) return node.text.split(',').map((p) => p.trim());
  if (ts.isAsExpression(node) || ts.isParenthesizedExpression(node)) return loadStrings(checker, node.expression);
  if (ts.isArrayLiteralExpression(node)) {
    const parts = node.elements.map((e) => loadStrings(checker, ts.isSpreadElement(e) ? e.expression : e));
    return parts.some((p) => p === undefined) ? undefined : parts.flatMap((p) => p ?? []);
  }
  if (ts.isConditionalExpression(node)) {
    const [a, b] = [loadStrings(checker, node.whenTrue), loadStrings(checker, node.whenFalse)];
    return a && b ? [...a, ...b] : undefined;
  }
  if (ts.isIdentifier(node)) {
    const declaration = checker.getSymbolAtLocation(node)?.valueDeclaration;
    if (declaration && ts.isVariableDeclaration(declaration) && declaration.initializer)
      return loadStrings(checker, declaration.initializer);
  }
  return undefined;
}

/**
 * "Class.member" for each step of a load path ("format/fill/color" on a Range: Range.format, RangeFormat.fill,
 * RangeFill.color; "items/name" on a collection: WorksheetCollection.items, Worksheet.name); undefined for a step
 * that is no member of the typings.
 */
function loadPathMembers(checker: ts.TypeChecker, receiver: ts.Type, path: string): string[] | undefined {
  const members: string[] = [];
  let type: ts.Type | undefined = checker.getNonNullableType(receiver);
  for (const step of path.split('/')) {
    const property: ts.Symbol | undefined = type?.getProperty(step);
    const owner = excelOwner(property);
    if (!property || !owner) return undefined;
    members.push(`${owner}.${step}`);
    const next = checker.getNonNullableType(checker.getTypeOfSymbol(property));
    type = checker.getIndexInfoOfType(next, ts.IndexKind.Number)?.type ?? next;
  }
  return members;
}

type Used = { readonly members: Map<string, string[]>; readonly unresolvedLoads: string[] };

/**
 * "Class.member" for every property access in src/excel that resolves to a member of office-js's Excel namespace, every
 * name destructured from one, and every step of the paths its load() calls name in strings (which the type checker
 * does not see as accesses).
 */
function excelMembersUsed(): Used {
  const files = fs
    .readdirSync(SRC)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => path.join(SRC, f));
  const program = ts.createProgram(files, {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.CommonJS,
    strict: true,
    skipLibCheck: true,
    esModuleInterop: true,
    types: ['office-js'],
    typeRoots: [path.join(ROOT, 'node_modules', '@types')],
  });
  const checker = program.getTypeChecker();
  const members = new Map<string, string[]>();
  const unresolvedLoads: string[] = [];
  const note = (key: string, where: string) => members.set(key, [...(members.get(key) ?? []), where]);
  for (const file of files) {
    const source = program.getSourceFile(file);
    if (!source) continue;
    const whereOf = (node: ts.Node) =>
      `${path.basename(file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    const visit = (node: ts.Node) => {
      if (ts.isPropertyAccessExpression(node)) {
        const owner = excelOwner(checker.getSymbolAtLocation(node.name));
        if (owner) note(`${owner}.${node.name.text}`, whereOf(node));
      }
      // const { values, formulas } = range: each name is a member read too.
      if (ts.isBindingElement(node) && ts.isObjectBindingPattern(node.parent) && !node.dotDotDotToken) {
        const key = node.propertyName ?? node.name;
        const name = ts.isIdentifier(key) || ts.isStringLiteral(key) ? key.text : undefined;
        const property = name ? checker.getTypeAtLocation(node.parent).getProperty(name) : undefined;
        const owner = excelOwner(property);
        if (owner) note(`${owner}.${name}`, `${whereOf(node)} (destructured)`);
      }
      if (
        ts.isCallExpression(node) &&
        ts.isPropertyAccessExpression(node.expression) &&
        node.expression.name.text === 'load' &&
        excelOwner(checker.getSymbolAtLocation(node.expression.name))
      ) {
        const receiver = checker.getTypeAtLocation(node.expression.expression);
        for (const argument of node.arguments) {
          const paths = loadStrings(checker, argument);
          for (const loadPath of paths ?? []) {
            const steps = loadPathMembers(checker, receiver, loadPath);
            if (steps) for (const step of steps) note(step, `${whereOf(node)} (load '${loadPath}')`);
            else unresolvedLoads.push(`${whereOf(node)}: '${loadPath}'`);
          }
          if (!paths) unresolvedLoads.push(`${whereOf(node)}: ${argument.getText()}`);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { members, unresolvedLoads };
}

describe('office-js members used by src/excel', () => {
  const { members: used, unresolvedLoads } = excelMembersUsed();
  const minimum = manifestMinimum();

  it('knows every member a load() names: each path step is a member of the typings', () => {
    expect(unresolvedLoads).toEqual([]);
    for (const member of ['RangeFill.color', 'WorksheetProtection.protected', 'Range.valueTypes', 'Worksheet.name'])
      expect(used.get(member)?.some((where) => where.includes('(load ')) ?? false).toBe(true);
    // read-grids.ts destructures a loaded Range.
    expect(used.get('Range.valueTypes')?.some((where) => where.includes('(destructured)')) ?? false).toBe(true);
  });

  it('finds the members (the listing is not empty and has the ones the gateway is built on)', () => {
    for (const member of ['Range.values', 'WorksheetCollection.getItemOrNullObject', 'Workbook.settings'])
      expect([...used.keys()]).toContain(member);
    expect(used.size).toBeGreaterThan(40);
  });

  it('the manifest asks for ExcelApi 1.8 or lower (Office 2019)', () => {
    expect(minor(minimum)).toBeLessThanOrEqual(8);
  });

  it('every member is within the manifest minimum or behind a guard at least as high as the member needs', () => {
    const unguarded = [...used]
      .filter(([member]) => minor(requiredVersion(member)) > minor(minimum))
      .filter(([member]) => {
        const guard = GUARDED[member];
        return guard === undefined || minor(guard.version) < minor(requiredVersion(member));
      })
      .map(([member, where]) => `${member} (ExcelApi ${requiredVersion(member)}) at ${where.join(', ')}`);
    expect(unguarded).toEqual([]);
  });

  it('lists no guard that the code no longer needs', () => {
    for (const member of Object.keys(GUARDED)) {
      expect({ member, used: used.has(member) }).toEqual({ member, used: true });
      expect(minor(requiredVersion(member))).toBeGreaterThan(minor(minimum));
    }
  });
});
