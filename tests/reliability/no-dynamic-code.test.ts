// Nothing runs that shouldn't: no dynamic code in src/ or the production bundle, no remote scripts but office.js, a strict CSP.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

import { BUILD, ROOT, ensureBuild } from '../e2e/build-once';

const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/** Calls that turn text into code, and the legacy way to inject markup (the bundle must not need 'unsafe-eval'). */
const DYNAMIC_CODE: ReadonlyArray<readonly [string, RegExp]> = [
  ['eval(', /(^|[^\w$.])eval\s*\(/],
  ['new Function', /\bnew\s+Function\s*\(/],
  ['Function("…")', /(^|[^\w$.])Function\s*\(\s*["'`]/],
  ['document.write', /\bdocument\.write(ln)?\s*\(/],
];

/**
 * Known, unreachable occurrences in third-party code, each with the reason it never runs:
 * - `… || Function("return this")()`: the last fallback of the "find the global object" idiom (webpack's runtime,
 *   core-js and lodash inside exceljs's browser build), reached only where globalThis, self and window are all missing:
 *   never in a browser that runs the add-in (and webpack's copy sits in a try/catch);
 * - regenerator-runtime (in exceljs's browser build) assigns itself with Function(…) only when globalThis is missing;
 * - setimmediate (used by jszip) turns a *string* callback into code; jszip only ever passes functions.
 */
const ALLOWED: readonly RegExp[] = [
  /typeof globalThis\s*\?\s*globalThis\.regeneratorRuntime\s*=\s*[\w$]+\s*:\s*Function\(\s*"r"\s*,\s*"regeneratorRuntime = r"\s*\)/g,
  /\|\|\s*(?:new\s+)?Function\(\s*["']return this["']\s*\)\(\)/g,
  /new Function\(\s*""\s*\+\s*[\w$]+\s*\)/g,
];

function filesUnder(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && pattern.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

function offences(files: readonly string[]): string[] {
  const found: string[] = [];
  for (const file of files) {
    const text = ALLOWED.reduce((t, allowed) => t.replace(allowed, '/* allowed */'), readFileSync(file, 'utf8'));
    for (const [name, pattern] of DYNAMIC_CODE) {
      const match = pattern.exec(text);
      if (match)
        found.push(
          `${relative(ROOT, file)}: ${name} near "${text.slice(Math.max(0, match.index - 40), match.index + 40)}"`,
        );
    }
  }
  return found;
}

/** Every directive of a Content-Security-Policy as name -> sources. */
function parseCsp(policy: string): Record<string, string[]> {
  return Object.fromEntries(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name = '', ...sources]) => [name, sources]),
  );
}

// Built from the current sources (rebuilt when build/ is older than src/), so the bundle checked is never stale.
beforeAll(() => ensureBuild(), 600_000);

describe('no dynamic code', () => {
  it('src/ never evaluates text as code or writes markup with document.write', () => {
    expect(offences(filesUnder(join(ROOT, 'src'), /\.(ts|tsx|js|html)$/))).toEqual([]);
  });

  it('the production bundle (build/*.js) does not either', () => {
    const bundles = filesUnder(BUILD, /\.js$/).filter((f) => !f.endsWith('.map'));
    expect(bundles.length).toBeGreaterThan(0);
    expect(offences(bundles)).toEqual([]);
  });

  it('the only remote script any built page loads is office.js from Microsoft', () => {
    const pages = filesUnder(BUILD, /\.html$/);
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) {
      const sources = [...readFileSync(page, 'utf8').matchAll(/<script\b[^>]*\bsrc\s*=\s*["']?([^"'\s>]+)/gi)].map(
        (m) => m[1] ?? '',
      );
      const remote = sources.filter((src) => /^(https?:)?\/\//i.test(src));
      expect(remote.filter((src) => src !== OFFICE_JS)).toEqual([]);
    }
  });
});

describe("the task pane's Content-Security-Policy", () => {
  let csp: Record<string, string[]>;
  beforeAll(() => {
    const html = readFileSync(join(BUILD, 'taskpane.html'), 'utf8');
    const meta = /<meta\b[^>]*http-equiv=["']?Content-Security-Policy["']?[^>]*\bcontent=("([^"]*)"|'([^']*)')/i.exec(
      html,
    );
    csp = parseCsp(meta?.[2] ?? meta?.[3] ?? '');
  });

  it("allows scripts only from the page itself and office.js's host, and never eval", () => {
    const scripts = csp['script-src'] ?? csp['default-src'];
    expect([...(scripts ?? [])].sort()).toEqual(["'self'", 'https://appsforoffice.microsoft.com']);
  });

  it('connects only to its own origin, embeds no plugins and cannot be re-based', () => {
    expect(csp['connect-src']).toEqual(["'self'"]);
    expect(csp['default-src']).toEqual(["'self'"]);
    expect(csp['object-src']).toEqual(["'none'"]);
    expect(csp['base-uri']).toEqual(["'self'"]);
  });
});
