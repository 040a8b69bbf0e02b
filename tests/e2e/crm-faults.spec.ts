import { grantSiteAccess } from '../../demo/browser';
import { activityRequests, connectCrm, logTouchOnMaria, MARIA, seedMaria } from './crm-helpers';
import { expect, test } from './fixtures';

test.beforeEach(({ crm }) => seedMaria(crm));

// Automatic retries wait for the outbox's alarm (5 s, then 10 s … after a failure): ceilings sized for that on a loaded machine.
const DRAINED = { timeout: 60_000 };

/** Milliseconds between consecutive times. */
const gapsOf = (times: readonly number[]): number[] => times.slice(1).map((at, i) => at - (times[i] ?? at));

test('offline: the rep keeps working, the queue holds and says why, and drains when the CRM is back', async ({ context, extensionId, crm, openSitePage, openPanelFor }) => {
  test.setTimeout(120_000);
  const settings = await connectCrm(context, extensionId, 'hubspot');
  await settings.getByTestId('crm-hubspot-turn-on').click();
  const panel = await openPanelFor(await openSitePage(MARIA.page));

  await crm.down();
  await logTouchOnMaria(panel, 1);
  await logTouchOnMaria(panel, 2, 'phone');
  await expect(settings.getByTestId('crm-problem-reason').first()).toHaveText('HubSpot could not be reached (offline?). Kept; it is sent when HubSpot is back.');
  await expect(settings.getByTestId('crm-hubspot-counts')).toHaveText('2 activities waiting · 0 sent · 0 need you');
  await expect(settings.getByTestId('crm-hubspot-held')).toContainText('HubSpot is not taking activities right now; the next try is at');

  await crm.up();
  await expect.poll(() => crm.hubspot.notes.map((n) => n.properties.sop_channel), DRAINED).toEqual(['email', 'phone']);
  await expect(settings.getByTestId('crm-hubspot-counts')).toHaveText('0 activities waiting · 2 sent · 0 need you');
  await expect(settings.getByTestId('crm-hubspot-problems')).toHaveCount(0);
});

test('a 429 storm and a 500 lose nothing, write nothing twice and say what happened', async ({ context, extensionId, crm, openSitePage, openPanelFor }) => {
  test.setTimeout(150_000);
  const settings = await connectCrm(context, extensionId, 'hubspot');
  await settings.getByTestId('crm-hubspot-turn-on').click();
  const panel = await openPanelFor(await openSitePage(MARIA.page));

  // A 429 with Retry-After: held for that long, and said. HubSpot keeps refusing (a second each time)
  // while the test looks, then answers: no six-second wait sat out, and each try came after the wait.
  crm.script('hubspot', { kind: 'status', status: 429, retryAfter: '1', repeat: true });
  await logTouchOnMaria(panel, 1);
  await expect(settings.getByTestId('crm-problem-reason')).toHaveText('HubSpot asked us to slow down (rate limit, 429). Kept; it is sent after the wait HubSpot named.');
  const refusedAt = () => crm.requests.filter((r) => r.crm === 'hubspot' && r.status === 429).map((r) => r.at);
  await expect.poll(() => refusedAt().length, DRAINED).toBeGreaterThanOrEqual(2);
  crm.lift('hubspot');
  await expect.poll(() => crm.hubspot.notes.length, DRAINED).toBe(1);
  expect(gapsOf(refusedAt()).filter((gap) => gap < 950)).toEqual([]);

  // A 500 on the write: said, retried with a pause, and the retry looks for the note before writing.
  crm.script('hubspot', { kind: 'status', status: 500, on: 'write' });
  await logTouchOnMaria(panel, 2, 'phone');
  await expect(settings.getByTestId('crm-problem-reason')).toHaveText('HubSpot had a server error (500). Kept; it is tried again with growing pauses.');
  await expect.poll(() => crm.hubspot.notes.length, DRAINED).toBe(2);

  // A storm: three requests per four seconds, five touches (two requests each).
  crm.limit('hubspot', { max: 3, windowMs: 4_000 });
  for (let n = 3; n <= 7; n++) await logTouchOnMaria(panel, n, n % 2 ? 'email' : 'phone');
  await expect.poll(() => crm.hubspot.notes.length, { timeout: 100_000 }).toBe(7);
  expect(crm.requests.filter((r) => r.crm === 'hubspot' && r.status === 429).length).toBeGreaterThan(1);
  // Every activity once: seven keys, seven notes.
  expect(new Set(crm.hubspot.notes.map((n) => n.properties.sop_activity_key)).size).toBe(7);
  await expect(settings.getByTestId('crm-hubspot-counts')).toHaveText('0 activities waiting · 7 sent · 0 need you');
});

