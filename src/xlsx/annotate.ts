// Annotated copy of a checked workbook: marks each finding at its cell (fill by severity, a note) and adds a first sheet
// 检查结果, by editing the .xlsx parts in place, so everything the marks do not touch stays byte for byte as it was.
import JSZip from 'jszip';
import { SEVERITY_RANK, type Finding, type Severity } from '../core/finding';
import { fromA1, qualifiedA1, rangeFromA1, toA1 } from '../core/grid/a1';
import { ruleName } from '../core/rule-names';
import { fillTemplate } from '../core/messages';
import { formatPercent, formatScore } from '../core/text/format';
import { ANNOTATE_TEXTS, SEVERITY_TEXTS } from './annotate-texts';
import {
  addRel,
  escapeXml,
  getAttr,
  insertTopLevel,
  parseRels,
  relativeTarget,
  relsPathOf,
  removeAttr,
  resolveTarget,
  rootPrefix,
  setAttr,
} from './ooxml';

/** One finding as the check reports it (the CLI's FileReport finding): cells are A1, 'Other sheet'!A1 off `sheet`. */
export type AnnotatedFinding = Pick<Finding, 'rule' | 'severity' | 'sheet' | 'cells' | 'message'>;

/** What the check found in one file: the CLI's FileReport has this shape. */
export type CheckedFile = {
  readonly file: string;
  readonly recognised: boolean;
  readonly unit?: string;
  readonly year?: number;
  readonly score: {
    readonly stated?: number;
    readonly recomputed?: number;
    readonly grade: { readonly stated?: string; readonly recomputed?: string };
  };
  readonly budget: { readonly executionRate?: number };
  readonly findings: readonly AnnotatedFinding[];
};

/** Fill colours of marked cells (Excel's own "bad", "neutral" and a light blue). */
export const SEVERITY_FILLS: Readonly<Record<Severity, string>> = {
  error: 'FFFFC7CE',
  warning: 'FFFFEB9C',
  info: 'FFDDEBF7',
};

const NS = {
  main: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  rel: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  officeDocument: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument',
  worksheet: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet',
  styles: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles',
  comments: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments',
  vmlDrawing: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing',
} as const;

const CONTENT_TYPES = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  comments: 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
  vml: 'application/vnd.openxmlformats-officedocument.vmlDrawing',
} as const;

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** A cell to mark: the worst severity of its findings and their notes, in finding order. */
type Mark = { row: number; col: number; severity: Severity; notes: string[] };

/** "H30" on the finding's sheet, or "'Other sheet'!H30". */
function parseCell(finding: AnnotatedFinding, cell: string): { sheet: string; row: number; col: number } | undefined {
  const bang = cell.lastIndexOf('!');
  let sheet = finding.sheet;
  if (bang >= 0) {
    const name = cell.slice(0, bang);
    sheet = name.startsWith("'") && name.endsWith("'") ? name.slice(1, -1).replace(/''/g, "'") : name;
  }
  const pos = fromA1(cell.slice(bang + 1));
  return pos ? { sheet, ...pos } : undefined;
}

function noteText(finding: AnnotatedFinding): string {
  return `${fillTemplate(ANNOTATE_TEXTS.notePrefix, { severity: SEVERITY_TEXTS[finding.severity], rule: ruleName(finding.rule) })}\n${finding.message}`;
}

/** Zip member lookup that ignores case, as OOXML part names do. */
class Package {
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
  paths(): string[] {
    return [...this.names.values()];
  }
  /** A part name not yet in the package: xl/comments1.xml, xl/comments2.xml… */
  freeName(stem: string, ext: string): string {
    for (let n = 1; ; n++) if (!this.has(`${stem}${n}.${ext}`)) return `${stem}${n}.${ext}`;
  }
}

/** The styles part: new fills, fonts and cell formats are appended; existing indexes never move. */
class Styles {
  private fills: string[] = [];
  private fonts: string[] = [];
  private xfs: string[] = [];
  private readonly fillIds = new Map<string, number>();
  private readonly marked = new Map<string, number>();
  private readonly prefix: string;
  private readonly baseXfs: string[];
  private readonly fillCount: number;
  private readonly fontCount: number;

