import type { EvalProfile } from './eval-profiles';

/**
 * Startups of evaluation set A (mobility, logistics, disaster prevention, energy, care, fintech,
 * HR). `a-st-medlingo` and `a-st-paybridge` are each other's distractors: both court the same
 * employers of foreign staff with the same words, and neither has anything the other needs.
 */
export const EVAL_SET_A_STARTUPS: EvalProfile[] = [
  {
    id: 'a-st-hakobot',
    kind: 'startup',
    tags: ['配送ロボット', 'ラストワンマイル', '自動運転', '物流', 'ロボティクス'],
    headline: { ja: '団地とマンションの玄関先まで、歩道を走るロボットが荷物を届けます' },
    description: {
      ja: '時速5kmで歩道を走る小型の自動配送ロボットを開発しています。港北ニュータウンの団地で半年間の試験走行を終え、1,200件を無事故で配達しました。次は物流会社の配送拠点と組んだ本格的な公道実証です。歩行者に怖がられない見た目と音づくりにも取り組みたいと考えています。',
    },
    offers: [
      { category: 'engineering', text: '遠隔監視つきの自動配送ロボット（1人のオペレーターで最大10台）' },
      { category: 'data', text: '歩道・横断歩道の走行ログと、歩行者とのすれ違いの記録' },
    ],
    seeks: [
      { category: 'poc-partner', text: '配送拠点をもつ物流会社か、敷地内を走らせてくれる大規模マンション' },
      { category: 'regulatory-support', text: '遠隔操作型小型車の届出と、警察・道路管理者との調整' },
      { category: 'design', text: '子どもや高齢者が怖がらない外装と、近づいたことを知らせる音' },
    ],
    area: 'yokohama',
    languages: ['ja'],
  },
  {
    id: 'a-st-coldtrace',
    kind: 'startup',
    tags: ['cold chain', 'IoT', 'logistics', 'seafood', 'Japan entry'],
    headline: { en: 'Reusable temperature tags that follow every pallet through the cold chain' },
    description: {
      en: 'ColdTrace is a Rotterdam company. Our reusable Bluetooth tags ride on pallets of fish, vaccines and fresh produce and report temperature every minute to one dashboard, so a warehouse can prove an unbroken cold chain instead of printing paper logs. 140 warehouses in Europe use us. We are opening in Japan and want one cold-storage operator near a major port for a three-month pilot, plus help making our sales material read naturally in Japanese.',
    },
    offers: [
      { category: 'engineering', text: 'Reusable BLE temperature tags, gateways and a cold-chain dashboard' },
      { category: 'data', text: 'Minute-by-minute temperature histories per pallet, exportable for audits' },
    ],
    seeks: [
      { category: 'poc-partner', text: 'A refrigerated warehouse in Yokohama or Tokyo Bay for a 3-month pilot' },
      { category: 'marketing', text: 'Japanese sales material that does not read like a translation' },
    ],
    area: 'overseas',
    languages: ['en'],
  },
  {
    id: 'a-st-norikae',
    kind: 'startup',
    tags: ['MaaS', 'オンデマンド交通', '高齢者', '地域交通', '乗合'],
    headline: { ja: '坂の上の住宅地に、呼べば来る乗合ワゴンを' },
    description: {
      ja: '横浜の丘陵地の住宅地では、路線バスの減便で買い物や通院に困る高齢者が増えています。私たちはスマホでも電話でも予約できるAIオンデマンド乗合交通を運行しています。旭区で1日150人が利用中です。バス会社と組んで路線の代わりに走らせる実証と、スマホに不慣れな方でも迷わない予約画面づくりが課題です。',
    },
    offers: [
      { category: 'engineering', text: '相乗りの配車アルゴリズムと電話予約のオペレーション' },
      { category: 'data', text: '住宅地ごとの乗降データと時間帯別の需要' },
    ],
    seeks: [
      { category: 'poc-partner', text: '減便した路線を一緒に置き換えてくれるバス事業者' },
      { category: 'design', text: '70代・80代の方が迷わない予約アプリの画面設計' },
      { category: 'co-creation', text: 'デイサービスや病院の送迎と乗合を組み合わせる取り組み' },
    ],
    area: 'yokohama',
    languages: ['ja'],
  },
  {
    id: 'a-st-evhop',
    kind: 'startup',
    tags: ['EV charging', 'EV', 'proptech', 'condominiums', 'energy'],
    headline: { en: 'Shared EV chargers for apartment buildings, with no upfront cost to residents' },
    description: {
      en: "Most people in Tokyo and Yokohama live in condominiums, and that is where EV adoption stalls: the residents' association has to agree to install chargers, and nobody wants to pay for parking spots that only two owners use today. EVhop installs and runs shared chargers at our own cost and bills per kWh. We have 30 buildings in Oslo and six in Tokyo. We are a Norwegian-Japanese team in Shibuya looking for developers and property managers, and for someone who can explain the scheme to a room of sceptical residents in Japanese.",
    },
    offers: [
      { category: 'engineering', text: 'Installation and operation of shared chargers, with smart load balancing' },
      { category: 'data', text: 'Charging demand per building and peak-load profiles' },
    ],
    seeks: [
      { category: 'poc-partner', text: 'Developers or property managers with condos of 50+ units' },
      {
        category: 'marketing',
        text: "Plain Japanese explainers for residents' association meetings: leaflets, slides, a one-page visual",
      },
      { category: 'funding', text: 'Seed extension of about ¥200M for hardware' },
    ],
    area: 'shibuya',
    languages: ['en'],
  },
  {
    id: 'a-st-kizuna-quake',
    kind: 'startup',
    tags: ['防災', '地震', 'センサー', '構造ヘルスモニタリング', 'ビル管理'],
    headline: { ja: '大地震のあと、このビルに戻っていいかを10分で判定' },
    description: {
      ja: 'ビルの各階に加速度センサーを置き、地震の揺れから建物の損傷の程度を推定するシステムです。震度6弱の揺れの後でも、応急危険度判定を待たずに入居者が戻れるかを判断できます。首都圏の12棟に導入済みです。オフィスビルやタワーマンションのオーナー、保険会社との連携を探しています。',
    },
    offers: [
      { category: 'engineering', text: '加速度センサーと損傷推定のクラウド（1棟あたり3日で設置）' },
      { category: 'data', text: '導入済みビル12棟の地震時の揺れと建物応答の記録' },
    ],
    seeks: [
      { category: 'poc-partner', text: '30階以上のオフィスビルかタワーマンションでの実証' },
      { category: 'sales-channel', text: '地震保険や事業継続の商品に組み込んでくれる保険会社' },
      { category: 'research', text: 'センサーの量産と低コスト化を一緒に進められるメーカー' },
    ],
    area: 'yokohama',
    languages: ['ja'],
  },
  {
    id: 'a-st-floodsense',
    kind: 'startup',
    tags: ['flood', 'IoT sensors', 'disaster prevention', 'smart city', 'climate adaptation'],
    headline: { en: 'Solar-powered water-level sensors for underpasses, rivers and drains' },
    description: {
      en: 'We are from Taipei, where our sensors watch 2,000 underpasses, small rivers and storm drains and close roads automatically before cars drive into water. Each unit is solar-powered, costs less than a traffic sign and reports over LTE-M every 30 seconds. Japan has the same flash floods and the same underpasses. We want a city to test 20 units through one rainy season, a Japanese partner whose flood-prediction model could use live readings, and proposal material for Japanese municipalities.',
    },
    offers: [
      { category: 'engineering', text: 'Water-level sensors with automatic road-closure alerts' },
      { category: 'data', text: 'Live water levels at street level, every 30 seconds' },
    ],
    seeks: [
      { category: 'poc-partner', text: 'A Japanese city that lets us install 20 units for one rainy season' },
      { category: 'co-creation', text: 'A Japanese flood-risk modelling team to combine forecasts with live readings' },
      { category: 'marketing', text: 'Japanese proposal documents for municipal tenders' },
    ],
    area: 'overseas',
    languages: ['en', 'zh'],
  },
  {
    id: 'a-st-houmon-route',
    kind: 'startup',
    tags: ['介護', '訪問介護', 'シフト管理', 'SaaS', '介護DX'],
    headline: { ja: '訪問介護の「明日の訪問表」を、3時間から10分に' },
    description: {
      ja: '訪問介護・訪問看護の事業所向けに、利用者宅を回る順番とヘルパーのシフトを自動で組むクラウドです。サービス提供責任者が毎晩手作業で組んでいた訪問表が10分で終わります。介護保険の請求ソフトとも連携しています。導入を広げるために、現場のヘルパーさんに伝わる操作説明の動画と、実証に協力いただける事業所を探しています。',
    },
    offers: [
      { category: 'engineering', text: '訪問ルートとシフトの自動作成、介護保険請求ソフトとのAPI連携' },
      { category: 'data', text: '訪問時間・移動時間の実績データ（匿名化済み）' },
    ],
    seeks: [
      { category: 'poc-partner', text: 'ヘルパー20人以上の訪問介護事業所での3か月の試験導入' },
      { category: 'content', text: 'スマホが苦手なヘルパーさんにも分かる、短い操作説明動画' },
    ],
    area: 'yokohama',
    languages: ['ja'],
  },
  {
    id: 'a-st-medlingo',
    kind: 'startup',
    tags: ['healthtech', 'foreign residents', 'medical interpreting', 'telehealth', 'expats'],
    headline: { en: 'Find an English-speaking clinic and book an interpreter in two taps' },
    description: {
      en: "Seeing a doctor is one of the hardest things for the 3 million foreign residents in Japan. MedLingo lists clinics that accept patients in English, Chinese or Vietnamese, books a remote medical interpreter for the visit and explains the bill and the insurance afterwards. 18,000 people in Tokyo and Kanagawa use it. We want employers of foreign staff to offer it as a benefit, clinics to join, and we're hiring bilingual patient coordinators.",
    },
    offers: [
      { category: 'engineering', text: 'Clinic search, interpreter booking and visit follow-up in 6 languages' },
      { category: 'data', text: 'Which languages and specialties foreign residents look for, by ward' },
    ],
    seeks: [
      {
        category: 'sales-channel',
        text: 'Employers with many foreign staff (care, construction, logistics) to offer us as a benefit',
      },
      { category: 'marketing', text: 'Japanese materials that convince clinic directors to accept interpreted visits' },
      { category: 'talent', text: 'Two bilingual patient coordinators (Japanese + English or Vietnamese)' },
    ],
    area: 'shibuya',
    languages: ['en'],
  },
  {
    id: 'a-st-hoken-embed',
    kind: 'startup',
    tags: ['インシュアテック', '組込型保険', 'シェアモビリティ', 'ギグワーカー', 'fintech'],
    headline: { ja: '乗るときだけ、働くときだけ。アプリに組み込める少額保険' },
    description: {
      ja: 'シェアサイクルや電動キックボード、配達のアプリに組み込める、1回数十円からの傷害・賠償保険のAPIを提供しています。保険の設計と申込・請求の仕組みは自社で持ち、引受は損害保険会社と組んでいます。引受先を増やすことと、利用者にも分かる補償の説明が今の課題です。',
    },
    offers: [
      { category: 'engineering', text: '乗車・稼働の時間単位で加入できる保険のAPIと請求管理' },
      { category: 'co-creation', text: 'モビリティ事業者向けの専用の補償プランの共同設計' },
    ],
    seeks: [
      { category: 'co-creation', text: '新しい少額保険を一緒に引き受けてくれる損害保険会社' },
      { category: 'sales-channel', text: 'シェアサイクル・キックボード・配達サービスの事業者' },
      { category: 'design', text: '補償内容を一枚で伝える図解とアプリ内の説明' },
    ],
    area: 'shibuya',
    languages: ['ja'],
  },
  {
    id: 'a-st-tokutei-talent',
    kind: 'startup',
    tags: ['外国人材', '特定技能', '人材紹介', '日本語教育', 'HR'],
    headline: { ja: 'ベトナムとインドネシアから、介護・建設の仲間を迎えるお手伝い' },
    description: {
      ja: '特定技能の外国人材を、現地の提携校での日本語教育から入国後の生活支援まで一貫して紹介しています。これまで介護と建設を中心に320人が就労し、1年後の定着率は91%です。現場の日本語を学べるイラスト教材の作り直しと、送金や通院など生活面のサービスとの連携を進めたいと考えています。',
    },
    offers: [
      { category: 'talent', text: '介護・建設・物流の特定技能人材の紹介（年間200人規模）' },
      { category: 'mentoring', text: '外国人スタッフの受け入れ体制づくりと定着の相談' },
    ],
    seeks: [
      { category: 'sales-channel', text: '外国人材の受け入れを考えている介護施設と建設会社' },
      { category: 'content', text: '現場でよく使う日本語を、絵で覚えられる教材のイラスト' },
      { category: 'co-creation', text: '給与の前払い・海外送金・通院の通訳など、生活を支えるサービスとの連携' },
    ],
    area: 'yokohama',
    languages: ['ja'],
  },
  {
    id: 'a-st-paybridge',
    kind: 'startup',
    tags: ['fintech', 'remittance', 'earned wage access', 'foreign workers', 'payroll'],
    headline: { en: 'Early wage access and cheap remittances for foreign workers in Japan' },
    description: {
      en: "PayBridge lets workers draw wages they have already earned before payday and send money home to Vietnam, the Philippines or Indonesia at a third of the usual bank fee, in their own language. The employer pays nothing and keeps payroll as it is. We're live with 40 employers in Kanagawa. To grow we need more employers with foreign staff, a Japanese bank to hold customer funds, and recruiters who could bundle us with their placements.",
    },
    offers: [
      {
        category: 'engineering',
        text: 'Payroll-linked wage advances and remittance in 7 languages, no cost to employer',
      },
      { category: 'data', text: 'Anonymised figures on how foreign workers spend and send money' },
    ],
    seeks: [
      { category: 'sales-channel', text: 'Employers of foreign workers in care, construction, logistics, factories' },
      { category: 'co-creation', text: 'A Japanese bank to hold client funds and co-brand the account' },
      { category: 'co-creation', text: 'Recruitment agencies placing foreign workers, to bundle the app on arrival' },
    ],
    area: 'shibuya',
    languages: ['en', 'vi'],
  },
  {
    id: 'a-st-carbonbook',
    kind: 'startup',
    tags: ['carbon accounting', 'scope 3', 'ESG', 'SME', 'climate', 'Japan entry'],
    headline: { en: 'Carbon accounting that small suppliers can finish in an afternoon' },
    description: {
      en: 'Big buyers now ask every supplier for its emissions, and small firms have no one to do it. CarbonBook reads invoices, fuel and electricity bills and produces a GHG Protocol report a buyer will accept, in about three hours of work. 2,600 SMEs in Singapore and Malaysia use it, usually given to them by their bank. For Japan we are looking for a regional bank or credit union to offer it to SME clients, a logistics company whose shippers ask for CO2 figures, and natural Japanese copy for our product.',
    },
    offers: [
      { category: 'engineering', text: 'Scope 1-3 emissions reports from invoices and utility bills' },
      { category: 'co-creation', text: 'White-label carbon reports for banks offering green loans' },
    ],
    seeks: [
      { category: 'sales-channel', text: 'A Japanese regional bank or shinkin to offer it to SME clients' },
      { category: 'poc-partner', text: 'A logistics company that must report CO2 per shipment to its shippers' },
      { category: 'marketing', text: 'Japanese website and onboarding copy written by a native copywriter' },
    ],
    area: 'overseas',
    languages: ['en'],
  },
  {
    id: 'a-st-solar-share',
    kind: 'startup',
    tags: ['太陽光', 'PPA', '再エネ', 'logistics warehouses', 'decarbonisation'],
    headline: {
      ja: '物流倉庫の屋根を、初期費用ゼロの発電所に',
      en: 'Turning warehouse roofs into solar plants, with no upfront cost',
    },
    description: {
      ja: '物流倉庫や工場の屋根に太陽光パネルを自社負担で設置し、発電した電気を建物の持ち主に長期契約で売るPPA事業です。神奈川で18棟、合計9MWを運転しています。屋根の広い倉庫を持つ企業と、案件をまとめて資金を調達できる金融機関を探しています。',
      en: 'We install solar on warehouse and factory roofs at our own cost and sell the power to the building owner on a long-term contract. We run 18 roofs (9 MW) in Kanagawa and look for more large roofs and for lenders who finance a portfolio of them. A typical 6,000 m² warehouse roof covers about 40% of its own power use.',
    },
    offers: [
      { category: 'engineering', text: 'Rooftop solar design, installation and 20-year operation' },
      { category: 'co-creation', text: '倉庫の電気代とCO2を同時に下げる長期の電力契約' },
    ],
    seeks: [
      { category: 'poc-partner', text: '屋根面積5,000㎡以上の倉庫・工場をお持ちの企業' },
      { category: 'funding', text: 'Project finance for a portfolio of 30 rooftops' },
    ],
    area: 'yokohama',
    languages: ['ja', 'en'],
  },
  {
    id: 'a-st-twinbuild',
    kind: 'startup',
    tags: ['BIM', 'digital twin', '建設DX', '点群', 'construction tech'],
    headline: {
      ja: '工事現場を毎日スキャンして、BIMとの差を自動で見つける',
      en: 'Daily site scans compared against the BIM model, automatically',
    },
    description: {
      ja: '現場を360度カメラとLiDARで毎日スキャンし、設計のBIMと比べて施工のずれや遅れを自動で見つけます。中堅ゼネコン3社の現場で使われています。次は高層案件の全工程での導入と、点群を施主に伝わる映像にできるCGアーティストとの協業を目指しています。',
      en: 'A walk through the site with a 360° camera and LiDAR becomes a point cloud that we compare with the BIM model every night, flagging deviations and delays. Three mid-size contractors use it. Next we want a contractor willing to run it across a whole high-rise project, CG artists who can turn our twins into visuals owners understand, and two more BIM engineers.',
    },
    offers: [
      { category: 'engineering', text: 'Point-cloud to BIM comparison and progress tracking' },
      { category: 'data', text: '施工中の建物の点群データと工程の実績' },
    ],
    seeks: [
      { category: 'poc-partner', text: '高層案件の全工程で使ってくれるゼネコン' },
      { category: 'content', text: 'CG artists to turn site twins into visuals for building owners' },
      { category: 'talent', text: 'BIM engineers, ideally bilingual' },
    ],
    area: 'shibuya',
    languages: ['ja', 'en'],
  },
  {
    id: 'a-st-hinan-app',
    kind: 'startup',
    tags: ['防災', 'disaster app', '多言語', '避難所', 'smart city'],
    headline: {
      ja: 'どの避難所が空いているか、何語でも分かる防災アプリ',
      en: 'Which shelter has room, in any language',
    },
    description: {
      ja: '災害時に、近くの避難所の混雑と受け入れ状況をリアルタイムで地図に表示するアプリです。在住外国人や観光客にも分かるよう、10言語とやさしい日本語に対応しています。',
      en: 'During a disaster the app shows how full nearby shelters are, with live updates from shelter staff, in ten languages and easy Japanese. We want a city for a drill, pictograms that need no words, warning sounds people recognise, and a translation partner for emergency messages.',
    },
    offers: [
      { category: 'engineering', text: '避難所の混雑状況の共有と多言語の避難情報配信' },
      { category: 'data', text: 'Anonymous evacuation flows from drills' },
    ],
    seeks: [
      { category: 'poc-partner', text: '自治体の総合防災訓練で、避難所を実際に開いて行う実証' },
      { category: 'design', text: 'Pictograms and alert sounds understood without words' },
      { category: 'co-creation', text: '緊急情報を正確に多言語化できる翻訳技術のパートナー' },
    ],
    area: 'yokohama',
    languages: ['ja', 'en'],
  },
  {
    id: 'a-st-portpass',
    kind: 'startup',
    tags: ['港湾', 'トラック予約', 'logistics', 'drayage', '2024年問題'],
    headline: {
      ja: 'コンテナターミナルのゲート前渋滞を、予約制でなくす',
      en: 'Gate appointments that end truck queues at container terminals',
    },
    description: {
      ja: 'コンテナを引き取りに来るトレーラーが、ターミナルのゲート前で何時間も待たされています。神戸発の私たちは、ドライバーがスマホで搬出入の時間枠を予約できるシステムで、待機時間を平均70分減らしました。',
      en: 'Trailers wait hours outside terminal gates. Our booking system lets drivers reserve a slot from their phone; at one terminal in Kobe it cut waiting by 70 minutes on average. We want a Yokohama terminal and a forwarder to try it, and a designer who can make the app usable for drivers in a cab.',
    },
    offers: [{ category: 'engineering', text: 'Gate appointment system linked to terminal operating systems' }],
    seeks: [
      { category: 'poc-partner', text: '横浜港のコンテナターミナルと、その搬出入を担う物流会社' },
      { category: 'design', text: '運転席で手袋のままでも使える予約画面のUI' },
    ],
    area: 'japan-other',
    languages: ['ja', 'en'],
  },
];
