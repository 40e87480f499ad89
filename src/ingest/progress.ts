import type { IngestProgress, IngestSummary } from './ingest.js';

const MB = 1024 * 1024;

/** One progress line: "[#####-----] 512/1100 docs  3.2 MB/s  ETA 4s". */
export function formatProgress(p: IngestProgress, width = 24): string {
  const frac = p.bytesTotal > 0 ? p.bytesDone / p.bytesTotal : p.filesTotal > 0 ? p.filesDone / p.filesTotal : 1;
  const filled = Math.round(frac * width);
  const secs = p.elapsedMs / 1000;
  const rate = secs > 0 ? p.bytesDone / MB / secs : 0;
  const eta = rate > 0 ? Math.max(0, (p.bytesTotal - p.bytesDone) / MB / rate) : undefined;
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${p.filesDone}/${p.filesTotal} files  ${rate.toFixed(rate >= 10 ? 0 : rate >= 1 ? 1 : 2)} MB/s  ETA ${eta === undefined ? '?' : `${Math.ceil(eta)}s`}`;
}

/** The summary printed when stderr is not a terminal, and after the bar when it is: one line, then skipped and flagged files. */
export function formatSummary(s: IngestSummary): string {
  const mb = s.bytes / MB;
  const line = `ingested ${s.files} files: ${s.documents} documents (${s.inserted} new, ${s.replaced} replaced, ${s.unchanged} unchanged` +
    `${s.removed ? `, ${s.removed} removed` : ''}), ${s.claims} claims, ${mb.toFixed(1)} MB in ${(s.elapsedMs / 1000).toFixed(1)}s` +
    `${s.failures.length ? `; ${s.failures.length} failed` : ''}`;
  return [line, skippedLine(s.skipped), flaggedLine(s.flagged)].filter((l) => l !== '').join('\n');
}

/** "skipped 3 files: PROVENANCE.md, README.md (named like project files), drafts/x.txt (--exclude)", paths as found under the folders given. */
function skippedLine(skipped: IngestSummary['skipped']): string {
  if (skipped.length === 0) return '';
  const names = (ruleId: string) => skipped.filter((k) => k.ruleId === ruleId).map((k) => k.path);
  const groups = [[names('input:project-file'), 'named like project files'], [names('input:excluded'), '--exclude']] as const;
  const common = commonFolder(skipped.map((k) => k.path));
  const listed = groups.filter(([paths]) => paths.length > 0).map(([paths, why]) => `${shortList(paths, common)} (${why})`);
  return `skipped ${skipped.length} ${skipped.length === 1 ? 'file' : 'files'}: ${listed.join(', ')} (--json lists them all)`;
}

function flaggedLine(flagged: IngestSummary['flagged']): string {
  if (flagged.length === 0) return '';
  return `${flagged.length} ${flagged.length === 1 ? 'document' : 'documents'} stored with no subject country (country unknown): ${shortList(flagged.map((f) => f.path))}`;
}

/** Up to 5 paths, the rest counted; each without the folder `common` they share. */
function shortList(paths: readonly string[], common = commonFolder(paths)): string {
  const shown = paths.slice(0, 5).map((p) => p.slice(common.length));
  return shown.join(', ') + (paths.length > 5 ? ` and ${paths.length - 5} more` : '');
}

function commonFolder(paths: readonly string[]): string {
  if (paths.length < 2) return paths.length === 1 ? paths[0].slice(0, paths[0].lastIndexOf('/') + 1) : '';
  let prefix = paths[0];
  for (const p of paths) while (!p.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix.slice(0, prefix.lastIndexOf('/') + 1);
}

/** A progress bar on a terminal stream, redrawn at most every `intervalMs`. */
export function progressBar(stream: NodeJS.WritableStream, intervalMs = 100): { update(p: IngestProgress): void; done(): void } {
  let last = 0;
  let drawn = false;
  return {
    update(p) {
      const now = Date.now();
      if (now - last < intervalMs && p.filesDone < p.filesTotal) return;
      last = now;
      drawn = true;
      stream.write(`\r${formatProgress(p)}\x1b[K`);
    },
    done() {
      if (drawn) stream.write('\r\x1b[K');
    },
  };
}
