import { describe, expect, it } from 'vitest';
import { returnedRedline } from './redline';

describe('a contract sent back marked up', () => {
  it('is read in their words, whatever the language', () => {
    for (const text of ['Hi Sam, attached is the MSA with our redlines - mostly sections 7 and 9.', "Legal has sent back redlines on the agreement.", "We've marked up the order form, see attached.", 'Our tracked changes are in the attached contract.', '合同我们法务改了几处，修订版附上，标红的地方请确认。', '法務已在合約上以追蹤修訂方式加註意見，請參閱附件。', '合约我哋改咗少少，批注喺附件度。']) expect(returnedRedline(text), text).not.toBeNull();
  });

  it('is not a redline promised for later, nor a markup of something else', () => {
    for (const text of ['Legal will send the redlines on Friday.', '法务还在改，后天把修订版发给您', 'Attached is the marked-up floor plan for the install.', 'Could you send me your contract template?', '修订版的报价单什么时候能发过来？']) expect(returnedRedline(text), text).toBeNull();
  });
});
