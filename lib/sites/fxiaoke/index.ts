import { crmAdapter, type CrmRecordRef } from '../crm/read-record';
import { fxiaokeLayouts } from './selectors';

/** 客户, 联系人, 商机 (both the 1.0 and 2.0 opportunity objects). */
const OBJECTS: Record<string, Omit<CrmRecordRef, 'id'> | undefined> = {
  AccountObj: { kind: 'fxiaoke-account', type: 'account' },
  ContactObj: { kind: 'fxiaoke-contact', type: 'person' },
  OpportunityObj: { kind: 'fxiaoke-opportunity', type: 'deal' },
  NewOpportunityObj: { kind: 'fxiaoke-opportunity', type: 'deal' },
};

/** The record in the hash route: `#crm/detail/=/NewOpportunityObj/<id>`. */
function recordAt(url: URL): CrmRecordRef | null {
  const match = /^#crm\/detail\/=\/([A-Za-z]+)\/([A-Za-z0-9]{6,})/.exec(url.hash);
  const object = match?.[1] && Object.hasOwn(OBJECTS, match[1]) ? OBJECTS[match[1]] : undefined;
  return object && match?.[1] && match[2] ? { ...object, id: match[2], object: match[1] } : null;
}

export const fxiaokeAdapter = crmAdapter({
  site: 'fxiaoke',
  label: '纷享销客 Fxiaoke',
  recordAt,
  fallbackKind: 'fxiaoke-opportunity',
  layouts: fxiaokeLayouts,
  personIdFromHref: (href) => /ContactObj\/([A-Za-z0-9]+)/.exec(href)?.[1] ?? null,
});
