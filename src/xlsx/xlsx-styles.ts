// The styles part of an .xlsx edited in place: new fonts, fills, number formats and cell formats are appended, so no
// existing index moves and every cell keeps the format it had.
import { escapeXml, getAttr, insertTopLevel, rootPrefix, setAttr } from './ooxml';

/** Number formats Excel knows by id without a <numFmt> entry (ECMA-376 18.8.30, the locale-independent ones). */
const BUILT_IN_FORMATS: Readonly<Record<string, number>> = {
  General: 0,
  '0': 1,
  '0.00': 2,
  '#,##0': 3,
  '#,##0.00': 4,
  '0%': 9,
  '0.00%': 10,
  '0.00E+00': 11,
  '@': 49,
};

/** The first id a workbook's own number formats may take. */
const FIRST_CUSTOM_FORMAT = 164;

export class Styles {
  private fills: string[] = [];
  private fonts: string[] = [];
  private xfs: string[] = [];
  private numFmts: string[] = [];
  private borders: string[] = [];
  private readonly fillIds = new Map<string, number>();
  private readonly formatIds = new Map<string, number>();
  private readonly derived = new Map<string, number>();
  private readonly prefix: string;
  private readonly baseXfs: string[];
  private readonly fillCount: number;
  private readonly fontCount: number;
  private readonly numFmtCount: number;
  private readonly borderCount: number;
  private nextFormatId: number;

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
    this.numFmtCount = this.countChildren('numFmts', 'numFmt');
    this.borderCount = this.countChildren('borders', 'border');
    const xfs = this.section('cellXfs');
    this.baseXfs = [...xfs.matchAll(new RegExp(`<${p}xf\\b[^>]*?(?:/>|>[\\s\\S]*?</${p}xf>)`, 'g'))].map((m) => m[0]);
    let maxId = FIRST_CUSTOM_FORMAT - 1;
    for (const [tag] of this.section('numFmts').matchAll(new RegExp(`<${p}numFmt\\b[^>]*>`, 'g'))) {
      const id = Number(getAttr(tag, 'numFmtId') ?? -1);
      const code = getAttr(tag, 'formatCode');
      if (code !== undefined && !this.formatIds.has(code)) this.formatIds.set(code, id);
      maxId = Math.max(maxId, id);
    }
    this.nextFormatId = maxId + 1;
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

  private children(section: string, child: string): string[] {
    const p = this.prefix;
    const pattern = new RegExp(`<${p}${child}\\b[^>]*?(?:/>|>[\\s\\S]*?</${p}${child}>)`, 'g');
    return [...this.section(section).matchAll(pattern)].map((m) => m[0]);
  }

