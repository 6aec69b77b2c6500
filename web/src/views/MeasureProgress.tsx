import { lazy, Suspense, useMemo } from 'react';
import { Link } from 'react-router';
import type { ChartOption } from '../components/EChart';
import { Loading } from '../components/ErrorMessage';
import { Section } from '../components/Query';
import type { MeasureViewQuery } from '../gql/graphql';
import { t } from '../i18n';
import { valueText } from '../lib/format';
import { paths } from '../lib/paths';
import { TRAJECTORY_COLOR, VERDICT_COLOR } from '../lib/progress';

const EChart = lazy(() => import('../components/EChart').then((m) => ({ default: m.EChart })));

type Measure = MeasureViewQuery['measure'];
type Series = Measure['series'];
type Target = Series['targets'][number];
type Cascade = Measure['cascades'][number];

/** A target's marker colour: its verdict when its year is observed, its trajectory status when running. */
const targetColor = (x: Target) =>
  x.achievement
    ? VERDICT_COLOR[x.achievement.verdict]
    : x.trajectory
      ? TRAJECTORY_COLOR[x.trajectory.status]
      : '#9e9e9e';

function chartOption(series: Series, unit: string | null): ChartOption {
  const years = [
    ...new Set([
      ...series.observations.map((o) => o.year),
      ...series.targets.flatMap((x) => (x.target?.year ? [x.target.year] : [])),
    ]),
  ].sort((a, b) => a - b);
  const at = (year: number) => String(year);
  return {
    tooltip: { trigger: 'item' },
    legend: { data: [t.progress.observed, t.progress.target] },
    grid: { left: 60, right: 30, top: 40, bottom: 40 },
    xAxis: { type: 'category', data: years.map(at) },
    yAxis: { type: 'value', name: unit ?? '', scale: true },
    series: [
      {
        name: t.progress.observed,
        type: 'line',
        connectNulls: true,
        data: years.map((y) => series.observations.find((o) => o.year === y && o.value !== null)?.value ?? null),
        label: { show: true, formatter: (p: { value: number | null }) => (p.value === null ? '' : String(p.value)) },
      },
      {
        name: t.progress.target,
        type: 'scatter',
        symbol: 'diamond',
        symbolSize: 16,
        data: series.targets
          .filter((x) => x.target?.value != null && x.target.year)
          .map((x) => ({
            value: [at(x.target!.year!), x.target!.value],
            itemStyle: { color: targetColor(x) },
            name: `${x.target!.raw}（${x.plan.title}）`,
          })),
        label: { show: true, position: 'right', formatter: (p: { name: string }) => p.name.split('（')[0] ?? '' },
      },
    ],
  };
}

/**
 * The measure in one region over time (Measure.series): observations as a line, targets as
 * diamonds coloured by their verdict or trajectory; then each year's cascade of district targets
 * against the city's, with its coverage. Part of the measure view's one request.
 */
