import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { LOCALES } from '../i18n/locales';

export const settingsSchema = z.object({
  /** null: follow the browser's language. */
  locale: z.enum(LOCALES).nullable(),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = { locale: null };

/** Local only: settings never sync to other devices. */
export const settingsItem = storage.defineItem<Settings>('local:settings', { fallback: DEFAULT_SETTINGS });

/** Settings as stored, or the defaults when what is stored no longer fits the schema. */
export function parseSettings(value: unknown): Settings {
  const parsed = settingsSchema.safeParse(value);
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}
