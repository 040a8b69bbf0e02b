import { queryAllFirst, queryFirst } from '../../dom/query';
import { visibleText } from '../../dom/text';
import type { ExtractedContact } from '../../contacts/schema';
import { LayoutNotRecognisedError, type ExtractionResult } from '../extraction';
import { salesNavigatorSelectors as S } from './selectors';
import { parseProfileUrl } from './url';

/** `/sales/lead/ACwAAB…,NAME_SEARCH,x1y2` → `ACwAAB…` */
const LEAD_ID = /^\/sales\/lead\/([^,/]+)/;

/**
 * Reads a Sales Navigator lead: name, headline, title, company, location and the rep's notes.
 * The identity is the public profile (same contact as on LinkedIn) when the page links it, else
 * the lead id.
 */
export function extractSalesNavigatorLead(document: Document, url: URL): ExtractionResult {
  const text = (selectors: readonly string[]) => {
    const element = queryFirst(document, selectors);
    return element ? visibleText(element) || undefined : undefined;
  };
  const name = text(S.name);
  const leadId = LEAD_ID.exec(url.pathname)?.[1];
  if (!name || !leadId) return new LayoutNotRecognisedError('linkedin', 'linkedin-sales-lead', [...(name ? [] : ['name']), ...(leadId ? [] : ['lead-id'])]).toResult();
  const publicHref = queryFirst(document, S.publicProfile)?.getAttribute('href');
  const ref = publicHref ? parseProfileUrl(new URL(publicHref, 'https://www.linkedin.com')) : null;
  const notes = queryAllFirst(document, S.notes).map(visibleText).filter(Boolean);
  const headline = text(S.headline);
  const title = text(S.title);
  const company = text(S.company);
  const location = text(S.location);
  const contact: ExtractedContact = {
    source: 'linkedin',
    identity: ref?.identity ?? `salesnav:${leadId.toLowerCase()}`,
    ...(ref ? { profileUrl: ref.profileUrl } : {}),
    name: name.slice(0, 200),
    ...(headline ? { headline: headline.slice(0, 600) } : {}),
    ...(title ? { title: title.slice(0, 200) } : {}),
    ...(company ? { company: company.slice(0, 200) } : {}),
    ...(location ? { location: location.slice(0, 200) } : {}),
    ...(notes.length > 0 ? { about: notes.join('\n').slice(0, 5000), leadNotes: notes.join('\n').slice(0, 5000) } : {}),
  };
  return { ok: true, kind: 'linkedin-sales-lead', contact };
}
