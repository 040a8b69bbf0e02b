/**
 * The sentence that holds `text[index]`, quoted (at most 300 characters), for what a reply asks or
 * tells: a Latin full stop ends it only before a space or the end, so an address or a version
 * ("piotr.nowak@vistula.example", "v1.2") stays whole.
 */
export function sentenceAt(text: string, index: number): string {
  const start = Math.max(text.slice(0, index).search(/[^.!?。！？\n]*$/), 0);
  const end = /[.!?。！？\n](?=\s|$)|[。！？\n]/.exec(text.slice(index));
  return text.slice(start, end ? index + end.index + 1 : text.length).trim().slice(0, 300);
}
