import { NO_POLICY, parseManagedPolicy, type ManagedPolicy } from './policy';

/**
 * The policy in force, from `chrome.storage.managed`. A browser with no policy, or a platform
 * without managed storage, reads as no policy (everything allowed, nothing locked).
 */
export async function readManagedPolicy(): Promise<ManagedPolicy> {
  try {
    return parseManagedPolicy(await browser.storage.managed.get());
  } catch {
    return NO_POLICY;
  }
}

/**
 * Calls `onChange` with the new policy whenever the admin's policy changes (Chrome reloads policy
 * on its own: a new file in the policy folder, a GPO refresh, Google Admin's push). Returns the
 * function that stops watching.
 */
export function watchManagedPolicy(onChange: (policy: ManagedPolicy) => void): () => void {
  const listener = (_changes: unknown, area: string) => {
    if (area === 'managed') void readManagedPolicy().then(onChange);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
