/** The bundled Action's entry point (action/dist/index.js): runs the Action once. Errors end in setFailed inside. */
import { exportRunner } from '../core/export.js';
import { runAction } from './action.js';

await runAction({ exporter: exportRunner() });
