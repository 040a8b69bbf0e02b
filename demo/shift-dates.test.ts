import { readdirSync, readFileSync } from 'node:fs';
import { request } from 'node:https';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { dayOrderShownBy } from '../lib/dates/day-order';
import { parsePageDate } from '../lib/dates/page-date';
import { resolveWhen } from '../lib/dates/relative';
import { extractParsedPage } from '../scripts/extract-page';
import { SERVED_ROUTES, routeUrl } from './routes';
import { startSiteServer, type SiteServer } from './server';
import { localDaysBetween, savedDateOf, shiftForToday, shiftPageDates } from './shift-dates';

const DAY = 86_400_000;
const FIXTURES = new URL('../tests/fixtures/', import.meta.url);
const read = (file: string) => readFileSync(new URL(file, FIXTURES), 'utf8');

/** Every page under tests/fixtures, as `site/file.html`. */
const FIXTURE_FILES = readdirSync(FIXTURES, { recursive: true, encoding: 'utf8' })
  .map((file) => file.replaceAll('\\', '/'))
  .filter((file) => file.endsWith('.html'))
  .sort();
const DATED_FILES = FIXTURE_FILES.filter((file) => savedDateOf(file) !== null);

/** Days the demo might be opened on: DST changes on both hemispheres, a leap day, and the real clock. */
const TODAYS = [new Date(), new Date(2027, 2, 28), new Date(2026, 10, 1), new Date(2028, 1, 29), new Date(2018, 0, 1)];
/** This machine's zone, DST in either hemisphere (Lord Howe's by half an hour), and none; each set in this test file's own process. */
const ZONES = [undefined, 'America/New_York', 'Australia/Lord_Howe', 'Asia/Shanghai'];

function inZone<T>(zone: string | undefined, run: () => T): T {
  const before = process.env.TZ;
  if (zone) process.env.TZ = zone;
  try {
    return run();
  } finally {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  }
}

/**
 * Pages parsed once and read in every zone and on every day that gives the same text: parsing is
 * most of a read's cost (about 45 of 60 ms), and it depends on the text alone, never on the zone;
 * the site's reader, which is what the zone changes, still runs for each case. Most of a parse was
 * jsdom making a window (its hundreds of interfaces): one window per URL parses each text with its
 * `DOMParser`, a document at the same URL (the readers read the document, never its window; each
 * page read the same both ways, checked on every demo route when this was written).
 */
class ParsedPages {
  readonly #windows = new Map<string, JSDOM['window']>();
  readonly #documents = new Map<string, Document>();

  extract(html: string, url: string): unknown {
    const key = `${url}\n${html}`;
    let document = this.#documents.get(key);
    if (!document) {
      let window = this.#windows.get(url);
      if (!window) {
        window = new JSDOM('', { url }).window;
        this.#windows.set(url, window);
      }
      document = new window.DOMParser().parseFromString(html, 'text/html');
      this.#documents.set(key, document);
    }
    return JSON.parse(extractParsedPage(document, url).stdout);
  }

  close(): void {
    for (const window of this.#windows.values()) window.close();
    this.#windows.clear();
    this.#documents.clear();
  }
}

/** End of a local day: what `resolveWhen` takes as now for a page saved that day. */
function endOfDay(date: Date, plusDays = 0): number {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + plusDays, 23, 59, 59, 999).getTime();
}

/**
 * Whether `shifted` is `original` moved by `days` whole days: the same local wall-clock time that
 * many calendar days later (a local date, across DST), or exactly that many 24-hour days (an
 * instant stamped in UTC or with an offset, whose local hour moves when DST differs).
 */
function movedBy(original: number, shifted: number, days: number): boolean {
  const a = new Date(original);
  const b = new Date(shifted);
  const sameLocalTime = a.getHours() === b.getHours() && a.getMinutes() === b.getMinutes() && a.getSeconds() === b.getSeconds();
  return (localDaysBetween(a, b) === days && sameLocalTime) || shifted - original === days * DAY;
}

