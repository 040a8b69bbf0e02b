import { activitySubject, activityText, structuredFields, trimBase, type CrmAdapter, type CrmCredentials, type PlannedWrite } from './adapter';
import { CrmRequestError, requestJson, type Fetch } from './http';
import type { CrmActivity } from './types';

/**
 * Salesforce REST API: a completed Task on the person (WhoId: Contact or Lead) and the deal
 * (WhatId: Opportunity or Account), with the structured fields in custom Task fields the admin
 * creates (`SOP_*__c`, docs/team-scale.md). The write is an upsert on the external-id field
 * `SOP_Activity_Key__c` (`PATCH /sobjects/Task/SOP_Activity_Key__c/<key>`): a retry updates the
 * Task the first attempt made, never a second. Signed in with an OAuth access token (Bearer) for
 * the org's instance URL.
 */

export const SALESFORCE_API_VERSION = 'v62.0';
const headers = (token: string) => ({ authorization: `Bearer ${token}` });
const dataUrl = (apiBase: string) => `${trimBase(apiBase)}/services/data/${SALESFORCE_API_VERSION}`;

function fields(activity: CrmActivity, whoId: string): Record<string, unknown> {
  const f = structuredFields(activity);
  const { event } = activity;
  const subtype = event.kind === 'touch' && event.channel === 'email' ? 'Email' : event.kind === 'touch' && event.channel === 'phone' ? 'Call' : 'Task';
  return {
    Subject: activitySubject(activity).slice(0, 255),
    Status: 'Completed',
    TaskSubtype: subtype,
    ActivityDate: new Date(activity.at).toISOString().slice(0, 10),
    Description: activityText(activity),
    WhoId: whoId,
    ...(activity.recordIds.deal ? { WhatId: activity.recordIds.deal } : {}),
    SOP_Event__c: f.event,
    SOP_Stage__c: f.stage,
    SOP_Tier__c: f.tier || null,
    SOP_Playbook_Version__c: f.playbookVersion,
    SOP_Talk_Track__c: f.talkTrack || null,
    SOP_Objection__c: f.objection || null,
    SOP_Direction__c: f.direction || null,
    SOP_Channel__c: f.channel || null,
    // Only an objection heard carries these (an org made before them still takes every other Task).
    ...(event.kind === 'objection' ? { SOP_Hidden_Concern__c: f.hiddenConcern || null, SOP_Reader_Confidence__c: f.confidence ? Number(f.confidence) : null } : {}),
  };
}

/** A value inside a SOQL string literal. */
export function soqlString(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

async function queryFirstId(credentials: CrmCredentials, fetchImpl: Fetch, soql: string): Promise<string | undefined> {
  const { body } = await requestJson(fetchImpl, `${dataUrl(credentials.apiBase)}/query?q=${encodeURIComponent(soql)}`, { method: 'GET', headers: headers(credentials.token) });
  return (body as { records?: { Id?: string }[] } | null)?.records?.[0]?.Id;
}

async function whoIdOf(activity: CrmActivity, credentials: CrmCredentials, fetchImpl: Fetch): Promise<string> {
  if (activity.recordIds.contact) return activity.recordIds.contact;
  const email = activity.contact.email;
  if (email) {
    const found =
      (await queryFirstId(credentials, fetchImpl, `SELECT Id FROM Contact WHERE Email = ${soqlString(email)} LIMIT 1`)) ??
      (await queryFirstId(credentials, fetchImpl, `SELECT Id FROM Lead WHERE Email = ${soqlString(email)} AND IsConverted = false LIMIT 1`));
    if (found) return found;
  }
  throw new CrmRequestError('no-record', undefined, email ?? activity.contact.name);
}

const upsertUrl = (apiBase: string, key: string) => `${dataUrl(apiBase)}/sobjects/Task/SOP_Activity_Key__c/${encodeURIComponent(key)}`;

export const salesforce: CrmAdapter = {
  id: 'salesforce',
  defaultApiBase: '',

  async verify({ apiBase, token }, fetchImpl) {
    const { body } = await requestJson(fetchImpl, `${dataUrl(apiBase)}/limits`, { method: 'GET', headers: headers(token) });
    const daily = (body as { DailyApiRequests?: { Max?: number; Remaining?: number } } | null)?.DailyApiRequests;
    const host = new URL(apiBase).host;
    return daily?.Remaining === undefined ? host : `${host} (${String(daily.Remaining)}/${String(daily.Max ?? '?')})`;
  },

  preview(activity, { apiBase }): PlannedWrite {
    return {
      method: 'PATCH',
      url: upsertUrl(apiBase, activity.key),
      body: fields(activity, activity.recordIds.contact ?? '<WhoId>'),
      lookups: activity.recordIds.contact ? [] : [`<WhoId> = the Salesforce Contact (or Lead) with email ${activity.contact.email ?? '?'}`],
    };
  },

  // An upsert needs no look-up first, uncertain or not: the key makes the second attempt (and a corrected reading) an update.
  async send(activity, credentials, fetchImpl) {
    const whoId = await whoIdOf(activity, credentials, fetchImpl);
    const { status, body } = await requestJson(fetchImpl, upsertUrl(credentials.apiBase, activity.key), { method: 'PATCH', headers: headers(credentials.token), body: fields(activity, whoId) });
    if (status === 300) throw new CrmRequestError('rejected', 300, 'several Tasks carry this key');
    const id = (body as { id?: string } | null)?.id;
    if (!id) throw new CrmRequestError('server', status, 'no id in the answer');
    return { remoteId: id };
  },
};
