import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { grantSiteAccess, launchWithExtension } from '../../demo/browser';
import { expect, openers, test } from './fixtures';
import { axeScan } from './axe';
import { copyExtension, policyFileFor, sha256Of, startPlaybookHost, type PlaybookHost, type PolicyFile } from './policy-helpers';
import { REVIEW_SHOTS } from './review-shots';

// A real policy file read by the real Chromium: the extension is loaded from a copy of its own
// (a unique id), the policy names only that id, and the file is removed after the tests.

const PRICE_THREAD = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQVxBhWkLpTjDkmXqzRsVbNnPqW';
const HOST = 'playbooks.northwind-sales.example';
const ALLOWED_LLM = 'https://llm.northwind-sales.example/v1';

interface Track {
  trackId: string;
  text: Record<'en' | 'zh-Hans' | 'zh-Hant', string>;
}
interface PlaybookFile {
  revision?: number;
  objections: { id: string; responses: Track[] }[];
}

const TRACKS = {
  1: { en: 'Team track v1: start one team on the core module, pay in two parts, expand once it has paid for itself.', 'zh-Hans': '团队话术 v1：先给一个团队上核心模块，分两期付款，见到回报再扩展。', 'zh-Hant': '團隊話術 v1：先給一個團隊上核心模組，分兩期付款，見到回報再擴大導入。' },
  2: { en: 'Team track v2: a pilot for one team at a fixed fee, credited in full when you roll out.', 'zh-Hans': '团队话术 v2：先以固定费用给一个团队试点，全面上线时全额抵扣。', 'zh-Hant': '團隊話術 v2：先以固定費用給一個團隊試點，全面導入時全額抵扣。' },
} as const;

const OWN = { en: 'My own track: one team first, the rest when it pays.', 'zh-Hans': '我自己的话术：先一个团队，见效再推广。', 'zh-Hant': '我自己的話術：先一個團隊，見效再推廣。' };

/** The built-in playbook as a team (or a rep) edits it: its own first price talk track, and a revision number. */
function editedPlaybook(text: Track['text'], revision?: number): string {
  const playbook = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../lib/playbook/default/playbook.json'), 'utf8')) as PlaybookFile;
  if (revision !== undefined) playbook.revision = revision;
  const track = playbook.objections.find((o) => o.id === 'price')?.responses.find((r) => r.trackId === 'price-phased-start');
  if (!track) throw new Error('price-phased-start missing from the built-in playbook');
  track.text = { ...text };
  return `${JSON.stringify(playbook, null, 2)}\n`;
}

const V1 = editedPlaybook(TRACKS[1], 1);
const V2 = editedPlaybook(TRACKS[2], 2);

let host: PlaybookHost | undefined;
let policy: PolicyFile | undefined;
let extension: ReturnType<typeof copyExtension> | undefined;
let userDataDir: string | undefined;
let context: BrowserContext;
let extensionId: string;

// Each policy change waits for Chromium to re-read the folder: sized for a loaded machine.
test.describe.configure({ mode: 'serial', timeout: 150_000 });

test.beforeAll(async ({ server }) => {
  host = await startPlaybookHost(HOST);
  host.serve(V1);
  extension = copyExtension();
  policy = policyFileFor(extension.extensionId);
  // In place before the browser starts: read at startup.
  policy.write({
    TeamPlaybookUrl: host.url,
    TeamPlaybookSha256: sha256Of(V1),
    AllowPersonalPlaybook: false,
    AllowedLlmEndpoints: [ALLOWED_LLM],
    TeamCrm: 'hubspot',
    TeamCrmInstanceUrl: 'https://northwind.hubspot.example',
  });
  userDataDir = mkdtempSync(join(tmpdir(), 'sop-e2e-policy-'));
  const launched = await launchWithExtension({ extensionDir: extension.dir, userDataDir, hostResolverRules: `${host.hostResolverRule}, ${server.hostResolverRules}`, headless: true });
  context = launched.context;
  extensionId = launched.extensionId;
  expect(extensionId).toBe(extension.extensionId);
});

