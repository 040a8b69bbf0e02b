import type { RecordLayout } from '../crm/read-record';

/*
 * Zoho CRM detail view. Zoho tags its controls with `data-zcqa` for its own tests; field rows
 * also carry the API name in `subvalue_<FIELD>` ids, which are the fallback.
 */
export const zohoLayouts: readonly RecordLayout[] = [
  {
    generation: '2022+ detail view (Canvas-era classes, data-zcqa attributes)',
    root: ['#crm_detailview', '[data-zcqa="detailView"]'],
    title: ['[data-zcqa="detailView_title"]', '#header_name', '.dvTitle'],
    fields: { item: '.dvFieldRow, [data-zcqa^="detailView_field_"]', label: ['.dvFieldLabel', '[data-zcqa="fieldLabel"]'], value: ['.dvFieldValue [id^="subvalue_"]', '.dvFieldValue'] },
    people: {
      item: '[data-zcqa="relatedList_ContactRoles"] tr.lvRow',
      name: ['a[href*="/tab/Contacts/"]'],
      email: ['.lvEmail'],
      role: ['.lvRole'],
      title: ['.lvTitle'],
      link: 'a[href*="/tab/Contacts/"]',
    },
    activity: { item: '[data-zcqa="relatedList_Notes"] .noteItem', text: ['.noteContent'], time: ['.noteTime[title]', '.noteTime'] },
  },
];
