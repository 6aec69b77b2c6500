import { Link, useParams, useSearchParams } from 'react-router';
import { useGql } from '../api/hooks';
import { DataTable, type Column } from '../components/DataTable';
import { QueryView, Section } from '../components/Query';
import { graphql } from '../gql';
import type { MeasureViewQuery } from '../gql/graphql';
import { t } from '../i18n';
import { levelText, periodText, valueText } from '../lib/format';
import { paths } from '../lib/paths';
import { MeasureProgress } from './MeasureProgress';

const MEASURE = graphql(`
  query MeasureView($id: ID!, $region: String!) {
    measure(id: $id) {
      id
      name
      unit
      higherIsBetter
      kind
      series(region: $region) {
        observations {
          id
          year
          raw
          value
          basis
          indicator {
            id
          }
          source {
            citation
            file
            lineStart
            lineEnd
          }
        }
        targets {
          id
          plan {
            title
          }
          target {
            raw
            value
            year
          }
          achievement {
            verdict
            reason
          }
          trajectory {
            status
            expected
            gapYears
            reason
          }
        }
      }
      cascades {
        year
        kind
        coverage
        complete
        sum
        shareOfCity
        min
        median
        max
        above
        equal
        below
        excluded
        cityTarget {
          raw
        }
        districts {
          region {
            name
          }
          indicator {
            id
          }
          target {
            raw
          }
        }
      }
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
    }
    indicatorMatrix(rowsBy: REGION, filter: { measureIds: [$id] }, first: 100) {
      totalRows
      columns {
        index
        periodStart
        periodEnd
      }
      rows {
        key
        label
        region {
          code
          level
        }
        cells {
          column
          indicatorId
          name
          basis
          baseline {
            raw
            year
          }
          target {
            raw
            year
            heading
          }
        }
      }
    }
  }
`);

type Data = MeasureViewQuery;
type Row = Data['indicatorMatrix']['rows'][number];
type Cell = Row['cells'][number];

const cellText = (c: Cell) =>
  `${t.plan.baseline} ${valueText(c.baseline)} → ${t.plan.target} ${valueText(c.target)}${c.basis === 'CITED' ? `（${t.measure.cited}）` : ''}`;

/**
 * A measure's instances as the API's region × plan-period matrix (indicatorMatrix), and the
 * look-alike measures it must not be confused with. One request.
 */
export function Measure() {
  const id = useParams().id ?? '';
  const [params, setParams] = useSearchParams();
  const region = params.get('region') ?? 'chongqing';
  const query = useGql(MEASURE, { id, region });
  const onRegion = (code: string) => setParams({ region: code });
  return (
    <div className="view" data-view="measure">
      <QueryView query={query} ready="measure">
        {(data) => <MeasureBody data={data} region={region} onRegion={onRegion} />}
      </QueryView>
    </div>
  );
}

function MeasureBody({ data, region, onRegion }: { data: Data; region: string; onRegion: (code: string) => void }) {
  const { measure, indicatorMatrix: matrix } = data;
  const columns: Column<Row>[] = [
    { id: 'region', header: t.measure.region, value: (r) => r.label },
    { id: 'level', header: t.home.level, value: (r) => levelText(r.region?.level) },
    ...matrix.columns.map((col): Column<Row> => {
      const cells = (r: Row) => r.cells.filter((c) => c.column === col.index);
      return {
        id: `column-${col.index}`,
        header: periodText(col),
        sortable: false,
        value: (r) =>
          cells(r)
            .map((c) => `${c.name}：${cellText(c)}`)
            .join('；') || null,
        cell: (r) =>
          cells(r).map((c) => (
            <div
              key={c.indicatorId}
              className={c.basis === 'CITED' ? 'cell-item dim' : 'cell-item'}
              data-instance={c.indicatorId}
            >
              <Link to={paths.indicator(c.indicatorId)} title={c.name}>
                {cellText(c)}
              </Link>
              {c.name !== measure.name && <div className="muted small-text">{c.name}</div>}
            </div>
          )),
      };
    }),
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
          rows={matrix.rows}
          rowKey={(r) => r.key}
          columns={columns}
        />
      </Section>
      <MeasureProgress
        measure={measure}
        region={region}
        regions={matrix.rows.flatMap((r) => (r.region ? [{ code: r.region.code, label: r.label }] : []))}
        onRegion={onRegion}
      />
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
