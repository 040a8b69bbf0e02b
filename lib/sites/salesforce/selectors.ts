import type { RecordField } from '../crm/fields';
import type { ActivityLayout, PeopleLayout, RecordLayout } from '../crm/read-record';

/*
 * Salesforce Lightning Experience, and Classic after it. Lightning keeps earlier record tabs in the DOM, hidden: the
 * record on screen is the one inside the active `oneContent`. Its Lightning web components run
 * under LWC's synthetic shadow DOM, which a content script's isolated world sees as ordinary
 * light DOM, so plain selectors reach into them.
 *
 * Labels, card titles and tile terms are in the user's language (简体中文, 繁體中文, …); what is
 * the same in every language is preferred: the field's API name that Lightning stamps on it for the
 * App Builder (`data-target-selection-name="sfdc:RecordField.Opportunity.StageName"`), and links'
 * URL shapes (`/related/OpportunityContactRoles/view`, `/lightning/r/003…/view`).
 */

/** Standard fields by API name (Contact, Lead and Opportunity), whatever their label says. */
const API_FIELDS: Readonly<Record<string, RecordField>> = {
  StageName: 'stage',
  Amount: 'amount',
  CloseDate: 'closeDate',
  NextStep: 'nextStep',
  OwnerId: 'owner',
  AccountId: 'company',
  Company: 'company',
  Title: 'title',
  Email: 'email',
  Phone: 'phone',
  MobilePhone: 'phone',
  ContactId: 'contactName',
  LastActivityDate: 'lastActivity',
};

/** The field's API name on the item or inside it (every generation since Lightning's App Builder). */
function fieldByApiName(item: Element): RecordField | undefined {
  const marked = item.matches('[data-target-selection-name]') ? item : item.querySelector('[data-target-selection-name^="sfdc:RecordField."]');
  const name = /^sfdc:RecordField\.[A-Za-z0-9_]+\.([A-Za-z0-9_]+)$/.exec(marked?.getAttribute('data-target-selection-name') ?? '')?.[1];
  return name && Object.hasOwn(API_FIELDS, name) ? API_FIELDS[name] : undefined;
}

/** Standard fields by their Classic ids (`opp11_ileinner`), the same in every UI language. */
const CLASSIC_FIELDS: Readonly<Record<string, RecordField>> = {
  opp4: 'company',
  opp7: 'amount',
  opp9: 'closeDate',
  opp10: 'nextStep',
  opp11: 'stage',
  con4: 'company',
};

function fieldByClassicId(item: Element): RecordField | undefined {
  const id = /^([a-z]+\d+)_ileinner$/.exec(item.querySelector('div[id$="_ileinner"]')?.id ?? '')?.[1];
  return id && Object.hasOwn(CLASSIC_FIELDS, id) ? CLASSIC_FIELDS[id] : undefined;
}

/**
 * Contact roles and related contacts as SLDS tiles (both generations): by the English card label,
 * else by the card's link to its related list, which is the same in every UI language.
 */
const people: PeopleLayout = {
  item: [
    'article[aria-label="Contact Roles"] li.slds-item', // English UI
    'article[aria-label="Contacts"] li.slds-item', // English UI, an account's contacts
    // Any language: the card whose own header links to the related list (never a card around other cards).
    'article.slds-card:has(> .slds-card__header a[href*="/related/OpportunityContactRoles/"]) li.slds-item',
    'article.slds-card:has(> .slds-card__header a[href*="/related/Contacts/"]) li.slds-item', // an account's contacts
  ].join(', '),
  name: ['.slds-tile__title a', '.slds-tile__title'],
  title: ['dt[title="Title"] + dd'],
  email: ['dt[title="Email"] + dd'],
  phone: ['dt[title="Phone"] + dd'],
  role: ['dt[title="Role"] + dd'],
  // A translated tile ("角色:", "职务:", "電子郵件:"): its terms read by label.
  pairs: { term: 'dt', detail: 'dd' },
  link: '.slds-tile__title a[href]',
};