  constructor(private xml: string) {
    this.prefix = rootPrefix(xml, 'styleSheet');
    const p = this.prefix;
    if (!new RegExp(`<${p}fills[\\s>]`).test(xml))
      this.xml = insertTopLevel(
        this.xml,
        this.xml.indexOf('>', this.xml.indexOf(`<${p}styleSheet`)) + 1,
        `<${p}fills count="2"><${p}fill><${p}patternFill patternType="none"/></${p}fill><${p}fill><${p}patternFill patternType="gray125"/></${p}fill></${p}fills>`,
        ['borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'],
      );
    if (!new RegExp(`<${p}cellXfs[\\s>]`).test(this.xml))
      this.xml = insertTopLevel(
        this.xml,
        this.xml.indexOf('>', this.xml.indexOf(`<${p}styleSheet`)) + 1,
        `<${p}cellXfs count="1"><${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></${p}cellXfs>`,
        ['cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'],
      );
    this.fillCount = this.countChildren('fills', 'fill');
    this.fontCount = this.countChildren('fonts', 'font');
    const xfs = this.section('cellXfs');
    this.baseXfs = [...xfs.matchAll(new RegExp(`<${p}xf\\b[^>]*?(?:/>|>[\\s\\S]*?</${p}xf>)`, 'g'))].map((m) => m[0]);
  }

  private section(name: string): string {
    const p = this.prefix;
    const match = new RegExp(`<${p}${name}\\b[^>]*?(?:/>|>([\\s\\S]*?)</${p}${name}>)`).exec(this.xml);
    return match?.[1] ?? '';
  }

  private countChildren(section: string, child: string): number {
    const p = this.prefix;
    return [...this.section(section).matchAll(new RegExp(`<${p}${child}[\\s/>]`, 'g'))].length;
  }

  private fillId(rgb: string): number {
    let id = this.fillIds.get(rgb);
    if (id === undefined) {
      const p = this.prefix;
      id = this.fillCount + this.fills.length;
      this.fills.push(
        `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${rgb}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`,
      );
      this.fillIds.set(rgb, id);
    }
    return id;
  }

  /** A font for the 检查结果 sheet: its XML body (without the prefix, added here). */
  addFont(body: (p: string) => string): number {
    this.fonts.push(`<${this.prefix}font>${body(this.prefix)}</${this.prefix}font>`);
    return this.fontCount + this.fonts.length - 1;
  }

  private addXf(xf: string): number {
    this.xfs.push(xf);
    return this.baseXfs.length + this.xfs.length - 1;
  }

  /** Cell format `base` with its fill replaced by the severity colour: font, border, alignment, number format kept. */
  markedFormat(base: number, severity: Severity): number {
    const key = `${base}:${severity}`;
    let id = this.marked.get(key);
    if (id === undefined) {
      const original =
        this.baseXfs[base] ?? this.baseXfs[0] ?? `<${this.prefix}xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>`;
      const start = /^<[^>]*?\/?>/.exec(original)?.[0] ?? '';
      const tag = setAttr(setAttr(start, 'fillId', String(this.fillId(SEVERITY_FILLS[severity]))), 'applyFill', '1');
      id = this.addXf(tag + original.slice(start.length));
      this.marked.set(key, id);
    }
    return id;
  }

  /** A new cell format for the 检查结果 sheet. */
  plain(font: number, options: { fill?: string; wrap?: boolean; center?: boolean } = {}): number {
    const p = this.prefix;
    const fillId = options.fill ? this.fillId(options.fill) : 0;
    const alignment =
      options.wrap || options.center
        ? `<${p}alignment vertical="top"${options.wrap ? ' wrapText="1"' : ''}${options.center ? ' horizontal="center"' : ''}/>`
        : '';
    const attrs = `numFmtId="0" fontId="${font}" fillId="${fillId}" borderId="0" xfId="0" applyFont="1"${fillId ? ' applyFill="1"' : ''}${alignment ? ' applyAlignment="1"' : ''}`;
    return this.addXf(alignment ? `<${p}xf ${attrs}>${alignment}</${p}xf>` : `<${p}xf ${attrs}/>`);
  }

  private appendTo(xml: string, section: string, added: readonly string[], base: number): string {
    if (added.length === 0) return xml;
    const p = this.prefix;
    const open = new RegExp(`<${p}${section}\\b[^>]*?(/?)>`).exec(xml);
    if (!open) return xml;
    const tag = setAttr(open[0].replace(/\s*\/>$/, '>'), 'count', String(base + added.length));
    const selfClosing = open[1] === '/';
    const closeTag = `</${p}${section}>`;
    if (selfClosing)
      return xml.slice(0, open.index) + tag + added.join('') + closeTag + xml.slice(open.index + open[0].length);
    const close = xml.indexOf(closeTag, open.index);
    return (
      xml.slice(0, open.index) + tag + xml.slice(open.index + open[0].length, close) + added.join('') + xml.slice(close)
    );
  }

  toXml(): string {
    let xml = this.xml;
    xml = this.appendTo(xml, 'fonts', this.fonts, this.fontCount);
    xml = this.appendTo(xml, 'fills', this.fills, this.fillCount);
    xml = this.appendTo(xml, 'cellXfs', this.xfs, this.baseXfs.length);
    return xml;
  }
}

type ColStyle = { min: number; max: number; style: number };

