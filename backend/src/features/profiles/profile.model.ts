import { Schema, model, type Types } from 'mongoose';
import {
  COMPANY_SIZES,
  LOCATION_AREAS,
  NEED_CATEGORY_IDS,
  PROFILE_KINDS,
  SPOKEN_LANGUAGES,
  STARTUP_STAGES,
  VISIBILITIES,
  type LocalizedText,
  type LocationArea,
  type NeedCategory,
  type ProfileKind,
  type Visibility,
} from '@musubi/shared';

/** The stored shape of a profile, as `lean()` returns it. */
export interface ProfileRecord {
  _id: Types.ObjectId;
  userId: Types.ObjectId;
  kind: ProfileKind;
  name: LocalizedText;
  headline: LocalizedText;
  description: LocalizedText;
  /** Canonical vocabulary ids and `free:` ids, deduplicated. */
  tags: string[];
  /** The label typed for each `free:` tag, so it can be shown as written. */
  freeTags: { id: string; label: string }[];
  offers: { category: NeedCategory; text: string }[];
  seeks: { category: NeedCategory; text: string }[];
  location: { area: LocationArea; city?: string; country?: string };
  languages: string[];
  website?: string;
  links: { label: string; url: string }[];
  startup?: { stage: (typeof STARTUP_STAGES)[number]; foundedYear?: number; teamSize?: number };
  creator?: { disciplines: string[]; portfolioLinks: string[] };
  corporate?: {
    industry: string;
    size: (typeof COMPANY_SIZES)[number];
    programmes: { name: string; description: string }[];
  };
  /** Private: only the owner, admins and viewers a contact-access check admits see it. */
  contact?: { email?: string; phone?: string };
  visibility: Visibility;
  /** Incremented on every write; the optimistic-concurrency token. The picture lives in `avatars`. */
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

const sub = <T extends object>(definition: T) => new Schema(definition, { _id: false });

const localizedSchema = sub({ ja: String, en: String });
const needSchema = sub({
  category: { type: String, enum: NEED_CATEGORY_IDS, required: true },
  text: { type: String, default: '' },
});

const profileSchema = new Schema(
  {
    userId: { type: Schema.Types.ObjectId, required: true, unique: true },
    kind: { type: String, enum: PROFILE_KINDS, required: true, index: true },
    name: { type: localizedSchema, required: true },
    headline: { type: localizedSchema, required: true },
    description: { type: localizedSchema, required: true },
    tags: { type: [String], default: [], index: true },
    freeTags: {
      type: [sub({ id: { type: String, required: true }, label: { type: String, required: true } })],
      default: [],
    },
    offers: { type: [needSchema], default: [] },
    seeks: { type: [needSchema], default: [] },
    location: {
      type: sub({
        area: { type: String, enum: LOCATION_AREAS, required: true },
        city: String,
        country: String,
      }),
      required: true,
    },
    languages: { type: [{ type: String, enum: SPOKEN_LANGUAGES }], default: [], index: true },
    website: String,
    links: { type: [sub({ label: String, url: String })], default: [] },
    startup: sub({
      stage: { type: String, enum: STARTUP_STAGES, required: true },
      foundedYear: Number,
      teamSize: Number,
    }),
    creator: sub({ disciplines: { type: [String], default: [] }, portfolioLinks: { type: [String], default: [] } }),
    corporate: sub({
      industry: { type: String, required: true },
      size: { type: String, enum: COMPANY_SIZES, required: true },
      programmes: { type: [sub({ name: String, description: String })], default: [] },
    }),
    contact: sub({ email: String, phone: String }),
    visibility: { type: String, enum: VISIBILITIES, required: true },
    version: { type: Number, required: true, min: 1 },
  },
  { timestamps: true, collection: 'profiles', versionKey: false },
);

// Directory filters and the matching feature's polling; plain indexes only (FerretDB v1).
profileSchema.index({ visibility: 1, _id: -1 });
profileSchema.index({ 'location.area': 1 });
profileSchema.index({ 'offers.category': 1 });
profileSchema.index({ 'seeks.category': 1 });
profileSchema.index({ updatedAt: 1 });

export const ProfileModel = model<ProfileRecord>('Profile', profileSchema);
