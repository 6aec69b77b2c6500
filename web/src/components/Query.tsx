import type { UseQueryResult } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import { ErrorMessage, Loading } from './ErrorMessage';

/**
 * A view's data: the loading line, the API's error as a readable message (with retry), or the
 * view itself. `ready` names a performance mark set once the data first shows (view-ready:<name>),
 * which the browser tests read as the view's first render time.
 */
export function QueryView<T>({
  query,
  ready,
  children,
}: {
  query: UseQueryResult<T>;
  ready: string;
  children: (data: T) => ReactNode;
}) {
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />;
  return (
    <>
      <ReadyMark name={ready} />
      {children(query.data)}
    </>
  );
}

export function ReadyMark({ name }: { name: string }) {
  useEffect(() => {
    performance.mark(`view-ready:${name}`);
  }, [name]);
  return null;
}

export function Section({ title, id, children }: { title: ReactNode; id?: string; children: ReactNode }) {
  return (
    <section className="section" id={id}>
      <h2>{title}</h2>
      {children}
    </section>
  );
}
