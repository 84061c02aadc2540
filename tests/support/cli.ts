// Runs the ziping CLI in-process and captures what it prints.
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