/** Gives each marked cell its marked format, adding cells (and rows) that the sheet does not hold yet. */
function markSheetData(xml: string, marks: readonly Mark[], styles: Styles): string {
  const p = rootPrefix(xml, 'worksheet');
  const cols: ColStyle[] = [...xml.matchAll(new RegExp(`<${p}col\\b[^>]*>`, 'g'))].map(([tag]) => ({
    min: Number(getAttr(tag, 'min') ?? 0),
    max: Number(getAttr(tag, 'max') ?? 0),
    style: Number(getAttr(tag, 'style') ?? 0),
  }));
  const colStyle = (col: number) => cols.find((c) => col + 1 >= c.min && col + 1 <= c.max)?.style ?? 0;
  const byRow = new Map<number, Mark[]>();
  for (const mark of marks) byRow.set(mark.row, [...(byRow.get(mark.row) ?? []), mark]);
  const pending = [...byRow.keys()].sort((a, b) => a - b);

  let open = new RegExp(`<${p}sheetData\\b[^>]*?(/?)>`).exec(xml);
  if (!open) throw new Error('worksheet without sheetData');
  if (open[1] === '/') {
    xml = `${xml.slice(0, open.index)}<${p}sheetData></${p}sheetData>${xml.slice(open.index + open[0].length)}`;
    open = new RegExp(`<${p}sheetData\\b[^>]*?>`).exec(xml);
    if (!open) throw new Error('worksheet without sheetData');
  }
  const start = open.index + open[0].length;
  const end = xml.indexOf(`</${p}sheetData>`, start);
  const body = xml.slice(start, end);

  const newCell = (mark: Mark, base: number) =>
    `<${p}c r="${toA1(mark)}" s="${styles.markedFormat(base, mark.severity)}"/>`;
  const newRow = (row: number) =>
    `<${p}row r="${row + 1}">${(byRow.get(row) ?? [])
      .sort((a, b) => a.col - b.col)
      .map((m) => newCell(m, colStyle(m.col)))
      .join('')}</${p}row>`;

  const rowPattern = new RegExp(`<${p}row\\b[^>]*?(?:/>|>[\\s\\S]*?</${p}row>)`, 'g');
  let out = '';
  let last = 0;
  let implicitRow = -1;
  for (const match of body.matchAll(rowPattern)) {
    const text = match[0];
    const startTag = /^<[^>]*>/.exec(text)?.[0] ?? '';
    const r = getAttr(startTag, 'r');
    const row = r !== undefined ? Number(r) - 1 : implicitRow + 1;
    implicitRow = row;
    out += body.slice(last, match.index);
    last = (match.index ?? 0) + text.length;
    while (pending.length > 0 && (pending[0] ?? 0) < row) out += newRow(pending.shift() ?? 0);
    if (pending[0] !== row) {
      out += text;
      continue;
    }
    pending.shift();
    const rowMarks = [...(byRow.get(row) ?? [])].sort((a, b) => a.col - b.col);
    const rowStyle =
      getAttr(startTag, 'customFormat') === '1' || getAttr(startTag, 'customFormat') === 'true'
        ? Number(getAttr(startTag, 's') ?? 0)
        : undefined;
    const baseFor = (col: number) => rowStyle ?? colStyle(col);
    const selfClosing = startTag.endsWith('/>');
    const inner = selfClosing ? '' : text.slice(startTag.length, text.length - `</${p}row>`.length);
    let cellsOut = '';
    let cellLast = 0;
    let implicitCol = -1;
    const cellPattern = new RegExp(`<${p}c\\b[^>]*?(?:/>|>[\\s\\S]*?</${p}c>)`, 'g');
    for (const cm of inner.matchAll(cellPattern)) {
      const cellText = cm[0];
      const cellTag = /^<[^>]*>/.exec(cellText)?.[0] ?? '';
      const ref = getAttr(cellTag, 'r');
      const col = ref !== undefined ? (fromA1(ref)?.col ?? implicitCol + 1) : implicitCol + 1;
      implicitCol = col;
      cellsOut += inner.slice(cellLast, cm.index);
      cellLast = (cm.index ?? 0) + cellText.length;
      while (rowMarks.length > 0 && (rowMarks[0]?.col ?? 0) < col) {
        const m = rowMarks.shift();
        if (m) cellsOut += newCell(m, baseFor(m.col));
      }
      if (rowMarks[0]?.col === col) {
        const m = rowMarks.shift();
        const base = Number(getAttr(cellTag, 's') ?? 0);
        cellsOut += m
          ? setAttr(cellTag, 's', String(styles.markedFormat(base, m.severity))) + cellText.slice(cellTag.length)
          : cellText;
      } else cellsOut += cellText;
    }
    // Cells go before a row's extLst, if any.
    const tail = inner.slice(cellLast);
    const extAt = tail.search(new RegExp(`<${p}extLst[\\s>]`));
    const rest = rowMarks.map((m) => newCell(m, baseFor(m.col))).join('');
    cellsOut += extAt < 0 ? tail + rest : tail.slice(0, extAt) + rest + tail.slice(extAt);
    // spans is an optional hint of the row's cell range; a mark outside it would make it wrong.
    const newTag = removeAttr(startTag, 'spans').replace(/\s*\/>$/, '>');
    out += `${newTag}${cellsOut}</${p}row>`;
  }
  out += body.slice(last);
  // Rows after the last one the sheet holds (the tail of `out` is whitespace at most).
  out += pending.map(newRow).join('');
  return xml.slice(0, start) + out + xml.slice(end);
}

