import { queryAllFirst, queryFirst } from '../../dom/query';
import { cleanText, visibleText } from '../../dom/text';
import type { ExtractedContact } from '../../contacts/schema';
import { LayoutNotRecognisedError, type ExtractionResult } from '../extraction';
import { profileSelectors as S } from './selectors';
import { titleAtCompany } from './headline';
import { parseProfileUrl } from './url';

type Experience = NonNullable<ExtractedContact['experience']>[number];

/** `Node.DOCUMENT_POSITION_FOLLOWING`, spelt out so the extractor needs no DOM globals (it runs in Node). */
const DOCUMENT_POSITION_FOLLOWING = 4;
const SEPARATOR_ONLY = /^[\s·•|,-]*$/;
const DATE_LINE = /\b(19|20)\d{2}\b|present|至今|现在|現在|\d+\s*(yrs?|mos?)\b|年|个月|個月/i;

/** The top card: by its known wrappers, else the section around the contact-info link or the h1. */
function findTopCard(main: ParentNode): Element | null {
  const known = queryFirst(main, S.topCard);
  if (known) return known;
  const anchor = queryFirst(main, S.contactInfoLink) ?? main.querySelector('h1');
  return anchor?.closest('section') ?? null;
}

function findName(topCard: Element): string | null {
  const element = queryFirst(topCard, S.name);
  const name = element ? visibleText(element) : '';
  return name && name.length <= 200 ? name : null;
}

/** Location sits beside the "Contact info" link in every generation; classes name it in older ones. */
function findLocation(topCard: Element): string | undefined {
  const byClass = queryFirst(topCard, S.location);
  if (byClass) return visibleText(byClass) || undefined;
  const link = queryFirst(topCard, S.contactInfoLink);
  const row = link?.parentElement?.closest('div, p');
  if (!link || !row) return undefined;
  for (const child of row.children) {
    if (child.contains(link)) continue;
    const text = visibleText(child);
    if (!SEPARATOR_ONLY.test(text)) return text;
  }
  return undefined;
}

/**
 * The first block of text after the name that is not the name, pronouns or connection degree. A
 * headline is plain text: blocks in links and buttons (current company, school, connections) and
 * the location beside the "Contact info" link are something else.
 */
function findHeadline(topCard: Element, name: string): string | undefined {
  const known = queryFirst(topCard, S.headline);
  if (known) return visibleText(known) || undefined;
  const nameElement = queryFirst(topCard, S.name);
  if (!nameElement) return undefined;
  const locationRow = queryFirst(topCard, S.contactInfoLink)?.parentElement?.closest('div, p');
  for (const block of topCard.querySelectorAll('p, div')) {
    if (block.children.length > 0) continue;
    if (block.closest('a, button') || locationRow?.contains(block)) continue;
    if (!(nameElement.compareDocumentPosition(block) & DOCUMENT_POSITION_FOLLOWING)) continue;
    const text = visibleText(block);
    if (!text || text === name || SEPARATOR_ONLY.test(text)) continue;
    if (/^\(.*\)$|^·?\s*(1st|2nd|3rd\+?|\d度|一度|二度|三度)/i.test(text)) continue;
    return text;
  }
  return undefined;
}

function findCompany(topCard: Element): string | undefined {
  const element = queryFirst(topCard, S.currentCompany);
  if (!element) return undefined;
  const text = visibleText(element);
  if (text) return text;
  // An icon-only button still names the company in its label: "Current company: Acme. Click to…",
  // "当前公司：Acme。点击跳转到…" (a Chinese full stop has no space after it).
  const label = element.getAttribute('aria-label') ?? '';
  const fromLabel = /[:：]\s*(.+?)(?:\.\s|。|$)/.exec(label)?.[1];
  return fromLabel ? cleanText(fromLabel) : undefined;
}

/** A profile card: the section around its in-page anchor, else the card named by its view (2026). */
function sectionOf(document: Document, anchors: readonly string[], cards: readonly string[]): Element | null {
  return queryFirst(document, anchors)?.closest('section') ?? queryFirst(document, cards);
}

function findAbout(document: Document): string | undefined {
  const section = sectionOf(document, S.aboutAnchor, S.aboutCard);
  if (!section) return undefined;
  // The card's heading and its "…see more" button are not the text.
  const texts = queryAllFirst(section, S.showMoreText)
    .filter((element) => !element.closest('button, a, h1, h2, h3'))
    .map(visibleText);
  const longest = texts.reduce((a, b) => (b.length > a.length ? b : a), '');
  return longest ? longest.slice(0, 5000) : undefined;
}

