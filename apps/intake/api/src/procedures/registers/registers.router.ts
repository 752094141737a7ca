import { router } from '../../trpc.js';
import { exportRegisterXlsx } from './export-register-xlsx.js';
import { exportRegister } from './export-register.js';
import { findOutgoingRegisterEntries } from './find-outgoing-register-entries.js';
import { findRegisterEntries } from './find-register-entries.js';
import { monthlyCountsByUnit } from './monthly-counts-by-unit.js';
import { monthlyCounts } from './monthly-counts.js';

// The incoming book is the default; `direction: 'outgoing'` picks the outgoing one where both books answer in the
// same shape (files, counts). Their lines differ, so each book has its own `entries` procedure.
export const registersRouter = router({
  entries: findRegisterEntries,
  outgoingEntries: findOutgoingRegisterEntries,
  exportCsv: exportRegister,
  exportXlsx: exportRegisterXlsx,
  monthlyCounts,
  monthlyCountsByUnit,
});
