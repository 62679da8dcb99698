import type { EvalProfile } from './eval-profiles';

/** Startups of the evaluation corpus; the last two are distractors (see EVAL_PROFILES). */
export const EVAL_STARTUPS: EvalProfile[] = [
  {
    id: 'st-skyport-drones',
    kind: 'startup',
    tags: ['drones', 'computer-vision', 'port', 'digital-twin', 'poc', 'disaster-prevention'],
    headline: {
      ja: '港湾インフラをドローンで点検する横浜発スタートアップ',
      en: 'Drone inspection for port infrastructure, from Yokohama',
    },
    description: {
      ja: '岸壁、クレーン、橋梁の点検をドローンと画像解析で自動化しています。人が高所に上らずに済み、点検時間は従来の3分の1です。次の課題は、稼働中の港での本格的な実証実験と、港や空港の周辺での飛行許可の取得です。',
      en: 'We automate inspections of quay walls, gantry cranes and bridges with drones and image analysis, so nobody has to climb and an inspection takes a third of the time. Next we need a full-scale pilot at a working port and help with flight permissions near ports and airports.',
    },
    offers: [
      { category: 'engineering', text: 'Autonomous inspection flights and AI detection of cracks and corrosion' },
      { category: 'data', text: '港湾設備の高解像度の点検画像と3Dモデル' },
    ],
    seeks: [
      { category: 'poc-partner', text: 'A container terminal or port operator for a six-month inspection pilot' },
      { category: 'regulatory-support', text: '港湾・空港周辺でのドローン飛行許可の調整' },
      { category: 'funding', text: 'Seed round of about ¥150M' },
    ],
    area: 'yokohama',
    languages: ['ja', 'en'],
  },
  {
    id: 'st-reef-robotics',
    kind: 'startup',
    tags: ['robotics', 'maritime', 'port', 'sustainability', 'japan-entry'],
    headline: { en: 'Underwater robots that clean ship hulls and cut fuel use' },
    description: {
      en: 'Reef Robotics builds underwater robots that clean ship hulls while vessels are at berth, cutting fuel use by up to 8% and stopping invasive species from travelling between ports. We operate in Singapore and want to bring the service to Japanese ports, starting with a pilot at a container terminal.',
    },
    offers: [
      { category: 'engineering', text: 'Underwater robotics and hull condition reports' },
      { category: 'data', text: 'Hull fouling and fuel consumption data from 400 cleanings' },
    ],
    seeks: [
      { category: 'poc-partner', text: 'A Japanese port where we can clean the hulls of vessels at berth' },
      { category: 'regulatory-support', text: 'Guidance on in-water cleaning rules and port permits in Japan' },
      { category: 'sales-channel', text: 'Introductions to shipping lines calling at Yokohama' },
    ],
    area: 'overseas',
    languages: ['en'],
  },
  {
    id: 'st-oishii-loop',
    kind: 'startup',
    tags: ['food-tech', 'food-loss', 'circular-economy', 'd2c', 'sustainability', 'food'],
    headline: { ja: '豆腐屋のおからを、毎日食べたいおやつに' },
    description: {
      ja: '横浜の豆腐店から毎日出るおからを回収し、グルテンフリーのクッキーとグラノーラにアップサイクルしています。これまでにオンラインで1万袋を販売しました。次はスーパーの棚に並べたいと考えており、販路と、手に取りたくなるパッケージを一緒に作れる方を探しています。',
    },
    offers: [
      { category: 'co-creation', text: 'おからなどの食品残さを使った商品の共同開発' },
      { category: 'data', text: '食品ロス削減量の計測データ' },
    ],
    seeks: [
      { category: 'sales-channel', text: 'スーパーや小売店での販売' },
      { category: 'design', text: 'パッケージデザインとブランドづくり' },
      { category: 'marketing', text: '商品の魅力を伝えるPR' },
      { category: 'overseas-expansion', text: '東南アジアへの輸出' },
    ],
    area: 'yokohama',
    languages: ['ja'],
  },
  {
    id: 'st-veggie-protein',
    kind: 'startup',
    tags: ['alternative-protein', 'food-tech', 'sustainability', 'food', 'b2b'],
    headline: {
      ja: '大豆と麹でつくる、和食に合う代替肉',
      en: 'Plant-based meat made with soy and koji, built for Japanese cooking',
    },
    description: {
      ja: '国産大豆と麹の発酵技術で、和食の調理にも使える植物性の代替肉を開発しています。都内の飲食店20店舗で採用されています。',
      en: 'We make plant-based meat from Japanese soybeans fermented with koji, so it works in Japanese dishes. Twenty restaurants in Tokyo already use it. Next we want supermarket shelves, a better texture with the help of food scientists, and a seed round for our first factory.',
    },
    offers: [{ category: 'co-creation', text: 'Menu development with chefs and food service companies' }],
    seeks: [
      { category: 'sales-channel', text: 'Supermarket and food service distribution in Japan' },
      { category: 'research', text: '食品科学の研究機関と食感の改良' },
      { category: 'funding', text: 'Seed round to build our first factory' },
    ],
    area: 'shibuya',
    languages: ['ja', 'en'],
  },
  {
    id: 'st-lumen-xr',
    kind: 'startup',
    tags: ['xr', 'ar', 'vr', 'game-engines', '3dcg', 'entertainment'],
    headline: {
      ja: 'アニメと音楽のライブを、リアルタイムXRで',
      en: 'Real-time XR stages for anime, music and live entertainment',
    },
    description: {
      ja: '渋谷のXRスタジオです。キャラクターと演者が同じ空間に立つ、ライブ向けの演出技術を開発しています。',
      en: 'Lumen XR is a team of twelve Unreal and Unity engineers in Shibuya. We build AR experiences, volumetric capture and mixed-reality stages where performers and virtual characters share the same space. We want to work with studios and rights holders who have characters and stories, and with venues that want to stage XR shows.',
    },
    offers: [
      { category: 'engineering', text: 'Unreal and Unity development, motion capture and volumetric video' },
      { category: 'co-creation', text: 'XR shows built together with IP holders' },
    ],
    seeks: [
      { category: 'content', text: 'Anime and game IP, characters and artists to bring into XR' },
      { category: 'space-venue', text: 'Venues that want to stage XR shows' },
      { category: 'funding', text: 'Series A to expand the studio' },
    ],
    area: 'shibuya',
    languages: ['en', 'ja'],
  },
  {
    id: 'st-kotoba-lab',
    kind: 'startup',
    tags: ['nlp', 'llm', 'ai', 'inbound-tourism', 'multicultural'],
    headline: { ja: '12言語に対応した接客AIで、観光と多文化共生を支える' },
    description: {
      ja: '大規模言語モデルを使い、ホテルや駅、自治体の窓口で外国人のお客さまと12言語で会話できる接客AIを開発しています。方言や専門用語にも強い翻訳エンジンが特長で、マンガやゲームの翻訳にも使われています。実際の窓口での実証と、多言語の会話データを提供いただけるパートナーを探しています。',
    },
    offers: [
      { category: 'engineering', text: '多言語翻訳と接客AIのAPI' },
      { category: 'overseas-expansion', text: 'マンガ・ゲーム・ウェブサイトのAI翻訳とローカライズ' },
    ],
    seeks: [
      { category: 'poc-partner', text: 'ホテルや駅、行政窓口での多言語接客の実証実験' },
      { category: 'data', text: '多言語の会話データ' },
      { category: 'sales-channel', text: '観光・宿泊業界への導入' },
    ],
    area: 'yokohama',
    languages: ['ja'],
  },
  {
    id: 'st-carecompanion',
    kind: 'startup',
    tags: ['caregiving', 'robotics', 'voice-tech', 'ageing-society', 'healthcare'],
    headline: { ja: '介護職員の夜勤を支える、見守りと会話のロボット' },
    description: {
      ja: '川崎の大学発スタートアップです。高齢者と会話し、転倒や体調の変化を職員に知らせる小型ロボットを開発しています。介護施設での長期の実証、音声認識の研究協力、量産に向けた資金調達が必要です。高齢者が親しみを感じる外装を一緒に考えてくれるデザイナーも探しています。',
    },
    offers: [
      { category: 'engineering', text: '高齢者向けの音声対話と見守りのシステム' },
      { category: 'data', text: '介護現場の会話・見守りデータ（匿名化）' },
    ],
    seeks: [
      { category: 'poc-partner', text: '介護施設での6か月間の実証実験' },
      { category: 'research', text: '音声認識の研究協力' },
      { category: 'funding', text: '量産に向けた資金調達' },
      { category: 'design', text: 'ロボットの外装デザイン' },
    ],
    area: 'japan-other',
    languages: ['ja'],
  },
  {
    id: 'st-greengrid',
    kind: 'startup',
    tags: ['batteries', 'smart-grid', 'renewable-energy', 'decarbonization', 'japan-entry'],
    headline: { en: 'Second-life EV batteries as grid storage for ports and factories' },
    description: {
      en: 'Voltwerk turns used electric-vehicle batteries into stationary storage that smooths solar and wind power for ports, factories and large buildings. We run 40 MWh across Germany and the Netherlands and are entering Japan. We need a first Japanese site, an energy partner who sells to business customers, and advice on grid-connection rules.',
    },
    offers: [
      { category: 'engineering', text: 'Battery storage systems and energy management software' },
      { category: 'data', text: 'Battery health data from 3,000 second-life packs' },
    ],
    seeks: [
      { category: 'poc-partner', text: 'A port, factory or building in Japan to host a first storage system' },
      { category: 'sales-channel', text: 'An energy company that sells to business customers in Japan' },
      { category: 'regulatory-support', text: 'Grid connection and safety regulation in Japan' },
    ],
    area: 'overseas',
    languages: ['en', 'de'],
  },
  {
    id: 'st-fanbase',
    kind: 'startup',
    tags: ['creator-economy', 'platform', 'vtuber', 'e-commerce', 'social-media'],
    headline: {
      ja: 'クリエイターがファンに直接届ける、グッズと会員のプラットフォーム',
      en: 'A platform where creators sell goods and memberships directly to fans',
    },
    description: {
      ja: 'イラストレーターやVTuberが、在庫を持たずにグッズを販売し、月額の会員サービスを運営できるプラットフォームです。',
      en: 'Illustrators and VTubers sell made-to-order goods and run memberships without holding stock. 3,000 creators use it; we are raising a Series A and looking for more creators and character IP.',
    },
    offers: [
      { category: 'sales-channel', text: 'Made-to-order goods and fan memberships for creators' },
      { category: 'marketing', text: 'Promotion to 400k fans on our platform' },
    ],
    seeks: [
      { category: 'content', text: 'Illustrators, VTubers and character IP to launch on the platform' },
      { category: 'funding', text: 'Series A' },
    ],
    area: 'shibuya',
    languages: ['ja', 'en'],
  },
  {
    id: 'st-haptix',
    kind: 'startup',
    tags: ['haptics', 'wearables', 'hardware', 'vr', 'sound-design'],
    headline: { en: 'Wearable haptics that let audiences feel sound' },
    description: {
      en: 'We build vests and wristbands that turn sound and music into vibration, used in VR games and concerts. We want artists and game designers to compose for touch, a venue to show it, and deep-tech investors for our seed round.',
    },
    offers: [
      { category: 'engineering', text: 'Haptic devices and an SDK that turns audio into vibration' },
      { category: 'research', text: 'Joint research on touch and perception' },
    ],
    seeks: [
      { category: 'content', text: 'Sound artists, musicians and game designers who want to create for touch' },
      { category: 'space-venue', text: 'A venue or gallery for a public demo' },
      { category: 'funding', text: 'Seed investment from deep-tech investors' },
    ],
    area: 'shibuya',
    languages: ['en'],
  },
  {
    id: 'st-tabi-mobility',
    kind: 'startup',
    tags: ['mobility', 'smart-city', 'tourism', 'api', 'inbound-tourism'],
    headline: {
      ja: '電車・バス・シェアサイクルを一つにつなぐ観光MaaS',
      en: 'One app for trains, buses and bike share for visitors to Yokohama',
    },
    description: {
      ja: '横浜を訪れる観光客向けに、電車・バス・シェアサイクルの経路検索と予約を一つのアプリで提供しています。',
      en: 'Visitors to Yokohama plan and book trains, buses and bike share in one app. We want to pilot at stations, use people-flow data to improve routes, and make the app work for visitors from overseas.',
    },
    offers: [
      { category: 'engineering', text: 'Route optimisation and booking APIs' },
      { category: 'data', text: '観光客の移動データ' },
    ],
    seeks: [
      { category: 'poc-partner', text: '駅や観光施設での実証実験' },
      { category: 'data', text: '人流データ' },
      { category: 'design', text: 'UX design that works for overseas visitors' },
    ],
    area: 'yokohama',
    languages: ['ja', 'en'],
  },
  {
    id: 'st-nemuri-sensing',
    kind: 'startup',
    tags: ['sensors', 'iot', 'healthcare', 'caregiving', 'wearables'],
    headline: { ja: '介護施設向けの非接触睡眠センサー', en: 'Contact-free sleep sensors for care homes' },
    description: {
      ja: 'マットレスの下に置くレーダーセンサーで、入居者の呼吸・心拍・睡眠を非接触で見守ります。',
      en: 'A radar sensor under the mattress tracks breathing, heart rate and sleep without touching the resident, and night staff see on a tablet who needs them.',
    },
    offers: [
      { category: 'data', text: 'Anonymised sleep and vital-sign data' },
      { category: 'engineering', text: 'Radar sensing and alert software' },
    ],
    seeks: [
      { category: 'poc-partner', text: '介護施設での実証実験' },
      { category: 'design', text: 'Industrial design for a smaller, quieter device' },
      { category: 'research', text: 'Joint development of the next sensor module' },
    ],
    area: 'yokohama',
    languages: ['en', 'ja'],
  },
  {
    id: 'st-bousai-map',
    kind: 'startup',
    tags: ['disaster-prevention', 'satellites', 'geospatial', 'ai', 'climate'],
    headline: { ja: '衛星データとAIで、浸水リスクを街区ごとに予測' },
    description: {
      ja: '衛星画像と気象データをAIで解析し、豪雨のときの浸水リスクを街区単位で予測するサービスです。自治体の防災計画と、損害保険の査定に使っていただくことを目指しています。',
    },
    offers: [
      { category: 'data', text: '街区単位の浸水リスク予測データ' },
      { category: 'engineering', text: '衛星画像の解析' },
    ],
    seeks: [
      { category: 'sales-channel', text: '損害保険会社や自治体への導入' },
      { category: 'data', text: '過去の浸水被害のデータ' },
      { category: 'funding', text: 'シード資金' },
    ],
    area: 'japan-other',
    languages: ['ja'],
  },
  {
    id: 'st-keiri-cloud',
    kind: 'startup',
    tags: ['b2b-saas', 'fintech', 'accounting', 'sme', 'dx'],
    headline: { ja: '中小企業の経理を、スマホで5分に' },
    description: {
      ja: '領収書を撮るだけで仕訳と請求書の発行が終わる、中小企業向けのクラウド会計です。地方銀行や信用金庫と組んで、取引先の中小企業に届けたいと考えています。',
    },
    offers: [
      { category: 'engineering', text: '会計APIと銀行口座の連携' },
      { category: 'co-creation', text: '金融機関向けの共同サービス開発' },
    ],
    seeks: [
      { category: 'sales-channel', text: '地方銀行・信用金庫からの中小企業への紹介' },
      { category: 'marketing', text: '中小企業の経営者に届く広告・PR' },
    ],
    area: 'shibuya',
    languages: ['ja'],
  },
  {
    id: 'st-foodie-app',
    kind: 'startup',
    tags: ['food', 'food-tech', 'food-loss', 'retail', 'mobile-apps'],
    headline: { en: "An app that sells restaurants' leftover food at closing time" },
    description: {
      en: 'Restaurants and bakeries sell unsold food at a discount before closing; 80,000 people in Tokyo use the app. We are hiring mobile engineers and a community manager.',
    },
    offers: [
      { category: 'marketing', text: 'Promotion to 80,000 local food lovers' },
      { category: 'data', text: 'Which dishes go unsold, by area and time of day' },
    ],
    seeks: [
      { category: 'talent', text: 'Mobile engineers and a community manager' },
      { category: 'mentoring', text: 'Advice from founders who scaled consumer apps' },
    ],
    area: 'shibuya',
    languages: ['en', 'ja'],
  },
  {
    id: 'st-agri-drone',
    kind: 'startup',
    tags: ['drones', 'agritech', 'poc', 'regional-revitalization'],
    headline: { ja: '中山間地の農薬散布を、ドローンで省力化' },
    description: {
      ja: '中山間地の田畑で、農薬や肥料の散布を自動で行うドローンサービスを提供しています。農協や自治体と組んで、高齢化が進む地域の農業を支えたいと考えています。',
    },
    offers: [{ category: 'engineering', text: '農業用ドローンの自動散布システム' }],
    seeks: [
      { category: 'poc-partner', text: '農協や農業法人の圃場での実証' },
      { category: 'sales-channel', text: '農機販売店や農協を通じた販売' },
    ],
    area: 'japan-other',
    languages: ['ja'],
  },
];
