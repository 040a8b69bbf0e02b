import { FIELD_NAMES } from '../data/field-names';
import { DRILL_CYCLE, drillQuestion } from '../engine/drill';
import { ENGINE_MESSAGES } from '../engine/engine-messages';
import { DEFAULT_PLAYBOOK } from '../playbook/default-playbook';
import { DASHBOARD_MESSAGES } from './dashboard-messages';
import type { Locale } from './locales';
import { MESSAGES } from './messages';

export interface ShippedText {
  where: string;
  text: string;
}

/** Every `zh-Hans` / `zh-Hant` string of a tree (the playbook), with its path. */
function fromTree(tree: unknown, locale: Locale, path: string, out: ShippedText[]): void {
  if (Array.isArray(tree)) tree.forEach((item, i) => fromTree(item, locale, `${path}[${String(i)}]`, out));
  else if (typeof tree === 'object' && tree !== null) {
    for (const [key, value] of Object.entries(tree)) {
      if (key === locale && typeof value === 'string') out.push({ where: `playbook ${path}`, text: value });
      else fromTree(value, locale, path ? `${path}.${key}` : key, out);
    }
  }
}

/**
 * Every text the product shows in a language, for the glossary and punctuation tests: UI
 * messages, the manager's dashboard, the engine's sentences, the built-in playbook, field names
 * of import problems and the drill's questions.
 */
export function shippedTexts(locale: Locale): ShippedText[] {
  const out: ShippedText[] = [];
  for (const [key, text] of Object.entries(MESSAGES[locale])) out.push({ where: `messages ${key}`, text });
  for (const [key, text] of Object.entries(DASHBOARD_MESSAGES[locale])) out.push({ where: `dashboard ${key}`, text });
  for (const [key, texts] of Object.entries(ENGINE_MESSAGES)) out.push({ where: `engine ${key}`, text: texts[locale] });
  for (const [key, words] of Object.entries(FIELD_NAMES)) out.push({ where: `field ${key}`, text: words[locale] });
  fromTree(DEFAULT_PLAYBOOK, locale, '', out);
  for (let n = 0; n < DRILL_CYCLE; n += 1) {
    const question = drillQuestion(DEFAULT_PLAYBOOK, locale, n);
    out.push({ where: `drill ${question.id}`, text: question.prompt }, { where: `drill ${question.id} explanation`, text: question.explanation }, ...question.options.map((text) => ({ where: `drill ${question.id} option`, text })));
  }
  return out;
}
