import { describe, expect, it } from 'vitest';
import { cleanReply } from './reply';
import { isNameLine } from './signature-block';

describe('cleanReply drops a signature opened by a name, with no sign-off above it', () => {
  it.each([
    // English: name, then title / company / contact lines
    ['name, title | company', 'Let us pick this up next week.\n\nPriya Raman\nHead of Ops | Acme', 'Let us pick this up next week.'],
    ['name and title on one line', 'The price works for us, send the contract over.\n\nPriya Raman | Head of Ops', 'The price works for us, send the contract over.'],
    ['name with credentials, company with Ltd.', "We'll need a security review first.\n\nDaniel O'Connor, CISSP\nInformation Security Officer\nHarbour Freight Co. Ltd.", "We'll need a security review first."],
    ['no blank line, after a full stop', 'Too expensive for this year.\nMark de Vries\nProcurement Lead, Nordhaven BV\n+31 20 555 0199', 'Too expensive for this year.'],
    ['a first name and a department', 'Have a great week!\nBen | Finance', 'Have a great week!'],
    ['name, title, email and link', 'Could you send the SOC 2 report?\n\nAisha Bello\nVP Customer Success\naisha.bello@kestrel.example\nwww.kestrel.example', 'Could you send the SOC 2 report?'],
    ['name, company, phone with a label', 'Not this quarter, sorry.\n\nTom Becker\nBecker Logistics GmbH\nMobile: +49 171 555 0123', 'Not this quarter, sorry.'],
    ['initial and hyphenated surname', 'Happy to join the demo on the 14th.\n\nJ. Smith-Walker\nDirector of IT', 'Happy to join the demo on the 14th.'],
    ['name in capitals surname, Chinese person in English', 'We will decide after the board meeting.\n\nMin ZHOU\nGeneral Manager, East China Cold Chain', 'We will decide after the board meeting.'],
    ['a line per block (Gmail): a blank line between each', 'Hi Sam,\n\nWe can\'t go ahead at that price.\n\nPriya Raman\n\nHead of Operations | Larkspur Cold Storage Ltd\n\n+44 113 496 0721', 'Hi Sam,\n\nWe can\'t go ahead at that price.'],
    ['before quoted history', 'Yes, Tuesday at 10 works.\n\nPriya Raman\nHead of Ops | Acme\n\nOn Mon, Dec 1, 2026 at 9:00 AM Sam Lee <sam@x.example> wrote:\n> Does Tuesday work?', 'Yes, Tuesday at 10 works.'],
    ['after a greeting line', 'Hi Sam,\n\nWe went with another vendor.\n\nLaura Méndez\nPurchasing Manager\nGrupo Andino S.A.', 'Hi Sam,\n\nWe went with another vendor.'],
    // 简体中文
    ['Chinese name, company and title', 'Sam 你好，\n\n报价看过了，下周再聊。\n\n周敏\n华东冷链 运营总监', 'Sam 你好，\n\n报价看过了，下周再聊。'],
    ['Chinese name, title, company, phone', '预算今年已经用完了，明年再说吧。\n\n张伟\n市场部经理\n北京云帆科技有限公司\n电话：138-0000-1234', '预算今年已经用完了，明年再说吧。'],
    ['Chinese name | title | company on one line', '合同我们法务还在看。\n\n张伟 | 产品经理 | 云帆科技有限公司\nzhangwei@yunfan.example', '合同我们法务还在看。'],
    ['Chinese name and title on one line', '价格能再谈谈吗？\n李娜 采购主管\n手机 139 1234 5678', '价格能再谈谈吗？'],
    ['Chinese name, English name and title', '我们先内部评估一下。\n\n欧阳晓 Sherry\n华南区销售总监', '我们先内部评估一下。'],
    ['Chinese name, address line', '资料收到了，谢谢。\n\n王磊\n深圳前海物流有限公司\n深圳市南山区科技园南路18号', '资料收到了，谢谢。'],
    // 繁體中文
    ['Traditional name, title｜company, Tel', '下週再聊。\n\n陳怡君\n業務經理｜台灣冷鏈股份有限公司\nTel: 02-2345-6789', '下週再聊。'],
    ['Traditional name and title on one line', '價格還是偏高，我們再考慮看看。\n\n林志明 資訊部協理\n分機 2231', '價格還是偏高，我們再考慮看看。'],
    ['name, title, company without a suffix, phone', 'Send the contract over.\n\nPriya Raman\nHead of Ops\nKestrel Analytics\n+1 415 555 0134', 'Send the contract over.'],
    ['Chinese name, title, extension without a colon', '收到，谢谢。\n\n周敏\n华东冷链 运营总监\n分机 8812', '收到，谢谢。'],
    ['Hong Kong name, English name, company', '下個月先至傾啦。\n\n黃家豪 Kelvin Wong\n恒達貿易有限公司', '下個月先至傾啦。'],
  ])('%s', (_, input, expected) => {
    expect(cleanReply(input).text).toBe(expected);
  });
});

