import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useAdminToken } from '../api/adminToken';
import { request } from '../api/client';
import { useConnection } from '../api/hooks';
import { DataTable } from '../components/DataTable';
import { ErrorMessage, Loading } from '../components/ErrorMessage';
import { ReadyMark, Section } from '../components/Query';
import { graphql } from '../gql';
import type { CurationDecision, GapsQuery } from '../gql/graphql';
import { t } from '../i18n';
import { scoreText, valueText } from '../lib/format';
import { paths } from '../lib/paths';

const GAPS = graphql(`
  query Gaps($after: String, $firstPage: Boolean!) {
    unsupported: rollUpGaps(filter: { supported: false }, first: 100) @include(if: $firstPage) {
      totalCount
      nodes {
        ...GapRow
      }
    }
    partial: rollUpGaps(filter: { supported: true }, first: 100) @include(if: $firstPage) {
      totalCount
      nodes {
        ...GapRow
      }
    }
    unlinked: unlinkedIndicators(first: 100) @include(if: $firstPage) {
      totalCount
      nodes {
        id
        name
        unit
        target {
          raw
          year
        }
        plan {
          id
          title
          region {
            name
          }
        }
        candidates {
          to {
            id
          }
        }
      }
    }
    district: indicators(filter: { level: DISTRICT }, first: 100, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        unit
        target {
          raw
          year
        }
        plan {
          id
          title
          region {
            name
          }
        }
        candidates {
          to {
            id
            name
            unit
            plan {
              id
              title
              loaded
            }
          }
          method
          score
          comparisonNote
        }
      }
    }
  }

  fragment GapRow on RollUpGap {
    indicator {
      id
      name
      unit
      target {
        raw
        year
      }
      plan {
        id
        title
        loaded
      }
    }
    plansWith {
      id
    }
    plansWithout {
      id
      title
      region {
        name
      }
    }
  }
`);

const CURATE = graphql(`
  mutation Curate($input: CurateRollUpInput!) {
    curateRollUp(input: $input) {
      fromIndicatorId
      toIndicatorId
      decision
      by
      at
    }
  }
`);

type District = GapsQuery['district']['nodes'][number];
type Gap = NonNullable<GapsQuery['unsupported']>['nodes'][number];
type Unlinked = NonNullable<GapsQuery['unlinked']>['nodes'][number];
interface CandidateRow {
  from: District;
  step: District['candidates'][number];
}
interface Decided {
  fromIndicatorId: string;
  toIndicatorId: string;
  decision: CurationDecision;
  by: string;
}

/**
 * Municipal indicators no district supports, district indicators that roll up to nothing, and the
 * CANDIDATE links waiting for review (accept / reject with the admin token). The district
 * indicators come 100 a page; every page is read, one request each (two for the bundled plans).
 */
export function Gaps() {
  // The gaps come with the first page; the district indicators' pages after it are read for their
  // CANDIDATE links (a linked indicator may have one too), one after another.
  const query = useConnection(GAPS, { firstPage: true }, (r) => r.district, { firstPage: false });
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = query;
  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />;
  const first = query.data.pages[0];
  const unsupported = first?.unsupported?.nodes ?? [];
  const partial = (first?.partial?.nodes ?? []).filter((g) => g.plansWithout.length > 0);
  const unlinked = first?.unlinked?.nodes ?? [];
  const district = query.data.pages.flatMap((p) => p.district.nodes);
  return (
    <div className="view" data-view="gaps">
      <h1>{t.gaps.title}</h1>
      <p className="intro">{t.gaps.intro}</p>
      {!hasNextPage && <ReadyMark name="gaps" />}
      <Candidates rows={district.flatMap((from) => from.candidates.map((step) => ({ from, step })))} />
      <Section title={`${t.gaps.unsupported}（${first?.unsupported?.totalCount ?? 0}）`}>
        <GapTable name="unsupported" rows={unsupported} />
      </Section>
      <Section title={`${t.gaps.partial}（${partial.length}）`}>
        <GapTable name="partial" rows={partial} />
      </Section>
      <Section title={`${t.gaps.orphans}（${first?.unlinked?.totalCount ?? 0}）`}>
        <Orphans rows={unlinked} />
      </Section>
    </div>
  );
}

