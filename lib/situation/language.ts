import type { Locale } from '../i18n/locales';
import { scriptCounts } from '../nlp/chinese';
import { detectLanguage } from '../nlp/language';
import type { SituationInput } from './types';

const TRADITIONAL_PLACES = /taiwan|台灣|台湾|臺灣|hong kong|香港|macau|macao|澳門|澳门|taipei|台北|臺北|kaohsiung|高雄|taichung|台中/i;

/**
 * The language to write to this person in: the one they write in (their messages), else the one
 * their profile is written in (name, headline, company, about; Traditional where the characters or
 * the place say so), else English. Never the rep's UI language.
 */
export function prospectLanguage(input: Pick<SituationInput, 'lastWord' | 'conversation' | 'contact' | 'deal'>): Locale {
  // Their words, when they are words (a record's bare "last follow-up" date says nothing of a language).
  if (input.lastWord && /\p{L}/u.test(input.lastWord.text)) {
    const said = input.lastWord.reading.language;
    // (a Chinese reply too short to show its script, 好的, 可以, 收到: the thread's script, then their place's)
    if (said === 'zh-Hans' && tooShortToTell(input.lastWord.text) && threadIsTraditional(input)) return 'zh-Hant';
    return said;
  }
  const theirs = (input.conversation?.messages ?? []).filter((m) => m.direction === 'inbound').map((m) => m.text);
  if (theirs.length > 0) return detectLanguage(theirs.join('\n')).language;
  const contact = input.contact;
  const profile = [contact?.name, contact?.headline, contact?.title, contact?.company, contact?.about?.slice(0, 600)].filter(Boolean).join(' ');
  const fromProfile = profile ? detectLanguage(profile) : null;
  // A Chinese name alone is a strong hint even when the headline is English.
  const { han } = scriptCounts(contact?.name ?? '');
  if ((fromProfile && fromProfile.language !== 'en') || han >= 2) {
    const traditional = fromProfile?.language === 'zh-Hant' || TRADITIONAL_PLACES.test(`${contact?.location ?? ''} ${profile}`);
    return traditional ? 'zh-Hant' : 'zh-Hans';
  }
  if (!contact && input.deal) {
    const record = [input.deal.record.name, input.deal.record.account, input.deal.record.activity[0]?.text].filter(Boolean).join(' ');
    const guess = detectLanguage(record);
    return guess.language;
  }
  return 'en';
}

/** A few Chinese characters, none of them Traditional-only: the same in either script. */
function tooShortToTell(text: string): boolean {
  const { han, traditional, latin } = scriptCounts(text);
  return han > 0 && han <= 6 && traditional === 0 && latin === 0;
}

/** Whether the thread so far (both sides) is in Traditional characters, or, with no Chinese in it, their place says so. */
function threadIsTraditional(input: Pick<SituationInput, 'conversation' | 'contact'>): boolean {
  const thread = (input.conversation?.messages ?? []).map((m) => m.text).join('\n');
  if (scriptCounts(thread).han > 6) return detectLanguage(thread).language === 'zh-Hant';
  const contact = input.contact;
  return TRADITIONAL_PLACES.test(`${contact?.location ?? ''} ${contact?.headline ?? ''} ${contact?.company ?? ''}`);
}
