import type { SelectorList } from '../../dom/query';

/**
 * Every selector the LinkedIn reader uses, each an ordered list of fallbacks. Generations:
 * - 2022: `pv-top-card` with `pv-text-details__left-panel` / `__right-panel`.
 * - 2024: artdeco top card `section[data-member-id]`, name link to `about-this-profile`.
 * - 2025: server-driven UI, hashed class names, `componentkey` / `data-view-name` attributes.
 * Structural anchors (overlay links, `#about` / `#experience` card anchors, ARIA labels) come
 * before classes wherever both exist, because LinkedIn renames classes far more often than routes.
 */
export const profileSelectors = {
  topCard: [
    'section[data-member-id]', // 2024
    'section.pv-top-card', // 2022
    '[data-view-name="profile-top-card"]', // 2025
    'section[componentkey$="Topcard"]', // 2025
  ],
  name: [
    'a[href*="/overlay/about-this-profile/"] h1', // 2024
    'h1', // 2022, 2025
    '[role="heading"][aria-level="1"]', // 2025 variant rendering the name in a div
    'a[href*="/overlay/about-this-profile/"]', // 2025 variant with the name as the link text
    '[data-view-name="profile-top-card-verified-badge"] [role="button"] p', // 2026: the name a paragraph in the verified badge's button (never the degree beside it)
  ],
  headline: [
    '[data-generated-suggestion-target]', // 2024
    '.pv-text-details__left-panel .text-body-medium', // 2022
    '.text-body-medium.break-words', // 2022-2024
    '[data-anonymize="headline"]', // shared with Sales Navigator
  ],
  location: [
    '.pv-text-details__left-panel .text-body-small.inline.t-black--light', // 2022
    'span.text-body-small.inline.t-black--light.break-words', // 2024
  ],
  contactInfoLink: [
    'a[href*="/overlay/contact-info/"]', // all generations
    '#top-card-text-details-contact-info', // 2023-2024
  ],
  currentCompany: [
    'button[aria-label^="Current company"]', // 2022-2024 (English UI)
    '[aria-label^="当前公司"], [aria-label^="目前公司"], [aria-label^="目前任職"]', // 2022-2024 (Chinese UIs)
    'a[href*="/company/"][aria-label]', // 2025
  ],
  aboutAnchor: ['#about'], // 2022-2025: the card's in-page anchor
  experienceAnchor: ['#experience'], // 2022-2025
  aboutCard: ['[data-view-name="profile-card-about"]'], // 2026: the card named by its view, no anchor
  experienceCard: ['[data-view-name="profile-card-experience"]'], // 2026
  entity: [
    '[data-view-name="profile-component-entity"]', // 2023-2025
    'li.artdeco-list__item', // 2022
  ],
  entityTitle: ['.t-bold span[aria-hidden="true"]', '.t-bold'], // 2022-2024: the role (or the company of a group) in bold
  entityLines: ['span[aria-hidden="true"]'],
  showMoreText: ['.inline-show-more-text span[aria-hidden="true"]', '.inline-show-more-text', 'span[aria-hidden="true"]'],
} as const satisfies Record<string, SelectorList>;

/**
 * The messaging page (`/messaging/thread/…`). Generation 2023-2024: `msg-s-*` classes, the
 * message urn in `data-event-urn`, the other side's messages marked `--other`.
 */
