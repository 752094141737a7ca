import { useQuery } from '@tanstack/react-query';
import { useApi } from '../../api/api-context.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { durationParams, type WorkingUnit } from '../dossiers/dossier-model.js';
import { procedureKeys } from './procedure-keys.js';
import type { DisplayStatus } from './procedure-model.js';

/** A version's state as a tag; `data-status` carries the code for tests and styles. */
export function VersionStatusTag({ status, testId }: { status: DisplayStatus; testId?: string }) {
  const { t } = useI18n();
  return (
    <span className={`status-tag dossiers-version-${status}`} data-status={status} data-testid={testId}>
      {t(`procedures.status.${status}`)}
    </span>
  );
}

/** `3 ngày làm việc`, `4 giờ làm việc`. */
export function DurationText({ duration }: { duration: { unit: WorkingUnit; value: number } }) {
  const { t, locale } = useI18n();
  const { key, params } = durationParams(duration, locale);
  return <>{t(key, params)}</>;
}

/** The units valid today (intake's directory), for an administrator choosing whose catalogue to read or change. */
export function useUnitDirectory(enabled: boolean) {
  const { intake } = useApi();
  return useQuery({
    queryKey: procedureKeys.units,
    queryFn: () => intake.organization.findUnits.query(),
    staleTime: 5 * 60_000,
    enabled,
  });
}

/**
 * An administrator's choice of unit: "my unit" (no `orgId`) or any unit of the directory. While the directory loads,
 * or if it fails, the unit already chosen stays listed by its id so the choice is never lost.
 */
export function CatalogueUnitSelect({
  id,
  value,
  onChange,
  testId,
}: {
  id: string;
  value: string | null;
  onChange: (orgId: string | null) => void;
  testId: string;
}) {
  const { t } = useI18n();
  const units = useUnitDirectory(true);
  const items = units.data?.items ?? [];
  const listed = value === null || items.some((unit) => unit.id === value);
  return (
    <div className="field">
      <label htmlFor={id}>{t('procedures.unit.label')}</label>
      <select
        id={id}
        value={value ?? ''}
        onChange={(event) => onChange(event.target.value || null)}
        data-testid={testId}
      >
        <option value="">{t('procedures.unit.own')}</option>
        {listed ? null : <option value={value}>{value}</option>}
        {items.map((unit) => (
          <option key={unit.id} value={unit.id}>
            {unit.name}
          </option>
        ))}
      </select>
    </div>
  );
}
