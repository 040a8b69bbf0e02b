import type { CrmId } from '@/lib/crm/types';

/** Product names, the same in every language. */
export const CRM_NAMES: Record<CrmId, string> = { hubspot: 'HubSpot', pipedrive: 'Pipedrive', salesforce: 'Salesforce', zoho: 'Zoho CRM' };
