import { describe, expect, it } from 'vitest';
import { findReferral, leaverIs, leftNotice, namesPerson, signsOff } from './referral';

describe('findReferral', () => {
  it.each([
    ["I'm not the right person for this. Please talk to my colleague Jan Hoffmann, he runs maintenance planning: jan.hoffmann@rhein-metall.example", 'Jan Hoffmann', 'jan.hoffmann@rhein-metall.example'],
    ['talk to my colleague Jan, she owns this', 'Jan', null],
    ['Please loop in Priya Nair from IT.', 'Priya Nair', null],
    ['You should speak with our CFO, Maria Lopez.', 'Maria Lopez', null],
    ['这个你找我们采购部的王经理吧，他负责这块。', '王经理', null],
    ['你可以直接联系我们 IT 部的李伟，他负责系统选型。', '李伟', null],
    ['這部分請聯絡我同事 陳小姐，她負責採購，我已經跟她提過了。', '陳小姐', null],
    // said indirectly: whose it is, a replacement, the person they would want
    ["I'm moving to a new role next week; my replacement is Daniel Ortiz (daniel.ortiz@brightline.example).", 'Daniel Ortiz', 'daniel.ortiz@brightline.example'],
    ['From Monday Aisha Khan will take it from here, I am cc-ing her.', 'Aisha Khan', null],
    ["Honestly the person you'll want is Tomasz Wójcik in our plant IT team.", 'Tomasz Wójcik', null],
    ['这事归采购部李经理管，我这边说了不算。', '李经理', null],
    ['這個案子由資訊部林經理負責，您直接寫信給他比較快。', '林經理', null],
    ['系统选型这块是张总在管的。', '张总', null],
    ['这个事情我做不了主，你找我们IT的张工聊吧。', '张工', null],
    ['Thanks - looping in my colleague Sarah Kim, who runs procurement.', 'Sarah Kim', null],
    // a forward that only adds someone, past forms, a contact named for the future
    ['+ Priyanka Shah\n\nPriyanka runs our vendor reviews, I will let her take it from here.', 'Priyanka Shah', null],
    ["I've cc'd Lena Vogt from purchasing.", 'Lena Vogt', null],
    ['Going forward, Jenna Park will be your main contact.', 'Jenna Park', null],
    ['While I am away please contact my colleague Sophie Martin (sophie.martin@nordlicht.example).', 'Sophie Martin', 'sophie.martin@nordlicht.example'],
  ])('%s → %s', (text, name, email) => {
    expect(findReferral(text)).toMatchObject({ name, email });
  });

  it('reads a referral to a role or a team with no name', () => {
    expect(findReferral('Please reach out to our procurement team, they handle new vendors.')).toMatchObject({ name: null });
    expect(findReferral('麻烦您联系一下我们的负责人。')).toMatchObject({ name: null });
  });

  it.each(['Not the right person, sorry.', "Wrong person I'm afraid - I only handle payroll.", '不好意思，这块不归我管。', '這個不是我負責的。'])('reads "not me" with no name as a referral to ask about: %s', (text) => {
    expect(findReferral(text)).toMatchObject({ name: null, left: false });
  });

  // Hand-offs: whose it is after "not my area", and a pass to someone who will write to us (C4 of the probe)
  it.each([
    ["Not really my area I'm afraid. Jordan Price runs procurement, she's the one to talk to.", 'Jordan Price'],
    ["Honestly not something I deal with. Marco Bellini heads up our IT team, he's the person you want.", 'Marco Bellini'],
    ['Forwarded this to Priya Raman in ops - she will reach out to you this week.', 'Priya Raman'],
    ["I've passed your note on to our head of IT, he'll be in touch directly.", null],
    ['收到，我轉咗俾我哋IT主管睇咗，佢會直接搵你。', null],
    ['我已经把方案转给我们IT负责人了，他会直接联系你。', null],
    ['已轉交給資訊部陳經理，他會再與您聯絡。', '陳經理'],
    ['呢樣唔係我負責，你搵我哋採購部嘅陳小姐啦。', '陳小姐'],
  ])('reads a hand-off: %s → %s', (text, name) => {
    expect(findReferral(text)).toMatchObject({ name, left: false });
  });

  it('quotes the sentence that hands over, not the thanks before it', () => {
    expect(findReferral('Thanks Sam. Adding Karen Doyle, our finance director, who signs off on anything over 25k.')).toMatchObject({ name: 'Karen Doyle', text: 'Adding Karen Doyle, our finance director, who signs off on anything over 25k.' });
    expect(findReferral('Great, thanks! Looping in Tom Reyes, our COO, who approves every new vendor.')?.text).toBe('Looping in Tom Reyes, our COO, who approves every new vendor.');
  });

  it.each([
    "I've forwarded this to our CFO and will come back to you after she's had a look.",
    '我转给老板看看，有消息我再联系你。',
    '我轉咗俾老細睇，有消息我再搵你。',
    'Not really my area of expertise, but it looks great - happy to chat Tuesday.',
    'Tuesday works. Jordan runs the demo room, she will let you in.',
    'Sam, Karen here. Before I can approve I need the full three-year cost, including implementation.',
  ])('is no hand-off: %s', (text) => {
    expect(findReferral(text)).toBeNull();
  });

  it('reads someone leaving who names their successor', () => {
    expect(findReferral("Quick heads up - I'm leaving Brightline at the end of the month. Going forward, Jenna Park will be your main contact.")).toMatchObject({ name: 'Jenna Park', left: true });
  });

  it.each(['I will talk to my boss.', 'I need to talk to my boss first before we go any further.', '我得找领导商量一下。', '你找一下资料吧', 'Can we talk next week?', 'Please send me the proposal.', '我是采购部王经理，负责供应商引入。', '这个项目由我负责，有问题找我就行。', 'He will take it from here.', 'Adding the notes from our team below.'])('is no referral: %s', (text) => {
    expect(findReferral(text)).toBeNull();
  });
});

