import type { ActivityLayout, PeopleLayout, RecordLayout } from '../crm/read-record';

/*
 * Salesforce Lightning Experience. Lightning keeps earlier record tabs in the DOM, hidden: the
 * record on screen is the one inside the active `oneContent`. Its Lightning web components run
 * under LWC's synthetic shadow DOM, which a content script's isolated world sees as ordinary
 * light DOM, so plain selectors reach into them.
 */

/** Contact roles and related contacts as SLDS tiles (both generations). */
const people: PeopleLayout = {
  item: 'article[aria-label="Contact Roles"] li.slds-item, article[aria-label="Contacts"] li.slds-item',
  name: ['.slds-tile__title a', '.slds-tile__title'],
  title: ['dt[title="Title"] + dd'],
  email: ['dt[title="Email"] + dd'],
  phone: ['dt[title="Phone"] + dd'],
  role: ['dt[title="Role"] + dd'],
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
    fields: { item: 'records-record-layout-item[field-label]', labelAttribute: 'field-label', label: ['.slds-form-element__label'], value: ['.slds-form-element__static', 'dd'] },
    stage: ['.slds-path__item.slds-is-current .slds-path__title', '.slds-path__item[aria-selected="true"] .slds-path__title'],
    people,
    activity,
  },
  {
    generation: 'Lightning 2019–2022: Aura record page (force-record-layout-item, test-id field classes)',
    root: ['div.oneContent.active'],
    title: ['.forceHighlightsPanel h1 .uiOutputText', '.forceHighlightsPanel h1 .custom-truncate', 'h1 .slds-page-header__title'],
    fields: { item: 'force-record-layout-item, .forcePageBlockItem', label: ['.test-id__field-label'], value: ['.test-id__field-value'] },
    stage: ['.slds-path__item.slds-is-current .slds-path__title'],
    people,
    activity,
  },
];
