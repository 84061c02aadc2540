// The narrative report as data: sections → paragraphs → runs, every run saying where its text came from.
import type { Finding } from '../core/finding';
import type { CellRef } from '../core/grid/grid';
import type { AmountUnit } from '../core/template/model';

/** Fixed outline text (headings, connecting phrases): written by the product, holds no figure from the workbook. */
export type OutlineRun = { readonly kind: 'outline'; readonly text: string };

/** Text taken verbatim from one cell (报告素材, the unit name). */
export type MaterialRun = { readonly kind: 'material'; readonly text: string; readonly source: CellRef };

/** A sentence the product composed from the workbook; `sources` holds the cell of every number in it. */
export type GeneratedRun = { readonly kind: 'generated'; readonly text: string; readonly sources: readonly CellRef[] };

/** A visible 【待填写：…】 marker where the workbook lacks the text; `at` is the label cell to fill next to, if any. */
export type MissingRun = {
  readonly kind: 'missing';
  readonly text: string;
  readonly field: string;
  readonly at?: CellRef;
};

/**
 * A visible 【待核实：…】 marker right after 报告素材 text that a finding contradicts: it names the figure the tables give.
 * `rule` is the finding's rule id, `at` the material cell to correct.
 */
export type UnverifiedRun = {
  readonly kind: 'unverified';
  readonly text: string;
  readonly rule: string;
  readonly at: CellRef;
};

export type ReportRun = OutlineRun | MaterialRun | GeneratedRun | MissingRun | UnverifiedRun;
export type RunKind = ReportRun['kind'];

/** `draft`: the 草稿 line at the top of a report exported while error findings are open. */
export const PARAGRAPH_ROLES = ['draft', 'attachment', 'title', 'meta', 'body', 'appendix'] as const;
export type ParagraphRole = (typeof PARAGRAPH_ROLES)[number];

export type ReportParagraph = { readonly role: ParagraphRole; readonly runs: readonly ReportRun[] };

export type SectionLevel = 1 | 2;

export type ReportSection = {
  /** Stable id for the UI ("1", "1.4", "appendix"). */
  readonly id: string;
  readonly level: SectionLevel;
  /** The heading exactly as the outline writes it. */
  readonly heading: string;
  readonly paragraphs: readonly ReportParagraph[];
  readonly children: readonly ReportSection[];
};

export type ReportOptions = {
  /** Thousands separators in amounts ("34,474,255.03"); off by default, as the sample report writes them. */
  readonly thousands?: boolean;
  /** Append a 数据来源 section listing the cells of every generated sentence. */
  readonly sourceAppendix?: boolean;
};

/** Present when the workbook still has error findings: the report is a draft, to be confirmed before export. */
export type ReportDraft = {
  /** The open error findings, in the check's order (what the pane and the CLI list before exporting). */
  readonly openErrors: readonly Finding[];
};

export type Report = {
  /** 附件6, the title, 评价年度 / 评价单位 / 填报日期 and the opening paragraph. */
  readonly front: readonly ReportParagraph[];
  readonly sections: readonly ReportSection[];
  readonly appendix?: ReportSection;
  readonly meta: {
    readonly unit?: string;
    readonly year?: number;
    readonly amountUnit: AmountUnit;
    /** Set on a project report (项目支出绩效自评情况): the project's name, when the form gives one. */
    readonly project?: { readonly name?: string; readonly count: number };
  };
  /** Set while error findings are open: the front then starts with a 草稿 paragraph and the .docx header says 草稿. */
  readonly draft?: ReportDraft;
};

export function paragraphText(paragraph: ReportParagraph): string {
  return paragraph.runs.map((run) => run.text).join('');
}

/** Every section in document order (level 1 followed by its level-2 children), the appendix last. */
export function flattenSections(report: Report): ReportSection[] {
  const out: ReportSection[] = [];
  const visit = (section: ReportSection) => {
    out.push(section);
    section.children.forEach(visit);
  };
  report.sections.forEach(visit);
  if (report.appendix) visit(report.appendix);
  return out;
}

/** Every run of the report in document order. */
export function reportRuns(report: Report): ReportRun[] {
  const paragraphs = [...report.front, ...flattenSections(report).flatMap((s) => s.paragraphs)];
  return paragraphs.flatMap((p) => [...p.runs]);
}