  /**
   * Copies every cell format of another styles part into this one, with the fonts, fills, borders and number formats
   * they use; returns the new index of each of its cell formats (used to insert another workbook's sheets).
   */
  importCellFormats(xml: string): number[] {
    const other = new Styles(xml);
    const p = this.prefix;
    const ours = (element: string) =>
      other.prefix === p ? element : element.replace(/<(\/?)(?:\w+:)?(\w)/g, `<$1${p}$2`);
    const fontBase = this.fontCount + this.fonts.length;
    const fillBase = this.fillCount + this.fills.length;
    const borderBase = this.borderCount + this.borders.length;
    this.fonts.push(...other.children('fonts', 'font').map(ours));
    this.fills.push(...other.children('fills', 'fill').map(ours));
    this.borders.push(...other.children('borders', 'border').map(ours));
    const codes = new Map(
      other
        .children('numFmts', 'numFmt')
        .map((tag) => [Number(getAttr(tag, 'numFmtId') ?? -1), getAttr(tag, 'formatCode') ?? 'General'] as const),
    );
    return other.baseXfs.map((xf) => {
      const start = /^<[^>]*?\/?>/.exec(xf)?.[0] ?? '';
      const offset = (name: string, base: number) => String(base + Number(getAttr(start, name) ?? 0));
      const numFmt = Number(getAttr(start, 'numFmtId') ?? 0);
      const code = codes.get(numFmt);
      let tag = setAttr(start, 'fontId', offset('fontId', fontBase));
      tag = setAttr(tag, 'fillId', offset('fillId', fillBase));
      tag = setAttr(tag, 'borderId', offset('borderId', borderBase));
      tag = setAttr(tag, 'numFmtId', String(code !== undefined ? this.numFmtId(code) : numFmt));
      tag = setAttr(tag, 'xfId', '0');
      return this.addXf(ours(tag + xf.slice(start.length)));
    });
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

  /** The id of a number format code: a built-in one, one the workbook defines, or a new one. */
  private numFmtId(code: string): number {
    const builtIn = BUILT_IN_FORMATS[code];
    if (builtIn !== undefined) return builtIn;
    let id = this.formatIds.get(code);
    if (id === undefined) {
      id = this.nextFormatId++;
      this.numFmts.push(`<${this.prefix}numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
      this.formatIds.set(code, id);
    }
    return id;
  }

  /** A font: its XML body (without the prefix, added here). */
  addFont(body: (p: string) => string): number {
    this.fonts.push(`<${this.prefix}font>${body(this.prefix)}</${this.prefix}font>`);
    return this.fontCount + this.fonts.length - 1;
  }

  private addXf(xf: string): number {
    this.xfs.push(xf);
    return this.baseXfs.length + this.xfs.length - 1;
  }

  /** Cell format `base` with attributes of its start tag replaced; everything else (alignment, protection) kept. */
  private derive(key: string, base: number, attrs: Readonly<Record<string, string>>): number {
    let id = this.derived.get(key);
    if (id === undefined) {
      const original =
        this.baseXfs[base] ?? this.baseXfs[0] ?? `<${this.prefix}xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>`;
      const start = /^<[^>]*?\/?>/.exec(original)?.[0] ?? '';
      const tag = Object.entries(attrs).reduce((t, [name, value]) => setAttr(t, name, value), start);
      id = this.addXf(tag + original.slice(start.length));
      this.derived.set(key, id);
    }
    return id;
  }

  /** Cell format `base` with its fill replaced by `rgb`: font, border, alignment, number format kept. */
  withFill(base: number, rgb: string): number {
    return this.derive(`fill:${base}:${rgb}`, base, { fillId: String(this.fillId(rgb)), applyFill: '1' });
  }

  /** Cell format `base` with its number format replaced by `code`: font, fill, border, alignment kept. */
  withNumFmt(base: number, code: string): number {
    const id = this.numFmtId(code);
    const current = this.baseXfs[base] ?? this.baseXfs[0] ?? '';
    if (Number(getAttr(/^<[^>]*>/.exec(current)?.[0] ?? '', 'numFmtId') ?? 0) === id && base < this.baseXfs.length)
      return base;
    return this.derive(`numFmt:${base}:${code}`, base, { numFmtId: String(id), applyNumberFormat: '1' });
  }

  /** A new cell format with this font and, optionally, a fill, wrapping and centring. */
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

  private appendTo(xml: string, section: string, added: readonly string[], base: number, before: string[]): string {
    if (added.length === 0) return xml;
    const p = this.prefix;
    let open = new RegExp(`<${p}${section}\\b[^>]*?(/?)>`).exec(xml);
    if (!open) {
      xml = insertTopLevel(
        xml,
        xml.indexOf('>', xml.indexOf(`<${p}styleSheet`)) + 1,
        `<${p}${section} count="0"/>`,
        before,
      );
      open = new RegExp(`<${p}${section}\\b[^>]*?(/?)>`).exec(xml);
      if (!open) return xml;
    }
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
    const after = ['cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'];
    let xml = this.xml;
    xml = this.appendTo(xml, 'numFmts', this.numFmts, this.numFmtCount, ['fonts', 'fills', 'borders', ...after]);
    xml = this.appendTo(xml, 'fonts', this.fonts, this.fontCount, ['fills', 'borders', ...after]);
    xml = this.appendTo(xml, 'fills', this.fills, this.fillCount, ['borders', ...after]);
    xml = this.appendTo(xml, 'borders', this.borders, this.borderCount, after);
    xml = this.appendTo(xml, 'cellXfs', this.xfs, this.baseXfs.length, after.slice(2));
    return xml;
  }
}
