import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context.js';
import { useAuth } from './auth-context.js';
import { hasAnyRole, type PortalRole } from './user.js';

/**
 * Shows `children` to users holding one of `roles`, and an explanation to everyone else. Only a courtesy: the
 * services refuse the calls themselves.
 */
export function RequireRole({ roles, children }: { roles: readonly PortalRole[]; children: ReactNode }) {
  const { user } = useAuth();
  const { t } = useI18n();
  if (hasAnyRole(user, roles)) return <>{children}</>;
  return (
    <section className="page" aria-labelledby="no-access-title" data-testid="no-access">
      <h1 id="no-access-title">{t('noAccess.title')}</h1>
      <p>{t('noAccess.body', { roles: roles.map((role) => t(`role.${role}`)).join(', ') })}</p>
    </section>
  );
}
