import { HAN } from '../nlp/chinese';

/**
 * Features of a folded reply for the statistical model: English words and word pairs, Chinese
 * characters and character pairs (Chinese has no spaces; pairs carry most of the meaning).
 */
export function replyFeatures(folded: string): string[] {
  const features: string[] = [];
  const words = folded.match(/[a-z0-9][a-z0-9'&.-]*[a-z0-9]|[a-z0-9]/g) ?? [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    features.push(word);
    const next = words[i + 1];
    if (next) features.push(`${word} ${next}`);
  }
  let previous = '';
  for (const char of folded) {
    if (HAN.test(char)) {
      features.push(char);
      if (previous) features.push(previous + char);
      previous = char;
    } else {
      previous = '';
    }
  }
  return features;
}
