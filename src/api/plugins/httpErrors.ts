import type { ErrorRequestHandler } from 'express';
import type { Logger } from '../../logger';
import { ApiErrorCode } from '../errors';
import { INTERNAL_MESSAGE } from '../errors/format';
import { requestIdOf } from './requestId';

/**
 * Failures before GraphQL runs (malformed JSON, a body over the size limit) answered as GraphQL
 * errors rather than Express's HTML error page, which would include a stack trace.
 */
export function httpErrorHandler(log: Logger): ErrorRequestHandler {
  return (err: unknown, _req, res, next) => {
    if (res.headersSent) return next(err);
    const requestId = requestIdOf(res);
    const status = typeof (err as { status?: unknown }).status === 'number' ? (err as { status: number }).status : 500;
    const clientError = status >= 400 && status < 500;
    if (!clientError) log.error({ err, requestId }, 'HTTP request failed');
    const message = clientError ? (err as Error).message : `${INTERNAL_MESSAGE} (request id ${requestId})`;
    const code = clientError ? ApiErrorCode.BAD_REQUEST : ApiErrorCode.INTERNAL_SERVER_ERROR;
    res.status(status).json({ errors: [{ message, extensions: { code, requestId } }] });
  };
}
