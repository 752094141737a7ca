import { useI18n } from '../i18n/i18n-context.js';
import type { MessageKey } from '../i18n/vi.js';

/** The honest page of an area that is not built yet: its name and "Sắp có", nothing invented. */
export function ComingSoonPage({ area }: { area: MessageKey }) {
  const { t } = useI18n();
  const name = t(area);
  return (
    <section className="page" aria-labelledby="coming-soon-title" data-testid="coming-soon">
      <h1 id="coming-soon-title">{name}</h1>
      <p className="badge">{t('comingSoon.title')}</p>
      <p>{t('comingSoon.body', { area: name })}</p>
    </section>
  );
}

/** An address the portal does not know. */
export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <section className="page" aria-labelledby="not-found-title" data-testid="not-found">
      <h1 id="not-found-title">{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
    </section>
  );
}
