import { lazy, Suspense, useMemo } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useGql } from '../api/hooks';
import type { ChartOption } from '../components/EChart';
import { DataTable } from '../components/DataTable';
import { Loading } from '../components/ErrorMessage';
import { ProgressBadge, progressText } from '../components/Progress';
import { QueryView, Section } from '../components/Query';
import { SourceLink, StatusBadge, Value } from '../components/Status';
import { graphql } from '../gql';
import type { ContributionsViewQuery } from '../gql/graphql';
import { t } from '../i18n';
import { scoreText } from '../lib/format';
import { paths } from '../lib/paths';
import { STATUS_COLOR, STATUS_ORDER, statusOf, type Status } from '../lib/status';

const EChart = lazy(() => import('../components/EChart').then((m) => ({ default: m.EChart })));

const CONTRIBUTIONS = graphql(`
  query ContributionsView($id: ID!, $status: ComparisonStatus) {
    contributions(indicatorId: $id) {
      indicator {
        id
        name
        unit
        baseline {
          raw
          value
          year
        }
        target {
          raw
          value
          year
        }
        measure {
          id
          name
          higherIsBetter
        }
        plan {
          id
          title
          level
          region {
            name
          }
        }
        source {
          plan {
            id
          }
          lineStart
          lineEnd
        }
      }
      contributors(filter: { status: $status }) {
        from {
          id
          name
          unit
          target {
            raw
            value
            year
          }
          plan {
            id
            title
            region {
              code
              name
            }
          }
          source {
            plan {
              id
            }
            lineStart
            lineEnd
          }
          ...IndicatorProgress
        }
        method
        score
        comparison
        status
        comparisonNote
        comparedYear
        fromValue
        toValue
        toValueColumn
        comparedWith {
          kind
          year
          raw
          value
          basis
          plan {
            id
            title
            loaded
          }
        }
      }
      cascade {
        year
        kind
        coverage
        complete
        sum
        shareOfCity
        min
        median
        max
        cityTarget {
          raw
        }
      }
      missing {
        region {
          code
          name
        }
        plans {
          id
          title
        }
      }
    }
  }
`);

type Data = ContributionsViewQuery['contributions'];
type Contributor = Data['contributors'][number];

/**
 * A municipal indicator beside every district target that rolls up to it: a bar per district with
 * the city's compared value as a reference line, a sortable table, and the districts with a loaded
 * plan that set no target for the measure. One request.
 */
export function Contributions() {
  const id = useParams()['*'] ?? '';
  const [params] = useSearchParams();
  const status = STATUS_ORDER.find((s) => s === params.get('status')) ?? null;
  const query = useGql(CONTRIBUTIONS, { id, status });
  return (
    <div className="view" data-view="contributions">
      <QueryView query={query} ready="contributions">
        {(data) => <ContributionsBody data={data.contributions} status={status} />}
      </QueryView>
    </div>
  );
}

