import { router } from '../../trpc.js';
import { exportRegisterXlsx } from './export-register-xlsx.js';
import { exportRegister } from './export-register.js';
import { findRegisterEntries } from './find-register-entries.js';
import { monthlyCountsByUnit } from './monthly-counts-by-unit.js';
import { monthlyCounts } from './monthly-counts.js';

export const registersRouter = router({
  entries: findRegisterEntries,
  exportCsv: exportRegister,
  exportXlsx: exportRegisterXlsx,
  monthlyCounts,
  monthlyCountsByUnit,
});
