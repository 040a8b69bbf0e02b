import { describe, expect, it } from 'vitest';
import { movedOn } from './moved-on';

describe('movedOn: the writer has changed company', () => {
  it.each([
    ['Quick heads-up: I have moved on from Brightline and I am now COO at Coastal Foods.', 'Brightline Retail'],
    ["I've joined Coastal Foods as head of supply chain.", null],
    ['I started a new role at Harbor Logistics last month fyi', null],
    ["I'm now working for ACME Corp, so please update your records.", null],
    ["I'm now the new sales director at Northwind.", null],
    ['I left the company in October.', null],
    ["I'm no longer with Brightline.", 'Brightline Retail'],
    ["I've changed jobs since we last spoke.", null],
    ['不好意思，我上个月已经离职了。', null],
    ['我现在在华辰零售上班了。', null],
    ['我已經轉職到新公司了。', null],
    ['我上個月轉咗工喇。', null],
    ['我已经加入华辰科技了，以后多联系。', null],
  ])('%s', (text, company) => {
    expect(movedOn(text, company)).not.toBeNull();
  });

  it.each([
    ["We've moved to HubSpot last year, so we're covered.", 'Brightline Retail'],
    ['I moved the call to Friday.', null],
    ["I'm now at Heathrow, will reply tonight.", null],
    ["I'm now in a meeting with Tom, can I call you back?", null],
    ['I left London yesterday and am back on Monday.', 'Brightline Retail'],
    ['Our supplier has left the market.', null],
    ['我现在在公司上班，晚点回你。', null],
    ['我已经加入你们的群了。', null],
    ['我们已经换了供应商。', null],
    ['The team joined the call late.', null],
  ])('not: %s', (text, company) => {
    expect(movedOn(text, company)).toBeNull();
  });
});

describe('movedOn: the company named between the time and the leaving word (fixP: probe4 cause 2)', () => {
  it.each([
    ['Sam 你好，我上个月已经从华通离职了，现在在新锐电子做供应链。', '华通制造'],
    ['我已於上月從宏碩離職，目前在新公司任職。', null],
    ['我上個月已經由華通辭職咗。', null],
  ])('%s', (text, company) => {
    expect(movedOn(text, company)).not.toBeNull();
  });
  it.each([
    ['他上个月已经从华通离职了。', null],
    ['我上个月从上海出差回来了。', null],
    ['我下个月从华通离职。', null],
  ])('not: %s', (text, company) => {
    expect(movedOn(text, company)).toBeNull();
  });
});
