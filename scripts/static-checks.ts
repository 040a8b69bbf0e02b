import { spawn } from 'node:child_process';

/**
 * `npm test`'s first step: `npm run typecheck` and `npm run lint` side by side. Each is one process
 * on one core (here tsc took about 35 s of CPU and eslint, whose typed rules build the program again,
 * about 120 s), so one after the other left the second core idle for both; side by side the
 * typecheck ends in the lint's shadow. Each prints as it always does; both run to the end, and the
 * exit code is the first failing one's.
 */
const STEPS = ['typecheck', 'lint'] as const;

function run(script: string): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '-s', script], { stdio: 'inherit', shell: process.platform === 'win32' });
    child.on('error', (error) => {
      console.error(`npm run ${script}: ${error.message}`);
      resolve(1);
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

const codes = await Promise.all(STEPS.map(run));
for (const [index, code] of codes.entries()) if (code !== 0) console.error(`npm run ${STEPS[index] ?? ''} failed (exit ${String(code)})`);
process.exit(codes.find((code) => code !== 0) ?? 0);
