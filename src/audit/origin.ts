import { hostname, userInfo } from 'node:os';

/**
 * Where a write came from, kept on its (:Load) record and in the audit file next to `by`:
 * `by` is what the caller says (--by, `npm start`), the origin is what the process knows.
 */
export interface Origin {
  /** CLI and start-up: the OS account running the process, whatever --by says. */
  osUser?: string;
  host?: string;
  /** API: the client's address as the HTTP server saw it. */
  clientAddress?: string;
  requestId?: string;
}

/** This process: its OS user and host. */
export function localOrigin(): Origin {
  let osUser: string;
  try {
    osUser = userInfo().username;
  } catch {
    // Containers can run as a uid without a passwd entry.
    osUser = process.env.USER ?? `uid:${process.getuid?.() ?? 'unknown'}`;
  }
  return { osUser, host: hostname() };
}

export function apiOrigin(requestId: string, clientAddress: string | null): Origin {
  return { requestId, ...(clientAddress === null ? {} : { clientAddress }) };
}

/** The origin as (:Load) properties: every key present, null where unknown (Neo4j stores no nulls). */
export function originProps(origin: Origin): Record<keyof Origin, string | null> {
  return {
    osUser: origin.osUser ?? null,
    host: origin.host ?? null,
    clientAddress: origin.clientAddress ?? null,
    requestId: origin.requestId ?? null,
  };
}
