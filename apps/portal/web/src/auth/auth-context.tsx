import { createContext, useContext, type ReactNode } from 'react';
import type { AuthSession } from './session.js';

const AuthContext = createContext<AuthSession | null>(null);
const SessionRejectedContext = createContext(false);

/**
 * Provides the signed-in session. `rejected` is set when a service keeps refusing fresh tokens, so that the layout
 * can say so instead of sending the user round the sign-in page forever.
 */
export function AuthProvider({
  session,
  rejected = false,
  children,
}: {
  session: AuthSession;
  rejected?: boolean;
  children: ReactNode;
}) {
  return (
    <AuthContext.Provider value={session}>
      <SessionRejectedContext.Provider value={rejected}>{children}</SessionRejectedContext.Provider>
    </AuthContext.Provider>
  );
}

/** The signed-in session; the portal renders nothing that needs it before sign-in completes. */
export function useAuth(): AuthSession {
  const session = useContext(AuthContext);
  if (!session) throw new Error('useAuth() needs an <AuthProvider> above it');
  return session;
}

/** Whether the services refuse this session's tokens even after a refresh and a new sign-in. */
export function useSessionRejected(): boolean {
  return useContext(SessionRejectedContext);
}
