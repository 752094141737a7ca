import { createContext, useContext, type ReactNode } from 'react';
import type { ApiClients } from './clients.js';

const ApiContext = createContext<ApiClients | null>(null);

export function ApiProvider({ clients, children }: { clients: ApiClients; children: ReactNode }) {
  return <ApiContext.Provider value={clients}>{children}</ApiContext.Provider>;
}

/** The per-service tRPC clients, for use inside TanStack Query's `queryFn`/`mutationFn`. */
export function useApi(): ApiClients {
  const clients = useContext(ApiContext);
  if (!clients) throw new Error('useApi() needs an <ApiProvider> above it');
  return clients;
}
