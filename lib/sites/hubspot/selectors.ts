import type { RecordLayout } from '../crm/read-record';

/*
 * HubSpot CRM record pages. Class names are generated per build ("private-…", hashed), so the
 * reader keys on HubSpot's own test attributes (`data-selenium-test`, `data-test-id`), which
 * have outlived several redesigns.
 */
export const hubspotLayouts: readonly RecordLayout[] = [
  {
    generation: '2024 record page: left sidebar "About this …" card, right sidebar association cards',
    root: ['[data-test-id="record-page"]', 'main[data-selenium-test="record-page"]'],
    title: ['[data-selenium-test="highlightTitle"]', '[data-test-id="record-title"]'],
    fields: {
      item: '[data-selenium-test^="property-input-"]',
      label: ['[data-selenium-test^="property-label"]', 'label'],
      value: ['[data-selenium-test="property-value"]', 'input', 'textarea'],
    },
    people: {
      item: '[data-test-id="associations-card-contacts"] [data-selenium-test="association-item"]',
      name: ['a[href*="/record/0-1/"]', '[data-selenium-test="association-item-title"]'],
      title: ['[data-selenium-test="association-item-subtitle"]'],
      email: ['[data-selenium-test="association-item-email"]'],
      role: ['[data-selenium-test="association-label"]'],
      link: 'a[href*="/record/0-1/"]',
    },
    activity: {
      item: '[data-selenium-test="timeline-card"]',
      text: ['[data-selenium-test="timeline-card-body"]'],
      time: ['time[datetime]', '[data-selenium-test="timeline-card-timestamp"]'],
    },
  },
];
