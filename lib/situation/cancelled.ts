/**
 * A customer calls the signed deal off ("our board has decided to cancel the order", "we are
 * withdrawing from the agreement", "we won't be going ahead after all", 公司决定撤回这个订单, 合同先不
 * 执行了, 呢單我哋要取消): on a deal the CRM still shows won, the mail is newer than the record. Confirm
 * it with them and update the CRM; never onboarding or an upsell.
 */
import type { Situation } from './types';
import { sentenceOver } from './sentence';

/** What is called off: the order, the contract, the purchase, the project, the roll-out (in the same sentence as the verb). */
const WHAT_EN = String.raw`(?:order|purchase|po|purchase order|contract|agreement|deal|subscription|licen[cs]es?|project|roll-?out|implementation|engagement)`;
const EN = new RegExp(
  String.raw`\b(?:cancel(?:l?ed|l?ing|s)?|withdraw(?:n|ing|s)?|rescind(?:ed|ing)?|revok(?:e|ed|ing)|terminat(?:e|ed|ing)|call(?:ed|ing)? off|pull(?:ed|ing)? (?:out of|the plug on)|back(?:ed|ing)? out of)\b(?: from)?(?: (?:the|our|this|that|your|its|their|whole|entire|signed|new|[\w-]+-(?:seat|user|year|month)))*\s+${WHAT_EN}\b` +
    String.raw`|\b${WHAT_EN}\b[^.!?\n,;]{0,20}?\b(?:is|has been|was|will be|are|have been) (?:cancel(?:l)?ed|withdrawn|called off|terminated|rescinded)\b` +
    String.raw`|\b(?:won['’]t|will not|are not|aren['’]t|cannot|can['’]t|no longer) (?:be )?(?:going ahead|proceeding|moving forward|proceed|go ahead|move forward)\b[^.!?\n]{0,30}\b(?:after all|with (?:the|this|our) (?:order|purchase|contract|agreement|project|roll-?out))`,
  'iu',
);
const ZH = /(?:取消|撤回|撤销|撤銷|终止|終止|作废|作廢|退掉|退回)(?:了|咗)?(?:这个|這個|这份|這份|呢个|呢個|呢份|该|該|我们的|我們的|我哋嘅)?(?:订单|訂單|单|單|合同|合约|合約|采购|採購|订购|訂購|项目|項目|合作|签约|簽約)|(?:订单|訂單|合同|合约|合約|采购|採購|项目|項目|呢单|呢單)[^，,。！!？?\n]{0,8}(?:取消|撤回|撤销|撤銷|终止|終止|作废|作廢|不执行|不執行|唔做|不做|唔要|不要)(?:了|咗|喇|啦)?|(?:合同|合约|合約)[^，,。！!？?\n]{0,4}(?:先)?(?:不|唔)(?:执行|執行|履行|生效)/u;

/** The sentence in which they call the deal off; null when they do not. */
export function cancelsTheDeal(ownWords: string): string | null {
  const match = EN.exec(ownWords) ?? ZH.exec(ownWords);
  return match ? sentenceOver(ownWords, match.index, match[0].length) : null;
}

/**
 * What the panel header notes under a deal's stage, beside the CRM's own stage name: the deal's
 * thread is past its CRM stage (`behind`: the header shows the thread's stage), or a deal the CRM
 * still shows won is called off in a newer message (`cancelled`: the header says so first). Null:
 * nothing the CRM lags on, or no CRM stage to quote.
 */
export function crmStillNote(situation: Pick<Situation, 'stage' | 'action'>, deal: { record: { stage?: string | undefined } } | null): { kind: 'behind' | 'cancelled'; crmStage: string } | null {
  const crmStage = deal?.record.stage;
  if (!crmStage) return null;
  if (situation.action.step === 'cancelled') return { kind: 'cancelled', crmStage };
  return situation.stage.crmBehind ? { kind: 'behind', crmStage } : null;
}
