import { Link, useParams, useSearchParams } from 'react-router';
import { useGql } from '../api/hooks';
import { DataTable } from '../components/DataTable';
import { ProgressBadge, progressText } from '../components/Progress';
import { QueryView, Section } from '../components/Query';
import { SourceLink, StatusBadge } from '../components/Status';
import { graphql } from '../gql';
import type { PlanViewQuery } from '../gql/graphql';
import { t } from '../i18n';
import { levelText, periodText, valueText } from '../lib/format';
import { parseLines, paths } from '../lib/paths';
import { STATUS_ORDER, statusOf } from '../lib/status';
import { SourcePanel } from './SourcePanel';

const PLAN = graphql(`
  query PlanView($id: ID!) {
    plan(id: $id) {
      id
      title
      level
      draft
      issuer
      docNumber
      issuedOn
      loaded
      periodStart
      periodEnd
      sourceFile
      region {
        code
        name
      }
      basedOn {
        id
        title
        loaded
      }
      citedBy {
        id
        title
      }
      chapters {
        ...OutlineChapter
        children {
          ...OutlineChapter
          children {
            ...OutlineChapter
          }
        }
      }
      goals {
        id
        lead
        text
        horizonYear
        source {
          lineStart
          lineEnd
        }
      }
      boxes {
        id
        number
        title
        source {
          lineStart
          lineEnd
        }
        projects {
          id
          name
          text
          source {
            lineStart
            lineEnd
          }
        }
      }
      indicators(first: 100) {
        totalCount
        nodes {
          id
          seq
          printedSeq
          tableCaption
          name
          unit
          category
          attribute
          cumulative
          baseline {
            raw
            year
          }
          target {
            raw
            year
          }
          citedMunicipalTarget {
            raw
            year
          }
          measure {
            id
            name
          }
          source {
            lineStart
            lineEnd
            fromSidecar
            file
            plan {
              id
            }
          }
          rollsUpTo {
            comparison
            status
            to {
              id
            }
          }
          rolledUpFrom {
            comparison
            status
            from {
              id
            }
          }
          ...IndicatorProgress
        }
      }
    }
  }

  fragment OutlineChapter on Chapter {
    id
    kind
    number
    title
    inferred
    evidence
    source {
      lineStart
      lineEnd
    }
  }
`);

type PlanData = PlanViewQuery['plan'];
type Row = PlanData['indicators']['nodes'][number];
interface OutlineNode {
  id: string;
  kind: string;
  number: number | null;
  title: string | null;
  inferred: boolean;
  evidence: string | null;
  source: { lineStart: number; lineEnd: number };
  children?: OutlineNode[];
}

/**
 * A plan: metadata, outline, goals, boxes and the main indicator table; every row and heading
 * opens its source beside it (?src=a-b). One request for the plan, one for the source text.
 */
export function Plan() {
  const id = useParams()['*'] ?? '';
  const [params] = useSearchParams();
  const range = parseLines(params.get('src'));
  const query = useGql(PLAN, { id });
  return (
    <div className={range ? 'view with-panel' : 'view'} data-view="plan">
      <div className="view-main">
        <QueryView query={query} ready="plan">
          {(data) => <PlanBody plan={data.plan} />}
        </QueryView>
      </div>
      {range && <SourcePanel planId={id} range={range} />}
    </div>
  );
}

