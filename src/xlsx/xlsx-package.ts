// An .xlsx package opened for in-place editing: its parts by name (case-insensitive, as OOXML part names are), the
// workbook part with its sheets and relationships, and adding sheets. Parts nobody writes stay byte for byte as they were.
import type JSZip from 'jszip';
import {
  addRel,
  escapeXml,
  getAttr,
  parseRels,
  relativeTarget,
  relsPathOf,
  removeAttr,
  resolveTarget,
  rootPrefix,
} from './ooxml';

export const NS = {
  main: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  rel: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  officeDocument: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument',
  worksheet: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet',
  styles: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles',
  comments: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments',
  vmlDrawing: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing',
  calcChain: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain',
} as const;

export const CONTENT_TYPES = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  comments: 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
  vml: 'application/vnd.openxmlformats-officedocument.vmlDrawing',
} as const;

export const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** A styles part for a package without one: every cell's format is then the default one. */
export const DEFAULT_STYLES_XML = `${XML_HEAD}<styleSheet xmlns="${NS.main}"><fonts count="1"><font><sz val="11"/><name val="宋体"/></font></fonts><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellXfs></styleSheet>`;

/** Zip member lookup that ignores case, as OOXML part names do. */
export class Package {
  private readonly names = new Map<string, string>();
  private readonly changed = new Map<string, string>();
  constructor(readonly zip: JSZip) {
    zip.forEach((path, file) => {
      if (!file.dir) this.names.set(path.toLowerCase(), path);
    });
  }
  has(path: string): boolean {
    return this.changed.has(path.toLowerCase()) || this.names.has(path.toLowerCase());
  }
  async read(path: string): Promise<string | undefined> {
    const key = path.toLowerCase();
    const edited = this.changed.get(key);
    if (edited !== undefined) return edited;
    const actual = this.names.get(key);
    const file = actual === undefined ? null : this.zip.file(actual);
    return file ? file.async('string') : undefined;
  }
  write(path: string, text: string): void {
    const key = path.toLowerCase();
    this.changed.set(key, text);
    const actual = this.names.get(key) ?? path;
    this.names.set(key, actual);
    this.zip.file(actual, text);
  }
  remove(path: string): void {
    const key = path.toLowerCase();
    const actual = this.names.get(key);
    this.changed.delete(key);
    this.names.delete(key);
    if (actual !== undefined) this.zip.remove(actual);
  }
  paths(): string[] {
    return [...this.names.values()];
  }
  /** A part name not yet in the package: xl/comments1.xml, xl/comments2.xml… */
  freeName(stem: string, ext: string): string {
    for (let n = 1; ; n++) if (!this.has(`${stem}${n}.${ext}`)) return `${stem}${n}.${ext}`;
  }
  toBytes(): Promise<Uint8Array> {
    return this.zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
  }
}

export function addOverride(xml: string, part: string, type: string): string {
  const p = rootPrefix(xml, 'Types');
  return xml.replace(
    `</${p}Types>`,
    `<${p}Override PartName="/${escapeXml(part)}" ContentType="${type}"/></${p}Types>`,
  );
}

export function removeOverride(xml: string, part: string): string {
  const name = `/${part}`.toLowerCase();
  return xml.replace(/<(?:\w+:)?Override\b[^>]*>/g, (tag) =>
    (getAttr(tag, 'PartName') ?? '').toLowerCase() === name ? '' : tag,
  );
}

/** The prefix the part's root declares for the relationships namespace, declaring r: when it has none. */
export function relPrefix(xml: string, root: string): { xml: string; prefix: string } {
  const declared = new RegExp(`xmlns:(\\w+)="${NS.rel}"`).exec(xml);
  if (declared?.[1]) return { xml, prefix: `${declared[1]}:` };
  const withNs = xml.replace(new RegExp(`<((?:\\w+:)?${root})\\b`), `<$1 xmlns:r="${NS.rel}"`);
  return { xml: withNs, prefix: 'r:' };
}

/** One worksheet (or other sheet) of the workbook part: its name, its part and its <sheet> tag. */
export type SheetEntry = { readonly name: string; readonly part: string; readonly tag: string };

export class WorkbookPartsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkbookPartsError';
  }
}

/** The workbook part, its relationships and the content types, read once and written back by `save`. */
export class WorkbookParts {
  private constructor(
    readonly pkg: Package,
    readonly workbookPath: string,
    public workbook: string,
    public workbookRels: string,
    public contentTypes: string,
  ) {}

