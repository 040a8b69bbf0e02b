import { grantSiteAccess } from '../../demo/browser';
import { activityRequests, connectCrm, logTouchOnMaria, MARIA, seedMaria } from './crm-helpers';
import { expect, test } from './fixtures';

test.beforeEach(({ crm }) => {
  seedMaria(crm);
  crm.hubspot.owners.push({ id: '7002', email: 'ana@nordwind.example', firstName: 'Ana', lastName: 'Silva', userId: 92 }, { id: '7001', email: 'sam@nordwind.example', firstName: 'Sam', lastName: 'Rivera', userId: 91 });
});

test('HubSpot: a users list that fails to load says why, and Retry reads it again', async ({ context, extensionId, crm }) => {
  crm.script('hubspot', { kind: 'status', status: 500, path: '/crm/v3/owners' });
  const settings = await connectCrm(context, extensionId, 'hubspot');
  await expect(settings.getByTestId('crm-hubspot-owner-failed')).toContainText('Could not read HubSpot’s users');
  await settings.getByTestId('crm-hubspot-owner-retry').click();
  await expect(settings.getByTestId('crm-hubspot-owner').locator('option')).toHaveText(['Not chosen: the notes have no owner, and the team view cannot tell whose they are', 'Ana Silva', 'Sam Rivera']);
  await expect(settings.getByTestId('crm-hubspot-owner-failed')).toHaveCount(0);
});

test('HubSpot: the rep sees the note before anything is written; turned on, it lands on her record exactly as previewed', async ({ context, extensionId, crm, openSitePage, openPanelFor }) => {
  const settings = await connectCrm(context, extensionId, 'hubspot');
  await expect(settings.getByTestId('crm-hubspot-connected')).toHaveText('Connected to HubSpot (HubSpot 4471209).');
  await expect(settings.getByTestId('crm-hubspot-consent')).toHaveText('Logging is off: nothing is written to HubSpot until you turn it on.');
  await expect(settings.getByTestId('crm-hubspot-preview-empty')).toBeVisible();
  // A private-app token writes as the app: the rep says who she is in HubSpot, and her notes carry her as their owner.
  const owner = settings.getByTestId('crm-hubspot-owner');
  await expect(owner.locator('option')).toHaveText(['Not chosen: the notes have no owner, and the team view cannot tell whose they are', 'Ana Silva', 'Sam Rivera']);
  await owner.selectOption({ label: 'Sam Rivera' });

  const panel = await openPanelFor(await openSitePage(MARIA.page));
  await expect(panel.getByTestId('contact-name')).toHaveText('Maria Gonzalez');
  await logTouchOnMaria(panel, 1);

  const request = settings.getByTestId('crm-preview-request');
  await expect(request).toHaveCount(1);
  await expect(request).toContainText('POST https://api.hubapi.com/crm/v3/objects/notes');
  await expect(settings.getByTestId('crm-hubspot-preview')).toContainText(`the HubSpot contact with email ${MARIA.email}`);
  await expect(settings.getByTestId('crm-hubspot-counts')).toHaveText('1 activity waiting · 0 sent · 0 need you');
  const previewText = (await request.textContent()) ?? '';
  const previewed = JSON.parse(previewText.slice(previewText.indexOf('\n') + 1)) as { properties: Record<string, string> };
  expect(previewed.properties).toMatchObject({ sop_event: 'touch', sop_direction: 'outbound', sop_channel: 'email', sop_playbook_version: 'default', hubspot_owner_id: '7001' });
  // Nothing written before consent.
  expect(activityRequests(crm, 'hubspot')).toEqual([]);

  await settings.getByTestId('crm-hubspot-turn-on').click();
  await expect(settings.getByTestId('crm-hubspot-consent')).toHaveText('Logging is on: activities go to HubSpot as you work.');
  await expect.poll(() => crm.hubspot.notes.length).toBe(1);
  const [note] = crm.hubspot.notes;
  // What landed is what the preview showed, field for field, on her record.
  expect(note?.properties).toEqual(previewed.properties);
  expect(note?.associations).toEqual({ contacts: ['51234'], deals: [] });
  expect(note?.properties.sop_stage).toMatch(/^(prospect|qualify|discover|present|negotiate|close|deliver|retain)$/);
  await expect(settings.getByTestId('crm-hubspot-counts')).toHaveText('0 activities waiting · 1 sent · 0 need you');

  // Logging on: the next touch goes out by itself.
  await logTouchOnMaria(panel, 2, 'phone');
  await expect.poll(() => crm.hubspot.notes.map((n) => n.properties.sop_channel)).toEqual(['email', 'phone']);

  // Off again: the next touch waits, nothing more is written, and the preview shows it.
  await settings.getByTestId('crm-hubspot-turn-off').click();
  await logTouchOnMaria(panel, 3, 'meeting');
  await expect(settings.getByTestId('crm-preview-request')).toContainText('"sop_channel": "meeting"');
  expect(crm.hubspot.notes).toHaveLength(2);

  // In Traditional Chinese, the same status.
  await settings.getByTestId('settings-language').selectOption('zh-Hant');
  await expect(settings.getByTestId('crm-hubspot-counts')).toHaveText('1 筆活動等待傳送 · 已傳送 2 筆 · 0 筆需要你處理');
  await expect(settings.getByTestId('crm-hubspot-consent')).toHaveText('記錄已關閉：在你開啟之前，不會寫入任何內容到 HubSpot。');
});

