import { crmAdapter, type CrmRecordRef } from '../crm/read-record';
import { zohoLayouts } from './selectors';

/** Zoho's module names in the URL ("Potentials" is the Deals module's API name). */
const MODULES: Record<string, Omit<CrmRecordRef, 'id'> | undefined> = {
  Leads: { kind: 'zoho-lead', type: 'person' },
  Contacts: { kind: 'zoho-contact', type: 'person' },
  Potentials: { kind: 'zoho-deal', type: 'deal' },
  Deals: { kind: 'zoho-deal', type: 'deal' },
};

/** `/crm/org<id>/tab/<Module>/<record id>` (and `/crm/tab/…` for single-org accounts). */
function recordAt(url: URL): CrmRecordRef | null {
  const match = /^\/crm\/(?:org\d+\/)?tab\/([A-Za-z]+)\/(\d{6,})\/?$/.exec(url.pathname);
  const module = match?.[1] && Object.hasOwn(MODULES, match[1]) ? MODULES[match[1]] : undefined;
  return module && match?.[2] ? { ...module, id: match[2] } : null;
}

export const zohoAdapter = crmAdapter({
  site: 'zoho',
  label: 'Zoho CRM',
  recordAt,
  fallbackKind: 'zoho-deal',
  layouts: zohoLayouts,
  personIdFromHref: (href) => /\/tab\/Contacts\/(\d+)/.exec(href)?.[1] ?? null,
});
