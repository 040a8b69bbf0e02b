import type { CrmAdapter } from './adapter';
import { hubspot } from './hubspot';
import { pipedrive } from './pipedrive';
import { salesforce } from './salesforce';
import type { CrmId } from './types';
import { zoho } from './zoho';

/** Every CRM we log to; the compiler refuses a CRM id without its adapter. */
export const CRM_ADAPTERS: Record<CrmId, CrmAdapter> = { hubspot, pipedrive, salesforce, zoho };
