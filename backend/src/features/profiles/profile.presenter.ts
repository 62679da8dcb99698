import {
  CARD_EXCERPT_MAX,
  type LocalizedText,
  type NeedCategory,
  type ProfileCardDto,
  type ProfileDraftDto,
  type ProfileDto,
} from '@musubi/shared';
import type { ProfileDraftRecord } from './draft.model';
import type { ProfileRecord } from './profile.model';
import { presentTag } from './profile-tags';
import type { Viewer } from './viewer';

export interface PresentOptions {
  /** Decided by the service (owner, admin, or a contact-access check); never true in lists. */
  canSeeContact: boolean;
  /** The picture's ETag, or null when there is none (the initials SVG is served). */
  avatarEtag: string | null;
}

const localized = (t: LocalizedText | undefined): LocalizedText => ({
  ...(t?.ja ? { ja: t.ja } : {}),
  ...(t?.en ? { en: t.en } : {}),
});

const locationOf = ({ area, city, country }: ProfileRecord['location']): ProfileDto['location'] => ({
  area,
  ...(city ? { city } : {}),
  ...(country ? { country } : {}),
});

/** The URL of a profile's picture; the query changes whenever the picture (or the initials) would. */
export function avatarUrlOf(profile: Pick<ProfileRecord, '_id' | 'version'>, avatarEtag: string | null): string {
  const v = avatarEtag ?? `v${profile.version}`;
  return `/api/profiles/${profile._id.toString()}/avatar?v=${encodeURIComponent(v)}`;
}

/** What `viewer` may see of a profile; contact details only when `canSeeContact`. */
export function presentProfile(
  doc: ProfileRecord,
  viewer: Viewer,
  { canSeeContact, avatarEtag }: PresentOptions,
): ProfileDto {
  const dto: ProfileDto = {
    id: doc._id.toString(),
    kind: doc.kind,
    name: localized(doc.name),
    headline: localized(doc.headline),
    description: localized(doc.description),
    tags: doc.tags.map((id) => presentTag(id, doc.freeTags ?? [])),
    offers: doc.offers.map(({ category, text }) => ({ category, text })),
    seeks: doc.seeks.map(({ category, text }) => ({ category, text })),
    location: locationOf(doc.location),
    languages: [...doc.languages],
    links: doc.links.map(({ label, url }) => ({ label, url })),
    visibility: doc.visibility,
    avatarUrl: avatarUrlOf(doc, avatarEtag),
    hasAvatar: avatarEtag !== null,
    isOwner: !!viewer && viewer.userId === doc.userId.toString(),
    version: doc.version,
    createdAt: doc.createdAt.toISOString(),
    updatedAt: doc.updatedAt.toISOString(),
  };
  if (doc.website) dto.website = doc.website;
  if (doc.kind === 'startup' && doc.startup) {
    const { stage, foundedYear, teamSize } = doc.startup;
    dto.startup = { stage, ...(foundedYear ? { foundedYear } : {}), ...(teamSize ? { teamSize } : {}) };
  }
  if (doc.kind === 'creator' && doc.creator) {
    dto.creator = { disciplines: [...doc.creator.disciplines], portfolioLinks: [...doc.creator.portfolioLinks] };
  }
  if (doc.kind === 'corporate' && doc.corporate) {
    const { industry, size, programmes } = doc.corporate;
    dto.corporate = { industry, size, programmes: programmes.map(({ name, description }) => ({ name, description })) };
  }
  if (canSeeContact) {
    dto.contact = {
      ...(doc.contact?.email ? { email: doc.contact.email } : {}),
      ...(doc.contact?.phone ? { phone: doc.contact.phone } : {}),
    };
  }
  return dto;
}

const BOUNDARY = /[\s。、．.!?！？]/u;

/**
 * The start of `text` in at most `max` characters: whitespace runs as one space, cut after the
 * last sentence or word boundary in the final 40 % (else at `max`, never inside a surrogate pair),
 * with "…" when anything was cut.
 */
export function excerptOf(text: string, max = CARD_EXCERPT_MAX): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  let end = max - 1;
  for (let i = end - 1; i >= Math.floor(max * 0.6); i--) {
    if (BOUNDARY.test(flat[i]!)) {
      end = i + 1;
      break;
    }
  }
  const last = flat.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${flat.slice(0, end).trimEnd()}…`;
}

const categoriesOf = (needs: readonly { category: NeedCategory }[]) => [...new Set(needs.map((n) => n.category))];

/**
 * A profile as a list shows it (see `ProfileCardDto`): never contact details, no description beyond
 * an excerpt, no need texts. The same for every viewer who may see the profile.
 */
export function presentProfileCard(doc: ProfileRecord, avatarEtag: string | null): ProfileCardDto {
  const excerpt: LocalizedText = {};
  if (doc.description?.ja) excerpt.ja = excerptOf(doc.description.ja);
  if (doc.description?.en) excerpt.en = excerptOf(doc.description.en);
  return {
    id: doc._id.toString(),
    kind: doc.kind,
    name: localized(doc.name),
    headline: localized(doc.headline),
    excerpt,
    tags: doc.tags.map((id) => presentTag(id, doc.freeTags ?? [])),
    offerCategories: categoriesOf(doc.offers),
    seekCategories: categoriesOf(doc.seeks),
    location: locationOf(doc.location),
    languages: [...doc.languages],
    avatarUrl: avatarUrlOf(doc, avatarEtag),
    hasAvatar: avatarEtag !== null,
    version: doc.version,
  };
}

export function presentDraft(draft: ProfileDraftRecord): ProfileDraftDto {
  return { step: draft.step, data: draft.data, updatedAt: draft.updatedAt.toISOString() };
}
