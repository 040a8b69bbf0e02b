import type { Locale } from '@/lib/i18n/locales';

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key) as Intl.NumberFormat | undefined;
  if (!format) cache.set(key, (format = new Intl.NumberFormat(locale, options)));
  return format;
}

/** Numbers as the dashboard shows them, in the reader's language. */
export function formatters(locale: Locale) {
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  return {
    count: (n: number) => numberFormat(locale, {}).format(n),
    /** A share as a whole percentage; an em dash when there is nothing to divide. */
    share: (n: number | null) => (n === null ? '—' : numberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(n)),
    days: (n: number | null) => (n === null ? '—' : numberFormat(locale, { maximumFractionDigits: 1 }).format(n)),
    /** A rate per day: one decimal, or its first significant digit under 0.1 (4 touches in 90 days are "0.04", not "0"). */
    rate: (n: number) => numberFormat(locale, n > 0 && n < 0.1 ? { maximumSignificantDigits: 1 } : { maximumFractionDigits: 1 }).format(n),
    day: (at: number) => day.format(at),
  };
}

export type Formatters = ReturnType<typeof formatters>;
