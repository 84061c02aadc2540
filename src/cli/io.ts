// The CLI's only contact with the terminal, injectable so tests run commands in-process.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CLI_MESSAGES, fill } from './messages';

export type CliIo = {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Whether stderr is a terminal (progress bars only then). */
  readonly isTTY: boolean;
};

export const processIo: CliIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  isTTY: process.stderr.isTTY === true,
};

/** A user mistake on the command line: printed as one friendly line, exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** node:util parseArgs with its errors turned into a friendly UsageError (exit 2). */
export function parseCliArgs<T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (err) {
    throw new UsageError(fill(CLI_MESSAGES.badOption, { detail: err instanceof Error ? err.message : String(err) }));
  }
}
