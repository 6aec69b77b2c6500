import { lazy, Suspense } from 'react';
import { Link, useParams } from 'react-router';
import { useGql } from '../api/hooks';
import { DataTable } from '../components/DataTable';
import { Loading } from '../components/ErrorMessage';
import { QueryView, Section } from '../components/Query';
import { BasisTag, SourceLink, StatusBadge, Value } from '../components/Status';
import { graphql } from '../gql';
import type { IndicatorViewQuery } from '../gql/graphql';
import { t } from '../i18n';
import { levelText, scoreText, valueText } from '../lib/format';
import { paths } from '../lib/paths';
import { statusOf } from '../lib/status';

// React Flow and dagre load with the first view that draws a chain.
const RollUpDiagram = lazy(() => import('../components/RollUpDiagram').then((m) => ({ default: m.RollUpDiagram })));

const INDICATOR = graphql(`
  query IndicatorView($id: ID!) {
    indicator(id: $id) {
      ...ChainIndicator
      seq
      category
      attribute
      cumulative
      basis
      citedMunicipalTarget {
        raw
        year
      }
      measure {
        id
        name
        unit
        higherIsBetter
      }
      measureCandidate {
        measure {
          id
          name
        }
        score
        reason
      }
      domains {
        domain {
          id
          nameZh
        }
        basis
        evidence
      }
      responsible {
        department {
          id
          name
        }
        basis
        evidence
      }
      source {
        plan {
          id
        }
        lineStart
        lineEnd
        fromSidecar
        file
      }
      rolledUpFrom {
        ...ChainStep
      }
      candidates {
        ...ChainStep
      }
    }
    rollUp(indicatorId: $id) {
      steps {
        ...ChainStep
        depth
      }
    }
  }

  fragment ChainIndicator on Indicator {
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
      level
      region {
        name
      }
    }
  }

  fragment ChainStep on RollUpStep {
    from {
      ...ChainIndicator
    }
    to {
      ...ChainIndicator
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
    unitsAgree
  }
`);

type Data = IndicatorViewQuery;
type Step = Data['indicator']['rolledUpFrom'][number];

/** An indicator: values, measure, domains, departments and its roll-up chain as a diagram. One request. */
export function Indicator() {
  const id = useParams()['*'] ?? '';
  const query = useGql(INDICATOR, { id });
  return (
    <div className="view" data-view="indicator">
      <QueryView query={query} ready="indicator">
        {(data) => <IndicatorBody data={data} />}
      </QueryView>
    </div>
  );
}

