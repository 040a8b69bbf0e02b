export const PAGE_KINDS = ['linkedin-profile'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];
