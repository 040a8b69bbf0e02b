import { crmAdapter, type CrmRecordRef } from '../crm/read-record';
import { pipedriveLayouts } from './selectors';

/** `/deal/<id>`, `/person/<id>` on the company's own subdomain. */
function recordAt(url: URL): CrmRecordRef | null {
  const match = /^\/(deal|person)\/(\d+)\/?$/.exec(url.pathname);
  if (!match?.[2]) return null;
  return match[1] === 'person' ? { kind: 'pipedrive-person', type: 'person', id: match[2] } : { kind: 'pipedrive-deal', type: 'deal', id: match[2] };
}

export const pipedriveAdapter = crmAdapter({
  site: 'pipedrive',
  label: 'Pipedrive',
  recordAt,
  fallbackKind: 'pipedrive-deal',
  layouts: pipedriveLayouts,
  personIdFromHref: (href) => /^\/person\/(\d+)/.exec(href)?.[1] ?? null,
});
