/**
 * The demo's pages: real host names served from saved fixture pages. `npm start` and the
 * end-to-end tests both serve this table, so what the tests prove is what a newcomer sees.
 */
export interface DemoRoute {
  host: string;
  /** Path as the site spells it (percent-encoded where the site encodes). */
  path: string;
  /** Under tests/fixtures/. */
  file: string;
  /** What the guide page calls it. */
  label: string;
  /** For single-page apps routed by the hash (Gmail): the part after `#` that opens the view. */
  hash?: string;
}

/** The full URL of a demo route. */
export function routeUrl(route: DemoRoute): string {
  return `https://${route.host}${route.path}${route.hash ?? ''}`;
}

export const DEMO_GUIDE_HOST = 'sop-copilot.demo';

export const DEMO_ROUTES: readonly DemoRoute[] = [
  { host: 'www.linkedin.com', path: '/in/mei-lin-chen-4b21a7/', file: 'linkedin/profile--gen2024--2024-06-12.html', label: 'LinkedIn profile (2024 layout)' },
  { host: 'www.linkedin.com', path: '/in/priya-raman-0c9d2e/', file: 'linkedin/profile--gen2024-second-person--2024-06-12.html', label: 'LinkedIn profile, second person (reach it from "People also viewed")' },
  { host: 'www.linkedin.com', path: '/in/daniel-okafor-77b1/', file: 'linkedin/profile--gen2022--2022-09-03.html', label: 'LinkedIn profile (2022 layout)' },
  { host: 'www.linkedin.com', path: '/in/%E7%8E%8B%E5%B0%8F%E6%98%8E-a1b2c3/', file: 'linkedin/profile--gen2025-hashed-cjk--2025-08-20.html', label: 'LinkedIn profile (2025 layout, Chinese UI)' },
  { host: 'www.linkedin.com', path: '/in/kai-lindqvist/', file: 'linkedin/profile--broken-layout--2026-11-01.html', label: 'A LinkedIn page whose layout changed (shows the error)' },
  { host: 'www.linkedin.com', path: '/in/loading-forever/', file: 'linkedin/profile--loading-skeleton--2024-06-12.html', label: 'A LinkedIn profile that never finishes loading' },
  { host: 'www.linkedin.com', path: '/messaging/thread/2-MTcxODAxMDcyMDAwMGIwMDAx/', file: 'linkedin/messaging--thread-timing--2024-06-12.html', label: 'LinkedIn messaging: the prospect says "not now"' },
  { host: 'www.linkedin.com', path: '/in/mei-lin-chen-4b21a7/overlay/chat/', file: 'linkedin/profile-with-message-overlay--2024-06-12.html', label: 'LinkedIn profile with the chat overlay open' },
  { host: 'www.linkedin.com', path: '/feed/', file: 'linkedin/feed-with-message-overlay--profile-card--2024-06-12.html', label: 'LinkedIn feed with the chat overlay open (the profile card reads title · company)' },
  { host: 'www.linkedin.com', path: '/sales/lead/ACwAAAB1c2VyLWRhbmllbA,NAME_SEARCH,x9Zq', file: 'linkedin/sales-navigator-lead--notes--2024-06-12.html', label: 'Sales Navigator lead with notes' },
  { host: 'mail.google.com', path: '/mail/u/0/', file: 'gmail/thread--objection-price--2024-06-12.html', label: 'Gmail thread: the prospect objects to the price', hash: '#inbox/FMfcgzQVxBhWkLpTjDkmXqzRsVbNnPqW' },
  { host: 'mail.google.com', path: '/mail/u/1/', file: 'gmail/thread--buying-signal-zh--2019-11-05.html', label: 'Gmail thread (2019 layout, Chinese UI): buying signals', hash: '#inbox/16e3b2a1c0d9e8f7' },
  { host: 'mail.google.com', path: '/mail/u/3/', file: 'gmail/thread--prompt-injection--2024-06-12.html', label: 'Gmail thread: a reply that tries to give the AI orders (prompt injection)', hash: '#inbox/FMfcgzQVxInjectionAttemptXyzAbc' },
  { host: 'mail.google.com', path: '/mail/u/2/', file: 'gmail/thread--broken-layout--2026-11-01.html', label: 'A Gmail page whose layout changed (shows the error)', hash: '#inbox/FMfcgzQVxBrokenLayoutXyz' },
  { host: 'outlook.office.com', path: '/mail/inbox/id/AAQkAGI2TG93AAA%3D', file: 'outlook/thread--objection-authority--2024-09-03.html', label: 'Outlook thread: the prospect needs the boss to sign off' },
  { host: 'outlook.office.com', path: '/mail/inbox/id/AAQkBrokenLayout', file: 'outlook/thread--broken-layout--2026-11-01.html', label: 'An Outlook page whose layout changed (shows the error)' },
  { host: 'northwind.lightning.force.com', path: '/lightning/r/Opportunity/0065g00000HbLgQAAV/view', file: 'salesforce/opportunity--gen2024-lwc--2026-10-05.html', label: 'Salesforce opportunity (2023+ Lightning): a deal in proposal' },
  { host: 'northwind.lightning.force.com', path: '/lightning/r/0035g00000WzHnQAAV/view', file: 'salesforce/contact--gen2024-lwc--2026-10-05.html', label: 'Salesforce contact (reach it from the opportunity’s Contact Roles)' },
  { host: 'northwind.lightning.force.com', path: '/lightning/r/Opportunity/0065g00000LoTuSAAV/view', file: 'salesforce/opportunity--gen2020-aura--2021-03-15.html', label: 'Salesforce opportunity (2019–2022 Lightning): no amount, no decision maker' },
  { host: 'northwind.lightning.force.com', path: '/lightning/r/Lead/00Q5g00000KsTrLAAV/view', file: 'salesforce/lead--gen2020-aura--2021-03-15.html', label: 'Salesforce lead (2019–2022 Lightning)' },
  { host: 'northwind.lightning.force.com', path: '/lightning/r/Opportunity/0065g00000HbRnWAAV/view', file: 'salesforce/opportunity--broken-layout--2026-11-01.html', label: 'A Salesforce page whose layout changed (shows the error)' },
  { host: 'app.hubspot.com', path: '/contacts/24681357/record/0-3/90817', file: 'hubspot/deal--contract-sent--2026-10-05.html', label: 'HubSpot deal at "Contract sent": the contract checklist' },
  { host: 'app.hubspot.com', path: '/contacts/24681357/record/0-1/51234', file: 'hubspot/contact--2024--2026-10-05.html', label: 'HubSpot contact' },
  { host: 'app.hubspot.com', path: '/contacts/24681357/record/0-3/93002', file: 'hubspot/deal--rep-next-step--2026-12-03.html', label: 'HubSpot deal: the rep\'s call note sets our next step on a day' },
  { host: 'app.hubspot.com', path: '/contacts/24681357/record/0-3/90818', file: 'hubspot/deal--broken-layout--2026-11-01.html', label: 'A HubSpot page whose layout changed (shows the error)' },
  { host: 'crm.zoho.com', path: '/crm/org60012345678/tab/Potentials/4876876000001234001', file: 'zoho/deal--2024--2026-10-05.html', label: 'Zoho CRM deal in negotiation: the prospect pushes on price' },
  { host: 'crm.zoho.com', path: '/crm/org60012345678/tab/Contacts/4876876000000987001', file: 'zoho/contact--2024--2026-10-05.html', label: 'Zoho CRM contact' },
  { host: 'crm.zoho.com', path: '/crm/org60012345678/tab/Potentials/4876876000001234002', file: 'zoho/deal--broken-layout--2026-11-01.html', label: 'A Zoho CRM page whose layout changed (shows the error)' },
  { host: 'nordwind.pipedrive.com', path: '/deal/1842', file: 'pipedrive/deal--custom-stage--2026-10-05.html', label: 'Pipedrive deal in a custom stage (shown as unmapped)' },
  { host: 'nordwind.pipedrive.com', path: '/deal/977', file: 'pipedrive/deal--classic-2019--2019-05-14.html', label: 'Pipedrive deal on the classic (2019–2022) view: the prospect asks for the contract' },
  { host: 'nordwind.pipedrive.com', path: '/person/5120', file: 'pipedrive/person--2024--2026-10-05.html', label: 'Pipedrive person' },
  { host: 'nordwind.pipedrive.com', path: '/deal/1843', file: 'pipedrive/deal--broken-layout--2026-11-01.html', label: 'A Pipedrive page whose layout changed (shows the error)' },
  // Fxiaoke routes every record under one path by the hash: the server sends the app shell, the
  // demo's SPA script renders the record of the hash, as Fxiaoke's own scripts do.
  { host: 'www.fxiaoke.com', path: '/XV/UI/Home', file: 'fxiaoke/shell--2024.html', label: '纷享销客 Fxiaoke home (app shell)' },
  { host: 'www.fxiaoke.com', path: '/XV/UI/Home', file: 'fxiaoke/opportunity--2024--2026-10-20.html', label: '纷享销客 商机 (opportunity) in 需求确定', hash: '#crm/detail/=/NewOpportunityObj/6571d2e3f4a5b6c7d8e9f0a1' },
  { host: 'www.fxiaoke.com', path: '/XV/UI/Home', file: 'fxiaoke/contact--2024--2026-10-20.html', label: '纷享销客 联系人 (contact)', hash: '#crm/detail/=/ContactObj/6571b9c8d7e6f5a4b3c2d1e0' },
  { host: 'www.fxiaoke.com', path: '/XV/UI/Home', file: 'fxiaoke/account--2024--2026-10-20.html', label: '纷享销客 客户 (account) with its contacts', hash: '#crm/detail/=/AccountObj/6571a2b3c4d5e6f708192a3b' },
  { host: 'www.fxiaoke.com', path: '/XV/UI/Home', file: 'fxiaoke/opportunity--broken-layout--2026-11-01.html', label: 'A Fxiaoke page whose layout changed (shows the error)', hash: '#crm/detail/=/NewOpportunityObj/6571d2e3f4a5b6c7d8e9f0a2' },
];

