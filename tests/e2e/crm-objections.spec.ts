import type { Page } from '@playwright/test';
import type { CrmStandIns } from '../../demo/crm/server';
import { activityRequests, connectCrm } from './crm-helpers';
import { expect, test } from './fixtures';
import { turnOnLlm } from './llm-helpers';

/**
 * An objection heard in a captured reply goes to the rep's CRM once per reply, with the reader's
 * fields, shown first in the consent preview; reopening the panel does not write it again; the
 * rep's correction updates the same record; the manager's team charts count it as heard.
 * Mei's Gmail reply (a demo page): "the price is too high for us at 48k".
 */

const PRICE_THREAD = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQVxBhWkLpTjDkmXqzRsVbNnPqW';
const MEI = 'mei.chen@orchid-precision.example';

function seedMei(crm: CrmStandIns): void {
  crm.reset();
  crm.hubspot.contacts.push({ id: '61234', properties: { email: MEI, firstname: 'Mei' }, createdAt: '', updatedAt: '' });
  crm.pipedrive.persons.push({ id: 93, name: 'Mei Lin Chen', emails: [MEI] });
  crm.salesforce.contacts.push({ Id: '0035g00000MeiAAAA', Email: MEI });
}

const objectionNotes = (crm: CrmStandIns) => crm.hubspot.notes.filter((n) => n.properties.sop_event === 'objection');

async function openThread(openSitePage: (url: string) => Promise<Page>, openPanelFor: (page: Page) => Promise<Page>): Promise<{ thread: Page; panel: Page }> {
  const thread = await openSitePage(PRICE_THREAD);
  const panel = await openPanelFor(thread);
  await expect(panel.getByTestId('contact-name')).toHaveText('Mei Lin Chen', { timeout: 30_000 });
  await expect(panel.getByTestId('objection-category')).toHaveText('Too expensive');
  return { thread, panel };
}