function PlanBody({ plan }: { plan: PlanData }) {
  // The whole plan (lines 1–n) is the plan's own source: the metadata's link opens its first lines.
  const head = { lineStart: 1, lineEnd: 3 };
  return (
    <>
      <h1>
        {plan.title}
        {plan.draft && <span className="tag">{t.plan.draft}</span>}
      </h1>
      <Section title={t.plan.metadata}>
        <dl className="meta">
          <dt>{t.plan.region}</dt>
          <dd>{plan.region ? plan.region.name : '—'}</dd>
          <dt>{t.plan.level}</dt>
          <dd>{levelText(plan.level)}</dd>
          <dt>{t.plan.period}</dt>
          <dd>{periodText(plan)}</dd>
          <dt>{t.plan.issuer}</dt>
          <dd>{plan.issuer ?? '—'}</dd>
          <dt>{t.plan.docNumber}</dt>
          <dd>{plan.docNumber ?? '—'}</dd>
          <dt>{t.plan.issuedOn}</dt>
          <dd>{plan.issuedOn ?? '—'}</dd>
          <dt>{t.plan.sourceFile}</dt>
          <dd>{plan.sourceFile ? <SourceLink planId={plan.id} range={head} label={plan.sourceFile} /> : '—'}</dd>
          <dt>{t.plan.basedOn}</dt>
          <dd>
            {plan.basedOn.length === 0
              ? '—'
              : plan.basedOn.map((b) => (
                  <div key={b.id}>
                    <Link to={paths.plan(b.id)}>{b.title}</Link>
                    {!b.loaded && <span className="tag dim">{t.plan.notLoaded}</span>}
                  </div>
                ))}
          </dd>
          {plan.citedBy.length > 0 && (
            <>
              <dt>{t.plan.citedBy}</dt>
              <dd>
                {plan.citedBy.map((c) => (
                  <div key={c.id}>
                    <Link to={paths.plan(c.id)}>{c.title}</Link>
                  </div>
                ))}
              </dd>
            </>
          )}
        </dl>
        {!plan.loaded && <p className="muted">{t.plan.stubNote}</p>}
      </Section>
      <nav className="jump">
        {[
          ['indicators', t.plan.indicators, plan.indicators.totalCount],
          ['outline', t.plan.outline, plan.chapters.length],
          ['goals', t.plan.goals, plan.goals.length],
          ['boxes', t.plan.boxes, plan.boxes.length],
        ]
          .filter(([, , n]) => Number(n) > 0)
          .map(([anchor, label, n]) => (
            <a key={String(anchor)} href={`#${String(anchor)}`}>
              {label}（{n}）
            </a>
          ))}
      </nav>
      <Section title={`${t.plan.indicators}（${plan.indicators.totalCount}）`} id="indicators">
        <IndicatorTable plan={plan} />
      </Section>
      {plan.chapters.length > 0 && (
        <Section title={t.plan.outline} id="outline">
          <Outline planId={plan.id} nodes={plan.chapters} />
        </Section>
      )}
      {plan.goals.length > 0 && (
        <Section title={t.plan.goals} id="goals">
          <ol className="goals">
            {plan.goals.map((g) => (
              <li key={g.id} data-goal={g.id}>
                <Link to={paths.plan(plan.id, g.source)} preventScrollReset>
                  {g.text}
                </Link>
                {g.horizonYear && (
                  <span className="tag">
                    {t.plan.horizon} {g.horizonYear}
                  </span>
                )}
              </li>
            ))}
          </ol>
        </Section>
      )}
      {plan.boxes.length > 0 && (
        <Section title={t.plan.boxes} id="boxes">
          {plan.boxes.map((b) => (
            <div key={b.id} className="box">
              <Link to={paths.plan(plan.id, b.source)} preventScrollReset className="box-title">
                {t.plan.box}
                {b.number} {b.title ?? ''}
              </Link>
              <ul>
                {b.projects.map((p) => (
                  <li key={p.id}>
                    <Link to={paths.plan(plan.id, p.source)} preventScrollReset>
                      {p.name}
                    </Link>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </Section>
      )}
    </>
  );
}

function Outline({ planId, nodes }: { planId: string; nodes: OutlineNode[] }) {
  return (
    <ul className="outline">
      {nodes.map((n) => (
        <li key={n.id} data-chapter={n.id}>
          <Link
            to={paths.plan(planId, n.source)}
            preventScrollReset
            className={n.inferred ? 'inferred' : undefined}
            title={n.inferred ? `${t.plan.inferred}：${n.evidence ?? ''}` : undefined}
          >
            <span className="kind">
              {n.number !== null ? `第${n.number}${t.kind[n.kind] ?? ''}` : (t.kind[n.kind] ?? '')}
            </span>{' '}
            {n.title ?? t.plan.untitled}
          </Link>
          {n.inferred && (
            <span className="tag inferred-tag" title={n.evidence ?? undefined}>
              {t.plan.inferred}
            </span>
          )}
          {n.children && n.children.length > 0 && <Outline planId={planId} nodes={n.children} />}
        </li>
      ))}
    </ul>
  );
}

function IndicatorTable({ plan }: { plan: PlanData }) {
  const rows = plan.indicators.nodes;
  const hasCited = rows.some((r) => r.citedMunicipalTarget);
  // Only a plan that prints indicator tables besides its main one says which table a row is in.
  const hasMore = rows.some((r) => r.tableCaption);
  const sourceOf = (r: Row) => <SourceLink planId={r.source.plan.id} range={r.source} />;
  return (
    <DataTable
      name="plan-indicators"
      csvName={`${plan.id.replace(/\//g, '_')}-indicators`}
      rows={rows}
      rowKey={(r) => r.id}
      columns={[
        { id: 'seq', header: t.plan.seq, value: (r) => r.seq, numeric: true },
        ...(hasMore
          ? [
              {
                id: 'table',
                header: t.plan.table,
                value: (r: Row) =>
                  r.tableCaption ? t.plan.otherTable(r.tableCaption, r.printedSeq) : t.plan.mainTable,
              },
            ]
          : []),
        { id: 'category', header: t.plan.category, value: (r) => r.category },
        {
          id: 'name',
          header: t.plan.name,
          value: (r) => r.name,
          cell: (r) => <Link to={paths.indicator(r.id)}>{r.name}</Link>,
        },
        { id: 'unit', header: t.plan.unit, value: (r) => r.unit },
        { id: 'baseline', header: t.plan.baseline, value: (r) => valueText(r.baseline) },
        { id: 'target', header: t.plan.target, value: (r) => valueText(r.target) },
        ...(hasCited
          ? [{ id: 'cited', header: t.plan.citedTarget, value: (r: Row) => valueText(r.citedMunicipalTarget) }]
          : []),
        { id: 'attribute', header: t.plan.attribute, value: (r) => (r.attribute ? t.attribute[r.attribute] : null) },
        {
          id: 'cumulative',
          header: t.plan.cumulative,
          value: (r) => (r.cumulative ? t.plan.cumulativeMark : null),
        },
        {
          id: 'measure',
          header: t.plan.measure,
          value: (r) => r.measure?.name ?? null,
          cell: (r) => (r.measure ? <Link to={paths.measure(r.measure.id)}>{r.measure.name}</Link> : '—'),
        },
        plan.level === 'MUNICIPAL'
          ? {
              // A city indicator: how the district targets that roll up to it stand.
              id: 'districts',
              header: t.plan.districts,
              value: (r: Row) => r.rolledUpFrom.length || null,
              numeric: true,
              cell: (r: Row) =>
                r.rolledUpFrom.length === 0 ? (
                  '—'
                ) : (
                  <Link to={paths.contributions(r.id)} className="badges">
                    {STATUS_ORDER.map((status) => {
                      const n = r.rolledUpFrom.filter((s) => statusOf(s) === status).length;
                      return n > 0 ? <StatusBadge key={status} status={status} count={n} /> : null;
                    })}
                  </Link>
                ),
            }
          : {
              id: 'rollup',
              header: t.plan.rollUp,
              value: (r: Row) => r.rollsUpTo.map((s) => t.status[statusOf(s)]).join(' / ') || null,
              cell: (r: Row) =>
                r.rollsUpTo.length === 0 ? (
                  '—'
                ) : (
                  <Link to={paths.indicator(r.id)} className="badges">
                    {r.rollsUpTo.map((s) => (
                      <StatusBadge key={s.to.id} status={statusOf(s)} />
                    ))}
                  </Link>
                ),
            },
        {
          // Its own target over time: the verdict once its year is observed, else where it stands on the path.
          id: 'progress',
          header: t.progress.title,
          value: (r) => progressText(r),
          cell: (r) => <ProgressBadge of={r} />,
        },
        {
          id: 'source',
          header: t.app.source,
          value: (r) => `${r.source.lineStart}-${r.source.lineEnd}`,
          sortable: false,
          cell: (r) => (r.source.fromSidecar ? `${t.plan.sidecar} ${r.source.file ?? ''}` : sourceOf(r)),
        },
      ]}
    />
  );
}
