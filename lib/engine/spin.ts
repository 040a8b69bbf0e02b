import { fillSpaced } from '../i18n/format';
import type { Locale } from '../i18n/locales';
import { foldForMatching } from '../nlp/normalize';
import { SPIN_TYPES, type SpinType } from '../playbook/ids';
import type { Playbook } from '../playbook/schema';
import { namesSubject, subjectText } from '../playbook/subject-words';
import type { StageId } from '../sop/stages';
import { engineText } from './engine-messages';

export interface SpinContext {
  playbook: Playbook;
  locale: Locale;
  stage: StageId;
  industry?: string | undefined;
  role?: string | undefined;
  company?: string | undefined;
  /** Pain ids already confirmed with this contact. */
  knownPains?: readonly string[] | undefined;
  /** Question ids already asked (`<painId>:<type>`). */
  asked?: readonly string[] | undefined;
  limit?: number | undefined;
  /** Only these kinds of question (the stage's SPIN phase). */
  types?: readonly SpinType[] | undefined;
  /** What the deal or the thread is about (the deal's name, the thread's subject): a pain it names leads. */
  subject?: string | undefined;
}

export interface SpinQuestion {
  /** `<painId>:<type>`, stable across languages. */
  id: string;
  type: SpinType;
  painId: string;
  text: string;
  score: number;
  /**
   * What fitted the question to this person, strongest first: a pain confirmed with them, their
   * industry, the deal's or thread's subject, their role; null when nothing did (a question written
   * for every industry and role, the playbook's first of its kind).
   */
  fittedBy: 'known' | 'industry' | 'subject' | 'role' | null;
}

/** Which kinds of question fit a stage: early stages learn the situation, later ones build value. */
const STAGE_FIT: Record<StageId, Record<SpinType, number>> = {
  prospect: { situation: 3, problem: 2, implication: 1, needPayoff: 0 },
  qualify: { situation: 2, problem: 3, implication: 1, needPayoff: 1 },
  discover: { situation: 1, problem: 3, implication: 3, needPayoff: 2 },
  present: { situation: 0, problem: 1, implication: 3, needPayoff: 3 },
  negotiate: { situation: 0, problem: 0, implication: 2, needPayoff: 3 },
  close: { situation: 0, problem: 0, implication: 2, needPayoff: 3 },
  deliver: { situation: 2, problem: 2, implication: 1, needPayoff: 1 },
  retain: { situation: 2, problem: 2, implication: 1, needPayoff: 2 },
};

/**
 * SPIN questions for the contact in front of the rep, best first: fitted to their industry and
 * role, weighted by the stage (situation early, implication and need-payoff later), moved past
 * situation and problem for pains already known, and never one already asked.
 */
export function generateSpin(context: SpinContext): SpinQuestion[] {
  const { playbook, locale, stage, industry, role } = context;
  const known = new Set(context.knownPains ?? []);
  const asked = new Set(context.asked ?? []);
  const industryNoun = playbook.spin.industries.find((i) => i.id === industry)?.noun[locale];
  const company = context.company ?? engineText(locale, 'spin.company');
  const questions: SpinQuestion[] = [];
  const subject = context.subject ? subjectText(context.subject) : null;
  playbook.spin.pains.forEach((pain, painOrder) => {
    const forIndustry = pain.industries.includes('*') || (industry !== undefined && pain.industries.includes(industry));
    const forRole = role === undefined || pain.roles.includes(role);
    // An industry we cannot tell gets only the questions that fit every industry.
    if (!forRole || !forIndustry) return;
    // A pain written for their industry (listed first) before one it shares with others, whose
    // wording was written for the first ("stores and online channel" is retail's).
    const forTheirs = industry === undefined ? 0 : pain.industries[0] === industry ? 1.5 : pain.industries.includes(industry) ? 1.2 : 0;
    // (the deal's or thread's subject naming the pain outranks the role's usual order: "Cold Chain Sensors" asks about quality in transit, not scheduling)
    const named = subject && (pain.subjects ?? []).some((k) => namesSubject(subject, k)) ? 2 : 0;
    const tailored = forTheirs + (role !== undefined && pain.roles[0] === role ? 1 : 0) + named;
    const fittedBy = known.has(pain.id) ? 'known' : forTheirs > 0 ? 'industry' : named > 0 ? 'subject' : role !== undefined ? 'role' : null;
    for (const type of SPIN_TYPES) {
      // A pain they confirmed moves on to what it costs them, whatever the stage.
      if (context.types && !context.types.includes(type) && !(known.has(pain.id) && (type === 'implication' || type === 'needPayoff'))) continue;
      const id = `${pain.id}:${type}`;
      if (asked.has(id)) continue;
      const isKnown = known.has(pain.id);
      const knownShift = isKnown ? (type === 'implication' || type === 'needPayoff' ? 3 : -3) : 0;
      const score = STAGE_FIT[stage][type] + tailored + knownShift - painOrder * 0.001 - SPIN_TYPES.indexOf(type) * 0.0001;
      const text = fillSpaced(locale, pain.questions[type][locale], { company, industryNoun: industryNoun ?? company });
      questions.push({ id, type, painId: pain.id, text, score: Math.round(score * 1000) / 1000, fittedBy });
    }
  });
  return questions.sort((a, b) => b.score - a.score).slice(0, context.limit ?? 8);
}

