import type { RecordField } from '../crm/fields';
import type { RecordLayout } from '../crm/read-record';

/*
 * HubSpot CRM record pages. Class names are generated per build ("private-…", hashed), so the
 * reader keys on HubSpot's own test attributes (`data-selenium-test`, `data-test-id`), which
 * have outlived several redesigns. Labels follow the user's language (交易阶段, 成交日期…) and
 * portals rename them; each property row names its property (`property-input-dealstage`), which
 * is the same everywhere, so that decides the field.
 */

/** Where HubSpot previews another record over the page (an associated contact clicked): never this record. */
const NOT_PREVIEW = ':not([data-layer-for="Panel"] *, [data-selenium-test="sidebar-preview-panel"] *, [data-test-id="IndexPageInlineSidebar"] *)';

/** HubSpot's internal names of the default properties we read (contacts and deals). */
const PROPERTIES: Readonly<Record<string, RecordField>> = {
  dealstage: 'stage',
  amount: 'amount',
  closedate: 'closeDate',
  hubspot_owner_id: 'owner',
  hs_next_step: 'nextStep',
  email: 'email',
  phone: 'phone',
  mobilephone: 'phone',
  jobtitle: 'title',
  company: 'company',
  notes_last_contacted: 'lastActivity',
  notes_last_updated: 'lastActivity',
};

function fieldByProperty(item: Element): RecordField | undefined {
  const name = item.getAttribute('data-selenium-test')?.slice('property-input-'.length);
  return name && Object.hasOwn(PROPERTIES, name) ? PROPERTIES[name] : undefined;
}

export const hubspotLayouts: readonly RecordLayout[] = [
  {
    generation: '2024 record page: left sidebar "About this …" card, right sidebar association cards',
    root: [
      '[data-test-id="record-page"]',
      'main[data-selenium-test="record-page"]',
      // Any page whose left sidebar shows a record's highlight (2024+; the record page's own wrapper unnamed).
      'body:has([data-scroll-trackable-container="left-sidebar"] [data-test-id="record-highlight-main-content"])',
    ],
    title: [
      `[data-selenium-test="highlightTitle"]${NOT_PREVIEW}`,
      `[data-test-id="record-title"]${NOT_PREVIEW}`,
    ],
    fields: {
      item: `[data-selenium-test^="property-input-"]${NOT_PREVIEW}`,
      label: ['[data-selenium-test^="property-label"]', 'label'],
      value: ['[data-selenium-test="property-value"]', 'input', 'textarea'],
      fieldKey: fieldByProperty,
    },
    people: {
      item: [
        `[data-test-id="associations-card-contacts"] [data-selenium-test="association-item"]${NOT_PREVIEW}`,
        // 2024+ association card as a table of the contacts object (0-1), one row a person.
        `[data-selenium-test="card-id-ASSOCIATION_TABLE/0-1"] tbody tr${NOT_PREVIEW}`,
      ].join(', '),
      name: ['a[href*="/record/0-1/"]', '[data-selenium-test="association-item-title"]'],
      title: ['[data-selenium-test="association-item-subtitle"]'],
      email: ['[data-selenium-test="association-item-email"]', 'a[href^="mailto:"]'],
      role: ['[data-selenium-test="association-label"]'],
      link: 'a[href*="/record/0-1/"]',
    },
    activity: {
      item: `[data-selenium-test="timeline-card"]${NOT_PREVIEW}`,
      text: ['[data-selenium-test="timeline-card-body"]'],
      time: ['time[datetime]', '[data-selenium-test="timeline-card-timestamp"]'],
    },
  },
];