test('HubSpot: the objection in Mei’s reply is previewed, written once with the reader’s fields, updated in place by the rep’s correction, and counted by the team charts', async ({ context, extensionId, crm, openSitePage, openPanelFor }) => {
  seedMei(crm);
  const settings = await connectCrm(context, extensionId, 'hubspot');
  const { thread, panel } = await openThread(openSitePage, openPanelFor);

  // Before consent: the preview shows the note as HubSpot will receive it, and nothing is written.
  const previewed = settings.getByTestId('crm-preview-request').filter({ hasText: '"sop_event": "objection"' });
  await expect(previewed).toHaveCount(1);
  await expect(previewed).toContainText('POST https://api.hubapi.com/crm/v3/objects/notes');
  const text = (await previewed.textContent()) ?? '';
  const body = JSON.parse(text.slice(text.indexOf('\n') + 1)) as { properties: Record<string, string> };
  expect(body.properties).toMatchObject({ sop_event: 'objection', sop_objection_category: 'price', sop_playbook_version: 'default', sop_hidden_concern: '' });
  expect(body.properties.sop_reader_confidence).toMatch(/^0\.\d\d$/);
  expect(body.properties.hs_note_body).toContain('SOP Copilot: objection heard: price');
  expect(activityRequests(crm, 'hubspot')).toEqual([]);

  await settings.getByTestId('crm-hubspot-turn-on').click();
  await expect.poll(() => objectionNotes(crm).length, { timeout: 30_000 }).toBe(1);
  const [note] = objectionNotes(crm);
  // What landed is what was previewed, on her record.
  expect(note?.properties).toEqual(body.properties);
  expect(note?.associations?.contacts).toEqual(['61234']);
  await expect(settings.getByTestId('crm-hubspot-counts')).toHaveText(/^0 activities waiting · \d+ sent · 0 need you$/);

  // The panel closed and opened again on the same reply, and the thread reloaded: nothing new is queued or written.
  await panel.close();
  await thread.reload();
  const again = await openPanelFor(thread);
  await expect(again.getByTestId('objection-category')).toHaveText('Too expensive');
  const sentBefore = (await settings.getByTestId('crm-hubspot-counts').textContent()) ?? '';
  await expect(settings.getByTestId('crm-hubspot-counts')).toHaveText(sentBefore);
  expect(objectionNotes(crm)).toHaveLength(1);
  // One objection note ever sent (alone or in a batch create with the thread's touches).
  const creates = crm.requests.filter((r) => r.method === 'POST' && (r.path === '/crm/v3/objects/notes' || r.path === '/crm/v3/objects/notes/batch/create'));
  expect(creates.map((r) => JSON.stringify(r.body).split('"sop_event":"objection"').length - 1).reduce((a, b) => a + b, 0)).toBe(1);

  // The rep corrects the reading: the same note now says budget (a PATCH of it, not a second note).
  await again.getByTestId('reading-correct').selectOption('budget');
  await expect(again.getByTestId('objection-category')).toHaveText('No budget');
  await expect.poll(() => objectionNotes(crm).map((n) => n.properties.sop_objection_category), { timeout: 30_000 }).toEqual(['budget']);
  expect(objectionNotes(crm)[0]?.id).toBe(note?.id);
  expect(activityRequests(crm, 'hubspot')).toContain(`PATCH /crm/v3/objects/notes/${note?.id ?? ''} 200`);

  // The manager's team charts (the same connection reads them back): one objection heard, no budget, none answered yet.
  const dashboard = await context.newPage();
  await dashboard.goto(`chrome-extension://${extensionId}/dashboard.html?scope=team&days=30`);
  await expect(dashboard.getByTestId('team-synced')).toBeVisible({ timeout: 60_000 });
  await expect(dashboard.getByTestId('dash-objections-summary')).toHaveText('1 objection heard; most often No budget (1).', { timeout: 30_000 });
  // No track used yet: the talk-track chart says so, as the other empty charts do.
  await expect(dashboard.getByTestId('dash-tracks-summary')).toHaveText('Nothing in this period.');
  const objections = dashboard.getByTestId('table-objections');
  await expect(objections.locator('thead th')).toHaveText(['Week of', 'No budget']);
  await expect(objections.locator('tbody td')).toHaveText(['1']);
  const reps = dashboard.getByTestId('table-team-reps');
  await expect(reps.locator('thead th').nth(5)).toHaveText('Objections heard');
  await expect(reps.locator('tbody tr').first().locator('td').nth(4)).toHaveText('1');

  // A talk track used for it: answered.
  await again.getByTestId('track-use').first().click();
  await expect.poll(() => crm.hubspot.notes.filter((n) => n.properties.sop_event === 'track').length, { timeout: 30_000 }).toBe(1);
  await dashboard.getByTestId('team-sync').click();
  await expect(dashboard.getByTestId('dash-objections-summary')).toHaveText('1 objection heard; most often No budget (1); 1 answered with a talk track.', { timeout: 60_000 });
  await expect(dashboard.getByTestId('dash-tracks-summary')).toHaveText(/^1 talk-track use for 1 objection;/);
  await dashboard.getByTestId('language-select').selectOption('zh-Hans');
  await expect(dashboard.getByTestId('dash-objections-summary')).toHaveText('共听到异议 1 次；最常见的是没有预算（1 次）；用话术应对 1 次。');
  await dashboard.getByTestId('language-select').selectOption('zh-Hant');
  await expect(dashboard.getByTestId('dash-objections-summary')).toHaveText('共聽到異議 1 次；最常見的是沒有預算（1 次）；用話術回應 1 次。');
  await expect(dashboard.getByTestId('dash-objections-limit')).toContainText('每位業務的側邊欄讀到的每則回覆計一次');
});

test('Pipedrive and Salesforce: the objection lands once as a done activity and a completed Task with the SOP fields; reopening writes nothing more', async ({ context, extensionId, crm, openSitePage, openPanelFor }) => {
  seedMei(crm);
  const settings = await connectCrm(context, extensionId, 'pipedrive');
  await connectCrm(context, extensionId, 'salesforce', undefined, settings);
  await settings.getByTestId('crm-pipedrive-turn-on').click();
  await settings.getByTestId('crm-salesforce-turn-on').click();
  const { thread, panel } = await openThread(openSitePage, openPanelFor);

  const field = (name: string) => crm.pipedrive.customFields.get(name) ?? '';
  const pipedriveObjections = () => crm.pipedrive.activities.filter((a) => a[field('SOP event')] === 'objection');
  const salesforceObjections = () => crm.salesforce.tasks.filter((t) => t.SOP_Event__c === 'objection');
  await expect.poll(() => [pipedriveObjections().length, salesforceObjections().length], { timeout: 30_000 }).toEqual([1, 1]);
  const [activity] = pipedriveObjections();
  expect(activity).toMatchObject({ type: 'task', done: 1, person_id: 93, subject: expect.stringMatching(/^SOP Copilot: objection heard: price \(\w+\)$/), [field('SOP objection')]: 'price', [field('SOP playbook version')]: 'default' });
  expect(String(activity?.[field('SOP reader confidence')])).toMatch(/^0\.\d\d$/);
  const [task] = salesforceObjections();
  expect(task).toMatchObject({ WhoId: '0035g00000MeiAAAA', Status: 'Completed', SOP_Objection__c: 'price', SOP_Hidden_Concern__c: null });
  expect(typeof task?.SOP_Reader_Confidence__c).toBe('number');
  expect(activity?.[field('SOP activity key')]).toBe(task?.SOP_Activity_Key__c);

  await panel.close();
  await thread.reload();
  const again = await openPanelFor(thread);
  await expect(again.getByTestId('objection-category')).toHaveText('Too expensive');
  // Give a second write every chance to happen: the outbox is idle and holds nothing waiting.
  await expect(settings.getByTestId('crm-pipedrive-counts')).toHaveText(/^0 activities waiting/);
  await expect(settings.getByTestId('crm-salesforce-counts')).toHaveText(/^0 activities waiting/);
  expect([pipedriveObjections().length, salesforceObjections().length]).toEqual([1, 1]);
});