test.afterAll(async () => {
  policy?.remove();
  await context.close().catch(() => undefined);
  extension?.remove();
  await host?.close();
  if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
});

async function openSettings(): Promise<Page> {
  const settings = await context.newPage();
  await settings.goto(`chrome-extension://${extensionId}/options.html`);
  return settings;
}

/** Asks the background for an LLM reading straight over the panel's port, as a tampered panel would: the policy must hold there too. */
async function askLlmDirectly(panel: Page): Promise<{ type: string; failure?: { code: string } }> {
  return panel.evaluate(
    () =>
      new Promise<{ type: string; failure?: { code: string } }>((done) => {
        const port = chrome.runtime.connect({ name: 'sop-copilot-llm' });
        port.onMessage.addListener((message: { type: string; failure?: { code: string } }) => {
          if (message.type === 'failed' || message.type === 'done') {
            port.disconnect();
            done(message);
          }
        });
        port.postMessage({ type: 'start', task: { kind: 'read_reply', language: 'en', reply: 'The price is too high for us.' } });
      }),
  );
}

const firstPriceTrack = (panel: Page) => panel.getByTestId('objection-responses').locator('li').first();

test('at startup: the team playbook from the policy is applied, and the locked settings are shown and enforced', async ({ llm }) => {
  const settings = await openSettings();
  await expect(settings.getByTestId('team-playbook-title')).toHaveText(`Team playbook v1, from ${HOST}`);
  await expect(settings.getByTestId('playbook-source')).toHaveText(`Using the team playbook your administrator set: Team playbook v1, from ${HOST}.`);
  await expect(settings.getByTestId('team-playbook-checked')).toContainText('Last checked');
  await expect(settings.getByTestId('team-playbook-pin')).toHaveText(`Only the file with SHA-256 ${sha256Of(V1).slice(0, 12)}… is accepted.`);
  await expect(settings.getByTestId('team-playbook-failure')).toHaveCount(0);
  // The team's CRM: said in the CRM section, its card first (HubSpot's token form is its first field).
  await expect(settings.getByTestId('crm-team')).toHaveText('Your administrator set your team’s CRM: HubSpot. Connect it below.');
  await expect(settings.getByTestId('crm-section').locator('input[type="password"]').first()).toHaveAttribute('data-testid', 'crm-hubspot-token');
  await expect(settings.getByTestId('team-playbook-privacy')).toHaveText(
    `To get the team playbook, this browser downloads it from ${HOST}: a plain download, with no cookies and nothing about you or your contacts.`,
  );
  await expect(settings.getByTestId('policy-locked').locator('li')).toHaveText([
    'Importing a playbook of your own is turned off.',
    `AI wording only through ${ALLOWED_LLM}.`,
    'Team CRM: HubSpot.',
    'Team CRM address: https://northwind.hubspot.example/',
  ]);
  // No personal import while the admin says no.
  await expect(settings.getByTestId('playbook-locked')).toHaveText('Your administrator does not allow importing a playbook of your own.');
  await expect(settings.getByTestId('playbook-file')).toHaveCount(0);

  // The LLM only through the allowed endpoint: Settings refuses another one.
  await expect(settings.getByTestId('llm-locked')).toHaveText(`Your administrator allows only these endpoints: ${ALLOWED_LLM}.`);
  await settings.getByTestId('llm-enabled').check();
  await settings.getByTestId('llm-base-url').fill(llm.url);
  await settings.getByTestId('llm-save').click();
  await expect(settings.getByTestId('llm-status')).toHaveText(`127.0.0.1:${String(llm.port)} is not an endpoint your administrator allows. Allowed: ${ALLOWED_LLM}.`);

  // The same in Chinese.
  await settings.getByTestId('settings-language').selectOption('zh-Hans');
  await expect(settings.getByTestId('team-playbook-title')).toHaveText(`团队手册 v1，来自 ${HOST}`);
  await expect(settings.getByTestId('policy-locked').locator('li').first()).toHaveText('已禁止导入个人手册。');
  await settings.getByTestId('settings-language').selectOption('zh-Hant');
  await expect(settings.getByTestId('team-playbook-title')).toHaveText(`團隊手冊 v1，來自 ${HOST}`);
  await expect(settings.getByTestId('playbook-locked')).toHaveText('管理員不允許匯入個人手冊。');
  await settings.getByTestId('settings-language').selectOption('en');

  // The panel answers the objection with the team's talk track, in every language.
  const { openSitePage, openPanelFor } = openers(context, extensionId);
  const thread = await openSitePage(PRICE_THREAD);
  const panel = await openPanelFor(thread);
  await expect(firstPriceTrack(panel)).toContainText(TRACKS[1].en);
  await panel.getByTestId('language-select').selectOption('zh-Hans');
  await expect(firstPriceTrack(panel)).toContainText(TRACKS[1]['zh-Hans']);
  await panel.getByTestId('language-select').selectOption('zh-Hant');
  await expect(firstPriceTrack(panel)).toContainText(TRACKS[1]['zh-Hant']);
  await panel.getByTestId('nav-playbook').click();
  await expect(panel.getByTestId('team-playbook-title')).toHaveText(`團隊手冊 v1，來自 ${HOST}`);
  await panel.getByTestId('language-select').selectOption('en');
  await expect(panel.getByTestId('team-playbook-title')).toHaveText(`Team playbook v1, from ${HOST}`);
  await panel.getByTestId('nav-page').click();

  // A rep who turns the LLM on for another endpoint behind Settings' back (storage written
  // directly, access granted) gets no "Sharpen", and the background refuses the request itself.
  await grantSiteAccess(context, extensionId, 'http://127.0.0.1/*');
  await panel.evaluate((url) => chrome.storage.local.set({ llm: { enabled: true, baseUrl: url, model: 'test-model', apiKey: 'sk-test', timeoutSeconds: 15 } }), llm.url);
  await panel.reload();
  await expect(firstPriceTrack(panel)).toContainText(TRACKS[1].en);
  await expect(panel.getByTestId('llm-sharpen')).toHaveCount(0);
  const before = llm.requests.length;
  expect(await askLlmDirectly(panel)).toEqual({ type: 'failed', failure: { code: 'endpoint-blocked', host: `127.0.0.1:${String(llm.port)}` } });
  expect(llm.requests.length).toBe(before);

  // Deleting everything deletes the rep's data; the team playbook the admin set is fetched again.
  const fetchesBefore = host?.fetches() ?? 0;
  await settings.getByTestId('data-delete-all').click();
  await settings.getByTestId('data-delete-all-yes').click();
  await expect(settings.getByTestId('data-result')).toHaveText('Everything was deleted.');
  await expect.poll(() => host?.fetches()).toBeGreaterThan(fetchesBefore);
  await expect(settings.getByTestId('playbook-source')).toHaveText(`Using the team playbook your administrator set: Team playbook v1, from ${HOST}.`);
  // The thread read again (its stored state went with everything else) is answered from the team playbook.
  await thread.reload();
  await expect(firstPriceTrack(panel)).toContainText(TRACKS[1].en);
});

