import type { LocalizedText, ProfileDraftDto, ProfileDto } from '@musubi/shared';
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
    location: {
      area: doc.location.area,
      ...(doc.location.city ? { city: doc.location.city } : {}),
      ...(doc.location.country ? { country: doc.location.country } : {}),
    },
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

export function presentDraft(draft: ProfileDraftRecord): ProfileDraftDto {
  return { step: draft.step, data: draft.data, updatedAt: draft.updatedAt.toISOString() };
}
