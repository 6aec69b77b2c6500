import { Link, useSearchParams } from 'react-router';
import { useConnection } from '../api/hooks';
import { DataTable } from '../components/DataTable';
import { ErrorMessage, Loading } from '../components/ErrorMessage';
import { ReadyMark } from '../components/Query';
import { Pager } from '../components/Pager';
import { graphql } from '../gql';
import type { MunicipalOverviewQuery } from '../gql/graphql';
import { t } from '../i18n';
import { valueText } from '../lib/format';
import { paths } from '../lib/paths';
import { statusOf, type Status } from '../lib/status';

const OVERVIEW = graphql(`
  query MunicipalOverview($domainId: ID, $planId: ID, $after: String) {
    domains {
      id
      nameZh
    }
    plans(filter: { level: MUNICIPAL }, first: 20) {
      nodes {
        id
        title
        loaded
        indicators(first: 1) {
          totalCount
        }
      }
    }
    indicators(filter: { level: MUNICIPAL, domainId: $domainId, planId: $planId }, first: 100, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        unit
        baseline {
          raw
          year
        }
        target {
          raw
          year
        }
        plan {
          id
          title
          loaded
        }
        rolledUpFrom {
          comparison
          status
          from {
            plan {
              region {
                name
              }
            }
          }
        }
      }
    }
  }
`);

type Row = MunicipalOverviewQuery['indicators']['nodes'][number];

const count = (r: Row, status: Status) => r.rolledUpFrom.filter((s) => statusOf(s) === status).length;
const names = (r: Row, status: Status) =>
  r.rolledUpFrom
    .filter((s) => statusOf(s) === status)
    .map((s) => s.from.plan.region?.name ?? '—')
    .join('、');

/**
 * Every municipal indicator (optionally of one domain) with how many district targets are ahead,
 * equal, behind or not comparable, and which districts. One request.
 */
export function ContributionsOverview() {
  const [params, setParams] = useSearchParams();
  const domainId = params.get('domain');
  const planId = params.get('plan');
  const query = useConnection(OVERVIEW, { domainId, planId }, (r) => r.indicators);
  const setFilter = (key: 'domain' | 'plan', value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next);
  };
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />;
  const pages = query.data.pages;
  const data = {
    domains: pages[0]?.domains ?? [],
    // Municipal plans that hold indicators: the city's own and those known from district tables.
    plans: (pages[0]?.plans.nodes ?? []).filter((p) => p.indicators.totalCount > 0),
    rows: pages.flatMap((p) => p.indicators.nodes),
  };
  const total = pages[0]?.indicators.totalCount ?? 0;
  return (
    <div className="view" data-view="contributions-overview">
      <ReadyMark name="contributions-overview" />
      <h1>{t.contributions.overview}</h1>
      <p className="intro">{t.contributions.overviewIntro}</p>
      <div className="filters">
        <label>
          {t.contributions.plan}{' '}
          <select value={planId ?? ''} onChange={(e) => setFilter('plan', e.target.value)} data-filter="plan">
            <option value="">{t.contributions.allPlans}</option>
            {data.plans.map((p) => (
              <option key={p.id} value={p.id}>
                {p.title}
                {p.loaded ? '' : `（${t.indicator.cited}）`}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.contributions.domain}{' '}
          <select value={domainId ?? ''} onChange={(e) => setFilter('domain', e.target.value)} data-filter="domain">
            <option value="">{t.contributions.allDomains}</option>
            {data.domains.map((d) => (
              <option key={d.id} value={d.id}>
                {d.nameZh}
              </option>
            ))}
          </select>
        </label>
      </div>
      <>
        <DataTable
          name="municipal"
          csvName={['municipal-indicators', planId, domainId].filter(Boolean).join('-').replace(/\//g, '_')}
          rows={data.rows}
          rowKey={(r) => r.id}
          initialSort={[{ id: 'behind', desc: true }]}
          columns={[
            {
              id: 'plan',
              header: t.contributions.plan,
              value: (r) => r.plan.title,
              cell: (r) => (
                <>
                  <Link to={paths.plan(r.plan.id)}>{r.plan.title}</Link>
                  {!r.plan.loaded && <span className="tag dim">{t.indicator.cited}</span>}
                </>
              ),
            },
            {
              id: 'indicator',
              header: t.contributions.indicator,
              value: (r) => r.name,
              cell: (r) => <Link to={paths.contributions(r.id)}>{r.name}</Link>,
            },
            { id: 'unit', header: t.plan.unit, value: (r) => r.unit },
            { id: 'baseline', header: t.plan.baseline, value: (r) => valueText(r.baseline) },
            { id: 'target', header: t.plan.target, value: (r) => valueText(r.target) },
            { id: 'districts', header: t.contributions.districts, value: (r) => r.rolledUpFrom.length, numeric: true },
            { id: 'behind', header: t.contributions.behind, value: (r) => count(r, 'BEHIND'), numeric: true },
            { id: 'equal', header: t.contributions.equal, value: (r) => count(r, 'EQUAL'), numeric: true },
            { id: 'ahead', header: t.contributions.ahead, value: (r) => count(r, 'AHEAD'), numeric: true },
            {
              id: 'directionUnknown',
              header: t.status.DIRECTION_UNKNOWN ?? '',
              value: (r) => count(r, 'DIRECTION_UNKNOWN'),
              numeric: true,
            },
            {
              id: 'notComparable',
              header: t.contributions.notComparable,
              value: (r) => count(r, 'NOT_COMPARABLE'),
              numeric: true,
            },
            {
              id: 'behindNames',
              header: `${t.contributions.behind}（${t.contributions.district}）`,
              value: (r) => names(r, 'BEHIND') || null,
            },
          ]}
          footer={<Pager query={query} shown={data.rows.length} total={total} name="municipal" />}
        />
      </>
    </div>
  );
}
