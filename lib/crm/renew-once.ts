/**
 * The one renewal of an expired session a run may make, for the outbox's drain and the team's read
 * alike: the first call asks `renew` for a new token (Salesforce's refresh token, `./renewal.ts`);
 * a later call in the same run, or no way to renew, resolves null and the caller treats the
 * refusal as final. A renewal the CRM refuses throws, as `renew` does.
 */
export function renewOnce(renew: (() => Promise<string | null>) | undefined): () => Promise<string | null> {
  let spent = false;
  return () => {
    if (!renew || spent) return Promise.resolve(null);
    spent = true;
    return renew();
  };
}
