import type { DemoAccount } from './types';

/**
 * Documented demo accounts, one per kind plus an organiser, all with the same password.
 *
 * | email                      | role      | profile                                          |
 * |----------------------------|-----------|--------------------------------------------------|
 * | startup@musubi.example     | member    | Minato Robotics (startup, Minato Mirai, en UI)   |
 * | creator@musubi.example     | member    | Misaki Sato (media artist, Jingumae, ja UI)      |
 * | corporate@musubi.example   | member    | Asanagi Holdings (corporate, Kannai, ja UI)      |
 * | organiser@musubi.example   | organiser | none                                             |
 *
 * The organiser deliberately has no profile: organisers run matching events and should not show up
 * as a match candidate or in the directory. Everything here is fictional (.example domains only).
 */
export const DEMO_PASSWORD = 'musubi-demo-2026';

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    key: 'demo-startup',
    email: 'startup@musubi.example',
    password: DEMO_PASSWORD,
    role: 'member',
    displayName: 'Yuma Takahashi',
    language: 'en',
    timeZone: 'Asia/Tokyo',
    profile: {
      kind: 'startup',
      name: { ja: '株式会社ミナトロボティクス', en: 'Minato Robotics Inc.' },
      headline: {
        ja: '港と倉庫で人と働く協働ロボットを、横浜から',
        en: 'Collaborative robots for ports and warehouses, made in Yokohama',
      },
      description: {
        ja: 'ミナトロボティクスは、2021年に横浜・みなとみらいで創業したロボティクスのスタートアップです。既存の棚やコンテナヤードをそのまま使える自律搬送ロボットと、カメラで荷姿を判別するピッキングアームを開発しています。現在、港湾事業者と物流会社の計4社と実証実験を進めており、2026年の量産開始を目指しています。実証フィールドを提供いただける企業や、海外展開を一緒に進められるパートナーを探しています。',
        en: 'Minato Robotics is a robotics startup founded in 2021 in Minato Mirai, Yokohama. We build autonomous carts that work with existing shelving and container yards, and a picking arm that recognises parcels with cameras. We are running pilots with four port operators and logistics companies and plan to start volume production in 2026. We are looking for partners who can offer test sites, and for help taking the product abroad.',
      },
      tags: ['robotics', 'logistics', 'port', 'automation', 'computer-vision', 'poc', 'startup-ecosystem'],
      offers: [
        { category: 'engineering', text: 'Robot control and computer-vision know-how; open to joint development' },
        { category: 'data', text: 'Anonymised warehouse operation data for research' },
      ],
      seeks: [
        { category: 'poc-partner', text: 'Warehouses or terminals where we can run a three-month pilot' },
        { category: 'funding', text: 'Raising a Series A of around ¥500M' },
        { category: 'overseas-expansion', text: 'A distribution partner in Southeast Asia' },
        { category: 'design', text: 'Industrial design for the next hardware revision' },
      ],
      location: { area: 'yokohama', city: 'Minato Mirai, Yokohama', country: 'JP' },
      languages: ['ja', 'en'],
      website: 'https://minato-robotics.example',
      links: [
        { label: 'Blog', url: 'https://minato-robotics.example/blog' },
        { label: 'Careers', url: 'https://minato-robotics.example/careers' },
        { label: 'Demo video', url: 'https://video.example/minato-robotics' },
      ],
      contact: { email: 'startup@musubi.example', phone: '+81 45-000-0123' },
      visibility: 'public',
      startup: { stage: 'seed', foundedYear: 2021, teamSize: 18 },
    },
  },
  {
    key: 'demo-creator',
    email: 'creator@musubi.example',
    password: DEMO_PASSWORD,
    role: 'member',
    displayName: '佐藤 美咲',
    language: 'ja',
    timeZone: 'Asia/Tokyo',
    profile: {
      kind: 'creator',
      name: { ja: '佐藤 美咲', en: 'Misaki Sato' },
      headline: {
        ja: '光と音で街の記憶を描くメディアアーティスト',
        en: 'Media artist drawing the memory of the city in light and sound',
      },
      description: {
        ja: '渋谷・神宮前を拠点に活動するメディアアーティストの佐藤美咲です。港の倉庫や歴史的建造物を舞台に、プロジェクションマッピングとセンサーを組み合わせた、来場者の動きに反応するインスタレーションを制作しています。これまでに企業や自治体との30件以上のプロジェクトに参加し、国内外のフェスティバルで作品を発表してきました。作品をより大きな空間へ広げるため、センサーや制御に詳しいエンジニアや、会場を提供いただける企業との出会いを楽しみにしています。',
        en: "I'm Misaki Sato, a media artist based in Jingumae, Shibuya. I create installations that combine projection mapping with sensors and respond to visitors' movement, staged in harbour warehouses and historic buildings. I have worked on more than 30 projects with companies and local governments and shown my work at festivals in Japan and abroad. To take my work into larger spaces, I would love to meet engineers who know sensors and control systems, and companies that can offer a venue.",
      },
      tags: ['media-art', 'projection-mapping', 'lighting-design', 'sensors', 'creative-city', 'night-economy'],
      offers: [
        { category: 'content', text: 'プロジェクションマッピングと空間演出の企画・制作' },
        { category: 'co-creation', text: '企業の技術を使ったアート作品の共同制作' },
      ],
      seeks: [
        { category: 'engineering', text: 'センサーや制御に詳しいエンジニア' },
        { category: 'space-venue', text: '大型のプロジェクションができる建物や倉庫' },
        { category: 'funding', text: '新作インスタレーションのスポンサー' },
      ],
      location: { area: 'shibuya', city: '渋谷・神宮前', country: 'JP' },
      languages: ['ja', 'en', 'fr'],
      website: 'https://misaki-sato.example',
      links: [
        { label: '作品一覧', url: 'https://misaki-sato.example/works' },
        { label: 'ショーリール', url: 'https://video.example/misaki-sato' },
      ],
      contact: { email: 'creator@musubi.example' },
      visibility: 'public',
      creator: {
        disciplines: [
          'プロジェクションマッピング',
          'インタラクティブ・インスタレーション',
          'クリエイティブコーディング',
        ],
        portfolioLinks: ['https://misaki-sato.example/works', 'https://portfolio.example/misaki-sato'],
      },
    },
  },
  {
    key: 'demo-corporate',
    email: 'corporate@musubi.example',
    password: DEMO_PASSWORD,
    role: 'member',
    displayName: '山本 直樹',
    language: 'ja',
    timeZone: 'Asia/Tokyo',
    profile: {
      kind: 'corporate',
      name: { ja: '朝凪ホールディングス株式会社', en: 'Asanagi Holdings Co., Ltd.' },
      headline: {
        ja: '鉄道・不動産・ホテルの現場を、共創の実証フィールドに',
        en: 'Our railway, buildings and hotels as a testbed for co-creation',
      },
      description: {
        ja: '朝凪ホールディングスは、横浜・関内に本社を置き、鉄道、不動産、ホテルを展開する企業グループです。沿線の駅や商業施設、ホテルを実証フィールドとして開放し、モビリティやスマートシティ、観光の分野でスタートアップやクリエイターとの共創を進めています。「朝凪アクセラレーター2026」では、採択企業に事業部門との実証実験と出資の機会を提供します。',
        en: 'Asanagi Holdings is a group headquartered in Kannai, Yokohama, running railways, real estate and hotels. We open our stations, shopping centres and hotels as test sites and work with startups and creators on mobility, smart cities and tourism. Through Asanagi Accelerator 2026, selected startups get pilots with our business units and a chance of investment.',
      },
      tags: ['open-innovation', 'accelerator', 'mobility', 'smart-city', 'tourism', 'proptech', 'cvc', 'ppp'],
      offers: [
        { category: 'poc-partner', text: '駅・商業施設・ホテルでの実証実験' },
        { category: 'space-venue', text: 'みなとみらいのイベントホール（最大300名）' },
        { category: 'funding', text: 'CVCによるシード〜シリーズAへの出資' },
        { category: 'data', text: '匿名化した人流・購買データ' },
      ],
      seeks: [
        { category: 'co-creation', text: '沿線の暮らしを変える新規事業の共創' },
        { category: 'engineering', text: 'データ活用とAIの開発パートナー' },
        { category: 'content', text: 'ホテルや駅の空間を彩るアート・音楽' },
      ],
      location: { area: 'yokohama', city: '横浜・関内', country: 'JP' },
      languages: ['ja', 'en', 'zh'],
      website: 'https://asanagi-holdings.example',
      links: [
        { label: 'オープンイノベーション', url: 'https://asanagi-holdings.example/innovation' },
        { label: 'ニュースリリース', url: 'https://asanagi-holdings.example/news' },
      ],
      contact: { email: 'corporate@musubi.example', phone: '+81 45-000-0456' },
      visibility: 'public',
      corporate: {
        industry: '鉄道・不動産・ホテル',
        size: '1000+',
        programmes: [
          {
            name: '朝凪アクセラレーター2026',
            description:
              '採択されたスタートアップに、事業部門との実証実験と出資の機会を提供する4か月間のプログラムです。',
          },
          {
            name: '朝凪アーティスト・イン・レジデンス',
            description: '国内外のアーティストを招き、ホテルや駅を舞台に3か月間の滞在制作を行います。',
          },
        ],
      },
    },
  },
  {
    key: 'demo-organiser',
    email: 'organiser@musubi.example',
    password: DEMO_PASSWORD,
    role: 'organiser',
    displayName: '中村 彩',
    language: 'ja',
    timeZone: 'Asia/Tokyo',
    profile: null,
  },
];
