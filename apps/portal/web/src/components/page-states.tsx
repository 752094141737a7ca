import { useI18n } from '../i18n/i18n-context.js';

/** A polite loading line, announced to screen readers. */
export function Loading() {
  const { t } = useI18n();
  return (
    <p className="muted" role="status" aria-live="polite">
      {t('app.loading')}
    </p>
  );
}

/** The "nothing here yet" line of a list. */
export function Empty({ text, testId }: { text: string; testId?: string }) {
  return (
    <p className="empty" data-testid={testId}>
      {text}
    </p>
  );
}
