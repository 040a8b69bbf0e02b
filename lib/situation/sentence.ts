/**
 * A greeting before their words is not what they said: "Hi Sam, it is a real pain, yes." is quoted
 * from "it is", as are "Dear Ms Chen, …", "王总，…", "李先生 您好，…", "各位好！…", "Hi all – …".
 * Only a greeting that opens the sentence and ends at a comma, a colon, a dash or an exclamation
 * mark is dropped, and only when words follow it. Knowledge as data: one list per language.
 */
const NAME_EN = String.raw`(?:\s+(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?|\p{Lu}[\p{L}'’.-]*|all|team|there|everyone|everybody|folks|guys|both|again))`;
const TITLE_ZH = '(?:总监|總監|主任|主管|处长|處長|科长|科長|院长|院長|教授|老板|老闆|顾问|顧問|总|總|经理|經理|先生|女士|小姐|老师|老師|博士|律师|律師|董|工|生|姐|哥)';
/** Titles that cannot end an ordinary word (员工, 学生 end in 工, 生): a name with one of them alone is a greeting. */
const TITLE_ZH_BARE = '(?:总监|總監|主任|处长|處長|科长|科長|院长|院長|教授|总|總|经理|經理|先生|女士|小姐|老师|老師|博士|律师|律師)';
const NAME_ZH = `(?:[\\p{Script=Han}]{1,3}${TITLE_ZH}|\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*)?(?:\\s*${TITLE_ZH})?|各位|大家|各位同事|各位老师|各位老師)`;
const SALUTATION: readonly RegExp[] = [
  // Hi Sam, / Hello team: / Dear Ms Chen, / Good morning all – / Hey there! / hi sam,
  new RegExp(String.raw`^(?:[Hh]i|[Hh]iya|[Hh]ello|[Hh]ey|[Dd]ear|[Gg]reetings|[Gg]ood (?:morning|afternoon|evening|day))(?:${NAME_EN}{0,3}|\s+[\p{Ll}]+)\s*(?:[,，:：!！]|\s[-–—])\s*`, 'u'),
  // 尊敬的王总： / 亲爱的 Sam， / 親愛的陳小姐：
  /^(?:尊敬的|亲爱的|親愛的)\s*[^，,：:！!\n]{1,16}[，,：:！!]\s*/u,
  // 王总您好， / 李先生 您好 / Sam 你好！ / 各位好， / 大家好 / 您好，
  new RegExp(`^(?:${NAME_ZH}[，,]?\\s*)?(?:您好|你好|妳好|大家好|各位好|早上好|下午好|晚上好|早安|午安|早晨)(?:[，,！!。：:~～]|\\s)+`, 'u'),
  // 王总， / 陈经理： / 張小姐， / 各位， / 大家： (a Latin name only with a Chinese title: "It's Jonas, not Jonah" is their words)
  new RegExp(`^(?:[\\p{Script=Han}]{1,3}${TITLE_ZH_BARE}|\\p{Lu}[\\p{L}'’.-]*\\s*${TITLE_ZH_BARE}|各位|大家|各位同事|各位老师|各位老師)\\s*[，,：:！!]\\s*`, 'u'),
];

/**
 * The words with a greeting that opens them dropped; unchanged when nothing follows the greeting,
 * or when it would drop the words at `keepFrom` (the offset of what the quote is for).
 */
export function withoutSalutation(words: string, keepFrom = words.length): string {
  let rest = words;
  // a greeting may follow a greeting: "Hi Sam, good morning! …", "王总，您好！…"
  for (let round = 0; round < 2; round++) {
    const pattern = SALUTATION.find((p) => p.test(rest));
    if (!pattern) break;
    const after = rest.replace(pattern, '');
    if (!/[\p{L}\p{N}]/u.test(after) || words.length - after.length > keepFrom) break;
    rest = after;
  }
  return rest;
}

/**
 * The sentence that holds `text[index]`, quoted (at most 300 characters), for what a reply asks or
 * tells: a Latin full stop ends it only before a space or the end, so an address or a version
 * ("piotr.nowak@vistula.example", "v1.2") stays whole. A greeting that opens it is not quoted.
 */
export function sentenceAt(text: string, index: number): string {
  const start = Math.max(text.slice(0, index).search(/[^.!?。！？\n]*$/), 0);
  const end = /[.!?。！？\n](?=\s|$)|[。！？\n]/.exec(text.slice(index));
  const sentence = text.slice(start, end ? index + end.index + 1 : text.length);
  return withoutSalutation(sentence.trim(), index - start - (sentence.length - sentence.trimStart().length)).slice(0, 300);
}
