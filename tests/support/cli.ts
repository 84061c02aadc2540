// Runs the ziping CLI in-process and captures what it prints.
import type { CliIo } from '../../src/cli/io';
import { main } from '../../src/cli/main';

export type CliRun = { code: number; stdout: string; stderr: string };

export async function runCli(args: string[], options: { isTTY?: boolean } = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
    isTTY: options.isTTY ?? false,
  });
  return { code, stdout, stderr };
}

/** An io that keeps what the CLI prints, for tests that call main() themselves. */
export function captureIo(): CliIo & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    isTTY: false,
    stdout: (s: string) => void (io.out += s),
    stderr: (s: string) => void (io.err += s),
  };
  return io;
}
