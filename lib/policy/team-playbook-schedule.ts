import { z } from 'zod';
import type { SopDatabase } from '../db/database';
import { onMessage } from '../messaging/protocol';
import { getTeamPlaybook } from '../playbook/active-playbook';
import { readManagedPolicy, watchManagedPolicy } from './managed-storage';
import { isTeamPlaybookCheckDue, refreshTeamPlaybook, REFRESH_EVERY_MINUTES } from './refresh-team-playbook';
import { parseTeamPlaybookStatus, teamPlaybookStatusItem, type TeamPlaybookStatus } from './team-playbook-status';

const ALARM = 'team-playbook-refresh';

let chain: Promise<unknown> = Promise.resolve();

/** One check at a time: a policy change during a download waits for it, then checks again. */
function checkTeamPlaybook(db: SopDatabase, useTeam = false): Promise<TeamPlaybookStatus | null> {
  const run = chain.then(async () =>
    refreshTeamPlaybook({
      db,
      policy: await readManagedPolicy(),
      now: Date.now(),
      useTeam,
      fetchOptions: { fetch: (input, init) => fetch(input, init) },
      readStatus: async () => parseTeamPlaybookStatus(await teamPlaybookStatusItem.getValue()),
      writeStatus: (status) => teamPlaybookStatusItem.setValue(status),
    }),
  );
  chain = run.catch(() => undefined);
  return run;
}

function logged(promise: Promise<unknown>): void {
  promise.catch((error: unknown) => console.error('Team playbook', error));
}

/**
 * The background's part of the team playbook: checked when the policy changes, when the browser
 * starts, every six hours (an alarm, which outlives the service worker) and on request from
 * Settings (`checkTeamPlaybook`); and when the worker starts and a check is due (see `isTeamPlaybookCheckDue`).
 */
export function scheduleTeamPlaybook(db: SopDatabase): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) logged(checkTeamPlaybook(db));
  });
  browser.runtime.onStartup.addListener(() => logged(checkTeamPlaybook(db)));
  watchManagedPolicy(() => logged(checkTeamPlaybook(db)));
  logged(
    (async () => {
      // Alarms may be cleared by a browser restart or an update: made again when missing.
      if (!(await browser.alarms.get(ALARM))) await browser.alarms.create(ALARM, { periodInMinutes: REFRESH_EVERY_MINUTES });
      const [policy, status, current] = await Promise.all([readManagedPolicy(), teamPlaybookStatusItem.getValue(), getTeamPlaybook(db)]);
      if (isTeamPlaybookCheckDue(policy, parseTeamPlaybookStatus(status), current, Date.now())) await checkTeamPlaybook(db);
    })(),
  );
  // "Check now" in Settings: only our own extension pages may ask.
  onMessage('checkTeamPlaybook', async ({ data, sender }) => {
    if (sender.id !== browser.runtime.id || !sender.url?.startsWith(browser.runtime.getURL('/'))) throw new Error('Refused: not an extension page');
    const request = checkRequestSchema.parse(data);
    await checkTeamPlaybook(db, request.useTeam === true);
  });
}

const checkRequestSchema = z.object({ from: z.literal('settings'), useTeam: z.boolean().optional() }).strict();