function Candidates({ rows }: { rows: CandidateRow[] }) {
  const { token } = useAdminToken();
  const client = useQueryClient();
  const [decided, setDecided] = useState<Decided[]>([]);
  const curate = useMutation({
    mutationFn: (input: { fromIndicatorId: string; toIndicatorId: string; decision: CurationDecision }) =>
      request(CURATE, { input }, { token }),
    onSuccess: async (result) => {
      setDecided((list) => [result.curateRollUp, ...list]);
      // The graph changed: every view's data may have.
      await client.invalidateQueries();
    },
  });
  const act = (row: CandidateRow, decision: CurationDecision) =>
    curate.mutate({ fromIndicatorId: row.from.id, toIndicatorId: row.step.to.id, decision });
  return (
    <Section title={`${t.gaps.candidates}（${rows.length}）`} id="candidates">
      {!token && <p className="muted">{t.gaps.needToken}</p>}
      {curate.isError && <ErrorMessage error={curate.error} />}
      {decided.length > 0 && (
        <div className="decided" data-decided>
          <strong>{t.gaps.recent}</strong>
          <ul>
            {decided.map((d) => (
              <li key={`${d.fromIndicatorId}→${d.toIndicatorId}`} data-decision={d.decision}>
                {t.gaps.decided(d.decision)}：<Link to={paths.indicator(d.fromIndicatorId)}>{d.fromIndicatorId}</Link> →{' '}
                <Link to={paths.indicator(d.toIndicatorId)}>{d.toIndicatorId}</Link>（{t.gaps.curatedBy} {d.by}）
              </li>
            ))}
          </ul>
        </div>
      )}
      {rows.length === 0 ? (
        <p className="muted">{t.gaps.noCandidates}</p>
      ) : (
        <DataTable
          name="candidates"
          csvName="rollup-candidates"
          rows={rows}
          rowKey={(r) => `${r.from.id}→${r.step.to.id}`}
          initialSort={[{ id: 'score', desc: true }]}
          columns={[
            { id: 'region', header: t.gaps.region, value: (r) => r.from.plan.region?.name ?? null },
            {
              id: 'from',
              header: t.gaps.indicator,
              value: (r) => `${r.from.name}${r.from.unit ? `（${r.from.unit}）` : ''}`,
              cell: (r) => <Link to={paths.indicator(r.from.id)}>{r.from.name}</Link>,
            },
            { id: 'fromTarget', header: t.plan.target, value: (r) => valueText(r.from.target) },
            {
              id: 'to',
              header: t.gaps.candidate,
              value: (r) =>
                `${r.step.to.name}${r.step.to.unit ? `（${r.step.to.unit}）` : ''} · ${r.step.to.plan.title}`,
              cell: (r) => (
                <>
                  <Link to={paths.indicator(r.step.to.id)}>{r.step.to.name}</Link>{' '}
                  <span className="muted">{r.step.to.plan.title}</span>
                </>
              ),
            },
            { id: 'method', header: t.indicator.method, value: (r) => t.method[r.step.method] ?? r.step.method },
            {
              id: 'score',
              header: t.indicator.score,
              value: (r) => r.step.score,
              numeric: true,
              cell: (r) => scoreText(r.step.score),
            },
            { id: 'note', header: t.indicator.note, value: (r) => r.step.comparisonNote },
            {
              id: 'actions',
              header: '',
              value: () => null,
              sortable: false,
              cell: (r) => (
                <span className="actions">
                  <button
                    type="button"
                    disabled={!token || curate.isPending}
                    onClick={() => act(r, 'ACCEPT')}
                    data-action="accept"
                  >
                    {t.gaps.accept}
                  </button>
                  <button
                    type="button"
                    disabled={!token || curate.isPending}
                    onClick={() => act(r, 'REJECT')}
                    data-action="reject"
                  >
                    {t.gaps.reject}
                  </button>
                </span>
              ),
            },
          ]}
        />
      )}
    </Section>
  );
}

/** Municipal indicators and the district plans (covering their years) that set no target rolling up to them. */
function GapTable({ rows, name }: { rows: Gap[]; name: string }) {
  return (
    <DataTable
      name={name}
      csvName={`rollup-gaps-${name}`}
      rows={rows}
      rowKey={(r) => r.indicator.id}
      columns={[
        {
          id: 'plan',
          header: t.gaps.plan,
          value: (r) => r.indicator.plan.title,
          cell: (r) => (
            <>
              <Link to={paths.plan(r.indicator.plan.id)}>{r.indicator.plan.title}</Link>
              {!r.indicator.plan.loaded && <span className="tag dim">{t.indicator.cited}</span>}
            </>
          ),
        },
        {
          id: 'name',
          header: t.gaps.indicator,
          value: (r) => r.indicator.name,
          cell: (r) => <Link to={paths.contributions(r.indicator.id)}>{r.indicator.name}</Link>,
        },
        { id: 'unit', header: t.plan.unit, value: (r) => r.indicator.unit },
        { id: 'target', header: t.plan.target, value: (r) => valueText(r.indicator.target) },
        { id: 'with', header: t.gaps.plansWith, value: (r) => r.plansWith.length, numeric: true },
        {
          id: 'without',
          header: t.gaps.plansWithout,
          value: (r) => r.plansWithout.map((p) => p.region?.name ?? p.title).join('、') || null,
        },
      ]}
    />
  );
}

function Orphans({ rows }: { rows: Unlinked[] }) {
  return (
    <DataTable
      name="orphans"
      csvName="district-without-rollup"
      rows={rows}
      rowKey={(r) => r.id}
      columns={[
        { id: 'region', header: t.gaps.region, value: (r) => r.plan.region?.name ?? null },
        {
          id: 'name',
          header: t.gaps.indicator,
          value: (r) => r.name,
          cell: (r) => <Link to={paths.indicator(r.id)}>{r.name}</Link>,
        },
        { id: 'unit', header: t.plan.unit, value: (r) => r.unit },
        { id: 'target', header: t.plan.target, value: (r) => valueText(r.target) },
        { id: 'candidates', header: t.gaps.candidates, value: (r) => r.candidates.length || null, numeric: true },
      ]}
    />
  );
}
