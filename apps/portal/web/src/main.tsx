import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.js';
import { startKeycloakSession } from './auth/keycloak.js';
import type { AuthSession } from './auth/session.js';
import { PortalConfigError, loadPortalConfig, type PortalConfig } from './config.js';
import { I18nProvider, useI18n } from './i18n/i18n-context.js';
import './styles.css';

type Started = { config: PortalConfig; session: AuthSession };

async function start(): Promise<Started> {
  const config = await loadPortalConfig();
  const session = await startKeycloakSession(config.oidc);
  return { config, session };
}

// Started once, outside React: keycloak-js refuses a second `init`, and StrictMode runs effects twice.
const started = start();

function Boot() {
  const { t } = useI18n();
  const [state, setState] = useState<{ ready: Started } | { failed: unknown } | null>(null);
  useEffect(() => {
    started.then(
      (ready) => setState({ ready }),
      (failed: unknown) => setState({ failed }),
    );
  }, []);

  if (state === null) {
    return (
      <p className="boot" role="status" aria-live="polite">
        {t('boot.signingIn')}
      </p>
    );
  }
  if ('ready' in state) return <App config={state.ready.config} session={state.ready.session} />;

  const isConfig = state.failed instanceof PortalConfigError;
  return (
    <div className="boot" role="alert" data-testid="boot-error">
      <p>{t(isConfig ? 'boot.configFailed' : 'boot.signInFailed')}</p>
      <details>
        <summary>{t('boot.details')}</summary>
        <pre>{state.failed instanceof Error ? state.failed.message : String(state.failed)}</pre>
      </details>
      <button type="button" onClick={() => window.location.reload()}>
        {t('boot.retry')}
      </button>
    </div>
  );
}

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <I18nProvider>
      <Boot />
    </I18nProvider>
  </StrictMode>,
);