export const messagingSelectors = {
  thread: ['[data-view-name="message-thread"]', '.msg-thread', '.msg-convo-wrapper', '.msg-overlay-conversation-bubble--is-active'],
  /** The chat overlay on any LinkedIn page, when a conversation in it is open (not minimised). */
  openOverlay: ['.msg-overlay-conversation-bubble--is-active:not(.msg-overlay-conversation-bubble--is-minimized)', '[data-msg-overlay-conversation-bubble-open="true"]'],
  /** The other person's profile link in the thread header: the contact's identity. */
  participantLink: ['a.msg-thread__link-to-profile[href*="/in/"]', '.msg-title-bar a[href*="/in/"]', '.msg-entity-lockup a[href*="/in/"]', '.msg-overlay-bubble-header a[href*="/in/"]'],
  participantName: ['.msg-entity-lockup__entity-title', '.msg-overlay-bubble-header__title--entity', 'h2'],
  participantHeadline: ['.msg-entity-lockup__entity-info'],
  /**
   * The other person's profile card at the top of a one-to-one conversation (chat overlay and
   * messaging page): name, degree, and their headline as the subtitle ("title · company").
   */
  profileCard: [
    '.msg-s-profile-card-one-to-one', // 2021-2024 Ember: the card's one-to-one variant
    '.msg-s-profile-card', // 2021-2024 Ember, without the variant class
  ],
  /** In the profile card: the link to the person (to check the card is the participant's). */
  profileCardLink: [
    'a.profile-card-one-to-one__profile-link[href*="/in/"]', // 2021-2024 Ember: the name link
    '.artdeco-entity-lockup__title a[href*="/in/"]', // 2021-2024 Ember, the link's class renamed
    'a[href*="/in/"]', // any generation: the photo link
  ],
  /** In the profile card: the headline under the name. */
  profileCardSubtitle: [
    '.artdeco-entity-lockup__subtitle', // 2021-2024 Ember artdeco entity lockup
  ],
  /** Day headings and messages, in page order. */
  listItems: [
    'ul.msg-s-message-list-content > *', // 2023-2024 Ember: every child of the list (by any tag, so a renamed one still counts)
    '.msg-s-message-list li', // the list's class renamed
  ],
  /** A day heading: a list item of its own (saved 2024 pages) or a `<time>` atop the day's first message item (2023-2024 Ember). */
  dayHeading: ['.msg-s-message-list__time-heading', 'time.msg-s-message-list__time-heading'],
  message: ['[data-event-urn]', '.msg-s-event-listitem'],
  senderName: ['.msg-s-message-group__name', '.msg-s-message-group__profile-link'],
  senderLink: ['a.msg-s-event-listitem__link[href*="/in/"]', 'a[href*="/in/"]'],
  time: ['time.msg-s-message-group__timestamp', 'time'],
  body: ['.msg-s-event-listitem__body', '.msg-s-event-listitem__message-bubble'],
  /** Marks the other party's messages (absent: compare senders with the participant). */
  otherClass: 'msg-s-event-listitem--other',
  /** Every message of the marker's generation has this class: without it, a missing marker says nothing. */
  messageClass: 'msg-s-event-listitem',
  /**
   * The editable body of a message composer: the messaging page's and each chat-overlay bubble's
   * (drafts go in here). Every entry is a contenteditable of LinkedIn's message form (by the form's
   * own class names), so the global search box, a new message's subject and recipient inputs,
   * connection notes, and post and comment editors (`role="textbox"` contenteditables too, under
   * `.comments-*` / `.share-*`) never match.
   */
  composeBody: [
    // 2019-2024 Ember composer, page and overlay alike (the saved pages): a `role="textbox"` div, `<p>` per line.
    'div.msg-form__contenteditable[role="textbox"][contenteditable="true"]',
    // A generation with the editor's class renamed or hashed (as the 2025 profile's classes were),
    // the form kept: found by role and ARIA.
    'form.msg-form [role="textbox"][aria-multiline="true"][contenteditable="true"]',
    // A generation with the editor's role and ARIA dropped, still inside the form's text-editor wrapper.
    '.msg-form__message-texteditor [contenteditable="true"]',
  ],
} as const;


/** Sales Navigator lead pages (`/sales/lead/…`), 2023-2024: `data-anonymize` and `data-x--lead--*` attributes. */
export const salesNavigatorSelectors = {
  name: ['[data-x--lead--name]', 'h1[data-anonymize="person-name"]', '[data-anonymize="person-name"]'],
  headline: ['[data-x--lead--headline]', '[data-anonymize="headline"]'],
  title: ['[data-anonymize="job-title"]'],
  company: ['[data-x--lead--company]', '[data-anonymize="company-name"]'],
  location: ['[data-anonymize="location"]'],
  publicProfile: ['a[data-control-name="view_linkedin"][href*="/in/"]', 'a[href*="linkedin.com/in/"]'],
  notes: ['[data-x--lead--notes] [data-anonymize="general-blurb"]', '[aria-label="Notes"] p'],
} as const;

/**
 * What LinkedIn paints while a page's data is on its way: a page showing one of these is still
 * loading, not a layout we fail to recognise.
 */
export const loadingSelectors = {
  placeholder: [
    'main [aria-busy="true"]', // all generations: the busy spinner ARIA marks (2024 artdeco-loader)
    'main .artdeco-loader', // 2022-2024: the loader without its ARIA
    'main [class*="--ghost"]', // 2022-2024: ghost placeholder cards (`pv-top-card--ghost`)
  ],
} as const;
