import { readCrmRecord } from '../crm/read-record';
import type { PageKind, SiteAdapter } from '../extraction';
import { zohoLayouts } from './selectors';

/** Zoho's module names in the URL ("Potentials" is the Deals module's API name). */
const MODULES = {
  Leads: { kind: 'zoho-lead', type: 'person' },
  Contacts: { kind: 'zoho-contact', type: 'person' },
  Potentials: { kind: 'zoho-deal', type: 'deal' },
  Deals: { kind: 'zoho-deal', type: 'deal' },
} as const satisfies Record<string, { kind: PageKind; type: 'person' | 'deal' }>;

/** `/crm/org<id>/tab/<Module>/<record id>` (and `/crm/tab/…` for single-org accounts). */
function recordAt(url: URL): { module: (typeof MODULES)[keyof typeof MODULES]; id: string } | null {
  const match = /^\/crm\/(?:org\d+\/)?tab\/([A-Za-z]+)\/(\d{6,})\/?$/.exec(url.pathname);
  const module = match?.[1] ? MODULES[match[1] as keyof typeof MODULES] as (typeof MODULES)[keyof typeof MODULES] | undefined : undefined;
  return module && match?.[2] ? { module, id: match[2] } : null;
}

export const zohoAdapter: SiteAdapter = {
  site: 'zoho',
  label: 'Zoho CRM',
  detect(url) {
    return recordAt(url)?.module.kind ?? null;
  },
  extract(document, url) {
    const record = recordAt(url) ?? { module: MODULES.Potentials, id: 'unknown' };
    return readCrmRecord(document, {
      site: 'zoho',
      kind: record.module.kind,
      type: record.module.type,
      recordId: record.id,
      layouts: zohoLayouts,
      personIdFromHref: (href) => /\/tab\/Contacts\/(\d+)/.exec(href)?.[1] ?? null,
    });
  },
};
