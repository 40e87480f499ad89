/** One `tip-atlas` sub-command. `run` returns the exit status (0 ok, 1 some input failed, 2 usage). */
export interface Command {
  readonly name: string;
  readonly summary: string;
  /** Full help text printed by `tip-atlas NAME --help`. */
  readonly usage: string;
  run(argv: readonly string[], io: CommandIO): Promise<number>;
}

export interface CommandIO {
  readonly stdout: NodeJS.WritableStream & { isTTY?: boolean };
  readonly stderr: NodeJS.WritableStream & { isTTY?: boolean };
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
}

/** A usage error: printed with the command's usage, exit status 2. */
export class UsageError extends Error {
  constructor(readonly command: string, message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
