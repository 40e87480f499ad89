import type { Store } from '../store/store.js';

export interface RevisionCacheLimits {
  /** Answers kept at most (default: no count limit). */
  readonly maxEntries?: number;
  /** Bytes kept at most, by `sizeOf` of each answer. */
  readonly maxBytes: number;
  /** Keep the newest answer even past the limits (views); else an answer larger than `maxBytes` is served, not kept (exports). */
  readonly keepNewest: boolean;
}

/**
 * Answers by request key, valid while the store's revision (documents stored, replaced, removed, by any
 * process) is unchanged: concurrent and repeated requests for one key share one making, and a repeated
 * answer costs one revision query. Least recently used answers go first past the limits. The one cache
 * behind the API's views and its exports.
 */
export class RevisionCache<T> {
  readonly #entries = new Map<string, { readonly value: Promise<T>; bytes: number }>();
  #revision: string | undefined;
  #bytes = 0;

  constructor(private readonly store: Store, private readonly limits: RevisionCacheLimits, private readonly sizeOf: (value: T) => number) {}

  /** The answer for `key`, made by `make()` at most once per key and revision. */
  async get(key: string, make: () => Promise<T>): Promise<T> {
    const revision = await this.store.revision();
    if (revision !== this.#revision) {
      this.#entries.clear();
      this.#bytes = 0;
      this.#revision = revision;
    }
    const hit = this.#entries.get(key);
    if (hit) {
      this.#entries.delete(key);
      this.#entries.set(key, hit);
      return hit.value;
    }
    const entry = { value: make(), bytes: 0 };
    this.#entries.set(key, entry);
    entry.value.then((made) => {
      if (this.#entries.get(key) !== entry) return;
      entry.bytes = this.sizeOf(made);
      this.#bytes += entry.bytes;
      this.#evict();
    }, () => {
      if (this.#entries.get(key) === entry) this.#entries.delete(key);
    });
    this.#evict();
    return entry.value;
  }

  /** Answers held and their bytes (for tests). */
  get size(): { readonly entries: number; readonly bytes: number } {
    return { entries: this.#entries.size, bytes: this.#bytes };
  }

  #evict(): void {
    const floor = this.limits.keepNewest ? 1 : 0;
    const maxEntries = this.limits.maxEntries ?? Infinity;
    while (this.#entries.size > floor && (this.#entries.size > maxEntries || this.#bytes > this.limits.maxBytes)) {
      const [oldest, e] = this.#entries.entries().next().value as [string, { bytes: number }];
      this.#entries.delete(oldest);
      this.#bytes -= e.bytes;
    }
  }
}
