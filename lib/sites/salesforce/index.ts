import { crmAdapter, type CrmRecordRef } from '../crm/read-record';
import { salesforceLayouts } from './selectors';

/** Record id key prefixes of the objects we read (Salesforce ids start with their object's prefix). */
const OBJECTS = [
  { name: 'Contact', prefix: '003', kind: 'salesforce-contact', type: 'person' },
  { name: 'Lead', prefix: '00Q', kind: 'salesforce-lead', type: 'person' },
  { name: 'Opportunity', prefix: '006', kind: 'salesforce-opportunity', type: 'deal' },
] as const;

const RECORD_ID = /^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/;

/** `/lightning/r/Opportunity/006…/view`, `/lightning/r/006…/view` (no object name); Classic URLs are not read. */
function recordAt(url: URL): CrmRecordRef | null {
  const match = /^\/lightning\/r\/(?:([A-Za-z_]+)\/)?([a-zA-Z0-9]{15,18})\/view\/?$/.exec(url.pathname);
  const id = match?.[2];
  if (!id || !RECORD_ID.test(id)) return null;
  const object = OBJECTS.find((o) => (match[1] ? o.name.toLowerCase() === match[1].toLowerCase() : id.startsWith(o.prefix)));
  return object && id.startsWith(object.prefix) ? { kind: object.kind, type: object.type, id } : null;
}

export const salesforceAdapter = crmAdapter({
  site: 'salesforce',
  label: 'Salesforce',
  recordAt,
  fallbackKind: 'salesforce-opportunity',
  layouts: salesforceLayouts,
  // A contact's id in a link to their record.
  personIdFromHref: (href) => /\/lightning\/r\/(?:Contact\/)?(003[a-zA-Z0-9]{12}(?:[a-zA-Z0-9]{3})?)\/view/.exec(href)?.[1] ?? null,
});
