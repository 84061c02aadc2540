// Time from page load to performance.mark('ziping:first-findings') in the built preview (the pane checks on open), Chromium.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { CHROMIUM_PATH, launchChromium } from '../tests/e2e/chromium';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.xlsx': 'application/octet-stream',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
};
const MARK = 'ziping:first-findings';

/** Serves `root` over http (a file:// page can't fetch its own assets) and loads `page` fresh `runs` times. */
export async function measureFirstFindings(
  root: string,
  page: string,
  runs: number,
): Promise<{ times: number[] } | { error: string }> {
  if (!existsSync(CHROMIUM_PATH)) return { error: `no ${CHROMIUM_PATH}` };
  const server = createServer((req, res) => {
    const path = normalize(join(root, decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/')));
    if (!path.startsWith(root) || !existsSync(path) || !statSync(path).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
    createReadStream(path).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const browser = await launchChromium();
  try {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext();
      const tab = await context.newPage();
      await tab.goto(`http://127.0.0.1:${port}/${page}`);
      const handle = await tab
        .waitForFunction((mark) => performance.getEntriesByName(mark)[0]?.startTime, MARK, { timeout: 60_000 })
        .catch(() => undefined);
      const value = handle ? ((await handle.jsonValue()) as number) : undefined;
      await context.close();
      if (value === undefined) return { error: `no ${MARK} mark within 60 s` };
      times.push(value);
    }
    return { times };
  } finally {
    await browser.close();
    server.close();
  }
}
