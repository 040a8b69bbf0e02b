import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../../tests/support/fixtures';
import { messagingSelectors } from './selectors';

const PAGES = [
  { name: 'the messaging page', file: 'linkedin/messaging--thread-timing--2024-06-12.html', url: 'https://www.linkedin.com/messaging/thread/2-MTcxODAxMDcyMDAwMGIwMDAx/' },
  { name: 'a profile with the chat overlay open', file: 'linkedin/profile-with-message-overlay--2024-06-12.html', url: 'https://www.linkedin.com/in/mei-lin-chen-4b21a7/overlay/chat/' },
];

/** Every element the selector list names, as the draft inserter collects them (any entry may match). */
function composeBodies(document: Document): Element[] {
  return [...document.querySelectorAll(messagingSelectors.composeBody.join(', '))];
}

/** The one message box of the saved page, found without our selector list. */
function messageBox(document: Document): Element {
  const box = document.querySelector('form.msg-form > div[contenteditable="true"]');
  if (!box) throw new Error('the fixture has no message box');
  return box;
}

describe.each(PAGES)('LinkedIn message box on $name', ({ file, url }) => {
  it('is the one element the compose selectors find: the editable body with its <p> lines', () => {
    const { document } = loadFixture(file, url);
    const box = messageBox(document);
    expect(composeBodies(document)).toEqual([box]);
    expect(box.getAttribute('role')).toBe('textbox');
    expect(box.firstElementChild?.tagName).toBe('P');
  });

  it('never names the search box, nor any other input or editor on the page', () => {
    const { document } = loadFixture(file, url);
    const search = document.querySelector('input[role="combobox"][aria-label="Search"]');
    expect(search).not.toBeNull();
    // Inputs and editors LinkedIn puts on the same pages: a new message's subject (inside the
    // message form) and recipient search, a post's comment box and the post composer (both
    // contenteditable textboxes too), a connection note.
    document.querySelector('form.msg-form')?.insertAdjacentHTML('afterbegin', '<input class="msg-form__subject" name="subject" type="text" placeholder="Subject (optional)">');
    document.body.insertAdjacentHTML(
      'beforeend',
      `<input class="msg-connections-typeahead__search-field" type="text" role="combobox" aria-label="Type a name or multiple names">
       <div class="comments-comment-box"><form class="comments-comment-box__form"><div class="comments-comment-texteditor"><div class="ql-editor" contenteditable="true" role="textbox" aria-multiline="true" aria-label="Text editor for creating content"><p><br></p></div></div></form></div>
       <div class="share-creation-state__text-editor"><div class="ql-editor" contenteditable="true" role="textbox" aria-multiline="true" aria-label="Text editor for creating content"><p><br></p></div></div>
       <textarea id="custom-message" name="message"></textarea>`,
    );
    expect(composeBodies(document)).toEqual([messageBox(document)]);
  });

  it('still finds the box when the editor loses its class, and when it loses its role and ARIA inside the text-editor wrapper', () => {
    const renamed = loadFixture(file, url).document;
    const box = messageBox(renamed);
    box.className = 'x7f3k2 t-14';
    expect(composeBodies(renamed)).toEqual([box]);

    const bare = loadFixture(file, url).document;
    const old = messageBox(bare);
    old.removeAttribute('role');
    old.removeAttribute('aria-multiline');
    old.closest('form')?.setAttribute('class', 'x9q1');
    expect(composeBodies(bare)).toEqual([]);
    const wrapper = bare.createElement('div');
    wrapper.className = 'msg-form__message-texteditor';
    old.replaceWith(wrapper);
    wrapper.append(old);
    expect(composeBodies(bare)).toEqual([old]);
  });
});