describe('cleanReply drops a firm\'s signature with no name: a company line, then titles, departments and contacts', () => {
  it.each([
    ['a German firm, its department, a phone', 'Leider passt das Budget dieses Jahr nicht.\n\nACME Logistics GmbH\nEinkauf\n+49 40 555 0182', 'Leider passt das Budget dieses Jahr nicht.'],
    ['a Chinese firm, its department, a phone', '报价我们看过了，还是超出预算。\n\n华东冷链物流有限公司\n采购部\n021-6234 5678', '报价我们看过了，还是超出预算。'],
    ['company | department | site on one line', "We'll stick with our current vendor for now.\n\nAcme Corp | Procurement | acme.com", "We'll stick with our current vendor for now."],
    ['a Traditional firm, department and extension', '這個價格我們需要再內部討論。\n\n台灣冷鏈股份有限公司\n採購部\n分機 2231', '這個價格我們需要再內部討論。'],
    ['a department line, an email', 'Please resend the invoice with our PO number.\n\nAccounts Payable Department\nap@northwind.example', 'Please resend the invoice with our PO number.'],
    ['a firm with an address and no blank line', 'Not before Q3, sorry.\nNordhaven BV\nKeizersgracht 120, 1015 CW Amsterdam\n+31 20 555 0199', 'Not before Q3, sorry.'],
    ['a line per block (Gmail), Simplified', '先不考虑了，谢谢。\n\n深圳前海物流有限公司\n\n市场部\n\n电话：0755-8888 1234', '先不考虑了，谢谢。'],
    ['after a greeting, a bank', 'Hi Sam,\n\nWe can sign once legal has looked at it.\n\nHarbour Bank\nTreasury Operations\ntreasury@harbour.example', 'Hi Sam,\n\nWe can sign once legal has looked at it.'],
  ])('%s', (_, input, expected) => {
    expect(cleanReply(input).text).toBe(expected);
  });
});

