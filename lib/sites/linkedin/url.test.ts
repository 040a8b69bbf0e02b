import { describe, expect, it } from 'vitest';
import { parseProfileUrl } from './url';

describe('parseProfileUrl', () => {
  it.each([
    ['https://www.linkedin.com/in/jane-doe-1a2b/', 'linkedin:jane-doe-1a2b'],
    ['https://cn.linkedin.com/in/Jane-Doe-1A2B?locale=zh_CN', 'linkedin:jane-doe-1a2b'],
    ['https://linkedin.com/in/jane-doe-1a2b/details/experience/', 'linkedin:jane-doe-1a2b'],
    ['https://m.linkedin.com/in/jane-doe-1a2b#top', 'linkedin:jane-doe-1a2b'],
    ['https://www.linkedin.com/in/%E7%8E%8B%E5%B0%8F%E6%98%8E-a1b2c3/', 'linkedin:王小明-a1b2c3'],
  ])('%s is %s', (url, identity) => {
    expect(parseProfileUrl(url)?.identity).toBe(identity);
  });

  it.each([
    ['https://www.linkedin.com/in/ACoAAB1c2VyLWtlbmppLXRhbmFrYS1mYWtlMDE', 'ACoAAB1c2VyLWtlbmppLXRhbmFrYS1mYWtlMDE'],
    ['https://www.linkedin.com/in/ACwAAAB1c2VyLWRhbmllbA/overlay/contact-info/', 'ACwAAAB1c2VyLWRhbmllbA'],
    ['https://de.linkedin.com/in/ACoAAB_x9Zq-Mei0LinChen4b21a7xYz/?miniProfileUrn=urn%3Ali%3Afs', 'ACoAAB_x9Zq-Mei0LinChen4b21a7xYz'],
  ])('keeps the case of the member id in %s (it is case-sensitive)', (url, id) => {
    const ref = parseProfileUrl(url);
    expect(ref).toMatchObject({ slug: id, identity: `linkedin:${id}`, profileUrl: `https://www.linkedin.com/in/${id}/` });
  });

  it('tells two member ids that differ only in case apart', () => {
    const a = parseProfileUrl('https://www.linkedin.com/in/ACoAABcDeFgHiJkLmNoP/');
    const b = parseProfileUrl('https://www.linkedin.com/in/ACoAABCDEFGHIJKLMNOP/');
    expect(a?.identity).not.toBe(b?.identity);
  });

  it.each([
    // Vanity slugs stay case-insensitive, including ones that merely start like a member id.
    ['https://www.linkedin.com/in/Jane-Doe-1A2B/', 'linkedin:jane-doe-1a2b'],
    ['https://www.linkedin.com/in/ACoAA/', 'linkedin:acoaa'],
    ['https://www.linkedin.com/in/AcoaaBigSlug-Here/', 'linkedin:acoaabigslug-here'],
  ])('lower-cases the vanity slug %s', (url, identity) => {
    expect(parseProfileUrl(url)?.identity).toBe(identity);
  });

  it('gives one canonical URL for every spelling', () => {
    const urls = ['https://de.linkedin.com/in/JANE-doe/', 'https://www.linkedin.com/in/jane-doe?trk=x'];
    expect(new Set(urls.map((u) => parseProfileUrl(u)?.profileUrl))).toEqual(new Set(['https://www.linkedin.com/in/jane-doe/']));
  });

  it.each([
    'https://www.linkedin.com/company/acme/',
    'https://evil.example/in/jane-doe/',
    'https://www.linkedin.com.evil.example/in/jane/',
    'https://www.linkedin.com/in/%E0%A4%A/',
    'not a url',
  ])('rejects %s', (url) => {
    expect(parseProfileUrl(url)).toBeNull();
  });
});
