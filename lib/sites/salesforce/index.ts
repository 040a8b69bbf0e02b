import { crmAdapter, type CrmRecordRef } from '../crm/read-record';
import { salesforceLayouts } from './selectors';

/** Record id key prefixes of the objects we read (Salesforce ids start with their object's prefix). */
const OBJECTS = [
  { name: 'Contact', prefix: '003', kind: 'salesforce-contact', type: 'person' },
  { name: 'Lead', prefix: '00Q', kind: 'salesforce-lead', type: 'person' },
  { name: 'Opportunity', prefix: '006', kind: 'salesforce-opportunity', type: 'deal' },
] as const;

const RECORD_ID = /^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/;

/**
 * Lightning's `/lightning/r/Opportunity/006…/view` and `/lightning/r/006…/view` (no object name);
 * Classic's `/006…` on the org's own `*.my.salesforce.com` host (Lightning lives on
 * `*.lightning.force.com`, and a Lightning path there is not a Classic page).
 */
function recordAt(url: URL): CrmRecordRef | null {
  const lightning = /^\/lightning\/r\/(?:([A-Za-z_]+)\/)?([a-zA-Z0-9]{15,18})\/view\/?$/.exec(url.pathname);
  const classic = url.hostname.endsWith('.my.salesforce.com') ? /^\/([a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?)\/?$/.exec(url.pathname) : null;
  const id = lightning?.[2] ?? classic?.[1];
  if (!id || !RECORD_ID.test(id)) return null;
  const named = lightning?.[1];
  const object = OBJECTS.find((o) => (named ? o.name.toLowerCase() === named.toLowerCase() : id.startsWith(o.prefix)));
  return object && id.startsWith(object.prefix) ? { kind: object.kind, type: object.type, id } : null;
}

export const salesforceAdapter = crmAdapter({
  site: 'salesforce',
  label: 'Salesforce',
  recordAt,
  fallbackKind: 'salesforce-opportunity',
  layouts: salesforceLayouts,
  // A contact's id in a link to their record (Lightning's `/lightning/r/…/view`, Classic's `/003…`).
  personIdFromHref: (href) => /\/lightning\/r\/(?:Contact\/)?(003[a-zA-Z0-9]{12}(?:[a-zA-Z0-9]{3})?)\/view/.exec(href)?.[1] ?? /^\/(003[a-zA-Z0-9]{12}(?:[a-zA-Z0-9]{3})?)\/?$/.exec(href)?.[1] ?? null,
});
