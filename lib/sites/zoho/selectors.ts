import type { RecordField } from '../crm/fields';
import type { RecordLayout } from '../crm/read-record';

/*
 * Zoho CRM detail view. Zoho tags its controls with `data-zcqa` for its own tests. Labels are in
 * the user's language (简体中文 on crm.zoho.com.cn, 繁體中文, …) and admins rename them; the field's
 * column name, which Zoho puts in ids and `data-zcqa` values in both generations, is the same
 * everywhere, so it decides which field a row is, and the label only when it says nothing.
 */

/** Zoho's column names of the standard fields we read (Leads, Contacts, Deals). */
const COLUMNS: Readonly<Record<string, RecordField>> = {
  SMOWNERID: 'owner',
  AMOUNT: 'amount',
  CLOSINGDATE: 'closeDate',
  STAGE: 'stage',
  NEXTSTEP: 'nextStep',
  ACCOUNTID: 'company',
  COMPANY: 'company',
  CONTACTID: 'contactName',
  EMAIL: 'email',
  PHONE: 'phone',
  MOBILE: 'phone',
  TITLE: 'title',
  DESIGNATION: 'title',
  LASTACTIVITYTIME: 'lastActivity',
};

/** The row's column name: `data-zcqa="dtVw_lbl_STAGE"` (2023+ crux view) or `id="subvalue_STAGE"` (Canvas-era view). */
function fieldByColumn(row: Element): RecordField | undefined {
  const crux = row.querySelector('[data-zcqa^="dtVw_lbl_"]')?.getAttribute('data-zcqa')?.slice('dtVw_lbl_'.length);
  const canvas = row.querySelector('[id^="subvalue_"]')?.id.slice('subvalue_'.length);
  const column = crux ?? canvas;
  return column && Object.hasOwn(COLUMNS, column) ? COLUMNS[column] : undefined;
}

export const zohoLayouts: readonly RecordLayout[] = [
  {
    generation: '2023+ detail page of the redesigned UI (Lyte crux components: crux-detailpage-wrapper, dtVw_lbl_<column> labels)',
    root: ['crux-detailpage-wrapper'],
    title: ['crux-detailpage-header #recHeader1', '.cxDvRecordHeader1'],
    // Section rows only: the business card above them repeats a few fields in rows of its own.
    fields: { item: '#detail_tab_content .cxDvBcInfoFormRow', label: ['[data-zcqa^="dtVw_lbl_"]', '.cxDvInfoFormField'], value: ['.cxDvInfoValue', '.dvValueContainer'], fieldKey: fieldByColumn },
    // The deal's contact: the Contact Name row's link to the contact's record (its column, not its label).
    people: {
      item: '#detail_tab_content .cxDvBcInfoFormRow:has([data-zcqa="dtVw_lbl_CONTACTID"])',
      name: ['a[href*="/tab/Contacts/"]'],
      link: 'a[href*="/tab/Contacts/"]',
    },
  },
  {
    generation: '2022+ detail view (Canvas-era classes, data-zcqa attributes)',
    root: ['#crm_detailview', '[data-zcqa="detailView"]'],
    title: ['[data-zcqa="detailView_title"]', '#header_name', '.dvTitle'],
    fields: { item: '.dvFieldRow, [data-zcqa^="detailView_field_"]', label: ['.dvFieldLabel', '[data-zcqa="fieldLabel"]'], value: ['.dvFieldValue [id^="subvalue_"]', '.dvFieldValue'], fieldKey: fieldByColumn },
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
