import { grantSiteAccess } from '../../demo/browser';
import { addTeamActivity, seedTeam } from '../../demo/crm/team-seed';
import { ZOHO_TOKEN } from '../../demo/crm/zoho';
import { activityRequests, connectCrm, logTouchOnMaria, MARIA, seedMaria } from './crm-helpers';
import { expect, test } from './fixtures';

/** Zoho CRM through the built extension against its stand-in: consent, the Task written as previewed, a refused token, a 429 and a 500. */

const MARIA_ZOHO = '5725767000000777001';
const DRAINED = { timeout: 60_000 };

test.beforeEach(({ crm }) => {
  seedMaria(crm);
  crm.zoho.contacts.push({ id: MARIA_ZOHO, Email: MARIA.email });
});

test('Zoho CRM: the rep picks the data center, sees the Task before anything is written; turned on, it lands on her Contact as previewed', async ({ context, extensionId, crm, openSitePage, openPanelFor }) => {
  const settings = await context.newPage();
  await settings.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(settings.getByTestId('crm-zoho-data-center').locator('option')).toHaveCount(9);
  await expect(settings.getByTestId('crm-zoho-data-center')).toHaveValue('https://www.zohoapis.com');
  await connectCrm(context, extensionId, 'zoho', ZOHO_TOKEN, settings);
  await expect(settings.getByTestId('crm-zoho-connected')).toHaveText('Connected to Zoho CRM (Riley Rep, riley@nordwind.example).');
  await expect(settings.getByTestId('crm-zoho-consent')).toHaveText('Logging is off: nothing is written to Zoho CRM until you turn it on.');

  const panel = await openPanelFor(await openSitePage(MARIA.page));
  await expect(panel.getByTestId('contact-name')).toHaveText('Maria Gonzalez');
  await logTouchOnMaria(panel, 1, 'phone');
  const request = settings.getByTestId('crm-preview-request');
  await expect(request).toHaveCount(1);
  await expect(request).toContainText('POST https://www.zohoapis.com/crm/v7/Tasks');
  await expect(settings.getByTestId('crm-zoho-preview')).toContainText(`the Zoho CRM Contact (or Lead) with email ${MARIA.email}`);
  const text = (await request.textContent()) ?? '';
  const previewed = JSON.parse(text.slice(text.indexOf('\n') + 1)) as { data: Record<string, unknown>[] };
  expect(previewed.data[0]).toMatchObject({ Status: 'Completed', SOP_Event: 'touch', SOP_Channel: 'phone', SOP_Direction: 'outbound', SOP_Playbook_Version: 'default' });
  expect(activityRequests(crm, 'zoho')).toEqual([]);

  await settings.getByTestId('crm-zoho-turn-on').click();
  await expect.poll(() => crm.zoho.tasks.length, DRAINED).toBe(1);
  const [task] = crm.zoho.tasks;
  // What landed is what was previewed, with her Contact found by email in place of the placeholder.
  const { Who_Id: _placeholder, ...rest } = previewed.data[0] ?? {};
  expect(task).toMatchObject({ ...rest, Who_Id: { id: MARIA_ZOHO } });
  expect(activityRequests(crm, 'zoho')).toEqual(['GET /crm/v7/Contacts/search 200', 'POST /crm/v7/Tasks 201']);
  await expect(settings.getByTestId('crm-zoho-counts')).toHaveText('0 activities waiting · 1 sent · 0 need you');

  await settings.getByTestId('settings-language').selectOption('zh-Hans');
  await expect(settings.getByTestId('crm-zoho-counts')).toHaveText('0 条活动等待发送 · 已发送 1 条 · 0 条需要你处理');
});