test('HubSpot: the concern the optional LLM names for the reply goes to the note when it agrees on the objection, and only then', async ({ context, extensionId, crm, llm, openSitePage, openPanelFor }) => {
  seedMei(crm);
  await turnOnLlm(context, extensionId, llm);
  const settings = await connectCrm(context, extensionId, 'hubspot');
  await settings.getByTestId('crm-hubspot-turn-on').click();
  const { panel } = await openThread(openSitePage, openPanelFor);
  await expect.poll(() => objectionNotes(crm).length, { timeout: 30_000 }).toBe(1);
  expect(objectionNotes(crm)[0]?.properties.sop_hidden_concern).toBe('');

  // The LLM reads something else: nothing of it is written.
  const reading = panel.getByTestId('llm-reading');
  llm.script({ kind: 'normal', answer: JSON.stringify({ category: 'budget', hiddenConcern: 'This year’s budget is spent.', evidence: 'the price is too high for us at 48k' }) });
  await reading.getByTestId('llm-read').click();
  await expect(reading.getByTestId('llm-reading-category')).toHaveText('No budget');
  // It agrees: its concern goes to the same note (a PATCH), the category stays the reader's.
  llm.script({ kind: 'normal', answer: JSON.stringify({ category: 'price', hiddenConcern: 'She may not be able to sign off 48k alone.', evidence: 'the price is too high for us at 48k' }) });
  await reading.getByTestId('llm-read').click();
  await expect(reading.getByTestId('llm-reading-concern')).toHaveText('She may not be able to sign off 48k alone.');
  await expect.poll(() => objectionNotes(crm).map((n) => [n.properties.sop_objection_category, n.properties.sop_hidden_concern]), { timeout: 30_000 }).toEqual([['price', 'She may not be able to sign off 48k alone.']]);
  expect(crm.requests.filter((r) => r.method === 'PATCH' && r.path.startsWith('/crm/v3/objects/notes/'))).toHaveLength(1);
  expect(objectionNotes(crm)[0]?.properties.hs_note_body).toContain('hiddenConcern: She may not be able to sign off 48k alone.');
});

test('HubSpot: a correction made while logging is off is previewed as the update of the note already written, not a new note', async ({ context, extensionId, crm, openSitePage, openPanelFor }) => {
  seedMei(crm);
  const settings = await connectCrm(context, extensionId, 'hubspot');
  const { panel } = await openThread(openSitePage, openPanelFor);
  await settings.getByTestId('crm-hubspot-turn-on').click();
  await expect.poll(() => objectionNotes(crm).length, { timeout: 30_000 }).toBe(1);
  const id = objectionNotes(crm)[0]?.id ?? '';
  await settings.getByTestId('crm-hubspot-turn-off').click();
  await panel.getByTestId('reading-correct').selectOption('budget');
  const previewed = settings.getByTestId('crm-preview-request').filter({ hasText: '"sop_event": "objection"' });
  await expect(previewed).toHaveCount(1);
  await expect(previewed).toContainText(`PATCH https://api.hubapi.com/crm/v3/objects/notes/${id}`);
  await expect(previewed).toContainText('"sop_objection_category": "budget"');
  expect(objectionNotes(crm).map((n) => n.properties.sop_objection_category)).toEqual(['price']);
});
