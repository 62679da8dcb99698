import { Types } from 'mongoose';
import { isDuplicateKey } from '../db/unique';
import { CreateCallSchema, type CreateCallInput } from '@musubi/shared';
import { UserModel } from '../features/accounts';
import { CallModel, wallClockToInstant } from '../features/calls';
import { ProfileModel, resolveProfileTags } from '../features/profiles';

const ZONE = 'Asia/Tokyo';
const DAY_MS = 86_400_000;

/** Open calls from the demo corporate, with fixed ids so a re-run adds nothing. */
const DEMO_CALLS: ReadonlyArray<{ id: string; days: number; input: Omit<CreateCallInput, 'deadline' | 'timeZone'> }> = [
  {
    id: '00000000000000000ca11001',
    days: 45,
    input: {
      title: {
        ja: '本牧物流倉庫での自律搬送ロボット実証実験',
        en: 'Autonomous transport robot pilot at our Honmoku warehouse',
      },
      challenge: {
        ja: '港湾物流の人手不足に向けて、既存の棚とコンテナヤードで動く自律搬送ロボットやピッキングの自動化を3か月間試せるスタートアップを募集します。倉庫の現場と運用データを提供します。',
        en: 'Port logistics is short of hands. We look for startups with autonomous transport robots or picking automation that can run a three-month pilot with our existing shelving and container yard. We provide the site and operation data.',
      },
      tags: ['robotics', 'logistics', 'port', 'automation', 'poc'],
      offers: ['field-venue', 'data', 'customer-pilot'],
      eligibleKinds: ['startup'],
      eligibleAreas: [],
    },
  },
  {
    id: '00000000000000000ca11002',
    days: 60,
    input: {
      title: { ja: '関内駅コンコースのメディアアート共創', en: 'Media art for the renewed Kannai station concourse' },
      challenge: {
        ja: 'リニューアルする関内駅コンコースで、プロジェクションマッピングや照明、センサーを使った夜のにぎわいを生むメディアアートを共に制作するクリエイターを募集します。制作費と会場を提供します。',
        en: 'We are renewing the Kannai station concourse and look for creators to co-create media art with projection mapping, lighting and sensors that brings life to the area at night. We fund the work and provide the venue.',
      },
      tags: ['media-art', 'projection-mapping', 'lighting-design', 'creative-city', 'night-economy'],
      offers: ['field-venue', 'funding'],
      eligibleKinds: ['creator'],
      eligibleAreas: [],
    },
  },
  {
    id: '00000000000000000ca11003',
    days: 30,
    input: {
      title: { ja: 'みなとみらいスマートモビリティ実証', en: 'Smart mobility demonstration in Minato Mirai' },
      challenge: {
        ja: '観光客と来街者の移動を快適にするモビリティサービスの実証実験パートナーを募集します。人流データ、規制サンドボックスの申請支援、メンタリングを提供します。',
        en: 'We look for partners for a demonstration experiment of mobility services that make moving around easier for visitors and tourists. We offer people-flow data, support with a regulatory sandbox application and mentoring.',
      },
      tags: ['mobility', 'smart-city', 'tourism', 'poc'],
      offers: ['data', 'regulatory-sandbox', 'mentoring'],
      eligibleKinds: ['startup', 'creator'],
      eligibleAreas: ['yokohama', 'shibuya', 'japan-other'],
    },
  },
];

/** The calendar date `days` from now in Tokyo (YYYY-MM-DD). */
function tokyoDateIn(days: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(Date.now() + days * DAY_MS);
}

/** Adds the demo open calls once (posted by the demo corporate); returns how many were created. */
export async function seedDemoCalls(posterEmail: string): Promise<number> {
  const poster = await UserModel.findOne({ email: posterEmail }, { _id: 1 }).lean();
  if (!poster) return 0;
  const profile = await ProfileModel.findOne({ userId: poster._id }, { _id: 1, kind: 1 }).lean();
  let created = 0;
  for (const call of DEMO_CALLS) {
    const input = CreateCallSchema.parse({ ...call.input, deadline: { date: tokyoDateIn(call.days) }, timeZone: ZONE });
    const _id = new Types.ObjectId(call.id);
    if (await CallModel.exists({ _id })) continue;
    const at = new Date();
    try {
      await CallModel.create({
        _id,
        posterUserId: poster._id,
        posterProfileId: profile?.kind === 'corporate' ? profile._id : null,
        status: 'open',
        version: 1,
        title: input.title,
        challenge: input.challenge,
        ...resolveProfileTags(input.tags),
        offers: input.offers,
        eligibleKinds: input.eligibleKinds,
        eligibleAreas: input.eligibleAreas,
        deadline: input.deadline,
        timeZone: input.timeZone,
        deadlineAt: wallClockToInstant(input.deadline.date, input.deadline.time, input.timeZone),
        createdAt: at,
        updatedAt: at,
      });
      created += 1;
    } catch (err) {
      // Another process seeding at the same time inserted it first.
      if (!isDuplicateKey(err)) throw err;
    }
  }
  return created;
}
