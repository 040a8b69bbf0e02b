import { describe, expect, it } from 'vitest';
import { siteForUrl } from '../hosts';
import { parseAmount } from './amount';
import { fieldForLabel, isPersonRoleLabel } from './fields';

describe('CRM amounts', () => {
  it.each([
    ['$48,000.00', 48_000],
    ['€45.000', 45_000],
    ['€45.000,50', 45_000.5],
    ['₹ 42,00,000.00', 4_200_000],
    ['CN¥ 800,000', 800_000],
    ['45万', 450_000],
    ['1.2M', 1_200_000],
    ["CHF 12'500", 12_500],
  ])('reads %s', (text, expected) => {
    expect(parseAmount(text)).toBe(expected);
  });

  it('finds no amount in words', () => {
    expect(parseAmount('to be confirmed')).toBeUndefined();
  });
});

describe('CRM field labels', () => {
  it.each([
    ['Email', 'email'],
    ['* Close Date:', 'closeDate'],
    ['邮箱：', 'email'],
    ['商機階段', 'stage'],
    ['Deal owner', 'owner'],
    ['Expected Revenue', null],
    // Any object's owner, in our three languages (Salesforce's 简体中文 and 繁體中文 owner labels among them).
    ['Opportunity Owner', 'owner'],
    ['业务机会所有人', 'owner'],
    ['商機擁有者', 'owner'],
    ['Ownership', null],
    ['所有人员的备注与跟进要求', null],
    ['结束日期', 'closeDate'],
    ['交易阶段', 'stage'],
  ])('%s is %s', (label, field) => {
    expect(fieldForLabel(label)).toBe(field);
  });

  it.each([
    ['Role:', true],
    ['角色', true],
    ['聯絡人角色：', true],
    ['Title', false],
  ])('the contact-role term %s is a role on the deal: %s', (label, role) => {
    expect(isPersonRoleLabel(label)).toBe(role);
  });
});

describe('CRM hosts', () => {
  it.each([
    ['https://northwind.lightning.force.com/lightning/r/Opportunity/0065g00000HbLgQAAV/view', 'salesforce'],
    ['https://lightning.force.com/', null],
    ['https://evil.example/?x=.lightning.force.com', null],
    ['https://northwind.my.salesforce.com/0065g00000HbCl4', 'salesforce'],
    ['https://my.salesforce.com/0065g00000HbCl4', null],
    ['https://northwind.salesforce.com.evil.example/0065g00000HbCl4', null],
    ['https://nordwind.pipedrive.com/deal/1', 'pipedrive'],
    ['https://pipedrive.com.evil.example/deal/1', null],
    ['http://nordwind.pipedrive.com/deal/1', null],
    ['https://crm.zoho.com.cn/crm/tab/Leads/123456', 'zoho'],
    ['https://www.fxiaoke.com/XV/UI/Home#crm/detail/=/AccountObj/1', 'fxiaoke'],
  ])('%s belongs to %s', (url, site) => {
    expect(siteForUrl(url)).toBe(site);
  });
});
