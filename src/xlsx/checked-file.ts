// A checked file as the CLI's FileReport, the page's downloads and the summary workbook all see it.
import type { AnnotatedFinding } from './annotate-model';

export const FILE_UNREADABLE = 'file-unreadable';

/** What `ziping check` and the page report for a file that could not be read: one finding saying why. */
export type UnreadableFile = {
  readonly file: string;
  readonly recognised: false;
  readonly score: { readonly grade: Record<string, never> };
  readonly budget: Record<string, never>;
  readonly findings: readonly AnnotatedFinding[];
};

/** A file that could not be read: one file-unreadable finding saying why, as `ziping check` reports it. */
export function unreadableFile(file: string, reason: string): UnreadableFile {
  return {
    file,
    recognised: false,
    score: { grade: {} },
    budget: {},
    findings: [{ rule: FILE_UNREADABLE, severity: 'error', sheet: '', cells: [], message: reason }],
  };
}
