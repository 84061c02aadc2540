// String-level helpers for editing the XML parts of an .xlsx in place: the parts a copy does not mark stay byte-identical.

/** Escapes text for element content and attribute values; drops characters XML 1.0 cannot hold. */
export function escapeXml(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex -- these control characters are illegal in XML 1.0
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
  );
}

export function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&amp;/g, '&');
}

/** The namespace prefix of a part's root element ("x:" in `<x:worksheet>`), '' when it has none. */
export function rootPrefix(xml: string, root: string): string {
  const match = new RegExp(`<(\\w+:)?${root}[\\s>]`).exec(xml);
  return match?.[1] ?? '';
}

/** The value of an attribute in a start tag, unescaped; undefined when absent. */
export function getAttr(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name.replace(/:/g, '\\:')}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  if (!match) return undefined;
  return unescapeXml(match[1] ?? match[2] ?? '');
}

/** Sets (or adds) an attribute in a start tag, which may be self-closing. */
export function setAttr(tag: string, name: string, value: string): string {
  const pattern = new RegExp(`(\\s${name.replace(/:/g, '\\:')}\\s*=\\s*)(?:"[^"]*"|'[^']*')`);
  const escaped = escapeXml(value);
  if (pattern.test(tag)) return tag.replace(pattern, (_, head: string) => `${head}"${escaped}"`);
  return tag.replace(/\s*(\/?>)$/, (_, end: string) => ` ${name}="${escaped}"${end}`);
}

export function removeAttr(tag: string, name: string): string {
  return tag.replace(new RegExp(`\\s${name.replace(/:/g, '\\:')}\\s*=\\s*(?:"[^"]*"|'[^']*')`), '');
}

/** Resolves a relationship target against the folder of the part that owns the .rels ("xl/", "xl/worksheets/"). */
export function resolveTarget(baseDir: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = (baseDir + target).split('/');
  const out: string[] = [];
  for (const part of parts) {
    if (part === '..') out.pop();
    else if (part !== '.' && part !== '') out.push(part);
  }
  return out.join('/');
}

/** "xl/worksheets/sheet1.xml" -> "xl/worksheets/_rels/sheet1.xml.rels". */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relative target from the folder of `from` to `to` (both zip paths). */
export function relativeTarget(from: string, to: string): string {
  const fromDir = from.split('/').slice(0, -1);
  const toParts = to.split('/');
  let common = 0;
  while (common < fromDir.length && common < toParts.length - 1 && fromDir[common] === toParts[common]) common++;
  return [...fromDir.slice(common).map(() => '..'), ...toParts.slice(common)].join('/');
}

export type Relationship = {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
};

export function parseRels(xml: string | undefined): Relationship[] {
  if (!xml) return [];
  return [...xml.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)].map(([tag]) => ({
    id: getAttr(tag, 'Id') ?? '',
    type: getAttr(tag, 'Type') ?? '',
    target: getAttr(tag, 'Target') ?? '',
    external: getAttr(tag, 'TargetMode') === 'External',
  }));
}

const RELS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** Adds a relationship (creating the .rels part's text when absent) and returns the new text and the id it got. */
export function addRel(xml: string | undefined, type: string, target: string): { xml: string; id: string } {
  const base =
    xml ??
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELS_NS}"></Relationships>`;
  const taken = new Set(parseRels(base).map((r) => r.id));
  let n = taken.size + 1;
  while (taken.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  const prefix = rootPrefix(base, 'Relationships');
  const rel = `<${prefix}Relationship Id="${id}" Type="${type}" Target="${escapeXml(target)}"/>`;
  const close = `</${prefix}Relationships>`;
  const withRel = base.includes(close)
    ? base.replace(close, `${rel}${close}`)
    : base.replace(
        /<(\w+:)?Relationships([^>]*)\/>/,
        (_, p: string | undefined, attrs: string) =>
          `<${p ?? ''}Relationships${attrs}>${rel}</${p ?? ''}Relationships>`,
      );
  return { xml: withRel, id };
}

/**
 * Inserts `child` as a direct child of the root element, before the first of the children named in `before` (local
 * names, in schema order) that the part has, else before the root's end tag. Only the root's own children are looked
 * at: an extLst nested in a conditional format must not be taken for the worksheet's.
 */
export function insertTopLevel(xml: string, from: number, child: string, before: readonly string[]): string {
  const tag = /<(\/?)(?:\w+:)?(\w+)[^>]*?(\/?)>/g;
  tag.lastIndex = from;
  let depth = 0;
  let at = -1;
  for (let m = tag.exec(xml); m; m = tag.exec(xml)) {
    const [, closing, name = '', selfClosing] = m;
    if (closing) {
      if (depth === 0) {
        at = m.index; // the root's end tag
        break;
      }
      depth--;
    } else {
      if (depth === 0 && before.includes(name)) {
        at = m.index;
        break;
      }
      if (!selfClosing) depth++;
    }
  }
  if (at < 0) throw new Error('no place for a child in this part');
  return xml.slice(0, at) + child + xml.slice(at);
}
