import { CITY_DOMAINS } from './domains-city';
import { DIGITAL_DOMAINS } from './domains-digital';
import { ENTERTAINMENT_DOMAINS } from './domains-entertainment';
import { LIFE_DOMAINS } from './domains-life';
import { MAKING_DOMAINS } from './domains-making';
import { SOCIETY_DOMAINS } from './domains-society';
import type { DomainBank, DomainId } from './types';
import { VISUAL_DOMAINS } from './domains-visual';

export const DOMAINS: readonly DomainBank[] = [
  ...DIGITAL_DOMAINS,
  ...CITY_DOMAINS,
  ...LIFE_DOMAINS,
  ...SOCIETY_DOMAINS,
  ...ENTERTAINMENT_DOMAINS,
  ...VISUAL_DOMAINS,
  ...MAKING_DOMAINS,
];

export const DOMAIN_BY_ID = new Map<DomainId, DomainBank>(DOMAINS.map((d) => [d.id, d]));

export function domainById(id: DomainId): DomainBank {
  const domain = DOMAIN_BY_ID.get(id);
  if (!domain) throw new Error(`Unknown domain ${id}`);
  return domain;
}

/** Domains a startup or creator can be in, with their weights. */
export function domainsFor(kind: 'startup' | 'creator'): (readonly [DomainBank, number])[] {
  return DOMAINS.filter((d) => d.weight[kind] > 0 && d[kind].length > 0).map((d) => [d, d.weight[kind]] as const);
}
