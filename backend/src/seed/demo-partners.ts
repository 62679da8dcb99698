import type { Language, UpsertProfileInput } from '@musubi/shared';
import type { DemoProfile } from './types';

/**
 * Hand-written members who are clearly partners of the documented demo accounts, so a newcomer
 * signing in as one of them first sees suggestions a person would make. Chosen from what each demo
 * account offers and seeks (written before looking at any ranking), not from the evaluation set.
 *
 * | demo account   | its partners                                                                       |
 * |----------------|------------------------------------------------------------------------------------|
 * | startup@       | a container terminal, a cold-chain warehouse operator, a robotics CVC, an industrial designer, a Singapore distributor |
 * | creator@       | a LiDAR people-tracking startup, a red-brick warehouse venue, a bay-area hotel sponsor, a show-control startup, a projector maker |
 * | corporate@     | an AI shuttle startup, a station crowd-analytics startup, a multilingual hotel concierge startup, a sound artist, a muralist |
 */
type PartnerOf = 'startup' | 'creator' | 'corporate';

interface PartnerSpec {
  of: PartnerOf;
  slug: string;
  displayName: string;
  language: Language;
  timeZone?: string;
  profile: UpsertProfileInput;
}

const contact = (slug: string) => ({ email: `demo+partner-${slug}@musubi.example` });
const site = (slug: string) => `https://${slug}.example`;

