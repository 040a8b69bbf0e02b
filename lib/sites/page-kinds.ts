export const PAGE_KINDS = ['linkedin-profile', 'linkedin-messaging', 'gmail-thread'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];