test('Zoho CRM: a refused token pauses and says so, a 429 and a 500 are waited out; nothing is lost or written twice', async ({ context, extensionId, crm, openSitePage, openPanelFor }) => {
  test.setTimeout(150_000);
  const settings = await context.newPage();
  await settings.goto(`chrome-extension://${extensionId}/options.html`);
  await connectCrm(context, extensionId, 'zoho', ZOHO_TOKEN, settings);
  await settings.getByTestId('crm-zoho-turn-on').click();
  const panel = await openPanelFor(await openSitePage(MARIA.page));

  // The hour of the access token is over.
  crm.zoho.tokens.clear();
  await logTouchOnMaria(panel, 1);
  await expect(settings.getByTestId('crm-zoho-paused')).toContainText('Zoho CRM refused the token (401: INVALID_TOKEN: invalid oauth token). Logging is paused and nothing is lost');
  await expect(settings.getByTestId('crm-zoho-counts')).toHaveText('1 activity waiting · 0 sent · 0 need you');
  crm.zoho.tokens.set('1000.zoho-fresh-access-token.9a1b', '5725767000000411001');
  await connectCrm(context, extensionId, 'zoho', '1000.zoho-fresh-access-token.9a1b', settings);
  await expect.poll(() => crm.zoho.tasks.length, DRAINED).toBe(1);
  await expect(settings.getByTestId('crm-zoho-paused')).toHaveCount(0);

  // Too many requests: held, said, sent after.
  crm.script('zoho', { kind: 'status', status: 429, on: 'write' });
  await logTouchOnMaria(panel, 2, 'phone');
  // Zoho's 429 names no wait: said so, and backed off (not retried a second later).
  await expect(settings.getByTestId('crm-problem-reason')).toHaveText('Zoho CRM asked us to slow down (rate limit, 429) without saying for how long. Kept; it is tried again with growing pauses.');
  await expect.poll(() => crm.zoho.tasks.length, DRAINED).toBe(2);
  expect(crm.requests.filter((r) => r.crm === 'zoho' && r.status === 429)).toHaveLength(1);

  // A 500 on the write: said, retried with a pause; the retry looks for the Task by its key before writing.
  crm.script('zoho', { kind: 'status', status: 500, on: 'write' });
  await logTouchOnMaria(panel, 3, 'meeting');
  await expect(settings.getByTestId('crm-problem-reason')).toHaveText('Zoho CRM had a server error (500). Kept; it is tried again with growing pauses.');
  await expect.poll(() => crm.zoho.tasks.length, DRAINED).toBe(3);
  expect(crm.requests.filter((r) => r.crm === 'zoho' && r.path === '/crm/v7/Tasks/search').map((r) => r.status)).toEqual([204]);
  expect(new Set(crm.zoho.tasks.map((t) => t.SOP_Activity_Key)).size).toBe(3);
  await expect(settings.getByTestId('crm-zoho-counts')).toHaveText('0 activities waiting · 3 sent · 0 need you');
});

