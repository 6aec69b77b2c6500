import { Link, useSearchParams } from 'react-router';
import { useGql } from '../api/hooks';
import { QueryView, Section } from '../components/Query';
import { graphql } from '../gql';
import type { SearchQuery } from '../gql/graphql';
import { t } from '../i18n';
import { paths } from '../lib/paths';

const SEARCH = graphql(`
  query Search($text: String!) {
    search(text: $text, first: 50) {
      score
      item {
        __typename
        ... on Plan {
          id
          title
        }
        ... on Chapter {
          id
          heading: title
          kind
          source {
            plan {
              id
              title
            }
            lineStart
            lineEnd
          }
        }
        ... on Goal {
          id
          lead
          text
          source {
            plan {
              id
              title
            }
            lineStart
            lineEnd
          }
        }
        ... on Indicator {
          id
          name
          plan {
            id
            title
          }
        }
        ... on Project {
          id
          name
          source {
            plan {
              id
              title
            }
            lineStart
            lineEnd
          }
        }
        ... on Box {
          id
          number
          boxTitle: title
          source {
            plan {
              id
              title
            }
            lineStart
            lineEnd
          }
        }
      }
    }
  }
`);

type Hit = SearchQuery['search'][number];
type Item = Hit['item'];

const TYPE_ORDER = ['Plan', 'Indicator', 'Chapter', 'Goal', 'Project', 'Box'];

/** Full-text search, grouped by type, best first within each group. One request. */
export function Search() {
  const [params] = useSearchParams();
  const text = (params.get('q') ?? '').trim();
  const query = useGql(SEARCH, { text }, { enabled: text !== '' });
  if (!text)
    return (
      <div className="view" data-view="search">
        <p>{t.search.prompt}</p>
      </div>
    );
  return (
    <div className="view" data-view="search">
      <h1>{t.search.title(text)}</h1>
      <QueryView query={query} ready="search">
        {(data) => {
          const groups = new Map<string, Hit[]>();
          for (const hit of data.search)
            groups.set(hit.item.__typename, [...(groups.get(hit.item.__typename) ?? []), hit]);
          if (data.search.length === 0) return <p>{t.search.noResults}</p>;
          return (
            <>
              <p className="muted">{t.search.results(data.search.length)}</p>
              {TYPE_ORDER.filter((type) => groups.has(type)).map((type) => (
                <Section key={type} title={`${t.searchType[type]}（${groups.get(type)?.length}）`}>
                  <ul className="hits" data-group={type}>
                    {groups.get(type)?.map((hit) => (
                      <li key={hit.item.id}>
                        <HitLink item={hit.item} />
                      </li>
                    ))}
                  </ul>
                </Section>
              ))}
            </>
          );
        }}
      </QueryView>
    </div>
  );
}

function HitLink({ item }: { item: Item }) {
  switch (item.__typename) {
    case 'Plan':
      return <Link to={paths.plan(item.id)}>{item.title}</Link>;
    case 'Indicator':
      return (
        <>
          <Link to={paths.indicator(item.id)}>{item.name}</Link> <span className="muted">{item.plan.title}</span>
        </>
      );
    case 'Chapter':
      return <InPlan source={item.source} label={item.heading ?? t.plan.untitled} />;
    case 'Goal':
      return <InPlan source={item.source} label={item.lead ?? item.text} />;
    case 'Project':
      return <InPlan source={item.source} label={item.name} />;
    case 'Box':
      return <InPlan source={item.source} label={`${t.plan.box}${item.number} ${item.boxTitle ?? ''}`} />;
  }
}

function InPlan({
  source,
  label,
}: {
  source: { plan: { id: string; title: string }; lineStart: number; lineEnd: number };
  label: string;
}) {
  return (
    <>
      <Link to={paths.plan(source.plan.id, source)}>{label}</Link> <span className="muted">{source.plan.title}</span>
    </>
  );
}
