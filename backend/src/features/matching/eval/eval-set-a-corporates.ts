import type { EvalProfile } from './eval-profiles';

/**
 * Corporates of evaluation set A; `a-co-smartcity-consult` is a distractor: it shares smart-city,
 * MaaS and disaster-prevention words with the startups that sell to cities, but sells to the same
 * buyers and only wants illustrators and analysts.
 */
export const EVAL_SET_A_CORPORATES: EvalProfile[] = [
  {
    id: 'a-co-hamako-logi',
    kind: 'corporate',
    tags: ['冷凍倉庫', 'コールドチェーン', '物流', '大黒ふ頭', '脱炭素'],
    headline: { ja: '大黒ふ頭の冷凍冷蔵倉庫から、横浜市内の食卓まで' },
    description: {
      ja: '大黒ふ頭で収容3万トンの冷凍冷蔵倉庫を運営し、輸入水産物や冷凍食品を市内のスーパーや飲食店へ配送しています。温度記録はいまも紙で、荷主からは配送ごとのCO2排出量も求められるようになりました。スタッフの3割が外国籍で、採用と定着も大きな課題です。',
    },
    offers: [
      { category: 'poc-partner', text: '冷凍冷蔵倉庫（3万トン）と市内の配送拠点での実証' },
      { category: 'data', text: '入出庫・温度・配送ルートの実績データ' },
    ],
    seeks: [
      { category: 'engineering', text: '紙の温度記録の自動化と、ラストワンマイル配送の省人化' },
      { category: 'co-creation', text: '倉庫の屋根を使った太陽光と、荷主に出すCO2排出量の算定' },
      { category: 'talent', text: '外国籍スタッフの採用と、長く働いてもらうための生活面の支援' },
    ],
    area: 'yokohama',
    languages: ['ja'],
  },
  {
    id: 'a-co-seaside-bus',
    kind: 'corporate',
    tags: ['路線バス', '地域交通', '運転士不足', '自動運転', 'MaaS'],
    headline: { ja: '運転士が足りなくても、坂の街の足を守りたい' },
    description: {
      ja: '横浜市南部と三浦半島で路線バス200台を運行しています。運転士不足で今年は12路線を減便せざるを得ませんでした。住宅地の細い道ではオンデマンド交通や自動運転との組み合わせを検討しています。外国人観光客やお年寄りにも分かる車内の案内表示と放送も見直したいと考えています。',
    },
    offers: [
      { category: 'poc-partner', text: '営業所・車両・減便した路線を使った実証' },
      { category: 'data', text: '停留所ごとの乗降データ（ICカード）' },
    ],
    seeks: [
      { category: 'co-creation', text: '減便した住宅地の路線を補うオンデマンド交通や自動運転バス' },
      { category: 'design', text: '誰にでも分かる車内の案内表示、降車チャイム、放送の音づくり' },
    ],
    area: 'yokohama',
    languages: ['ja'],
  },
  {
    id: 'a-co-mm-estate',
    kind: 'corporate',
    tags: ['real estate', '不動産', 'tower mansion', 'smart building', 'みなとみらい'],
    headline: {
      ja: 'みなとみらいのオフィスとタワーマンションを、新しい技術の実証の場に',
      en: 'Offices and residential towers in Minato Mirai, open to pilots',
    },
    description: {
      ja: 'みなとみらいと横浜駅周辺でオフィスビル9棟とタワーマンション4棟を開発・管理しています。2027年には40階建てのタワーマンションが竣工します。建物の価値を上げる技術をもつスタートアップと、販売のためのビジュアルを制作するクリエイターを探しています。',
      en: 'We develop and manage nine office buildings and four residential towers around Minato Mirai and Yokohama Station; a 40-storey tower completes in 2027. We want startups whose technology adds value to buildings (EV charging, safety after earthquakes, construction tracking) and creators for the sales visuals of the new tower.',
    },
    offers: [
      { category: 'poc-partner', text: 'Pilots in 9 office buildings and 4 towers with 3,000 households' },
      { category: 'space-venue', text: 'ショールームとオフィスビルのロビー' },
    ],
    seeks: [
      { category: 'engineering', text: 'EV充電、地震後の安全確認、建設中の進捗の見える化など、建物の価値を上げる技術' },
      { category: 'content', text: 'CG renderings, aerial photos and video to sell the new 40-storey tower' },
    ],
    area: 'yokohama',
    languages: ['ja', 'en'],
  },
  {
    id: 'a-co-sagami-kensetsu',
    kind: 'corporate',
    tags: ['建設', 'ゼネコン', '建設DX', '人手不足', '外国人技能者'],
    headline: { ja: '神奈川の中堅ゼネコンが、現場のDXと人づくりに本気で取り組みます' },
    description: {
      ja: '厚木に本社を置き、神奈川を中心に年間40件ほどのマンション・物流施設・学校を施工しているゼネコンです。職人の高齢化で、現場の見える化と外国人技能者の受け入れが急務になっています。施工中の進捗をBIMと照らし合わせる技術や、竣工後の建物を見守る技術にも関心があります。',
    },
    offers: [
      { category: 'poc-partner', text: '施工中の現場（年間約40件）での実証' },
      { category: 'data', text: '工程・検査の記録と、過去の施工データ' },
    ],
    seeks: [
      { category: 'engineering', text: 'BIMと現場の差を自動で見つける技術、竣工後の建物の見守り' },
      { category: 'talent', text: '特定技能の外国人技能者（型枠・鉄筋・内装）' },
      { category: 'content', text: '海外の技能者に向けた英語の採用動画と、現場の写真' },
    ],
    area: 'japan-other',
    languages: ['ja'],
  },
  {
    id: 'a-co-nordic-care',
    kind: 'corporate',
    tags: ['home care', 'elderly care', 'eldercare tech', 'Denmark', 'Japan entry'],
    headline: { en: "Denmark's home-care platform, looking for its first Japanese care partners" },
    description: {
      en: 'Omsorg Digital runs the scheduling, visit notes and family app for home care in 60 Danish municipalities, so that carers spend less time on paperwork and older people can stay at home longer. Japan faces the same shortage of carers, and we have opened a small office in Yokohama. We need Japanese home-care operators who want to pilot with us, a local software company already connected to long-term-care insurance billing, and designers and writers who can make our screens, alerts and wording feel natural to Japanese carers and older users.',
    },
    offers: [
      { category: 'engineering', text: 'Home-care scheduling, visit notes and a family app used by 60 municipalities' },
      { category: 'research', text: 'Danish evidence on keeping older people at home longer' },
    ],
    seeks: [
      { category: 'co-creation', text: 'Japanese home-care and nursing-home operators for a joint pilot' },
      { category: 'co-creation', text: 'A Japanese care software firm linked to long-term-care insurance billing' },
      { category: 'design', text: 'Japanese UX, wording and alert sounds adapted for carers and older users' },
    ],
    area: 'yokohama',
    languages: ['en'],
  },
  {
    id: 'a-co-aoba-fukushi',
    kind: 'corporate',
    tags: ['介護', '社会福祉法人', 'デイサービス', '外国人介護士', '人手不足'],
    headline: { ja: '横浜で特養・デイサービス・訪問介護を営む社会福祉法人です' },
    description: {
      ja: '青葉区と都筑区で、特別養護老人ホーム2施設、デイサービス5か所、訪問介護事業所を運営しています。職員450人のうち40人が外国籍で、来年さらに30人を迎える予定です。デイサービスの送迎と訪問介護のシフトづくりに毎日多くの時間を取られており、現場の負担を減らす仕組みを探しています。',
    },
    offers: [
      { category: 'poc-partner', text: '特養・デイサービス・訪問介護での実証と職員からの意見' },
      { category: 'mentoring', text: '外国籍の介護職員を受け入れてきた10年の経験' },
    ],
    seeks: [
      { category: 'talent', text: '外国籍の介護職員の採用と、給与・送金・通院など暮らしの支援' },
      { category: 'engineering', text: 'デイサービスの送迎と訪問介護のシフトを楽にする仕組み' },
      { category: 'content', text: '海外や若い人に法人の魅力を伝える採用動画と写真' },
    ],
    area: 'yokohama',
    languages: ['ja'],
  },
  {
    id: 'a-co-hama-bank',
    kind: 'corporate',
    tags: ['地方銀行', 'ESG', 'サステナブルファイナンス', '中小企業', '脱炭素'],
    headline: { ja: '取引先の脱炭素と多文化共生を、地域の銀行として支える' },
    description: {
      ja: '神奈川を地盤とする地方銀行です。取引先の中小企業2万社が大手の取引先からCO2排出量の報告を求められはじめ、相談が急増しています。外国籍の従業員を雇う取引先や、外国人のお客さまへのサービスも強化したいと考えています。再エネ案件への融資にも積極的です。',
    },
    offers: [
      { category: 'sales-channel', text: '神奈川を中心とする取引先の中小企業2万社への紹介' },
      { category: 'funding', text: 'サステナビリティ・リンク・ローンと再エネ案件へのプロジェクトファイナンス' },
    ],
    seeks: [
      { category: 'co-creation', text: '取引先のCO2排出量の算定を手軽にするサービスとの連携' },
      { category: 'co-creation', text: '外国人のお客さまと、外国人を雇う取引先向けの金融サービス' },
    ],
    area: 'yokohama',
    languages: ['ja'],
  },
  {
    id: 'a-co-smartcity-consult',
    kind: 'corporate',
    tags: ['スマートシティ', 'MaaS', '防災', 'consulting', 'govtech'],
    headline: {
      ja: '自治体のスマートシティ・MaaS・防災計画づくりを支援します',
      en: 'Smart-city, MaaS and disaster-plan consulting for local governments',
    },
    description: {
      ja: '全国30以上の自治体で、スマートシティの構想やMaaSの計画、防災DXの計画づくりを支援してきたコンサルティング会社です。提案書や住民説明会の資料を分かりやすくするイラストレーターと、交通データを分析できる人材を募集しています。',
      en: 'We have written smart-city, MaaS and disaster-prevention plans for more than 30 local governments. We are looking for illustrators who can make proposals and residents’ briefings easy to read, and for analysts with transport-data experience. Our team of 40 works from Shibuya and travels to every city we support.',
    },
    offers: [{ category: 'mentoring', text: '自治体向けのスマートシティ・MaaS計画の策定と補助金申請の支援' }],
    seeks: [
      { category: 'design', text: 'Illustrations and diagrams for proposals and residents’ briefings' },
      { category: 'talent', text: '交通データを分析できるアナリスト' },
    ],
    area: 'shibuya',
    languages: ['ja', 'en'],
  },
  {
    id: 'a-co-alpine-re',
    kind: 'corporate',
    tags: ['parametric insurance', 'reinsurance', 'earthquake', 'flood risk', 'insurtech'],
    headline: { en: 'Parametric earthquake and flood cover that pays within a week' },
    description: {
      en: 'Alpine Re is a Zurich reinsurer. Our parametric covers pay a fixed sum as soon as a measured trigger is hit (ground shaking at a building, water depth in a street), with no loss adjuster and no months of waiting. We are building a Japan book for buildings and small businesses and need trustworthy measurements to trigger on, a Japanese non-life insurer to issue policies with us, and explainers that make the idea clear to Japanese buyers.',
    },
    offers: [
      { category: 'co-creation', text: 'Parametric covers designed together with local insurers and data providers' },
      { category: 'funding', text: 'Reinsurance capacity for new Japanese risk products' },
    ],
    seeks: [
      { category: 'data', text: 'Building-level shaking and street-level flood measurements to trigger payouts' },
      { category: 'co-creation', text: 'A Japanese non-life insurer to issue and distribute the policies' },
      { category: 'marketing', text: 'Japanese explainers of how parametric cover works' },
    ],
    area: 'overseas',
    languages: ['en', 'de'],
  },
  {
    id: 'a-co-ridewell',
    kind: 'corporate',
    tags: ['e-scooters', 'micromobility', 'bike sharing', 'Japan entry', 'mobility'],
    headline: { en: 'A European e-scooter and e-bike operator launching in Yokohama' },
    description: {
      en: 'Ridewell runs 40,000 shared e-scooters and e-bikes in 30 European cities. Yokohama is our first city in Asia and we plan 1,500 vehicles by next summer. Parking is the hard part: we need station operators and landowners to host parking ports, city officials to tell us what the new rules allow, cover for each ride that meets Japanese requirements, and a launch campaign that speaks to people who live here rather than to tourists.',
    },
    offers: [
      { category: 'data', text: 'Anonymised trip data showing where short trips start and end' },
      { category: 'engineering', text: 'Fleet operations and parking-compliance tech from 30 cities' },
    ],
    seeks: [
      { category: 'regulatory-support', text: 'Permits and street-parking rules for e-scooters in Yokohama' },
      {
        category: 'co-creation',
        text: 'Railways and landowners for parking ports near stations; a per-ride insurance partner',
      },
      { category: 'marketing', text: 'A Japanese launch campaign: video and copy for local residents' },
    ],
    area: 'overseas',
    languages: ['en', 'de', 'fr'],
  },
  {
    id: 'a-co-nordvind',
    kind: 'corporate',
    tags: ['offshore wind', 'renewables', 'port', 'community engagement', 'energy transition'],
    headline: { en: 'Developing offshore wind off the Kanagawa and Chiba coast' },
    description: {
      en: 'Nordvind is a Danish offshore wind developer. We opened a Yokohama office this year with 12 people and plan to grow to 60 as two projects off Kanagawa and Chiba move into permitting. Nothing moves without the trust of fishing cooperatives and coastal towns, so we want filmmakers and illustrators who can explain the project honestly, realistic 3D views of the turbines from the shore, and a port with quay space for assembly and storage.',
    },
    offers: [
      { category: 'funding', text: 'Community benefit funds for coastal towns near our projects' },
      { category: 'co-creation', text: 'Long-term supply contracts for port logistics and marine services' },
    ],
    seeks: [
      { category: 'co-creation', text: 'A port operator with heavy-load quays and storage for turbine parts' },
      {
        category: 'content',
        text: 'Short films and illustrated explainers for fishing cooperatives and coastal residents',
      },
      { category: 'design', text: 'Photo-real 3D views of the wind farm as seen from the beaches' },
    ],
    area: 'yokohama',
    languages: ['en'],
  },
  {
    id: 'a-co-bridgehead-talent',
    kind: 'corporate',
    tags: ['recruitment', 'bilingual hiring', 'HR', 'Japan entry', 'relocation'],
    headline: { en: 'Bilingual hiring and first-office setup for companies building a team in Japan' },
    description: {
      en: 'Bridgehead is a Shibuya recruitment firm of 25 consultants. We place bilingual engineers, coordinators and country managers, and for overseas companies opening in Japan we also handle visas, payroll set-up and the first office lease. Most of our clients are Series A startups and European firms in their first year here. We want to meet startups that are hiring now and foreign companies about to open an office.',
    },
    offers: [
      { category: 'talent', text: 'Bilingual engineers, coordinators and country managers, placed in 6 weeks' },
      { category: 'mentoring', text: 'Visas, payroll and first-office set-up for companies entering Japan' },
    ],
    seeks: [
      { category: 'sales-channel', text: 'Startups hiring bilingual staff in Tokyo and Yokohama' },
      { category: 'co-creation', text: 'Overseas companies opening or growing their first Japanese office' },
    ],
    area: 'shibuya',
    languages: ['en'],
  },
];
