import { readCrmRecord } from '../crm/read-record';
import type { SiteAdapter } from '../extraction';
import { hubspotLayouts } from './selectors';

/**
 * `/contacts/<portal>/record/0-1/<id>` (contact), `/record/0-3/<id>` (deal); the pre-2023 paths
 * `/contacts/<portal>/contact/<id>` and `/deal/<id>` still redirect there and are read the same.
 */
function recordAt(url: URL): { type: 'person' | 'deal'; id: string } | null {
  const match = /^\/contacts\/\d+\/(?:record\/(0-1|0-3)|(contact|deal))\/(\d+)\/?/.exec(url.pathname);
  if (!match?.[3]) return null;
  return { type: match[1] === '0-1' || match[2] === 'contact' ? 'person' : 'deal', id: match[3] };
}

export const hubspotAdapter: SiteAdapter = {
  site: 'hubspot',
  label: 'HubSpot',
  detect(url) {
    const record = recordAt(url);
    return record ? (record.type === 'person' ? 'hubspot-contact' : 'hubspot-deal') : null;
  },
  extract(document, url) {
    const record = recordAt(url) ?? { type: 'deal', id: '' };
    return readCrmRecord(document, {
      site: 'hubspot',
      kind: record.type === 'person' ? 'hubspot-contact' : 'hubspot-deal',
      type: record.type,
      recordId: record.id || 'unknown',
      layouts: hubspotLayouts,
      personIdFromHref: (href) => /\/record\/0-1\/(\d+)/.exec(href)?.[1] ?? null,
    });
  },
};