test('Zoho CRM: signing in with Zoho in the browser’s sign-in window connects; an expired hour is renewed without the rep; signed out of Zoho, logging pauses and says so', async ({ context, extensionId, crm, openSitePage, openPanelFor }) => {
  test.setTimeout(120_000);
  await grantSiteAccess(context, extensionId, 'https://www.zohoapis.com/*');
  const settings = await context.newPage();
  await settings.goto(`chrome-extension://${extensionId}/options.html`);
  await settings.getByTestId('crm-zoho-client-id').fill('1000.SOPCOPILOTDEMOCLIENT');
  await settings.getByTestId('crm-zoho-sign-in').click();
  await expect(settings.getByTestId('crm-zoho-connected')).toHaveText('Connected to Zoho CRM (Riley Rep, riley@nordwind.example).');
  const [authorize] = crm.requests.filter((r) => r.path === '/oauth/v2/auth');
  const asked = new URLSearchParams(authorize?.query ?? '');
  expect([asked.get('response_type'), asked.get('redirect_uri'), asked.get('scope')]).toEqual(['token', `https://${extensionId}.chromiumapp.org/zoho`, 'ZohoCRM.modules.tasks.ALL,ZohoCRM.modules.contacts.READ,ZohoCRM.modules.leads.READ,ZohoCRM.users.READ,ZohoCRM.settings.fields.READ,ZohoSearch.securesearch.READ']);
  expect(crm.zoho.issued).toHaveLength(1);

  await settings.getByTestId('crm-zoho-turn-on').click();
  const panel = await openPanelFor(await openSitePage(MARIA.page));
  await logTouchOnMaria(panel, 1);
  await expect.poll(() => crm.zoho.tasks.length, DRAINED).toBe(1);

  // The hour is over: Zoho refuses the token, the outbox asks Zoho Accounts again without a window, and the Task goes out.
  crm.zoho.tokens.delete(crm.zoho.issued[0] ?? '');
  await logTouchOnMaria(panel, 2, 'phone');
  await expect.poll(() => crm.zoho.tasks.length, DRAINED).toBe(2);
  expect(crm.zoho.issued).toHaveLength(2);
  await expect(settings.getByTestId('crm-zoho-paused')).toHaveCount(0);

  // Signed out of Zoho: the renewal cannot happen without the rep; logging pauses, says so, loses nothing.
  crm.zoho.signedOut = true;
  crm.zoho.tokens.delete(crm.zoho.issued[1] ?? '');
  await logTouchOnMaria(panel, 3, 'meeting');
  await expect(settings.getByTestId('crm-zoho-paused')).toContainText('Zoho CRM would not renew the expired session', DRAINED);
  await expect(settings.getByTestId('crm-zoho-counts')).toHaveText('1 activity waiting · 2 sent · 0 need you');
  expect(crm.zoho.tasks).toHaveLength(2);
});

test('Zoho CRM: the sign-in names another data center than the one picked: nothing is saved until its host is allowed, then it connects there and says so; a center Zoho names that we do not know is refused', async ({ context, extensionId, crm, openSitePage, openPanelFor }) => {
  test.setTimeout(120_000);
  await grantSiteAccess(context, extensionId, 'https://www.zohoapis.com/*');
  const settings = await context.newPage();
  await settings.goto(`chrome-extension://${extensionId}/options.html`);

  // A center outside the table (or a look-alike host): refused, nothing kept.
  crm.zoho.signInCenter = { location: 'us', api_domain: 'https://www.zohoapis.com.attacker.example', 'accounts-server': 'https://accounts.zoho.com' };
  await settings.getByTestId('crm-zoho-client-id').fill('1000.SOPCOPILOTDEMOCLIENT');
  await settings.getByTestId('crm-zoho-sign-in').click();
  await expect(settings.getByTestId('crm-zoho-connect-status')).toHaveText('Zoho named a data center SOP Copilot does not know (https://www.zohoapis.com.attacker.example, us, https://accounts.zoho.com). Nothing was saved: ask your admin which data center your Zoho org is in.');
  await expect(settings.getByTestId('crm-zoho-connected')).toHaveCount(0);

  // The rep picked US; Zoho signs her in to the EU center, whose host is not allowed yet.
  crm.zoho.signInCenter = { location: 'eu', api_domain: 'https://www.zohoapis.eu', 'accounts-server': 'https://accounts.zoho.eu' };
  await settings.getByTestId('crm-zoho-sign-in').click();
  await expect(settings.getByTestId('crm-zoho-data-center-elsewhere')).toContainText('Zoho signed you in to its EU data center (www.zohoapis.eu), not US as picked here. Nothing is saved yet');
  await expect(settings.getByTestId('crm-zoho-connected')).toHaveCount(0);
  expect(crm.requests.filter((r) => r.crm === 'zoho' && r.path.startsWith('/crm/'))).toEqual([]);
  await grantSiteAccess(context, extensionId, 'https://www.zohoapis.eu/*');
  await settings.getByTestId('crm-zoho-data-center-allow').click();
  await expect(settings.getByTestId('crm-zoho-connected')).toHaveText('Connected to Zoho CRM (Riley Rep, riley@nordwind.example).');
  await expect(settings.getByTestId('crm-zoho-data-center-named')).toHaveText('Zoho named its EU data center (www.zohoapis.eu) when you signed in, not US as picked: activities go there.');
  await settings.getByTestId('settings-language').selectOption('zh-Hant');
  await expect(settings.getByTestId('crm-zoho-data-center-named')).toHaveText('你登入時，Zoho 給出的是它的 EU 資料中心（www.zohoapis.eu），而不是所選的 US：活動會寫入那裡。');
  await settings.getByTestId('settings-language').selectOption('en');

  await settings.getByTestId('crm-zoho-turn-on').click();
  const panel = await openPanelFor(await openSitePage(MARIA.page));
  await logTouchOnMaria(panel, 1);
  await expect.poll(() => crm.zoho.tasks.length, DRAINED).toBe(1);
  expect(new Set(crm.requests.filter((r) => r.crm === 'zoho' && r.path.startsWith('/crm/')).map((r) => r.host))).toEqual(new Set(['www.zohoapis.eu']));

  // The hour is over: the renewal asks the EU Accounts server Zoho named, not the US one picked.
  crm.zoho.tokens.delete(crm.zoho.issued.at(-1) ?? '');
  await logTouchOnMaria(panel, 2, 'phone');
  await expect.poll(() => crm.zoho.tasks.length, DRAINED).toBe(2);
  expect(crm.requests.filter((r) => r.path === '/oauth/v2/auth').map((r) => r.host)).toEqual(['accounts.zoho.com', 'accounts.zoho.com', 'accounts.zoho.eu']);
});

