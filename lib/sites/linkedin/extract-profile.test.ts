import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../../tests/support/fixtures';
import { linkedinAdapter } from '.';

function extract(fixture: string, url: string) {
  const page = loadFixture(`linkedin/${fixture}`, url);
  return linkedinAdapter.extract(page.document, page.url);
}

describe('LinkedIn profile extraction', () => {
  it('reads the 2024 artdeco top card, about and grouped experience', () => {
    const result = extract('profile--gen2024--2024-06-12.html', 'https://www.linkedin.com/in/mei-lin-chen-4b21a7/');
    expect(result).toEqual({
      ok: true,
      kind: 'linkedin-profile',
      contact: {
        source: 'linkedin',
        identity: 'linkedin:mei-lin-chen-4b21a7',
        profileUrl: 'https://www.linkedin.com/in/mei-lin-chen-4b21a7/',
        name: 'Mei Lin Chen',
        headline: 'VP Operations at Orchid Precision Manufacturing | Lean & Six Sigma | Scaling contract manufacturing in APAC',
        company: 'Orchid Precision Manufacturing',
        title: 'VP Operations',
        location: 'Suzhou, Jiangsu, China',
        about:
          'I run operations for a 1,200-person contract manufacturer. We moved scheduling off spreadsheets last year and are now looking at supplier quality and inventory turns.',
        experience: [
          { title: 'VP Operations', company: 'Orchid Precision Manufacturing', dateRange: 'Mar 2021 - Present · 3 yrs 4 mos' },
          { title: 'Operations Manager', company: 'Lotus Foods Group', dateRange: 'Jan 2019 - Feb 2021 · 2 yrs 2 mos' },
          { title: 'Plant Scheduler', company: 'Lotus Foods Group', dateRange: 'Jan 2015 - Dec 2018 · 4 yrs' },
        ],
      },
    });
  });

  it('reads the 2024 generation in the 简体中文 UI: Chinese date ranges, the company from its Chinese label', () => {
    const url = 'https://www.linkedin.com/in/zhou-yaqin-8d21c4/';
    expect(extract('profile--gen2024-zh-cn--2026-11.html', url)).toEqual({
      ok: true,
      kind: 'linkedin-profile',
      contact: {
        source: 'linkedin',
        identity: 'linkedin:zhou-yaqin-8d21c4',
        profileUrl: url,
        name: '周雅琴',
        headline: '苏州兰芯精密制造 运营副总裁 | 精益生产与六西格玛 | 亚太区代工产能扩张',
        company: '苏州兰芯精密制造',
        title: '运营副总裁',
        location: '中国 江苏 苏州',
        about: '负责一家 1200 人代工厂的运营。去年把排产从 Excel 搬到了系统上，现在在看供应商质量和库存周转。',
        experience: [
          { title: '运营副总裁', company: '苏州兰芯精密制造', dateRange: '2021年3月 - 至今 · 3年4个月' },
          { title: '运营经理', company: '莲花食品集团', dateRange: '2019年1月 - 2021年2月 · 2年2个月' },
          { title: '工厂排产主管', company: '莲花食品集团', dateRange: '2015年1月 - 2018年12月 · 4年' },
        ],
      },
    });
    // An icon-only company button: the name is in its label, which ends at the full stop (no space follows a Chinese one).
    const page = loadFixture('linkedin/profile--gen2024-zh-cn--2026-11.html', url);
    const button = page.document.querySelector('button[aria-label^="当前公司"]');
    for (const text of button?.querySelectorAll('div, span') ?? []) text.textContent = '';
    const result = linkedinAdapter.extract(page.document, page.url);
    expect(result.ok && result.contact?.company).toBe('苏州兰芯精密制造');
  });

  it('reads the 2022 pv-top-card generation', () => {
    const result = extract('profile--gen2022--2022-09-03.html', 'https://www.linkedin.com/in/daniel-okafor-77b1/');
    expect(result).toEqual({
      ok: true,
      kind: 'linkedin-profile',
      contact: {
        source: 'linkedin',
        identity: 'linkedin:daniel-okafor-77b1',
        profileUrl: 'https://www.linkedin.com/in/daniel-okafor-77b1/',
        name: 'Daniel Okafor',
        headline: 'Head of Procurement at Northwind Logistics',
        company: 'Northwind Logistics',
        title: 'Head of Procurement',
        location: 'Rotterdam, South Holland, Netherlands',
        experience: [
          { title: 'Head of Procurement', company: 'Northwind Logistics', dateRange: 'Feb 2020 - Present · 2 yrs 8 mos' },
          { title: 'Category Manager, Freight', company: 'Maas Shipping B.V.', dateRange: '2015 - 2020 · 5 yrs' },
        ],
      },
    });
  });

  it('reads the 2025 hashed-class generation with a CJK name and a percent-encoded slug', () => {
    const result = extract(
      'profile--gen2025-hashed-cjk--2025-08-20.html',
      'https://www.linkedin.com/in/%E7%8E%8B%E5%B0%8F%E6%98%8E-a1b2c3/',
    );
    expect(result).toEqual({
      ok: true,
      kind: 'linkedin-profile',
      contact: {
        source: 'linkedin',
        identity: 'linkedin:王小明-a1b2c3',
        profileUrl: 'https://www.linkedin.com/in/%E7%8E%8B%E5%B0%8F%E6%98%8E-a1b2c3/',
        name: '王小明',
        headline: '信息技术总监 @ 华辰零售集团 | 全渠道零售数字化',
        company: '华辰零售集团',
        title: '信息技术总监',
        location: '中国 上海',
        about: '负责集团 300 家门店的 IT 与数据平台。正在评估新的库存与会员系统,重点关注和现有 SAP 的集成。',
      },
    });
  });

  it('reads the 2026 server-driven generation: the name a paragraph beside the verified badge, About and Experience cards named by their views without anchors', () => {
    const result = extract('profile--gen2026-sdui--2026-12-05.html', 'https://www.linkedin.com/in/lucia-fernandez-ortega-9c2b1a/');
    expect(result).toEqual({
      ok: true,
      kind: 'linkedin-profile',
      contact: {
        source: 'linkedin',
        identity: 'linkedin:lucia-fernandez-ortega-9c2b1a',
        profileUrl: 'https://www.linkedin.com/in/lucia-fernandez-ortega-9c2b1a/',
        name: 'Lucía Fernández Ortega',
        headline: 'Head of Supply Chain at Grupo Alvedra · Cold-chain and warehouse automation',
        company: 'Grupo Alvedra',
        title: 'Head of Supply Chain',
        location: 'Madrid, Community of Madrid, Spain',
        about: 'I run supply chain for 38 stores and two regional warehouses. This year: replacing our spreadsheet-based replenishment and getting cold-chain temperature data in one place.',
        experience: [
          { title: 'Head of Supply Chain', company: 'Grupo Alvedra', dateRange: 'Mar 2022 - Present · 2 yrs 10 mos' },
          { title: 'Logistics Planning Manager', company: 'Frutas Levante S.L.', dateRange: '2016 - 2022 · 6 yrs' },
        ],
      },
    });
  });

  it('refuses a redesigned page instead of guessing', () => {
    const result = extract('profile--broken-layout--2026-11-01.html', 'https://www.linkedin.com/in/kai-lindqvist/');
    expect(result).toEqual({
      ok: false,
      error: { code: 'layout-not-recognised', site: 'linkedin', kind: 'linkedin-profile', missing: ['top-card'] },
    });
  });

  it('refuses a page still showing loading placeholders', () => {
    const result = extract('profile--loading-skeleton--2024-06-12.html', 'https://www.linkedin.com/in/mei-lin-chen-4b21a7/');
    expect(result).toMatchObject({ ok: false, error: { missing: ['name'] } });
  });

  // Found by the fixture fuzz (tests/unit/fuzz-fixtures.test.ts): each once read a wrong value.
  it.each([
    ['profile--gen2024--2024-06-12.html', 'https://www.linkedin.com/in/mei-lin-chen-4b21a7/', '[data-generated-suggestion-target]'],
    ['profile--gen2025-hashed-cjk--2025-08-20.html', 'https://www.linkedin.com/in/%E7%8E%8B%E5%B0%8F%E6%98%8E-a1b2c3/', '._4c7d9e'],
  ])('never takes the company, school or location for a missing headline (%s)', (fixture, url, headline) => {
    const page = loadFixture(`linkedin/${fixture}`, url);
    page.document.querySelector(headline)?.remove();
    expect(linkedinAdapter.extract(page.document, page.url)).toMatchObject({ ok: false, error: { missing: ['headline'] } });
  });

  it('never takes the school for the company when the current-company button is gone', () => {
    const page = loadFixture('linkedin/profile--gen2022--2022-09-03.html', 'https://www.linkedin.com/in/daniel-okafor-77b1/');
    page.document.querySelector('button[aria-label^="Current company"]')?.closest('li')?.remove();
    expect(linkedinAdapter.extract(page.document, page.url)).toMatchObject({ ok: true, contact: { company: 'Northwind Logistics' } });
  });

  it('leaves out an experience entry whose bold title is gone rather than reading its company as the title', () => {
    const page = loadFixture('linkedin/profile--gen2024--2024-06-12.html', 'https://www.linkedin.com/in/mei-lin-chen-4b21a7/');
    page.document.querySelector('#experience ~ * .t-bold')?.remove();
    const result = linkedinAdapter.extract(page.document, page.url);
    expect(result.ok && result.contact?.experience?.map((e) => e.title)).toEqual(['Operations Manager', 'Plant Scheduler']);
    expect(result.ok && result.contact?.title).toBe('Operations Manager');
  });

  it('reads no about rather than its "…see more" button', () => {
    const page = loadFixture('linkedin/profile--gen2024--2024-06-12.html', 'https://www.linkedin.com/in/mei-lin-chen-4b21a7/');
    page.document.querySelector('#about')?.closest('section')?.querySelector('[class*="inline-show-more-text"] > span[aria-hidden="true"]')?.remove();
    const result = linkedinAdapter.extract(page.document, page.url);
    expect(result.ok && result.contact).not.toHaveProperty('about');
  });

  it('takes the name from the link when no heading element is used', () => {
    const page = loadFixture('linkedin/profile--gen2024--2024-06-12.html', 'https://www.linkedin.com/in/mei-lin-chen-4b21a7/');
    const h1 = page.document.querySelector('h1');
    h1?.replaceWith(page.document.createTextNode('Mei Lin Chen'));
    const result = linkedinAdapter.extract(page.document, page.url);
    expect(result.ok && result.contact?.name).toBe('Mei Lin Chen');
  });
});

describe('LinkedIn page detection', () => {
  it.each([
    ['https://www.linkedin.com/in/jane-doe/', 'linkedin-profile'],
    ['https://www.linkedin.com/in/jane-doe', 'linkedin-profile'],
    ['https://www.linkedin.com/in/jane-doe/overlay/contact-info/', 'linkedin-profile'],
    ['https://www.linkedin.com/in/jane-doe/details/experience/', null],
    ['https://www.linkedin.com/feed/', null],
    ['https://www.linkedin.com/company/acme/', null],
  ])('%s → %s', (url, kind) => {
    expect(linkedinAdapter.detect(new URL(url))).toBe(kind);
  });
});
