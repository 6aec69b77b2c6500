import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { t } from '../i18n';
import { valueText } from '../lib/format';
import { paths, type LineRange } from '../lib/paths';
import { STATUS_COLOR, type Status } from '../lib/status';

export function StatusBadge({ status, count }: { status: Status; count?: number }) {
  return (
    <span
      className={`status status-${status.toLowerCase()}`}
      style={{ borderColor: STATUS_COLOR[status] }}
      data-status={status}
    >
      {t.status[status]}
      {count !== undefined && ` ${count}`}
    </span>
  );
}

/** Stated facts solid, inferred ones dashed with their evidence on hover. */
export function BasisTag({
  basis,
  evidence,
  children,
}: {
  basis: string;
  evidence?: string | null;
  children?: ReactNode;
}) {
  return (
    <span className={`tag basis-${basis.toLowerCase()}`} title={evidence ?? undefined} data-basis={basis}>
      {children}
      <small>{t.basis[basis] ?? basis}</small>
    </span>
  );
}

/** A link to the plan text at a range (the plan view's source panel); by default labelled with the line numbers. */
export function SourceLink({ planId, range, label }: { planId: string; range: LineRange; label?: string }) {
  const lines = t.source.lines(range.lineStart, range.lineEnd);
  return (
    <Link
      className={label === undefined ? 'source-link nowrap' : 'source-link'}
      to={paths.plan(planId, range)}
      title={lines}
    >
      {label ?? lines}
    </Link>
  );
}

export function Value({ v }: { v: { raw: string; year: number | null } | null | undefined }) {
  return <span className="value">{valueText(v)}</span>;
}
