/**
 * The demo's pages: real host names served from saved fixture pages. `npm start` and the
 * end-to-end tests both serve this table, so what the tests prove is what a newcomer sees.
 */
export interface DemoRoute {
  host: string;
  /** Path as the site spells it (percent-encoded where the site encodes). */
  path: string;
  /** Under tests/fixtures/. */
  file: string;
  /** What the guide page calls it. */
  label: string;
  /** For single-page apps routed by the hash (Gmail): the part after `#` that opens the view. */
  hash?: string;
}

/** The full URL of a demo route. */
export function routeUrl(route: DemoRoute): string {
  return `https://${route.host}${route.path}${route.hash ?? ''}`;
}

export const DEMO_GUIDE_HOST = 'sop-copilot.demo';

export const DEMO_ROUTES: readonly DemoRoute[] = [
  { host: 'www.linkedin.com', path: '/in/mei-lin-chen-4b21a7/', file: 'linkedin/profile--gen2024--2024-06-12.html', label: 'LinkedIn profile (2024 layout)' },
  { host: 'www.linkedin.com', path: '/in/priya-raman-0c9d2e/', file: 'linkedin/profile--gen2024-second-person--2024-06-12.html', label: 'LinkedIn profile, second person (reach it from "People also viewed")' },
  { host: 'www.linkedin.com', path: '/in/daniel-okafor-77b1/', file: 'linkedin/profile--gen2022--2022-09-03.html', label: 'LinkedIn profile (2022 layout)' },
  { host: 'www.linkedin.com', path: '/in/%E7%8E%8B%E5%B0%8F%E6%98%8E-a1b2c3/', file: 'linkedin/profile--gen2025-hashed-cjk--2025-08-20.html', label: 'LinkedIn profile (2025 layout, Chinese UI)' },
  { host: 'www.linkedin.com', path: '/in/kai-lindqvist/', file: 'linkedin/profile--broken-layout--2026-11-01.html', label: 'A LinkedIn page whose layout changed (shows the error)' },
  { host: 'www.linkedin.com', path: '/in/loading-forever/', file: 'linkedin/profile--loading-skeleton--2024-06-12.html', label: 'A LinkedIn profile that never finishes loading' },
  { host: 'www.linkedin.com', path: '/messaging/thread/2-MTcxODAxMDcyMDAwMGIwMDAx/', file: 'linkedin/messaging--thread-timing--2024-06-12.html', label: 'LinkedIn messaging: the prospect says "not now"' },
  { host: 'www.linkedin.com', path: '/in/mei-lin-chen-4b21a7/overlay/chat/', file: 'linkedin/profile-with-message-overlay--2024-06-12.html', label: 'LinkedIn profile with the chat overlay open' },
  { host: 'www.linkedin.com', path: '/sales/lead/ACwAAAB1c2VyLWRhbmllbA,NAME_SEARCH,x9Zq', file: 'linkedin/sales-navigator-lead--notes--2024-06-12.html', label: 'Sales Navigator lead with notes' },
  { host: 'mail.google.com', path: '/mail/u/0/', file: 'gmail/thread--objection-price--2024-06-12.html', label: 'Gmail thread: the prospect objects to the price', hash: '#inbox/FMfcgzQVxBhWkLpTjDkmXqzRsVbNnPqW' },
  { host: 'mail.google.com', path: '/mail/u/1/', file: 'gmail/thread--buying-signal-zh--2019-11-05.html', label: 'Gmail thread (2019 layout, Chinese UI): buying signals', hash: '#inbox/16e3b2a1c0d9e8f7' },
  { host: 'mail.google.com', path: '/mail/u/2/', file: 'gmail/thread--broken-layout--2026-11-01.html', label: 'A Gmail page whose layout changed (shows the error)', hash: '#inbox/FMfcgzQVxBrokenLayoutXyz' },
  { host: 'outlook.office.com', path: '/mail/inbox/id/AAQkAGI2TG93AAA%3D', file: 'outlook/thread--objection-authority--2024-09-03.html', label: 'Outlook thread: the prospect needs the boss to sign off' },
  { host: 'outlook.office.com', path: '/mail/inbox/id/AAQkBrokenLayout', file: 'outlook/thread--broken-layout--2026-11-01.html', label: 'An Outlook page whose layout changed (shows the error)' },
];

/** The page `npm start` opens first. */
export const DEMO_START_URL = 'https://www.linkedin.com/in/mei-lin-chen-4b21a7/';