function ContributionsBody({ data, status }: { data: Data; status: Status | null }) {
  const i = data.indicator;
  const option = useMemo(() => chartOption(data), [data]);
  return (
    <>
      <h1>{t.contributions.title(i.name)}</h1>
      <p>
        <Link to={paths.indicator(i.id)}>{i.name}</Link> · <Link to={paths.plan(i.plan.id)}>{i.plan.title}</Link> ·{' '}
        <SourceLink planId={i.source.plan.id} range={i.source} label={t.source.open} />
        {i.measure && (
          <>
            {' '}
            · <Link to={paths.measure(i.measure.id)}>{i.measure.name}</Link>
          </>
        )}
      </p>
      <dl className="meta">
        <dt>{t.plan.baseline}</dt>
        <dd>
          <Value v={i.baseline} />
        </dd>
        <dt>{t.plan.target}</dt>
        <dd>
          <Value v={i.target} />
        </dd>
        {data.cascade && (
          <>
            <dt>
              {data.cascade.year} {data.cascade.kind === 'TOTAL' ? t.progress.districtSum : t.progress.spread}
            </dt>
            <dd data-cascade={data.cascade.year}>
              {data.cascade.kind === 'TOTAL'
                ? `${data.cascade.sum ?? '—'}${i.unit ?? ''}`
                : `${data.cascade.min ?? '—'} – ${data.cascade.median ?? '—'} – ${data.cascade.max ?? '—'}`}
              {data.cascade.cityTarget ? ` / ${t.progress.cityTarget} ${data.cascade.cityTarget.raw}` : ''} ·{' '}
              {t.progress.coverage} <span data-coverage>{data.cascade.coverage}</span>
              {!data.cascade.complete && <span className="muted">{t.progress.partial}</span>}
            </dd>
          </>
        )}
      </dl>
      <nav className="chips" data-filter="status">
        <Link to={paths.contributions(i.id)} className={status === null ? 'active' : undefined}>
          {t.contributions.allStatuses}
        </Link>
        {STATUS_ORDER.map((s) => (
          <Link key={s} to={`${paths.contributions(i.id)}?status=${s}`} className={status === s ? 'active' : undefined}>
            {t.status[s]}
          </Link>
        ))}
      </nav>
      <Section title={t.contributions.chart}>
        {data.contributors.length > 0 ? (
          <Suspense fallback={<Loading />}>
            <EChart option={option} name="contributions" />
          </Suspense>
        ) : (
          <p className="muted">{t.indicator.noChain}</p>
        )}
      </Section>
      <Section title={t.contributions.districts}>
        <DataTable
          name="contributions"
          csvName={`${i.id.replace(/\//g, '_')}-contributions`}
          rows={data.contributors}
          rowKey={(c) => c.from.id}
          initialSort={[{ id: 'region', desc: false }]}
          columns={[
            { id: 'region', header: t.contributions.district, value: (c) => c.from.plan.region?.name ?? null },
            {
              id: 'indicator',
              header: t.contributions.districtIndicator,
              value: (c) => c.from.name,
              cell: (c) => <Link to={paths.indicator(c.from.id)}>{c.from.name}</Link>,
            },
            {
              id: 'target',
              header: t.contributions.target,
              value: (c) => c.from.target?.value ?? c.from.target?.raw ?? null,
              numeric: true,
              cell: (c) => c.from.target?.raw ?? '—',
            },
            {
              id: 'targetYear',
              header: t.contributions.targetYear,
              value: (c) => c.from.target?.year ?? null,
              numeric: true,
            },
            {
              id: 'compared',
              header: t.indicator.compared,
              value: (c) => comparedText(c),
            },
            {
              id: 'comparison',
              header: t.indicator.comparison,
              value: (c) => t.comparison[c.comparison] ?? c.comparison,
            },
            {
              id: 'status',
              header: t.indicator.status,
              value: (c) => t.status[statusOf(c)] ?? null,
              cell: (c) => <StatusBadge status={statusOf(c)} />,
            },
            {
              // The district's own target over time, beside how it compares with the city's.
              id: 'progress',
              header: t.progress.title,
              value: (c) => progressText(c.from),
              cell: (c) => <ProgressBadge of={c.from} />,
            },
            { id: 'method', header: t.indicator.method, value: (c) => t.method[c.method] ?? c.method },
            {
              id: 'score',
              header: t.indicator.score,
              value: (c) => c.score,
              numeric: true,
              cell: (c) => scoreText(c.score),
            },
            { id: 'note', header: t.indicator.note, value: (c) => c.comparisonNote },
            {
              id: 'source',
              header: t.app.source,
              value: (c) => `${c.from.source.lineStart}-${c.from.source.lineEnd}`,
              sortable: false,
              cell: (c) => <SourceLink planId={c.from.source.plan.id} range={c.from.source} />,
            },
          ]}
        />
      </Section>
      <Section title={t.contributions.missing}>
        {data.missing.length === 0 ? (
          <p className="muted">{t.contributions.missingNone}</p>
        ) : (
          <DataTable
            name="missing"
            csvName={`${i.id.replace(/\//g, '_')}-missing`}
            rows={data.missing}
            rowKey={(m) => m.region.code}
            columns={[
              { id: 'region', header: t.contributions.district, value: (m) => m.region.name },
              {
                id: 'plans',
                header: t.contributions.searchedPlans,
                value: (m) => m.plans.map((p) => p.title).join('；'),
                cell: (m) =>
                  m.plans.map((p) => (
                    <div key={p.id}>
                      <Link to={paths.plan(p.id)}>{p.title}</Link>
                    </div>
                  )),
              },
            ]}
          />
        )}
      </Section>
    </>
  );
}

