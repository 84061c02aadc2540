// The report as a Word document in the GB/T 9704-2012 layout (党政机关公文格式); building only, packing is the edges' job.
import {
  AlignmentType,
  BuilderElement,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  Document,
  Footer,
  Header,
  HighlightColor,
  LineRuleType,
  PageNumber,
  Paragraph,
  TextRun,
  createStringElement,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';
import { toA1 } from '../core/grid/a1';
import { formatCellRef } from '../core/text/format';
import type { GeneratedRun, ParagraphRole, Report, ReportParagraph, ReportRun, ReportSection } from './report-model';
import { flattenSections, paragraphText } from './report-model';
import { DRAFT, OUTLINE } from './report-text';

export type ReportDocumentOptions = {
  /** Attach the source cells of every generated sentence as a Word comment. */
  readonly sourceComments?: boolean;
  /** Author name written on the comments. */
  readonly commentAuthor?: string;
};

/** 1 mm in twentieths of a point (twips). */
const MM = 1440 / 25.4;
/** A4 and the GB/T 9704 margins in twips, rounded as Word's own dialog rounds them (28 mm = 1588). */
export const PAGE_LAYOUT = {
  width: 11906,
  height: 16838,
  top: 2098,
  bottom: 1984,
  left: 1588,
  right: 1474,
  /** The page number's dash line sits about 7 mm below the text area (GB/T 9704 7.5). */
  footer: Math.round(21 * MM),
  header: Math.round(15 * MM),
} as const;

/** Font names as Word must find them; the East-Asian face is what matters, Latin digits use Times New Roman. */
export const FONTS = {
  body: '仿宋_GB2312',
  heading1: '黑体',
  heading2: '楷体_GB2312',
  title: '方正小标宋简体',
  pageNumber: '宋体',
  latin: 'Times New Roman',
} as const;

/** Faces shipped with every Chinese Windows, used by the theme where the 公文 faces are not installed. */
export const FALLBACK_FONTS = {
  body: '仿宋',
  heading1: '黑体',
  heading2: '楷体',
  title: '宋体',
  pageNumber: '宋体',
} as const;

/**
 * The font table: each 公文 face names the face Word takes where it is not installed (w:altName), and the fallbacks
 * are listed too, with their English names, so a PC without 仿宋_GB2312 / 楷体_GB2312 / 方正小标宋简体 still shows
 * body, 二级标题 and title in three different faces instead of one.
 */
export const FONT_TABLE: readonly { name: string; altName: string; panose1: string; family: string; pitch: string }[] =
  [
    { name: '仿宋_GB2312', altName: '仿宋', panose1: '02010609030101010101', family: 'modern', pitch: 'fixed' },
    { name: '楷体_GB2312', altName: '楷体', panose1: '02010609030101010101', family: 'modern', pitch: 'fixed' },
    { name: '方正小标宋简体', altName: '宋体', panose1: '02000000000000000000', family: 'auto', pitch: 'variable' },
    { name: '仿宋', altName: 'FangSong', panose1: '02010609060101010101', family: 'modern', pitch: 'fixed' },
    { name: '楷体', altName: 'KaiTi', panose1: '02010609060101010101', family: 'modern', pitch: 'fixed' },
    { name: '宋体', altName: 'SimSun', panose1: '02010600030101010101', family: 'auto', pitch: 'variable' },
    { name: '黑体', altName: 'SimHei', panose1: '02010609060101010101', family: 'modern', pitch: 'fixed' },
    {
      name: 'Times New Roman',
      altName: 'Times New Roman',
      panose1: '02020603050405020304',
      family: 'roman',
      pitch: 'variable',
    },
  ];

function fontTableElement(): BuilderElement {
  return new BuilderElement({
    name: 'w:fonts',
    attributes: { w: { key: 'xmlns:w', value: 'http://schemas.openxmlformats.org/wordprocessingml/2006/main' } },
    children: FONT_TABLE.map(
      (font) =>
        new BuilderElement({
          name: 'w:font',
          attributes: { name: { key: 'w:name', value: font.name } },
          children: [
            createStringElement('w:altName', font.altName),
            createStringElement('w:panose1', font.panose1),
            // GB2312 (charset 0x86) for the Chinese faces.
            createStringElement('w:charset', font.name === 'Times New Roman' ? '00' : '86'),
            createStringElement('w:family', font.family),
            createStringElement('w:pitch', font.pitch),
          ],
        }),
    ),
  });
}

/** Sizes in half-points: 三号 16 pt, 二号 22 pt, 四号 14 pt. */
export const SIZES = { body: 32, title: 44, pageNumber: 28 } as const;
/** Exact line pitch 28 pt (22 lines a page), in twips. */
export const LINE_PITCH = 560;
/** Two characters of 三号 (16 pt) in twips. */
const INDENT_TWO_CHARS = 640;

type FontRole = keyof typeof FALLBACK_FONTS;

function fontOf(role: FontRole): NonNullable<IRunOptions['font']> {
  const eastAsia = FONTS[role];
  const latin = role === 'body' ? FONTS.latin : eastAsia;
  return { ascii: latin, hAnsi: latin, cs: latin, eastAsia, hint: 'eastAsia' };
}

const ROLE_FONT: Record<ParagraphRole | 'heading1' | 'heading2', FontRole> = {
  draft: 'heading1',
  attachment: 'heading1',
  title: 'title',
  meta: 'body',
  body: 'body',
  appendix: 'body',
  heading1: 'heading1',
  heading2: 'heading2',
};

const exactSpacing = { line: LINE_PITCH, lineRule: LineRuleType.EXACT, before: 0, after: 0 } as const;
const firstLineIndent = { firstLine: INDENT_TWO_CHARS, firstLineChars: 200 } as const;

type CommentSink = {
  next: number;
  readonly comments: { id: number; author: string; children: Paragraph[] }[];
  readonly author: string;
};

function textRun(text: string, role: FontRole, extra: Partial<IRunOptions> = {}): TextRun {
  return new TextRun({ text, font: fontOf(role), size: role === 'title' ? SIZES.title : SIZES.body, ...extra });
}

function runChildren(run: ReportRun, role: FontRole, sink: CommentSink | undefined): ParagraphChild[] {
  if (run.kind === 'missing' || run.kind === 'unverified')
    return [textRun(run.text, role, { highlight: HighlightColor.YELLOW })];
  if (run.kind !== 'generated' || !sink || run.sources.length === 0) return [textRun(run.text, role)];
  const id = sink.next++;
  sink.comments.push({
    id,
    author: sink.author,
    children: [new Paragraph({ children: [new TextRun(sourcesText(run))] })],
  });
  return [
    new CommentRangeStart(id),
    textRun(run.text, role),
    new CommentRangeEnd(id),
    new TextRun({ children: [new CommentReference(id)] }),
  ];
}

function sourcesText(run: GeneratedRun): string {
  return `来源：${run.sources.map((s) => formatCellRef(s.sheet, toA1(s))).join('、')}`;
}

function paragraphOf(paragraph: ReportParagraph, sink: CommentSink | undefined): Paragraph {
  const role = ROLE_FONT[paragraph.role];
  const children = paragraph.runs.flatMap((run) => runChildren(run, role, sink));
  switch (paragraph.role) {
    case 'draft':
      return new Paragraph({ children, spacing: exactSpacing });
    case 'attachment':
      return new Paragraph({ children, spacing: exactSpacing });
    case 'title':
      // One blank line of the body pitch under the title, as 公文 set it.
      return new Paragraph({
        children,
        alignment: AlignmentType.CENTER,
        spacing: { ...exactSpacing, before: LINE_PITCH, after: LINE_PITCH },
      });
    default:
      // wordWrap: Word's "允许西文在单词中间换行". A long amount (34474255.03元) may then break inside, instead of
      // being pushed whole to the next line and leaving a justified line with its characters spread apart.
      return new Paragraph({
        children,
        alignment: AlignmentType.JUSTIFIED,
        spacing: exactSpacing,
        indent: firstLineIndent,
        wordWrap: true,
      });
  }
}

function headingOf(section: ReportSection): Paragraph {
  const role = section.level === 1 ? 'heading1' : 'heading2';
  return new Paragraph({
    children: [textRun(section.heading, ROLE_FONT[role])],
    spacing: exactSpacing,
    indent: firstLineIndent,
    keepNext: true,
  });
}

/** 草稿 at the top right of every page of a report exported while errors are open. */
function draftHeader(): Header {
  return new Header({
    children: [
      new Paragraph({
        children: [textRun(DRAFT.header, 'heading1')],
        alignment: AlignmentType.RIGHT,
      }),
    ],
  });
}

/** "— 1 —" in 宋体 四号, one character in from the outside edge: right on odd pages, left on even ones. */
function pageNumberFooter(side: 'odd' | 'even'): Footer {
  const run = new TextRun({
    children: ['— ', PageNumber.CURRENT, ' —'],
    font: fontOf('pageNumber'),
    size: SIZES.pageNumber,
  });
  const oneChar = SIZES.pageNumber * 10;
  return new Footer({
    children: [
      new Paragraph({
        children: [run],
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: oneChar } : { left: oneChar },
      }),
    ],
  });
}

