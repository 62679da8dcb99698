type QueryParams = Record<string, string | number | undefined>;

/** The query string (without `?`) of the given parameters; undefined and empty ones are left out. */
export function queryString(params: QueryParams): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params))
    if (value !== undefined && value !== '') query.set(key, String(value));
  return query.toString();
}

/** `path` with the given query parameters; undefined and empty ones are left out. */
export function withQuery(path: string, params: QueryParams): string {
  const text = queryString(params);
  return text ? `${path}?${text}` : path;
}
