import type { Page } from '@playwright/test';
import type { LlmServer } from '../../demo/llm-server';
import { openCard } from './cards';
import { expect, test } from './fixtures';
import { KEY, turnOnLlm } from './llm-helpers';

const PRICE_THREAD = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQVxBhWkLpTjDkmXqzRsVbNnPqW';
const INJECTION_THREAD = 'https://mail.google.com/mail/u/3/#inbox/FMfcgzQVxInjectionAttemptXyzAbc';
const ANSWER = { subject: 'Re: flexibility on the 48k', body: 'Hi Mei,\n\nFair point on the 48k. We could start with the core module for one team and split the payments. Would that work for you?' };

/** The follow-up draft card: other cards (talk track, SPIN) have their own "Sharpen". */
const draftCard = (panel: Page) => panel.locator('section[aria-labelledby="draft-title"]');

interface Chat {
  messages: { role: string; content: string }[];
  model: string;
  stream: boolean;
}

test('with the LLM off, the extension makes no network request at all', async ({ context, extensionId, openSitePage, openPanelFor, llm }) => {
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  // Fully configured but off: still nothing leaves.
  const settings = await context.newPage();
  await settings.goto(`chrome-extension://${extensionId}/options.html`);
  await settings.getByTestId('llm-base-url').fill(llm.url);
  await settings.getByTestId('llm-api-key').fill(KEY);
  await settings.getByTestId('llm-save').click();
  await expect(settings.getByTestId('llm-status')).toHaveText('Saved. The LLM is off: nothing is sent anywhere.');

  const before = llm.requests.length;
  const gmail = await openSitePage(PRICE_THREAD);
  const panel = await openPanelFor(gmail);
  await expect(panel.getByTestId('objection-category')).toHaveText('Too expensive');
  await expect(panel.getByTestId('draft-body')).toHaveValue(/^Hi Mei,/);
  await expect(panel.getByTestId('llm-sharpen')).toHaveCount(0);
  await panel.getByTestId('draft-copy').click();
  const crm = await openSitePage('https://app.hubspot.com/contacts/24681357/record/0-3/90817');
  await expect((await openPanelFor(crm)).getByTestId('deal-name')).toBeVisible();

  expect(llm.requests.length).toBe(before);
  const outside = requests.filter((url) => !/^(chrome-extension|chrome|data|blob):/.test(url) && !/^https:\/\/(mail\.google\.com|app\.hubspot\.com)\//.test(url));
  expect(outside).toEqual([]);
});

test('a draft streams in from the model, can be stopped, and the chosen version goes into the Gmail reply box; only the preview is sent', async ({ context, extensionId, openSitePage, openPanelFor, llm }) => {
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  await turnOnLlm(context, extensionId, llm);
  const gmail = await openSitePage(PRICE_THREAD);
  const panel = await openPanelFor(gmail);
  const draft = panel.getByTestId('draft-body');
  await expect(draft).toHaveValue(/^Hi Mei,\n\nThank you for being open about it/);
  const offline = await draft.inputValue();

  // Exactly what will be sent, before anything is: the prospect's words yes, her address no.
  await draftCard(panel).getByTestId('llm-preview').locator('summary').click();
  const preview = JSON.parse((await draftCard(panel).getByTestId('llm-preview-body').textContent()) ?? '') as Chat;
  expect(preview.model).toBe('test-model');
  expect(preview.messages[1]?.content).toContain('the price is too high for us at 48k');
  expect(JSON.stringify(preview)).not.toContain('@');

  // Stop half-way: nothing half-written stays.
  llm.script({ kind: 'normal', answer: JSON.stringify(ANSWER).repeat(4), chunkSize: 3, chunkDelayMs: 60 });
  await draftCard(panel).getByTestId('llm-sharpen').click();
  await expect(draftCard(panel).getByTestId('llm-stream')).toContainText('Hi Mei');
  await draftCard(panel).getByTestId('llm-stop').click();
  await expect(draftCard(panel).getByTestId('llm-stopped')).toHaveText('Stopped. The offline version is unchanged.');
  await expect(draftCard(panel).getByTestId('llm-stream')).toHaveCount(0);
  await expect(draft).toHaveValue(offline);

  // Tokens appear as they arrive, then the answer is offered beside the offline draft.
  llm.script({ kind: 'normal', answer: JSON.stringify(ANSWER), chunkSize: 4, chunkDelayMs: 40 });
  await draftCard(panel).getByTestId('llm-sharpen').click();
  const stream = draftCard(panel).getByTestId('llm-stream');
  await expect(stream).toContainText('Fair point');
  await expect(stream).not.toContainText('Would that work for you?');
  await expect(draftCard(panel).getByTestId('llm-result')).toContainText('Would that work for you?');
  await expect(draft).toHaveValue(offline);
  const sent = llm.requests.at(-1)?.body as Chat;
  expect(sent.messages).toEqual(preview.messages);
  expect(sent.stream).toBe(true);
  expect(llm.requests.at(-1)?.authorization).toBe(`Bearer ${KEY}`);
  // The watcher sees the background's requests: only the chosen endpoint was contacted.
  expect(requests.filter((url) => url.startsWith(llm.url))).toHaveLength(2);

  await draftCard(panel).getByTestId('llm-use').click();
  await expect(draft).toHaveValue(ANSWER.body);
  await expect(panel.getByTestId('draft-subject')).toContainText(ANSWER.subject);
  const replyBox = gmail.locator('div[g_editable="true"]');
  await replyBox.click();
  await panel.getByTestId('draft-insert').click();
  await expect(replyBox).toContainText('Fair point on the 48k. We could start with the core module');
});

test('every fault shows its message and keeps the offline draft', async ({ context, extensionId, openSitePage, openPanelFor, llm }) => {
  test.setTimeout(60_000);
  await turnOnLlm(context, extensionId, llm, 3);
  const panel = await openPanelFor(await openSitePage(PRICE_THREAD));
  const draft = panel.getByTestId('draft-body');
  // The draft answers her objection once the thread is read: wait for that one, not the first.
  await expect(draft).toHaveValue(/^Hi Mei,\n\nThank you for being open about it/);
  const offline = await draft.inputValue();
  const host = `127.0.0.1:${String(llm.port)}`;
  const cases: [Parameters<LlmServer['script']>[0], string][] = [
    [{ kind: 'status', status: 401 }, `${host} refused the API key (HTTP 401). Check the key in Settings.`],
    [{ kind: 'status', status: 404 }, `The model “test-model” was not found at ${host} (HTTP 404).`],
    [{ kind: 'status', status: 429, retryAfter: '17' }, `${host} is rate limiting you (HTTP 429). Try again in 17 seconds.`],
    [{ kind: 'status', status: 500 }, `${host} had an error (HTTP 500). Try again later.`],
    [{ kind: 'slow-first-token', answer: JSON.stringify(ANSWER), delayMs: 4500 }, `No answer from ${host} within 3 seconds.`],
    [{ kind: 'drop', answer: JSON.stringify(ANSWER), afterChars: 40 }, `The connection to ${host} dropped before the answer was finished.`],
    [{ kind: 'malformed' }, `${host} sent a stream that could not be read.`],
    [{ kind: 'normal', answer: '{"subject": "Hi", "text": 42}' }, 'The model’s answer was not in the expected form, so it was not used.'],
    [{ kind: 'web-page' }, `${host} answered with a web page, not the AI service`],
  ];
  for (const [behaviour, message] of cases) {
    llm.script(behaviour);
    await draftCard(panel).getByTestId('llm-sharpen').click();
    await expect(draftCard(panel).getByTestId('llm-error')).toContainText(message);
    await expect(draftCard(panel).getByTestId('llm-error')).toContainText('The offline version is unchanged.');
    await expect(draftCard(panel).getByTestId('llm-result')).toHaveCount(0);
    await expect(draft).toHaveValue(offline);
  }
});

test('a prospect who writes instructions to the AI does not change what it is asked, and its answer is shown as text', async ({ context, extensionId, openSitePage, openPanelFor, llm }) => {
  await turnOnLlm(context, extensionId, llm);
  llm.script({ kind: 'normal', answer: JSON.stringify(ANSWER) });
  const normal = await openPanelFor(await openSitePage(PRICE_THREAD));
  await draftCard(normal).getByTestId('llm-sharpen').click();
  await expect(draftCard(normal).getByTestId('llm-result')).toBeVisible();
  const normalSystem = (llm.requests.at(-1)?.body as Chat).messages[0];

  const panel = await openPanelFor(await openSitePage(INJECTION_THREAD));
  await expect(panel.getByTestId('draft-body')).toHaveValue(/^Hi Mei,/);
  llm.script({ kind: 'injection-echo' });
  await draftCard(panel).getByTestId('llm-sharpen').click();
  await expect(draftCard(panel).getByTestId('llm-result')).toContainText('I obey');
  const sent = llm.requests.at(-1)?.body as Chat;
  // The instructions are the same words as for any other reply; the prospect's text is only data.
  expect(sent.messages[0]).toEqual(normalSystem);
  expect(sent.messages[0]?.content).not.toContain('90%');
  expect(sent.messages).toHaveLength(2);
  const user = sent.messages[1]?.content ?? '';
  expect(user.startsWith('<<<DATA\n') && user.endsWith('\nDATA>>>')).toBe(true);
  expect(user.slice(8, -8)).not.toMatch(/[<>]/);
  expect(JSON.stringify(sent)).not.toContain(KEY);
  // Whatever the model wrote is text on screen: no element, no script ran.
  await expect(draftCard(panel).getByTestId('llm-result')).toContainText('<img src=x onerror=');
  await expect(draftCard(panel).getByTestId('llm-result').locator('img, script')).toHaveCount(0);
  expect(await panel.title()).not.toBe('pwned');
});

test('the first talk track and the top SPIN question can be sharpened too; the playbook text stays beside them', async ({ context, extensionId, openSitePage, openPanelFor, llm }) => {
  await turnOnLlm(context, extensionId, llm);
  const panel = await openPanelFor(await openSitePage(PRICE_THREAD));
  const reply = panel.locator('[data-testid="objection-responses"]').locator('..');
  const firstTrack = panel.getByTestId('objection-responses').locator('li').first();
  const playbookTrack = (await firstTrack.textContent()) ?? '';
  llm.script({ kind: 'normal', answer: '{"text":"Mei, we can start with one team on the core module and split the 48k into payments."}' });
  await reply.getByTestId('llm-sharpen').click();
  await reply.getByTestId('llm-use').click();
  await expect(panel.getByTestId('track-sharpened')).toHaveText('Mei, we can start with one team on the core module and split the 48k into payments.');
  await expect(firstTrack).toContainText(playbookTrack.split(' ')[0] ?? '');
  const sent = llm.requests.at(-1)?.body as Chat;
  expect(sent.messages[0]?.content).toContain('Task: rewrite the answer in "offline" to the objection in "lastReply"');

  await openCard(panel, 'spin');
  const spin = panel.locator('section[aria-labelledby="spin-title"]');
  llm.script({ kind: 'normal', answer: '{"text":"Mei, how do you plan production at Orchid today?"}' });
  await spin.getByTestId('llm-sharpen').click();
  await spin.getByTestId('llm-use').click();
  await expect(panel.getByTestId('spin-questions').locator('li').first()).toContainText('Mei, how do you plan production at Orchid today?');
});
