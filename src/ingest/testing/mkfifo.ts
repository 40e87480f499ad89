import { execFileSync } from 'node:child_process';

/** Creates a named pipe (Node has no mkfifo); a file that is neither a regular file nor a folder. */
export async function mkfifo(path: string): Promise<void> {
  execFileSync('mkfifo', [path]);
}
