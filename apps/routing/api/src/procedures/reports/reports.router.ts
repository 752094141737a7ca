import { router } from '../../trpc.js';
import { isoRecords } from './iso-records.js';
import { onTimeReport } from './on-time-report.js';

export const reportsRouter = router({ onTime: onTimeReport, isoRecords });