describe('signsOff', () => {
  it.each(['Adding Karen Doyle, our finance director, who signs off on anything over 25k.', 'Looping in Tom Reyes, who has the final say on new vendors.', '我把财务总监王丽拉进来了，超过五万的都要她审批。', '加埋我哋財務總監陳生，呢單佢話事。'])('the person brought in approves: %s', (text) => {
    expect(signsOff(text)).toBe(true);
  });
  it.each(['Adding Priya from IT, she will look at the integration.', 'Looping in my colleague Sarah Kim, who runs procurement.', '我把IT主管拉进来了，他看一下对接。', '加埋我同事阿明，佢負責安裝。'])('the person brought in does not: %s', (text) => {
    expect(signsOff(text)).toBe(false);
  });
});

describe('leftNotice', () => {
  it.each([
    // the successor named after, before, by a bare name, a title or a Cantonese verb
    ['Sarah has left the company; please contact James Ortiz, who now looks after procurement.', 'James Ortiz'],
    ['Anna Kowalski no longer works at Vistula Logistics. For enquiries please contact Tomasz Zielinski (tomasz.zielinski@vistula-logistics.example).', 'Tomasz Zielinski'],
    ["I'm afraid Anna has now left Vistula Logistics. Her role has been picked up by Priya Shah, who you can reach on priya.shah@vistula-logistics.example.", 'Priya Shah'],
    ['您好，王经理已于上月离职，此项目现由刘敏负责，邮箱 liumin@huadong.example。', '刘敏'],
    ['【自动回复】王强已离职，相关业务请联系李娜（lina@huadong.example）。', '李娜'],
    ['您好，陳經理已於上個月離職，此案目前由林雅婷接手，信箱 lin.yating@taiyang.example，再請與她聯繫。', '林雅婷'],
    ['你好，陳生上個月已經走咗，唔再喺公司做。呢個project而家由黃小姐跟，你可以直接搵佢：wong@taiyang.example', '黃小姐'],
    // nobody named: a team, a title, a department, or nothing
    ['Anna has left Vistula Logistics. Please reach out to our team at procurement@vistula-logistics.example and someone will help you.', null],
    ["Hi, Anna left us last month. Our new Head of Operations will be picking up her projects - I'd suggest you contact him directly via the main office.", null],
    ['Anna Kowalski is no longer with the company.', null],
    ['陳經理已離職，後續請洽採購部，謝謝。', null],
    ['我们王经理已经离职了，新的对接人还没定。', null],
  ])('%s → %s', (text, name) => {
    expect(leftNotice(text)).toMatchObject({ name, left: true });
  });

  it.each([
    // the writer's own move or coming departure, the writer who took over, someone leaving for the day, a leave
    "I've left Vistula and joined Coastal Foods as COO.",
    '我已经离职了，现在在华辰零售做运营。',
    "Heads up - Friday is my last day here, I'm moving on to a new role.",
    "Hello Sam, James Ortiz here - I've taken over Anna's accounts since she left Vistula at the end of November.",
    '你好，我是刘敏，接手了王经理的工作，他已经离职了。之后这个项目找我就行。',
    'Anna just left for the airport, she will call you tomorrow.',
    '陳生啱啱走咗去開會，遲啲覆你。',
    '王经理已经下班了，明天再联系您。',
    'I am out of the office until 14 December.',
  ])('no one has left: %s', (text) => {
    expect(leftNotice(text)).toBeNull();
  });

  // (review rfB: someone else's leaving, a vendor, a role with no name, the writer's side, a trip: no left notice)
  it.each([
    'We left Salesforce last year because it was too expensive, so we are looking again.',
    "Our previous vendor's account manager has left the company, which is partly why we are looking.",
    'Tom left Monday for the trade show in Singapore; he is back on the 14th.',
    'Our CFO is no longer with the company, so budget approvals are on hold until January.',
    '我们的项目经理已经离职了，新的人还没定，我们下个月再聊。',
    '我們的專案經理已經離職了，新的人還沒定，下個月再談。',
    '我哋個IT主管上個月已經辭咗職，新嘅人未定，下個月再傾。',
  ])('is no left notice: %s', (text) => {
    expect(leftNotice(text)).toBeNull();
    expect(findReferral(text)?.left ?? false).toBe(false);
  });
});