export function MeasureProgress({
  measure,
  region,
  regions,
  onRegion,
}: {
  measure: Measure;
  region: string;
  regions: Array<{ code: string; label: string }>;
  onRegion: (code: string) => void;
}) {
  const { series } = measure;
  const option = useMemo(() => chartOption(series, measure.unit), [series, measure.unit]);
  return (
    <>
      <Section title={t.progress.title}>
        <label>
          {t.progress.region}：
          <select value={region} onChange={(e) => onRegion(e.target.value)} data-progress-region>
            {regions.map((r) => (
              <option key={r.code} value={r.code}>
                {r.label}
              </option>
            ))}
          </select>
        </label>
        {series.observations.length === 0 && <p className="muted">{t.progress.noObservations}</p>}
        <Suspense fallback={<Loading />}>
          <EChart option={option} name="series" height={300} />
        </Suspense>
        <table className="table" data-table="series">
          <thead>
            <tr>
              <th>{t.progress.year}</th>
              <th>{t.progress.observed}</th>
              <th>{t.progress.basis}</th>
              <th>{t.progress.source}</th>
            </tr>
          </thead>
          <tbody>
            {series.observations.map((o) => (
              <tr key={o.id} data-observation={o.year}>
                <td>{o.year}</td>
                <td>{o.raw}</td>
                <td>{o.basis === 'STATED' ? t.progress.stated : t.progress.imported}</td>
                <td>
                  {o.indicator ? (
                    <Link to={paths.indicator(o.indicator.id)}>
                      {o.source.citation} {o.source.lineStart}
                      {o.source.lineEnd !== o.source.lineStart ? `–${o.source.lineEnd}` : ''}
                    </Link>
                  ) : (
                    `${o.source.citation ?? ''}（${o.source.file ?? ''} ${o.source.lineStart ?? ''}）`
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <table className="table" data-table="targets">
          <thead>
            <tr>
              <th>{t.progress.target}</th>
              <th>{t.progress.achievement}</th>
              <th>{t.progress.trajectory}</th>
            </tr>
          </thead>
          <tbody>
            {series.targets.map((x) => (
              <tr key={x.id} data-target={x.id}>
                <td>
                  <Link to={paths.indicator(x.id)}>{valueText(x.target)}</Link>
                  <div className="muted small-text">{x.plan.title}</div>
                </td>
                <td>
                  {x.achievement ? (
                    <span
                      style={{ color: VERDICT_COLOR[x.achievement.verdict] }}
                      data-verdict={x.achievement.verdict}
                      title={x.achievement.reason}
                    >
                      {t.progress.verdict[x.achievement.verdict]}：{x.achievement.reason}
                    </span>
                  ) : (
                    '—'
                  )}
                </td>
                <td>
                  {x.trajectory ? (
                    <span
                      style={{ color: TRAJECTORY_COLOR[x.trajectory.status] }}
                      data-trajectory={x.trajectory.status}
                      title={x.trajectory.reason}
                    >
                      {t.progress.status[x.trajectory.status]}：{t.progress.expected} {x.trajectory.expected ?? '—'}，
                      {t.progress.gapYears} {x.trajectory.gapYears ?? '—'}
                    </span>
                  ) : (
                    '—'
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>
      <Section title={t.progress.cascade}>
        {measure.cascades.length === 0 ? (
          <p className="muted">{t.app.none}</p>
        ) : (
          measure.cascades.map((c) => <CascadeBlock key={c.year} cascade={c} unit={measure.unit} />)
        )}
      </Section>
    </>
  );
}

function CascadeBlock({ cascade: c, unit }: { cascade: Cascade; unit: string | null }) {
  return (
    <div className="cascade" data-cascade={c.year}>
      <h3>
        {c.year} · {t.progress.coverage} <span data-coverage>{c.coverage}</span>
        {!c.complete && <span className="muted">{t.progress.partial}</span>}
      </h3>
      <dl className="meta">
        <dt>{t.progress.cityTarget}</dt>
        <dd>{c.cityTarget ? c.cityTarget.raw : '—'}</dd>
        {c.kind === 'TOTAL' ? (
          <>
            <dt>{t.progress.districtSum}</dt>
            <dd data-sum>
              {c.sum ?? '—'}
              {unit ?? ''}
              {c.shareOfCity !== null ? `（${Math.round(c.shareOfCity * 1000) / 10}%）` : ''}
            </dd>
          </>
        ) : (
          <>
            <dt>{t.progress.spread}</dt>
            <dd data-spread>
              {c.min ?? '—'} – {c.median ?? '—'} – {c.max ?? '—'}
            </dd>
            <dt>{t.progress.aboveEqualBelow}</dt>
            <dd>
              {c.above} / {c.equal} / {c.below}
            </dd>
          </>
        )}
        {c.excluded.length > 0 && (
          <>
            <dt>{t.progress.excluded}</dt>
            <dd>{c.excluded.join('；')}</dd>
          </>
        )}
      </dl>
      <ul className="related">
        {c.districts.map((d) => (
          <li key={d.indicator.id}>
            <Link to={paths.indicator(d.indicator.id)}>{d.region.name}</Link>：{d.target.raw}
          </li>
        ))}
      </ul>
    </div>
  );
}