test('Pipedrive and Salesforce: a touch lands as a done activity with the SOP custom fields and as a completed Task upserted by its key', async ({ context, extensionId, crm, openSitePage, openPanelFor }) => {
  const settings = await connectCrm(context, extensionId, 'pipedrive');
  await connectCrm(context, extensionId, 'salesforce', undefined, settings);
  await expect(settings.getByTestId('crm-pipedrive-connected')).toHaveText('Connected to Pipedrive (Riley Rep, Nordwind GmbH).');
  await settings.getByTestId('crm-pipedrive-turn-on').click();
  await settings.getByTestId('crm-salesforce-turn-on').click();

  const panel = await openPanelFor(await openSitePage(MARIA.page));
  await logTouchOnMaria(panel, 1, 'phone');

  await expect.poll(() => crm.pipedrive.activities.length).toBe(1);
  await expect.poll(() => crm.salesforce.tasks.length).toBe(1);
  const field = (name: string) => crm.pipedrive.customFields.get(name) ?? '';
  const [activity] = crm.pipedrive.activities;
  expect(activity).toMatchObject({ type: 'call', done: 1, person_id: 88, [field('SOP event')]: 'touch', [field('SOP playbook version')]: 'default' });
  const [task] = crm.salesforce.tasks;
  expect(task).toMatchObject({ WhoId: '0035g00000MariaAAA', Status: 'Completed', TaskSubtype: 'Call', SOP_Event__c: 'touch', SOP_Channel__c: 'phone', SOP_Direction__c: 'outbound' });
  // One activity, one key, in both CRMs.
  expect(activity?.[field('SOP activity key')]).toBe(task?.SOP_Activity_Key__c);
  expect(activityRequests(crm, 'salesforce')).toEqual([
    'GET /services/data/v62.0/query 200',
    `PATCH /services/data/v62.0/sobjects/Task/SOP_Activity_Key__c/${task?.SOP_Activity_Key__c ?? ''} 201`,
  ]);
  await expect(settings.getByTestId('crm-salesforce-counts')).toHaveText('0 activities waiting · 1 sent · 0 need you');
});

test('Salesforce: signing in with OAuth 2 and PKCE in the browser’s sign-in window connects, and the Task goes out with that session', async ({ context, extensionId, crm, openSitePage, openPanelFor }) => {
  await grantSiteAccess(context, extensionId, 'https://nordwind.my.salesforce.com/*');
  const settings = await context.newPage();
  await settings.goto(`chrome-extension://${extensionId}/options.html`);
  await settings.getByTestId('crm-salesforce-instance').fill('https://nordwind.my.salesforce.com');
  await settings.getByTestId('crm-salesforce-consumer-key').fill('3MVG9SOPCopilotDemoConsumerKey');
  await settings.getByTestId('crm-salesforce-sign-in').click();
  await expect(settings.getByTestId('crm-salesforce-connected')).toHaveText('Connected to Salesforce (nordwind.my.salesforce.com (99950/100000)).');

  const [authorize, token] = crm.requests.filter((r) => r.path.startsWith('/services/oauth2/'));
  expect(authorize?.status).toBe(302);
  const asked = new URLSearchParams(authorize?.query ?? '');
  expect([asked.get('response_type'), asked.get('code_challenge_method'), asked.get('redirect_uri')]).toEqual(['code', 'S256', `https://${extensionId}.chromiumapp.org/salesforce`]);
  expect(token?.status).toBe(200);
  const oauthSessions = [...crm.salesforce.tokens.keys()].filter((t) => t.includes('OAuth'));
  expect(oauthSessions).toHaveLength(1);

  await settings.getByTestId('crm-salesforce-turn-on').click();
  const panel = await openPanelFor(await openSitePage(MARIA.page));
  await logTouchOnMaria(panel, 1);
  await expect.poll(() => crm.salesforce.tasks.map((t) => t.SOP_Channel__c)).toEqual(['email']);
});

test('Salesforce sign-in the user denies says so and connects nothing', async ({ context, extensionId, crm }) => {
  crm.salesforce.denyAccess = true;
  await grantSiteAccess(context, extensionId, 'https://nordwind.my.salesforce.com/*');
  const settings = await context.newPage();
  await settings.goto(`chrome-extension://${extensionId}/options.html`);
  await settings.getByTestId('crm-salesforce-instance').fill('https://nordwind.my.salesforce.com');
  await settings.getByTestId('crm-salesforce-consumer-key').fill('3MVG9SOPCopilotDemoConsumerKey');
  await settings.getByTestId('crm-salesforce-sign-in').click();
  await expect(settings.getByTestId('crm-salesforce-connect-status')).toHaveText('Salesforce sign-in did not complete: access_denied: end-user denied authorization');
  await expect(settings.getByTestId('crm-salesforce-connected')).toHaveCount(0);
  expect(crm.requests.filter((r) => r.path === '/services/oauth2/token')).toHaveLength(0);
});
