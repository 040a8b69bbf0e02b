import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const THREAD = 'https://www.linkedin.com/messaging/thread/2-MTcxODAxMDcyMDAwMGIwMDAx/';
const PROFILE_WITH_CHAT = 'https://www.linkedin.com/in/mei-lin-chen-4b21a7/overlay/chat/';
const INSERTED = 'Inserted into the message box. Review it and send it yourself.';

/**
 * Stands in for what would send on LinkedIn: "Press Enter to send" and the form's Send button.
 * Either posts the box's text as a new message in the thread and empties the box, so a draft that
 * got sent shows up in the thread list.
 */
async function armSending(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const form of document.querySelectorAll<HTMLFormElement>('form.msg-form')) {
      const send = () => {
        const box = form.querySelector('[contenteditable="true"]');
        const item = document.createElement('li');
        item.className = 'msg-s-message-list__event';
        const message = document.createElement('div');
        message.className = 'msg-s-event-listitem';
        message.dataset.eventUrn = `urn:li:messagingMessage:sent-${String(Date.now())}`;
        message.textContent = box?.textContent ?? '';
        item.append(message);
        form.parentElement?.querySelector('ul.msg-s-message-list-content')?.append(item);
        box?.replaceChildren(document.createElement('p'));
      };
      form.addEventListener('keydown', (event) => {
        if (event.key === 'Enter' && !event.shiftKey) send();
      });
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        send();
      });
    }
  });
}

/**
 * The text of each `<p>` of a message box (one per line, as LinkedIn's editor keeps typed text),
 * `\n` for a `<br>`; empty paragraphs at the very end are left out (the panel may end a draft with
 * a blank line, to keep an email signature off its sign-off).
 */
function paragraphsOf(page: Page, box: string) {
  return async () => {
    const paragraphs = await page
      .locator(box)
      .locator('p')
      .evaluateAll((elements) => elements.map((p) => [...p.childNodes].map((node) => (node.nodeName === 'BR' ? '\n' : (node.textContent ?? ''))).join('').replace(/\n$/, '')));
    while (paragraphs.at(-1) === '') paragraphs.pop();
    return paragraphs;
  };
}

test('on the messaging page the draft goes into the message box line by line, never the search box, and is not sent', async ({ openSitePage, openPanelFor }) => {
  const linkedin = await openSitePage(THREAD);
  await armSending(linkedin);
  const panel = await openPanelFor(linkedin);
  await expect(panel.getByTestId('objection-category')).toHaveText('Not now');
  const draft = await panel.getByTestId('draft-body').inputValue();
  const lines = draft.trimEnd().split('\n');
  // A real multi-line draft: a greeting, a blank line, more paragraphs.
  expect(lines.length).toBeGreaterThanOrEqual(3);
  expect(lines[1]).toBe('');
  // A LinkedIn message has no subject: none is shown (an email draft shows its subject).
  await expect(panel.getByTestId('draft-subject')).toHaveCount(0);

  const box = linkedin.getByRole('textbox', { name: 'Write a message…' });
  const search = linkedin.getByRole('combobox', { name: 'Search' });
  await expect(linkedin.locator('[data-event-urn]')).toHaveCount(3);
  // The rep last typed in LinkedIn's search box, not in the message box.
  await search.fill('Meridian Health');
  await panel.getByTestId('draft-insert').click();
  await expect(panel.getByTestId('draft-status')).toHaveText(INSERTED);
  await expect(box).toContainText(lines[0] ?? '');
  await expect.poll(paragraphsOf(linkedin, 'form.msg-form [role="textbox"]')).toEqual(lines);
  await expect(search).toHaveValue('Meridian Health');
  // Nothing was sent: the thread still has its three messages and the draft waits in the box.
  await expect(linkedin.locator('[data-event-urn]')).toHaveCount(3);
  await expect(box).toContainText(lines.at(-1) ?? '');

  // The page's own undo takes the insertion back, as with typing.
  await box.click();
  await linkedin.keyboard.press('Control+Z');
  await expect(box).not.toContainText(lines[0] ?? '');
  await expect(linkedin.locator('[data-event-urn]')).toHaveCount(3);
});