function IndicatorBody({ data }: { data: Data }) {
  const i = data.indicator;
  // Up the chain (transitively) and, for a higher-level indicator, the lower levels feeding it.
  const steps: Step[] = [...data.rollUp.steps, ...i.rolledUpFrom];
  const isMunicipal = i.plan.level === 'MUNICIPAL';
  return (
    <>
      <h1>
        {i.name}
        {i.unit && <span className="muted">（{i.unit}）</span>}
      </h1>
      <p>
        <Link to={paths.plan(i.plan.id)}>{i.plan.title}</Link> · {i.plan.region?.name ?? '—'} ·{' '}
        {levelText(i.plan.level)} ·{' '}
        {i.source.fromSidecar ? (
          `${t.plan.sidecar} ${i.source.file ?? ''}`
        ) : (
          <SourceLink planId={i.source.plan.id} range={i.source} label={t.source.open} />
        )}
        {i.basis === 'CITED' && <span className="tag">{t.indicator.cited}</span>}
      </p>
      <Section title={t.indicator.values}>
        <dl className="meta">
          <dt>{t.plan.baseline}</dt>
          <dd>
            <Value v={i.baseline} />
          </dd>
          <dt>{t.plan.target}</dt>
          <dd>
            <Value v={i.target} />
          </dd>
          {i.citedMunicipalTarget && (
            <>
              <dt>{t.plan.citedTarget}</dt>
              <dd>
                <Value v={i.citedMunicipalTarget} />
              </dd>
            </>
          )}
          <dt>{t.plan.attribute}</dt>
          <dd>{i.attribute ? t.attribute[i.attribute] : '—'}</dd>
          <dt>{t.plan.cumulative}</dt>
          <dd>{i.cumulative ? t.plan.cumulativeMark : '—'}</dd>
          <dt>{t.plan.category}</dt>
          <dd>{i.category ?? '—'}</dd>
          <dt>{t.indicator.measure}</dt>
          <dd>
            {i.measure ? (
              <>
                <Link to={paths.measure(i.measure.id)}>{i.measure.name}</Link>{' '}
                <span className="muted">
                  {i.measure.higherIsBetter === false ? t.measure.lowerIsBetter : t.measure.higherIsBetter}
                </span>
              </>
            ) : (
              <>
                {t.indicator.noMeasure}
                {i.measureCandidate && (
                  <div className="muted">
                    → <Link to={paths.measure(i.measureCandidate.measure.id)}>{i.measureCandidate.measure.name}</Link> (
                    {scoreText(i.measureCandidate.score)}) {i.measureCandidate.reason}
                  </div>
                )}
              </>
            )}
          </dd>
          <dt>{t.indicator.domains}</dt>
          <dd className="tags" data-domains>
            {i.domains.length === 0
              ? '—'
              : i.domains.map((d) => (
                  <BasisTag key={d.domain.id} basis={d.basis} evidence={d.evidence}>
                    {d.domain.nameZh}
                  </BasisTag>
                ))}
          </dd>
          <dt>{t.indicator.responsible}</dt>
          <dd className="tags" data-responsible>
            {i.responsible.length === 0
              ? '—'
              : i.responsible.map((r) => (
                  <BasisTag key={r.department.id} basis={r.basis} evidence={r.evidence}>
                    <Link to={paths.department(r.department.id)}>{r.department.name}</Link>
                  </BasisTag>
                ))}
          </dd>
        </dl>
      </Section>
      <Section title={t.indicator.chain}>
        {isMunicipal && i.rolledUpFrom.length > 0 && (
          <p>
            <Link to={paths.contributions(i.id)}>{t.indicator.contributions} →</Link>
          </p>
        )}
        {steps.length === 0 ? (
          <p className="muted">{t.indicator.noChain}</p>
        ) : (
          <>
            <p className="muted">{t.indicator.chainNote}</p>
            <Suspense fallback={<Loading />}>
              <RollUpDiagram focusId={i.id} steps={steps} />
            </Suspense>
            <StepTable name="chain-steps" csvName={`${i.id.replace(/\//g, '_')}-rollup`} steps={steps} />
          </>
        )}
      </Section>
      {i.candidates.length > 0 && (
        <Section title={t.indicator.candidates}>
          <StepTable name="candidates" csvName={`${i.id.replace(/\//g, '_')}-candidates`} steps={i.candidates} />
          <p>
            <Link to={paths.gaps()}>{t.nav.gaps} →</Link>
          </p>
        </Section>
      )}
    </>
  );
}

function StepTable({ steps, name, csvName }: { steps: Step[]; name: string; csvName: string }) {
  const label = (x: Step['from']) => `${x.plan.region?.name ?? '—'} · ${x.name}`;
  return (
    <DataTable
      name={name}
      csvName={csvName}
      rows={steps}
      rowKey={(s) => `${s.from.id}→${s.to.id}`}
      columns={[
        {
          id: 'from',
          header: t.indicator.from,
          value: (s) => label(s.from),
          cell: (s) => <Link to={paths.indicator(s.from.id)}>{label(s.from)}</Link>,
        },
        { id: 'fromValue', header: t.contributions.target, value: (s) => s.fromValue ?? valueText(s.from.target) },
        {
          id: 'to',
          header: t.indicator.to,
          value: (s) => `${label(s.to)}（${s.to.plan.title}）`,
          cell: (s) => (
            <>
              <Link to={paths.indicator(s.to.id)}>{label(s.to)}</Link>
              {!s.to.plan.loaded && <span className="tag dim">{t.indicator.cited}</span>}
            </>
          ),
        },
        {
          id: 'compared',
          header: t.indicator.compared,
          value: (s) => (s.toValue ? `${s.toValue}${s.toValueColumn ? `（${t.column[s.toValueColumn]}）` : ''}` : null),
        },
        { id: 'year', header: t.indicator.comparedYear, value: (s) => s.comparedYear, numeric: true },
        { id: 'method', header: t.indicator.method, value: (s) => t.method[s.method] ?? s.method },
        {
          id: 'score',
          header: t.indicator.score,
          value: (s) => s.score,
          numeric: true,
          cell: (s) => scoreText(s.score),
        },
        {
          id: 'comparison',
          header: t.indicator.comparison,
          value: (s) => t.comparison[s.comparison] ?? s.comparison,
        },
        {
          id: 'status',
          header: t.indicator.status,
          value: (s) => t.status[statusOf(s)] ?? null,
          cell: (s) => <StatusBadge status={statusOf(s)} />,
        },
        { id: 'note', header: t.indicator.note, value: (s) => s.comparisonNote },
      ]}
    />
  );
}
