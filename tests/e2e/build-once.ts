// Builds build/ with webpack's Node API when it is missing or older than the sources, once across parallel test files.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import webpack from 'webpack';
import { serveBuild, type BuildServer } from '../../scripts/serve-build';
import { launchChromium } from './chromium';

export const ROOT = path.resolve(__dirname, '..', '..');
export const BUILD = path.join(ROOT, 'build');
const INPUTS = ['src', 'assets', 'webpack.config.js', 'tsconfig.webpack.json', 'manifest.xml'];
const OUTPUTS = ['taskpane.html', 'index.html'];
const LOCK = path.join(os.tmpdir(), `ziping-build-${Buffer.from(ROOT).toString('hex').slice(-24)}.lock`);

function newestMtime(entry: string): number {
  const stat = fs.statSync(entry, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...fs.readdirSync(entry).map((name) => newestMtime(path.join(entry, name))));
}

function isStale(): boolean {
  const built = Math.min(
    ...OUTPUTS.map((name) => fs.statSync(path.join(BUILD, name), { throwIfNoEntry: false })?.mtimeMs ?? 0),
  );
  return built === 0 || Math.max(...INPUTS.map((name) => newestMtime(path.join(ROOT, name)))) > built;
}

function runWebpack(): Promise<void> {
  const configs = require(path.join(ROOT, 'webpack.config.js'))({}, { mode: 'production' }) as webpack.Configuration[];
  return new Promise((resolve, reject) => {
    webpack(
      configs.map((config) => ({ ...config, context: ROOT })),
      (error, stats) => {
        if (error) reject(error);
        else if (stats?.hasErrors()) reject(new Error(stats.toString('errors-only')));
        else resolve();
      },
    );
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Whether the jest worker that took the lock has died (a build on a loaded machine may take many minutes). */
function lockOwnerDead(): boolean {
  const pid = Number(fs.readFileSync(path.join(LOCK, 'pid'), { encoding: 'utf8', flag: 'a+' }));
  if (!Number.isInteger(pid) || pid <= 0) {
    // Taken a moment ago (the pid not written yet), or by a process that died before writing it.
    const age = Date.now() - (fs.statSync(LOCK, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
    return age > 60_000;
  }
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/** Another jest worker may be building: wait for its lock (a directory, created atomically) to go. */
export async function ensureBuild(): Promise<void> {
  for (;;) {
    try {
      fs.mkdirSync(LOCK);
      fs.writeFileSync(path.join(LOCK, 'pid'), String(process.pid));
      break;
    } catch {
      try {
        if (lockOwnerDead()) fs.rmSync(LOCK, { recursive: true, force: true });
      } catch {
        // The lock went away while it was looked at: try again.
      }
      await sleep(500);
    }
  }
  try {
    if (isStale()) await runWebpack();
  } finally {
    fs.rmSync(LOCK, { recursive: true, force: true });
  }
}

export type BuiltPages = { readonly server: BuildServer; readonly browser: Browser };

/** The production build of the current sources, served on a free port, and a Chromium to open it in. */
export async function openBuiltPages(): Promise<BuiltPages> {
  await ensureBuild();
  const server = await serveBuild({ root: BUILD });
  return { server, browser: await launchChromium() };
}

export async function closeBuiltPages(pages: Partial<BuiltPages>): Promise<void> {
  await pages.browser?.close();
  await pages.server?.close();
}