test('in the chat overlay on a profile the draft goes in after what the rep typed there; with the overlay closed it says so', async ({ openSitePage, openPanelFor }) => {
  const linkedin = await openSitePage(PROFILE_WITH_CHAT);
  await armSending(linkedin);
  const panel = await openPanelFor(linkedin);
  await expect(panel.getByTestId('objection-category')).toHaveText('What we have works');
  await panel.getByTestId('draft-body').fill('Hi Mei,\n\nFair enough. One question: where do the spreadsheets cost you time?\nBest, Sam');

  const bubble = linkedin.locator('.msg-overlay-conversation-bubble');
  const box = bubble.getByRole('textbox', { name: 'Write a message…' });
  const search = linkedin.getByRole('combobox', { name: 'Search' });
  // The rep started a message, then went on to LinkedIn's search: the caret left the box.
  await box.click();
  await linkedin.keyboard.type('Thanks!');
  await linkedin.keyboard.press('Shift+Enter');
  await search.fill('Orchid');
  await panel.getByTestId('draft-insert').click();
  await expect(panel.getByTestId('draft-status')).toHaveText(INSERTED);
  await expect(box).toContainText('Fair enough. One question: where do the spreadsheets cost you time?');
  // At the end of the box, after what the rep typed, one paragraph per line.
  await expect.poll(paragraphsOf(linkedin, '.msg-overlay-conversation-bubble [role="textbox"]')).toEqual(['Thanks!\nHi Mei,', '', 'Fair enough. One question: where do the spreadsheets cost you time?', 'Best, Sam']);
  await expect(bubble.locator('[data-event-urn]')).toHaveCount(2);
  await expect(search).toHaveValue('Orchid');

  // The rep closes the chat (LinkedIn removes the bubble): no message box is left on the profile.
  await bubble.evaluate((element) => element.remove());
  await expect(panel.getByTestId('contact-name')).toHaveText('Mei Lin Chen');
  // (Retried: the panel may redraw the draft card once the page is read again without the chat.)
  await expect(async () => {
    await panel.getByTestId('draft-insert').click();
    await expect(panel.getByTestId('draft-status')).toHaveText('No message box is open in this tab. Open the conversation, then insert again.', { timeout: 1000 });
  }).toPass();
  await expect(search).toHaveValue('Orchid');
  await expect(linkedin.locator('body')).not.toContainText('Fair enough');
});

test('with two chat bubbles open and neither focused it asks which one, then inserts into the one clicked', async ({ openSitePage, openPanelFor }) => {
  const linkedin = await openSitePage(PROFILE_WITH_CHAT);
  // A second conversation opened in the overlay beside the first.
  await linkedin.locator('.msg-overlay-conversation-bubble').evaluate((bubble) => bubble.after(bubble.cloneNode(true)));
  const boxes = linkedin.getByRole('textbox', { name: 'Write a message…' });
  await expect(boxes).toHaveCount(2);
  const panel = await openPanelFor(linkedin);
  await expect(panel.getByTestId('objection-category')).toHaveText('What we have works');
  await panel.getByTestId('draft-body').fill('Hi Mei,\n\nWhere do the spreadsheets cost you time?');

  await panel.getByTestId('draft-insert').click();
  await expect(panel.getByTestId('draft-status')).toHaveText('Several message boxes are open. Click into the one you want, then insert again.');
  await expect(boxes.nth(0)).toHaveText('');
  await expect(boxes.nth(1)).toHaveText('');

  await boxes.nth(1).click();
  await panel.getByTestId('draft-insert').click();
  await expect(panel.getByTestId('draft-status')).toHaveText(INSERTED);
  await expect(boxes.nth(1)).toContainText('Where do the spreadsheets cost you time?');
  await expect(boxes.nth(0)).toHaveText('');
});
