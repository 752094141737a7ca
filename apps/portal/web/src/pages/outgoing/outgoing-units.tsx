import { useQuery } from '@tanstack/react-query';
import { useApi } from '../../api/api-context.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { outgoingKeys } from './outgoing-keys.js';
import type { OrgUnit } from './outgoing-model.js';

/** The units valid today (intake's directory), for recipients and consultation; fetched at most every five minutes. */
export function useUnits() {
  const { intake } = useApi();
  return useQuery({
    queryKey: outgoingKeys.units,
    queryFn: () => intake.organization.findUnits.query(),
    staleTime: 5 * 60_000,
  });
}

/** A unit's name from the directory, or its id when the directory does not have it (or is not loaded). */
export function unitName(units: readonly OrgUnit[] | undefined, orgId: string): string {
  return units?.find((unit) => unit.id === orgId)?.name ?? orgId;
}

/** Picks units of the system: choosing one in the list adds it (the list then goes back to its prompt). */
export function UnitPicker({
  id,
  label,
  units,
  excluded,
  onPick,
  testId,
  describedBy,
}: {
  id: string;
  label: string;
  units: readonly OrgUnit[];
  excluded: readonly string[];
  onPick: (unit: OrgUnit) => void;
  testId: string;
  describedBy?: string;
}) {
  const { t } = useI18n();
  const choices = units.filter((unit) => !excluded.includes(unit.id));
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value=""
        onChange={(event) => {
          const unit = units.find((candidate) => candidate.id === event.target.value);
          if (unit) onPick(unit);
        }}
        data-testid={testId}
        {...(describedBy ? { 'aria-describedby': describedBy } : {})}
      >
        <option value="">{t('outgoing.units.choose')}</option>
        {choices.map((unit) => (
          <option key={unit.id} value={unit.id}>
            {unit.name}
          </option>
        ))}
      </select>
    </div>
  );
}
