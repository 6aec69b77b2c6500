import { Link, useSearchParams } from 'react-router';
import { useGql } from '../api/hooks';
import { DataTable } from '../components/DataTable';
import { QueryView } from '../components/Query';
import { graphql } from '../gql';
import { t } from '../i18n';
import { levelText } from '../lib/format';
import { paths } from '../lib/paths';

const DEPARTMENTS = graphql(`
  query DepartmentList($region: String) {
    departments(region: $region) {
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
      }
    }
  }
`);

/** Departments, of one region when ?region= is given. One request. */
export function Departments() {
  const [params] = useSearchParams();
  const region = params.get('region');
  const query = useGql(DEPARTMENTS, { region });
  return (
    <div className="view" data-view="departments">
      <h1>{t.department.list}</h1>
      <p className="intro">{t.department.listIntro}</p>
      <QueryView query={query} ready="departments">
        {(data) => (
          <DataTable
            name="departments"
            csvName={`departments${region ? `-${region.replace(/\//g, '_')}` : ''}`}
            rows={data.departments}
            rowKey={(d) => d.id}
            columns={[
              { id: 'region', header: t.department.region, value: (d) => d.region?.name ?? null },
              { id: 'level', header: t.home.level, value: (d) => levelText(d.level) },
              {
                id: 'name',
                header: t.department.name,
                value: (d) => d.name,
                cell: (d) => <Link to={paths.department(d.id)}>{d.name}</Link>,
              },
              { id: 'fullName', header: t.department.fullName, value: (d) => d.fullName },
              {
                id: 'counterpart',
                header: t.department.counterpart,
                value: (d) => d.counterpart?.name ?? null,
                cell: (d) =>
                  d.counterpart ? <Link to={paths.department(d.counterpart.id)}>{d.counterpart.name}</Link> : '—',
              },
            ]}
          />
        )}
      </QueryView>
    </div>
  );
}
