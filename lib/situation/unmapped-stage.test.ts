import { describe, expect, it } from 'vitest';
import { unmappedCrmStage } from './unmapped-stage';

const record = (stage?: string) => ({ record: { type: 'deal' as const, recordId: 'r1', name: 'A deal', contacts: [], activity: [], fields: [], ...(stage ? { stage } : {}) } });

describe('unmappedCrmStage', () => {
  it('names the CRM stage when nothing but the default places the deal', () => {
    expect(unmappedCrmStage({ stage: { id: 'prospect', stored: 'prospect', suggested: null, crmBehind: null, crmAhead: null, evidence: [{ kind: 'stored', stage: 'prospect', quote: '' }] } }, record('Security review'))).toBe('Security review');
    expect(unmappedCrmStage({ stage: { id: 'prospect', stored: null, suggested: null, crmBehind: null, crmAhead: null, evidence: [] } }, record('Security review'))).toBe('Security review');
  });
  it('is null when the stage stands on something: the CRM mapped, the thread, the rep, a lost deal, no deal', () => {
    expect(unmappedCrmStage({ stage: { id: 'negotiate', stored: null, suggested: null, crmBehind: null, crmAhead: null, evidence: [{ kind: 'crm', stage: 'negotiate', quote: 'Proposal Made' }] } }, record('Proposal Made'))).toBeNull();
    expect(unmappedCrmStage({ stage: { id: 'negotiate', stored: null, suggested: null, crmBehind: null, crmAhead: null, evidence: [{ kind: 'quote', stage: 'negotiate', quote: 'the quote attached' }] } }, record('Security review'))).toBeNull();
    expect(unmappedCrmStage({ stage: { id: 'present', stored: 'present', suggested: null, crmBehind: null, crmAhead: null, evidence: [{ kind: 'stored', stage: 'present', quote: '' }] } }, record('Security review'))).toBeNull();
    expect(unmappedCrmStage({ stage: { id: 'lost', stored: null, suggested: null, crmBehind: null, crmAhead: null, evidence: [] } }, record('Lost – budget'))).toBeNull();
    expect(unmappedCrmStage({ stage: { id: 'prospect', stored: 'prospect', suggested: null, crmBehind: null, crmAhead: null, evidence: [] } }, null)).toBeNull();
  });
});
