import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../../tests/support/fixtures';
import { linkedinAdapter } from '.';

const LEAD = 'https://www.linkedin.com/sales/lead/ACwAAAB1c2VyLWRhbmllbA,NAME_SEARCH,x9Zq';

describe('Sales Navigator lead extraction', () => {
  it('reads the lead and links it to the public profile identity', () => {
    const page = loadFixture('linkedin/sales-navigator-lead--notes--2024-06-12.html', LEAD);
    expect(linkedinAdapter.detect(page.url)).toBe('linkedin-sales-lead');
    expect(linkedinAdapter.extract(page.document, page.url)).toEqual({
      ok: true,
      kind: 'linkedin-sales-lead',
      contact: {
        source: 'linkedin',
        identity: 'linkedin:daniel-okafor-77b1',
        profileUrl: 'https://www.linkedin.com/in/daniel-okafor-77b1/',
        name: 'Daniel Okafor',
        headline: 'Head of Procurement at Northwind Logistics',
        title: 'Head of Procurement',
        company: 'Northwind Logistics',
        location: 'Rotterdam, South Holland, Netherlands',
        about: 'Met at TransportLogistic 2024. Freight audit is manual; tender planned for Q3.\nBudget owner is the CFO, Anke de Vries.',
        leadNotes: 'Met at TransportLogistic 2024. Freight audit is manual; tender planned for Q3.\nBudget owner is the CFO, Anke de Vries.',
      },
    });
  });

  it('falls back to the lead id without a public profile link, and refuses a page without a name', () => {
    const page = loadFixture('linkedin/sales-navigator-lead--notes--2024-06-12.html', LEAD);
    for (const a of page.document.querySelectorAll('a[href*="/in/"]')) a.remove();
    const result = linkedinAdapter.extract(page.document, page.url);
    expect(result.ok && result.contact?.identity).toBe('salesnav:acwaaab1c2vylwrhbmllba');
    for (const h of page.document.querySelectorAll('[data-anonymize="person-name"]')) h.remove();
    expect(linkedinAdapter.extract(page.document, page.url)).toMatchObject({ ok: false, error: { missing: ['name'] } });
  });
});
