import { type DomainBank, o, p } from './types';

/** AI, XR and robotics. */
export const DIGITAL_DOMAINS: DomainBank[] = [
  {
    id: 'ai',
    label: { ja: 'AI', en: 'AI', adj: 'AI' },
    weight: { startup: 11, creator: 0 },
    coreTags: ['ai', 'data-science'],
    extraTags: ['b2b-saas', 'dx', 'cloud', 'automation'],
    nameSuffixes: [
      p('AI', 'AI'),
      p('インテリジェンス', 'Intelligence'),
      p('ラボ', 'Labs'),
      p('アナリティクス', 'Analytics'),
    ],
    startup: [
      o(
        '製造ラインの外観検査をAIで自動化',
        'AI visual inspection for manufacturing lines',
        '少量の不良品画像から学習できる外観検査AIを開発し、中小製造業の検査工程を省力化しています。',
        'We build visual-inspection AI that learns from a handful of defect images, cutting inspection work for small and mid-sized manufacturers.',
        ['computer-vision', 'manufacturing', 'sme'],
      ),
      o(
        '日本語に強い業務特化型LLMで社内文書を検索・要約',
        'A Japanese-first LLM assistant that searches and summarises internal documents',
        '社内規程や議事録を安全に検索・要約できる、日本語に強い業務特化型の大規模言語モデルを提供しています。',
        'We provide a domain-tuned large language model that securely searches and summarises internal rules, minutes and manuals, and handles Japanese properly.',
        ['llm', 'generative-ai', 'nlp'],
      ),
      o(
        'コールセンターの応対を音声AIで可視化',
        'Voice AI that makes call-centre conversations measurable',
        '通話音声をリアルタイムで文字起こしし、問い合わせ内容や感情を自動で分類することで、オペレーターの負担を減らします。',
        'Our voice AI transcribes calls in real time and tags intent and sentiment automatically, taking load off operators.',
        ['voice-tech', 'nlp', 'customer-experience'],
      ),
      o(
        '需要予測AIで小売の食品ロスと欠品を同時に削減',
        'Demand-forecasting AI that cuts both food waste and stock-outs',
        'POSデータと天候・地域のイベント情報を組み合わせた需要予測で、店舗ごとに最適な発注量を提案します。',
        'We combine POS data with weather and local event calendars to recommend the right order quantity for every store.',
        ['retail', 'food-loss', 'data-science'],
      ),
      o(
        '多言語AI通訳で窓口業務をバリアフリーに',
        'Multilingual AI interpretation for public and retail counters',
        'タブレット1台で20以上の言語に対応するAI通訳を、自治体の窓口や商業施設に導入しています。',
        'Our AI interpreter runs on a single tablet, covers more than 20 languages and is used at city-hall counters and shopping centres.',
        ['nlp', 'multicultural', 'accessibility', 'govtech'],
      ),
      o(
        '業務を自律的にこなすAIエージェントを中小企業に',
        'AI agents that take routine office work off small teams',
        '受発注や請求書処理などの定型業務を、AIエージェントが人の確認を挟みながら自律的に処理します。',
        'Our AI agents handle orders, invoices and other routine tasks on their own, checking with a person at the key steps.',
        ['ai-agents', 'automation', 'sme'],
      ),
    ],
    creator: [],
    context: [
      p(
        '生成AIの普及で、現場のデータをどう活かすかが企業の競争力を左右する時代になりました。',
        'With generative AI everywhere, what a company does with its own field data now decides its competitiveness.',
      ),
      p(
        '日本語特有の表現や業界用語に対応したモデルへの需要は、年々高まっています。',
        'Demand for models that handle Japanese nuance and industry jargon grows every year.',
      ),
      p(
        'AIを「置き換え」ではなく、人の判断を支える道具として設計することを大切にしています。',
        '{We} design AI as a tool that supports human judgement rather than one that replaces it.',
      ),
    ],
    creatorNouns: [],
    disciplines: [],
    creatorOffers: [],
  },
  {
    id: 'xr',
    label: { ja: 'XR', en: 'XR', adj: 'XR' },
    weight: { startup: 6, creator: 6 },
    coreTags: ['xr', 'ar', 'vr'],
    extraTags: ['metaverse', 'digital-twin', '3dcg', 'game-engines'],
    nameSuffixes: [p('XR', 'XR'), p('リアリティ', 'Reality'), p('ビジョン', 'Vision'), p('イマーシブ', 'Immersive')],
    startup: [
      o(
        '現実の街並みに重ねるAR観光ガイド',
        'AR city guides layered onto real streets',
        '位置情報と連動したARコンテンツで、街歩きをしながら歴史やお店の情報を楽しめる観光ガイドアプリを開発しています。',
        'We develop a location-based AR guide app that reveals local history and shops as visitors walk the streets.',
        ['ar', 'tourism', 'mobile-apps'],
      ),
      o(
        'VRで危険作業を安全に学べる研修プラットフォーム',
        'VR training for hazardous work, without the hazard',
        '建設や物流の現場で起きやすい事故の場面をVRで再現し、安全に繰り返し体験できる研修を提供しています。',
        'We recreate the moments that cause accidents on construction and logistics sites in VR, so trainees can practise them safely and repeatedly.',
        ['vr', 'construction', 'reskilling'],
      ),
      o(
        'ブラウザで動くバーチャル展示会プラットフォーム',
        'A browser-based virtual exhibition platform',
        'アプリ不要で参加できる3Dのバーチャル展示会を提供し、出展者と来場者の商談をオンラインでつなぎます。',
        'Our 3D virtual exhibitions run in any browser with no app to install, and turn visits into real business meetings.',
        ['metaverse', 'events', 'web-development'],
      ),
      o(
        'デジタルツインで店舗レイアウトを事前に検証',
        'Digital twins for testing store layouts before you build',
        '店舗や施設を3Dスキャンしてデジタルツインを作成し、レイアウト変更の効果を事前にシミュレーションできるようにしています。',
        'We 3D-scan shops and venues into digital twins so that layout changes can be simulated before anything moves.',
        ['digital-twin', 'retail', 'proptech'],
      ),
    ],
    creator: [
      o(
        '没入型のXRアート作品を制作',
        'Immersive XR artworks',
        'VRとARを使った没入型のインスタレーションを制作し、美術館や商業施設で発表しています。',
        '{We} create immersive VR and AR installations for museums and commercial spaces.',
        ['vr', 'art', 'media-art'],
      ),
      o(
        'バーチャル空間のデザインとワールド制作',
        'Virtual space design and world building',
        'メタバース上のワールドやバーチャルイベントの会場を、コンセプト設計から3D制作まで一貫して手がけています。',
        '{We} design virtual worlds and event venues in the metaverse, from the first concept to the finished 3D build.',
        ['metaverse', '3dcg', 'spatial-design'],
      ),
      o(
        'アバターとバーチャルキャラクターの制作',
        'Avatars and virtual characters',
        'VTuberや企業のバーチャル案内役のためのアバターを、モデリングから表情・動きの設定まで制作しています。',
        '{We} build avatars for VTubers and virtual brand guides, from modelling to facial expressions and motion.',
        ['avatars', 'vtuber', 'character-design'],
      ),
    ],
    context: [
      p(
        '軽量なヘッドセットやスマートグラスの登場で、XRは実務で使える段階に入りました。',
        'Lighter headsets and smart glasses have made XR practical for everyday work.',
      ),
      p(
        '港の景色や交差点の賑わいなど、街そのものがXRの実証フィールドとして大きな可能性を持っています。',
        'From harbour views to busy crossings, the city itself is a promising testing ground for XR.',
      ),
      p(
        '現実と仮想を行き来する体験が、観光や小売のあり方を変えつつあります。',
        'Experiences that move between the physical and the virtual are changing tourism and retail.',
      ),
    ],
    creatorNouns: [
      p('XRアーティスト', 'XR artist'),
      p('バーチャル空間デザイナー', 'virtual space designer'),
      p('3Dクリエイター', '3D creator'),
    ],
    disciplines: [
      p('XR', 'XR'),
      p('バーチャル空間設計', 'Virtual space design'),
      p('3DCG', '3D graphics'),
      p('Unity開発', 'Unity development'),
    ],
    creatorOffers: ['content', 'design', 'engineering'],
  },
  {
    id: 'robotics',
    label: { ja: 'ロボティクス', en: 'robotics', adj: 'robotics' },
    weight: { startup: 5, creator: 0 },
    coreTags: ['robotics', 'hardware'],
    extraTags: ['automation', 'sensors', 'embedded', 'deep-tech'],
    nameSuffixes: [p('ロボティクス', 'Robotics'), p('オートメーション', 'Automation'), p('マシンズ', 'Machines')],
    startup: [
      o(
        '倉庫のピッキングを自動化する協働ロボット',
        'Collaborative robots that automate warehouse picking',
        '既存の棚をそのまま使えるピッキングロボットで、物流倉庫の人手不足の解消に取り組んでいます。',
        'Our picking robots work with existing shelving and ease labour shortages in logistics warehouses.',
        ['logistics', 'automation'],
      ),
      o(
        '飲食店向けの配膳・下膳ロボット',
        'Serving and bussing robots for restaurants',
        '狭い店内でも安全に走行できる配膳ロボットを開発し、スタッフが接客に集中できる環境をつくっています。',
        'We build serving robots that move safely through tight dining rooms, freeing staff to focus on guests.',
        ['food', 'hospitality'],
      ),
      o(
        'インフラ点検用のドローンと点検ロボット',
        'Drones and crawler robots for infrastructure inspection',
        '橋梁やトンネル、港湾施設の点検をドローンとクローラーロボットで効率化し、点検記録も自動で作成します。',
        'We inspect bridges, tunnels and port facilities with drones and crawler robots, and generate the inspection reports automatically.',
        ['drones', 'construction', 'port'],
      ),
      o(
        '介護現場の見守り・移乗支援ロボット',
        'Care robots for monitoring and patient transfer',
        '介護施設の夜間の見守りと移乗介助を支えるロボットで、介護職員の身体的な負担を軽くしています。',
        'Our robots help with night-time monitoring and patient transfers in care homes, reducing the physical strain on caregivers.',
        ['caregiving', 'ageing-society'],
      ),
    ],
    creator: [],
    context: [
      p(
        '人手不足が深刻化するなか、ロボットは「人と一緒に働く」存在へと変わりつつあります。',
        'As labour shortages deepen, robots are becoming colleagues that work alongside people.',
      ),
      p(
        '京浜工業地帯に蓄積されたものづくりの技術は、ロボット開発の大きな強みです。',
        'The manufacturing know-how built up in the Keihin industrial belt is a real advantage for robotics.',
      ),
      p(
        '現場で使われ続けるロボットには、導入のしやすさと安全性が欠かせません。',
        'Robots that stay in use need to be easy to deploy and, above all, safe.',
      ),
    ],
    creatorNouns: [],
    disciplines: [],
    creatorOffers: [],
  },
];
