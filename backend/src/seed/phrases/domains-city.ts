import { type DomainBank, o, p } from './types';

/** Mobility, smart city, and ports & logistics. */
export const CITY_DOMAINS: DomainBank[] = [
  {
    id: 'mobility',
    label: { ja: 'モビリティ', en: 'mobility', adj: 'mobility' },
    weight: { startup: 6, creator: 0 },
    coreTags: ['mobility', 'ev'],
    extraTags: ['autonomous-driving', 'sharing-economy', 'decarbonization', 'iot'],
    nameSuffixes: [p('モビリティ', 'Mobility'), p('モーション', 'Motion'), p('トランジット', 'Transit')],
    startup: [
      o(
        'オンデマンド乗合バスで郊外の移動を支える',
        'On-demand shared shuttles for suburban neighbourhoods',
        '予約に応じてルートを最適化するオンデマンド乗合交通を、坂の多い住宅地や高齢化が進む地域に提供しています。',
        'We run on-demand shared shuttles with dynamically optimised routes for hilly residential areas and ageing communities.',
        ['ageing-society', 'local-economy'],
      ),
      o(
        '電動マイクロモビリティのシェアリング',
        'Shared electric micromobility',
        '電動キックボードと電動アシスト自転車のシェアリングで、駅から目的地までの「ラストワンマイル」を埋めています。',
        'Our shared e-scooters and e-bikes cover the last mile between the station and where people actually need to go.',
        ['sharing-economy', 'ev'],
      ),
      o(
        'EV充電インフラの予約・課金プラットフォーム',
        'Booking and billing platform for EV charging',
        'マンションや商業施設のEV充電器を予約・課金・遠隔管理できるクラウドサービスを開発しています。',
        'We build a cloud service to book, bill and remotely manage EV chargers in apartment blocks and commercial buildings.',
        ['ev', 'energy', 'b2b-saas'],
      ),
      o(
        '自動運転車両の遠隔監視システム',
        'Remote monitoring for autonomous vehicles',
        '複数の自動運転車両を1人のオペレーターが安全に見守れる遠隔監視システムを提供しています。',
        'Our remote-monitoring system lets a single operator safely oversee several autonomous vehicles at once.',
        ['autonomous-driving', '5g'],
      ),
    ],
    creator: [],
    context: [
      p(
        '運転手不足と高齢化により、地域の移動手段をどう守るかが全国的な課題になっています。',
        'Driver shortages and an ageing population have made local transport a nationwide challenge.',
      ),
      p(
        'MaaSの広がりで、交通と観光・商業をつなぐ新しいサービスが生まれています。',
        'MaaS is creating new services that tie transport together with tourism and retail.',
      ),
      p(
        '脱炭素に向けて、移動の電動化は避けて通れないテーマです。',
        'Electrifying transport is unavoidable on the road to net zero.',
      ),
    ],
    creatorNouns: [],
    disciplines: [],
    creatorOffers: [],
  },
  {
    id: 'smart-city',
    label: { ja: 'スマートシティ', en: 'smart cities', adj: 'smart-city' },
    weight: { startup: 6, creator: 0 },
    coreTags: ['smart-city', 'urban-development'],
    extraTags: ['govtech', 'ppp', 'civic-tech', 'iot', 'geospatial'],
    nameSuffixes: [p('シティラボ', 'City Lab'), p('アーバンテック', 'Urban Tech'), p('シビック', 'Civic')],
    startup: [
      o(
        'センサーで街の人流を可視化し、まちづくりに活かす',
        'Sensor-based footfall analytics for urban planning',
        '個人を特定しない形で人流データを計測・分析し、イベント運営や商店街の活性化に役立てています。',
        'We measure and analyse footfall without identifying anyone, helping event organisers and shopping streets make better decisions.',
        ['sensors', 'data-science', 'local-economy'],
      ),
      o(
        '防災情報を多言語で届ける地域アプリ',
        'A multilingual disaster-preparedness app for local communities',
        '避難所や災害の情報を多言語で配信し、外国人住民や観光客にも確実に届く防災アプリを開発しています。',
        'Our app delivers shelter and emergency information in many languages, so it reaches foreign residents and tourists too.',
        ['disaster-prevention', 'multicultural', 'mobile-apps'],
      ),
      o(
        'ビルの電力とCO2をAIで最適化',
        'AI that optimises power use and CO2 in buildings',
        'オフィスビルの空調や照明をAIで自動制御し、快適性を保ちながらエネルギー消費を削減しています。',
        'We let AI run air conditioning and lighting in office buildings, cutting energy use without sacrificing comfort.',
        ['ai', 'decarbonization', 'smart-grid'],
      ),
      o(
        '行政手続きをオンラインで完結させるSaaS',
        'SaaS that takes municipal paperwork fully online',
        '自治体向けに、申請から手数料の決済までオンラインで完結する行政手続きSaaSを提供しています。',
        'We give local governments SaaS that handles applications end to end, from the form to the fee payment.',
        ['govtech', 'b2b-saas', 'dx'],
      ),
    ],
    creator: [],
    context: [
      p(
        '都市のデータを市民と共有し、共に街をつくる動きが広がっています。',
        'More cities are sharing urban data with residents and building the city together with them.',
      ),
      p(
        '横浜市や渋谷区では、民間と行政が連携した実証実験が数多く行われています。',
        'Yokohama and Shibuya host many pilots run jointly by the public and private sectors.',
      ),
      p(
        '災害に強く、誰にとっても暮らしやすい街づくりが求められています。',
        'Cities need to be resilient to disasters and comfortable for everyone who lives in them.',
      ),
    ],
    creatorNouns: [],
    disciplines: [],
    creatorOffers: [],
  },
  {
    id: 'port-logistics',
    label: { ja: '港湾・物流', en: 'port logistics', adj: 'logistics' },
    weight: { startup: 5, creator: 0 },
    coreTags: ['logistics', 'port'],
    extraTags: ['supply-chain', 'maritime', 'dx', 'iot'],
    nameSuffixes: [
      p('ロジスティクス', 'Logistics'),
      p('ポートテック', 'Port Tech'),
      p('フレイト', 'Freight'),
      p('カーゴ', 'Cargo'),
    ],
    startup: [
      o(
        '港湾コンテナの搬出入予約をデジタル化',
        'Digital booking for container pick-ups at the port',
        'トラックの搬出入を予約制にするシステムで、コンテナターミナル周辺の渋滞と待機時間を減らしています。',
        'Our slot-booking system for trucks cuts congestion and waiting times around container terminals.',
        ['port', 'maritime'],
      ),
      o(
        '貿易書類をデジタル化する通関プラットフォーム',
        'A customs platform that digitises trade documents',
        'インボイスや船荷証券などの貿易書類をデジタル化し、輸出入手続きのミスと手間を減らします。',
        'We digitise invoices, bills of lading and other trade documents, cutting errors and effort in import and export.',
        ['supply-chain', 'blockchain'],
      ),
      o(
        '中小物流会社向けの配車最適化SaaS',
        'Dispatch optimisation SaaS for small logistics firms',
        '配送ルートと車両の割り当てを自動で最適化し、ドライバーの労働時間を守りながら積載率を高めます。',
        "We optimise routes and vehicle assignments automatically, raising load factors while keeping drivers' hours within the rules.",
        ['b2b-saas', 'sme', 'work-style'],
      ),
      o(
        '冷凍・冷蔵品のコールドチェーン監視',
        'Cold-chain monitoring for chilled and frozen goods',
        'IoTセンサーで輸送中の温度を常時記録し、食品や医薬品の品質を港から店頭まで見える化しています。',
        'IoT sensors log temperature throughout the journey, making the quality of food and medicine visible from port to shelf.',
        ['iot', 'sensors', 'food'],
      ),
    ],
    creator: [],
    context: [
      p(
        '横浜港は150年以上にわたり、日本と世界をつなぐ物流の玄関口であり続けています。',
        "For more than 150 years the port of Yokohama has been Japan's logistics gateway to the world.",
      ),
      p(
        'トラックドライバーの時間外労働の上限規制を受けて、物流の効率化は待ったなしの状況です。',
        'With the new overtime cap for truck drivers, logistics efficiency can no longer wait.',
      ),
      p(
        '港湾と物流のデータ連携は、脱炭素と人手不足の両方への答えになり得ます。',
        'Connecting port and logistics data can answer both the decarbonisation and the labour-shortage challenge.',
      ),
    ],
    creatorNouns: [],
    disciplines: [],
    creatorOffers: [],
  },
];
