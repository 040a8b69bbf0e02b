import { describe, expect, it } from 'vitest';
import { askedRedline, returnedRedline } from './redline';

describe('a contract sent back marked up', () => {
  it('is read in their words, whatever the language', () => {
    for (const text of ['Hi Sam, attached is the MSA with our redlines - mostly sections 7 and 9.', "Legal has sent back redlines on the agreement.", "We've marked up the order form, see attached.", 'Our tracked changes are in the attached contract.', '合同我们法务改了几处，修订版附上，标红的地方请确认。', '法務已在合約上以追蹤修訂方式加註意見，請參閱附件。', '合约我哋改咗少少，批注喺附件度。']) expect(returnedRedline(text), text).not.toBeNull();
  });

  it('is not a redline promised for later, nor a markup of something else', () => {
    for (const text of ['Legal will send the redlines on Friday.', '法务还在改，后天把修订版发给您', 'Attached is the marked-up floor plan for the install.', 'Could you send me your contract template?', '修订版的报价单什么时候能发过来？']) expect(returnedRedline(text), text).toBeNull();
  });
});

describe('a change to the contract asked for before they sign', () => {
  it('is read in their words, whatever the language, with the clause an "it" stands for', () => {
    const rows: [string, RegExp][] = [
      ['Hi Sam, legal reviewed. They will not sign with the automatic renewal in section 8. Can you strike it and send a clean copy? Otherwise all good.', /automatic renewal in section 8\. Can you strike it/],
      ['Could you remove the exclusivity clause and resend? Then we can sign this week.', /^Could you remove the exclusivity clause/],
      ['Our counsel needs the indemnity wording in clause 12 amended, please amend and send back the agreement.', /clause 12/],
      ['把自动续约那条删掉再发一版吧，其他没问题。', /自动续约/],
      ['法務看過了，第11條的違約金麻煩刪掉，再寄一份乾淨的版本給我們。', /違約金/],
      ['第8條自動續約可唔可以剷咗佢？剷咗就可以簽。', /自動續約/],
    ];
    for (const [text, quote] of rows) expect(askedRedline(text), text).toMatch(quote);
  });

  it('is not a request to remove something else, a question about a clause, nor markup sent back', () => {
    for (const text of ['Please remove me from your mailing list.', 'Can you drop the price by 10%?', 'Could you remove the two extra seats from the quote?', 'What does section 8 say about renewal?', '能不能把报价单再发一遍？', '麻煩把我從名單刪掉。', '合約第8條係咩意思？', 'Attached is the MSA with our redlines.', 'The liability cap does not work for us, can we change it?', '责任上限这条我们不能接受，能不能改一下？']) expect(askedRedline(text), text).toBeNull();
  });
});
