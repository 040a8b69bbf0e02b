import { spawn } from 'node:child_process';

/**
 * npm scripts side by side. `npm run test:static` runs the typecheck and the lint; `npm test` runs the
 * extension's build and then the end-to-end tests, beside the unit tests, the typecheck and the lint
 * (`tsx scripts/side-by-side.ts build+test:e2e:built test:unit typecheck lint`): a step written `a+b`
 * runs `b` after `a`, and only if `a` passed.
 *
 * Why side by side: tsc and eslint are one process each that keeps one core busy (eslint, whose typed
 * rules build the program again, for about 170 s), and the end-to-end tests leave the cores idle much of
 * the time (each waits on a browser, a page, a timer in the extension); one after the other, the 2-core
 * machine was half idle over the whole run. None reads what another writes: the build writes `.output/`
 * (and `.wxt/` only where its contents differ, which after `npm ci`'s own `wxt prepare` they do not), read
 * only by the end-to-end tests after it; the unit tests and the end-to-end tests' servers listen on ports
 * the system picks. The end-to-end tests wait on conditions sized for a loaded machine, so the load of
 * the others beside them slows them, never fails them.
 *
 * The first step named prints as it runs; the others' output is held and printed whole, under a
 * header, when each ends (so lines of several programs do not interleave). All run to the end, and the
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
      } else if (STEPS.length > 1) {
        process.stdout.write(`\n── npm run ${script}: ${code === 0 ? 'passed' : `failed (exit ${String(code)})`} in ${String(seconds)} s ──\n`);
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

/** A step `a+b+…`: each script after the one before it, stopping at the first that fails. */
async function runChain(step: string, live: boolean): Promise<Ended> {
  let seconds = 0;
  for (const script of step.split('+')) {
    const ended = await run(script, live);
    seconds += ended.seconds;
    if (ended.code !== 0) return { code: ended.code, seconds };
  }
  return { code: 0, seconds };
}

const ended = await Promise.all(STEPS.map((step, index) => runChain(step, index === 0)));
for (const [index, { code }] of ended.entries()) if (code !== 0) console.error(`npm run ${STEPS[index] ?? ''} failed (exit ${String(code)})`);
if (STEPS.length > 2) console.log(`\n${STEPS.map((step, index) => `${step} ${String(ended[index]?.seconds ?? 0)} s`).join(', ')}`);
process.exit(ended.find(({ code }) => code !== 0)?.code ?? 0);