test('Zoho CRM: a rep who picks the EU center signs in at Zoho Accounts in the US, as Zoho says to, and is connected to the EU with no note when Zoho names the same center', async ({ context, extensionId, crm }) => {
  await grantSiteAccess(context, extensionId, 'https://www.zohoapis.eu/*');
  crm.zoho.signInCenter = { location: 'eu', api_domain: 'https://www.zohoapis.eu', 'accounts-server': 'https://accounts.zoho.eu' };
  const settings = await context.newPage();
  await settings.goto(`chrome-extension://${extensionId}/options.html`);
  await settings.getByTestId('crm-zoho-data-center').selectOption('https://www.zohoapis.eu');
  await settings.getByTestId('crm-zoho-client-id').fill('1000.SOPCOPILOTDEMOCLIENT');
  await settings.getByTestId('crm-zoho-sign-in').click();
  await expect(settings.getByTestId('crm-zoho-connected')).toHaveText('Connected to Zoho CRM (Riley Rep, riley@nordwind.example).');
  await expect(settings.getByTestId('crm-zoho-data-center-named')).toHaveCount(0);
  expect(crm.requests.filter((r) => r.path === '/oauth/v2/auth').map((r) => r.host)).toEqual(['accounts.zoho.com']);
  expect(new Set(crm.requests.filter((r) => r.crm === 'zoho' && r.path.startsWith('/crm/')).map((r) => r.host))).toEqual(new Set(['www.zohoapis.eu']));
});

