import type { RecordLayout } from '../crm/read-record';

/*
 * Fxiaoke 纷享销客 web CRM (`/XV/UI/Home#crm/detail/=/<Object>/<id>`): a hash-routed app whose
 * detail pages use `crm-d-*` blocks with Chinese labels (the UI can also be Traditional Chinese
 * or English; labels are matched in all three).
 */
export const fxiaokeLayouts: readonly RecordLayout[] = [
  {
    generation: '2023+ object detail page (crm-d-* blocks)',
    root: ['.crm-detail-wrap', '.crm-d-layout'],
    title: ['.crm-d-header .crm-d-title .name', '.crm-d-header .name'],
    fields: { item: '.crm-d-fields .f-item', label: ['.f-item-label'], value: ['.f-item-value'] },
    stage: ['.crm-d-stage .stage-item.is-current', '.crm-d-stage .is-current'],
    people: {
      item: '.crm-d-relation[data-relation="ContactObj"] .relation-item',
      name: ['a.name', '.name'],
      title: ['.f-title'],
      email: ['.f-email'],
      phone: ['.f-mobile'],
      role: ['.f-role'],
      link: 'a.name[href]',
    },
    activity: { item: '.crm-feed .feed-item', text: ['.feed-content'], time: ['.feed-time'] },
    objectAttribute: 'data-apiname',
  },
];
