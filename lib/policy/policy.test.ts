import { describe, expect, it } from 'vitest';
import { NO_POLICY, parseManagedPolicy } from './policy';

const PIN = 'A1B2C3D4E5F60718293A4B5C6D7E8F90A1B2C3D4E5F60718293A4B5C6D7E8F90';

describe('parseManagedPolicy', () => {
  it('reads no policy (nothing set, or not an object) as everything allowed and nothing locked', () => {
    expect(parseManagedPolicy({})).toEqual(NO_POLICY);
    expect(parseManagedPolicy(undefined)).toEqual(NO_POLICY);
    expect(parseManagedPolicy('AllowLlm=false')).toEqual(NO_POLICY);
  });

  it('reads every key an admin sets, and locks each', () => {
    const policy = parseManagedPolicy({
      TeamPlaybookUrl: ' https://playbooks.northwind.example/sales/team.json ',
      TeamPlaybookSha256: PIN,
      AllowPersonalPlaybook: false,
      TeamCrm: 'HubSpot',
      TeamCrmInstanceUrl: 'https://northwind.my.salesforce.com',
      AllowLlm: true,
      AllowedLlmEndpoints: ['https://llm.northwind.example/v1', 'http://localhost:11434/v1'],
    });
    expect(policy).toEqual({
      teamPlaybookUrl: 'https://playbooks.northwind.example/sales/team.json',
      teamPlaybookSha256: PIN.toLowerCase(),
      allowPersonalPlaybook: false,
      teamCrm: 'hubspot',
      teamCrmInstanceUrl: 'https://northwind.my.salesforce.com/',
      allowLlm: true,
      allowedLlmEndpoints: ['https://llm.northwind.example/v1', 'http://localhost:11434/v1'],
      locked: ['TeamPlaybookUrl', 'TeamPlaybookSha256', 'AllowPersonalPlaybook', 'AllowLlm', 'TeamCrm', 'TeamCrmInstanceUrl', 'AllowedLlmEndpoints'],
      problems: [],
    });
  });

  it('ignores a value that does not fit, says why, and keeps the default for it (never throws)', () => {
    const policy = parseManagedPolicy({
      TeamPlaybookUrl: 'http://playbooks.northwind.example/team.json',
      TeamPlaybookSha256: 'sha256-abc',
      AllowPersonalPlaybook: 'no',
      TeamCrm: 'dynamics',
      TeamCrmInstanceUrl: 'https://user:secret@crm.example',
      AllowLlm: 0,
    });
    expect(policy).toEqual({ ...NO_POLICY, locked: [], problems: expect.any(Array) as unknown });
    expect(policy.problems).toEqual([
      { key: 'TeamPlaybookUrl', reason: 'not-https', value: 'http://playbooks.northwind.example/team.json' },
      { key: 'TeamPlaybookSha256', reason: 'not-sha256', value: 'sha256-abc' },
      { key: 'AllowPersonalPlaybook', reason: 'not-boolean', value: 'no' },
      { key: 'AllowLlm', reason: 'not-boolean', value: '0' },
      { key: 'TeamCrm', reason: 'unknown-crm', value: 'dynamics' },
      { key: 'TeamCrmInstanceUrl', reason: 'not-https', value: 'https://user:secret@crm.example' },
    ]);
  });

  it('keeps the good entries of an endpoint list; a list with none left allows no endpoint (it fails closed)', () => {
    const some = parseManagedPolicy({ AllowedLlmEndpoints: ['https://llm.example/v1', 'ftp://llm.example', 42] });
    expect(some.allowedLlmEndpoints).toEqual(['https://llm.example/v1']);
    expect(some.problems.map((p) => p.value)).toEqual(['ftp://llm.example', '42']);
    const none = parseManagedPolicy({ AllowedLlmEndpoints: ['not a url'] });
    expect(none.allowedLlmEndpoints).toEqual([]);
    expect(none.locked).toEqual(['AllowedLlmEndpoints']);
    // A single string where a list belongs (a hand-written JSON file) is read as a list of one.
    expect(parseManagedPolicy({ AllowedLlmEndpoints: 'https://llm.example/v1' }).allowedLlmEndpoints).toEqual(['https://llm.example/v1']);
  });

  it('shortens a long refused value', () => {
    const [problem] = parseManagedPolicy({ TeamPlaybookUrl: `ftp://${'x'.repeat(300)}` }).problems;
    expect(problem?.value).toHaveLength(120);
    expect(problem?.value.endsWith('…')).toBe(true);
  });
});