const MONTH_OR_WEEKDAY = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sun|Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat)\b/g;
/** A text with its dates masked: what must stay equal when only dates moved. */
function mask(text: string): string {
  return text.replace(MONTH_OR_WEEKDAY, 'W').replace(/(周|星期)[一二三四五六日天]/g, '$1W').replace(/\d+/g, '#');
}

interface Check {
  days: number;
  savedNow: number;
  shiftedNow: number;
  problems: string[];
}

/** Compares two extractions: dates moved by exactly `days`, everything else equal. */
function compare(original: unknown, shifted: unknown, check: Check, path: string): void {
  const key = path.slice(path.lastIndexOf('.') + 1);
  const fail = (what: string): void => {
    check.problems.push(`${path}: ${what} (${JSON.stringify(original)} → ${JSON.stringify(shifted)})`);
  };
  if (typeof original === 'number' && (key === 'at' || key === 'closeAt')) {
    if (typeof shifted !== 'number' || !movedBy(original, shifted, check.days)) fail(`not moved by ${check.days} days`);
    return;
  }
  if (typeof original === 'string' && key === 'when') {
    if (typeof shifted !== 'string' || mask(original) !== mask(shifted)) return fail('changed beyond its dates');
    const before = resolveWhen(original, check.savedNow);
    const after = resolveWhen(shifted, check.shiftedNow);
    if (before === undefined) {
      if (after !== undefined || original !== shifted) fail('unresolvable, yet changed');
      return;
    }
    if (after === undefined || !movedBy(before, after, check.days)) fail(`resolves to ${String(after && new Date(after).toString())}, not ${check.days} days after ${new Date(before).toString()}`);
    return;
  }
  if (typeof original === 'string') {
    if (original === shifted) return;
    if (typeof shifted !== 'string' || mask(original) !== mask(shifted)) return fail('changed beyond its dates');
    const day = parsePageDate(original);
    if (day !== undefined) {
      // A date that read one way only may move to one that reads both ways ("12/18/2026" → "6/10/2027"): it keeps its page's order.
      const moved = parsePageDate(shifted, dayOrderShownBy([original]));
      if (moved === undefined || !movedBy(day, moved, check.days)) fail(`reads as ${String(moved && new Date(moved).toString())}, not ${check.days} days later`);
    }
    return;
  }
  if (Array.isArray(original)) {
    if (!Array.isArray(shifted) || shifted.length !== original.length) return fail('not the same list');
    original.forEach((item, i) => compare(item, shifted[i], check, `${path}[${String(i)}]`));
    return;
  }
  if (original && typeof original === 'object') {
    if (!shifted || typeof shifted !== 'object' || Array.isArray(shifted)) return fail('not an object');
    const a = original as Record<string, unknown>;
    const b = shifted as Record<string, unknown>;
    if (Object.keys(a).sort().join() !== Object.keys(b).sort().join()) return fail('not the same fields');
    for (const k of Object.keys(a)) compare(a[k], b[k], check, `${path}.${k}`);
    return;
  }
  if (original !== shifted) fail('changed');
}