  static async open(pkg: Package): Promise<WorkbookParts> {
    const rootRels = parseRels(await pkg.read('_rels/.rels'));
    const workbookPath = resolveTarget(
      '',
      rootRels.find((r) => r.type === NS.officeDocument)?.target ?? 'xl/workbook.xml',
    );
    const workbook = await pkg.read(workbookPath);
    const workbookRels = await pkg.read(relsPathOf(workbookPath));
    const contentTypes = await pkg.read('[Content_Types].xml');
    if (!workbook || !workbookRels || !contentTypes) throw new WorkbookPartsError('not a spreadsheet package');
    return new WorkbookParts(pkg, workbookPath, workbook, workbookRels, contentTypes);
  }

  get workbookDir(): string {
    return this.workbookPath.slice(0, this.workbookPath.lastIndexOf('/') + 1);
  }

  sheets(): SheetEntry[] {
    const relById = new Map(parseRels(this.workbookRels).map((r) => [r.id, r]));
    const wp = rootPrefix(this.workbook, 'workbook');
    return [...this.workbook.matchAll(new RegExp(`<${wp}sheet\\b[^>]*>`, 'g'))].map(([tag]) => {
      const id = /\s(?:\w+:)?id="([^"]*)"/.exec(tag)?.[1] ?? '';
      const rel = relById.get(id);
      return { name: getAttr(tag, 'name') ?? '', part: rel ? resolveTarget(this.workbookDir, rel.target) : '', tag };
    });
  }

  /** The styles part's path, with a relationship and content type added (and `fallback` written) when it has none. */
  stylesPath(): string {
    const rel = parseRels(this.workbookRels).find((r) => r.type === NS.styles);
    if (rel) return resolveTarget(this.workbookDir, rel.target);
    const path = `${this.workbookDir}styles.xml`;
    this.workbookRels = addRel(this.workbookRels, NS.styles, 'styles.xml').xml;
    this.contentTypes = addOverride(this.contentTypes, path, CONTENT_TYPES.styles);
    return path;
  }

  /**
   * Adds a worksheet part holding `xml` as a sheet named `name`, first (later sheets' local names shift with it, and
   * it becomes the sheet shown on opening) or last. Returns the part's path.
   */
  addSheet(name: string, xml: string, at: 'first' | 'last'): string {
    const path = this.pkg.freeName(`${this.workbookDir}worksheets/sheet`, 'xml');
    this.pkg.write(path, xml);
    this.contentTypes = addOverride(this.contentTypes, path, CONTENT_TYPES.worksheet);
    const rel = addRel(this.workbookRels, NS.worksheet, relativeTarget(this.workbookPath, path));
    this.workbookRels = rel.xml;
    const sheets = this.sheets();
    const ns = relPrefix(this.workbook, 'workbook');
    const wp = rootPrefix(ns.xml, 'workbook');
    const sheetId = Math.max(0, ...sheets.map((s) => Number(getAttr(s.tag, 'sheetId') ?? 0))) + 1;
    const tag = `<${wp}sheet name="${escapeXml(name)}" sheetId="${sheetId}" ${ns.prefix}id="${rel.id}"/>`;
    let workbook = ns.xml;
    if (at === 'first') {
      workbook = workbook.replace(new RegExp(`<${wp}sheets>`), `<${wp}sheets>${tag}`);
      // Sheet positions shift by one: names local to a sheet follow it; the new sheet is the one shown on opening.
      workbook = workbook.replace(
        /(\slocalSheetId=")(\d+)"/g,
        (_, head: string, n: string) => `${head}${Number(n) + 1}"`,
      );
      workbook = workbook.replace(new RegExp(`<${wp}workbookView\\b[^>]*>`, 'g'), (view) =>
        removeAttr(removeAttr(view, 'activeTab'), 'firstSheet'),
      );
    } else workbook = workbook.replace(new RegExp(`</${wp}sheets>`), `${tag}</${wp}sheets>`);
    this.workbook = workbook;
    return path;
  }

  /** Writes the workbook part, its relationships and the content types back into the package. */
  save(): void {
    this.pkg.write(this.workbookPath, this.workbook);
    this.pkg.write(relsPathOf(this.workbookPath), this.workbookRels);
    this.pkg.write('[Content_Types].xml', this.contentTypes);
  }
}
