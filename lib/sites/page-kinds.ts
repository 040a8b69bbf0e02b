export const PAGE_KINDS = ['linkedin-profile', 'gmail-thread'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];