/**
 * Situations written in other people's voices for the one-judgment walk, each a contradiction the
 * panel once showed (a meeting read as "not now", talk tracks beside a request to stop, the champion
 * greeted with the CFO's answer…). Served like the demo's pages and judged by `advise` on their day,
 * but kept out of the layout walk over every page kind (their kinds are the demo's own; one of them,
 * a request to stop, has no draft by design).
 */
export const SITUATION_ROUTES: readonly DemoRoute[] = [
  { host: 'mail.google.com', path: '/mail/u/4/', file: 'gmail/thread--meeting-booked--2026-12-05.html', label: 'Gmail thread: "Tuesday 10am works", a meeting booked (not a "not now")', hash: '#inbox/FMfcgzQVxMeetOlivia11' },
  { host: 'mail.google.com', path: '/mail/u/41/', file: 'gmail/thread--invite-asked--2026-12-04.html', label: 'Gmail thread: "Tuesday works for me, send an invite" (the invite is ours to send today)', hash: '#inbox/FMfcgzQVxInviteNadia12' },
  { host: 'mail.google.com', path: '/mail/u/71/', file: 'gmail/thread--yes-to-offer--2026-12-05.html', label: 'Gmail thread: 👍 to "Want me to send over the order form?" (a yes: send it today)', hash: '#inbox/FMfcgzQVxYesOfferKim71' },
  { host: 'mail.google.com', path: '/mail/u/5/', file: 'gmail/thread--unsubscribe--2026-12-05.html', label: 'Gmail thread: "take me off your list" after two follow-ups', hash: '#inbox/FMfcgzQVxUnsubGreg03' },
  { host: 'mail.google.com', path: '/mail/u/6/', file: 'gmail/thread--after-new-year-zh--2026-12-05.html', label: 'Gmail thread (Chinese): 过完年再说 after the proposal', hash: '#inbox/FMfcgzQVxCnyLiu05' },
  { host: 'outlook.office.com', path: '/mail/inbox/id/AAQkPriceHuang02%3D', file: 'outlook/thread--price-room-zh-hant--2026-12-05.html', label: 'Outlook thread (Taiwan): the quote is over this year’s budget, any room to adjust?' },
  { host: 'www.linkedin.com', path: '/messaging/thread/2-CnyWu03/', file: 'linkedin/messaging--after-new-year-zh-hant--2026-12-05.html', label: 'LinkedIn messaging (Taiwan): 等過完年我們再約' },
  { host: 'app.hubspot.com', path: '/contacts/24681357/record/0-3/91001', file: 'hubspot/deal--closed-lost--2026-12-05.html', label: 'HubSpot deal "Closed lost" to a cheaper competitor' },
  { host: 'app.hubspot.com', path: '/contacts/24681357/record/0-3/91004', file: 'hubspot/deal--two-people--2026-12-05.html', label: 'HubSpot deal with two people: the CFO asks for the ROI numbers' },
  { host: 'nordwind.pipedrive.com', path: '/deal/2102', file: 'pipedrive/deal--meeting-scheduled--2026-12-05.html', label: 'Pipedrive deal with a demo scheduled' },
  { host: 'northwind.lightning.force.com', path: '/lightning/r/Opportunity/0065g00000HbWoNAAV/view', file: 'salesforce/opportunity--won-complaint--2026-12-05.html', label: 'Salesforce opportunity "Closed Won": the customer reports a problem' },
  { host: 'www.fxiaoke.com', path: '/XV/UI/Home', file: 'fxiaoke/opportunity--won--2026-12-05.html', label: '纷享销客 商机 赢单: went live, the after-sales check', hash: '#crm/detail/=/NewOpportunityObj/6571d2e3f4a5b6c7d8e9f102' },
  { host: 'mail.google.com', path: '/mail/u/7/', file: 'gmail/thread--champion-left--2026-12-05.html', label: 'Gmail thread: "Anna Kowalski has left… please contact Piotr Nowak" (the champion gone, a successor named)', hash: '#inbox/FMfcgzQVxLeftAnna25' },
  { host: 'mail.google.com', path: '/mail/u/8/', file: 'gmail/thread--supplier-portal--2026-12-05.html', label: 'Gmail thread: "register on our Coupa portal and submit the quote there" (a procurement step)', hash: '#inbox/FMfcgzQVxPortalSofia28' },
  { host: 'outlook.office.com', path: '/mail/inbox/id/AAQkFwdHuang25%3D', file: 'outlook/thread--deadline-request-zh-hant--2026-12-05.html', label: 'Outlook thread (Taiwan): revise the quote as finance asks, 下週一前回覆即可' },
  { host: 'outlook.office.com', path: '/mail/inbox/id/AAQkPromiseZhou03%3D', file: 'outlook/thread--promise-next-week-zh--2026-12-05.html', label: 'Outlook thread (Chinese): 我们下周内部讨论一下，再回复你 (a promise to come back)' },
  { host: 'mail.google.com', path: '/mail/u/9/', file: 'gmail/thread--request-reissue-quote--2026-12-05.html', label: 'Gmail thread: "our finance team needs the quote re-issued in the company name" (a request, no question mark)', hash: '#inbox/FMfcgzQVxReissueOlivia' },
  { host: 'mail.google.com', path: '/mail/u/61/', file: 'gmail/thread--promise-next-week--2026-12-07.html', label: 'Gmail thread (Chinese): 下周给您答复 after the quote (their promise for next week: the check-in the Monday after it)', hash: '#inbox/FMfcgzQVxNextWeekZhou07' },
  { host: 'mail.google.com', path: '/mail/u/10/', file: 'gmail/thread--promise-no-day--2026-12-05.html', label: 'Gmail thread: "let me check with our CFO and get back to you" after the quote (a promise with no day)', hash: '#inbox/FMfcgzQVxCfoDaniel03' },
  { host: 'www.linkedin.com', path: '/messaging/thread/2-CobaltRyan03/', file: 'linkedin/messaging--decided-elsewhere--2026-12-05.html', label: 'LinkedIn messaging: "we ended up going with Roastify" (a decision against us)' },
  // Served and pinned by advise, not walked by one-judgment.spec (its time budget): the Won badge's page is.
  { host: 'nordwind.pipedrive.com', path: '/deal/2201', file: 'pipedrive/deal--lost-badge--2026-12-05.html', label: 'Pipedrive deal marked Lost (the stage bar still at Proposal Made)' },
  { host: 'nordwind.pipedrive.com', path: '/deal/2202', file: 'pipedrive/deal--won-badge--2026-12-05.html', label: 'Pipedrive deal marked Won, just signed: the kick-off' },
  { host: 'nordwind.pipedrive.com', path: '/deal/2203', file: 'pipedrive/deal--overdue-activity--2026-12-07.html', label: 'Pipedrive deal with an overdue call after our quote email (she never replied)' },
  { host: 'northwind.lightning.force.com', path: '/lightning/r/Opportunity/0065g00000HbInsAAV/view', file: 'salesforce/opportunity--instalments--2026-12-05.html', label: 'Salesforce opportunity: "can we pay in three instalments?"' },
  { host: 'mail.google.com', path: '/mail/u/32/', file: 'gmail/thread--two-concerns--2026-12-05.html', label: 'Gmail thread: two objections in one reply, over budget and "whether it syncs with NetSuite" (both answered, the integration first)', hash: '#inbox/FMfcgzQVxTwoNiamh' },
  { host: 'mail.google.com', path: '/mail/u/11/', file: 'gmail/thread--tender-rfp--2026-12-05.html', label: 'Gmail thread: a formal RFP, "responses are due by 12:00 CET on 18 Dec 2026" (a bid to submit before it)', hash: '#inbox/FMfcgzQVxRfpHannah18' },
  { host: 'mail.google.com', path: '/mail/u/12/', file: 'gmail/thread--signature-no-sign-off--2026-12-05.html', label: 'Gmail thread: a price objection signed "Priya Raman / Head of Operations | …" with no sign-off above the name', hash: '#inbox/FMfcgzQVxSigPriya12' },
  { host: 'mail.google.com', path: '/mail/u/31/', file: 'gmail/thread--counter-net60--2026-12-07.html', label: 'Gmail thread: "knock 12% off and give us net 60 and I can get this signed before Friday" (a counter-offer with two terms)', hash: '#inbox/FMfcgzQVxCounterNet60Marc' },
  { host: 'northwind.lightning.force.com', path: '/lightning/r/Opportunity/0065g00000HcXlCAAV/view', file: 'salesforce/opportunity--won-cancelled--2026-12-05.html', label: 'Salesforce opportunity "Closed Won": the customer\'s newer email cancels the order' },
  { host: 'northwind.lightning.force.com', path: '/lightning/r/Opportunity/0065g00000GbUkDAAV/view', file: 'salesforce/opportunity--en-gb--2026-12-06.html', label: 'Salesforce opportunity in an en-GB org: close date 05/01/2027 is 5 January' },
  { host: 'outlook.office.com', path: '/mail/inbox/id/AAQkBoardPriya03%3D', file: 'outlook/thread--board-next-week--2026-12-04.html', label: 'Outlook thread: "we\'ll present it at next week\'s board meeting" (taken up on a day named by a possessive)' },
  { host: 'outlook.office.com', path: '/mail/inbox/id/AAQkSecurityZhou04%3D', file: 'outlook/thread--security-after-price-zh--2026-12-04.html', label: 'Outlook thread (Chinese): 价格这块没有问题.不过…资安团队要先审一下 (a review beside a settled price, after a half-width full stop)' },
  { host: 'www.fxiaoke.com', path: '/XV/UI/Home', file: 'fxiaoke/opportunity--referral--2026-12-05.html', label: '纷享销客 商机: 商务这块你找我们采购部的王经理 (a referral)', hash: '#crm/detail/=/NewOpportunityObj/6571d2e3f4a5b6c7d8e9f201' },
  { host: 'www.linkedin.com', path: '/messaging/thread/2-WorkdayMarcus07/', file: 'linkedin/messaging--locked-in-until--2026-12-07.html', label: 'LinkedIn messaging: "locked in with Workday until mid 2028" (back six months before the renewal)' },
  { host: 'mail.google.com', path: '/mail/u/33/', file: 'gmail/thread--thanks-after-answer--2026-12-07.html', label: 'Gmail thread: "ok that makes sense, thanks" after our answer about Xero (a follow-up that thanks and asks the next step)', hash: '#inbox/FMfcgzQVxThanksPriyanka32' },
  { host: 'www.linkedin.com', path: '/messaging/thread/2-HandOffIvy03/', file: 'linkedin/messaging--handed-to-it-yue--2026-12-05.html', label: 'LinkedIn messaging (Cantonese): 我轉咗俾我哋IT主管睇咗，佢會直接搵你 (a hand-off to their IT head, unnamed)' },
];

