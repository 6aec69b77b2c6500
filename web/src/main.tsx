import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { AdminTokenProvider } from './api/adminToken';
import { App } from './App';
import './styles.css';

const client = new QueryClient({
  defaultOptions: {
    // An error is shown at once with a retry button: no silent retries (each would be a request).
    queries: { retry: false, refetchOnWindowFocus: false, staleTime: 60_000 },
  },
});

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={client}>
        <AdminTokenProvider>
          <BrowserRouter>
            <App />
          </BrowserRouter>
        </AdminTokenProvider>
      </QueryClientProvider>
    </StrictMode>,
  );
