/**
 * Who wrote their last words when it is not the person on the page: an assistant ("I am Linda, Mr
 * Okafor's executive assistant", "I'm Lily, Mr. Weber's intern", 我是王总的助理李娜) or a colleague answering for them ("Maria asked me
 * to reply on her behalf … - Kevin"). The draft greets the one who wrote; null when they wrote
 * themselves.
 */
const EN_ASSISTANT = /\b(?:[Ii] am|[Ii]'m|[Tt]his is|[Mm]y name is)\s+([A-Z][a-z]+(?: [A-Z][a-z]+)?),?\s+(?:(?:[^.!?\n]|(?<=\b(?:Mr|Ms|Mrs|Dr))\.){0,40}?\s)?(?:assistant|EA|PA|secretary|office manager|chief of staff|intern|trainee|working student|coordinator)\b/;
/** A colleague jumping in under their own name ("Dev here from Priya's IT team", "This is Dev from IT - jumping in"). */
const EN_HERE = /(?:^|[,.!:]\s*|\n\s*)([A-Z][a-z]+) here\b(?=\s+(?:from|for|on)\b|\s*[-–—,(.!:])|\b[Tt]his is ([A-Z][a-z]+) from\b/;
// (or someone who took it over from them: "I'm taking over this project from Anna … Erik Lund")
const EN_BEHALF = /\bon (?:his|her|their|[A-Z][a-z]+'s) behalf\b|\bon behalf of\b|\basked me to (?:reply|respond|answer|get back to you|write)\b|\b(?:i(?:'m|’m| am) taking over|i(?:'ve|’ve| have) taken over)\b[^.!?\n]{0,40}?\bfrom\b/i;
/** A signature whose next line says they assist someone: "Grace Adeyemi\nExecutive Assistant to Chidi Okafor". */
const EN_SIGNED_ASSISTANT = /(?:^|\n)\s*([A-Z][a-z]+)(?: [A-Z][a-z]+)?\s*\n\s*(?:(?:Executive|Personal|Administrative) )?(?:Assistant|EA|PA|Secretary|Chief of Staff)\b/;
/** A sign-off on the last line or after a dash: "- Kevin, Operations Coordinator", "Thanks,\nKevin". */
// (a title after a comma stays on the name's line: "Best,\nErik Lund" is signed by Erik, not Best)
const EN_SIGNOFF = /(?:^|[-–—]\s*|\n)(?!(?:Best|Thanks|Thank|Regards|Cheers|Sincerely|Kind|Warm|Many)\b)([A-Z][a-z]+)(?: [A-Z][a-z]+)?(?:,[ \t]*[A-Z][\w &-]{2,40})?\s*$/;
const ZH_ASSISTANT = /我是(?:[\p{Script=Han}]{1,4}的)?(?:助理|秘书|秘書|同事|实习生|實習生)([\p{Script=Han}]{2,3})(?=[，,。！!\s]|$)/u;

export function writerOf(text: string): string | null {
  const assistant = EN_ASSISTANT.exec(text) ?? ZH_ASSISTANT.exec(text);
  if (assistant?.[1]) return assistant[1];
  const here = EN_HERE.exec(text);
  if (here?.[1] ?? here?.[2]) return here[1] ?? here[2] ?? null;
  if (EN_BEHALF.test(text)) {
    const signed = EN_SIGNED_ASSISTANT.exec(text) ?? EN_SIGNOFF.exec(text.trim());
    if (signed?.[1]) return signed[1];
  }
  return null;
}
