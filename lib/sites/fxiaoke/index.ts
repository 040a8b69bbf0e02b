import { readCrmRecord } from '../crm/read-record';
import type { PageKind, SiteAdapter } from '../extraction';
import { fxiaokeLayouts } from './selectors';

/** 客户, 联系人, 商机 (both the 1.0 and 2.0 opportunity objects). */
const OBJECTS = {
  AccountObj: { kind: 'fxiaoke-account', type: 'account' },
  ContactObj: { kind: 'fxiaoke-contact', type: 'person' },
  OpportunityObj: { kind: 'fxiaoke-opportunity', type: 'deal' },
  NewOpportunityObj: { kind: 'fxiaoke-opportunity', type: 'deal' },
} as const satisfies Record<string, { kind: PageKind; type: 'person' | 'deal' | 'account' }>;

/** The record in the hash route: `#crm/detail/=/NewOpportunityObj/<id>`. */
function recordAt(url: URL): { object: (typeof OBJECTS)[keyof typeof OBJECTS]; id: string } | null {
  const match = /^#crm\/detail\/=\/([A-Za-z]+)\/([A-Za-z0-9]{6,})/.exec(url.hash);
  const object = match?.[1] && Object.hasOwn(OBJECTS, match[1]) ? OBJECTS[match[1] as keyof typeof OBJECTS] : undefined;
  return object && match?.[2] ? { object, id: match[2] } : null;
}

export const fxiaokeAdapter: SiteAdapter = {
  site: 'fxiaoke',
  label: '纷享销客 Fxiaoke',
  detect(url) {
    return recordAt(url)?.object.kind ?? null;
  },
  extract(document, url) {
    const record = recordAt(url) ?? { object: OBJECTS.NewOpportunityObj, id: 'unknown' };
    return readCrmRecord(document, {
      site: 'fxiaoke',
      kind: record.object.kind,
      type: record.object.type,
      recordId: record.id,
      layouts: fxiaokeLayouts,
      personIdFromHref: (href) => /ContactObj\/([A-Za-z0-9]+)/.exec(href)?.[1] ?? null,
    });
  },
};
