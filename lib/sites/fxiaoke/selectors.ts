import type { RecordField } from '../crm/fields';
import type { RecordLayout } from '../crm/read-record';

/*
 * Fxiaoke 纷享销客 web CRM (`/XV/UI/Home#crm/detail/=/<Object>/<id>`): a hash-routed app. Its detail
 * pages come in two generations, newest first: field blocks named by API name (`faci-field-display`),
 * and the older `crm-d-*` blocks with Chinese labels (the UI can also be Traditional Chinese or
 * English; labels are matched in all three).
 */

/**
 * Fields by their API name (`data-apiname` on each field block), the same in every UI language and
 * after an admin renames the label: the standard fields of 商机 (NewOpportunityObj), 联系人 and 客户.
 * A field not named here is read by its label.
 */
const API_FIELDS: Readonly<Record<string, RecordField>> = {
  name: 'name',
  account_id: 'company',
  sales_stage: 'stage',
  amount: 'amount',
  close_date: 'closeDate',
  owner: 'owner',
};

const FACI_FIELD = '.faci-field-display[data-apiname]';
const hasField = (root: Element, apiName: string) => root.querySelector(`.faci-field-display[data-apiname="${apiName}"]`) !== null;

export const fxiaokeLayouts: readonly RecordLayout[] = [
  {
    // The detail page of the UI PaaS ("faci" components): each field a `faci-field-display` block
    // stamped with its API name, label and value inside (`…_label`, `…_value`); people as links to
    // their employee card (`empid-<n>`). Seen in scripts that read saved 纷享销客 detail pages.
    generation: '2024+ UI PaaS detail page (faci-field-display[data-apiname])',
    root: [`[data-apiname$="Obj"]:has(${FACI_FIELD})`, `body:has(${FACI_FIELD})`],
    title: ['.faci-field-display[data-apiname="name"] .faci-field-display_value'],
    fields: {
      item: FACI_FIELD,
      label: ['.faci-field-display_label'],
      value: ['.faci-field-display_value'],
      fieldKey: (item) => {
        const apiName = item.getAttribute('data-apiname') ?? '';
        return Object.hasOwn(API_FIELDS, apiName) ? API_FIELDS[apiName] : undefined;
      },
    },
    // Its related objects: 联系人 and 销售记录 (ActiveRecordObj) as Element tables, each cell
    // classed `td-<API name>` (seen in scripts that read 纷享销客 list pages), each row a record.
    // A column whose API name is not one of these is read by its header (职务, 手机, 角色…).
    people: {
      item: '[data-apiname="ContactObj"] .el-table__body-wrapper tr.el-table__row',
      name: ['td.td-name a', 'td.td-name'],
      title: ['td.td-job_title'],
      email: ['td.td-email'],
      phone: ['td.td-mobile1', 'td.td-mobile', 'td.td-tel1'],
      role: ['td.td-contact_role'],
      // Element stamps a header cell and its column's cells with one class (`el-table_3_column_12`).
      columns: { scope: '.el-table', header: '.el-table__header-wrapper th', key: /^el-table_\d+_column_\d+$/ },
      link: 'td a[href*="ContactObj/"]',
    },
    activity: {
      item: '[data-apiname="ActiveRecordObj"] .el-table__body-wrapper tr.el-table__row',
      text: ['td.td-active_record_content'],
      time: ['td.td-create_time', 'td.td-last_modified_time'],
    },
    objectAttribute: 'data-apiname',
    // Without an object named around the fields, they say it: only a 商机 has a sales stage, and a
    // 联系人 belongs to a 客户 (account_id), which a 客户 itself has not.
    shownType: (root) => (hasField(root, 'sales_stage') ? 'deal' : hasField(root, 'account_id') ? 'person' : 'account'),
  },
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