describe('every dated fixture, read by its site reader before and after the shift', () => {
  it('runs in each time zone it sets', () => {
    expect(inZone('Asia/Shanghai', () => new Date(2024, 0, 1).getTimezoneOffset())).toBe(-480);
    expect(inZone('America/New_York', () => new Date(2024, 6, 1).getTimezoneOffset())).toBe(240);
  });

  it('finds the fixtures, each dated one served by a demo route', () => {
    expect(DATED_FILES.length).toBeGreaterThanOrEqual(34);
    for (const file of DATED_FILES) expect(SERVED_ROUTES.some((r) => r.file === file), `${file} has no route in demo/routes.ts`).toBe(true);
  });

  for (const file of DATED_FILES) {
    it(`${file}: every date moves by exactly the days to today, nothing else changes`, { timeout: 60_000 }, () => {
      const html = read(file);
      const routes = SERVED_ROUTES.filter((r) => r.file === file);
      const pages = new ParsedPages();
      onTestFinished(() => pages.close());
      for (const zone of ZONES) {
        inZone(zone, () => {
          // Local midnight of the saved day, in this zone.
          const savedHere = savedDateOf(file);
          if (!savedHere) throw new Error(`${file} is dated`);
          const originals = routes.map((route) => pages.extract(html, routeUrl(route)));
          for (const today of TODAYS) {
            const todayHere = new Date(today.getTime());
            const days = localDaysBetween(savedHere, todayHere);
            const shifted = shiftForToday(html, file, todayHere);
            routes.forEach((route, i) => {
              const check: Check = { days, savedNow: endOfDay(savedHere), shiftedNow: endOfDay(savedHere, days), problems: [] };
              compare(originals[i], pages.extract(shifted, routeUrl(route)), check, `${zone ?? 'local'} ${today.toDateString()} ${routeUrl(route)}`);
              expect(check.problems).toEqual([]);
            });
            // Moving back undoes moving forth: every format is kept. (Zero padding aside: `12/19/2021`
            // cannot tell whether the page pads, so `06/28/2019` may come back as `6/28/2019`.)
            const back = shiftPageDates(shifted, -days, { saved: new Date(savedHere.getFullYear(), savedHere.getMonth(), savedHere.getDate() + days) });
            const unpadded = (text: string) => text.replace(/(?<![\d/.-])0(\d[/.-]\d)/g, '$1').replace(/([/.-])0(\d[/.-](?:19|20)\d\d)/g, '$1$2');
            expect(unpadded(back)).toBe(unpadded(html));
          }
        });
      }
    });
  }

  it('changes what the readers see on the pages that show dates', { timeout: 60_000 }, () => {
    const today = new Date(2027, 2, 28);
    const pages = new ParsedPages();
    onTestFinished(() => pages.close());
    const changed = DATED_FILES.filter((file) => {
      const route = SERVED_ROUTES.find((r) => r.file === file);
      const html = read(file);
      return route && JSON.stringify(pages.extract(html, routeUrl(route))) !== JSON.stringify(pages.extract(shiftForToday(html, file, today), routeUrl(route)));
    });
    expect(changed).toEqual(
      expect.arrayContaining([
        'gmail/thread--objection-price--2024-06-12.html',
        'gmail/thread--buying-signal-zh--2019-11-05.html',
        'outlook/thread--objection-authority--2024-09-03.html',
        'linkedin/messaging--thread-timing--2024-06-12.html',
        'linkedin/profile--gen2024--2024-06-12.html',
        'salesforce/opportunity--gen2024-lwc--2026-10-05.html',
        'salesforce/opportunity--gen2020-aura--2021-03-15.html',
        'hubspot/deal--contract-sent--2026-10-05.html',
        'zoho/deal--2024--2026-10-05.html',
        'pipedrive/deal--custom-stage--2026-10-05.html',
        'pipedrive/deal--classic-2019--2019-05-14.html',
        'fxiaoke/opportunity--2024--2026-10-20.html',
        'fxiaoke/account--2024--2026-10-20.html',
      ]),
    );
  });
});

