import type { z } from 'zod';
import type { Locale } from '../i18n/locales';
import { translate, type MessageKey } from '../i18n/messages';
import { fieldName } from './field-names';

const TYPES = new Set(['string', 'number', 'int', 'boolean', 'array', 'object']);

/** A value quoted in a message, cut to stay readable. */
function shown(value: unknown): string {
  const text = typeof value === 'string' ? value : ((JSON.stringify(value) as string | undefined) ?? String(value));
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

/** English opens the sentence with the field ("the email address …"): a capital first letter. */
function sentence(locale: Locale, text: string): string {
  return locale === 'en' ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

/**
 * One zod issue of an imported file in the rep's language, naming the field in their words
 * (`contacts[1].email` → "The email address “x” is not a valid email address."). The path is
 * added by the caller; an issue this does not know is "… is not valid", never zod's English.
 */
export function describeIssue(issue: z.core.$ZodIssue, locale: Locale): string {
  const field = fieldName(issue.path, locale);
  const say = (key: MessageKey, params: Record<string, string | number> = {}) => sentence(locale, translate(locale, key, { field, ...params }));
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return say('issue.missing');
      return TYPES.has(issue.expected) ? say('issue.type', { expected: translate(locale, `issue.type.${issue.expected}` as MessageKey) }) : say('issue.invalid');
    case 'too_small': {
      const minimum = Number(issue.minimum);
      if (issue.origin === 'string') return minimum <= 1 ? say('issue.empty') : say('issue.tooShort', { minimum });
      if (issue.origin === 'array' || issue.origin === 'set') return minimum <= 1 && issue.inclusive ? say('issue.empty') : say('issue.tooFew', { minimum });
      return issue.inclusive === false ? say('issue.mustBePositive', { minimum }) : say('issue.tooSmall', { minimum });
    }
    case 'too_big': {
      const maximum = Number(issue.maximum);
      if (issue.origin === 'string') return say('issue.tooLong', { maximum });
      if (issue.origin === 'array' || issue.origin === 'set') return say('issue.tooMany', { maximum });
      return say('issue.tooBig', { maximum });
    }
    case 'invalid_value':
      return say('issue.oneOf', { value: shown(issue.input), values: issue.values.map((v) => String(v)).join(', ') });
    case 'invalid_format':
      return issue.format === 'email' ? say('issue.email', { value: shown(issue.input) }) : say('issue.format', { value: shown(issue.input), format: issue.format });
    case 'unrecognized_keys':
      return say('issue.unknownKeys', { count: issue.keys.length, keys: issue.keys.join(', ') });
    default:
      return say('issue.invalid');
  }
}
