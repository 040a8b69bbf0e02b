import TS_CHARACTERS from 'opencc-js/dict/TSCharacters';

/** Traditional → Simplified, character for character (OpenCC's table; same length in UTF-16). */
const TO_SIMPLIFIED = new Map<string, string>();
for (const pair of TS_CHARACTERS.split('|')) {
  const [from, to] = pair.split(' ');
  if (from && to && from.length === 1 && to.length === 1 && from !== to) TO_SIMPLIFIED.set(from, to);
}

/** The Simplified form of a Traditional character, or the character itself. */
export function simplifiedChar(char: string): string {
  return TO_SIMPLIFIED.get(char) ?? char;
}

/** Whether the character has a different Simplified form (so it is Traditional-only). */
export function isTraditionalChar(char: string): boolean {
  return TO_SIMPLIFIED.has(char);
}

export const HAN = /\p{Script=Han}/u;

/** Whether a UTF-16 code unit is a common Han character (CJK unified, extension A, compatibility). */
export function isHanCode(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff);
}