describe('shiftPageDates: each format the fixtures show, kept as written', () => {
  // Jun 10, 2024 + 905 days = Wed Dec 2, 2026.
  const saved = new Date(2024, 5, 10);
  const cases: [string, string, string][] = [
    ['Gmail title', 'Tue, Jun 4, 2024, 2:30 PM', 'Thu, Nov 26, 2026, 2:30 PM'],
    ['Gmail, no year', 'Jun 4', 'Nov 26'],
    ['Gmail, relative words kept', 'Jun 10, 2024, 9:12 AM (2 days ago)', 'Dec 2, 2026, 9:12 AM (2 days ago)'],
    ['Gmail quote header', 'On Mon, Jun 10, 2024 at 9:12 AM Sam Lee wrote:', 'On Wed, Dec 2, 2026 at 9:12 AM Sam Lee wrote:'],
    ['Gmail, Chinese UI', '2019年11月5日 周二 上午10:15', '2022年4月28日 周四 上午10:15'],
    ['Outlook', 'Mon 9/2/2024 3:41 PM', 'Wed 2/24/2027 3:41 PM'],
    ['Outlook reply header', 'Monday, September 2, 2024 3:41 PM', 'Wednesday, February 24, 2027 3:41 PM'],
    ['a date in a message, no year', 'starting October 1. Shall I', 'starting March 25. Shall I'],
    ['LinkedIn day heading', 'Jun 12', 'Dec 4'],
    ['no year, with a time', 'Jun 12 8:47 AM', 'Dec 4 8:47 AM'],
    ['HubSpot', 'Oct 1, 2026 at 10:12 AM GMT', 'Mar 24, 2029 at 10:12 AM GMT'],
    ['ISO, UTC', '2026-10-01T10:12:00.000Z', '2029-03-24T10:12:00.000Z'],
    ['ISO, offset', '2026-09-30T13:00:00+02:00', '2029-03-23T13:00:00+02:00'],
    ['Salesforce M/D/YYYY', '12/18/2026', '6/10/2029'],
    ['Salesforce M/D/YYYY', '3/31/2027', '9/21/2029'],
    ['Pipedrive classic, padded', '06/28/2019', '12/19/2021'],
    ['Zoho', 'Sep 8, 2026 04:20 PM', 'Mar 1, 2029 04:20 PM'],
    ['Pipedrive, full month', 'September 30, 2026 1:00 PM', 'March 23, 2029 1:00 PM'],
    ['Pipedrive, full month', 'January 29, 2027', 'July 22, 2029'],
    ['Pipedrive classic', 'May 13, 2019', 'Nov 3, 2021'],
    ['Fxiaoke', '2026-10-20 14:05', '2029-04-12 14:05'],
    ['Fxiaoke', '2026-12-31', '2029-06-23'],
    ['inside a sentence', 'Amount: $36,000 · Close date: Nov 30, 2026 · Stage: Contract sent', 'Amount: $36,000 · Close date: May 23, 2029 · Stage: Contract sent'],
    ['LinkedIn experience (30 months later)', 'Mar 2021 - Present · 3 yrs 4 mos', 'Sep 2023 - Present · 3 yrs 4 mos'],
    ['LinkedIn experience', 'Jan 2019 - Feb 2021 · 2 yrs 2 mos', 'Jul 2021 - Aug 2023 · 2 yrs 2 mos'],
    ['LinkedIn education (2.5 years → 3)', '2015 - 2020 · 5 yrs', '2018 - 2023 · 5 yrs'],
    ['day first', '18 Dec 2026', '10 Jun 2029'],
    ['day first, weekday', 'Tue, 18 Dec 2026', 'Sun, 10 Jun 2029'],
    ['dotted, day first', '18.12.2026', '10.06.2029'],
    ['year first, slashes (padded unless the page shows otherwise)', '2026/12/18', '2029/06/10'],
    ['year first, slashes, unpadded', '2026/12/8', '2029/5/31'],
    ['ordinal', 'Jun 1st', 'Nov 23rd'],
    ['Chinese, full date', '2026年12月18日（周五）', '2029年6月10日（周日）'],
    ['Chinese, no year', '6月1日', '11月23日'],
    ['Chinese résumé', '2021年3月 - 至今', '2023年9月 - 至今'],
  ];
  for (const [what, before, after] of cases) {
    it(`${what}: ${before}`, () => {
      expect(shiftPageDates(`<p>${before}</p>`, 905, { saved })).toBe(`<p>${after}</p>`);
    });
  }

  it('keeps relative words, times alone, weekdays and months without a date, and years alone', () => {
    const text = '<p>Today</p><p>Yesterday</p><p>3d</p><p>2 hours ago</p><p>Monday 9:00 AM</p><p>8:47 AM (1 hour ago)</p><p>上午10:15</p><p>昨天</p><p>I will take it to our GM on Friday. Would Thursday work? Reach out again in September.</p><p>Met at TransportLogistic 2024; tender planned for Q3.</p>';
    expect(shiftPageDates(text, 905, { saved })).toBe(text);
  });

  it('recomputes a weekday written next to a full date', () => {
    expect(shiftPageDates('<span title="Tue, Jun 4, 2024, 2:30 PM">Jun 4</span>', 1)).toBe('<span title="Wed, Jun 5, 2024, 2:30 PM">Jun 5</span>');
    expect(shiftPageDates('Monday, September 2, 2024', 2)).toBe('Wednesday, September 4, 2024');
    expect(shiftPageDates('Monday, September 2, 2024', 7)).toBe('Monday, September 9, 2024');
    expect(shiftPageDates('Mon 9/2/2024 3:41 PM', -1)).toBe('Sun 9/1/2024 3:41 PM');
    expect(shiftPageDates('2019年11月5日 周二', 5)).toBe('2019年11月10日 周日');
    expect(shiftPageDates('2019年11月5日 星期二', 5)).toBe('2019年11月10日 星期日');
    expect(shiftPageDates('TUE, JUN 4, 2024', 1)).toBe('WED, JUN 5, 2024');
  });

  it('reads day-first numbers when the page shows a first number above 12, and a weekday settles the order', () => {
    expect(shiftPageDates('<p>18/12/2026</p><p>05/01/2027</p>', 1)).toBe('<p>19/12/2026</p><p>06/01/2027</p>');
    expect(shiftPageDates('<p>12/18/2026</p><p>1/5/2027</p>', 1)).toBe('<p>12/19/2026</p><p>1/6/2027</p>');
    // 5/1/2027 is a Wednesday as 5 January, a Saturday as 1 May.
    expect(shiftPageDates('Tue 5/1/2027', 1)).toBe('Wed 6/1/2027');
    expect(shiftPageDates('Sat 5/1/2027', 1)).toBe('Sun 5/2/2027');
  });

  it('writes `May` as the page writes its other months', () => {
    expect(shiftPageDates('<p>May 13, 2019</p><p>January 29, 2027</p>', 92)).toBe('<p>August 13, 2019</p><p>May 1, 2027</p>');
    expect(shiftPageDates('<p>May 13, 2019</p><p>Jan 29, 2027</p>', 92)).toBe('<p>Aug 13, 2019</p><p>May 1, 2027</p>');
  });

  it('moves epoch seconds and milliseconds in time-named data attributes, by local calendar days', () => {
    const ms = new Date(2024, 5, 10, 9, 12).getTime();
    const out = shiftPageDates(`<div data-timestamp="${String(ms)}" data-utime="${String(ms / 1000)}" data-message-id="${String(ms)}"></div>`, 180);
    const moved = new Date(2024, 5, 10 + 180, 9, 12).getTime();
    expect(out).toBe(`<div data-timestamp="${String(moved)}" data-utime="${String(moved / 1000)}" data-message-id="${String(ms)}"></div>`);
  });

  it('leaves ids, classes, URLs, comments and scripts alone', () => {
    const html = '<a href="/cal/2024-06-12/Jun 12, 2024" id="d-2024-06-12" class="Jun 12, 2024" data-legacy-thread-id="2024-06-12"><!-- saved Jun 12, 2024 --></a><script>const d = "2024-06-12";</script><records-record-page-2027></records-record-page-2027>';
    expect(shiftPageDates(html, 30)).toBe(html);
  });

  it('moves attribute values quoted either way, and dates around entities and tags', () => {
    expect(shiftPageDates(`<time datetime='2026-10-01'>Oct&nbsp;1, 2026</time><input value="12/18/2026">`, 1)).toBe(`<time datetime='2026-10-02'>Oct&nbsp;2, 2026</time><input value="12/19/2026">`);
  });

  it('takes a date without a year in the saved year, or the nearer one beside it (a leap year counts)', () => {
    expect(shiftPageDates('Feb 28', 1, { saved: new Date(2024, 5, 1) })).toBe('Feb 29');
    expect(shiftPageDates('Feb 28', 1, { saved: new Date(2025, 5, 1) })).toBe('Mar 1');
    // Or the year next to it, when nearer the saved day: Dec 31 on a page saved Jan 3, 2024 is 2023's.
    expect(shiftPageDates('Dec 31', 60, { saved: new Date(2024, 0, 3) })).toBe('Feb 29');
  });

  it('is the page itself for a shift of 0 days, and refuses part days', () => {
    expect(shiftPageDates('Jun 4, 2024', 0)).toBe('Jun 4, 2024');
    expect(() => shiftPageDates('Jun 4, 2024', 1.5)).toThrow(RangeError);
  });
});

