/**
 * Their words say the choice is still open ("we are still comparing vendors", "still evaluating a
 * couple of other options", "haven't decided yet", 我们还在比较几家供应商, 還在評估其他廠商, 仲喺度比較緊):
 * a deal the CRM has at won is not won in the thread. Knowledge as data: one list per language.
 */
const STILL_CHOOSING: readonly RegExp[] = [
  /\b(?:still|currently|are|we're|we are)\s+(?:\w+\s+)?(?:comparing|evaluating|weighing|assessing|looking at|reviewing|considering|talking to|speaking (?:to|with)|shortlisting)\s+(?:(?:a |the |our |two |three |several |a few |a couple of |some |other |few |multiple |different |all the |alternative |competing )+)?(?:vendors?|suppliers?|providers?|options|alternatives|solutions|offers|proposals|quotes|bids|competitors|tools|platforms)\b/i,
  /\b(?:haven'?t|have not|has not|hasn'?t|not yet)\s+(?:\w+\s+)?(?:decided|made (?:a|our|the|any) (?:decision|choice)|chosen|picked|selected)\b/i,
  /\bno (?:final )?decision (?:has been |was )?(?:made|taken) yet\b|\b(?:decision|choice) is still open\b/i,
  /(?:还|還|仍|仍然|仲)(?:在|喺度)?(?:比较|比較|对比|對比|评估|評估|考虑|考慮|看|睇|比|挑选|挑選|选型|選型)(?:紧)?[^。！？!?\n]{0,8}(?:供应商|供應商|厂商|廠商|厂家|廠家|方案|家|间|間|其他|别家|別家|几家|幾家|选择|選擇)/,
  /(?:还|還)(?:没|沒|未)(?:有)?(?:决定|決定|定下来|定下來|选定|選定|拍板)|(?:仲|都)未(?:决定|決定|拍板)/,
];

/** The words saying the choice is still open, when their words hold them; else null. */
export function stillChoosing(words: string): string | null {
  for (const pattern of STILL_CHOOSING) {
    const m = pattern.exec(words);
    if (m) return m[0];
  }
  return null;
}