test('a policy change is picked up without a restart: a file that is not the pinned one is refused, the last good one stays, and says why', async ({ llm }) => {
  const settings = await openSettings();
  const { openSitePage, openPanelFor } = openers(context, extensionId);
  const panel = await openPanelFor(await openSitePage(PRICE_THREAD));
  await expect(firstPriceTrack(panel)).toContainText(TRACKS[1].en);

  // The admin puts a new file up but leaves the old pin, allows the test's LLM endpoint and personal playbooks, and mistypes the CRM.
  const fetchesBefore = host?.fetches() ?? 0;
  host?.serve(V2);
  policy?.write({ TeamPlaybookUrl: host?.url, TeamPlaybookSha256: sha256Of(V1), AllowPersonalPlaybook: true, AllowedLlmEndpoints: [llm.url], TeamCrm: 'dynamics' });

  // Chromium re-reads the policy folder on its own (a few seconds after the file settles).
  await expect(settings.getByTestId('team-playbook-failure')).toHaveText(
    `The file at ${HOST} does not match the SHA-256 pin your administrator set (it is ${sha256Of(V2).slice(0, 12)}…), so it was refused (${await failureDate(settings)}). The last good team playbook stays in use.`,
    { timeout: 45_000 },
  );
  expect(host?.fetches()).toBeGreaterThan(fetchesBefore);
  await expect(settings.getByTestId('team-playbook-title')).toHaveText(`Team playbook v1, from ${HOST}`);
  await expect(settings.getByTestId('policy-problems')).toContainText('TeamCrm: “dynamics” is not one of hubspot, pipedrive, salesforce, zoho, fxiaoke.');
  await expect(settings.getByTestId('playbook-file')).toHaveCount(1);
  const axe = await axeScan(settings);
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  if (REVIEW_SHOTS) await settings.screenshot({ path: 'tests/output/screenshots/settings-policy-refused-en.png', fullPage: true });
  // "Check now" fetches again, and says the same.
  const fetchesNow = host?.fetches() ?? 0;
  await settings.getByTestId('team-playbook-check').click();
  await expect.poll(() => host?.fetches()).toBeGreaterThan(fetchesNow);
  await expect(settings.getByTestId('team-playbook-failure')).toContainText('does not match the SHA-256 pin');
  await settings.getByTestId('settings-language').selectOption('zh-Hant');
  await expect(settings.getByTestId('team-playbook-failure')).toContainText(`${HOST} 上的檔案與管理員設定的 SHA-256 不符`);
  await expect(settings.getByTestId('team-playbook-failure')).toContainText('繼續使用上一份有效的團隊手冊。');
  await settings.getByTestId('settings-language').selectOption('zh-Hans');
  await expect(settings.getByTestId('team-playbook-failure')).toContainText('继续使用上一份有效的团队手册。');
  await settings.getByTestId('settings-language').selectOption('en');

  // The panel keeps the last good playbook. The endpoint is allowed now: Settings saves it (and asks the browser for access), the panel offers the LLM and the background serves it.
  await expect(firstPriceTrack(panel)).toContainText(TRACKS[1].en);
  await expect(settings.getByTestId('llm-locked')).toHaveText(`Your administrator allows only these endpoints: ${llm.url}.`);
  await expect(settings.getByTestId('llm-base-url')).toHaveValue(llm.url);
  await settings.getByTestId('llm-enabled').check();
  await settings.getByTestId('llm-save').click();
  await expect(settings.getByTestId('llm-status')).toHaveText(`Saved. The LLM is on for 127.0.0.1:${String(llm.port)}.`);
  await expect(draftSharpen(panel)).toBeVisible();
  expect(await askLlmDirectly(panel)).toMatchObject({ type: 'done', answer: { kind: 'reading' } });

  // Personal playbooks are allowed now: the rep imports theirs. Asking for the team playbook back
  // while the file does not match the pin keeps theirs, and says why.
  await settings.getByTestId('playbook-file').setInputFiles({ name: 'my-playbook.json', mimeType: 'application/json', buffer: Buffer.from(editedPlaybook(OWN)) });
  await expect(settings.getByTestId('import-result')).toHaveText('Playbook imported from my-playbook.json. The panel uses it now.');
  await expect(firstPriceTrack(panel)).toContainText(OWN.en);
  const checkedBefore = await lastCheckedAt(settings);
  await settings.getByTestId('playbook-back-to-team').click();
  // Once the check has finished (its status written), what is in force is final.
  await expect.poll(() => lastCheckedAt(settings)).toBeGreaterThan(checkedBefore);
  await expect(settings.getByTestId('team-playbook-failure')).toContainText('does not match the SHA-256 pin');
  await expect(settings.getByTestId('playbook-source')).toContainText('Using the team playbook imported from my-playbook.json');
  await expect(firstPriceTrack(panel)).toContainText(OWN.en);
});