describe('cleanReply keeps the reply when the last lines are not a signature', () => {
  it.each([
    ['a name at the top addressing someone', '王总\n价格还是高了'],
    ['a one-line reply that is just a name', 'Priya'],
    ['a one-line reply that is a name and a title', 'Priya Raman, Head of Ops'],
    ['the last line a real sentence', 'Thanks for the call.\nPriya Raman will send the PO by Friday.'],
    ['a name alone at the end (no title, company or contact)', 'Not interested at the moment.\n\nPriya'],
    ["a heading and a list item with blank lines between", "We need two things.\n\nJohn Smith\n\nCFO sign-off on the budget"],
    ['a Chinese name alone at the end', '价格还是高了\n\n周敏'],
    ['a block the line above leads into', 'Please loop in:\n\nJohn Smith\nHead of Procurement, Acme'],
    ['a name the sentence above runs on to', 'Can you send the deck to\nPriya Raman\nHead of Ops | Acme'],
    ['a list of people and titles', 'We will bring two people.\n\nPriya Raman, Head of Ops\nJohn Lee, CFO'],
    ['a Chinese referral across lines', '这个你找我们采购部的\n王经理\n电话 138 0000 1234'],
    ['a name followed by a sentence in Chinese', '好的。\n\n王总\n我们3号见'],
    ['a weekday and a time, not a name', 'Sounds good.\n\nMonday\n10am at our office'],
    ['a list of firms after a full stop', 'Our current vendors are below.\n\nAcme Ltd\nGlobex Inc\nInitech GmbH'],
    ['capitalised words that are a heading', 'Here is what we need.\n\nSSO\nAudit logs'],
    ['a name then a request', 'Thanks.\n\nPriya Raman\nplease call me on 555 0199 tomorrow'],
    ['a Traditional name then a sentence', '收到。\n\n陳經理\n我們下週再跟您聯絡'],
    ['lowercase words, no name', 'ok\n\nsee you monday\nops team'],
    // (a line under a name-shaped heading that names a department and goes on to object is the reply's words)
    ['a department that rejected it, under a heading', 'Thanks for the quote.\n\nOption Two\nFinance rejected, over budget'],
    ['a team that finds it too pricey', 'Thanks, we compared both.\n\nPremium Support\nSales team says too pricey'],
    ['a team stretched until a quarter', 'Makes sense.\n\nPhase Two\nOperations team too stretched until Q3'],
    ['a department without budget, under who is addressed', '好的。\n\n王总\n采购部门预算不够'],
    ['a department too busy, Traditional', '了解。\n\n陳經理\n財務部這季太忙，沒空看'],
    ['two people, each a name over a title', 'We will bring two people.\n\nPriya Raman\nHead of Ops\nJohn Lee\nCFO'],
    ['two Chinese names, each over a title', '我们会来两个人。\n\n周敏\n运营总监\n李娜\n财务经理'],
    // (a firm named in a sentence, a list of firms, details the sentence above points to)
    ['a firm that cannot afford it', "Thanks for the proposal.\n\nAcme Corp can't afford this year\nProcurement | acme.com"],
    ['a firm over its reason, Chinese', '收到。\n\n华东冷链有限公司今年预算不够\n电话 021-6234 5678'],
    ['a list of firms with their sites', 'Our current vendors are below.\n\nAcme Ltd\nGlobex Inc\nwww.globex.example'],
    ['a firm and its site only', 'We went with another vendor.\n\nGlobex Inc\nwww.globex.example'],
    ['billing details pointed to', 'Our billing details are below.\n\nAcme Logistics GmbH\nEinkauf\n+49 40 555 0182'],
    ['an address the sentence leads into', 'Please ship the pilot units to\nNordhaven BV\nReceiving Department\n+31 20 555 0199'],
    ['a firm alone at the end', 'We chose a local supplier.\n\nAcme Logistics GmbH'],
    ['以下 points to the details', '以下是我们的开票信息。\n\n华东冷链物流有限公司\n财务部\n021-6234 5678'],
  ])('%s', (_, input) => {
    expect(cleanReply(input).text).toBe(input);
  });
});

describe('isNameLine', () => {
  it.each([['Priya Raman'], ['周敏'], ['陈怡君'], ['欧阳晓 Sherry'], ["Daniel O'Connor, PhD"], ['Amy Chen (陈怡君)'], ['Min ZHOU']])('reads %s as a name', (line) => {
    expect(isNameLine(line)).toBe(true);
  });
  it.each([['Monday'], ['Thanks'], ['SSO'], ['价格还是高了'], ['Head of Ops'], ['see you'], ['我们3号见']])('does not read %s as a name', (line) => {
    expect(isNameLine(line)).toBe(false);
  });
});

describe('a hostile reply is read in linear time', () => {
  const N = 50_000;
  it.each([['1 '], ['a '], ['A '], ['周'], ['Priya Raman\n'], ['Head of Ops | '], ['+1 (555) '], ['周敏\n运营总监\n'], ['ACME Logistics GmbH\nEinkauf\n'], ['Acme Corp | Procurement | '], ['华东冷链物流有限公司\n采购部\n']])('a long run of %j', (run) => {
    const reply = 'Fine.\n\n' + run.repeat(Math.ceil(N / run.length)).slice(0, N);
    const started = performance.now();
    cleanReply(reply);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
