/**
 * Where uploaded reports are written while they are ingested: a folder of this server's own,
 * `<tmp>/tip-atlas-uploads-<uid>/<pid>-<random>/`. A server that is killed cannot remove its copies; the
 * next server to open the folder removes those of every server that is no longer running, and the
 * `tip-atlas-upload-*` folders that earlier versions left in the temporary folder.
 */
import { lstat, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface UploadFolder {
  /** This server's folder. */
  readonly path: string;
  /** Writes `data` as `name` in a folder of its own, runs `use` on its path, then removes it. */
  withFile<T>(name: string, data: Uint8Array, use: (file: string) => Promise<T>): Promise<T>;
  /** Removes this server's folder. */
  close(): Promise<void>;
}

/** Folders of earlier versions (one per upload in the temporary folder) older than this are leftovers. */
const LEGACY_AGE_MS = 60 * 60 * 1000;

/** True while a process with this id runs (EPERM: it runs as another user). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The shared parent folder, made private to this user; refused when someone else made it or can read it. */
async function ownFolder(root: string): Promise<void> {
  await mkdir(root, { mode: 0o700 }).catch((e: NodeJS.ErrnoException) => { if (e.code !== 'EEXIST') throw e; });
  const st = await lstat(root);
  const uid = process.getuid?.();
  if (!st.isDirectory() || (uid !== undefined && st.uid !== uid) || (st.mode & 0o077) !== 0) {
    const found = st.isSymbolicLink() ? 'a symbolic link' : !st.isDirectory() ? 'not a folder' : `owner uid ${st.uid}, mode ${(st.mode & 0o777).toString(8)}`;
    throw new Error(`upload folder ${root}: expected a folder owned by uid ${uid ?? '(this user)'} with mode 700; found ${found}`);
  }
}

/** Removes the folders of servers that no longer run (named `<pid>-…`). */
async function removeDeadServers(root: string): Promise<void> {
  for (const entry of await readdir(root)) {
    const pid = Number(/^(\d+)-/.exec(entry)?.[1]);
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && !running(pid)) await rm(join(root, entry), { recursive: true, force: true });
  }
}

/** Removes this user's `tip-atlas-upload-*` folders of earlier versions, once older than an hour. */
async function removeLegacyFolders(base: string): Promise<void> {
  const uid = process.getuid?.();
  for (const entry of await readdir(base).catch(() => [])) {
    if (!entry.startsWith('tip-atlas-upload-')) continue;
    const st = await lstat(join(base, entry)).catch(() => undefined);
    if (st?.isDirectory() && (uid === undefined || st.uid === uid) && Date.now() - st.mtimeMs > LEGACY_AGE_MS) await rm(join(base, entry), { recursive: true, force: true });
  }
}

/** Opens this server's upload folder, removing what killed servers left behind first. */
export async function openUploadFolder(base: string = tmpdir()): Promise<UploadFolder> {
  const root = join(base, `tip-atlas-uploads-${process.getuid?.() ?? 'user'}`);
  await ownFolder(root);
  await removeDeadServers(root);
  await removeLegacyFolders(base);
  const path = await mkdtemp(join(root, `${process.pid}-`));
  return {
    path,
    async withFile(name, data, use) {
      const dir = await mkdtemp(join(path, 'u-'));
      try {
        const file = join(dir, name);
        await writeFile(file, data, { mode: 0o600 });
        return await use(file);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
    close: () => rm(path, { recursive: true, force: true }),
  };
}
