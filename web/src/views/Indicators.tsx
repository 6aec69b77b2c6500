import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useConnection } from '../api/hooks';
import { DataTable } from '../components/DataTable';
import { ErrorMessage, Loading } from '../components/ErrorMessage';
import { Pager } from '../components/Pager';
import { ReadyMark } from '../components/Query';
import { graphql } from '../gql';
import type { IndicatorListQuery, PlanLevel } from '../gql/graphql';
import { t } from '../i18n';
import { levelText, valueText } from '../lib/format';
import { paths } from '../lib/paths';

const LIST = graphql(`
  query IndicatorList($level: PlanLevel, $nameContains: String, $after: String) {
    indicators(filter: { level: $level, nameContains: $nameContains }, first: 50, after: $after) {
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
          heading
        }
        measure {
          id
          name
        }
        plan {
          id
          title
          level
          region {
            name
          }
        }
      }
    }
  }
`);

type Row = IndicatorListQuery['indicators']['nodes'][number];
const LEVELS: PlanLevel[] = ['MUNICIPAL', 'DISTRICT'];

/** Every indicator, 50 a page through the API's connection, filtered by level and name. One request a page. */
export function Indicators() {
  const [params, setParams] = useSearchParams();
  const level = LEVELS.find((l) => l === params.get('level')) ?? null;
  const nameContains = params.get('name') || null;
  const [name, setName] = useState(nameContains ?? '');
  const query = useConnection(LIST, { level, nameContains }, (r) => r.indicators);
  const update = (next: { level?: string | null; name?: string | null }) => {
    const merged = { level, name: nameContains, ...next };
    setParams(Object.fromEntries(Object.entries(merged).filter((e): e is [string, string] => !!e[1])));
  };
  return (
    <div className="view" data-view="indicators">
      <h1>{t.nav.indicators}</h1>
      <form
        className="filters"
        onSubmit={(e) => {
          e.preventDefault();
          update({ name: name.trim() || null });
        }}
      >
        <select value={level ?? ''} onChange={(e) => update({ level: e.target.value || null })} data-filter="level">
          <option value="">{t.home.level}</option>
          {LEVELS.map((l) => (
            <option key={l} value={l}>
              {levelText(l)}
            </option>
          ))}
        </select>
        <input value={name} onChange={(e) => setName(e.target.value)} placeholder={t.plan.name} data-filter="name" />
        <button type="submit">{t.nav.search}</button>
      </form>
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <>
          <ReadyMark name="indicators" />
          <DataTable
            name="indicators"
            csvName="indicators"
            rows={query.data.pages.flatMap((p) => p.indicators.nodes)}
            rowKey={(r) => r.id}
            columns={[
              { id: 'region', header: t.home.region, value: (r: Row) => r.plan.region?.name ?? null },
              {
                id: 'plan',
                header: t.indicator.plan,
                value: (r) => r.plan.title,
                cell: (r) => <Link to={paths.plan(r.plan.id)}>{r.plan.title}</Link>,
              },
              {
                id: 'name',
                header: t.plan.name,
                value: (r) => r.name,
                cell: (r) => <Link to={paths.indicator(r.id)}>{r.name}</Link>,
              },
              { id: 'unit', header: t.plan.unit, value: (r) => r.unit },
              { id: 'baseline', header: t.plan.baseline, value: (r) => valueText(r.baseline) },
              { id: 'target', header: t.plan.target, value: (r) => valueText(r.target) },
              {
                id: 'measure',
                header: t.plan.measure,
                value: (r) => r.measure?.name ?? null,
                cell: (r) => (r.measure ? <Link to={paths.measure(r.measure.id)}>{r.measure.name}</Link> : '—'),
              },
            ]}
            footer={
              <Pager
                query={query}
                shown={query.data.pages.reduce((n, p) => n + p.indicators.nodes.length, 0)}
                total={query.data.pages[0]?.indicators.totalCount ?? 0}
                name="indicators"
              />
            }
          />
        </>
      )}
    </div>
  );
}
