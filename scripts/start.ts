/**
 * `npm start`: builds the extension, serves the demo pages under their real host names and opens
 * Chromium (a throwaway profile) with the extension loaded, the demo profile open and the side
 * panel showing that person. Ctrl+C or closing the browser ends it.
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { ChromiumNotFoundError, findChromium, launchDemo, openSidePanel } from '../demo/browser';
import { DEMO_GUIDE_HOST, DEMO_START_URL } from '../demo/routes';

const root = resolve(import.meta.dirname, '..');
const args = new Set(process.argv.slice(2));
const headless = args.has('--headless') || process.env.HEADLESS === '1';

function fail(message: string): never {
  console.error(`\n✖ ${message}\n`);
  process.exit(1);
}

try {
  findChromium();
} catch (error) {
  if (error instanceof ChromiumNotFoundError) fail(error.message);
  throw error;
}
if (!headless && process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  fail('No display found. Run this from a desktop session, or: xvfb-run -a npm start, or: npm start -- --headless');
}

if (!args.has('--no-build')) {
  console.log('Building the extension…');
  const build = spawnSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) fail('The build failed; see above.');
}

const demo = await launchDemo({ extensionDir: join(root, '.output/chrome-mv3'), headless });
const { context, extensionId } = demo;

const profile = context.pages()[0] ?? (await context.newPage());
await profile.goto(DEMO_START_URL);

await openSidePanel(context, extensionId);
await profile.bringToFront();
const guide = await context.newPage();
await guide.goto(`https://${DEMO_GUIDE_HOST}/`);
await profile.bringToFront();

console.log(`
SOP Copilot demo is running (extension ${extensionId}).
  • The demo LinkedIn profile is open with the side panel beside it.
  • The tab "SOP Copilot demo" lists every demo page.
  • This browser uses a throwaway profile; nothing reaches the network.
Close the browser or press Ctrl+C to stop.`);

const stop = async () => {
  await demo.close();
  process.exit(0);
};
context.on('close', () => void stop());
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