test('Zoho CRM: held by a 429, the activities that waited go in one insert after it; the one record Zoho refuses says why and waits, the others land once', async ({ context, extensionId, crm, openSitePage, openPanelFor }) => {
  test.setTimeout(150_000);
  crm.zoho.contacts.push({ id: '5725767000000777001', Email: MARIA.email });
  crm.zoho.rules.push({ field: 'SOP_Channel', value: 'phone', message: 'Phone touches need a call log' });
  const settings = await connectCrm(context, extensionId, 'zoho');
  await settings.getByTestId('crm-zoho-turn-on').click();
  const panel = await openPanelFor(await openSitePage(MARIA.page));

  // Zoho keeps refusing the insert (naming a second each time) until all three wait, then takes it:
  // the same held queue as one 20-second wait gave, without sitting it out.
  crm.script('zoho', { kind: 'status', status: 429, on: 'write', retryAfter: '1', repeat: true });
  await logTouchOnMaria(panel, 1, 'email');
  await expect(settings.getByTestId('crm-problem-reason')).toHaveText('Zoho CRM asked us to slow down (rate limit, 429). Kept; it is sent after the wait Zoho CRM named.');
  await logTouchOnMaria(panel, 2, 'phone');
  await logTouchOnMaria(panel, 3, 'meeting');
  await expect(settings.getByTestId('crm-zoho-counts')).toHaveText('3 activities waiting · 0 sent · 0 need you');
  crm.lift('zoho');
  await expect(settings.getByTestId('crm-zoho-counts')).toHaveText('0 activities waiting · 2 sent · 1 needs you', { timeout: 90_000 });
  // Held by the 429s (each try after the named wait), then the three that waited in one insert.
  const inserts = crm.requests.filter((r) => r.crm === 'zoho' && r.method === 'POST' && r.path === '/crm/v7/Tasks');
  expect(inserts.map((r) => r.status).slice(0, -1).every((status) => status === 429)).toBe(true);
  expect(inserts.map((r) => r.status).at(-1)).toBe(207);
  expect((inserts.at(-1)?.body as { data?: unknown[] } | undefined)?.data).toHaveLength(3);
  expect(gapsOf(inserts.filter((r) => r.status === 429).map((r) => r.at)).filter((gap) => gap < 950)).toEqual([]);
  expect(activityRequests(crm, 'zoho').filter((r) => r.startsWith('POST') && !r.endsWith(' 429'))).toEqual(['POST /crm/v7/Tasks 207']);
  expect(crm.zoho.tasks.map((t) => t.SOP_Channel)).toEqual(['email', 'meeting']);
  await expect(settings.getByTestId('crm-problem-reason')).toHaveText('Zoho CRM rejected the activity (207: INVALID_DATA: Phone touches need a call log: SOP_Channel). Ask your admin to set up the SOP fields, then retry.');
});

test('Zoho CRM offline: the rep keeps working; when Zoho is back the Tasks that may have landed are looked for together and go in one insert, once each', async ({ context, extensionId, crm, openSitePage, openPanelFor }) => {
  test.setTimeout(150_000);
  crm.zoho.contacts.push({ id: '5725767000000777001', Email: MARIA.email });
  const settings = await connectCrm(context, extensionId, 'zoho');
  await settings.getByTestId('crm-zoho-turn-on').click();
  const panel = await openPanelFor(await openSitePage(MARIA.page));

  await crm.down();
  await logTouchOnMaria(panel, 1, 'email');
  await logTouchOnMaria(panel, 2, 'phone');
  await logTouchOnMaria(panel, 3, 'meeting');
  await expect(settings.getByTestId('crm-problem-reason').first()).toHaveText('Zoho CRM could not be reached (offline?). Kept; it is sent when Zoho CRM is back.');
  await expect(settings.getByTestId('crm-zoho-counts')).toHaveText('3 activities waiting · 0 sent · 0 need you');

  await crm.up();
  await expect(settings.getByTestId('crm-zoho-counts')).toHaveText('0 activities waiting · 3 sent · 0 need you', { timeout: 100_000 });
  expect(crm.zoho.tasks.map((t) => t.SOP_Channel)).toEqual(['email', 'phone', 'meeting']);
  const requests = activityRequests(crm, 'zoho');
  expect(requests.filter((r) => r.startsWith('POST'))).toEqual(['POST /crm/v7/Tasks 201']);
  expect(requests.filter((r) => r.includes('/Tasks/search'))).toEqual(['GET /crm/v7/Tasks/search 204']);
});

