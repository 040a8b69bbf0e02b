import TS_CHARACTERS from 'opencc-js/dict/TSCharacters';

let toSimplified: Uint16Array | undefined;

/**
 * Traditional → Simplified, character for character (OpenCC's table, pairs of one UTF-16 unit
 * each), as a flat table indexed by code unit: 0 where the character has no other form. Built on
 * first use (not while the panel first renders); then a lookup is an array read.
 */
function simplifiedTable(): Uint16Array {
  if (toSimplified) return toSimplified;
  const table = new Uint16Array(0x10000);
  for (const pair of TS_CHARACTERS.split('|')) {
    const [from, to] = pair.split(' ');
    if (from && to && from.length === 1 && to.length === 1 && from !== to) table[from.charCodeAt(0)] = to.charCodeAt(0);
  }
  return (toSimplified = table);
}

/** The Simplified form of a Traditional code unit, or the code unit itself. */
export function simplifiedCode(code: number): number {
  return simplifiedTable()[code] || code;
}

/** Whether the UTF-16 code unit has a different Simplified form (so it is Traditional-only). */
function isTraditionalCode(code: number): boolean {
  return (simplifiedTable()[code] ?? 0) !== 0;
}

/** Whether a UTF-16 code unit is a common Han character (CJK unified, extension A, compatibility). */
export function isHanCode(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff);
}

export interface ScriptCounts {
  /** Han code units */
  han: number;
  /** of which Traditional-only */
  traditional: number;
  /** ASCII letters */
  latin: number;
}

/** How much of a text is Han (and Traditional) and how much Latin, in one pass. */
export function scriptCounts(text: string): ScriptCounts {
  let han = 0;
  let traditional = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90)) latin++;
    else if (isHanCode(code)) {
      han++;
      if (isTraditionalCode(code)) traditional++;
    }
  }
  return { han, traditional, latin };
}
