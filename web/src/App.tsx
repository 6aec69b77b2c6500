import { lazy, Suspense, type ComponentType, type ReactElement } from 'react';
import { Route, Routes } from 'react-router';
import { Loading } from './components/ErrorMessage';
import { Layout } from './components/Layout';
import { t } from './i18n';
import { Home } from './views/Home';

// Each view is its own chunk: the home page loads without the chart or diagram libraries.
const named = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) =>
  lazy(() => load().then((m) => ({ default: m[name] })));

const Search = named(() => import('./views/Search'), 'Search');
const Plan = named(() => import('./views/Plan'), 'Plan');
const Indicator = named(() => import('./views/Indicator'), 'Indicator');
const Indicators = named(() => import('./views/Indicators'), 'Indicators');
const Contributions = named(() => import('./views/Contributions'), 'Contributions');
const ContributionsOverview = named(() => import('./views/ContributionsOverview'), 'ContributionsOverview');
const Measures = named(() => import('./views/Measures'), 'Measures');
const Measure = named(() => import('./views/Measure'), 'Measure');
const Gaps = named(() => import('./views/Gaps'), 'Gaps');
const Departments = named(() => import('./views/Departments'), 'Departments');
const Department = named(() => import('./views/Department'), 'Department');

export function App() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<Home />} />
        <Route path="search" element={lazyView(<Search />)} />
        <Route path="plans/*" element={lazyView(<Plan />)} />
        <Route path="indicators" element={lazyView(<Indicators />)} />
        <Route path="indicators/*" element={lazyView(<Indicator />)} />
        <Route path="contributions" element={lazyView(<ContributionsOverview />)} />
        <Route path="contributions/*" element={lazyView(<Contributions />)} />
        <Route path="measures" element={lazyView(<Measures />)} />
        <Route path="measures/:id" element={lazyView(<Measure />)} />
        <Route path="gaps" element={lazyView(<Gaps />)} />
        <Route path="departments" element={lazyView(<Departments />)} />
        <Route path="departments/*" element={lazyView(<Department />)} />
        <Route path="*" element={<p className="view">{t.errors.notFoundPage}</p>} />
      </Route>
    </Routes>
  );
}

function lazyView(element: ReactElement) {
  return <Suspense fallback={<Loading />}>{element}</Suspense>;
}
