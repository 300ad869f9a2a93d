/** The bundled Action's entry point (action/dist/index.js): runs the Action once. Errors end in setFailed inside. */
import { runAction } from './action.js';

await runAction();
