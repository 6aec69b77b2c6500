import { createHash, timingSafeEqual } from 'node:crypto';
import type { ApiContext } from './context';
import { unauthenticated } from './errors';

/** The token of an `Authorization: Bearer <token>` header, if any. */
export function bearerToken(authorization: string | undefined): string | undefined {
  return /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1];
}

/**
 * Whether `token` is the configured admin token. Both sides are hashed first so the comparison
 * takes the same time whatever the token's length or its first wrong character; with no token
 * configured, admin writes are disabled and nothing matches.
 */
export function isAdminToken(token: string | undefined, configured: string | undefined): boolean {
  if (token === undefined || configured === undefined) return false;
  return timingSafeEqual(sha256(token), sha256(configured));
}

/**
 * First line of every admin mutation resolver: `requireAdmin(context)`.
 * A missing token, a wrong token and a server without PLANGRAPH_ADMIN_TOKEN (writes disabled)
 * all fail the same way, UNAUTHENTICATED, so a client learns nothing about the configuration.
 */
export function requireAdmin(context: Pick<ApiContext, 'isAdmin'>): void {
  if (!context.isAdmin) throw unauthenticated();
}

function sha256(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}
