import type { z } from 'zod';
import type { Locale } from '../i18n/locales';
import { translate } from '../i18n/messages';
import { describeIssue } from './issue-text';

export type JsonFileResult<T> = { ok: true; data: T } | { ok: false; problems: string[] };

/** `stages[3].exitCriteria` from zod's path array; `whole` (“(the file)”) for the file itself. */
export function formatIssuePath(path: readonly PropertyKey[], whole = '(file)'): string {
  return path.reduce<string>((out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${String(part)}` : String(part)), '') || whole;
}

export interface JsonFileOptions {
  /** The language of the problems. */
  locale?: Locale;
  /** A message for an issue the caller knows better (a refused link); else {@link describeIssue}. */
  message?: (issue: z.core.$ZodIssue) => string | undefined;
  limit?: number;
}

/**
 * Reads a JSON file a user picked (a byte-order mark is fine) and validates it: either the data,
 * or every problem by path in the rep's language (`contacts[1].email: 邮箱“x”不是有效的邮箱地址。`),
 * at most `limit` of them.
 */
export function parseJsonFile<S extends z.ZodType>(text: string, schema: S, { locale = 'en', message = () => undefined, limit = Infinity }: JsonFileOptions = {}): JsonFileResult<z.output<S>> {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, problems: [translate(locale, 'issue.notJson', { detail: (error as Error).message })] };
  }
  // With the input on each issue, a message can quote the refused value (a link, say).
  const parsed = schema.safeParse(json, { reportInput: true });
  if (parsed.success) return { ok: true, data: parsed.data };
  // The path is code, so an ASCII colon follows it in every language.
  return {
    ok: false,
    problems: parsed.error.issues.slice(0, limit).map((issue) => `${formatIssuePath(issue.path, translate(locale, 'issue.file'))}: ${message(issue) ?? describeIssue(issue, locale)}`),
  };
}
