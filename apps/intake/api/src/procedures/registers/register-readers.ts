import { requireRoles } from '../../trpc.js';

// Clerks keep the registers, leaders follow them and archivists take them over; specialists see documents, not books.
export const registerReaderProcedure = requireRoles('van-thu', 'lanh-dao', 'luu-tru');
