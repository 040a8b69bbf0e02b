/**
 * Screenshots written for a person to look at (the layout walk's and the one-judgment walk's pages in
 * every language, the dashboard light and dark, the accessibility walk's views, a few single views):
 * they assert nothing, and a few hundred of them cost the suite half a minute. They are written on a
 * developer's run; under CI (`CI` set), where nobody opens them, only with SHOTS=1. The store's
 * screenshots (store-screenshots.spec.ts) are made for a release: on a developer's run, by that spec
 * alone, or with SHOTS=1; a CI machine's copies reach nobody (and cost the suite half a minute).
 */
export const REVIEW_SHOTS = !process.env.CI || process.env.SHOTS === '1';
