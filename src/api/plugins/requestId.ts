import { randomUUID } from 'node:crypto';
import type { RequestHandler, Response } from 'express';

export const REQUEST_ID_HEADER = 'x-request-id';

// A caller's id is kept (so a proxy's id threads through our logs) only when it is short and
// plain: it is echoed in headers and logs.
const acceptable = /^[A-Za-z0-9._:-]{1,128}$/;

/** Gives every HTTP request an id, echoed in the `x-request-id` response header. */
export function requestIdMiddleware(): RequestHandler {
  return (req, res, next) => {
    const incoming = req.get(REQUEST_ID_HEADER);
    const requestId = incoming !== undefined && acceptable.test(incoming) ? incoming : randomUUID();
    res.locals.requestId = requestId;
    res.set(REQUEST_ID_HEADER, requestId);
    next();
  };
}

export function requestIdOf(res: Response): string {
  return String(res.locals.requestId);
}
