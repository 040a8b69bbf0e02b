import { cleanText } from '../../dom/text';

/** A job title and the company it is at, as a headline or a card's subtitle spells them. */
export interface TitleAtCompany {
  title: string;
  company: string;
}

/** "VP Operations at Acme", "… chez …", "… bei …", "… en …", "… @ Acme". */
const AT = /\s+(?:at|chez|bei|en)\s+|\s*@\s*/i;
/** Where the company ends after "at": "VP Ops at Acme | Lean coach", "… at Acme · ex-Initech". */
const AFTER_COMPANY = /\s[|｜·•,]\s|[|｜]/;
/** A card's "title · company" (profile cards in messaging), or "title – company". */
const CARD_SEPARATOR = /\s+[·•–—]\s+/;

/**
 * The title and company of a headline written "title at company" (either may come back empty
 * when the headline starts or ends with "at"); null when it names no company.
 *
 * @example
 * titleAtCompany('Director of Finance at Meridian Health | CPA') // { title: 'Director of Finance', company: 'Meridian Health' }
 */
export function titleAtCompany(headline: string): TitleAtCompany | null {
  const [title, afterAt] = headline.split(AT);
  const company = afterAt?.split(AFTER_COMPANY)[0];
  return company ? { title: cleanText(title ?? ''), company: cleanText(company) } : null;
}

/**
 * The title and company of a profile card's subtitle: "title at company", or exactly two parts
 * around one "·" (or dash). Anything else ("Coach · Speaker · Author") names no company: null.
 *
 * @example
 * titleAndCompanyOfSubtitle('VP Operations · Kestrel Freight') // { title: 'VP Operations', company: 'Kestrel Freight' }
 */
export function titleAndCompanyOfSubtitle(subtitle: string): TitleAtCompany | null {
  const at = titleAtCompany(subtitle);
  if (at) return at.title && at.company ? at : null;
  const parts = subtitle.split(CARD_SEPARATOR).map(cleanText);
  const [title, company] = parts;
  return parts.length === 2 && title && company ? { title, company } : null;
}
