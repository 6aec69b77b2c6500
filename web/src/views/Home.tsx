import { Link } from 'react-router';
import { useConnection, useGql } from '../api/hooks';
import { DataTable } from '../components/DataTable';
import { ErrorMessage, Loading } from '../components/ErrorMessage';
import { Pager, type PagedQuery } from '../components/Pager';
import { QueryView, ReadyMark, Section } from '../components/Query';
import { graphql } from '../gql';
import type { HomePlansQuery } from '../gql/graphql';
import { t } from '../i18n';
import { levelText, periodText } from '../lib/format';
import { paths } from '../lib/paths';

const REGIONS = graphql(`
  query HomeRegions {
    regions {
      code
      name
      level
      planCount
      indicatorCount
    }
  }
`);

const PLANS = graphql(`
  query HomePlans($first: Int!, $after: String) {
    plans(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        title
        level
        loaded
        draft
        periodStart
        periodEnd
        region {
          code
          name
        }
        indicators(first: 1) {
          totalCount
        }
      }
    }
  }
`);

type PlanRow = HomePlansQuery['plans']['nodes'][number];

/** The city and its districts with what the graph holds, and every plan by level and period. Two requests. */
export function Home() {
  const regions = useGql(REGIONS, {});
  const plans = useConnection(PLANS, { first: 20 }, (r) => r.plans);
  return (
    <div className="view" data-view="home">
      <h1>{t.home.title}</h1>
      <p className="intro">{t.home.intro}</p>
      <Section title={t.home.questions}>
        <ul className="questions">
          <li>
            <Link to={paths.contributionsOverview()}>{t.home.q1}</Link>
          </li>
          <li>
            <Link to={`${paths.contributionsOverview()}?domain=elderly-care`}>{t.home.q2}</Link>
          </li>
          <li>
            <Link to={paths.gaps()}>{t.home.q3}</Link>
          </li>
        </ul>
      </Section>
      <Section title={t.home.regions}>
        <QueryView query={regions} ready="home">
          {(data) => {
            // The regions the graph holds plans for; the other districts and counties are named below.
            const rows = data.regions.filter((r) => r.planCount > 0);
            const others = data.regions.filter((r) => r.planCount === 0);
            return (
              <>
                <DataTable
                  name="regions"
                  csvName="regions"
                  rows={rows}
                  rowKey={(r) => r.code}
                  rowClass={(r) => (r.planCount === 0 ? 'dim' : undefined)}
                  columns={[
                    { id: 'name', header: t.home.region, value: (r) => r.name },
                    { id: 'level', header: t.home.level, value: (r) => levelText(r.level) },
                    { id: 'plans', header: t.home.planCount, value: (r) => r.planCount, numeric: true },
                    { id: 'indicators', header: t.home.indicatorCount, value: (r) => r.indicatorCount, numeric: true },
                    {
                      id: 'departments',
                      header: t.home.departments,
                      value: () => null,
                      sortable: false,
                      cell: (r) => <Link to={paths.departments(r.code)}>{t.home.departments}</Link>,
                    },
                  ]}
                />
                {others.length > 0 && (
                  <p className="muted small-text">
                    {t.home.noPlans(others.length)}：{others.map((r) => r.name).join('、')}
                  </p>
                )}
              </>
            );
          }}
        </QueryView>
      </Section>
      <Section title={`${t.home.plans} · ${t.home.plansByLevel}`}>
        {plans.isPending ? (
          <Loading />
        ) : plans.isError ? (
          <ErrorMessage error={plans.error} onRetry={() => void plans.refetch()} />
        ) : (
          <PlanTable
            rows={plans.data.pages.flatMap((p) => p.plans.nodes)}
            total={plans.data.pages[0]?.plans.totalCount ?? 0}
            query={plans}
          />
        )}
      </Section>
    </div>
  );
}

function PlanTable({ rows, total, query }: { rows: PlanRow[]; total: number; query: PagedQuery }) {
  return (
    <>
      <ReadyMark name="home-plans" />
      <DataTable
        name="plans"
        csvName="plans"
        rows={rows}
        rowKey={(p) => p.id}
        rowClass={(p) => (p.loaded ? undefined : 'dim')}
        initialSort={[
          { id: 'level', desc: true },
          { id: 'period', desc: true },
        ]}
        columns={[
          { id: 'level', header: t.home.level, value: (p) => levelText(p.level) },
          { id: 'period', header: t.home.period, value: (p) => periodText(p) },
          {
            id: 'title',
            header: t.home.title_,
            value: (p) => p.title,
            cell: (p) => (
              <>
                <Link to={paths.plan(p.id)}>{p.title}</Link>
                {p.draft && <span className="tag">{t.home.draft}</span>}
              </>
            ),
          },
          { id: 'region', header: t.home.region, value: (p) => p.region?.name ?? null },
          { id: 'loaded', header: t.home.loaded, value: (p) => (p.loaded ? t.home.loaded : t.home.stub) },
          { id: 'indicators', header: t.home.indicators, value: (p) => p.indicators.totalCount, numeric: true },
        ]}
        footer={<Pager query={query} shown={rows.length} total={total} name="plans" />}
      />
    </>
  );
}