/** A keyword in folded text: Latin keywords must start a word ("hr" is not in "three"). */
function mentions(folded: string, keyword: string): boolean {
  const key = foldForMatching(keyword);
  if (!/^[a-z]/.test(key)) return folded.includes(key);
  let at = folded.indexOf(key);
  while (at >= 0) {
    if (!/[a-z]/.test(folded[at - 1] ?? ' ')) return true;
    at = folded.indexOf(key, at + 1);
  }
  return false;
}

/**
 * The playbook entry whose keywords the text mentions most (headline, title, company, about); on a
 * tie, the one with the longest keyword found when it holds the other's, the more specific word for
 * the same words ("pharmacy" is a care provider, "pharma" a manufacturer; "pharma" is found in both),
 * or the industry that is a kind of the other ("Oakwood Nursing Home" of "Oakwood Healthcare Group": a care home).
 * A tie between unrelated words ("Precision Logistics": manufacturing or logistics?) is no evidence
 * either way: none, and the questions that fit every industry, not a confident guess.
 */
function inferFrom(entries: readonly { id: string; keywords: readonly string[] }[], text: string, kindOf: Readonly<Record<string, string>> = {}): string | undefined {
  const folded = ` ${foldForMatching(text)} `;
  let best: { id: string; hits: number; key: string; tied: boolean } | undefined;
  for (const entry of entries) {
    const found = entry.keywords.filter((k) => mentions(folded, k));
    if (found.length === 0) continue;
    const key = found.reduce((a, b) => (b.length > a.length ? b : a));
    if (!best || found.length > best.hits) best = { id: entry.id, hits: found.length, key, tied: false };
    else if (found.length === best.hits) {
      // (the longer word wins only when it holds the shorter: the same words read more closely)
      const [longer, shorter] = key.length >= best.key.length ? [key, best.key] : [best.key, key];
      const specific = longer !== shorter && foldForMatching(longer).includes(foldForMatching(shorter));
      if (specific) best = longer === key ? { id: entry.id, hits: found.length, key, tied: false } : { ...best, tied: false };
      else if (kindOf[entry.id] === best.id) best = { id: entry.id, hits: found.length, key, tied: false };
      else if (kindOf[best.id] === entry.id) best = { ...best, tied: false };
      else best = { ...best, tied: true };
    }
  }
  return best && !best.tied ? best.id : undefined;
}

/** Industries that are a kind of another: a tie between the two is the narrower one's. */
const INDUSTRY_KIND_OF: Readonly<Record<string, string>> = { senior_care: 'healthcare' };
/**
 * A job title's function, which anyone's employer may have ("Hospitality Manager at Deloitte", "Plant Manager", "Head of
 * Facilities", "VP Operations"): the words before Manager, Director…, or after Head of, VP…; no evidence of the industry.
 */
const FUNCTION_TITLE = /\b(?:(?:[A-Z][\p{L}&'’-]*\s+){1,3}(?:Manager|Director|Lead|Supervisor|Coordinator|Officer|Administrator|Specialist|Executive|Engineer|Consultant|Analyst)|(?:Head|Director|VP|Vice President|Chief)(?:\s+of)?(?:\s+(?:[A-Z][\p{L}&'’-]*|&|and)){1,3})\b/gu;

/**
 * The contact's industry from what their page says, by the playbook's keywords: read from their employer, not a function in
 * their title (the title alone only when nothing else is said: "Plant Manager").
 */
export function inferIndustry(playbook: Playbook, text: string): string | undefined {
  const employer = text.replace(FUNCTION_TITLE, ' ');
  return inferFrom(playbook.spin.industries, /\p{L}/u.test(employer) ? employer : text, INDUSTRY_KIND_OF);
}

/** The contact's role from their title or headline; the playbook lists roles in priority order. */
export function inferRole(playbook: Playbook, title: string): string | undefined {
  const folded = ` ${foldForMatching(title)} `;
  return playbook.spin.roles.find((role) => role.keywords.some((k) => mentions(folded, k)))?.id;
}
