import type { Bi } from './bilingual';

function isBi(value: unknown): value is Bi {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 2 && keys.includes('en') && keys.includes('zh');
}

/**
 * Turns the authoring form into the shipped playbook: every `{en, zh}` becomes
 * `{en, zh-Hans, zh-Hant}`, the Traditional text made by `toTraditional` (OpenCC, Taiwan phrases).
 */
export function buildPlaybook(source: unknown, toTraditional: (simplified: string) => string): unknown {
  if (isBi(source)) return { en: source.en, 'zh-Hans': source.zh, 'zh-Hant': toTraditional(source.zh) };
  if (Array.isArray(source)) return source.map((item) => buildPlaybook(item, toTraditional));
  if (typeof source === 'object' && source !== null) {
    return Object.fromEntries(Object.entries(source).map(([key, value]) => [key, buildPlaybook(value, toTraditional)]));
  }
  return source;
}
