// The CLI's only contact with the terminal, injectable so tests run commands in-process.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CLI_MESSAGES, fill } from './messages';

export type CliIo = {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Whether stderr is a terminal (progress bars only then). */
  readonly isTTY: boolean;
};

// `ziping check … | head` closes the pipe early: that is the reader being done, not a failure worth a stack trace.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

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
export function parseCliArgs<T extends ParseArgsConfig>(config: T, command = ''): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (err) {
    throw new UsageError(usageMessage(err, command));
  }
}

/** node:util's English parse errors, said in Chinese (the option it names is quoted in its message). */
function usageMessage(err: unknown, command: string): string {
  const code = (err as { code?: string }).code;
  const message = err instanceof Error ? err.message : String(err);
  const option = /'(-{1,2}[^'\s,]+)/.exec(message)?.[1] ?? '';
  const value = /'([^']+)'/.exec(message)?.[1] ?? '';
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return fill(CLI_MESSAGES.unknownOption, { option, command: command || '命令' });
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return fill(/does not take/.test(message) ? CLI_MESSAGES.unexpectedValue : CLI_MESSAGES.missingValue, {
        option,
      });
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return fill(CLI_MESSAGES.unexpectedArgument, { value });
    default:
      return fill(CLI_MESSAGES.badOption, { detail: message });
  }
}
