/**
 * Bundled and run in a fresh Node process by `npm run bench`: the classifier's throughput as the
 * extension ships it (one bundled module). Reads the replies from the JSON file named by the first
 * argument and prints the per-window rates as JSON.
 */
import { readFileSync } from 'node:fs';
import { classifyReply as classifyObjection } from '../lib/reader/classify-reply';
import { throughputWindows } from './bench-stats';

const texts = JSON.parse(readFileSync(process.argv[2] ?? '', 'utf8')) as string[];
console.log(JSON.stringify(throughputWindows(classifyObjection, texts)));
