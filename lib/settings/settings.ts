import { storage } from 'wxt/utils/storage';
import { LOCALES, type Locale } from '../i18n/locales';

export interface Settings {
  /** null: follow the browser's language. */
  locale: Locale | null;
  /** Remove contacts untouched for this many months; null: off (the default). */
  retentionMonths: number | null;
}

export const DEFAULT_SETTINGS: Settings = { locale: null, retentionMonths: null };
export const RETENTION_CHOICES = [6, 12, 24] as const;

/** Local only: settings never sync to other devices. */
export const settingsItem = storage.defineItem<Settings>('local:settings', { fallback: DEFAULT_SETTINGS });

/**
 * Settings as stored, field by field; a field that no longer fits (an older version, a hand
 * edit) falls back to its default instead of discarding the rest. Kept free of zod so the panel's
 * first paint does not carry the schema library.
 */
export function parseSettings(value: unknown): Settings {
  const record = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const locale = LOCALES.find((l) => l === record.locale) ?? null;
  const retentionMonths = RETENTION_CHOICES.find((m) => m === record.retentionMonths) ?? null;
  return { ...DEFAULT_SETTINGS, locale, retentionMonths };
}
