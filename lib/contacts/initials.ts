const HAN = /\p{Script=Han}/u;
const LETTER = /[\p{L}\p{N}]/u;

/**
 * The letters of a name's avatar: the first letters of the first and last word (`Mei-Lin Chen` →
 * `MC`), the first character of a Chinese name (`王小明` → `王`, as Chinese contact lists do), `?`
 * when the name has no letter at all.
 *
 * @example initialsOf('Daniel Okafor') // 'DO'
 */
export function initialsOf(name: string): string {
  // What follows a comma is a credential or a note ("Li Wei, PhD"), not the name.
  const words = (name.split(/[,，]/u)[0] ?? '')
    .replace(/\(.*?\)|（.*?）/gu, ' ')
    .split(/[\s·・]+/u)
    .map((word) => word.match(new RegExp(LETTER.source, 'gu')) ?? [])
    .filter((letters) => letters.length > 0);
  const first = words[0]?.[0];
  if (!first) return '?';
  if (HAN.test(first)) return first;
  const last = words.length > 1 ? words[words.length - 1]?.[0] : undefined;
  return `${first}${last ?? ''}`.toLocaleUpperCase();
}
