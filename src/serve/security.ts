/** Security headers and the upload token check. */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "connect-src 'self'",
  "object-src 'none'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'",
].join('; ');

const SECURITY_HEADERS: readonly (readonly [string, string])[] = [
  ['Content-Security-Policy', CONTENT_SECURITY_POLICY],
  ['X-Content-Type-Options', 'nosniff'],
  ['X-Frame-Options', 'DENY'],
  ['Referrer-Policy', 'no-referrer'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  ['Cross-Origin-Resource-Policy', 'same-origin'],
];

/**
 * CSP without inline scripts, nosniff, no framing, no referrer. Set before the handler runs, so that the
 * answer it makes (c.json, c.body…) carries them: set on a finished answer, Hono copies it into a new
 * Response whose body is a stream, and the Node adapter then pipes that stream (a timer tick and several
 * copies per answer) instead of writing the bytes at once. An answer made without the context still gets them after.
 */
export const securityHeaders: MiddlewareHandler = async (c, next) => {
  for (const [name, value] of SECURITY_HEADERS) c.header(name, value);
  await next();
  if (c.res.headers.get('Content-Security-Policy') !== CONTENT_SECURITY_POLICY) for (const [name, value] of SECURITY_HEADERS) c.header(name, value);
};

/**
 * True when `Authorization: Bearer <token>` matches `expected`. Constant time: both sides are hashed
 * (sha256, so always 32 bytes whatever their lengths) and compared with timingSafeEqual; a missing or
 * malformed header is compared like a wrong token. The scheme name is case-insensitive (RFC 7235).
 */
export function bearerMatches(header: string | undefined, expected: string): boolean {
  const m = /^Bearer ([\x21-\x7e]{1,512})$/i.exec(header ?? '');
  return constantTimeEqual(m ? m[1] : '', expected) && m !== null && expected !== '';
}

/** Compares two secrets in time independent of where they differ and of their lengths. */
export function constantTimeEqual(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given, 'utf8').digest();
  const b = createHash('sha256').update(expected, 'utf8').digest();
  return timingSafeEqual(a, b);
}

/** True for 127.0.0.0/8, ::1 and localhost. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}
