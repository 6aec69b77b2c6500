import { createContext, useContext, useState, type ReactNode } from 'react';

// The admin token lives in this tab's sessionStorage only: it goes with curation requests and
// is gone when the tab closes, never written where another site or a later visitor could read it.
const KEY = 'plangraph.adminToken';

interface TokenState {
  token: string | null;
  setToken: (token: string | null) => void;
}

const TokenContext = createContext<TokenState>({ token: null, setToken: () => undefined });

export function AdminTokenProvider({ children }: { children: ReactNode }) {
  const [token, setState] = useState<string | null>(() => sessionStorage.getItem(KEY));
  const setToken = (next: string | null) => {
    if (next) sessionStorage.setItem(KEY, next);
    else sessionStorage.removeItem(KEY);
    setState(next);
  };
  return <TokenContext.Provider value={{ token, setToken }}>{children}</TokenContext.Provider>;
}

export const useAdminToken = () => useContext(TokenContext);
