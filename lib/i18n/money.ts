/**
 * An amount as the CRM wrote it, without cents that are all zero: "₹ 42,00,000.00" → "₹ 42,00,000",
 * "48.000,00 €" → "48.000 €", "$48,000.50" unchanged. The CRM's own currency mark and digit grouping
 * stay (a lakh-grouped rupee amount is read that way by whoever wrote it); only the last number's
 * ".00" or ",00" goes, never a group of three ("$1,000", "1.000 €").
 *
 * @example wholeAmount('NT$ 1,200,000.00') // 'NT$ 1,200,000'
 */
export function wholeAmount(shown: string): string {
  return shown.replace(/(\d)[.,]00(?=[^\d]*$)/u, '$1');
}