/**
 * Other layout generations, each read by tests/e2e/site-generations.spec.ts: a HubSpot stage shown
 * by its internal id, Salesforce Classic's related lists on the org's own host, 纷享销客's UI PaaS
 * detail page with its related lists, LinkedIn's 2026 server-driven profile. Served like the demo's
 * pages, kept out of the layout walk (the panels they make are a deal's and a profile's, which the
 * demo's own pages walk already).
 */
export const GENERATION_ROUTES: readonly DemoRoute[] = [
  { host: 'app.hubspot.com', path: '/contacts/24681357/record/0-3/91020', file: 'hubspot/deal--stage-id--2026-12-05.html', label: 'HubSpot deal whose stage shows by its internal id (decisionmakerboughtin)' },
  { host: 'app.hubspot.com', path: '/contacts/24681357/record/0-3/91021', file: 'hubspot/deal--custom-stage-id--2026-12-05.html', label: 'HubSpot deal in a portal’s own stage, shown by its numeric id (not mapped)' },
  { host: 'app.hubspot.com', path: '/contacts/24681357/record/0-3/91030', file: 'hubspot/deal--won-invoice-seats--2026-12-07.html', label: 'HubSpot deal "Closed won": the invoice billed more seats than they have' },
  { host: 'northwindtraders.my.salesforce.com', path: '/0065g00000KfYm7', file: 'salesforce/opportunity--classic-contact-roles--2026-12-05.html', label: 'Salesforce Classic opportunity with three contact roles, the primary one not first' },
  { host: 'www.linkedin.com', path: '/in/lucia-fernandez-ortega-9c2b1a/', file: 'linkedin/profile--gen2026-sdui--2026-12-05.html', label: 'LinkedIn profile (2026 server-driven layout: cards named by their views)' },
  { host: 'www.fxiaoke.com', path: '/XV/UI/Home', file: 'fxiaoke/opportunity--faci-related--2026-12-05.html', label: '纷享销客 商机 on the UI PaaS page: its 联系人 and 销售记录 tables', hash: '#crm/detail/=/NewOpportunityObj/6571d2e3f4a5b6c7d8e9f301' },
];

/** Every page the demo server serves. */
export const SERVED_ROUTES: readonly DemoRoute[] = [...DEMO_ROUTES, ...SITUATION_ROUTES, ...GENERATION_ROUTES];

/** The page `npm start` opens first. */
export const DEMO_START_URL = 'https://www.linkedin.com/in/mei-lin-chen-4b21a7/';
