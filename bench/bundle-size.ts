// The task pane's production bundle as a browser loads it: the initial scripts of taskpane.html and the lazy docx chunk.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const ROOT = join(__dirname, '..');
export const BUILD_DIR = join(ROOT, 'build');
const PAGE = join(BUILD_DIR, 'taskpane.html');
const SOURCES = [
  'src/taskpane',
  'src/excel',
  'src/host',
  'src/web',
  'src/xlsx',
  'src/report',
  'src/core',
  'webpack.config.js',
  'package-lock.json',
];

function newestMtime(path: string): number {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return Math.max(info.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

/** Runs the production build when build/ is missing or older than the sources it is built from. */
export function ensureBuild(): { built: boolean } {
  const sourceTime = Math.max(
    ...SOURCES.map((p) => join(ROOT, p))
      .filter(existsSync)
      .map(newestMtime),
  );
  if (existsSync(PAGE) && statSync(PAGE).mtimeMs >= sourceTime) return { built: false };
  execFileSync(process.execPath, [join(ROOT, 'node_modules', 'webpack', 'bin', 'webpack.js'), '--mode', 'production'], {
    cwd: ROOT,
    stdio: 'pipe',
  });
  return { built: true };
}

export type ChunkSize = { readonly file: string; readonly bytes: number; readonly gzip: number };

export type BundleSizes = {
  /** Scripts taskpane.html loads before anything runs. */
  readonly initial: readonly ChunkSize[];
  readonly initialGzip: number;
  /** Script files the page does not reference: chunks loaded on demand. */
  readonly lazy: readonly ChunkSize[];
  /** The lazy chunk(s) holding the docx library. */
  readonly docx: readonly ChunkSize[];
  /** Initial scripts that carry docx (should be none). */
  readonly initialWithDocx: readonly string[];
  /** Whether taskpane.html mentions a docx chunk at all. */
  readonly pageReferencesDocx: boolean;
};

function sizeOf(file: string): ChunkSize {
  const bytes = readFileSync(join(BUILD_DIR, file));
  return { file, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

/** A chunk is docx's when it carries the library's own markers (its OOXML namespace and its Packer). */
function holdsDocx(file: string): boolean {
  const text = readFileSync(join(BUILD_DIR, file), 'utf8');
  return text.includes('schemas.openxmlformats.org/wordprocessingml/2006/main') && /Packer|toBlob/.test(text);
}

export function measureBundle(): BundleSizes {
  const page = readFileSync(PAGE, 'utf8');
  // The production page is minified: attribute values may be unquoted.
  const initialFiles = [...page.matchAll(/<script\b[^>]*?\bsrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)]
    .map((m) => (m[1] ?? m[2] ?? m[3] ?? '').replace(/^\.?\//, ''))
    .filter((f) => f.endsWith('.js') && existsSync(join(BUILD_DIR, f)));
  const allScripts = readdirSync(BUILD_DIR).filter((f) => f.endsWith('.js'));
  const initial = initialFiles.map(sizeOf);
  const lazy = allScripts.filter((f) => !initialFiles.includes(f)).map(sizeOf);
  const docx = lazy.filter((c) => holdsDocx(c.file));
  return {
    initial,
    initialGzip: initial.reduce((sum, c) => sum + c.gzip, 0),
    lazy,
    docx,
    initialWithDocx: initialFiles.filter(holdsDocx),
    pageReferencesDocx: docx.some((c) => page.includes(c.file)) || /docx\.[0-9a-f]*\.?js/.test(page),
  };
}