describe('a referral in other words (probe 3, cause 5)', () => {
  it.each([
    ["Hi Sam,\n\nThanks, but I'm not the right person for this I'm afraid - systems like that sit with our Head of IT, Priya Shah (priya.shah@harrowpike.example). She'd be the one to talk to.\n\nCheers,\nOliver", 'Priya Shah', 'priya.shah@harrowpike.example'],
    ["Not really my area - that falls under Tom Reyes in operations. He'd be the one to talk to.", 'Tom Reyes', null],
    ['Wrong person, sorry. Procurement is handled by Ana Costa (ana.costa@northgate.example).', 'Ana Costa', 'ana.costa@northgate.example'],
    ['Hi Sam, thanks for this. Copying Mark Olsen, our Head of Finance, who owns this area. Mark, over to you.', 'Mark Olsen', null],
    ['Bringing in my colleague Sarah Kim, who runs facilities across the trust.', 'Sarah Kim', null],
    ['抄送我们财务总监李娜，她负责这块。', '李娜', null],
    ['呢啲系統唔係我負責，係IT部嘅陳生管，你搵佢啦。', '陳生', null],
    ['系统这块是李生在管的。', '李生', null],
  ])('%j → %s', (text, name, email) => {
    const found = findReferral(text);
    expect(found?.name).toBe(name);
    expect(found?.email ?? null).toBe(email);
  });
  // (生 is a title after a surname only: 医生, 学生 are no person's name)
  it.each(['排班这块由我们的医生负责，你们的系统要先过他们那关。', '排班這塊由我們的醫生負責，你們的系統要先過他們那關。', '呢個系統係我哋嘅學生負責試用。'])('%j names nobody by 生', (text) => {
    expect(findReferral(text)?.name ?? null).toBeNull();
  });
  it.each(['The decision sits with our board, they meet in January.', 'Copying the team for visibility.', "I'm copying this to my files for later.", 'Budget sits with finance this year.'])('%j names nobody to write to', (text) => {
    expect(findReferral(text)?.name ?? null).toBeNull();
  });
});

