import { Link, useParams } from 'react-router';
import { useGql } from '../api/hooks';
import { DataTable, type Column } from '../components/DataTable';
import { QueryView, Section } from '../components/Query';
import { graphql } from '../gql';
import type { MeasureViewQuery } from '../gql/graphql';
import { t } from '../i18n';
import { levelText, periodText, valueText } from '../lib/format';
import { paths } from '../lib/paths';

const MEASURE = graphql(`
  query MeasureView($id: ID!) {
    measure(id: $id) {
      id
      name
      unit
      higherIsBetter
      aliases
      domain {
        id
        nameZh
      }
      related {
        measure {
          id
          name
          unit
        }
        why
      }
      instances {
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
          periodStart
          periodEnd
          region {
            code
            name
            level
          }
        }
      }
    }
  }
`);

type MeasureData = MeasureViewQuery['measure'];
type Instance = MeasureData['instances'][number];
interface MatrixRow {
  code: string;
  name: string;
  level: string;
  cells: Map<string, Instance[]>;
}

const instanceText = (i: Instance) =>
  `${t.plan.baseline} ${valueText(i.baseline)} → ${t.plan.target} ${valueText(i.target)}${i.plan.loaded ? '' : `（${t.measure.cited}）`}`;

/** A measure's instances as a region × plan-period matrix, and the look-alike measures it must not be confused with. One request. */
export function Measure() {
  const id = useParams().id ?? '';
  const query = useGql(MEASURE, { id });
  return (
    <div className="view" data-view="measure">
      <QueryView query={query} ready="measure">
        {(data) => <MeasureBody measure={data.measure} />}
      </QueryView>
    </div>
  );
}

function MeasureBody({ measure }: { measure: MeasureData }) {
  const periods = [...new Set(measure.instances.map((i) => periodText(i.plan)))].sort();
  const byRegion = new Map<string, MatrixRow>();
  for (const i of measure.instances) {
    const region = i.plan.region;
    const key = region?.code ?? '—';
    const row = byRegion.get(key) ?? {
      code: key,
      name: region?.name ?? '—',
      level: region?.level ?? '',
      cells: new Map<string, Instance[]>(),
    };
    const period = periodText(i.plan);
    row.cells.set(period, [...(row.cells.get(period) ?? []), i]);
    byRegion.set(key, row);
  }
  // The city first, then the districts by name.
  const rows = [...byRegion.values()].sort(
    (a, b) =>
      Number(b.level === 'MUNICIPAL') - Number(a.level === 'MUNICIPAL') || a.name.localeCompare(b.name, 'zh-CN'),
  );
  const columns: Column<MatrixRow>[] = [
    { id: 'region', header: t.measure.region, value: (r) => r.name },
    { id: 'level', header: t.home.level, value: (r) => levelText(r.level) },
    ...periods.map((p): Column<MatrixRow> => ({
      id: `period-${p}`,
      header: p,
      sortable: false,
      value: (r) => (r.cells.get(p) ?? []).map((i) => `${i.name}：${instanceText(i)}`).join('；') || null,
      cell: (r) =>
        (r.cells.get(p) ?? []).map((i) => (
          <div key={i.id} className={i.plan.loaded ? 'cell-item' : 'cell-item dim'} data-instance={i.id}>
            <Link to={paths.indicator(i.id)} title={`${i.plan.title} · ${i.name}`}>
              {instanceText(i)}
            </Link>
            {i.name !== measure.name && <div className="muted small-text">{i.name}</div>}
          </div>
        )),
    })),
  ];
  return (
    <>
      <h1>
        {measure.name}
        {measure.unit && <span className="muted">（{measure.unit}）</span>}
      </h1>
      <dl className="meta">
        <dt>{t.measure.domain}</dt>
        <dd>{measure.domain?.nameZh ?? '—'}</dd>
        <dt>{t.measure.aliases}</dt>
        <dd>{measure.aliases.join('、') || '—'}</dd>
        <dt>{t.measure.direction}</dt>
        <dd>
          {measure.higherIsBetter === null
            ? '—'
            : measure.higherIsBetter
              ? t.measure.higherIsBetter
              : t.measure.lowerIsBetter}
        </dd>
      </dl>
      <Section title={t.measure.matrix}>
        <DataTable
          name="matrix"
          csvName={`measure-${measure.id}`}
          rows={rows}
          rowKey={(r) => r.code}
          columns={columns}
        />
      </Section>
      <Section title={t.measure.related}>
        {measure.related.length === 0 ? (
          <p className="muted">{t.app.none}</p>
        ) : (
          <ul className="related" data-related>
            {measure.related.map((r) => (
              <li key={r.measure.id}>
                <Link to={paths.measure(r.measure.id)}>{r.measure.name}</Link>
                {r.measure.unit && <span className="muted">（{r.measure.unit}）</span>} — {t.measure.why}：
                {r.why ?? '—'}
              </li>
            ))}
          </ul>
        )}
      </Section>
    </>
  );
}
