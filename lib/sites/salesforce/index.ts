import { readCrmRecord, type CrmPage } from '../crm/read-record';
import type { PageKind, SiteAdapter } from '../extraction';
import { salesforceLayouts } from './selectors';

/** Record id key prefixes of the objects we read (Salesforce ids start with their object's prefix). */
const OBJECTS = {
  contact: { name: 'Contact', prefix: '003', kind: 'salesforce-contact', type: 'person' },
  lead: { name: 'Lead', prefix: '00Q', kind: 'salesforce-lead', type: 'person' },
  opportunity: { name: 'Opportunity', prefix: '006', kind: 'salesforce-opportunity', type: 'deal' },
} as const satisfies Record<string, { name: string; prefix: string; kind: PageKind; type: CrmPage['type'] }>;

const RECORD_ID = /^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/;

/** `/lightning/r/Opportunity/006…/view`, `/lightning/r/006…/view` (no object name), `/one/one.app#/sObject/006…/view` is Classic-era and not read. */
function recordAt(url: URL): { object: (typeof OBJECTS)[keyof typeof OBJECTS]; id: string } | null {
  const match = /^\/lightning\/r\/(?:([A-Za-z_]+)\/)?([a-zA-Z0-9]{15,18})\/view\/?$/.exec(url.pathname);
  const id = match?.[2];
  if (!id || !RECORD_ID.test(id)) return null;
  const object = Object.values(OBJECTS).find((o) => (match[1] ? o.name.toLowerCase() === match[1].toLowerCase() : id.startsWith(o.prefix)));
  return object && id.startsWith(object.prefix) ? { object, id } : null;
}

/** A contact's id in a link to their record. */
function personIdFromHref(href: string): string | null {
  const id = /\/lightning\/r\/(?:Contact\/)?(003[a-zA-Z0-9]{12}(?:[a-zA-Z0-9]{3})?)\/view/.exec(href)?.[1];
  return id ?? null;
}

export const salesforceAdapter: SiteAdapter = {
  site: 'salesforce',
  label: 'Salesforce',
  detect(url) {
    return recordAt(url)?.object.kind ?? null;
  },
  extract(document, url) {
    const record = recordAt(url);
    if (!record) return { ok: false, error: { code: 'layout-not-recognised', site: 'salesforce', kind: 'salesforce-opportunity', missing: ['record-url'] } };
    return readCrmRecord(document, { site: 'salesforce', kind: record.object.kind, type: record.object.type, recordId: record.id, layouts: salesforceLayouts, personIdFromHref });
  },
};
