/**
 * `npm run -s classify`: one reply per stdin line (UTF-8), one `category<TAB>confidence` line out
 * per input line, `none` when there is no objection. `\n` inside a line stands for a line break,
 * so whole emails can be passed one per line.
 */
import { createInterface } from 'node:readline';
import { classifyReply } from '../lib/reader/classify-reply';

const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const line of lines) {
  const { category, confidence } = classifyReply(line.replace(/\\n/g, '\n'));
  process.stdout.write(`${category}\t${confidence.toFixed(2)}\n`);
}
