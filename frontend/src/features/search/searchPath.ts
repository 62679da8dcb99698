/** Where a search term goes: the search page, with the term in the URL. */
export const searchPath = (q: string) => `/search?${new URLSearchParams({ q: q.trim() }).toString()}`;
