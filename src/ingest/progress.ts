import type { IngestProgress, IngestSummary } from './ingest.js';

const MB = 1024 * 1024;

/** One progress line: "[#####-----] 512/1100 docs  3.2 MB/s  ETA 4s". */
export function formatProgress(p: IngestProgress, width = 24): string {
  const frac = p.bytesTotal > 0 ? p.bytesDone / p.bytesTotal : p.filesTotal > 0 ? p.filesDone / p.filesTotal : 1;
  const filled = Math.round(frac * width);
  const secs = p.elapsedMs / 1000;
  const rate = secs > 0 ? p.bytesDone / MB / secs : 0;
  const eta = rate > 0 ? Math.max(0, (p.bytesTotal - p.bytesDone) / MB / rate) : undefined;
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${p.filesDone}/${p.filesTotal} files  ${rate.toFixed(1)} MB/s  ETA ${eta === undefined ? '?' : `${Math.ceil(eta)}s`}`;
}

/** The one-line summary printed when stderr is not a terminal, and after the bar when it is. */
export function formatSummary(s: IngestSummary): string {
  const mb = s.bytes / MB;
  return `ingested ${s.files} files: ${s.documents} documents (${s.inserted} new, ${s.replaced} replaced, ${s.unchanged} unchanged` +
    `${s.removed ? `, ${s.removed} removed` : ''}), ${s.claims} claims, ${mb.toFixed(1)} MB in ${(s.elapsedMs / 1000).toFixed(1)}s` +
    `${s.failures.length ? `; ${s.failures.length} failed` : ''}`;
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
