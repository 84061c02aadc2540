// Builds the report's .docx as a Blob; docx and the builder load on demand, so webpack gives them their own chunk.
import type { Report } from '../../report/report-model';
import type { ReportDocumentOptions } from '../../report/report-docx';
import { reportBaseName } from '../../report/report-file-name';

export async function exportReportDocx(report: Report, options: ReportDocumentOptions = {}): Promise<Blob> {
  const [{ Packer }, { buildReportDocument }] = await Promise.all([import('docx'), import('../../report/report-docx')]);
  return Packer.toBlob(buildReportDocument(report, options));
}

/** 自评报告-{unit}-{year}.docx, or 项目支出绩效自评情况-{project}-{year}.docx for a project form (as the CLI names it). */
export function reportFileName(report: Report): string {
  return `${reportBaseName(report)}.docx`;
}

/**
 * Excel for Mac's WebView ignores <a download> (office-js issues 2700, 3, 503: WebKit, by design). There the report
 * goes to the default browser instead (Office.context.ui.openBrowserWindow, OpenBrowserWindowApi 1.1): this same
 * page, with the report compressed into the URL's fragment, which browsers never send to a server, builds the .docx
 * there and downloads it. Everywhere else: the download link.
 */
export const EXPORT_FRAGMENT = '#ziping-export=';

type OfficeUi = {
  readonly context?: {
    readonly platform?: unknown;
    readonly requirements?: { isSetSupported(name: string, version?: string): boolean };
    readonly ui?: { openBrowserWindow?(url: string): void };
  };
  readonly PlatformType?: { readonly Mac?: unknown };
};

/** Whether this host needs the browser detour: Excel for Mac with openBrowserWindow. */
export function needsBrowserExport(office: OfficeUi | undefined = globalOffice()): boolean {
  const context = office?.context;
  return (
    context?.platform !== undefined &&
    context.platform === (office?.PlatformType?.Mac ?? 'Mac') &&
    context.requirements?.isSetSupported('OpenBrowserWindowApi', '1.1') === true &&
    typeof context.ui?.openBrowserWindow === 'function'
  );
}

function globalOffice(): OfficeUi | undefined {
  return typeof Office === 'undefined' ? undefined : (Office as unknown as OfficeUi);
}

async function transform(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Response(new Blob([bytes as BlobPart]).stream().pipeThrough(stream));
  return new Uint8Array(await out.arrayBuffer());
}

const toBase64Url = (bytes: Uint8Array) => {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};
const fromBase64Url = (text: string) =>
  Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));

/** This page's address with the report (and its file name) gzip-compressed into the fragment. */
export async function exportUrl(report: Report, fileName: string, base: string): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify({ fileName, report }));
  const packed = await transform(json, new CompressionStream('gzip'));
  return `${base.split('#')[0]}${EXPORT_FRAGMENT}${toBase64Url(packed)}`;
}

/** The report and file name a fragment carries, or undefined for any other address. */
export async function reportFromUrl(url: string): Promise<{ report: Report; fileName: string } | undefined> {
  const at = url.indexOf(EXPORT_FRAGMENT);
  if (at < 0) return undefined;
  const bytes = await transform(fromBase64Url(url.slice(at + EXPORT_FRAGMENT.length)), new DecompressionStream('gzip'));
  return JSON.parse(new TextDecoder().decode(bytes)) as { report: Report; fileName: string };
}

/** Saves the report's .docx: a download, or on Excel for Mac the browser detour. 'browser' when it went there. */
export async function saveReportDocx(
  report: Report,
  fileName: string,
  download: (blob: Blob, fileName: string) => void,
  office: OfficeUi | undefined = globalOffice(),
): Promise<'downloaded' | 'browser'> {
  if (needsBrowserExport(office)) {
    office?.context?.ui?.openBrowserWindow?.(await exportUrl(report, fileName, window.location.href));
    return 'browser';
  }
  download(await exportReportDocx(report), fileName);
  return 'downloaded';
}
