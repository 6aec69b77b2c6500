import { useState, type FormEvent } from 'react';
import { NavLink, Outlet, useNavigate, useSearchParams } from 'react-router';
import { useAdminToken } from '../api/adminToken';
import { t } from '../i18n';
import { paths } from '../lib/paths';

export function Layout() {
  return (
    <div className="app">
      <header className="topbar">
        <NavLink to={paths.home()} className="brand">
          {t.app.name}
          <small>{t.app.subtitle}</small>
        </NavLink>
        <nav>
          <NavLink to={paths.home()} end>
            {t.nav.home}
          </NavLink>
          <NavLink to={paths.contributionsOverview()}>{t.nav.contributions}</NavLink>
          <NavLink to={paths.indicators()}>{t.nav.indicators}</NavLink>
          <NavLink to={paths.measures()}>{t.nav.measures}</NavLink>
          <NavLink to={paths.gaps()}>{t.nav.gaps}</NavLink>
          <NavLink to={paths.departments()}>{t.nav.departments}</NavLink>
          <a href="/graphql">{t.nav.graphiql}</a>
        </nav>
        <SearchBox />
        <TokenBox />
      </header>
      <main>
        <Outlet />
      </main>
    </div>
  );
}

function SearchBox() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [text, setText] = useState(params.get('q') ?? '');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (text.trim()) void navigate(paths.search(text.trim()));
  };
  return (
    <form className="search" role="search" onSubmit={submit}>
      <input
        type="search"
        value={text}
        onChange={(e) => setText(e.target.value)}
        placeholder={t.nav.searchPlaceholder}
        aria-label={t.nav.search}
      />
      <button type="submit">{t.nav.search}</button>
    </form>
  );
}

function TokenBox() {
  const { token, setToken } = useAdminToken();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  if (token)
    return (
      <div className="token">
        <span className="token-on" title={t.admin.hint}>
          {t.admin.active}
        </span>
        <button type="button" className="small" onClick={() => setToken(null)}>
          {t.admin.clear}
        </button>
      </div>
    );
  if (!open)
    return (
      <div className="token">
        <button type="button" className="small" onClick={() => setOpen(true)} title={t.admin.hint}>
          {t.admin.token}
        </button>
      </div>
    );
  return (
    <form
      className="token"
      onSubmit={(e) => {
        e.preventDefault();
        if (text.trim()) setToken(text.trim());
        setText('');
        setOpen(false);
      }}
    >
      <input
        type="password"
        autoComplete="off"
        value={text}
        onChange={(e) => setText(e.target.value)}
        placeholder={t.admin.tokenPlaceholder}
        aria-label={t.admin.token}
      />
      <button type="submit" className="small">
        {t.admin.set}
      </button>
    </form>
  );
}
