/**
 * Our email did not reach them: a delivery failure ("Address not found… wasn't delivered to",
 * "Undeliverable:", "550 5.1.1 user unknown", 退信, 无法送达, 收件人地址不存在) or a mailbox nobody
 * reads any more ("This mailbox is no longer monitored", 此信箱已停止使用). No words of theirs to
 * answer and no objection in them: the address is dead, so the next step is to ask the company who
 * looks after it now (at the address the notice names, else its general one); the person may have left.
 */
const DELIVERY_FAILED: readonly RegExp[] = [
  // (a mail server's words: "undeliverable" or "delivery failed" alone may be a parcel's, 3% of our parcels are undeliverable)
  /\baddress not found\b|\bdelivery status notification \(failure\)|^\s*undeliverable\s*:|\b(?:message|e-?mail|mail) (?:is |was )?undeliverable\b|\bmail delivery (?:failed|failure|subsystem)\b|\breturned mail\b|\bdelivery to the following recipients? failed\b|\bfailed permanently\b|\b(?:your )?(?:message|e-?mail|mail) (?:wasn['’]?t|was not|could ?n['’o]t be|cannot be|can['’]?t be) delivered\b|\b(?:user|recipient|mailbox) (?:unknown|not found|unavailable)\b|\bno such (?:user|mailbox|recipient)\b|\brecipient address rejected\b|\b(?:e-?mail account|e-?mail address|mailbox|account that you tried to reach) does not exist\b|\b5\.1\.1\b/i,
  /\b(?:this|the|my) (?:mailbox|inbox|e-?mail(?: address)?|e-?mail account) is (?:no longer|not) (?:monitored|in use|active|checked|read|valid)\b|\b(?:mailbox|inbox|e-?mail address|address) (?:is )?no longer (?:monitored|checked|in use)\b/i,
  /退信|(?:邮件|郵件)(?:无法|無法|未能)送达|(?:邮件|郵件)(?:无法|無法|未能)送達|无法送达以下收件人|無法送達以下收件人|(?:邮件|郵件)(?:投递|投遞|递送|遞送|发送|發送)失败|(?:邮件|郵件)(?:投递|投遞|递送|遞送|发送|發送)失敗|收件人(?:地址)?不存在|(?:邮箱|郵箱|信箱|电子邮箱|電子信箱|邮件地址|郵件地址)(?:地址)?不存在|(?:此|该|該|这个|這個)?(?:邮箱|郵箱|信箱|电子邮箱|電子信箱|电子信箱)(?:已|已经|已經)?(?:停用|注销|註銷|停止使用|不再使用)|来信将不再有人|來信將不再有人|不再有人(?:处理|處理|查看)(?:此|这个|這個)?(?:邮箱|郵箱|信箱)?/,
];

/** An address the notice sends us to ("Please direct all enquiries to info@…", 請改寄 service@…). */
const REDIRECT = /\b(?:direct|send|forward|write|address|redirect|reach out)\b[^@\n.]{0,30}?\bto\s+(?:[^@\n]{1,30}?\s+at\s+)?([\w.+-]+@[\w-]+(?:\.[\w-]+)+)|\b(?:contact|email|e-mail|reach|mail|try)\s+(?:us\s+at\s+|(?:my|our)\s+[\w -]{1,30}?\s+at\s+|[\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+)?\s+(?:at\s+|\(|<)?)?([\w.+-]+@[\w-]+(?:\.[\w-]+)+)|(?:改寄|改发|改發|联系|聯絡|聯繫|联络|发送至|發送至|寄至|发至|發至|转寄|轉寄|寄到|发到|發到)[^@\n]{0,20}?([\w.+-]+@[\w-]+(?:\.[\w-]+)+)/iu;

export interface Bounce {
  /** The line that says it did not arrive. */
  text: string;
  /** The address it names to write to instead, if any. */
  to: string | null;
}

/** The delivery failure or dead-mailbox notice in an inbound message, with the address it names instead; else null. */
export function bouncedNotice(text: string): Bounce | null {
  const lines = text.split(/\n+/).map((l) => l.trim()).filter(Boolean);
  const line = lines.find((l) => DELIVERY_FAILED.some((p) => p.test(l)));
  if (!line) return null;
  const redirect = REDIRECT.exec(text);
  const to = (redirect?.[1] ?? redirect?.[2] ?? redirect?.[3] ?? null)?.replace(/[.。]+$/, '') ?? null;
  // (a full stop inside an address is no end of sentence: "请改寄 zhaolei@huachen.example" is quoted whole)
  const sentence = line.split(/(?<=[.!?])\s+|(?<=[。！？])\s*/).find((s) => DELIVERY_FAILED.some((p) => p.test(s))) ?? line;
  return { text: sentence.slice(0, 200), to };
}
