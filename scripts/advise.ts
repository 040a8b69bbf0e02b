// The judgment of saved pages from the command line: the extension's readers, background and engine, in Node.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { advisePages } from './advise-pages';

const outcome = await advisePages(process.argv.slice(2), (path) => readFileSync(path, 'utf8'));
process.stdout.write(outcome.stdout);
process.stderr.write(outcome.stderr);
process.exitCode = outcome.code;
