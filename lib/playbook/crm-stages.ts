import type { CrmSiteId } from '../sites/hosts';
import type { StageId } from '../sop/stages';

/** What a CRM stage means for us: one of our SOP stages, or a lost deal. */
export type MappedStage = StageId | 'lost';

export interface CrmStageRow {
  crm: CrmSiteId;
  /** The CRM's stage name, as its pipeline spells it (matched ignoring case, spacing and width). */
  stage: string;
  sop: MappedStage;
}

const rows = (crm: CrmSiteId, table: Record<string, MappedStage>): CrmStageRow[] => Object.entries(table).map(([stage, sop]) => ({ crm, stage, sop }));

/**
 * Each CRM's stock pipeline mapped to our eight stages (DOMAIN.md § 2). A quote is our
 * "negotiate" stage; a won deal moves to delivery. Teams edit this table in their playbook file
 * (their pipelines rarely match ours); a stage not in it is shown as unmapped, never guessed.
 */
export const DEFAULT_CRM_STAGES: readonly CrmStageRow[] = [
  ...rows('salesforce', {
    Prospecting: 'prospect',
    Qualification: 'qualify',
    'Needs Analysis': 'discover',
    'Value Proposition': 'present',
    'Id. Decision Makers': 'qualify',
    'Perception Analysis': 'present',
    'Proposal/Price Quote': 'negotiate',
    'Negotiation/Review': 'negotiate',
    'Closed Won': 'deliver',
    'Closed Lost': 'lost',
    // Starter edition's stock "sales path" (shown in English in every UI language until an admin renames it).
    Qualify: 'qualify',
    'Meet & Present': 'present',
    Propose: 'negotiate',
    Negotiate: 'negotiate',
  }),
  ...rows('hubspot', {
    'Appointment scheduled': 'qualify',
    'Qualified to buy': 'discover',
    'Presentation scheduled': 'present',
    'Decision maker bought-in': 'negotiate',
    'Contract sent': 'close',
    'Closed won': 'deliver',
    'Closed lost': 'lost',
  }),
  ...rows('zoho', {
    Qualification: 'qualify',
    'Needs Analysis': 'discover',
    'Value Proposition': 'present',
    'Identify Decision Makers': 'qualify',
    'Id. Decision Makers': 'qualify',
    'Proposal/Price Quote': 'negotiate',
    'Negotiation/Review': 'negotiate',
    'Closed Won': 'deliver',
    'Closed Lost': 'lost',
    'Closed-Lost to Competition': 'lost',
    // The stock stages as Zoho's 简体中文 help names them (help.zoho.com.cn: the deal stage view and blueprints).
    资格认证: 'qualify',
    需求分析: 'discover',
    '谈判/审查': 'negotiate',
    已赢得: 'deliver',
    已丢失: 'lost',
  }),
  ...rows('pipedrive', {
    'Lead In': 'prospect',
    Qualified: 'qualify',
    'Contact Made': 'qualify',
    'Demo Scheduled': 'present',
    'Proposal Made': 'negotiate',
    'Negotiations Started': 'negotiate',
  }),
  ...rows('fxiaoke', {
    验证客户: 'qualify',
    需求确定: 'discover',
    '方案/报价': 'present',
    谈判审核: 'negotiate',
    赢单: 'deliver',
    输单: 'lost',
    无效: 'lost',
    驗證客戶: 'qualify',
    需求確定: 'discover',
    '方案/報價': 'present',
    談判審核: 'negotiate',
    贏單: 'deliver',
    輸單: 'lost',
  }),
];

export const MAPPED_STAGE_VALUES = ['prospect', 'qualify', 'discover', 'present', 'negotiate', 'close', 'deliver', 'retain', 'lost'] as const satisfies readonly MappedStage[];

/**
 * A stage name folded for matching: full width to half, case, and the punctuation between its words
 * (a dash, a hyphen, an underscore, a dot or a colon is a space: an org's "Closed Lost to Competition"
 * or "closed_lost" is Zoho's stock "Closed-Lost to Competition"); a slash stays, spacing around it dropped.
 */
export function stageKey(stage: string): string {
  return stage.normalize('NFKC').toLowerCase().replace(/[-–—_.:·]+/g, ' ').replace(/\s*\/\s*/g, '/').replace(/\s+/g, ' ').trim();
}

/**
 * HubSpot's default deal pipeline as some views show it: by its stages' internal ids (the properties
 * panel when a stage's label is not loaded, board and export views), each with the label HubSpot
 * gives it (developers.hubspot.com, CRM pipelines API: the account's `default` pipeline). A stage a
 * portal added has a numeric id (`1063991961`) that says nothing of what it means: it has no alias
 * and stays unmapped unless the team's table names that id.
 */
const HUBSPOT_DEFAULT_STAGE_IDS: Readonly<Record<string, string>> = {
  appointmentscheduled: 'Appointment scheduled',
  qualifiedtobuy: 'Qualified to buy',
  presentationscheduled: 'Presentation scheduled',
  decisionmakerboughtin: 'Decision maker bought-in',
  contractsent: 'Contract sent',
  closedwon: 'Closed won',
  closedlost: 'Closed lost',
};

/** The label a CRM gives a stage the page showed by its internal id, when it is a stock one. */
function stockLabelOf(crm: CrmSiteId, stage: string): string | undefined {
  const id = stage.trim().toLowerCase();
  return crm === 'hubspot' && Object.hasOwn(HUBSPOT_DEFAULT_STAGE_IDS, id) ? HUBSPOT_DEFAULT_STAGE_IDS[id] : undefined;
}

/**
 * Our stage for a CRM's stage name under the playbook's table; null when the table has no row for
 * it. A stock stage shown by its internal id (HubSpot's `contractsent`) is looked up by the table's
 * row for the id, else for its stock label, so a team's table written in labels maps it too.
 */
export function mapCrmStage(rowsOfPlaybook: readonly CrmStageRow[] | undefined, crm: CrmSiteId, stage: string): MappedStage | null {
  const table = rowsOfPlaybook ?? DEFAULT_CRM_STAGES;
  const lookUp = (name: string) => {
    const key = stageKey(name);
    return table.find((row) => row.crm === crm && stageKey(row.stage) === key)?.sop ?? null;
  };
  const label = stockLabelOf(crm, stage);
  return lookUp(stage) ?? (label ? lookUp(label) : null);
}
