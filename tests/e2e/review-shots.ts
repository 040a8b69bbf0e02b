/**
 * Screenshots written for a person to look at (the layout walk's and the one-judgment walk's pages in
 * every language): they assert nothing, and a few hundred of them cost the suite half a minute. They
 * are written on a developer's run; under CI (`CI` set), where nobody opens them, only with SHOTS=1.
 */
export const REVIEW_SHOTS = !process.env.CI || process.env.SHOTS === '1';
