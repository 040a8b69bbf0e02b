/** Authoring form of a text: English and Simplified Chinese; Traditional is derived at build time. */
export interface Bi {
  en: string;
  zh: string;
}

export const t = (en: string, zh: string): Bi => ({ en, zh });
