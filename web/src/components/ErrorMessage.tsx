import { t } from '../i18n';
import { ApiError } from '../api/client';

const KNOWN: Record<string, string> = {
  NOT_FOUND: t.errors.NOT_FOUND,
  SERVICE_UNAVAILABLE: t.errors.SERVICE_UNAVAILABLE,
  TOO_BUSY: t.errors.TOO_BUSY,
  UNAUTHENTICATED: t.errors.UNAUTHENTICATED,
  BAD_USER_INPUT: t.errors.BAD_USER_INPUT,
  NETWORK: t.errors.NETWORK,
  QUERY_TOO_COMPLEX: t.errors.QUERY_TOO_COMPLEX,
};

/** The API's error as a sentence a reader can act on, with its code and request id for a report. */
export function ErrorMessage({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const code = error instanceof ApiError ? error.code : 'INTERNAL';
  const detail = error instanceof Error ? error.message : String(error);
  return (
    <div className="error" role="alert" data-error-code={code}>
      <strong>{t.errors.title}</strong>
      <p>{KNOWN[code] ?? t.errors.other}</p>
      <details>
        <summary>{t.errors.detail}</summary>
        <code>{code}</code> {detail}
        {error instanceof ApiError && error.requestId && (
          <div>
            {t.errors.requestId}: <code>{error.requestId}</code>
          </div>
        )}
      </details>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t.app.retry}
        </button>
      )}
    </div>
  );
}

export function Loading() {
  return (
    <div className="loading" aria-busy="true">
      {t.app.loading}
    </div>
  );
}
