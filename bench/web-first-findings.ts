// Time from a click on 打开示例 to performance.mark('ziping:first-findings') (the task pane's first findings) on the
// built offline page, opened from disk (file://) in Chromium as a person would open it.
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { CHROMIUM_PATH, launchChromium } from '../tests/e2e/chromium';

const MARK = 'ziping:first-findings';

/** Loads `page` (a file in build/) fresh `runs` times; each time opens the bundled sample and waits for its findings. */
export async function measureFirstFindings(
  page: string,
  runs: number,
): Promise<{ times: number[] } | { error: string }> {
  if (!existsSync(CHROMIUM_PATH)) return { error: `no ${CHROMIUM_PATH}` };
  const browser = await launchChromium();
  try {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext();
      const tab = await context.newPage();
      await tab.goto(pathToFileURL(page).href);
      const sample = tab.getByRole('button', { name: '打开示例' });
      await sample.waitFor({ timeout: 60_000 });
      const clickedAt = await sample.evaluate((button) => {
        const at = performance.now();
        (button as HTMLButtonElement).click();
        return at;
      });
      const handle = await tab
        .waitForFunction((mark) => performance.getEntriesByName(mark)[0]?.startTime, MARK, { timeout: 60_000 })
        .catch(() => undefined);
      const value = handle ? ((await handle.jsonValue()) as number) : undefined;
      await context.close();
      if (value === undefined) return { error: `no ${MARK} mark within 60 s` };
      times.push(value - clickedAt);
    }
    return { times };
  } finally {
    await browser.close();
  }
}
