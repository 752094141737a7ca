import { NavLink, Outlet } from 'react-router';
import { useAuth, useSessionRejected } from '../auth/auth-context.js';
import { hasAnyRole } from '../auth/user.js';
import { useI18n } from '../i18n/i18n-context.js';
import { NAV_AREAS } from './nav-items.js';

const navClass = ({ isActive }: { isActive: boolean }) => (isActive ? 'nav-link active' : 'nav-link');

/** The page frame: header (user, roles, unit, language, sign-out), the menu of every area, and the page. */
export function Layout() {
  const session = useAuth();
  const rejected = useSessionRejected();
  const { t, locale, setLocale } = useI18n();
  const { user } = session;
  const roles = user.roles.map((role) => t(`role.${role}`)).join(', ');
  const otherLocale = locale === 'vi' ? 'en' : 'vi';

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="topbar">
        <div className="brand">
          <span className="brand-name">{t('app.name')}</span>
          <span className="brand-tagline">{t('app.tagline')}</span>
        </div>
        <div className="user-panel">
          <span className="user-name" data-testid="current-user">
            {user.displayName}
          </span>
          <span className="user-meta" data-testid="current-roles">
            {roles ? t('header.roles', { roles }) : t('header.noRole')}
          </span>
          <span className="user-meta" data-testid="current-unit">
            {user.orgId ? t('header.unit', { orgId: user.orgId }) : t('header.noUnit')}
          </span>
        </div>
        <div className="topbar-actions">
          <button
            type="button"
            className="button-link"
            lang={otherLocale}
            aria-label={t('header.switchLanguageLabel')}
            onClick={() => setLocale(otherLocale)}
            data-testid="language-switch"
          >
            {t('header.switchLanguage')}
          </button>
          <button type="button" className="button-secondary" onClick={() => void session.logout()} data-testid="logout">
            {t('header.logout')}
          </button>
        </div>
      </header>
      <div className="frame">
        <nav className="sidebar" aria-label={t('nav.label')}>
          <ul>
            {NAV_AREAS.map((area) => {
              const links = (area.links ?? []).filter((link) => !link.roles || hasAnyRole(user, link.roles));
              return (
                <li key={area.path}>
                  {links.length > 0 ? (
                    <>
                      <span className="nav-area">{t(area.label)}</span>
                      <ul>
                        {links.map((link) => (
                          <li key={link.path}>
                            <NavLink to={link.path} end className={navClass}>
                              {t(link.label)}
                            </NavLink>
                          </li>
                        ))}
                      </ul>
                    </>
                  ) : (
                    <NavLink to={area.path} className={navClass}>
                      {t(area.label)}
                      {area.built ? null : <span className="soon-tag">{t('comingSoon.title')}</span>}
                    </NavLink>
                  )}
                </li>
              );
            })}
          </ul>
        </nav>
        <main id="main" className="content" tabIndex={-1}>
          {rejected ? (
            <div className="notice notice-error" role="alert" data-testid="session-rejected">
              <p>{t('error.sessionRejected')}</p>
            </div>
          ) : null}
          <Outlet />
        </main>
      </div>
    </div>
  );
}