test('the admin pins the new file: it replaces the old one; AllowLlm false turns the LLM off everywhere; withdrawing the policy goes back to the built-in playbook', async ({ llm }) => {
  const settings = await openSettings();
  const { openSitePage, openPanelFor } = openers(context, extensionId);
  const panel = await openPanelFor(await openSitePage(PRICE_THREAD));
  await expect(draftSharpen(panel)).toBeVisible();

  // The rep's own playbook gives way: personal playbooks are no longer allowed.
  await expect(firstPriceTrack(panel)).toContainText(OWN.en);
  policy?.write({ TeamPlaybookUrl: host?.url, TeamPlaybookSha256: sha256Of(V2), AllowPersonalPlaybook: false, AllowLlm: false });
  const reloaded = await reloadPolicies();
  await expect(settings.getByTestId('team-playbook-title')).toHaveText(`Team playbook v2, from ${HOST}`, { timeout: 45_000 });
  await expect(settings.getByTestId('team-playbook-failure')).toHaveCount(0);
  await expect(firstPriceTrack(panel)).toContainText(TRACKS[2].en);
  await expect(settings.getByTestId('llm-locked')).toHaveText('Your administrator has turned AI wording off for this browser.');
  await expect(settings.getByTestId('llm-enabled')).toBeDisabled();
  await expect(panel.getByTestId('llm-sharpen')).toHaveCount(0);
  const before = llm.requests.length;
  expect(await askLlmDirectly(panel)).toEqual({ type: 'failed', failure: { code: 'blocked', host: `127.0.0.1:${String(llm.port)}` } });
  expect(llm.requests.length).toBe(before);

  // No policy for the extension any more: the team playbook it pushed is withdrawn, nothing is locked.
  policy?.write({});
  await reloaded.locator('#reload-policies').click();
  await expect(settings.getByTestId('playbook-source')).toHaveText('Using the built-in playbook.', { timeout: 45_000 });
  await expect(settings.getByTestId('policy-section')).toHaveCount(0);
  await expect(firstPriceTrack(panel)).toContainText('We can start with the core module for one team and split payments');
  await expect(draftSharpen(panel)).toBeVisible();
});

