import { describe, expect, it } from 'vitest';
import { wholeAmount } from './money';

describe('wholeAmount', () => {
  it.each([
    ['₹ 42,00,000.00', '₹ 42,00,000'],
    ['$48,000.00', '$48,000'],
    ['US$ 48,000.00 USD', 'US$ 48,000 USD'],
    ['48.000,00 €', '48.000 €'],
    ['€ 48.000,00', '€ 48.000'],
    ['¥1,200,000.00', '¥1,200,000'],
    ['NT$ 1,200,000.00', 'NT$ 1,200,000'],
    ['HK$480,000.00', 'HK$480,000'],
    ['CHF 48\'000.00', 'CHF 48\'000'],
  ])('drops all-zero cents: %s → %s', (shown, whole) => {
    expect(wholeAmount(shown)).toBe(whole);
  });

  it.each(['$48,000.50', '$1,000', '1.000 €', '48.000,05 €', '¥120万', '€ 1.200', 'RMB 300,000'])('keeps what is not all-zero cents: %s', (shown) => {
    expect(wholeAmount(shown)).toBe(shown);
  });
});
