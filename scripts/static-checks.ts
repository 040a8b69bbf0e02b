import { spawn } from 'node:child_process';

/**
 * npm scripts side by side: `npm run test:static` runs the typecheck and the lint; `npm test` runs
 * these with the unit tests and the extension's build (`tsx scripts/static-checks.ts typecheck lint
 * test:unit build`), then the end-to-end tests. Each of tsc, eslint and the build is one process
 * that keeps about one core busy (here tsc took about 35 s of CPU, eslint, whose typed rules build
 * the program again, about 120 s, and the build spends much of its time waiting), so one after the
 * other left the second core idle for most of them; side by side they fill the cores the unit tests
 * leave between files. None reads what another writes: the build writes `.output/` (and `.wxt/` only
 * where its contents differ, which after `npm ci`'s own `wxt prepare` they do not).
 *
 * The first step named prints as it runs; the others' output is held and printed whole, under a
 * header, when each ends (so lines of four programs do not interleave). All run to the end, and the
 * exit code is the first failing one's.
 */
const named = process.argv.slice(2);
const STEPS: readonly string[] = named.length > 0 ? named : ['typecheck', 'lint'];

interface Ended {
  code: number;
  seconds: number;
}

function run(script: string, live: boolean): Promise<Ended> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '-s', script], { stdio: live ? 'inherit' : ['ignore', 'pipe', 'pipe'], shell: process.platform === 'win32' });
    const held: Buffer[] = [];
    child.stdout?.on('data', (chunk: Buffer) => held.push(chunk));
    child.stderr?.on('data', (chunk: Buffer) => held.push(chunk));
    let done = false;
    const end = (code: number): void => {
      if (done) return;
      done = true;
      const seconds = Math.round((performance.now() - started) / 1000);
      if (!live) {
        process.stdout.write(`\n── npm run ${script}: ${code === 0 ? 'passed' : `failed (exit ${String(code)})`} in ${String(seconds)} s ──\n`);
        process.stdout.write(Buffer.concat(held));
      }
      resolve({ code, seconds });
    };
    child.on('error', (error) => {
      held.push(Buffer.from(`npm run ${script}: ${error.message}\n`));
      end(1);
    });
    child.on('close', (code, signal) => end(code ?? (signal ? 1 : 0)));
  });
}

const ended = await Promise.all(STEPS.map((script, index) => run(script, index === 0)));
for (const [index, { code }] of ended.entries()) if (code !== 0) console.error(`npm run ${STEPS[index] ?? ''} failed (exit ${String(code)})`);
if (STEPS.length > 2) console.log(`\n${STEPS.map((script, index) => `${script} ${String(ended[index]?.seconds ?? 0)} s`).join(', ')}`);
process.exit(ended.find(({ code }) => code !== 0)?.code ?? 0);
