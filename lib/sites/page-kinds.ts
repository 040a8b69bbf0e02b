export const PAGE_KINDS = ['linkedin-profile', 'linkedin-messaging', 'linkedin-sales-lead', 'gmail-thread', 'outlook-thread'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];
