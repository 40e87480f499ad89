/**
 * The Host check against DNS rebinding: a page on attacker.example whose name is made to resolve to
 * 127.0.0.1 reaches a loopback server as a same-origin page, and its requests carry
 * `Host: attacker.example`. Only the names this server is known by are answered.
 */
import type { IncomingMessage } from 'node:http';
import type { Context, MiddlewareHandler } from 'hono';
import { ApiError } from './query-params.js';

export interface HostCheckOptions {
  /** The address the server listens on (--host): with localhost, 127.0.0.1 and [::1], on the listening port. */
  readonly boundHost: string;
  /** More names, for proxies (--allowed-host): `atlas.example.org` (any port) or `atlas.example.org:8443`. */
  readonly allowedHosts?: readonly string[];
}

/** A Host value split into its name (lower case, IPv6 in brackets) and its port ('' when none is given). */
export interface HostName {
  readonly name: string;
  readonly port: string;
}

const LOOPBACK_NAMES: readonly string[] = ['localhost', '127.0.0.1', '[::1]'];
const WILDCARD_HOSTS: readonly string[] = ['0.0.0.0', '::', '[::]'];
const HOST_VALUE = /^(\[[0-9a-f:.]+\]|[a-z0-9]([a-z0-9.-]*[a-z0-9])?)(:(\d{1,5}))?$/;

/** `atlas.example.org:8443` → {name, port}; undefined when it is not a host name or address with an optional port. */
export function parseHostValue(value: string): HostName | undefined {
  const v = value.trim().toLowerCase();
  const bare = v.includes(':') && !v.startsWith('[') && /^[0-9a-f:.]+$/.test(v) && v.split(':').length > 2 ? `[${v}]` : v; // a bare IPv6 address
  const m = HOST_VALUE.exec(bare);
  return m ? { name: m[1], port: m[4] ?? '' } : undefined;
}

/** An IP address literal (v4, or v6 in brackets): no DNS name, so no rebinding through it. */
function isIpLiteral(name: string): boolean {
  return /^\d{1,3}(\.\d{1,3}){3}$/.test(name) || /^\[[0-9a-f:.]+\]$/.test(name);
}

/** The Host a request was made to, as the URL built from its Host header; the port made explicit. */
function requestHost(c: Context): HostName {
  const url = new URL(c.req.url);
  return { name: url.hostname.toLowerCase(), port: url.port || (url.protocol === 'https:' ? '443' : '80') };
}

/** The port the request came in on (undefined when the app is called without a socket, as in tests). */
function listeningPort(c: Context): string | undefined {
  const incoming = (c.env as { readonly incoming?: IncomingMessage } | undefined)?.incoming;
  const port = incoming?.socket?.localPort;
  return port === undefined ? undefined : String(port);
}

/** The names answered on `port`: the bound host and its loopback names on that port, then each allowed host. */
function expectedHosts(options: HostCheckOptions, port: string | undefined): readonly string[] {
  const bound = parseHostValue(options.boundHost)?.name;
  const own = [...new Set([...(bound && !WILDCARD_HOSTS.includes(bound) ? [bound] : []), ...LOOPBACK_NAMES])];
  const withPort = own.map((n) => (port === undefined ? n : `${n}:${port}`));
  const wildcard = bound !== undefined && WILDCARD_HOSTS.includes(bound) ? [`any IP address${port === undefined ? '' : ` on port ${port}`}`] : [];
  return [...withPort, ...wildcard, ...(options.allowedHosts ?? [])];
}

/** True when `host` is one of the names in `options` (see expectedHosts). */
export function hostAllowed(options: HostCheckOptions, host: HostName, port: string | undefined): boolean {
  const bound = parseHostValue(options.boundHost)?.name ?? '';
  const onPort = port === undefined || host.port === port;
  if (onPort && (host.name === bound || LOOPBACK_NAMES.includes(host.name))) return true;
  if (onPort && WILDCARD_HOSTS.includes(bound) && isIpLiteral(host.name)) return true;
  return (options.allowedHosts ?? []).some((a) => {
    const allowed = parseHostValue(a);
    return allowed !== undefined && allowed.name === host.name && (allowed.port === '' || allowed.port === host.port);
  });
}

/** Refuses (403 forbidden_host) a request whose Host is not one of this server's names. */
export function hostCheck(options: HostCheckOptions): MiddlewareHandler {
  return async (c, next) => {
    const port = listeningPort(c);
    const host = requestHost(c);
    if (!hostAllowed(options, host, port)) {
      const found = c.req.header('host') ?? new URL(c.req.url).host;
      throw new ApiError(403, 'forbidden_host', `this server answers to ${expectedHosts(options, port).join(', ')} (start it with --allowed-host NAME for another name, e.g. behind a proxy); got '${found}'`);
    }
    await next();
  };
}