const SPECS: readonly PartnerSpec[] = [
  // startup@ (Minato Robotics): pilot sites at terminals and warehouses, Series A, a distributor in Southeast Asia, industrial design.
  {
    of: 'startup',
    slug: 'honmoku-terminal',
    displayName: 'Tsuyoshi Matsuda',
    language: 'en',
    profile: {
      kind: 'corporate',
      name: { ja: '本牧コンテナターミナル株式会社', en: 'Honmoku Container Terminal Co., Ltd.' },
      headline: {
        ja: '横浜港のコンテナヤードを、自動化ロボットの実証の場に',
        en: 'Our container yard at the Port of Yokohama as a pilot site for automation robots',
      },
      description: {
        ja: '本牧コンテナターミナルは、横浜港で年間80万TEUを扱うコンテナターミナルの運営会社です。人手不足に備え、ヤード内の搬送と荷役の自動化を進めています。自律搬送ロボットやカメラによる荷姿認識の技術を持つスタートアップと、ターミナルでの3か月の実証実験を行いたいと考えています。',
        en: 'Honmoku Container Terminal operates a container terminal handling 800,000 TEU a year at the Port of Yokohama. With fewer workers every year, we are automating transport and cargo handling in the yard. We want to run three-month pilots in the terminal with startups that build autonomous carts and camera-based parcel recognition.',
      },
      tags: ['port', 'logistics', 'maritime', 'automation', 'robotics', 'poc', 'open-innovation'],
      offers: [
        {
          category: 'poc-partner',
          text: 'Our container terminal and yard warehouses at Honmoku pier for a three-month pilot of autonomous carts',
        },
        { category: 'data', text: 'Anonymised cargo-handling data from the container yard' },
      ],
      seeks: [
        {
          category: 'engineering',
          text: 'Robot control and computer vision to automate transport in the container yard',
        },
        { category: 'co-creation', text: 'A robotics startup to automate port logistics with us' },
      ],
      location: { area: 'yokohama', city: '横浜・本牧', country: 'JP' },
      languages: ['ja', 'en'],
      website: site('honmoku-terminal'),
      links: [],
      contact: contact('honmoku-terminal'),
      visibility: 'public',
      corporate: { industry: '港湾運送', size: '250-999', programmes: [] },
    },
  },
  {
    of: 'startup',
    slug: 'kohoku-cold-chain',
    displayName: 'Kenji Morita',
    language: 'en',
    profile: {
      kind: 'corporate',
      name: { ja: '港北コールドチェーン株式会社', en: 'Kohoku Cold Chain Co., Ltd.' },
      headline: {
        ja: '首都圏12か所の冷凍・冷蔵倉庫で、ピッキングの自動化を試せます',
        en: 'Twelve cold-storage warehouses around Tokyo where you can pilot picking automation',
      },
      description: {
        ja: '港北コールドチェーンは、首都圏に12か所の冷凍・冷蔵倉庫を持つ物流会社です。寒い庫内での長時間のピッキング作業は人が集まりにくく、搬送とピッキングのロボット化が急務です。既存の棚のまま導入できる自律搬送ロボットとピッキングアームを、当社の倉庫で試していただけます。',
        en: 'Kohoku Cold Chain runs twelve cold-storage warehouses around Tokyo. Long picking shifts in the cold are hard to staff, so automating transport and picking with robots is urgent for us. Startups can pilot autonomous carts and picking arms that work with our existing shelving in our warehouses.',
      },
      tags: ['logistics', 'supply-chain', 'automation', 'robotics', 'poc', 'food'],
      offers: [
        {
          category: 'poc-partner',
          text: 'Our cold-storage warehouses as pilot sites for picking robots and autonomous carts',
        },
        { category: 'sales-channel', text: 'Roll-out across twelve warehouses after a successful pilot' },
      ],
      seeks: [
        { category: 'engineering', text: 'Warehouse robots: autonomous carts and picking arms with computer vision' },
        { category: 'co-creation', text: 'A robotics startup to automate cold-storage picking with us' },
      ],
      location: { area: 'yokohama', city: 'Kohoku, Yokohama', country: 'JP' },
      languages: ['ja', 'en'],
      website: site('kohoku-cold-chain'),
      links: [],
      contact: contact('kohoku-cold-chain'),
      visibility: 'public',
      corporate: { industry: 'Cold-chain logistics', size: '1000+', programmes: [] },
    },
  },
  {
    of: 'startup',
    slug: 'sagami-robotics-ventures',
    displayName: 'Masato Ishii',
    language: 'en',
    profile: {
      kind: 'corporate',
      name: { ja: '相模重工ベンチャーズ株式会社', en: 'Sagami Heavy Industries Ventures Co., Ltd.' },
      headline: {
        ja: 'ロボティクスと物流自動化のスタートアップにシリーズAから出資するCVC',
        en: 'A CVC investing from Series A in robotics and logistics automation startups',
      },
      description: {
        ja: '相模重工ベンチャーズは、産業機械メーカー相模重工のコーポレートベンチャーキャピタルです。ロボティクス、物流自動化、コンピュータビジョンの分野で、シリーズAのスタートアップに1〜5億円を出資しています。量産に向けた製造パートナーの紹介や、工場での実証もお手伝いします。',
        en: 'Sagami Heavy Industries Ventures is the corporate venture capital arm of the industrial machinery maker Sagami Heavy Industries. We invest ¥100M to ¥500M in Series A startups in robotics, logistics automation and computer vision. We also help with manufacturing partners for volume production and with pilots in our factories.',
      },
      tags: ['cvc', 'vc', 'robotics', 'automation', 'manufacturing', 'hardware', 'fundraising'],
      offers: [
        {
          category: 'funding',
          text: 'Series A investment of ¥100M to ¥500M in robotics and logistics automation startups',
        },
        { category: 'mentoring', text: 'Help with volume production of robots and choosing manufacturing partners' },
      ],
      seeks: [
        { category: 'co-creation', text: 'Robot control technology to combine with our industrial machinery' },
        { category: 'engineering', text: 'Teams building warehouse robots with computer vision' },
      ],
      location: { area: 'japan-other', city: '神奈川・相模原', country: 'JP' },
      languages: ['ja', 'en'],
      website: site('sagami-robotics-ventures'),
      links: [],
      contact: contact('sagami-robotics-ventures'),
      visibility: 'public',
      corporate: { industry: '産業機械', size: '1000+', programmes: [] },
    },
  },
  {
    of: 'startup',
    slug: 'rin-hoshino-design',
    displayName: 'Rin Hoshino',
    language: 'en',
    profile: {
      kind: 'creator',
      name: { ja: '星野 凛', en: 'Rin Hoshino' },
      headline: {
        ja: '現場で使われるロボットと産業機器のインダストリアルデザイナー',
        en: 'Industrial designer of robots and equipment that work on the shop floor',
      },
      description: {
        ja: '横浜を拠点に、搬送ロボットや検査装置などハードウェアのインダストリアルデザインを手がけています。倉庫や工場で働く人が安心して隣で作業できる形と、量産しやすい筐体の両立が得意です。次のハードウェア改訂に取り組むロボティクスのスタートアップと組みたいと考えています。',
        en: 'Based in Yokohama, I do industrial design for hardware such as transport robots and inspection machines. I am good at shapes that people in warehouses and factories feel safe working next to, in housings that are easy to mass-produce. I would like to work with robotics startups on their next hardware revision.',
      },
      tags: ['product-design', 'design', 'robotics', 'hardware', 'prototyping'],
      offers: [
        {
          category: 'design',
          text: 'Industrial design for robots: housings and controls for the next hardware revision, ready for volume production',
        },
        { category: 'content', text: '3D renderings and trade-show mock-ups of robots' },
      ],
      seeks: [
        { category: 'co-creation', text: 'Robotics startups working on their next hardware revision' },
        { category: 'engineering', text: 'Robot control engineers to build prototypes with' },
      ],
      location: { area: 'yokohama', city: '横浜・関内', country: 'JP' },
      languages: ['ja', 'en'],
      website: site('rin-hoshino'),
      links: [],
      contact: contact('rin-hoshino-design'),
      visibility: 'public',
      creator: {
        disciplines: ['インダストリアルデザイン', 'プロダクトデザイン'],
        portfolioLinks: ['https://portfolio.example/rin-hoshino'],
      },
    },
  },
  {
    of: 'startup',
    slug: 'straits-automation',
    displayName: 'Wei Ling Tan',
    language: 'en',
    timeZone: 'Asia/Singapore',
    profile: {
      kind: 'corporate',
      name: { en: 'Straits Automation Distribution Pte. Ltd.' },
      headline: {
        en: 'Distributing warehouse and port robots across Southeast Asia',
      },
      description: {
        en: 'Straits Automation Distribution sells and services warehouse and port automation equipment in Singapore, Malaysia, Thailand and Vietnam. Our customers are terminal operators and third-party logistics companies that want robots working within a year. We are looking for Japanese robotics startups that need a distribution partner in Southeast Asia.',
      },
      tags: ['logistics', 'port', 'robotics', 'automation', 'global-expansion', 'japan-entry', 'sales'],
      offers: [
        {
          category: 'overseas-expansion',
          text: 'Distribution of Japanese warehouse robots in Singapore, Malaysia, Thailand and Vietnam',
        },
        {
          category: 'sales-channel',
          text: 'Introductions to port terminal operators and logistics customers across Southeast Asia',
        },
      ],
      seeks: [
        {
          category: 'co-creation',
          text: 'Japanese robotics startups with autonomous carts or picking arms to distribute',
        },
        { category: 'engineering', text: 'Robot makers who can support local service engineers' },
      ],
      location: { area: 'overseas', city: 'Singapore', country: 'SG' },
      languages: ['en', 'zh'],
      website: site('straits-automation'),
      links: [],
      contact: contact('straits-automation'),
      visibility: 'public',
      corporate: { industry: 'Industrial distribution', size: '50-249', programmes: [] },
    },
  },

  // creator@ (Misaki Sato): sensor and control engineers, large buildings or warehouses to project on, a sponsor.
  {
    of: 'creator',
    slug: 'kanade-sensing',
    displayName: '森 健太',
    language: 'ja',
    profile: {
      kind: 'startup',
      name: { ja: '株式会社カナデセンシング', en: 'Kanade Sensing Inc.' },
      headline: {
        ja: 'LiDARで人の動きをリアルタイムに捉え、空間演出に使えるセンサー基盤',
        en: 'LiDAR sensing that tracks how people move in real time, ready for interactive installations',
      },
      description: {
        ja: 'カナデセンシングは、LiDARとカメラで来場者の位置と動きをリアルタイムに捉えるセンサー基盤を開発する渋谷のスタートアップです。個人を特定せずに動きだけを取り出し、照明や映像の制御に数ミリ秒で渡せます。インタラクティブなインスタレーションに私たちのセンサーを使ってくださるアーティストを探しています。',
        en: 'Kanade Sensing is a Shibuya startup building a sensing platform that tracks where visitors are and how they move, using LiDAR and cameras. It extracts movement without identifying anyone and hands it to lighting and video control within milliseconds. We are looking for artists who want to use our sensors in interactive installations.',
      },
      tags: ['sensors', 'computer-vision', 'iot', 'media-art', 'hardware'],
      offers: [
        { category: 'engineering', text: 'LiDARセンサーとリアルタイムの人物トラッキング、映像・照明制御との連携' },
        { category: 'co-creation', text: 'センサーを使ったインタラクティブ作品の共同制作' },
      ],
      seeks: [
        { category: 'content', text: 'センサーを使ったインスタレーションを作るメディアアーティスト' },
        { category: 'marketing', text: '展示を通じてセンサーの使い道を伝えてくれるクリエイター' },
      ],
      location: { area: 'shibuya', city: '渋谷・道玄坂', country: 'JP' },
      languages: ['ja', 'en'],
      website: site('kanade-sensing'),
      links: [],
      contact: contact('kanade-sensing'),
      visibility: 'public',
      startup: { stage: 'seed', foundedYear: 2022, teamSize: 9 },
    },
  },
  {
    of: 'creator',
    slug: 'akarenga-venues',
    displayName: '小川 真理',
    language: 'ja',
    profile: {
      kind: 'corporate',
      name: { ja: '赤煉瓦ヘリテージ株式会社', en: 'Akarenga Heritage Co., Ltd.' },
      headline: {
        ja: '横浜港の赤レンガ倉庫と歴史的建造物を、夜のアート会場に',
        en: 'Red-brick harbour warehouses and historic buildings in Yokohama as night-time art venues',
      },
      description: {
        ja: '赤煉瓦ヘリテージは、横浜港に面した赤レンガ倉庫と歴史的建造物3棟を保存・運営しています。夜の来館者を増やすため、建物の外壁や倉庫の内部を使ったプロジェクションマッピングや光の作品を募集しています。会場の提供に加え、制作費の一部も負担します。',
        en: 'Akarenga Heritage preserves and runs red-brick warehouses and three historic buildings on the Yokohama waterfront. To bring more visitors at night, we invite projection mapping and light works on the building facades and inside the warehouses. Besides the venue, we cover part of the production costs.',
      },
      tags: ['cultural-heritage', 'night-economy', 'projection-mapping', 'media-art', 'tourism', 'events'],
      offers: [
        { category: 'space-venue', text: '赤レンガ倉庫の外壁と内部、歴史的建造物の大空間（プロジェクション可）' },
        { category: 'funding', text: '夜間インスタレーションの制作費の一部' },
      ],
      seeks: [
        { category: 'content', text: '歴史的建造物を舞台にしたプロジェクションマッピングと光の作品' },
        { category: 'co-creation', text: '夜の港を彩るアートイベントを一緒に作るアーティスト' },
      ],
      location: { area: 'yokohama', city: '横浜・新港', country: 'JP' },
      languages: ['ja', 'en'],
      website: site('akarenga-heritage'),
      links: [],
      contact: contact('akarenga-venues'),
      visibility: 'public',
      corporate: { industry: '施設運営', size: '50-249', programmes: [] },
    },
  },
  {
    of: 'creator',
    slug: 'bayside-grand-hotel',
    displayName: 'Emma Clarke',
    language: 'en',
    profile: {
      kind: 'corporate',
      name: { ja: 'ベイサイドグランドホテル横浜', en: 'Bayside Grand Hotel Yokohama' },
      headline: {
        ja: 'ホテルのロビーと屋上を舞台にしたアート作品に協賛します',
        en: 'We sponsor artworks staged in our hotel lobby and on our rooftop',
      },
      description: {
        ja: 'ベイサイドグランドホテル横浜は、みなとみらいの海沿いに立つ400室のホテルです。夜のロビーと屋上テラスで、光と音を使ったインスタレーションを毎シーズン公開しています。新作を制作するメディアアーティストに協賛金と会場を提供します。',
        en: 'Bayside Grand Hotel Yokohama is a 400-room hotel on the Minato Mirai waterfront. Every season we show a light and sound installation in our lobby and on our rooftop terrace at night. We give media artists creating a new work a sponsorship and the venue.',
      },
      tags: ['hospitality', 'tourism', 'media-art', 'night-economy', 'lighting-design', 'art'],
      offers: [
        { category: 'funding', text: 'Sponsorship for a new light and sound installation each season' },
        { category: 'space-venue', text: 'Our lobby and rooftop terrace for installations and projection' },
      ],
      seeks: [
        { category: 'content', text: 'Media artists making installations with light, sound and projection' },
        { category: 'marketing', text: 'Artworks that guests share and come back for' },
      ],
      location: { area: 'yokohama', city: 'Minato Mirai, Yokohama', country: 'JP' },
      languages: ['en', 'ja'],
      website: site('bayside-grand-hotel'),
      links: [],
      contact: contact('bayside-grand-hotel'),
      visibility: 'public',
      corporate: { industry: 'Hotels', size: '250-999', programmes: [] },
    },
  },
  {
    of: 'creator',
    slug: 'cue-control-labs',
    displayName: 'Daniel Weber',
    language: 'en',
    profile: {
      kind: 'startup',
      name: { ja: 'キューコントロール・ラボ合同会社', en: 'Cue Control Labs LLC' },
      headline: {
        ja: '照明・映像・音を一つのタイムラインで動かすショー制御システム',
        en: 'Show control that runs lighting, video and sound on one timeline',
      },
      description: {
        ja: 'キューコントロール・ラボは、照明、プロジェクター、音響、センサーを一つのタイムラインで制御するショー制御システムを作る渋谷のスタートアップです。エンジニアが設置から本番まで現場に入り、大きな空間での作品の制御を支えます。作品を一緒に作るメディアアーティストを探しています。',
        en: 'Cue Control Labs is a Shibuya startup building a show-control system that runs lighting, projectors, sound and sensors on one timeline. Our engineers are on site from installation to opening night and handle control for large spaces. We are looking for media artists to make works with.',
      },
      tags: ['lighting-design', 'projection-mapping', 'sensors', 'embedded', 'media-art'],
      offers: [
        { category: 'engineering', text: 'Show control for projectors, lighting and sensors, with engineers on site' },
        { category: 'co-creation', text: 'Building interactive installations together with artists' },
      ],
      seeks: [
        { category: 'content', text: 'Media artists and projection mapping works to show what our system can do' },
        { category: 'funding', text: 'A seed round to grow the engineering team' },
      ],
      location: { area: 'shibuya', city: 'Jingumae, Shibuya', country: 'JP' },
      languages: ['en', 'de', 'ja'],
      website: site('cue-control-labs'),
      links: [],
      contact: contact('cue-control-labs'),
      visibility: 'public',
      startup: { stage: 'pre-seed', foundedYear: 2024, teamSize: 4 },
    },
  },
  {
    of: 'creator',
    slug: 'kotobuki-optics',
    displayName: '藤井 誠',
    language: 'ja',
    profile: {
      kind: 'corporate',
      name: { ja: '寿光学工業株式会社', en: 'Kotobuki Optics Co., Ltd.' },
      headline: {
        ja: '大型プロジェクターの機材と技術で、アーティストの作品を支えます',
        en: 'Large-venue projectors and know-how to support artists',
      },
      description: {
        ja: '寿光学工業は、大型会場向けの高輝度プロジェクターを作る光学機器メーカーです。プロジェクションマッピングの作品に機材を無償で貸し出し、技術者が設置を支援するプログラムを行っています。当社の機材で新しい表現に挑むアーティストを募集しています。',
        en: 'Kotobuki Optics makes high-brightness projectors for large venues. Our programme lends equipment free of charge for projection mapping works, with our engineers helping with the installation. We are looking for artists who want to try new forms of expression with our projectors.',
      },
      tags: ['projection-mapping', 'photonics', 'hardware', 'media-art', 'events'],
      offers: [
        { category: 'engineering', text: '高輝度プロジェクターの無償貸し出しと技術者による設置支援' },
        { category: 'funding', text: 'プロジェクションマッピング作品への協賛' },
      ],
      seeks: [
        { category: 'content', text: '当社のプロジェクターで大型のプロジェクションマッピングを制作するアーティスト' },
        { category: 'marketing', text: '展示会で機材の魅力を伝える作品' },
      ],
      location: { area: 'japan-other', city: '東京・大田区', country: 'JP' },
      languages: ['ja'],
      website: site('kotobuki-optics'),
      links: [],
      contact: contact('kotobuki-optics'),
      visibility: 'public',
      corporate: { industry: '光学機器', size: '1000+', programmes: [] },
    },
  },

  // corporate@ (Asanagi Holdings): mobility, smart-city and tourism startups to pilot at its stations and hotels; data and AI; art and music.
  {
    of: 'corporate',
    slug: 'mirai-shuttle',
    displayName: '石川 陽翔',
    language: 'ja',
    profile: {
      kind: 'startup',
      name: { ja: '株式会社ミライシャトル', en: 'Mirai Shuttle Inc.' },
      headline: {
        ja: 'みなとみらいを走るAI自動運転シャトル、鉄道会社と実証したい',
        en: 'AI-driven autonomous shuttles around Minato Mirai, looking to pilot with a railway operator',
      },
      description: {
        ja: 'ミライシャトルは、みなとみらいで小型の自動運転シャトルを運行するモビリティのスタートアップです。AIが駅の乗降データから需要を予測し、駅から商業施設やホテルまでのラストワンマイルを結びます。駅と連携した実証を一緒に行う鉄道会社を探しています。',
        en: 'Mirai Shuttle is a mobility startup running small autonomous shuttles around Minato Mirai. Our AI predicts demand from station ridership data and links stations with shopping centres and hotels over the last mile. We are looking for a railway operator to pilot with at its stations.',
      },
      tags: ['mobility', 'autonomous-driving', 'ai', 'smart-city', 'poc'],
      offers: [
        { category: 'engineering', text: '自動運転シャトルの運行と、駅の乗降データを使ったAI需要予測' },
        { category: 'co-creation', text: '駅とホテル・商業施設を結ぶラストワンマイルの新しい移動サービス' },
      ],
      seeks: [
        { category: 'poc-partner', text: '駅を起点にシャトルを実証できる鉄道会社' },
        { category: 'data', text: '需要予測に使える駅の乗降・人流データ' },
        { category: 'funding', text: '鉄道・不動産グループからの事業連携を前提とした出資' },
      ],
      location: { area: 'yokohama', city: 'Minato Mirai, Yokohama', country: 'JP' },
      languages: ['ja', 'en'],
      website: site('mirai-shuttle'),
      links: [],
      contact: contact('mirai-shuttle'),
      visibility: 'public',
      startup: { stage: 'seed', foundedYear: 2022, teamSize: 14 },
    },
  },
  {
    of: 'corporate',
    slug: 'nagare-analytics',
    displayName: '今井 悠',
    language: 'ja',
    profile: {
      kind: 'startup',
      name: { ja: '株式会社ナガレアナリティクス', en: 'Nagare Analytics Inc.' },
      headline: {
        ja: '駅と商業施設の人流をAIで予測し、混雑と売り場を変える',
        en: 'AI footfall forecasting for stations and shopping centres',
      },
      description: {
        ja: 'ナガレアナリティクスは、駅や商業施設の匿名化された人流データから混雑と来店をAIで予測するスタートアップです。駅の混雑緩和やテナント配置の見直しに使われています。沿線の駅と商業施設でデータを活用した実証を行える鉄道・不動産の企業を探しています。',
        en: 'Nagare Analytics forecasts crowding and store visits with AI from anonymised footfall data in stations and shopping centres. Operators use it to ease crowding and to rethink where tenants go. We are looking for railway and real-estate companies to pilot with in their stations and shopping centres.',
      },
      tags: ['ai', 'data-science', 'smart-city', 'proptech', 'retail'],
      offers: [
        { category: 'engineering', text: '人流データのAI分析と混雑・来店予測のモデル開発' },
        { category: 'data', text: '駅周辺の混雑予測ダッシュボード' },
      ],
      seeks: [
        { category: 'poc-partner', text: '駅と商業施設での人流予測の実証' },
        { category: 'data', text: '匿名化された駅・商業施設の人流データ' },
      ],
      location: { area: 'shibuya', city: '渋谷・桜丘', country: 'JP' },
      languages: ['ja', 'en'],
      website: site('nagare-analytics'),
      links: [],
      contact: contact('nagare-analytics'),
      visibility: 'public',
      startup: { stage: 'series-a', foundedYear: 2020, teamSize: 32 },
    },
  },
  {
    of: 'corporate',
    slug: 'omotenashi-ai',
    displayName: '野村 葵',
    language: 'ja',
    profile: {
      kind: 'startup',
      name: { ja: 'おもてなしAI株式会社', en: 'Omotenashi AI Inc.' },
      headline: {
        ja: 'ホテルと駅の多言語AIコンシェルジュ',
        en: 'A multilingual AI concierge for hotels and stations',
      },
      description: {
        ja: 'おもてなしAIは、ホテルのフロントや駅の案内所で12か国語に対応するAIコンシェルジュを提供しています。観光客の質問に答え、周辺の店や交通をその場で案内します。ホテルや駅で実証を行い、観光客の体験を一緒に高められる企業を探しています。',
        en: 'Omotenashi AI provides an AI concierge that speaks twelve languages at hotel front desks and station information counters. It answers visitors’ questions and guides them to nearby shops and transport on the spot. We are looking for hotel and railway groups to pilot with and improve the visitor experience together.',
      },
      tags: ['ai', 'tourism', 'inbound-tourism', 'hospitality', 'nlp'],
      offers: [
        { category: 'engineering', text: 'ホテルのフロントや駅の案内所で使える多言語AIコンシェルジュ' },
        { category: 'co-creation', text: 'ホテル・駅・地域のお店をつなぐ観光客向けサービス' },
      ],
      seeks: [
        { category: 'poc-partner', text: '訪日客向けにAIコンシェルジュを実証できるホテルや駅' },
        { category: 'sales-channel', text: 'グループのホテル全体に導入してくださるホテル運営会社' },
      ],
      location: { area: 'shibuya', city: 'Ebisu, Shibuya', country: 'JP' },
      languages: ['ja', 'en'],
      website: site('omotenashi-ai'),
      links: [],
      contact: contact('omotenashi-ai'),
      visibility: 'public',
      startup: { stage: 'seed', foundedYear: 2023, teamSize: 11 },
    },
  },
  {
    of: 'corporate',
    slug: 'sora-kuwahara-sound',
    displayName: '桑原 空',
    language: 'ja',
    profile: {
      kind: 'creator',
      name: { ja: '桑原 空', en: 'Sora Kuwahara' },
      headline: {
        ja: '駅やホテルの空間に合わせた音楽とサウンドスケープを作る作曲家',
        en: 'Composer of music and soundscapes for stations and hotels',
      },
      description: {
        ja: '駅の発車メロディやホテルのロビー音楽など、公共空間のための音楽とサウンドスケープを作曲しています。時間帯や人の流れに合わせて変化する音で、空間の印象をつくるのが得意です。駅やホテルを舞台に、音楽で街の体験を変える企画に参加したいと考えています。',
        en: 'I compose music and soundscapes for public spaces, such as station departure melodies and hotel lobby music. I like making sound that changes with the time of day and the flow of people, and shapes how a space feels. I would like to join projects that change how people experience the city through music in stations and hotels.',
      },
      tags: ['music', 'sound-design', 'art', 'hospitality', 'creative-city'],
      offers: [
        { category: 'content', text: '駅やホテルのための音楽、発車メロディ、ロビーのサウンドスケープ' },
        { category: 'co-creation', text: '空間と音楽を組み合わせた企画' },
      ],
      seeks: [
        { category: 'space-venue', text: '音楽を試せる駅やホテルのロビー' },
        { category: 'funding', text: '公共空間のための新作の制作費' },
      ],
      location: { area: 'yokohama', city: '横浜・山手', country: 'JP' },
      languages: ['ja', 'en'],
      website: site('sora-kuwahara'),
      links: [],
      contact: contact('sora-kuwahara-sound'),
      visibility: 'public',
      creator: {
        disciplines: ['作曲', 'サウンドデザイン'],
        portfolioLinks: ['https://portfolio.example/sora-kuwahara'],
      },
    },
  },
  {
    of: 'corporate',
    slug: 'lucia-mendes-murals',
    displayName: 'Lucia Mendes',
    language: 'en',
    profile: {
      kind: 'creator',
      name: { ja: 'ルシア・メンデス', en: 'Lucia Mendes' },
      headline: {
        ja: '駅やホテル、街の壁に描く壁画アーティスト',
        en: 'Muralist painting stations, hotels and city walls',
      },
      description: {
        ja: '横浜在住の壁画アーティストです。リスボンと横浜で、駅の通路やホテルの外壁、商業施設の壁に地域の歴史を描いてきました。駅やホテルの空間をアートで彩るプロジェクトを一緒に進める企業を探しています。',
        en: 'I am a muralist living in Yokohama. In Lisbon and Yokohama I have painted local history on station passages, hotel walls and shopping-centre facades. I am looking for companies to work with on projects that bring art to stations and hotels.',
      },
      tags: ['art', 'illustration', 'creative-city', 'urban-development', 'hospitality'],
      offers: [
        { category: 'content', text: 'Murals and public art for stations, hotels and shopping centres' },
        { category: 'design', text: 'Wall graphics that tell the history of a neighbourhood' },
      ],
      seeks: [
        { category: 'space-venue', text: 'Station passages and hotel walls to paint' },
        { category: 'funding', text: 'Commissions and sponsors for public art' },
      ],
      location: { area: 'yokohama', city: 'Motomachi, Yokohama', country: 'JP' },
      languages: ['en', 'pt', 'ja'],
      website: site('lucia-mendes'),
      links: [],
      contact: contact('lucia-mendes-murals'),
      visibility: 'public',
      creator: { disciplines: ['Murals', 'Illustration'], portfolioLinks: ['https://portfolio.example/lucia-mendes'] },
    },
  },
];

/** Hand-written partners of the demo accounts, as demo members (seeded with the generated ones). */
export const DEMO_PARTNERS: readonly (DemoProfile & { partnerOf: PartnerOf })[] = SPECS.map((s) => ({
  key: `partner-${s.slug}`,
  email: `demo+partner-${s.slug}@musubi.example`,
  displayName: s.displayName,
  language: s.language,
  timeZone: s.timeZone ?? 'Asia/Tokyo',
  profile: s.profile,
  partnerOf: s.of,
}));

/** The partners designated for the demo account of `kind` (startup@, creator@, corporate@). */
export const partnersOf = (kind: PartnerOf): readonly DemoProfile[] =>
  DEMO_PARTNERS.filter((p) => p.partnerOf === kind);