test('a bad token says so and pauses; nothing is lost, and reconnecting sends it', async ({ context, extensionId, crm, openSitePage, openPanelFor }) => {
  const settings = await connectCrm(context, extensionId, 'pipedrive');
  await settings.getByTestId('crm-pipedrive-turn-on').click();
  const panel = await openPanelFor(await openSitePage(MARIA.page));

  // The token is revoked in Pipedrive.
  crm.pipedrive.tokens.clear();
  await logTouchOnMaria(panel, 1);
  await expect(settings.getByTestId('crm-pipedrive-paused')).toContainText('Pipedrive refused the token (401: unauthorized access). Logging is paused and nothing is lost');
  await expect(settings.getByTestId('crm-pipedrive-counts')).toHaveText('1 activity waiting · 0 sent · 0 need you');
  await logTouchOnMaria(panel, 2, 'phone');
  await expect(settings.getByTestId('crm-pipedrive-counts')).toHaveText('2 activities waiting · 0 sent · 0 need you');
  const refused = crm.requests.length;
  // Paused: no more requests with the refused token.
  await expect.poll(() => crm.requests.length, { timeout: 3_000 }).toBe(refused);

  // A wrong token on reconnecting is refused and said; the right one resumes.
  await settings.getByTestId('crm-pipedrive-token').fill('not-a-token');
  await settings.getByTestId('crm-pipedrive-connect').click();
  await expect(settings.getByTestId('crm-pipedrive-connect-status')).toHaveText('Pipedrive refused the token (401). Check it and try again.');
  crm.pipedrive.tokens.set('a1b2c3d4e5f60718293a4b5c6d7e8f9012345678', { userId: 11, name: 'Riley Rep' });
  await connectCrm(context, extensionId, 'pipedrive', 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678', settings);
  await expect.poll(() => crm.pipedrive.activities.map((a) => a.type), DRAINED).toEqual(['email', 'call']);
  await expect(settings.getByTestId('crm-pipedrive-paused')).toHaveCount(0);
});

test('a retry never duplicates: the write landed but its answer was lost, and the retry finds it', async ({ context, extensionId, crm, openSitePage, openPanelFor }) => {
  const settings = await connectCrm(context, extensionId, 'hubspot');
  await settings.getByTestId('crm-hubspot-turn-on').click();
  const panel = await openPanelFor(await openSitePage(MARIA.page));

  crm.script('hubspot', { kind: 'lose-answer', on: 'write' });
  await logTouchOnMaria(panel, 1);
  await expect.poll(() => activityRequests(crm, 'hubspot'), DRAINED).toEqual([
    'POST /crm/v3/objects/contacts/search 200',
    'POST /crm/v3/objects/notes lost',
    'POST /crm/v3/objects/notes/search 200',
  ]);
  await expect(settings.getByTestId('crm-hubspot-counts')).toHaveText('0 activities waiting · 1 sent · 0 need you');
  expect(crm.hubspot.notes).toHaveLength(1);
});

test('a person the CRM does not have waits for the rep with a retry button', async ({ context, extensionId, crm, openSitePage, openPanelFor }) => {
  crm.salesforce.contacts.length = 0;
  const settings = await connectCrm(context, extensionId, 'salesforce');
  await settings.getByTestId('crm-salesforce-turn-on').click();
  const panel = await openPanelFor(await openSitePage(MARIA.page));
  await logTouchOnMaria(panel, 1);
  await expect(settings.getByTestId('crm-problem-reason')).toHaveText(`Salesforce has no person with ${MARIA.email}. Add them in Salesforce, then retry.`);
  await expect(settings.getByTestId('crm-salesforce-counts')).toHaveText('0 activities waiting · 0 sent · 1 needs you');

  crm.salesforce.contacts.push({ Id: '0035g00000MariaAAA', Email: MARIA.email });
  await settings.getByTestId('crm-problem-retry').click();
  await expect.poll(() => crm.salesforce.tasks.map((t) => t.WhoId)).toEqual(['0035g00000MariaAAA']);
  await expect(settings.getByTestId('crm-salesforce-counts')).toHaveText('0 activities waiting · 1 sent · 0 need you');
});

test('Salesforce: an expired session renews with its refresh token and the activity goes out; a revoked refresh token pauses and says so', async ({ context, extensionId, crm, openSitePage, openPanelFor }) => {
  await grantSiteAccess(context, extensionId, 'https://nordwind.my.salesforce.com/*');
  const settings = await context.newPage();
  await settings.goto(`chrome-extension://${extensionId}/options.html`);
  await settings.getByTestId('crm-salesforce-instance').fill('https://nordwind.my.salesforce.com');
  await settings.getByTestId('crm-salesforce-consumer-key').fill('3MVG9SOPCopilotDemoConsumerKey');
  await settings.getByTestId('crm-salesforce-sign-in').click();
  await expect(settings.getByTestId('crm-salesforce-connected')).toBeVisible();
  await settings.getByTestId('crm-salesforce-turn-on').click();
  const panel = await openPanelFor(await openSitePage(MARIA.page));

  // The session expires (Salesforce answers 401 INVALID_SESSION_ID): renewed, and the Task lands.
  crm.salesforce.tokens.clear();
  await logTouchOnMaria(panel, 1);
  await expect.poll(() => crm.salesforce.tasks.length, DRAINED).toBe(1);
  const renewals = crm.requests.filter((r) => r.path === '/services/oauth2/token' && String(r.body).includes('grant_type=refresh_token'));
  expect(renewals.map((r) => r.status)).toEqual([200]);
  // First refused (INVALID_SESSION_ID), then renewed.
  const refusedAt = crm.requests.findIndex((r) => r.crm === 'salesforce' && r.status === 401);
  expect(refusedAt).toBeGreaterThanOrEqual(0);
  expect(crm.requests.findIndex((r) => renewals.includes(r))).toBeGreaterThan(refusedAt);
  await expect(settings.getByTestId('crm-salesforce-counts')).toHaveText('0 activities waiting · 1 sent · 0 need you');
  await expect(settings.getByTestId('crm-salesforce-paused')).toHaveCount(0);

  // The org revokes the refresh token and the session expires again: paused, said, nothing lost.
  crm.salesforce.tokens.clear();
  crm.salesforce.refreshTokens.clear();
  await logTouchOnMaria(panel, 2, 'phone');
  await expect(settings.getByTestId('crm-salesforce-paused')).toContainText('Salesforce would not renew the expired session (400: invalid_grant: expired access/refresh token). Logging is paused and nothing is lost: the activities wait here until you sign in again.', DRAINED);
  await expect(settings.getByTestId('crm-salesforce-counts')).toHaveText('1 activity waiting · 1 sent · 0 need you');
  expect(crm.salesforce.tasks).toHaveLength(1);
  await panel.getByTestId('language-select').selectOption('zh-Hant');
  await expect(settings.getByTestId('crm-salesforce-paused')).toContainText('Salesforce 拒絕延長已過期的工作階段（400：invalid_grant: expired access/refresh token）。記錄已暫停，不會遺失任何內容');
  await panel.getByTestId('language-select').selectOption('zh-Hans');
  await expect(settings.getByTestId('crm-salesforce-paused')).toContainText('Salesforce 拒绝续期已过期的会话（400：invalid_grant: expired access/refresh token）。记录已暂停');
  await panel.getByTestId('language-select').selectOption('en');

  // Signing in again sends what waited.
  await settings.getByTestId('crm-salesforce-paused').getByTestId('crm-salesforce-consumer-key').fill('3MVG9SOPCopilotDemoConsumerKey');
  await settings.getByTestId('crm-salesforce-paused').getByTestId('crm-salesforce-sign-in').click();
  await expect.poll(() => crm.salesforce.tasks.map((t) => t.SOP_Channel__c), DRAINED).toEqual(['email', 'phone']);
  await expect(settings.getByTestId('crm-salesforce-paused')).toHaveCount(0);
});

