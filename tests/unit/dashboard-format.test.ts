import { describe, expect, it } from 'vitest';
import { formatters } from '../../components/dashboard/format';

describe('the dashboard’s rate per day', () => {
  it.each([
    ['en', 4 / 90, '0.04'],
    ['en', 0, '0'],
    ['en', 0.12, '0.1'],
    ['en', 2.46, '2.5'],
    ['en', 1234.5, '1,234.5'],
    ['zh-Hans', 4 / 90, '0.04'],
    ['zh-Hant', 12, '12'],
  ] as const)('%s %d is "%s": a few touches in a long period are not "0 a day"', (locale, rate, shown) => {
    expect(formatters(locale).rate(rate)).toBe(shown);
  });
});
