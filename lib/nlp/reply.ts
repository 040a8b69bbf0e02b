import { foldForMatching, squeezeForMatching } from './normalize';
import { SIGNATURE_LINES, signatureBlockStart } from './signature-block';

/** A part of the original text that is the sender's own words. */
export interface Segment {
  start: number;
  end: number;
}

export interface CleanReply {
  /** The kept parts joined by line breaks (greeting included: this is what is shown). */
  text: string;
  /** `text` folded and squeezed for matching (see `foldForMatching`, `squeezeForMatching`); `toOriginal` maps its indices. */
  folded: string;
  /** Where each kept part is in the original, in order. */
  segments: Segment[];
  /** Maps an index in `folded` back to the original. */
  toOriginal(index: number): number;
}

/** A line from which everything below is quoted history (the earlier message). */
const QUOTE_HEADERS = [
  /^on\b.{0,200}\bwrote:?\s*$/, // Gmail / Apple Mail: "On Tue, Mar 5, 2024 at 10:02 AM Jane <…> wrote:"
  /^-{2,}\s*(original message|forwarded message)\s*-{2,}/,
  /^-{2,}\s*(原始邮件|原始郵件|转发的邮件|轉寄的郵件)\s*-{2,}/,
  /^(在|于).{0,100}(写道|寫道)\s*[:：]?\s*$/,
  /^_{5,}\s*$/, // Outlook's rule above the quoted header
  /^(from|发件人|寄件者|寄件人|發件人)\s*[:：]\s*.+$/,
];
/** Only counts as a quote header when a header field follows soon (avoids "From: our side…"). */
const NEEDS_FOLLOWING_FIELD = /^(from|发件人|寄件者|寄件人|發件人)\s*[:：]/;
const HEADER_FIELD = /^(sent|date|to|subject|cc|发送时间|日期|收件人|主题|主旨|傳送時間|寄件日期|收件者|發送時間)\s*[:：]/;

/** A line that starts a signature or sign-off (everything below is not the reply). */
const SIGNATURE_START = [
  /^--\s*$/,
  /^(best|best regards|kind regards|warm regards|regards|many thanks|thanks|thanks again|thank you|thx|cheers|sincerely|yours sincerely|yours|br|rgds|all the best|talk soon)\s*[,.!]?\s*$/,
  /^(此致|敬礼|祝好|顺祝商祺|顺颂商祺|顺颂时祺|祝商祺|祝工作顺利|谢谢|多谢|感谢|敬上|商祺|祝顺利|best)\s*[,，.。!！]?\s*$/,
  /^sent from my \w+/,
  /^get outlook for \w+/,
  /^(发自我的|从我的).{0,20}(发送|iphone|手机)/,
  /^(this (e-?mail|message) (and any attachments )?(is|are|may be) confidential)/,
];

const GREETING_EN = "(?:hi|hello|hey|hiya|dear|greetings|good (?:morning|afternoon|evening|day))(?: there| all| everyone| team| guys| folks)?";
const NAME = "(?:(?:mr|ms|mrs|dr|prof)\\.? ?)?[a-z][\\w.'-]*(?: [a-z][\\w.'-]*)?";
const GREETING_ZH = '(?:(?:[^\\s,.!?:;]{1,8}[, ]*)?(?:您好|你好|大家好|早上好|上午好|下午好|晚上好|早安|午安))';
/** A line that is only a greeting. */
const SALUTATION_LINE = new RegExp(`^(?:${GREETING_EN}(?:[ ,]+${NAME})?|${NAME}[, ]*(?:您好|你好)|${GREETING_ZH})\\s*[,.!:~\\-–—]*\\s*$`);
/** A greeting that opens the line the reply is on: "Hi Alex, we have no budget". */
const SALUTATION_PREFIX = new RegExp(`^(?:(?:${GREETING_EN}(?: ${NAME})?)(?:\\s*[,!:~]+|\\s+[-–—]+)\\s+|${GREETING_ZH}\\s*[,!:~]+\\s*)`);

/** Each list as one pattern: one test per line instead of one per entry. */
const ANY_QUOTE_HEADER = new RegExp(QUOTE_HEADERS.map((re) => `(?:${re.source})`).join('|'));
const ANY_SIGNATURE_START = new RegExp(SIGNATURE_START.map((re) => `(?:${re.source})`).join('|'));

