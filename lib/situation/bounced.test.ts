import { describe, expect, it } from 'vitest';
import { bouncedNotice } from './bounced';

describe('bouncedNotice', () => {
  it('reads a delivery failure or a mailbox nobody reads, in three languages', () => {
    for (const text of [
      "Address not found\n\nYour message wasn't delivered to anna.berg@kestrel.example because the address couldn't be found.",
      'Undeliverable: Proposal for Q1',
      '550 5.1.1 The email account that you tried to reach does not exist.',
      'This mailbox is no longer monitored. Please direct all enquiries to info@pennine.example.',
      '系统退信：您发送的邮件无法送达以下收件人',
      '收件人地址不存在（550 User not found）',
      '您好，此信箱已停止使用，來信將不再有人處理。',
    ]) expect(bouncedNotice(text), text).not.toBeNull();
  });

  it('names the address it sends us to, without its full stop', () => {
    expect(bouncedNotice('This mailbox is no longer monitored. Please direct all enquiries to info@pennine.example.')?.to).toBe('info@pennine.example');
    expect(bouncedNotice('此信箱已停止使用。如有業務往來請改寄 service@liancheng.example，謝謝。')?.to).toBe('service@liancheng.example');
    expect(bouncedNotice('Address not found. Your message wasn’t delivered to anna@kestrel.example.')?.to).toBeNull();
  });

  it('leaves their own words about delivery alone', () => {
    for (const text of ['About 3% of our parcels are undeliverable, and the delivery failed twice last week.', '快递投递失败的问题一直困扰我们', 'The delivery address does not exist in your system, please correct it.', 'When can the sensors be delivered to our Gdansk site?', 'Our old system is no longer fit for purpose.', '货什么时候能送达？', 'The invoice address is not valid for our AP team, please correct it.']) expect(bouncedNotice(text), text).toBeNull();
  });

  it('names the address the notice gives instead, whole (a full stop inside it ends no sentence)', () => {
    expect(bouncedNotice('Mark Ellis is no longer with Acme Freight and this mailbox is no longer monitored. Please contact jane.doe@acmefreight.example instead.')?.to).toBe('jane.doe@acmefreight.example');
    expect(bouncedNotice('This mailbox is no longer monitored. For anything urgent, reach out to our office manager at office@pennine.example.')?.to).toBe('office@pennine.example');
    const zh = bouncedNotice('该邮箱已停止使用，请改寄 zhaolei@huachen.example，谢谢。');
    expect(zh).toEqual({ text: '该邮箱已停止使用，请改寄 zhaolei@huachen.example，谢谢。', to: 'zhaolei@huachen.example' });
    expect(bouncedNotice('此電子信箱已停用，請寄到 service@hongshuo.example')?.to).toBe('service@hongshuo.example');
  });
});
