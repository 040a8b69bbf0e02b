/**
 * A day as a one-line row (Today, Contacts) shows it: without the year when it falls in the current
 * year ("Dec 5", "12月5日"), whole otherwise ("Sep 1, 2027"). The year on every date took the room
 * a row's action needs: at 320 px "Answer the objection · Overdue: Dec 5, 2026" left the action one word.
 * Formatters are made once per language (a new one per date was a measured part of a keystroke in
 * Contacts at 100,000 contacts; README, "The bench at scale").
 */
const formats = new Map<string, Intl.DateTimeFormat>();

function formatOf(locale: string, withYear: boolean): Intl.DateTimeFormat {
  const key = `${locale}|${withYear ? 'y' : ''}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat(locale, withYear ? { dateStyle: 'medium' } : { month: 'short', day: 'numeric' })));
  return format;
}

/** `at` as a row shows it, for a reader whose clock says `now`. */
export function rowDay(at: number, locale: string, now: number): string {
  return formatOf(locale, new Date(at).getFullYear() !== new Date(now).getFullYear()).format(at);
}
