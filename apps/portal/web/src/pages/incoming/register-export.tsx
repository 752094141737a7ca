import { useMutation } from '@tanstack/react-query';
import { useApi } from '../../api/api-context.js';
import { useAuth } from '../../auth/auth-context.js';
import { hasAnyRole } from '../../auth/user.js';
import { ErrorNotice } from '../../components/error-notice.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { REGISTER_READER_ROLES } from '../../layout/nav-items.js';

/** Saves text as a file through a temporary link (the browser's own download). */
function download(fileName: string, contentType: string, content: string) {
  const url = URL.createObjectURL(new Blob([content], { type: contentType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}

/** "Tải sổ (CSV)": this year's incoming register of the unit, in the Phụ lục IV columns, for clerks, leaders and archivists. */
export function RegisterExportButton() {
  const { t } = useI18n();
  const { user } = useAuth();
  const { intake } = useApi();
  const exportCsv = useMutation({
    mutationFn: () => intake.registers.exportCsv.query(),
    onSuccess: (file) => download(file.fileName, file.contentType, file.content),
  });
  if (!hasAnyRole(user, REGISTER_READER_ROLES)) return null;
  return (
    <div className="register-export">
      <button
        type="button"
        onClick={() => exportCsv.mutate()}
        disabled={exportCsv.isPending}
        data-testid="register-export"
      >
        {exportCsv.isPending ? t('incoming.list.exporting') : t('incoming.list.exportCsv')}
      </button>
      {exportCsv.error ? <ErrorNotice error={exportCsv.error} testId="register-export-error" /> : null}
    </div>
  );
}
