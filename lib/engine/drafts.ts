import type { Contact } from '../contacts/schema';
import type { Locale } from '../i18n/locales';
import type { ObjectionId } from '../playbook/ids';
import type { Playbook } from '../playbook/schema';
import type { SignalId } from './buying-signals';
import { engineText } from './engine-messages';
import { generateSpin, inferIndustry, inferRole } from './spin';

export interface DraftContext {
  playbook: Playbook;
  locale: Locale;
  contact: Pick<Contact, 'name' | 'company' | 'headline' | 'title' | 'about' | 'stage' | 'knownPains' | 'askedQuestions'>;
  /** Whether the rep has written to this contact before. */
  touched: boolean;
  objection?: ObjectionId | undefined;
  signals?: readonly SignalId[] | undefined;
  /** The rep's name for the sign-off; empty leaves it to the mail client's signature. */
  me?: string | undefined;
}

export interface Draft {
  templateId: string;
  subject: string;
  body: string;
}

/** "Mei Lin Chen" → "Mei"; Chinese names stay whole ("王小明"). */
export function firstNameOf(name: string): string {
  const trimmed = name.trim();
  if (/^[\p{Script=Han}]+$/u.test(trimmed)) return trimmed;
  return trimmed.split(/\s+/)[0] ?? trimmed;
}

/**
 * A follow-up email from the playbook's templates, picked by the situation: a buying signal →
 * the contract email; an objection → the reply with the first talk track and the clarifying
 * question; no touch yet → the first touch with a SPIN question; otherwise a follow-up.
 */
export function composeDraft(context: DraftContext): Draft {
  const { playbook, locale, contact } = context;
  const template = (id: string) => playbook.drafts.find((d) => d.id === id);
  const objection = context.objection ? playbook.objections.find((o) => o.id === context.objection) : undefined;
  const chosen =
    ((context.signals?.length ?? 0) > 0 && template('contract-now')) ||
    (objection && template('objection-reply')) ||
    (!context.touched && template('first-touch')) ||
    template('follow-up') ||
    playbook.drafts[0];
  if (!chosen) return { templateId: 'none', subject: '', body: '' };

  const profile = [contact.headline, contact.title, contact.company, contact.about].filter(Boolean).join(' | ');
  const industry = inferIndustry(playbook, profile);
  const [spin] = generateSpin({
    playbook,
    locale,
    stage: contact.stage,
    industry,
    role: inferRole(playbook, [contact.title, contact.headline].filter(Boolean).join(' | ')),
    company: contact.company,
    knownPains: contact.knownPains,
    asked: contact.askedQuestions,
    limit: 1,
  });
  const pain = playbook.spin.pains.find((p) => p.id === spin?.painId);
  const values: Record<string, string> = {
    firstName: firstNameOf(contact.name),
    company: contact.company ?? engineText(locale, 'spin.company'),
    industryNoun: playbook.spin.industries.find((i) => i.id === industry)?.noun[locale] ?? contact.company ?? engineText(locale, 'spin.company'),
    pain: pain?.name[locale].toLowerCase() ?? '',
    question: objection ? objection.clarifyingQuestion[locale] : (spin?.text ?? ''),
    response: objection?.responses[0]?.text[locale] ?? '',
    me: context.me ?? '',
  };
  const fill = (text: string) => text.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole).replace(/[ \t]+$/gm, '').trim();
  return { templateId: chosen.id, subject: fill(chosen.subject[locale]), body: fill(chosen.body[locale]) };
}