test('Zoho CRM: activities waiting at once go in one insert, as the preview says; the one record Zoho refuses waits for the rep with its reason, the rest land; retried, nothing twice', async ({ context, extensionId, crm, openSitePage, openPanelFor }) => {
  test.setTimeout(120_000);
  const settings = await connectCrm(context, extensionId, 'zoho');
  crm.zoho.rules.push({ field: 'SOP_Channel', value: 'phone', message: 'Phone touches need a call log' });
  const panel = await openPanelFor(await openSitePage(MARIA.page));
  // Logging is still off: the three wait together.
  await logTouchOnMaria(panel, 1, 'email');
  await logTouchOnMaria(panel, 2, 'phone');
  await logTouchOnMaria(panel, 3, 'meeting');
  await expect(settings.getByTestId('crm-zoho-preview-batch')).toHaveText('When several activities wait at once (after an outage or a rate limit), Zoho CRM receives them together in one request, POST https://www.zohoapis.com/crm/v7/Tasks (up to 100 in its data), each exactly as shown below.');
  await expect(settings.getByTestId('crm-preview-request')).toHaveCount(3);

  await settings.getByTestId('crm-zoho-turn-on').click();
  await expect(settings.getByTestId('crm-zoho-counts')).toHaveText('0 activities waiting · 2 sent · 1 needs you', DRAINED);
  expect(activityRequests(crm, 'zoho')).toEqual(['GET /crm/v7/Contacts/search 200', 'POST /crm/v7/Tasks 207']);
  expect(crm.zoho.tasks.map((t) => t.SOP_Channel)).toEqual(['email', 'meeting']);
  await expect(settings.getByTestId('crm-problem-reason')).toHaveText('Zoho CRM rejected the activity (207: INVALID_DATA: Phone touches need a call log: SOP_Channel). Ask your admin to set up the SOP fields, then retry.');

  // The admin lifts the rule; the rep retries the one that waited.
  crm.zoho.rules.length = 0;
  await settings.getByTestId('crm-problem-retry').click();
  await expect(settings.getByTestId('crm-zoho-counts')).toHaveText('0 activities waiting · 3 sent · 0 need you', DRAINED);
  expect(crm.zoho.tasks.map((t) => t.SOP_Channel)).toEqual(['email', 'meeting', 'phone']);
  expect(new Set(crm.zoho.tasks.map((t) => t.SOP_Activity_Key)).size).toBe(3);
  await settings.getByTestId('settings-language').selectOption('zh-Hans');
  await expect(settings.getByTestId('crm-zoho-counts')).toHaveText('0 条活动等待发送 · 已发送 3 条 · 0 条需要你处理');
});

test('Zoho CRM: the manager’s team view reads the reps’ Tasks back, per rep, and a refresh reads only what changed', async ({ context, extensionId, crm }) => {
  const HOUR = 3_600_000;
  seedTeam(crm, ['zoho'], { reps: 3, days: 30, perDay: 12, now: Date.now() - HOUR });
  const settings = await connectCrm(context, extensionId, 'zoho', ZOHO_TOKEN);
  await settings.close();
  /** Touches sent per rep name, from the stand-in's own Tasks. */
  const sentPerRep = () => {
    const counts = new Map<string, number>();
    for (const t of crm.zoho.tasks) if (t.SOP_Event === 'touch' && t.SOP_Direction === 'outbound') counts.set(t.Owner.name, (counts.get(t.Owner.name) ?? 0) + 1);
    return counts;
  };
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/dashboard.html?scope=team&days=90`);
  await expect(page.getByTestId('team-synced')).toBeVisible({ timeout: 60_000 });
  const shownSent = async () => {
    const shown = new Map<string, number>();
    for (const row of await page.getByTestId('table-team-reps').locator('tbody tr').all()) {
      const cells = await row.locator('th, td').allTextContents();
      shown.set(cells[0] ?? '', Number((cells[1] ?? '').replace(/[^\d]/g, '')));
    }
    return shown;
  };
  await expect.poll(shownSent, { timeout: 30_000 }).toEqual(sentPerRep());
  expect(sentPerRep().size).toBe(3);

  const added = addTeamActivity(crm, ['zoho'], { reps: 3, days: 1, perDay: 12, now: Date.now() - 1_000, from: Date.now() - HOUR / 2 });
  crm.requests.length = 0;
  await page.getByTestId('team-sync').click();
  await expect(page.getByTestId('team-synced')).toBeVisible({ timeout: 60_000 });
  const read = crm.requests.filter((r) => r.path === '/crm/v7/Tasks').reduce((sum, r) => sum + (r.results ?? 0), 0);
  expect(read).toBeGreaterThanOrEqual(added);
  expect(read).toBeLessThanOrEqual(added + 5);
  await expect.poll(shownSent, { timeout: 30_000 }).toEqual(sentPerRep());
  await page.getByTestId('language-select').selectOption('zh-Hant');
  await expect(page.getByTestId('team-reps-summary')).toContainText('3 位業務：發出');
});
