import { Link } from 'react-router';
import { useGql } from '../api/hooks';
import { DataTable } from '../components/DataTable';
import { QueryView } from '../components/Query';
import { graphql } from '../gql';
import { t } from '../i18n';
import { paths } from '../lib/paths';

const MEASURES = graphql(`
  query MeasureCatalogue {
    measures {
      id
      name
      unit
      higherIsBetter
      aliases
      domain {
        id
        nameZh
      }
      instances {
        id
      }
    }
  }
`);

/** The measure catalogue with how many indicators are instances of each. One request. */
export function Measures() {
  const query = useGql(MEASURES, {});
  return (
    <div className="view" data-view="measures">
      <h1>{t.measure.catalogue}</h1>
      <p className="intro">{t.measure.catalogueIntro}</p>
      <QueryView query={query} ready="measures">
        {(data) => (
          <DataTable
            name="measures"
            csvName="measures"
            rows={data.measures}
            rowKey={(m) => m.id}
            initialSort={[{ id: 'instances', desc: true }]}
            columns={[
              {
                id: 'name',
                header: t.measure.name,
                value: (m) => m.name,
                cell: (m) => <Link to={paths.measure(m.id)}>{m.name}</Link>,
              },
              { id: 'unit', header: t.measure.unit, value: (m) => m.unit },
              { id: 'domain', header: t.measure.domain, value: (m) => m.domain?.nameZh ?? null },
              { id: 'aliases', header: t.measure.aliases, value: (m) => m.aliases.join('、') || null },
              { id: 'instances', header: t.measure.instances, value: (m) => m.instances.length, numeric: true },
            ]}
          />
        )}
      </QueryView>
    </div>
  );
}
