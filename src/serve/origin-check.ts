/**
 * The Origin check against cross-site writes: a page on another origin can send a POST without a
 * preflight (fetch with mode 'no-cors', a `<form enctype="text/plain">`), and its body reaches the
 * server even though the page cannot read the answer. Browsers say where a request comes from
 * (Origin, and Sec-Fetch-Site); a write from anywhere but this server's own pages is refused.
 */
import type { MiddlewareHandler } from 'hono';
import { ApiError } from './query-params.js';

const READS: readonly string[] = ['GET', 'HEAD'];

/** The host (name:port) of an Origin value; undefined for 'null' and anything that is not a URL. */
function originHost(origin: string): string | undefined {
  try {
    return new URL(origin).host.toLowerCase();
  } catch {
    return undefined;
  }
}

/** Why a write is refused, or undefined when it comes from `host` itself or from a client that is not a browser. */
export function crossOriginRefusal(host: string, origin: string | undefined, fetchSite: string | undefined, allowedHosts: readonly string[] = []): string | undefined {
  const expected = `expected a write from this server's own pages (Origin http://${host}) or from a client that is not a browser (no Origin)`;
  if (origin !== undefined) {
    const from = originHost(origin);
    if (from !== undefined && (from === host || allowedHosts.some((a) => a.toLowerCase() === from || a.toLowerCase() === from.replace(/:\d+$/, '')))) return undefined;
    return `${expected}; got Origin '${origin}'`;
  }
  if (fetchSite !== undefined && fetchSite !== 'same-origin' && fetchSite !== 'none') return `${expected}; got no Origin and Sec-Fetch-Site '${fetchSite}'`;
  return undefined;
}

/** Refuses (403 cross_origin_write) every request but GET and HEAD that a browser sent from another origin. */
export function originCheck(allowedHosts: readonly string[] = []): MiddlewareHandler {
  return async (c, next) => {
    if (!READS.includes(c.req.method)) {
      const refusal = crossOriginRefusal(new URL(c.req.url).host.toLowerCase(), c.req.header('origin'), c.req.header('sec-fetch-site'), allowedHosts);
      if (refusal) throw new ApiError(403, 'cross_origin_write', refusal);
    }
    await next();
  };
}
