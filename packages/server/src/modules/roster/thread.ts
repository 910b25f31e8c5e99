import path from 'node:path';
import { ModuleWorker } from '../../shared/module-worker';

/**
 * The roster module's xlsx thread (quality bar P8): exceljs reading (`read/index.ts`) and the error
 * report's writing (`error-report.ts`) run there, never on the event loop. One thread for both; see
 * `xlsx-thread.ts` for the functions it runs.
 */
export const rosterXlsxThread = new ModuleWorker(path.join(__dirname, 'xlsx-thread.ts'));
