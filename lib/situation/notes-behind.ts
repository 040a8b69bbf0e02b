import type { CrmRecord } from '../sites/extraction-schema';
import { STAGE_IDS, type StageId } from '../sop/stages';
import { sentenceOver } from './sentence';

/**
 * The record's own notes say the deal is not as far as its stage field: a deal at won whose contract is still unsigned ("legal
 * is still reviewing our MSA… Signature expected next week", "MSA still unsigned", 合同还没签, 合約還在法務審), or a deal in
 * negotiation whose buyer has not seen a price ("has not seen pricing", "no quote sent yet", 还没看到报价, 尚未報價). The CRM is
 * ahead of what the notes record (like `stillChoosing` for a won deal's newest email): the stage card says so, and nothing is
 * written as if the later stage were reached (no kick-off, no price quoted back). Knowledge as data: one row per kind.
 */
const BEHIND: readonly { stage: StageId; from: StageId; patterns: readonly RegExp[] }[] = [
  {
    // Not signed: the contract stage, for a record at won or after.
    stage: 'close',
    from: 'deliver',
    patterns: [
      /\b(?:msa|contract|agreement|order form|sow|paperwork|dpa)\b[^.!?\n]{0,30}?\b(?:still |not yet |yet to be )?(?:unsigned|not (?:yet )?(?:been )?signed(?! up)|yet to be signed|under (?:legal )?review|being reviewed|with (?:their |our )?legal)\b/i,
      /\b(?:legal|counsel|lawyers?|procurement)\b(?: team)? (?:is|are) still (?:reviewing|looking at|redlining|going through)\b/i,
      /\b(?:signature|signing|countersignature) (?:is )?(?:expected|due|planned|pencilled in|scheduled)\b|\bnot (?:yet )?signed\b(?! up)|\bstill unsigned\b/i,
      /(?:合同|合約|合约|协议|協議)[^。；;！!？?\n]{0,10}?(?:还没|還沒|尚未|未|仲未)(?:有)?(?:签|簽|盖章|蓋章)|(?:法务|法務)(?:还在|還在|仍在|仲喺度)(?:审|審|看)|(?:预计|預計)[^。；;！!？?\n]{0,8}?(?:签约|簽約|签署|簽署|签合同|簽合約)/,
    ],
  },
  {
    // No price seen: not yet negotiating, for a record at negotiation or after (the business case still being built).
    stage: 'discover',
    from: 'negotiate',
    patterns: [
      /\b(?:has not|hasn['’]t|have not|haven['’]t|not yet|never) (?:yet )?(?:seen|received|got(?:ten)?|been (?:sent|given|shown)) (?:any |our |the |a )?(?:pricing|prices?|quote|quotation|proposal|numbers)\b/i,
      /\bno (?:pricing|price|quote|quotation|proposal) (?:sent|shared|given|yet)\b/i,
      /(?:还没|還沒|尚未|未|没|沒)(?:有)?(?:看到|看过|看過|收到|见过|見過)(?:我们的|我們的|我方的)?(?:报价|報價|价格|價格|价钱|價錢)|(?:还没|還沒|尚未)(?:报价|報價|报过价|報過價)/,
    ],
  },
];

/** The record's notes to read: its newest dated activity and its free-text fields (description, notes, next step). */
const NOTE_FIELD = /description|notes?|next step|comments?|备注|備註|描述|说明|說明|下一步/i;

export function recordNotes(record: Pick<CrmRecord, 'activity' | 'fields'>): string[] {
  const newest = [...record.activity].filter((a) => a.at !== undefined).sort((a, b) => (b.at ?? 0) - (a.at ?? 0))[0] ?? record.activity[0];
  return [...(newest ? [newest.text] : []), ...record.fields.filter((f) => NOTE_FIELD.test(f.label)).map((f) => f.value)];
}

/**
 * The same note says the deal's contract is signed or the deal won ("MSA signed Dec 1. Phase-2 SOW still with legal",
 * 合同已签，补充协议还没签, "(main deal signed)"): what it still leaves open is a follow-on, not this deal behind its stage.
 */
const SIGNED_SAID = /\b(?:msa|contract|agreement|order form|main deal|deal)\b[^.!?\n]{0,20}?\b(?:signed|countersigned|won|closed)\b(?! up)|\b(?:signed|countersigned) (?:on )?(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|(?:合同|合約|合约|协议|協議|主合同|主合約)(?:已经|已經|已)(?:签|簽|盖章|蓋章)|(?:已经|已經|已)(?:签约|簽約|签署|簽署)/i;

/** The earlier stage the record's notes put the deal at, with their words, when its stage field is further; else null. */
export function notesBehindStage(notes: readonly string[], recordStage: StageId | 'lost'): { stage: StageId; quote: string } | null {
  if (recordStage === 'lost') return null;
  const at = STAGE_IDS.indexOf(recordStage);
  for (const row of BEHIND) {
    if (at < STAGE_IDS.indexOf(row.from)) continue;
    for (const text of notes) {
      if (SIGNED_SAID.test(text)) continue;
      for (const pattern of row.patterns) {
        const m = pattern.exec(text);
        if (m) return { stage: row.stage, quote: sentenceOver(text, m.index, m[0].length) };
      }
    }
  }
  return null;
}
