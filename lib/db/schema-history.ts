/**
 * Every schema the database has had, in order, as its `version(n).stores()` calls were written in
 * `database.ts`. The upgrade tests (unit and e2e) write a store as each earlier version did and open
 * it with today's build. A new version adds its row here (a unit test checks the count).
 */
export const SCHEMA_HISTORY: readonly Record<string, string>[] = [
  { contacts: 'id, *identities, capturedAt, stage, name', tabStates: 'tabId' },
  { touches: '++id, contactId, at', playbooks: 'id' },
  { touches: '++id, contactId, at, &messageKey' },
  { merges: '++id, targetId, at' },
  { notes: '++id, contactId, at', trackUses: '++id, contactId, trackId, objection, at', drillAnswers: '++id, at, questionId' },
  { deals: 'id, capturedAt, *contactIds' },
  { readerCorrections: '++id, at' },
  {
    contacts: 'id, *identities, capturedAt, stage, name, nameKey, *searchWords, [stage+capturedAt]',
    touches: '++id, contactId, at, &messageKey, [contactId+at]',
    queue: 'key, [tier+due], contactId, dealId',
    meta: 'key',
  },
  { dashDays: 'day', dashContribs: 'key', dashDirty: 'key' },
  { crmOutbox: 'id, [crm+state+nextAt], [crm+state+createdAt]', crmConnections: 'crm' },
  { teamActivities: 'id, [crm+at]', teamSyncs: 'crm', teamDays: 'key, [crm+day]' },
  { queue: 'key, [tier+due], contactId, dealId, stage, ahead, unmapped' },
  { judgedPaths: 'key' },
  {},
  { contacts: 'id, *identities, capturedAt, stage, name, nameKey, *searchWords, [stage+capturedAt], [judgedStage+capturedAt]' },
];
