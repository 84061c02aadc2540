// A one-line progress bar on stderr, drawn only on a terminal.
import type { CliIo } from './io';

export type Progress = { tick(label: string): void; done(): void };

export function createProgress(io: CliIo, total: number, enabled: boolean): Progress {
  if (!enabled || !io.isTTY || total < 2) return { tick: () => undefined, done: () => undefined };
  let count = 0;
  const width = 24;
  return {
    tick(label) {
      count++;
      const filled = Math.round((count / total) * width);
      const name = label.length > 40 ? `…${label.slice(-39)}` : label;
      io.stderr(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${count}/${total} ${name}\x1b[K`);
    },
    done() {
      io.stderr('\r\x1b[K');
    },
  };
}