function relPrefix(xml: string, root: string): { xml: string; prefix: string } {
  const declared = new RegExp(`xmlns:(\\w+)="${NS.rel}"`).exec(xml);
  if (declared?.[1]) return { xml, prefix: `${declared[1]}:` };
  const withNs = xml.replace(new RegExp(`<((?:\\w+:)?${root})\\b`), `<$1 xmlns:r="${NS.rel}"`);
  return { xml: withNs, prefix: 'r:' };
}

function noteRuns(text: string, p: string): string {
  const [head = '', ...rest] = text.split('\n');
  const run = (t: string, bold: boolean) =>
    `<${p}r><${p}rPr>${bold ? `<${p}b/>` : ''}<${p}sz val="9"/><${p}rFont val="宋体"/><${p}charset val="134"/></${p}rPr><${p}t xml:space="preserve">${escapeXml(t)}</${p}t></${p}r>`;
  return run(head, true) + (rest.length > 0 ? run(`\n${rest.join('\n')}`, false) : '');
}

function vmlShape(id: number, mark: Mark, lines: number): string {
  const rows = Math.min(40, Math.max(4, lines));
  return (
    `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:60pt;margin-top:2pt;width:260pt;height:${rows * 12}pt;z-index:${id};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
    '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>' +
    '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
    `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${mark.col + 1}, 15, ${mark.row}, 2, ${mark.col + 5}, 15, ${mark.row + rows}, 2</x:Anchor>` +
    `<x:AutoFill>False</x:AutoFill><x:Row>${mark.row}</x:Row><x:Column>${mark.col}</x:Column></x:ClientData></v:shape>`
  );
}

const VML_SHAPETYPE =
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';

/** Roughly how many lines a note takes at 260pt wide (about 22 CJK characters a line). */
function noteLines(text: string): number {
  return text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(line.length / 22)), 0) + 1;
}

type SheetEntry = { name: string; part: string; tag: string };

/** Adds notes to a sheet: appended to a note the cell already has, new ones in the sheet's comments part. */
async function addNotes(
  pkg: Package,
  contentTypes: { xml: string },
  sheetPart: string,
  sheetXml: string,
  marks: readonly Mark[],
  vmlBlock: () => number,
): Promise<string> {
  const relsPath = relsPathOf(sheetPart);
  let rels = await pkg.read(relsPath);
  const sheetDir = sheetPart.slice(0, sheetPart.lastIndexOf('/') + 1);
  const commentsRel = parseRels(rels).find((r) => r.type === NS.comments && !r.external);
  const texts = new Map(marks.map((m) => [toA1(m), m.notes.join('\n\n')]));

  let commentsPath: string;
  let comments: string;
  if (commentsRel) {
    commentsPath = resolveTarget(sheetDir, commentsRel.target);
    comments = (await pkg.read(commentsPath)) ?? '';
  } else {
    commentsPath = pkg.freeName('xl/comments', 'xml');
    comments = `${XML_HEAD}<comments xmlns="${NS.main}"><authors></authors><commentList></commentList></comments>`;
    const added = addRel(rels, NS.comments, relativeTarget(sheetPart, commentsPath));
    rels = added.xml;
    contentTypes.xml = addOverride(contentTypes.xml, commentsPath, CONTENT_TYPES.comments);
  }
  const p = rootPrefix(comments, 'comments');
  // Our author, reused when a previous annotation added it.
  const authors = [...comments.matchAll(new RegExp(`<${p}author>([\\s\\S]*?)</${p}author>`, 'g'))].map((m) => m[1]);
  let authorId = authors.indexOf(escapeXml(ANNOTATE_TEXTS.noteAuthor));
  if (authorId < 0) {
    authorId = authors.length;
    const author = `<${p}author>${escapeXml(ANNOTATE_TEXTS.noteAuthor)}</${p}author>`;
    comments = /<(\w+:)?authors\s*\/>/.test(comments)
      ? comments.replace(/<(\w+:)?authors\s*\/>/, `<${p}authors>${author}</${p}authors>`)
      : comments.replace(`</${p}authors>`, `${author}</${p}authors>`);
  }
  const existing = new Set<string>();
  comments = comments.replace(
    new RegExp(`<${p}comment\\b[^>]*>([\\s\\S]*?)</${p}comment>`, 'g'),
    (whole: string, inner: string) => {
      const ref = (getAttr(whole.slice(0, whole.indexOf('>') + 1), 'ref') ?? '').toUpperCase();
      const text = texts.get(ref);
      if (text === undefined) return whole;
      existing.add(ref);
      // A plain <text><t>…</t></text> becomes a run, so the appended runs follow a run.
      let body = inner.replace(
        new RegExp(`^(\\s*<${p}text>\\s*)(<${p}t\\b[^>]*>[\\s\\S]*?</${p}t>)`),
        (_, head: string, t: string) => `${head}<${p}r>${t}</${p}r>`,
      );
      body = body.replace(`</${p}text>`, `${noteRuns(`\n\n${text}`, p)}</${p}text>`);
      return whole.replace(inner, body);
    },
  );
  const fresh = marks.filter((m) => !existing.has(toA1(m)));
  const list = fresh
    .map(
      (m) =>
        `<${p}comment ref="${toA1(m)}" authorId="${authorId}"><${p}text>${noteRuns(texts.get(toA1(m)) ?? '', p)}</${p}text></${p}comment>`,
    )
    .join('');
  comments = /<(\w+:)?commentList\s*\/>/.test(comments)
    ? comments.replace(/<(\w+:)?commentList\s*\/>/, `<${p}commentList>${list}</${p}commentList>`)
    : comments.replace(`</${p}commentList>`, `${list}</${p}commentList>`);
  pkg.write(commentsPath, comments);

  // The shapes Excel draws the new notes with, in the sheet's VML drawing (a new one when it has none).
  if (fresh.length > 0) {
    const legacy = new RegExp(`<(\\w+:)?legacyDrawing\\b[^>]*>`).exec(sheetXml);
    const legacyId = legacy ? (/\s(?:\w+:)?id="([^"]*)"/.exec(legacy[0])?.[1] ?? '') : '';
    const legacyRel = parseRels(rels).find((r) => r.id === legacyId);
    let vmlPath: string;
    let vml: string;
    let nextId: number;
    if (legacyRel) {
      vmlPath = resolveTarget(sheetDir, legacyRel.target);
      vml = (await pkg.read(vmlPath)) ?? '';
      nextId = Math.max(1024, ...[...vml.matchAll(/_x0000_s(\d+)/g)].map((m) => Number(m[1]))) + 1;
      if (!vml.includes('_x0000_t202')) vml = vml.replace(/<\/xml>\s*$/, `${VML_SHAPETYPE}</xml>`);
    } else {
      const block = vmlBlock();
      vmlPath = pkg.freeName('xl/drawings/vmlDrawing', 'vml');
      vml =
        '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
        `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${block}"/></o:shapelayout>${VML_SHAPETYPE}</xml>`;
      nextId = block * 1024 + 1;
      const added = addRel(rels, NS.vmlDrawing, relativeTarget(sheetPart, vmlPath));
      rels = added.xml;
      if (!/Extension="vml"/i.test(contentTypes.xml))
        contentTypes.xml = contentTypes.xml.replace(
          /<(\w+:)?Types\b[^>]*>/,
          (tag) => `${tag}<Default Extension="vml" ContentType="${CONTENT_TYPES.vml}"/>`,
        );
      const ns = relPrefix(sheetXml, 'worksheet');
      const wp = rootPrefix(ns.xml, 'worksheet');
      const afterData = ns.xml.search(new RegExp(`</${wp}sheetData>|<${wp}sheetData\\b[^>]*/>`));
      const from = ns.xml.indexOf('>', afterData) + 1;
      sheetXml = insertTopLevel(ns.xml, from, `<${wp}legacyDrawing ${ns.prefix}id="${added.id}"/>`, [
        'legacyDrawingHF',
        'drawingHF',
        'picture',
        'oleObjects',
        'controls',
        'webPublishItems',
        'tableParts',
        'extLst',
      ]);
    }
    const shapes = fresh.map((m, i) => vmlShape(nextId + i, m, noteLines(texts.get(toA1(m)) ?? ''))).join('');
    pkg.write(vmlPath, vml.replace(/<\/xml>\s*$/, `${shapes}</xml>`));
  }
  if (rels !== undefined) pkg.write(relsPath, rels);
  return sheetXml;
}

