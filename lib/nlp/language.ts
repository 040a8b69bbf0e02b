import { scriptCounts } from './chinese';

export type ReplyLanguage = 'en' | 'zh-Hans' | 'zh-Hant';

export interface LanguageGuess {
  language: ReplyLanguage;
  /** Both Chinese characters and English words in meaningful amounts. */
  mixed: boolean;
}

/**
 * The main language of a reply: Chinese when Han characters outweigh Latin words (each word
 * counting as about two characters), Traditional when any Traditional-only character appears
 * and they are not a tiny minority of the Chinese text.
 */
export function detectLanguage(text: string): LanguageGuess {
  const { han, traditional } = scriptCounts(text);
  const latinWords = text.match(/[A-Za-z]{2,}/g)?.length ?? 0;
  const chinese = han > 0 && han >= latinWords * 2;
  const mixed = han >= 2 && latinWords >= 2;
  if (!chinese) return { language: 'en', mixed };
  const isTraditional = traditional > 0 && traditional >= Math.max(1, han * 0.03);
  return { language: isTraditional ? 'zh-Hant' : 'zh-Hans', mixed };
}