/** Which parent value was compared, said plainly: 79.72（2025 基期值 · 重庆市“十五五”社会发展规划）. */
function comparedText(c: Contributor): string | null {
  const w = c.comparedWith;
  if (!w) return null;
  const source = `${w.plan.title}${w.plan.loaded ? '' : `，${t.contributions.citedIn}`}`;
  return `${w.raw}（${w.year ?? ''} ${t.column[w.kind] ?? w.kind} · ${source}）`;
}

/** One bar per district (its target, coloured by status), the city's compared values as reference lines. */
function chartOption(data: Data): ChartOption {
  const rows = [...data.contributors].sort((a, b) =>
    (a.from.plan.region?.name ?? '').localeCompare(b.from.plan.region?.name ?? '', 'zh-CN'),
  );
  const label = (c: Contributor) => `${c.from.plan.region?.name ?? '—'}\n${c.from.target?.year ?? ''}`;
  // The city's values that were compared (e.g. its 2025 value from the baseline column), once each.
  const lines = new Map<string, { value: number; name: string }>();
  for (const c of rows) {
    const w = c.comparedWith;
    if (!w || w.value === null) continue;
    const name = t.contributions.cityLine(w.raw, w.year, t.column[w.kind] ?? '');
    lines.set(name, { value: w.value, name });
  }
  const cityTarget = data.indicator.target;
  if (cityTarget?.value !== null && cityTarget?.value !== undefined) {
    const name = t.contributions.cityLine(cityTarget.raw, cityTarget.year, t.column.TARGET ?? '');
    if (![...lines.values()].some((l) => l.value === cityTarget.value && l.name === name))
      lines.set(name, { value: cityTarget.value, name });
  }
  const values = rows.map((c) => c.from.target?.value ?? null);
  const all = [...values.filter((v): v is number => v !== null), ...[...lines.values()].map((l) => l.value)];
  // The axis zooms in on the values (life expectancy differs in tenths, not from zero), on round numbers.
  const min = Math.min(...all);
  const max = Math.max(...all);
  const step = 10 ** Math.floor(Math.log10(max - min || Math.abs(max) * 0.1 || 1)) / 2;
  const round = (v: number) => Number(v.toPrecision(12));
  return {
    grid: { left: 60, right: 180, top: 30, bottom: 60 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: rows.map(label) },
    yAxis: {
      type: 'value',
      name: data.indicator.unit ?? '',
      min: round(Math.floor((min - step) / step) * step),
      max: round(Math.ceil((max + step) / step) * step),
    },
    series: [
      {
        type: 'bar',
        name: t.contributions.target,
        barMaxWidth: 56,
        data: rows.map((c, k) => ({
          value: values[k],
          itemStyle: { color: STATUS_COLOR[statusOf(c)] },
        })),
        label: {
          show: true,
          position: 'top',
          formatter: (p: { dataIndex: number }) => {
            const c = rows[p.dataIndex];
            return c ? `${c.from.target?.raw ?? ''} ${t.status[statusOf(c)] ?? ''}` : '';
          },
        },
        markLine: {
          symbol: 'none',
          lineStyle: { type: 'dashed', color: '#37474f' },
          label: { position: 'end', formatter: '{b}' },
          data: [...lines.values()].map((l) => ({ yAxis: l.value, name: l.name })),
        },
      },
    ],
  };
}