function addOverride(xml: string, part: string, type: string): string {
  const p = rootPrefix(xml, 'Types');
  return xml.replace(
    `</${p}Types>`,
    `<${p}Override PartName="/${escapeXml(part)}" ContentType="${type}"/></${p}Types>`,
  );
}

/** The cells of the 检查结果 sheet, row by row: a string, a number, or a string with a cell format. */
type SummaryCell = { text?: string; number?: number; style?: number; link?: string } | undefined;

function summaryRows(
  checked: CheckedFile,
  style: {
    title: number;
    label: number;
    header: number;
    wrap: number;
    link: number;
    severity: Record<Severity, number>;
  },
): { rows: SummaryCell[][]; headerRow: number } {
  const T = ANNOTATE_TEXTS;
  const score = (v: number | undefined): SummaryCell => (v === undefined ? { text: '—' } : { text: formatScore(v) });
  const name = checked.file.split(/[\\/]/).pop() ?? checked.file;
  const count = (s: Severity) => checked.findings.filter((f) => f.severity === s).length;
  const rows: SummaryCell[][] = [
    [{ text: fillTemplate(T.title, { file: name }), style: style.title }],
    [{ text: T.legend }],
    [],
    [{ text: T.unit, style: style.label }, { text: checked.recognised ? (checked.unit ?? '—') : T.notRecognised }],
    [{ text: T.year, style: style.label }, checked.year !== undefined ? { number: checked.year } : { text: '—' }],
    [
      { text: T.item, style: style.header },
      { text: T.stated, style: style.header },
      { text: T.recomputed, style: style.header },
    ],
    [{ text: T.score, style: style.label }, score(checked.score.stated), score(checked.score.recomputed)],
    [
      { text: T.grade, style: style.label },
      { text: checked.score.grade.stated ?? '—' },
      { text: checked.score.grade.recomputed ?? '—' },
    ],
    [
      { text: T.executionRate, style: style.label },
      undefined,
      { text: checked.budget.executionRate !== undefined ? formatPercent(checked.budget.executionRate) : '—' },
    ],
    [
      { text: T.counts, style: style.label },
      {
        text:
          checked.findings.length === 0
            ? T.noFindings
            : fillTemplate(T.countsValue, { errors: count('error'), warnings: count('warning'), infos: count('info') }),
      },
    ],
    [],
  ];
  const headerRow = rows.length;
  rows.push(T.headers.map((text) => ({ text, style: style.header })));
  checked.findings.forEach((f, i) => {
    const first = f.cells[0] ? parseCell(f, f.cells[0]) : undefined;
    const where =
      f.cells.length === 0
        ? T.wholeFile
        : f.cells
            .slice(0, 2)
            .map((c) => parseCell(f, c))
            .map((at) => (at ? `${at.sheet}!${toA1(at)}` : ''))
            .join('、') + (f.cells.length > 2 ? fillTemplate(T.moreCells, { count: f.cells.length }) : '');
    rows.push([
      { number: i + 1, style: style.wrap },
      { text: SEVERITY_TEXTS[f.severity], style: style.severity[f.severity] },
      { text: ruleName(f.rule), style: style.wrap },
      first
        ? { text: where, style: style.link, link: qualifiedA1(first.sheet, first) }
        : { text: where, style: style.wrap },
      { text: f.message, style: style.wrap },
    ]);
  });
  return { rows, headerRow };
}

