import { crmAdapter, type CrmRecordRef } from '../crm/read-record';
import { hubspotLayouts } from './selectors';

/**
 * `/contacts/<portal>/record/0-1/<id>` (contact), `/record/0-3/<id>` (deal); the pre-2023 paths
 * `/contacts/<portal>/contact/<id>` and `/deal/<id>` still redirect there and are read the same.
 */
function recordAt(url: URL): CrmRecordRef | null {
  const match = /^\/contacts\/\d+\/(?:record\/(0-1|0-3)|(contact|deal))\/(\d+)\/?/.exec(url.pathname);
  if (!match?.[3]) return null;
  return match[1] === '0-1' || match[2] === 'contact' ? { kind: 'hubspot-contact', type: 'person', id: match[3] } : { kind: 'hubspot-deal', type: 'deal', id: match[3] };
}

export const hubspotAdapter = crmAdapter({
  site: 'hubspot',
  label: 'HubSpot',
  recordAt,
  fallbackKind: 'hubspot-deal',
  layouts: hubspotLayouts,
  personIdFromHref: (href) => /\/record\/0-1\/(\d+)/.exec(href)?.[1] ?? null,
});