/** A line of 40 or more characters that stops mid-sentence and goes on on the next line. */
const HARD_WRAP = /^([^\n]{39,}[^\n.!?;:])\n(?=[a-z0-9(])/gm;

/** A folded line with its letters in the case they were written in (names are told by their capitals). */
function casedAs(original: string, folded: string, line: { start: number; text: string }, at: (index: number) => number): string {
  if (!/[a-z]/.test(line.text)) return line.text;
  let from = line.start;
  while (/\s/.test(folded.charAt(from))) from++;
  let out = '';
  for (let i = 0; i < line.text.length; i++) {
    const written = original.charAt(at(from + i));
    const char = line.text.charAt(i);
    out += written.toLowerCase() === char ? written : char;
  }
  return out;
}

/**
 * The sender's own words in an email or chat reply: quoted history (`>` lines, "On … wrote:",
 * "-----Original Message-----", "发件人:" blocks) and the signature (after "--" or a lone sign-off
 * line such as "Best regards" or "此致", or a trailing block opened by a name: see `signature-block.ts`)
 * are dropped. Offsets map back to the original text.
 */
export function cleanReply(original: string): CleanReply {
  // Everything below reads the folded, squeezed text (one space, no invisible characters, HTML
  // line breaks as line breaks); `at` maps its indices back to the original.
  const { text: folded, origin } = squeezeForMatching(foldForMatching(original));
  const at = origin ? (index: number) => origin[index] ?? original.length : (index: number) => index;
  const lines: { start: number; end: number; text: string }[] = [];
  let cursor = 0;
  for (const raw of folded.split('\n')) {
    const end = cursor + raw.length;
    lines.push({ start: cursor, end, text: raw.trim() });
    cursor = end + 1;
  }

  const firstContent = lines.findIndex((l) => l.text !== '');
  let stop = lines.length;
  for (let i = 0; i < lines.length; i++) {
    const { text } = lines[i] ?? { text: '' };
    const isHeader = ANY_QUOTE_HEADER.test(text);
    const headerOk =
      isHeader && (!NEEDS_FOLLOWING_FIELD.test(text) || lines.slice(i + 1, i + 5).some((l) => HEADER_FIELD.test(l.text)));
    const wrappedOn = /^on\b/.test(text) && /\bwrote:?\s*$/.test(lines[i + 1]?.text ?? '');
    const signature = i > firstContent && ANY_SIGNATURE_START.test(text);
    if (headerOk || wrappedOn || signature) {
      stop = i;
      break;
    }
  }

  // A signature with no sign-off above it, by its shape: a name line, then title, company, phone.
  const above = lines.slice(0, stop).map((line, index) => ({ line, index })).filter(({ line }) => !line.text.startsWith('>'));
  const greeting = above.findIndex(({ line }) => line.text !== '');
  const bodyFrom = greeting >= 0 && SALUTATION_LINE.test(above[greeting]?.line.text ?? '') ? greeting + 1 : Math.max(greeting, 0);
  // (only the lines a signature may take are read in their written case)
  let last = above.length - 1;
  while (last >= 0 && above[last]?.line.text === '') last--;
  const block = signatureBlockStart(
    above.map(({ line }, i) => ({ folded: line.text, cased: i > last - 2 * SIGNATURE_LINES && line.text.length <= 100 ? casedAs(original, folded, line, at) : line.text })),
    bodyFrom,
  );
  if (block !== undefined) stop = above[block]?.index ?? stop;

  /** Kept parts, as indices of `folded`. */
  const kept: Segment[] = [];
  let blank = false;
  for (const line of lines.slice(0, stop)) {
    if (line.text.startsWith('>')) continue;
    // Paragraph breaks stay (one blank line), leading and repeated ones go.
    if (line.text === '') {
      blank = kept.length > 0;
      continue;
    }
    if (blank) kept.push({ start: line.start, end: line.start });
    blank = false;
    kept.push({ start: line.start, end: line.end });
  }
  const segments = kept.map((s) => ({ start: at(s.start), end: at(s.end) }));
  const text = segments.map((s) => original.slice(s.start, s.end)).join('\n');
  // What is matched leaves out the greeting ("Hi Alex," / "王总,您好!" on its own line or before the
  // words): it is not what the reply says, and names in it are no evidence.
  const matched = [...kept];
  const [first] = matched;
  const firstText = first ? folded.slice(first.start, first.end).trim() : '';
  const prefix = SALUTATION_PREFIX.exec(firstText);
  if (first && SALUTATION_LINE.test(firstText)) matched.splice(0, matched[1]?.start === matched[1]?.end ? 2 : 1);
  else if (first && prefix) matched[0] = { start: folded.indexOf(prefix[0], first.start) + prefix[0].length, end: first.end };
  const toOriginal = (index: number): number => {
    let offset = 0;
    for (const segment of matched) {
      const length = segment.end - segment.start;
      if (index <= offset + length) return at(segment.start + (index - offset));
      offset += length + 1;
    }
    return original.length;
  };
  // A mail client's hard wrap (a long line broken mid-sentence) is no sentence break: a space, same length.
  let joined = matched.map((s) => folded.slice(s.start, s.end)).join('\n');
  if (joined.includes('\n')) joined = joined.replace(HARD_WRAP, '$1 ');
  return { text, folded: joined, segments, toOriginal };
}