const SUMMARY_WIDTHS = [12, 12, 20, 30, 90];

/** Width in Excel's character units: a CJK character takes two. */
function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text)
    w += /[\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2.1 : 1.1;
  return w;
}

function summarySheetXml(rows: readonly SummaryCell[][], headerRow: number): string {
  const links: string[] = [];
  const data = rows
    .map((cells, r) => {
      const body = cells
        .map((cell, c) => {
          if (!cell) return '';
          const ref = toA1({ row: r, col: c });
          const s = cell.style !== undefined ? ` s="${cell.style}"` : '';
          if (cell.link)
            links.push(
              `<hyperlink ref="${ref}" location="${escapeXml(cell.link)}" display="${escapeXml(cell.text ?? '')}"/>`,
            );
          if (cell.number !== undefined) return `<c r="${ref}"${s}><v>${cell.number}</v></c>`;
          // Inline strings are text, never formulas, whatever they start with (a file name like "=cmd|…").
          return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeXml(cell.text ?? '')}</t></is></c>`;
        })
        .join('');
      // Wrapped text needs its height set: LibreOffice keeps the default height of a row without one.
      const lines = Math.max(
        1,
        ...cells.map((cell, c) =>
          cell?.text && cell.style !== undefined && c >= 2
            ? Math.ceil(displayWidth(cell.text) / (SUMMARY_WIDTHS[c] ?? 10))
            : 1,
        ),
      );
      return lines > 1
        ? `<row r="${r + 1}" ht="${lines * 15}" customHeight="1">${body}</row>`
        : `<row r="${r + 1}">${body}</row>`;
    })
    .join('');
  const last = Math.max(headerRow + 1, rows.length);
  return (
    `${XML_HEAD}<worksheet xmlns="${NS.main}" xmlns:r="${NS.rel}">` +
    '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' +
    `<dimension ref="A1:E${last}"/>` +
    `<sheetViews><sheetView tabSelected="1" workbookViewId="0"><pane ySplit="${headerRow + 1}" topLeftCell="A${headerRow + 2}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A${headerRow + 2}" sqref="A${headerRow + 2}"/></sheetView></sheetViews>` +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    `<cols>${SUMMARY_WIDTHS.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>` +
    `<sheetData>${data}</sheetData>` +
    `<autoFilter ref="A${headerRow + 1}:E${last}"/>` +
    (links.length > 0 ? `<hyperlinks>${links.join('')}</hyperlinks>` : '') +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>' +
    '</worksheet>'
  );
}

/** A sheet name the workbook does not use yet: 检查结果, 检查结果(2)… (an annotated copy can be annotated again). */
function freeSheetName(taken: readonly string[]): string {
  const lower = new Set(taken.map((n) => n.toLowerCase()));
  const base = ANNOTATE_TEXTS.sheetName;
  if (!lower.has(base)) return base;
  for (let n = 2; ; n++) if (!lower.has(`${base}(${n})`)) return `${base}(${n})`;
}

export class AnnotateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AnnotateError';
  }
}

/**
 * The annotated copy of `bytes` (an .xlsx the check has read): every finding's cells filled by severity with a note
 * (appended to a note already there), and a first sheet 检查结果. Every other part of the package is left as it was.
 */
export async function annotateWorkbook(bytes: Uint8Array, checked: CheckedFile): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const pkg = new Package(zip);
  const rootRels = parseRels(await pkg.read('_rels/.rels'));
  const workbookPath = resolveTarget(
    '',
    rootRels.find((r) => r.type === NS.officeDocument)?.target ?? 'xl/workbook.xml',
  );
  const workbookDir = workbookPath.slice(0, workbookPath.lastIndexOf('/') + 1);
  let workbook = await pkg.read(workbookPath);
  let workbookRels = await pkg.read(relsPathOf(workbookPath));
  const contentTypes = { xml: (await pkg.read('[Content_Types].xml')) ?? '' };
  if (!workbook || !workbookRels || !contentTypes.xml) throw new AnnotateError('not a spreadsheet package');
  const relById = new Map(parseRels(workbookRels).map((r) => [r.id, r]));
  const wp = rootPrefix(workbook, 'workbook');
  const sheets: SheetEntry[] = [...workbook.matchAll(new RegExp(`<${wp}sheet\\b[^>]*>`, 'g'))].map(([tag]) => {
    const id = /\s(?:\w+:)?id="([^"]*)"/.exec(tag)?.[1] ?? '';
    const rel = relById.get(id);
    return { name: getAttr(tag, 'name') ?? '', part: rel ? resolveTarget(workbookDir, rel.target) : '', tag };
  });

  // Styles (created when a package has none: then every cell's format is the default one).
  let stylesRel = parseRels(workbookRels).find((r) => r.type === NS.styles);
  let stylesPath: string;
  if (stylesRel) stylesPath = resolveTarget(workbookDir, stylesRel.target);
  else {
    stylesPath = `${workbookDir}styles.xml`;
    const added = addRel(workbookRels, NS.styles, 'styles.xml');
    workbookRels = added.xml;
    stylesRel = { id: added.id, type: NS.styles, target: 'styles.xml', external: false };
    contentTypes.xml = addOverride(contentTypes.xml, stylesPath, CONTENT_TYPES.styles);
  }
  const styles = new Styles(
    (await pkg.read(stylesPath)) ??
      `${XML_HEAD}<styleSheet xmlns="${NS.main}"><fonts count="1"><font><sz val="11"/><name val="宋体"/></font></fonts><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellXfs></styleSheet>`,
  );

  // Marks by sheet, each on a merged range's first cell (the one Excel formats and notes for the whole range).
  const marks = new Map<string, Map<string, Mark>>();
  const sheetXmls = new Map<string, string>();
  for (const sheet of sheets) if (sheet.part) sheetXmls.set(sheet.name, (await pkg.read(sheet.part)) ?? '');
  const mergesOf = (xml: string) =>
    [...xml.matchAll(/<(?:\w+:)?mergeCell\b[^>]*>/g)]
      .map(([tag]) => rangeFromA1(getAttr(tag, 'ref') ?? ''))
      .filter((r) => r !== undefined);
  const merges = new Map([...sheetXmls].map(([name, xml]) => [name, mergesOf(xml)]));
  for (const finding of checked.findings) {
    for (const cell of finding.cells) {
      const at = parseCell(finding, cell);
      if (!at || !sheetXmls.get(at.sheet)) continue;
      const merge = merges
        .get(at.sheet)
        ?.find((m) => at.row >= m.top && at.row <= m.bottom && at.col >= m.left && at.col <= m.right);
      const row = merge ? merge.top : at.row;
      const col = merge ? merge.left : at.col;
      const sheetMarks = marks.get(at.sheet) ?? new Map<string, Mark>();
      marks.set(at.sheet, sheetMarks);
      const key = `${row}:${col}`;
      const mark = sheetMarks.get(key) ?? { row, col, severity: finding.severity, notes: [] };
      if (SEVERITY_RANK[finding.severity] < SEVERITY_RANK[mark.severity]) mark.severity = finding.severity;
      const note = noteText(finding);
      if (!mark.notes.includes(note)) mark.notes.push(note);
      sheetMarks.set(key, mark);
    }
  }

  // VML drawing blocks (o:idmap data) already used, so new drawings take fresh shape ids.
  const usedBlocks = new Set<number>();
  for (const path of pkg.paths().filter((p) => /\.vml$/i.test(p)))
    for (const m of ((await pkg.read(path)) ?? '').matchAll(/<o:idmap\b[^>]*data="([^"]*)"/g))
      for (const n of (m[1] ?? '').split(',')) usedBlocks.add(Number(n));
  const vmlBlock = () => {
    let n = 1;
    while (usedBlocks.has(n)) n++;
    usedBlocks.add(n);
    return n;
  };

  for (const sheet of sheets) {
    const original = sheetXmls.get(sheet.name);
    if (original === undefined) continue;
    let xml = original;
    const sheetMarks = [...(marks.get(sheet.name)?.values() ?? [])];
    if (sheetMarks.length > 0) {
      xml = markSheetData(xml, sheetMarks, styles);
      xml = await addNotes(pkg, contentTypes, sheet.part, xml, sheetMarks, vmlBlock);
    }
    // 检查结果 becomes the one selected sheet: another sheet left selected would group the tabs in Excel.
    xml = xml.replace(/(<(?:\w+:)?sheetView\b[^>]*?)\s+tabSelected="(?:1|true)"/g, '$1');
    if (xml !== original) pkg.write(sheet.part, xml);
  }

  // The 检查结果 sheet.
  const boldFont = styles.addFont((p) => `<${p}b/><${p}sz val="11"/><${p}name val="宋体"/><${p}charset val="134"/>`);
  const titleFont = styles.addFont((p) => `<${p}b/><${p}sz val="14"/><${p}name val="宋体"/><${p}charset val="134"/>`);
  const plainFont = styles.addFont((p) => `<${p}sz val="11"/><${p}name val="宋体"/><${p}charset val="134"/>`);
  const linkFont = styles.addFont(
    (p) => `<${p}u/><${p}sz val="11"/><${p}color rgb="FF0563C1"/><${p}name val="宋体"/><${p}charset val="134"/>`,
  );
  const { rows, headerRow } = summaryRows(checked, {
    title: styles.plain(titleFont),
    label: styles.plain(boldFont),
    header: styles.plain(boldFont, { fill: 'FFD9D9D9', center: true }),
    wrap: styles.plain(plainFont, { wrap: true }),
    link: styles.plain(linkFont, { wrap: true }),
    severity: {
      error: styles.plain(plainFont, { fill: SEVERITY_FILLS.error, center: true }),
      warning: styles.plain(plainFont, { fill: SEVERITY_FILLS.warning, center: true }),
      info: styles.plain(plainFont, { fill: SEVERITY_FILLS.info, center: true }),
    },
  });
  const summaryPath = pkg.freeName(`${workbookDir}worksheets/sheet`, 'xml');
  pkg.write(summaryPath, summarySheetXml(rows, headerRow));
  pkg.write(stylesPath, styles.toXml());
  contentTypes.xml = addOverride(contentTypes.xml, summaryPath, CONTENT_TYPES.worksheet);
  const rel = addRel(workbookRels, NS.worksheet, relativeTarget(workbookPath, summaryPath));
  workbookRels = rel.xml;

  const ns = relPrefix(workbook, 'workbook');
  workbook = ns.xml;
  const sheetId = Math.max(0, ...sheets.map((s) => Number(getAttr(s.tag, 'sheetId') ?? 0))) + 1;
  const name = freeSheetName(sheets.map((s) => s.name));
  workbook = workbook.replace(
    new RegExp(`<${wp}sheets>`),
    `<${wp}sheets><${wp}sheet name="${escapeXml(name)}" sheetId="${sheetId}" ${ns.prefix}id="${rel.id}"/>`,
  );
  // Sheet positions shift by one: names local to a sheet follow it; the new sheet is the one shown on opening.
  workbook = workbook.replace(/(\slocalSheetId=")(\d+)"/g, (_, head: string, n: string) => `${head}${Number(n) + 1}"`);
  workbook = workbook.replace(new RegExp(`<${wp}workbookView\\b[^>]*>`, 'g'), (tag) =>
    removeAttr(removeAttr(tag, 'activeTab'), 'firstSheet'),
  );
  pkg.write(workbookPath, workbook);
  pkg.write(relsPathOf(workbookPath), workbookRels);
  pkg.write('[Content_Types].xml', contentTypes.xml);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
