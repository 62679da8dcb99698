/** The shorter word (a stem's own form beats its inflections), the earlier one on ties. */
export function preferredSurface(current: string | undefined, candidate: string): string {
  return current === undefined || candidate.length < current.length ? candidate : current;
}