describe('savedDateOf and shiftForToday', () => {
  it('reads the date from the fixture name, or null', () => {
    expect(savedDateOf('gmail/thread--objection-price--2024-06-12.html')).toEqual(new Date(2024, 5, 12));
    expect(savedDateOf('linkedin/profile-with-message-overlay--2024-06-12.html')).toEqual(new Date(2024, 5, 12));
    expect(savedDateOf('hubspot/contact--2024--2026-10-05.html')).toEqual(new Date(2026, 9, 5));
    expect(savedDateOf('fxiaoke/shell--2024.html')).toBeNull();
    expect(savedDateOf('x/page--2024-02-30.html')).toBeNull();
  });

  it('shifts by the local calendar days to today, whatever the hour and DST', () => {
    const file = 'gmail/thread--objection-price--2024-06-12.html';
    expect(shiftForToday('<p>Jun 12, 2024</p>', file, new Date(2024, 11, 25, 0, 30))).toBe('<p>Dec 25, 2024</p>');
    expect(shiftForToday('<p>Jun 12, 2024</p>', file, new Date(2024, 11, 25, 23, 59))).toBe('<p>Dec 25, 2024</p>');
    for (const zone of ZONES) inZone(zone, () => expect(shiftForToday('<p>Jun 12, 2024</p>', file, new Date(2025, 2, 30, 23, 30))).toBe('<p>Mar 30, 2025</p>'));
    expect(shiftForToday('<p>Jun 12, 2024</p>', file, new Date(2024, 5, 12, 18))).toBe('<p>Jun 12, 2024</p>');
  });

  it('leaves a page whose file name has no date as it is', () => {
    expect(shiftForToday('<p>Jun 12, 2024</p>', 'fxiaoke/shell--2024.html', new Date(2030, 0, 1))).toBe('<p>Jun 12, 2024</p>');
  });
});

