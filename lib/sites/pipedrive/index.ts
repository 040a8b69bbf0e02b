import { readCrmRecord } from '../crm/read-record';
import type { SiteAdapter } from '../extraction';
import { pipedriveLayouts } from './selectors';

/** `/deal/<id>`, `/person/<id>` on the company's own subdomain. */
function recordAt(url: URL): { type: 'person' | 'deal'; id: string } | null {
  const match = /^\/(deal|person)\/(\d+)\/?$/.exec(url.pathname);
  return match?.[1] && match[2] ? { type: match[1] === 'person' ? 'person' : 'deal', id: match[2] } : null;
}

export const pipedriveAdapter: SiteAdapter = {
  site: 'pipedrive',
  label: 'Pipedrive',
  detect(url) {
    const record = recordAt(url);
    return record ? (record.type === 'person' ? 'pipedrive-person' : 'pipedrive-deal') : null;
  },
  extract(document, url) {
    const record = recordAt(url) ?? { type: 'deal', id: 'unknown' };
    return readCrmRecord(document, {
      site: 'pipedrive',
      kind: record.type === 'person' ? 'pipedrive-person' : 'pipedrive-deal',
      type: record.type,
      recordId: record.id,
      layouts: pipedriveLayouts,
      personIdFromHref: (href) => /^\/person\/(\d+)/.exec(href)?.[1] ?? null,
    });
  },
};
