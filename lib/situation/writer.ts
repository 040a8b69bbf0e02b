/**
 * Who wrote their last words when it is not the person on the page: an assistant ("I am Linda, Mr
 * Okafor's executive assistant", "I'm Lily, Mr. Weber's intern", 我是王总的助理李娜) or a colleague answering for them ("Maria asked me
 * to reply on her behalf … - Kevin"). The draft greets the one who wrote; null when they wrote
 * themselves.
 */
const EN_ASSISTANT = /\b(?:[Ii] am|[Ii]'m|[Tt]his is|[Mm]y name is)\s+([A-Z][a-z]+(?: [A-Z][a-z]+)?),?\s+(?:(?:[^.!?\n]|(?<=\b(?:Mr|Ms|Mrs|Dr))\.){0,40}?\s)?(?:assistant|EA|PA|secretary|office manager|chief of staff|intern|trainee|working student|coordinator)\b/;
/** A colleague jumping in under their own name ("Dev here from Priya's IT team", "This is Dev from IT - jumping in"). */
const EN_HERE = /(?:^|[,.!:]\s*|\n\s*)([A-Z][a-z]+) here\b(?=\s+(?:from|for|on)\b|\s*[-–—,(.!:])|\b[Tt]his is ([A-Z][a-z]+) from\b/;
const EN_BEHALF = /\bon (?:his|her|their|[A-Z][a-z]+'s) behalf\b|\basked me to (?:reply|respond|answer|get back to you|write)\b/i;
/** A sign-off on the last line or after a dash: "- Kevin, Operations Coordinator", "Thanks,\nKevin". */
const EN_SIGNOFF = /(?:^|[-–—]\s*|\n)([A-Z][a-z]+)(?: [A-Z][a-z]+)?(?:,\s*[A-Z][\w &-]{2,40})?\s*$/;
const ZH_ASSISTANT = /我是(?:[\p{Script=Han}]{1,4}的)?(?:助理|秘书|秘書|同事|实习生|實習生)([\p{Script=Han}]{2,3})(?=[，,。！!\s]|$)/u;

export function writerOf(text: string): string | null {
  const assistant = EN_ASSISTANT.exec(text) ?? ZH_ASSISTANT.exec(text);
  if (assistant?.[1]) return assistant[1];
  const here = EN_HERE.exec(text);
  if (here?.[1] ?? here?.[2]) return here[1] ?? here[2] ?? null;
  if (EN_BEHALF.test(text)) {
    const signed = EN_SIGNOFF.exec(text.trim());
    if (signed?.[1]) return signed[1];
  }
  return null;
}