describe('startSiteServer({ today })', () => {
  const today = new Date(2027, 2, 28);
  let plain: SiteServer;
  let shifted: SiteServer;
  beforeAll(async () => {
    [plain, shifted] = await Promise.all([startSiteServer(), startSiteServer({ today })]);
  }, 60_000);
  afterAll(async () => {
    await Promise.all([plain.close(), shifted.close()]);
  });

  const get = (server: SiteServer, host: string, path: string) =>
    new Promise<string>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: server.port, path, headers: { host }, rejectUnauthorized: false, servername: host }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve(body));
      });
      req.on('error', reject);
      req.end();
    });
  const withSpa = (html: string) => html.replace(/<\/body>/i, '<script src="/__sop_demo/spa.js" defer></script></body>');

  it('serves pages as saved by default', async () => {
    const route = SERVED_ROUTES.find((r) => r.file === 'linkedin/messaging--thread-timing--2024-06-12.html');
    if (!route) throw new Error('route');
    expect(await get(plain, route.host, route.path)).toBe(withSpa(read(route.file)));
    const view = SERVED_ROUTES.find((r) => r.file === 'gmail/thread--objection-price--2024-06-12.html');
    if (!view?.hash) throw new Error('route');
    expect(await get(plain, view.host, `/__sop_demo/view?hash=${encodeURIComponent(view.hash)}`)).toBe(read(view.file));
  });

  it('serves every page, hash-routed views included, as if saved today', async () => {
    for (const route of SERVED_ROUTES) {
      const expected = shiftForToday(read(route.file), route.file, today);
      if (route.hash) expect(await get(shifted, route.host, `/__sop_demo/view?hash=${encodeURIComponent(route.hash)}`)).toBe(expected);
    }
    for (const route of SERVED_ROUTES.filter((r) => !r.hash || r.host !== 'www.fxiaoke.com')) {
      expect(await get(shifted, route.host, route.path)).toBe(withSpa(shiftForToday(read(route.file), route.file, today)));
    }
    const messaging = await get(shifted, 'www.linkedin.com', '/messaging/thread/2-MTcxODAxMDcyMDAwMGIwMDAx/');
    expect(messaging).not.toContain('>Jun 12<');
  });
});