/**
 * Has Chromium read the policy folder now, as chrome://policy's "Reload policies" button does,
 * rather than about 5 s after the folder last changed (Chromium's own settle delay before it reads a
 * changed folder). The previous test waits for Chromium's own re-read, once; here the two changes
 * only need to be read: what the extension does with them is the same either way (chrome.storage.managed
 * changes, and it acts on that). Returns the page, to reload again after the next change.
 */
async function reloadPolicies(): Promise<Page> {
  const page = await context.newPage();
  await page.goto('chrome://policy');
  await page.locator('#reload-policies').click();
  return page;
}

/** The "Sharpen with AI" button of the follow-up draft. */
function draftSharpen(panel: Page) {
  return panel.getByTestId('draft').getByTestId('llm-sharpen');
}

/** When the background last finished a check of the team playbook (0: never). */
async function lastCheckedAt(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const { teamPlaybookStatus } = await chrome.storage.local.get<{ teamPlaybookStatus?: { checkedAt: number } }>('teamPlaybookStatus');
    return teamPlaybookStatus?.checkedAt ?? 0;
  });
}

/** The date the failure names, as Settings writes it (read from what the background stored once the check has run). */
async function failureDate(settings: Page): Promise<string> {
  const read = () =>
    settings.evaluate(async () => {
      const { teamPlaybookStatus } = await chrome.storage.local.get<{ teamPlaybookStatus?: { failure?: { at: number } } }>('teamPlaybookStatus');
      const at = teamPlaybookStatus?.failure?.at;
      return at === undefined ? null : new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(at);
    });
  await expect.poll(read, { timeout: 45_000 }).not.toBeNull();
  return (await read()) ?? '';
}
