// Notes on marked cells of an annotated copy: appended to a note the cell already has, new ones in the sheet's
// comments part, with the VML shapes Excel draws them with.
import { toA1 } from '../core/grid/a1';
import type { CellPos } from '../core/grid/grid';
import { ANNOTATE_TEXTS } from './annotate-texts';
import {
  addRel,
  escapeXml,
  getAttr,
  insertTopLevel,
  parseRels,
  relativeTarget,
  relsPathOf,
  resolveTarget,
  rootPrefix,
} from './ooxml';
import { addOverride, CONTENT_TYPES, NS, relPrefix, XML_HEAD, type Package } from './xlsx-package';

/** A marked cell and its notes, in finding order. */
export type NotedCell = CellPos & { readonly notes: readonly string[] };

function noteRuns(text: string, p: string): string {
  const [head = '', ...rest] = text.split('\n');
  const run = (t: string, bold: boolean) =>
    `<${p}r><${p}rPr>${bold ? `<${p}b/>` : ''}<${p}sz val="9"/><${p}rFont val="宋体"/><${p}charset val="134"/></${p}rPr><${p}t xml:space="preserve">${escapeXml(t)}</${p}t></${p}r>`;
  return run(head, true) + (rest.length > 0 ? run(`\n${rest.join('\n')}`, false) : '');
}

function vmlShape(id: number, mark: CellPos, lines: number): string {
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

/** Adds notes to a sheet: appended to a note the cell already has, new ones in the sheet's comments part. */
export async function addNotes(
  pkg: Package,
  parts: { contentTypes: string },
  sheetPart: string,
  sheetXml: string,
  marks: readonly NotedCell[],
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
    parts.contentTypes = addOverride(parts.contentTypes, commentsPath, CONTENT_TYPES.comments);
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
      if (!/Extension="vml"/i.test(parts.contentTypes))
        parts.contentTypes = parts.contentTypes.replace(
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
