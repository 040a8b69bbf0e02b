import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';

const MEI = 'https://www.linkedin.com/in/mei-lin-chen-4b21a7/';

test('the panel asks SPIN questions fitted to the contact, and follows the language setting', async ({ openSitePage, openPanelFor }) => {
  const profile = await openSitePage(MEI);
  const panel = await openPanelFor(profile);

  const questions = panel.getByTestId('spin-questions').locator('li');
  await expect(questions).toHaveCount(4);
  // Manufacturing (headline, about) × operations (title), prospecting: the situation question first.
  await expect(questions.first()).toContainText('Is production scheduling at Orchid Precision Manufacturing done by hand or in a system today?');

  await panel.getByTestId('language-select').selectOption('zh-Hans');
  await expect(panel.getByTestId('next-step-action')).toHaveText('完成首次接触：发一条简短的消息，点出对方的一个痛点。');
  await expect(questions.first()).toContainText('Orchid Precision Manufacturing 现在的生产排产是手工做，还是在系统里做？');
  await expect(panel.getByTestId('situation-stage')).toHaveText('客户开发');

  await panel.getByTestId('language-select').selectOption('zh-Hant');
  await expect(panel.getByTestId('contact-tier')).toHaveText('等級 C');
  await expect(questions.first()).toContainText('Orchid Precision Manufacturing 現在的生產排程是人工做，還是在系統裡做？');

  await panel.getByTestId('language-select').selectOption('en');
  await expect(panel.getByTestId('situation-stage')).toHaveText('Prospecting');
});

test('a team exports the playbook, edits it and imports it back; a broken file changes nothing', async ({ context, extensionId, openSitePage, openPanelFor }) => {
  const settings = await context.newPage();
  await settings.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(settings.getByTestId('playbook-source')).toHaveText('Using the built-in playbook.');

  const [download] = await Promise.all([settings.waitForEvent('download'), settings.getByRole('button', { name: 'Export playbook (JSON)' }).click()]);
  expect(download.suggestedFilename()).toBe('sop-copilot-playbook.json');
  const path = await download.path();
  const playbook = JSON.parse(readFileSync(path, 'utf8')) as {
    format: string;
    stages: Record<string, unknown>[];
    spin: { pains: { id: string; questions: { situation: { en: string } } }[] };
  };
  expect(playbook.format).toBe('sop-copilot-playbook');
  expect(playbook.stages).toHaveLength(8);

  // A broken edit: every problem listed by path, nothing applied.
  const broken = structuredClone(playbook);
  delete broken.stages[3]?.exitCriteria;
  await settings.getByTestId('playbook-file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
  await expect(settings.getByTestId('import-result')).toContainText('broken.json was not imported; the current playbook is unchanged.');
  await expect(settings.getByTestId('import-problems')).toContainText('stages[3].exitCriteria: Exit criteria: missing.');
  await expect(settings.getByTestId('playbook-source')).toHaveText('Using the built-in playbook.');

  await settings.getByTestId('playbook-file').setInputFiles({ name: 'not-json.json', mimeType: 'application/json', buffer: Buffer.from('{"format": ') });
  await expect(settings.getByTestId('import-problems')).toContainText('not valid JSON');

  // A good edit: the team rewrites a question; the panel uses it at once.
  const edited = structuredClone(playbook);
  const pain = edited.spin.pains.find((p) => p.id === 'manual_scheduling');
  if (!pain) throw new Error('manual_scheduling pain missing from the export');
  pain.questions.situation.en = 'How does {company} plan production today, by hand or in a system?';
  await settings.getByTestId('playbook-file').setInputFiles({ name: 'our-playbook.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(edited)) });
  await expect(settings.getByTestId('import-result')).toHaveText('Playbook imported from our-playbook.json. The panel uses it now.');
  await expect(settings.getByTestId('playbook-source')).toContainText('Using the team playbook imported from our-playbook.json');

  const panel = await openPanelFor(await openSitePage(MEI));
  await expect(panel.getByTestId('spin-questions').locator('li').first()).toContainText('How does Orchid Precision Manufacturing plan production today, by hand or in a system?');

  await settings.getByRole('button', { name: 'Back to the built-in playbook' }).click();
  await expect(settings.getByTestId('playbook-source')).toHaveText('Using the built-in playbook.');
  await expect(panel.getByTestId('spin-questions').locator('li').first()).toContainText('Is production scheduling at Orchid Precision Manufacturing done by hand');
});