export function buildReportDocument(report: Report, options: ReportDocumentOptions = {}): Document {
  const sink: CommentSink | undefined = options.sourceComments
    ? { next: 0, comments: [], author: options.commentAuthor ?? '绩效自评助手' }
    : undefined;
  const children: Paragraph[] = report.front.map((p) => paragraphOf(p, sink));
  for (const section of flattenSections(report)) {
    children.push(headingOf(section));
    for (const paragraph of section.paragraphs) children.push(paragraphOf(paragraph, sink));
  }
  const title = report.front.find((p) => p.role === 'title');
  const document = new Document({
    title: title ? paragraphText(title) : OUTLINE.title,
    creator: '绩效自评助手',
    evenAndOddHeaderAndFooters: true,
    theme: {
      fonts: {
        body: { latin: FONTS.latin, scripts: { Hans: FALLBACK_FONTS.body } },
        headings: { latin: FONTS.latin, scripts: { Hans: FALLBACK_FONTS.heading1 } },
      },
    },
    styles: {
      default: {
        document: {
          run: { font: fontOf('body'), size: SIZES.body },
          paragraph: { spacing: exactSpacing },
        },
      },
    },
    ...(sink ? { comments: { children: sink.comments } } : {}),
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE_LAYOUT.width, height: PAGE_LAYOUT.height },
            margin: {
              top: PAGE_LAYOUT.top,
              bottom: PAGE_LAYOUT.bottom,
              left: PAGE_LAYOUT.left,
              right: PAGE_LAYOUT.right,
              header: PAGE_LAYOUT.header,
              footer: PAGE_LAYOUT.footer,
            },
          },
        },
        footers: { default: pageNumberFooter('odd'), even: pageNumberFooter('even') },
        ...(report.draft ? { headers: { default: draftHeader(), even: draftHeader() } } : {}),
        children,
      },
    ],
  });
  // docx writes a font table only for embedded fonts; the compiler serialises FontTable.View, so it is swapped for one
  // that names the fallbacks (no embedding: the 公文 faces are licensed and installed by the reader).
  (document.FontTable as unknown as { fontTable: BuilderElement }).fontTable = fontTableElement();
  return document;
}
