/** `bin/revmeta.js` from the sources: the CLI in a process of its own, with the process's own stdout and stderr. */
import { runAsProcess } from '../../src/cli/main.js';

await runAsProcess(process.argv);
