/** `bin/revmeta.js` from the sources: the CLI in a process of its own, with the process's own stdout and stderr. */
import { main } from '../../src/cli/main.js';

process.exitCode = await main(process.argv);
