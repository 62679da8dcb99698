import type { EvalProfile } from './eval-profiles';

/** Corporates of the evaluation corpus; the last two are distractors (see EVAL_PROFILES). */
export const EVAL_CORPORATES: EvalProfile[] = [
  {
    id: 'co-minato-port',
    kind: 'corporate',
    tags: ['port', 'logistics', 'maritime', 'dx', 'open-innovation', 'decarbonization'],
    headline: {
      ja: '本牧のコンテナターミナルを、スマートポートの実証フィールドに',
      en: 'Our Honmoku container terminal as a testbed for the smart port',
    },
    description: {
      ja: '横浜港でコンテナターミナルと倉庫を運営しています。岸壁やクレーンの点検、荷役の自動化、カーボンニュートラルポートの実現に向けて、スタートアップとの実証実験を進めています。使われなくなったレンガ倉庫の一棟を、市民に開かれたアートやイベントの会場として活用したいと考えています。',
      en: 'We operate container terminals and warehouses in the Port of Yokohama. We run pilots with startups on crane and quay inspection, cargo-handling automation and a carbon-neutral port, and we want to open a disused brick warehouse to the public for art and events.',
    },
    offers: [
      { category: 'poc-partner', text: 'コンテナターミナル・岸壁・クレーンでの実証実験' },
      { category: 'space-venue', text: 'A disused brick warehouse (1,200 m²) for exhibitions and events' },
      { category: 'data', text: '船舶の入出港と荷役の運用データ' },
    ],
    seeks: [
      { category: 'engineering', text: 'Inspection drones, robotics and automation for cranes and quays' },
      { category: 'co-creation', text: 'カーボンニュートラルポートに向けた蓄電・省エネの共創' },
      { category: 'content', text: '倉庫を活かしたアート・音楽のプログラム' },
    ],
    area: 'yokohama',
    languages: ['ja', 'en'],
  },
  {
    id: 'co-city-lab',
    kind: 'corporate',
    tags: ['ppp', 'govtech', 'smart-city', 'regulatory-sandbox', 'disaster-prevention', 'ageing-society'],
    headline: {
      ja: '市の課題とスタートアップをつなぐ官民連携の窓口',
      en: 'The public-private desk that connects city challenges with startups',
    },
    description: {
      ja: '横浜市と地元企業が共同で設立した財団です。防災、高齢化、地域の交通といった都市の課題について、実証フィールドの提供、規制や許認可の相談、市の関係部署との調整を行っています。',
      en: 'A foundation set up by the City of Yokohama and local companies. For disaster prevention, ageing and local transport, we open public sites for pilots, advise on permits and regulation, and bring in the right city departments.',
    },
    offers: [
      { category: 'regulatory-support', text: '許認可の相談と規制のサンドボックス制度の活用支援' },
      { category: 'poc-partner', text: 'Public facilities, parks and roads for pilots' },
    ],
    seeks: [
      { category: 'co-creation', text: 'Solutions for disaster prevention, ageing and local transport' },
      { category: 'data', text: '都市の課題の解決に役立つデータ' },
    ],
    area: 'yokohama',
    languages: ['ja', 'en'],
  },
  {
    id: 'co-hamakaze-retail',
    kind: 'corporate',
    tags: ['retail', 'food', 'food-loss', 'sustainability', 'local-economy'],
    headline: { ja: '神奈川に120店舗、地元の食を届けるスーパーマーケット' },
    description: {
      ja: '神奈川県内で120店舗のスーパーマーケットを運営しています。地元の生産者やスタートアップの新商品を試験販売する「はまかぜラボ棚」を全店に設けています。食品ロスの削減と、地産地消のプライベートブランド商品の開発に力を入れています。',
    },
    offers: [
      { category: 'sales-channel', text: '120店舗での試験販売と定番化' },
      { category: 'data', text: 'POSの購買データ' },
    ],
    seeks: [
      { category: 'co-creation', text: '食品ロスを減らす新商品の共同開発' },
      { category: 'design', text: 'プライベートブランド商品のパッケージデザイン' },
    ],
    area: 'yokohama',
    languages: ['ja'],
  },
  {
    id: 'co-global-eats',
    kind: 'corporate',
    tags: ['food', 'supply-chain', 'global-expansion', 'e-commerce', 'retail'],
    headline: { en: 'Bringing Japanese food brands to supermarkets across Southeast Asia' },
    description: {
      en: 'Harbour Foods Asia imports and distributes Japanese food and drink to 900 supermarkets and online grocers in Singapore, Malaysia and Thailand. We are looking for Japanese food makers with healthy, sustainable products.',
    },
    offers: [
      { category: 'sales-channel', text: 'Distribution to 900 supermarkets in Southeast Asia' },
      { category: 'overseas-expansion', text: 'Export paperwork, labelling and halal certification' },
    ],
    seeks: [{ category: 'co-creation', text: 'Japanese food makers launching new products in Southeast Asia' }],
    area: 'overseas',
    languages: ['en', 'zh'],
  },
  {
    id: 'co-shibuya-hall',
    kind: 'corporate',
    tags: ['events', 'music', 'club-culture', 'night-economy', 'entertainment'],
    headline: { ja: '渋谷の地下にあるライブハウス兼ギャラリー', en: 'A live house and gallery under Shibuya' },
    description: {
      ja: '渋谷でキャパシティ500人のライブハウスと、昼間はギャラリーになるラウンジを運営しています。音楽だけでなく、ダンス、メディアアート、XRを使った新しいライブ体験を一緒に作るアーティストや技術者を探しています。',
      en: 'We run a 500-capacity live house in Shibuya and a lounge that is a gallery by day. Beyond music, we want artists and technologists to create new live experiences with dance, media art and XR.',
    },
    offers: [
      {
        category: 'space-venue',
        text: 'A 500-capacity live house with a 32-channel sound system, and a daytime gallery',
      },
      { category: 'marketing', text: 'イベントの告知と5万人のメールマガジン' },
    ],
    seeks: [
      { category: 'content', text: 'Musicians, sound artists, dancers and media artists for new shows' },
      { category: 'engineering', text: 'XRや立体音響など、新しいライブ演出の技術' },
    ],
    area: 'shibuya',
    languages: ['ja', 'en'],
  },
  {
    id: 'co-aozora-rail',
    kind: 'corporate',
    tags: ['mobility', 'tourism', 'smart-city', 'hospitality', 'open-innovation', 'urban-development'],
    headline: { ja: '沿線の駅と街を、移動と観光の実証フィールドに' },
    description: {
      ja: '横浜から湘南へ路線を持つ私鉄グループです。駅や沿線の商業施設を実証フィールドとして開放し、移動の便利さと観光の魅力を高めるスタートアップとの共創を進めています。駅構内でのアートの展示など、クリエイターとの取り組みも歓迎します。',
    },
    offers: [
      { category: 'poc-partner', text: '駅・商業施設での実証実験' },
      { category: 'data', text: '匿名化した駅の人流データ' },
      { category: 'space-venue', text: '駅のコンコースや高架下のスペース' },
    ],
    seeks: [
      { category: 'co-creation', text: '観光と移動をつなぐ新サービスの共創' },
      { category: 'engineering', text: '外国人旅行者向けの案内AI' },
      { category: 'content', text: '駅を彩るアートやプロジェクションの演出' },
    ],
    area: 'yokohama',
    languages: ['ja'],
  },
  {
    id: 'co-kanagawa-ventures',
    kind: 'corporate',
    tags: ['vc', 'deep-tech', 'fundraising', 'startup-ecosystem', 'university-spinouts'],
    headline: {
      ja: '神奈川のディープテックに、シードからシリーズAまで',
      en: 'Seed and Series A capital for deep-tech founders in Kanagawa',
    },
    description: {
      ja: '100億円のファンドで、ロボティクス、ハードウェア、ヘルスケア、食品科学のスタートアップに投資しています。',
      en: 'A ¥10B fund investing from seed to Series A in robotics, hardware, healthcare and food science startups, with hands-on help on hiring and the next round.',
    },
    offers: [
      { category: 'funding', text: 'Seed to Series A investment, ¥50M–¥500M' },
      { category: 'mentoring', text: 'Support on hiring, pricing and the next round' },
    ],
    seeks: [
      {
        category: 'co-creation',
        text: 'Deep-tech startups to invest in: robotics, hardware, healthcare, food science',
      },
    ],
    area: 'yokohama',
    languages: ['ja', 'en'],
  },
  {
    id: 'co-tokai-insurance',
    kind: 'corporate',
    tags: ['insurtech', 'disaster-prevention', 'drones', 'ai', 'cvc'],
    headline: { ja: '災害に強い社会を、保険とテクノロジーで' },
    description: {
      ja: '損害保険会社です。台風や豪雨による被害の査定を早めるため、ドローンや衛星の画像解析、浸水予測の技術をもつスタートアップとの協業を進めています。CVCによる出資も可能です。',
    },
    offers: [
      { category: 'funding', text: 'CVCによる出資' },
      { category: 'poc-partner', text: '損害査定の業務での実証' },
      { category: 'data', text: '過去の災害保険金の支払いデータ' },
    ],
    seeks: [
      { category: 'engineering', text: 'ドローン・衛星画像による損害査定の自動化' },
      { category: 'data', text: '浸水リスクの予測データ' },
    ],
    area: 'japan-other',
    languages: ['ja'],
  },
  {
    id: 'co-sakura-care',
    kind: 'corporate',
    tags: ['caregiving', 'ageing-society', 'healthcare', 'wellbeing'],
    headline: { ja: '首都圏30施設の介護現場を、テクノロジーの実証の場に' },
    description: {
      ja: '首都圏で30の介護施設を運営しています。夜勤の負担を減らし、入居者が安心して暮らせるよう、見守りやコミュニケーションのテクノロジーを現場で試しています。',
    },
    offers: [
      { category: 'poc-partner', text: '介護施設での実証実験（30施設）' },
      { category: 'data', text: '介護記録のデータ（匿名化）' },
    ],
    seeks: [
      { category: 'engineering', text: '見守りや会話のロボット・センサー' },
      { category: 'co-creation', text: '介護職員の負担を減らす仕組みづくり' },
    ],
    area: 'japan-other',
    languages: ['ja'],
  },
  {
    id: 'co-minato-shinkin',
    kind: 'corporate',
    tags: ['finance', 'sme', 'local-economy', 'business-succession', 'dx'],
    headline: { ja: '横浜の中小企業とともに歩む信用金庫' },
    description: {
      ja: '横浜・川崎に40店舗をもつ信用金庫です。取引先の中小企業1万社のDXと事業承継を支援するため、会計やバックオフィスのサービスをもつスタートアップと連携しています。',
    },
    offers: [
      { category: 'sales-channel', text: '取引先の中小企業1万社への紹介' },
      { category: 'funding', text: '創業融資' },
      { category: 'mentoring', text: '経営相談' },
    ],
    seeks: [{ category: 'co-creation', text: '中小企業のDXを支えるサービスの共同提供' }],
    area: 'yokohama',
    languages: ['ja'],
  },
  {
    id: 'co-kumo-comics',
    kind: 'corporate',
    tags: ['manga', 'anime', 'editorial', 'pop-culture', 'global-expansion', 'ip'],
    headline: {
      ja: 'マンガの作品とキャラクターを、新しい体験へ',
      en: 'Taking manga stories and characters into new experiences',
    },
    description: {
      ja: '月刊誌と電子コミックを展開する出版社です。作品のアニメ化やAR展示、海外向けの翻訳出版を進めており、技術をもつスタートアップと制作会社を探しています。',
      en: 'A manga publisher with monthly magazines and digital comics. We are adapting our titles into anime and AR exhibitions and publishing them abroad, and we look for startups with the technology and studios to make it.',
    },
    offers: [
      { category: 'content', text: 'Licensing of 200+ manga titles and characters' },
      { category: 'funding', text: '製作委員会への出資' },
      { category: 'marketing', text: '読者300万人への告知' },
    ],
    seeks: [
      { category: 'engineering', text: 'AR and XR experiences for our characters' },
      { category: 'overseas-expansion', text: 'マンガの翻訳とローカライズ' },
      { category: 'content', text: 'アニメ化を手がける制作スタジオ' },
    ],
    area: 'japan-other',
    languages: ['ja', 'en'],
  },
  {
    id: 'co-hotel-bay',
    kind: 'corporate',
    tags: ['hospitality', 'tourism', 'inbound-tourism', 'art', 'customer-experience'],
    headline: {
      ja: '横浜のリビングルームを目指す、海辺のホテル',
      en: "A 300-room waterfront hotel that wants to be Yokohama's living room",
    },
    description: {
      ja: '宿泊客の半数が海外からのお客さまです。',
      en: "Half our guests come from overseas. We want our lobby and rooftop to feel like Yokohama's creative scene (art, music, local crafts) and we want to serve guests in their own language at any hour.",
    },
    offers: [
      { category: 'space-venue', text: 'Lobby gallery and a rooftop terrace for performances' },
      { category: 'poc-partner', text: 'Pilots with 300 rooms and international guests' },
    ],
    seeks: [
      { category: 'content', text: 'Artists, musicians and craftspeople for the lobby and rooftop' },
      { category: 'engineering', text: '多言語で24時間対応できる接客AI' },
      { category: 'design', text: "Service design for overseas guests' experience" },
    ],
    area: 'yokohama',
    languages: ['en', 'ja'],
  },
  {
    id: 'co-kawasaki-electronics',
    kind: 'corporate',
    tags: ['manufacturing', 'sensors', 'hardware', 'open-innovation', 'large-corporates', 'healthcare'],
    headline: {
      ja: 'センサーの研究所を、スタートアップに開放します',
      en: 'A sensor and electronics maker opening its labs to startups',
    },
    description: {
      ja: '自動車と医療機器向けのセンサーと電子部品のメーカーです。',
      en: 'We make sensors and electronic components for cars and medical devices. Our open-innovation programme gives startups in healthcare and robotics, and artists making interactive work, access to our sensor lab, our engineers and mass production.',
    },
    offers: [
      { category: 'research', text: 'Access to our sensor lab and joint development' },
      { category: 'co-creation', text: '量産設計と製造の支援' },
    ],
    seeks: [
      { category: 'co-creation', text: 'Startups in healthcare and robotics that need sensors' },
      { category: 'design', text: 'Product designers for new consumer devices' },
    ],
    area: 'japan-other',
    languages: ['ja', 'en'],
  },
  {
    id: 'co-kanto-energy',
    kind: 'corporate',
    tags: ['energy', 'renewable-energy', 'decarbonization', 'smart-grid', 'gx'],
    headline: {
      ja: '企業の脱炭素を、再エネと蓄電で支える',
      en: 'Renewable power and storage for businesses going net zero',
    },
    description: {
      ja: '法人向けに再生可能エネルギーの電力を供給しています。',
      en: 'We supply renewable power to 5,000 business customers in Kanto. We are adding battery storage and look for technology partners, and for creators who can tell the story of the energy transition to households and employees.',
    },
    offers: [
      { category: 'sales-channel', text: '法人顧客5,000社への販売' },
      { category: 'poc-partner', text: 'Our solar farms and substations for storage pilots' },
    ],
    seeks: [
      { category: 'engineering', text: 'Battery storage and energy management technology' },
      { category: 'marketing', text: 'Campaigns and videos that make saving energy appealing' },
    ],
    area: 'yokohama',
    languages: ['ja', 'en'],
  },
  {
    id: 'co-umami-foods',
    kind: 'corporate',
    tags: ['food', 'manufacturing', 'alternative-protein', 'open-innovation', 'food-loss'],
    headline: { ja: '100年続く調味料メーカーが、未来の食をつくる' },
    description: {
      ja: '醤油と調味料のメーカーです。研究所の食品科学の知見と全国の販路を活かして、代替タンパクやアップサイクル食品のスタートアップとの共同開発を進めています。料理家やシェフとのレシピ開発も行っています。',
    },
    offers: [
      { category: 'research', text: '食品科学研究所との共同研究' },
      { category: 'sales-channel', text: '全国のスーパー・外食チェーンへの販路' },
    ],
    seeks: [
      { category: 'co-creation', text: '代替タンパク・アップサイクル食品の共同開発' },
      { category: 'content', text: 'レシピ開発と料理の発信' },
    ],
    area: 'japan-other',
    languages: ['ja'],
  },
  {
    id: 'co-bridge-media',
    kind: 'corporate',
    tags: ['anime', 'manga', 'gaming', 'global-expansion', 'media', 'pop-culture'],
    headline: { en: 'Taking Japanese anime, manga and games to North American fans' },
    description: {
      en: 'Bridgeport Media licenses, localises and distributes animation, comics and indie games from Japan and Asia in the US and Canada through streaming partners and bookstores. We look for studios and creators with original characters and stories ready for a global audience.',
    },
    offers: [
      { category: 'overseas-expansion', text: 'Localisation, dubbing and distribution in North America' },
      { category: 'sales-channel', text: 'Streaming and bookstore partners across the US and Canada' },
    ],
    seeks: [{ category: 'content', text: 'Original anime, manga, character IP and indie games from Japan and Asia' }],
    area: 'overseas',
    languages: ['en'],
  },
  {
    id: 'co-port-consult',
    kind: 'corporate',
    tags: ['port', 'logistics', 'maritime', 'drones', 'consulting', 'supply-chain'],
    headline: {
      ja: '港湾・物流のDXを支援するコンサルティング',
      en: 'Consulting for port and logistics digitalisation',
    },
    description: {
      ja: '港湾運営会社や物流企業向けに、業務改善とDX戦略のコンサルティングを提供しています。ドローンやロボットの導入計画づくりもご相談ください。港湾分野の経験をもつコンサルタントを募集しています。',
      en: 'We advise port operators and logistics companies on operations and digital strategy, including plans for bringing in drones and robots. We are hiring consultants with port experience.',
    },
    offers: [{ category: 'mentoring', text: '港湾・物流DXの戦略立案' }],
    seeks: [{ category: 'talent', text: 'Consultants with port or logistics experience' }],
    area: 'yokohama',
    languages: ['ja', 'en'],
  },
  {
    id: 'co-shibuya-cowork',
    kind: 'corporate',
    tags: ['coworking', 'community', 'startup-ecosystem', 'networking', 'events'],
    headline: { ja: '渋谷駅直結のコワーキングスペース', en: 'Coworking next to Shibuya Station' },
    description: {
      ja: 'スタートアップとフリーランス向けに、300席のデスクと会議室を提供しています。毎月の交流会も開いています。',
      en: 'Three hundred desks and meeting rooms for startups and freelancers, with a networking night every month.',
    },
    offers: [{ category: 'space-venue', text: 'Desks, private offices and meeting rooms by the month' }],
    seeks: [{ category: 'talent', text: 'コミュニティマネージャー' }],
    area: 'shibuya',
    languages: ['ja', 'en'],
  },
];