describe('who has left, by the name the notice gives (judge4)', () => {
  it.each([
    ['Sarah has left the company; please contact James Ortiz, who now looks after procurement.', 'Sarah'],
    ['Anna Kowalski is no longer with the company.', 'Anna Kowalski'],
    ['Hi Sam, quick update: Sarah left the company last week. The pilot is still on.', 'Sarah'],
    ['李娜已经离职了，项目还是继续推进。', '李娜'],
    ['您好，陳經理已於上個月離職，此案目前由林雅婷接手。', '陳經理'],
    ['你好，陳生上個月已經走咗，唔再喺公司做。', '陳生'],
    // (he or she, or nobody named: no name)
    ['She is no longer with the company.', null],
  ])('%s → %s', (text, leaver) => {
    expect(leftNotice(text)?.leaver ?? null).toBe(leaver);
  });

  it.each([
    ['Sarah', 'Sarah Lee', true],
    ['Anna Kowalski', 'Anna Kowalski', true],
    ['Sarah', 'Marc Dubois', false],
    ['王经理', '王强', true],
    ['陳生', '陳大文', true],
    ['李娜', '王强', false],
    ['李娜', '李明', false],
    ['林經理', '陳怡君', false],
  ] as const)('%s names %s: %s', (said, person, same) => {
    expect(namesPerson(said, person)).toBe(same);
  });
});

describe('whether the leaver named is our contact, someone else, or cannot be told (fixB)', () => {
  it.each([
    ['Anna Kowalski', 'Anna Kowalski', 'same'],
    ['Sarah', 'Sarah Lee', 'same'],
    ['王经理', '王强', 'same'],
    ['Sarah', 'Marc Dubois', 'other'],
    ['Anna Kowalski', 'Sarah Lee', 'other'],
    ['李娜', '王强', 'other'],
    ['林經理', '陳怡君', 'other'],
    // (written another way, or no name of theirs on record: not someone else)
    ['Fang Wang', '王芳', 'unsure'],
    ['王芳', 'Wang Fang', 'unsure'],
    ['Kate', 'Katherine Brown', 'unsure'],
    ['Bob', 'Robert Smith', 'unsure'],
    ['S. Lee', 'Sarah Lee', 'same'],
    ['S.', 'Sarah Brown', 'unsure'],
    ['Sarah Lee', 'slee@acme.example', 'unsure'],
  ] as const)('%s / %s → %s', (said, person, want) => {
    expect(leaverIs(said, person)).toBe(want);
  });
});

describe('a successor named in handover words (fixP: probe4 cause 2)', () => {
  it.each([
    ['跟你说个事，我这个月底就离职了。二期后面由运营部的陈婷接手，她的邮箱是 chenting@hetian.example，你直接联系她就行。', '陈婷', 'chenting@hetian.example'],
    ['之後由業務部的林雅婷跟進，有問題可以直接找她。', '林雅婷', null],
    ['這個案子會由陳家豪接手，我下週介紹你們認識。', '陳家豪', null],
    ['我上个月已经从华通离职了。华通那边的项目你可以找接替我的王洋。', '王洋', null],
    ['周总监电话里说他下个月调去集团总部，这个项目交给副总监吴磊负责。', '吴磊', null],
    ['我已经交接给同事张敏了，她会继续跟进。', '张敏', null],
    ['我下個月就唔做喇，接替我嘅係何嘉欣。', '何嘉欣', null],
    ['Marcus Webb is picking this up from Monday.', 'Marcus Webb', null],
    ['Your new contact will be Dana Reyes (dana.reyes@northgate.example).', 'Dana Reyes', 'dana.reyes@northgate.example'],
    ["I'm handing over to Priya Shah next week.", 'Priya Shah', null],
  ])('%s → %s', (text, name, email) => {
    const found = findReferral(text);
    expect(found?.name ?? null).toBe(name);
    expect(found?.email ?? null).toBe(email);
  });

  it.each([
    ['二期后面由运营部的同事接手。', null],
    ['这个方案由高层决定。', null],
    ['资料我已经转给她了，她会看。', null],
    ['付款流程交给你们财务处理就好。', null],
    ['这个项目由我负责，有问题找我。', null],
    ['We are picking this up again in January.', null],
  ])('names nobody: %s', (text, name) => {
    expect(findReferral(text)?.name ?? null).toBe(name);
  });
});
