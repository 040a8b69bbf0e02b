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
}

export const DEMO_GUIDE_HOST = 'sop-copilot.demo';

export const DEMO_ROUTES: readonly DemoRoute[] = [
  { host: 'www.linkedin.com', path: '/in/mei-lin-chen-4b21a7/', file: 'linkedin/profile--gen2024--2024-06-12.html', label: 'LinkedIn profile (2024 layout)' },
  { host: 'www.linkedin.com', path: '/in/priya-raman-0c9d2e/', file: 'linkedin/profile--gen2024-second-person--2024-06-12.html', label: 'LinkedIn profile, second person (reach it from "People also viewed")' },
  { host: 'www.linkedin.com', path: '/in/daniel-okafor-77b1/', file: 'linkedin/profile--gen2022--2022-09-03.html', label: 'LinkedIn profile (2022 layout)' },
  { host: 'www.linkedin.com', path: '/in/%E7%8E%8B%E5%B0%8F%E6%98%8E-a1b2c3/', file: 'linkedin/profile--gen2025-hashed-cjk--2025-08-20.html', label: 'LinkedIn profile (2025 layout, Chinese UI)' },
  { host: 'www.linkedin.com', path: '/in/kai-lindqvist/', file: 'linkedin/profile--broken-layout--2026-11-01.html', label: 'A LinkedIn page whose layout changed (shows the error)' },
  { host: 'www.linkedin.com', path: '/in/loading-forever/', file: 'linkedin/profile--loading-skeleton--2024-06-12.html', label: 'A LinkedIn profile that never finishes loading' },
];

/** The page `npm start` opens first. */
export const DEMO_START_URL = 'https://www.linkedin.com/in/mei-lin-chen-4b21a7/';
