import { router } from '../../trpc.js';
import { exportRegister } from './export-register.js';
import { findRegisterEntries } from './find-register-entries.js';
import { monthlyCounts } from './monthly-counts.js';

export const registersRouter = router({
  entries: findRegisterEntries,
  exportCsv: exportRegister,
  monthlyCounts,
});
