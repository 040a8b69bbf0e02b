import { describe, expect, it } from 'vitest';
import { llmPolicyRefusal, startsWithEndpoint } from './llm-policy';

describe('startsWithEndpoint', () => {
  it.each([
    ['https://llm.northwind.example/v1', 'https://llm.northwind.example/v1', true],
    ['https://llm.northwind.example/v1/', 'https://llm.northwind.example/v1', true],
    ['https://llm.northwind.example/v1', 'https://llm.northwind.example', true],
    ['https://llm.northwind.example/v1', 'https://llm.northwind.example/', true],
    ['https://llm.northwind.example/v10', 'https://llm.northwind.example/v1', false],
    ['https://llm.northwind.example.evil.example/v1', 'https://llm.northwind.example', false],
    ['http://llm.northwind.example/v1', 'https://llm.northwind.example/v1', false],
    ['https://llm.northwind.example:8443/v1', 'https://llm.northwind.example/v1', false],
    ['https://user@llm.northwind.example/v1', 'https://llm.northwind.example/v1', false],
    ['not a url', 'https://llm.northwind.example', false],
  ])('%s under %s: %s', (baseUrl, prefix, expected) => {
    expect(startsWithEndpoint(baseUrl, prefix)).toBe(expected);
  });
});

describe('llmPolicyRefusal', () => {
  const url = 'https://api.openai.com/v1';
  it('allows any endpoint when the admin set nothing', () => {
    expect(llmPolicyRefusal({ allowLlm: true }, url)).toBeNull();
  });
  it('refuses everything when the LLM is not allowed, whatever the list', () => {
    expect(llmPolicyRefusal({ allowLlm: false, allowedLlmEndpoints: [url] }, url)).toBe('blocked');
  });
  it('refuses an endpoint off the list, and every endpoint when the list is empty', () => {
    expect(llmPolicyRefusal({ allowLlm: true, allowedLlmEndpoints: ['https://llm.northwind.example/v1'] }, url)).toBe('endpoint-blocked');
    expect(llmPolicyRefusal({ allowLlm: true, allowedLlmEndpoints: ['https://llm.northwind.example/v1', 'https://api.openai.com'] }, url)).toBeNull();
    expect(llmPolicyRefusal({ allowLlm: true, allowedLlmEndpoints: [] }, url)).toBe('endpoint-blocked');
  });
});
