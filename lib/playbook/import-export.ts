import { parseJsonFile } from '../data/json-file';
import type { Locale } from '../i18n/locales';
import { playbookSchema, type Playbook } from './schema';

export type PlaybookImport = { ok: true; playbook: Playbook } | { ok: false; problems: string[] };

/** The playbook as the JSON file a team edits and imports back. */
export function exportPlaybook(playbook: Playbook): string {
  return `${JSON.stringify(playbook, null, 2)}\n`;
}

/**
 * Parses and validates an edited playbook file. Every problem is listed with its path, in the
 * rep's language (`stages[3].exitCriteria: Exit criteria: missing.`); nothing is applied unless
 * the whole file is valid.
 */
export function importPlaybook(text: string, locale: Locale = 'en'): PlaybookImport {
  const result = parseJsonFile(text, playbookSchema, { locale });
  return result.ok ? { ok: true, playbook: result.data } : result;
}