/** The entity's own title element (not a nested role's), for generations that set titles in bold. */
function ownTitle(entity: Element, entitySelector: string): Element | undefined {
  return queryAllFirst(entity, S.entityTitle).find((title) => title.closest(entitySelector) === entity);
}

function linesOf(entity: Element, entitySelector: string): string[] {
  // Only this entity's own lines: nested entities (several roles at one company) are read apart.
  return queryAllFirst(entity, S.entityLines)
    .filter((line) => line.closest(entitySelector) === entity)
    // Captions nest one aria-hidden span in another; read the outer one only.
    .filter((line) => !line.parentElement?.closest(S.entityLines.join(',')))
    .map(visibleText)
    .filter((text) => text && !SEPARATOR_ONLY.test(text));
}

function readEntity(lines: string[], company?: string): Experience | null {
  const [title, second] = lines;
  if (!title) return null;
  const dateRange = lines.slice(1).find((line) => DATE_LINE.test(line));
  const companyLine = company ?? (second && second !== dateRange ? second.split(' · ')[0] : undefined);
  return {
    title: title.slice(0, 200),
    ...(companyLine ? { company: companyLine.slice(0, 200) } : {}),
    ...(dateRange ? { dateRange: dateRange.slice(0, 100) } : {}),
  };
}

function findExperience(document: Document): Experience[] {
  const section = sectionOf(document, S.experienceAnchor, S.experienceCard);
  const entitySelector = section && S.entity.find((selector) => section.querySelector(selector));
  if (!section || !entitySelector) return [];
  const entities = [...section.querySelectorAll(entitySelector)];
  // Where titles are set in bold, an entry's first line is its title only when it is that bold line.
  const boldTitles = queryAllFirst(section, S.entityTitle).length > 0;
  const titledLines = (entity: Element): string[] => {
    const lines = linesOf(entity, entitySelector);
    if (!boldTitles) return lines;
    const title = ownTitle(entity, entitySelector);
    const text = title ? visibleText(title) : '';
    return text && lines[0] === text ? lines : [];
  };
  const result: Experience[] = [];
  for (const entity of entities) {
    if (entity.parentElement?.closest(entitySelector)) continue; // read with its group below
    const nested = entities.filter((e) => e !== entity && entity.contains(e));
    const lines = titledLines(entity);
    const items = nested.length > 0 ? nested.map((role) => readEntity(titledLines(role), lines[0])) : [readEntity(lines)];
    for (const item of items) if (item) result.push(item);
  }
  return result.slice(0, 50);
}

/**
 * Reads a LinkedIn profile page. Pure: same result for the live page and a saved copy.
 * Name and headline are required; without them the page is reported as not recognised and
 * nothing is written.
 */
export function extractLinkedInProfile(document: Document, url: URL): ExtractionResult {
  const ref = parseProfileUrl(url);
  const missing: string[] = [];
  if (!ref) missing.push('profile-url');
  const main = document.querySelector('main') ?? document.body;
  const topCard = findTopCard(main);
  if (!topCard) missing.push('top-card');
  const name = topCard ? findName(topCard) : null;
  if (topCard && !name) missing.push('name');
  const headline = topCard && name ? findHeadline(topCard, name) : undefined;
  if (name && !headline) missing.push('headline');
  if (!ref || !topCard || !name || !headline) {
    return new LayoutNotRecognisedError('linkedin', 'linkedin-profile', missing).toResult();
  }

  const experience = findExperience(document);
  const current = experience[0];
  const fromHeadline = titleAtCompany(headline);
  const company = findCompany(topCard) ?? current?.company ?? fromHeadline?.company;
  const title = current?.title ?? fromHeadline?.title;
  const location = findLocation(topCard);
  const about = findAbout(document);

  const contact: ExtractedContact = {
    source: 'linkedin',
    identity: ref.identity,
    profileUrl: ref.profileUrl,
    name,
    headline: headline.slice(0, 600),
    ...(company ? { company: company.slice(0, 200) } : {}),
    ...(title ? { title: title.slice(0, 200) } : {}),
    ...(location ? { location: location.slice(0, 200) } : {}),
    ...(about ? { about } : {}),
    ...(experience.length > 0 ? { experience } : {}),
  };
  return { ok: true, kind: 'linkedin-profile', contact };
}
