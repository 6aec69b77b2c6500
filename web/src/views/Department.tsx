import { Link, useParams } from 'react-router';
import { useGql } from '../api/hooks';
import { DataTable } from '../components/DataTable';
import { QueryView, Section } from '../components/Query';
import { BasisTag, SourceLink } from '../components/Status';
import { graphql } from '../gql';
import type { DepartmentViewQuery } from '../gql/graphql';
import { t } from '../i18n';
import { levelText } from '../lib/format';
import { paths } from '../lib/paths';

const DEPARTMENT = graphql(`
  query DepartmentView($id: ID!) {
    department(id: $id) {
      id
      name
      fullName
      level
      region {
        code
        name
      }
      counterpart {
        id
        name
        fullName
      }
      districtCounterparts {
        id
        name
        region {
          name
        }
      }
      responsibilities {
        basis
        evidence
        plan {
          id
          title
        }
        item {
          __typename
          ... on Chapter {
            id
            title
            kind
            domains {
              domain {
                id
                nameZh
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
          ... on Goal {
            id
            text
            domains {
              domain {
                id
                nameZh
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
          ... on Indicator {
            id
            name
            domains {
              domain {
                id
                nameZh
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
          ... on Project {
            id
            name
            domains {
              domain {
                id
                nameZh
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
        }
      }
    }
  }
`);

type Dept = DepartmentViewQuery['department'];
type Resp = Dept['responsibilities'][number];

const itemLabel = (item: Resp['item']) =>
  item.__typename === 'Chapter' ? (item.title ?? t.plan.untitled) : item.__typename === 'Goal' ? item.text : item.name;

/** A goal is a paragraph: the table shows its start (the CSV has all of it). */
const short = (text: string) => (text.length > 60 ? `${text.slice(0, 60)}…` : text);

const domainsOf = (r: Resp) => r.item.domains.map((d) => d.domain.nameZh).join('、') || t.department.noDomain;

/** A department: its municipal counterpart and what it answers for, by plan and domain. One request. */
export function Department() {
  const id = useParams()['*'] ?? '';
  const query = useGql(DEPARTMENT, { id });
  return (
    <div className="view" data-view="department">
      <QueryView query={query} ready="department">
        {(data) => <DepartmentBody dept={data.department} />}
      </QueryView>
    </div>
  );
}

function DepartmentBody({ dept }: { dept: Dept }) {
  const byPlan = new Map<string, { title: string; rows: Resp[] }>();
  for (const r of dept.responsibilities) {
    const key = r.plan?.id ?? '—';
    const group = byPlan.get(key) ?? { title: r.plan?.title ?? '—', rows: [] };
    group.rows.push(r);
    byPlan.set(key, group);
  }
  return (
    <>
      <h1>{dept.name}</h1>
      <dl className="meta">
        <dt>{t.department.fullName}</dt>
        <dd>{dept.fullName ?? '—'}</dd>
        <dt>{t.department.region}</dt>
        <dd>{dept.region ? <Link to={paths.departments(dept.region.code)}>{dept.region.name}</Link> : '—'}</dd>
        <dt>{t.home.level}</dt>
        <dd>{levelText(dept.level)}</dd>
        <dt>{t.department.counterpart}</dt>
        <dd>
          {dept.counterpart ? <Link to={paths.department(dept.counterpart.id)}>{dept.counterpart.name}</Link> : '—'}
        </dd>
        {dept.districtCounterparts.length > 0 && (
          <>
            <dt>{t.department.districtCounterparts}</dt>
            <dd className="tags">
              {dept.districtCounterparts.map((d) => (
                <Link key={d.id} to={paths.department(d.id)} className="tag">
                  {d.region?.name} {d.name}
                </Link>
              ))}
            </dd>
          </>
        )}
      </dl>
      <Section title={`${t.department.responsibilities}（${dept.responsibilities.length}）· ${t.department.byPlan}`}>
        {[...byPlan.entries()].map(([planId, group]) => (
          <div key={planId} className="group">
            <h3>
              {planId === '—' ? group.title : <Link to={paths.plan(planId)}>{group.title}</Link>}（{group.rows.length}）
            </h3>
            <DataTable
              name={`responsibilities-${planId}`}
              csvName={`${dept.id.replace(/\//g, '_')}-${planId.replace(/\//g, '_')}`}
              rows={group.rows}
              rowKey={(r) => r.item.id}
              initialSort={[{ id: 'domain', desc: false }]}
              columns={[
                { id: 'domain', header: t.department.domain, value: domainsOf },
                {
                  id: 'type',
                  header: t.department.type,
                  value: (r) => t.searchType[r.item.__typename] ?? r.item.__typename,
                },
                {
                  id: 'item',
                  header: t.department.item,
                  value: (r) => itemLabel(r.item),
                  cell: (r) =>
                    r.item.__typename === 'Indicator' ? (
                      <Link to={paths.indicator(r.item.id)}>{itemLabel(r.item)}</Link>
                    ) : (
                      <SourceLink
                        planId={r.item.source.plan.id}
                        range={r.item.source}
                        label={short(itemLabel(r.item))}
                      />
                    ),
                },
                {
                  id: 'basis',
                  header: t.department.basis,
                  value: (r) => t.basis[r.basis] ?? r.basis,
                  cell: (r) => <BasisTag basis={r.basis} evidence={r.evidence} />,
                },
                { id: 'evidence', header: t.department.evidence, value: (r) => r.evidence },
              ]}
            />
          </div>
        ))}
      </Section>
    </>
  );
}
