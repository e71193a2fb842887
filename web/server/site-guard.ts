import { networkInterfaces } from 'node:os';

// DNS rebinding: a page on evil.example can make its own name point at 127.0.0.1 and then talk
// to this server as if it were same-origin. The browser still sends `Host: evil.example`, so the
// server answers only to the names it is really reached by, and compares Origin with its own.

export interface SiteGuard {
  /** Whether a Host header names this server (name and port). */
  hostAllowed(host: string | undefined): boolean;
  /** No Origin (not a browser, or a same-origin GET), or exactly one of this server's own origins: scheme, name and port. */
  originAllowed(origin: string | undefined): boolean;
}

export interface SiteGuardOptions {
  /** The address the server listens on, as given to listen(). */
  bind: string;
  /** The port it actually listens on. */
  port: number;
  /** More names it may be reached by (KANTELTRAINER_HOSTS), e.g. a name on the local network. */
  extraNames?: readonly string[];
  /** This machine's addresses; a test passes its own list. */
  interfaces?: () => string[];
}

const LOOPBACK = ['localhost', '127.0.0.1', '[::1]'];
const WILDCARD = new Set(['0.0.0.0', '::', '[::]', '']);
/** Interfaces come and go (Wi-Fi, DHCP): an unknown name looks them up again, but not more often than this. */
const REFRESH_MS = 5_000;

export function siteGuard({ bind, port, extraNames = [], interfaces = machineAddresses }: SiteGuardOptions): SiteGuard {
  const fixed = new Set([...LOOPBACK, ...[bind, ...extraNames].filter((n) => !WILDCARD.has(n)).map(nameOf)]);
  const lan = WILDCARD.has(bind);
  let found = new Set<string>();
  let lookedAt = Number.NEGATIVE_INFINITY;
  const nameAllowed = (name: string): boolean => {
    if (fixed.has(name) || found.has(name)) return true;
    if (!lan || Date.now() - lookedAt < REFRESH_MS) return false;
    lookedAt = Date.now();
    found = new Set(interfaces().map(nameOf));
    return found.has(name);
  };
  const hostAllowed = (host: string | undefined): boolean => {
    const parts = host === undefined ? undefined : splitHost(host);
    if (!parts) return false;
    const samePort = parts.port === String(port) || (parts.port === '' && port === 80);
    return samePort && nameAllowed(parts.name);
  };
  return {
    hostAllowed,
    originAllowed(origin) {
      if (origin === undefined) return true;
      let url: URL;
      try {
        url = new URL(origin);
      } catch {
        return false; // "null" (a sandboxed frame, a file) and anything else unreadable
      }
      // This server speaks plain http only; an https page of the same name is another origin.
      return url.protocol === 'http:' && url.origin === origin.replace(/\/$/, '') && hostAllowed(url.host);
    },
  };
}

/** A Host header split into its name (IPv6 in brackets, lower case) and port ('' when absent); undefined when malformed. */
export function splitHost(host: string): { name: string; port: string } | undefined {
  const match = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(?::(\d{1,5}))?$/i.exec(host.trim());
  return match ? { name: match[1]!.toLowerCase(), port: match[2] ?? '' } : undefined;
}

function nameOf(address: string): string {
  const plain = address.toLowerCase();
  return plain.includes(':') && !plain.startsWith('[') ? `[${plain}]` : plain;
}

/** This machine's addresses, link-local IPv6 left out: a browser cannot name those in a Host header. */
function machineAddresses(): string[] {
  return Object.values(networkInterfaces()).flatMap((list) => (list ?? []).filter((i) => i.scopeid === undefined || i.scopeid === 0).map((i) => i.address));
}
