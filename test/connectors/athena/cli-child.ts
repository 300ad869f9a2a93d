/**
 * The revmeta CLI as a separate process, straight from the sources: what a user's terminal
 * shows, warnings Node prints on stderr included. Usage: node --import tsx cli-child.ts ARGS...
 */
import { main } from '../../../src/cli/main.js';

process.exitCode = await main(process.argv);
