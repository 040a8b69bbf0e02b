import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../tests/support/fixtures';
import type { CrmSiteId } from '../sites/hosts';
import { SITE_ADAPTERS } from '../sites/registry';
import { mapCrmStage, type MappedStage } from './crm-stages';

describe('stock CRM stages in the UI languages their vendors ship', () => {
  it.each([
    ['salesforce', 'Qualify', 'qualify'],
    ['salesforce', 'Meet & Present', 'present'],
    ['salesforce', 'Propose', 'negotiate'],
    ['salesforce', 'Negotiate', 'negotiate'],
    ['zoho', '资格认证', 'qualify'],
    ['zoho', '需求分析', 'discover'],
    ['zoho', '谈判 / 审查', 'negotiate'],
    ['zoho', '已赢得', 'deliver'],
    ['zoho', '已丢失', 'lost'],
    ['fxiaoke', '谈判审核', 'negotiate'],
    // HubSpot's default pipeline by its internal ids (developers.hubspot.com), as some views show it.
    ['hubspot', 'appointmentscheduled', 'qualify'],
    ['hubspot', 'qualifiedtobuy', 'discover'],
    ['hubspot', 'presentationscheduled', 'present'],
    ['hubspot', 'decisionmakerboughtin', 'negotiate'],
    ['hubspot', 'contractsent', 'close'],
    ['hubspot', 'closedwon', 'deliver'],
    ['hubspot', 'closedlost', 'lost'],
    // A portal's own stage: a numeric id says nothing of what it is.
    ['hubspot', '1063991961', null],
    // An org's own spelling of a stock stage, its punctuation between words aside (Zoho's stock "Closed-Lost to Competition").
    ['zoho', 'Closed Lost to Competition', 'lost'],
    ['zoho', 'Closed – Lost to Competition', 'lost'],
    ['zoho', 'closed_lost_to_competition', 'lost'],
    ['zoho', 'Closed-Won', 'deliver'],
    ['zoho', 'Closed Lost to Competitor X', null],
    // The ids are HubSpot's only: another CRM's page showing the word maps nothing.
    ['pipedrive', 'contractsent', null],
    // Names no vendor source shows stay unmapped, never guessed.
    ['hubspot', '已发送合同', null],
    ['salesforce', '方案报价', null],
  ] as const)('%s %s → %s', (crm, stage, sop) => {
    expect(mapCrmStage(undefined, crm, stage)).toBe(sop);
  });

  const pages: [string, CrmSiteId, string, string, MappedStage | null][] = [
    ['zoho/deal--crux-zh-cn--2026-11.html', 'zoho', 'https://crm.zoho.com.cn/crm/org41000123456/tab/Potentials/4100000000123001', '谈判/审查', 'negotiate'],
    ['fxiaoke/opportunity--faci--2026-11.html', 'fxiaoke', 'https://www.fxiaoke.com/XV/UI/Home#crm/detail/=/NewOpportunityObj/6571d2e3f4a5b6c7d8e9f0c1', '谈判审核', 'negotiate'],
    ['fxiaoke/opportunity--2024--2026-10-20.html', 'fxiaoke', 'https://www.fxiaoke.com/XV/UI/Home#crm/detail/=/NewOpportunityObj/6571d2e3f4a5b6c7d8e9f0a1', '需求确定', 'discover'],
    // Custom or unsourced stage names on these pages: shown as not mapped.
    ['salesforce/opportunity--gen2024-lwc-zh-cn--2026-11.html', 'salesforce', 'https://hulian.lightning.force.com/lightning/r/Opportunity/0065g00000HuLiaAAB/view', '方案报价', null],
    ['hubspot/deal--gen2024-zh-cn--2026-11.html', 'hubspot', 'https://app.hubspot.com/contacts/39012345/record/0-3/77001', '已发送合同', null],
  ];
  const idPages: [string, CrmSiteId, string, string, MappedStage | null][] = [
    ['hubspot/deal--stage-id--2026-12-05.html', 'hubspot', 'https://app.hubspot.com/contacts/24681357/record/0-3/91020', 'decisionmakerboughtin', 'negotiate'],
    ['hubspot/deal--custom-stage-id--2026-12-05.html', 'hubspot', 'https://app.hubspot.com/contacts/24681357/record/0-3/91021', '1063991961', null],
  ];

  it.each(idPages)('the page %s, showing its stage by HubSpot\'s internal id, keeps the id as its stage (%s %s → %s)', (file, crm, url, stage, sop) => {
    const page = loadFixture(file, url);
    const result = SITE_ADAPTERS[crm].extract(page.document, page.url);
    if (!result.ok || !result.record) throw new Error('expected a deal');
    expect(result.record.stage).toBe(stage);
    expect(mapCrmStage(undefined, crm, stage)).toBe(sop);
  });

  it('maps a HubSpot stage id by the team table\'s row for the id, else for its stock label; a numeric id only by its own row', () => {
    const team = [
      { crm: 'hubspot', stage: 'Contract sent', sop: 'negotiate' },
      { crm: 'hubspot', stage: 'closedwon', sop: 'retain' },
      { crm: 'hubspot', stage: 'Closed won', sop: 'deliver' },
      { crm: 'hubspot', stage: '1063991961', sop: 'discover' },
    ] as const;
    expect(mapCrmStage(team, 'hubspot', 'contractsent')).toBe('negotiate');
    expect(mapCrmStage(team, 'hubspot', 'closedwon')).toBe('retain');
    expect(mapCrmStage(team, 'hubspot', '1063991961')).toBe('discover');
    // Not in this team's table at all, by id or by label.
    expect(mapCrmStage(team, 'hubspot', 'qualifiedtobuy')).toBeNull();
    expect(mapCrmStage(team, 'hubspot', '1063991962')).toBeNull();
  });

  it.each(pages)('the Chinese-UI page %s (%s) reads its stage by the label the page shows, which maps', (file, crm, url, stage, sop) => {
    const page = loadFixture(file, url);
    const result = SITE_ADAPTERS[crm].extract(page.document, page.url);
    if (!result.ok || !result.record) throw new Error('expected a deal');
    expect(result.record.stage).toBe(stage);
    expect(mapCrmStage(undefined, crm, stage)).toBe(sop);
  });
});