/** The activity timeline (both generations): subject, then the logged details. */
const activity: ActivityLayout = {
  item: '.slds-timeline__item_expandable',
  text: ['.slds-timeline__item_details .slds-text-longform', '.slds-timeline__item_details', '.slds-timeline__title'],
  time: ['.slds-timeline__date time[datetime]', '.slds-timeline__date'],
};

export const salesforceLayouts: readonly RecordLayout[] = [
  {
    generation: 'Lightning 2023+: LWC record page (records-record-layout-item with a field-label attribute)',
    root: ['div.oneContent.active one-record-home-flexipage2', 'div.oneContent.active'],
    title: ['records-highlights2 [slot="primaryField"]', 'records-highlights2 h1 lightning-formatted-name', '.slds-page-header__title'],
    fields: {
      item: 'records-record-layout-item[field-label]',
      labelAttribute: 'field-label',
      label: ['.slds-form-element__label'],
      // The static value's wrapper, else the output component LWC marks as the field's output.
      value: ['.slds-form-element__static', '[data-output-element-id="output-field"]', 'dd'],
      fieldKey: fieldByApiName,
    },
    stage: ['.slds-path__item.slds-is-current .slds-path__title', '.slds-path__item[aria-selected="true"] .slds-path__title'],
    people,
    activity,
  },
  {
    generation: 'Lightning 2019–2022: Aura record page (force-record-layout-item, test-id field classes)',
    root: ['div.oneContent.active'],
    title: ['.forceHighlightsPanel h1 .uiOutputText', '.forceHighlightsPanel h1 .custom-truncate', 'h1 .slds-page-header__title'],
    fields: { item: 'force-record-layout-item, .forcePageBlockItem', label: ['.test-id__field-label'], value: ['.test-id__field-value'], fieldKey: fieldByApiName },
    stage: ['.slds-path__item.slds-is-current .slds-path__title'],
    people,
    activity,
  },
  {
    // Salesforce Classic (`<org>.my.salesforce.com/006…`): the detail block's label and value cells
    // side by side, each value in an inline-edit `<field id>_ileinner` div. Labels are in the
    // user's language; the standard fields' ids (`opp11` is the stage) are not.
    generation: 'Classic: detail page (table.detailList, td.labelCol + td.dataCol, <id>_ileinner)',
    root: ['#bodyCell', 'body'],
    title: ['.bPageTitle h2.pageDescription', 'h2.pageDescription'],
    fields: {
      item: 'table.detailList td.dataCol, table.detailList td.data2Col',
      labelBefore: 'td.labelCol',
      label: [],
      value: ['div[id$="_ileinner"]'],
      valueInItem: true,
      // The owner's "[Change]" link (translated: "[更改]").
      valueSuffix: /\s*\[[^[\]]{1,20}\]$/u,
      fieldKey: fieldByClassicId,
    },
    // Related lists' rows whose name links to a contact (`/003…`): contact roles, an account's contacts.
    // Their cells carry no field names: each is read by its column's header (Role, 角色, Email…).
    // A contact role row's one checkbox is its Primary column: checked (`checkbox_checked.gif`,
    // the alt text is translated), that row is the deal's primary contact.
    people: {
      item: '.listRelatedObject tr.dataRow:has(th[scope="row"] a[href^="/003"])',
      name: ['th[scope="row"] a'],
      email: ['a[href^="mailto:"]'],
      columns: { scope: 'table', header: 'tr.headerRow > th' },
      primary: 'img[src*="checkbox_checked"]',
      link: 'th[scope="row"] a[href^="/003"]',
    },
    // Activity History (`<record id>_RelatedHistoryList`, never Open Activities' `_RelatedActivityList`:
    // those have not happened): one row per logged call, email or meeting, its subject the row's
    // name cell, its day the first plain cell (the Due Date column; the Task column holds a checkbox
    // image, the Name and Assigned To columns links).
    activity: {
      item: '[id$="_RelatedHistoryList"] tr.dataRow',
      text: ['th[scope="row"]'],
      // (scoped to the list: the record's day order reads these stamps across the whole page)
      time: ['[id$="_RelatedHistoryList"] td.dataCell:not(:has(a, img))'],
      days: true,
    },
  },
];
