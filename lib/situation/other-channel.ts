/**
 * They ask to go on somewhere else ("add me on WeChat, I hardly read email", "can we move this to
 * WhatsApp?", 加个微信聊吧, 加我LINE, 打我手機比較快): a request to do today (add them, write or call
 * there), not a brush-off answered with material in two days.
 */
const EN = /\b(?:add|message|text|ping|reach|find|call|ring|contact)\s+me\s+(?:on|via|at)\s+(?:wechat|whatsapp|line|telegram|signal|teams|slack|my (?:mobile|cell|phone))\b|\b(?:move|take|continue)\s+(?:this|it|the (?:conversation|chat))\s+(?:to|on|over to)\s+(?:wechat|whatsapp|line|telegram|signal|teams|slack|the phone)\b|\bmy (?:wechat|whatsapp|line)(?: id| number)? is\b/i;
const ZH = /(?:加|添加)(?:个|個|一下|下)?(?:我的?|我)?(?:微信|企业微信|企業微信|企微|LINE|Line|line|WhatsApp|whatsapp|QQ)|(?:微信|LINE|Line|WhatsApp)(?:上)?(?:聊|联系|聯繫|聯絡|沟通|溝通|讲|講|傾)|微信号|微信號|(?:打|打给|打給|call)我(?:的)?(?:手机|手機|电话|電話)/;

/** The sentence asking to go on in another channel, when their words do; else null. */
export function asksOtherChannel(ownWords: string): string | null {
  const match = EN.exec(ownWords) ?? ZH.exec(ownWords);
  if (!match) return null;
  const start = Math.max(0, ownWords.slice(0, match.index).search(/[^.!?。！？\n]*$/));
  const rest = ownWords.slice(match.index);
  const end = /[.!?。！？\n]/.exec(rest);
  return ownWords.slice(start, match.index + (end ? end.index + 1 : rest.length)).trim();
}
