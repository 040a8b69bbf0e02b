import type { RecordLayout } from '../crm/read-record';

/*
 * Pipedrive deal and person detail views. Pipedrive's React app names elements with
 * `data-testid`; the BEM class names of the older detail view are the fallback.
 */
export const pipedriveLayouts: readonly RecordLayout[] = [
  {
    generation: '2023+ detail view (data-testid), with the classic 2019–2022 view (BEM classes) as fallbacks',
    root: ['[data-testid="deal-details"]', '[data-testid="person-details"]', '.detailView'],
    title: ['[data-testid="header-title"]', '.detailView__header h1'],
    fields: { item: '[data-testid="field-row"], .detailView .item', label: ['[data-testid="field-label"]', '.item__label'], value: ['[data-testid="field-value"]', '.item__value'] },
    stage: ['[data-testid="pipeline-stages"] [aria-current="step"]', '.stages .stage--current'],
    // A won or lost deal keeps its last stage in the bar and shows a Won / Lost badge in the header
    // (2023+: the badge's test id; classic: the status block beside the title).
    status: ['[data-testid="deal-status"]', '[data-testid="deal-status-badge"]', '.detailView__header .dealStatus', '.detailView__status'],
    // Each entry: the 2023+ test id first, then the classic (2019–2022) BEM class.
    people: {
      item: '[data-testid="person-card"], .personCard',
      name: ['a[href^="/person/"]', '[data-testid="person-name"]', '.personCard__name'],
      title: ['[data-testid="person-job-title"]', '.personCard__jobTitle'],
      email: ['[data-testid="person-email"]', '.personCard__email'],
      phone: ['[data-testid="person-phone"]', '.personCard__phone'],
      link: 'a[href^="/person/"]',
    },
    activity: { item: '[data-testid="flow-item"], .flowItem', text: ['[data-testid="flow-item-content"]', '.flowItem__content'], time: ['time[datetime]', '[data-testid="flow-item-time"]'] },
  },
];
