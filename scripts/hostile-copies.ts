/**
 * The ways a real reply reaches the classifier other than as typed: copied from a web page or a
 * mail client (invisible characters, non-breaking spaces, HTML entities and tags, CRLF, hard
 * wraps), typed in a hurry (no apostrophes, no punctuation, shouting, full-width letters from a
 * Chinese keyboard, emoji) or wrapped in email (a greeting and a signature, the quoted message
 * below). Each turns a reply into the same reply for a person: the classifier should agree.
 * Deterministic (a fixed seed), so a failure reproduces.
 */
export type Copy = (text: string) => string;

function seeded(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
}

/** Each copy gets its own seeded generator, so adding a copy does not change the others. */
function withRandom(make: (random: () => number) => Copy): Copy {
  return (text) => make(seeded(7))(text);
}

export const HOSTILE_COPIES: Record<string, Copy> = {
  shouting: (text) => text.toUpperCase(),
  no_punctuation: (text) => text.toLowerCase().replace(/[.,!?;:。，！？；：]/g, ''),
  // Contractions whose bare form is no other word ("dont", "im"); "were", "well", "wont" are words.
  no_apostrophes: (text) => text.replace(/\b((?:do|does|did|is|are|was|were|ca|could|would|should|have|has|had|ai)n)['’](t)\b|\b(i)['’](m|ve)\b|\b(you|they)['’](re)\b|\b(that|what|there)['’](s)\b/gi, (match) => match.replace(/['’]/, '')),
  curly_quotes: (text) => text.replace(/'/g, '’'),
  zero_width: withRandom((random) => (text) => text.replace(/(\p{L})(?=\p{L})/gu, (m) => (random() < 0.08 ? `${m}\u200b` : m))),
  soft_hyphens: withRandom((random) => (text) => text.replace(/([a-z]{3})(?=[a-z]{3})/g, (m) => (random() < 0.1 ? `${m}\u00ad` : m))),
  odd_spaces: withRandom((random) => (text) => text.replace(/ /g, () => (random() < 0.5 ? '\u00a0' : '  '))),
  html_entities: (text) => text.replace(/'/g, '&#39;').replace(/"/g, '&quot;'),
  html_markup: (text) => `<div dir="ltr">${text.replace(/\n/g, '<br>')}</div>`,
  full_width: withRandom((random) => (text) => text.replace(/[!-~]/g, (c) => (random() < 0.3 ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c))),
  emoji: withRandom((random) => (text) => text.replace(/([.!?。！？])/g, (m) => (random() < 0.5 ? `${m} 🙏` : m))),
  crlf: (text) => text.replace(/\n/g, '\r\n'),
  greeting_and_signature: (text) => `Hi Alex,\n\n${text}\n\nBest,\nJordan Lee\nHead of Ops | Acme Corp\n+1 415 555 0100`,
  chinese_greeting: (text) => `王总，您好！\n${text}\n\n谢谢\n陈小姐`,
  quoted_history: (text) =>
    `${text}\n\nOn Tue, Mar 5, 2024 at 10:02 AM Alex <alex@vendor.com> wrote:\n> Happy to give you a discount, we are cheaper than competitors and the budget fits.\n> Let me know.`,
  hard_wrapped: (text) => text.replace(/(.{1,60})(\s|$)/g, '$1\n').trim(),
};
