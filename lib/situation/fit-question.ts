/**
 * Whether it fits, asked as a question ("Does it integrate with SAP?", "Can your platform sync with
 * Shopify?", 你哋個系統支唔支援SAP？, 能不能和金蝶对接？): the reader hears the fit objection, but they
 * asked, and a question is answered the day it came, whatever the tier. Not a claim that it does not
 * fit ("it doesn't integrate with our SAP, a deal breaker", 和我们的系统不兼容): that is the objection.
 */
const ASKS_EN = /\b(?:does|do|can|could|will|would|is|are)\s+(?:it|you|you guys|your (?:[\w-]+ ){0,2}?(?:system|platform|tool|app|product|software|solution)|the (?:system|platform|tool|app|product|software|solution))\s+(?:(?:also|already|natively)\s+)?(?:support|integrate|connect|work|sync|talk to|plug into|run on|handle|import|export|read|be compatible|compatible)\b/i;
const ASKS_ZH = /支唔支援|支唔支持|支不支持|支不支援|兼唔兼容|兼不兼容|能不能(?:和|与|與|跟)?[^？?，,。]{0,16}?(?:对接|對接|集成|整合|连接|連接|支持|支援|兼容|打通|导入|導入)|可不可以(?:和|与|與|跟)?[^？?，,。]{0,16}?(?:对接|對接|集成|整合|连接|連接|支持|支援|兼容|打通)|得唔得(?:同|和)?[^？?，,。]{0,16}?(?:对接|對接|连接|連接)|(?:能|可以|可否|能否)(?:和|与|與|跟|同)[^？?，,。]{1,20}?(?:对接|對接|集成|整合|连接|連接|兼容|打通)|(?:支持|支援|兼容|对接|對接)[^？?，,。]{1,20}?(?:吗|嗎|么|麼|嘛|冇)[？?]/;
// (a doubt asked as a question is the concern itself: "does it really work with…?", 真的可以跟鼎新ERP對接嗎？)
const SAYS_NOT = /\b(?:really|actually|truly|honestly)\b|真的|真係|到底|确定|確定|\b(?:doesn['’]?t|does not|won['’]?t|can['’]?t|cannot|isn['’]?t|not compatible|deal[- ]?breaker|no good)\b|(?<!兼)不兼容|(?<!支)不支持|(?<!支)不支援|对接不了|對接不了|接不上|用不了|(?<!支)唔支援|(?<!兼)唔兼容/i;

/** Whether their question only asks if it fits (a question to answer today, not the fit objection). */
export function asksWhetherItFits(question: string, ownWords: string): boolean {
  return (ASKS_EN.test(question) || ASKS_ZH.test(question)) && !SAYS_NOT.test(ownWords);
}
