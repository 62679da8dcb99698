import { type DomainBank, o, p } from './types';

/** Sustainability, tourism and education. */
export const SOCIETY_DOMAINS: DomainBank[] = [
  {
    id: 'sustainability',
    label: { ja: 'サステナビリティ', en: 'sustainability', adj: 'climate-tech' },
    weight: { startup: 6, creator: 0 },
    coreTags: ['sustainability', 'climate-tech', 'decarbonization'],
    extraTags: ['sdgs', 'esg', 'gx', 'circular-economy'],
    nameSuffixes: [p('グリーン', 'Green'), p('エナジー', 'Energy'), p('サイクル', 'Cycle'), p('アース', 'Earth')],
    startup: [
      o(
        '企業のCO2排出量を自動で算定・可視化',
        'Automatic carbon accounting for companies',
        '請求書や電力データから企業のCO2排出量を自動で算定し、サプライチェーン全体での削減計画づくりを支援します。',
        "We calculate a company's emissions automatically from invoices and power data and help plan reductions across the supply chain.",
        ['esg', 'b2b-saas', 'supply-chain'],
      ),
      o(
        '使用済みプラスチックを建材に再生',
        'Turning used plastic into building materials',
        '回収が難しい混合プラスチックを、ベンチや内装材として使える再生素材に生まれ変わらせています。',
        'We turn hard-to-recycle mixed plastics into material for benches and interior finishes.',
        ['circular-economy', 'advanced-materials'],
      ),
      o(
        '洋上風力・再エネの発電量予測',
        'Output forecasting for offshore wind and other renewables',
        '気象データと機械学習で再生可能エネルギーの発電量を予測し、電力の需給調整を支えています。',
        'We forecast renewable output from weather data with machine learning, helping to balance supply and demand on the grid.',
        ['renewable-energy', 'smart-grid', 'ai'],
      ),
      o(
        'リユース容器のシェアリングサービス',
        'A reusable-container sharing service',
        'テイクアウト用のリユース容器を街中で貸し出し・回収する仕組みで、使い捨て容器を減らしています。',
        'We lend and collect reusable takeaway containers across the city to cut down on single-use packaging.',
        ['circular-economy', 'ethical-consumption'],
      ),
    ],
    creator: [],
    context: [
      p(
        '2050年のカーボンニュートラルに向けて、企業には具体的な行動が求められています。',
        'With carbon neutrality due by 2050, companies are expected to take concrete action.',
      ),
      p(
        '環境への配慮と経済性の両立こそが、長く続く仕組みの条件だと考えています。',
        '{We} think a system only lasts if it makes economic sense as well as environmental sense.',
      ),
      p(
        '海に面した街にとって、海洋プラスチックの問題は身近な課題です。',
        'For a city on the sea, ocean plastic is a problem close to home.',
      ),
    ],
    creatorNouns: [],
    disciplines: [],
    creatorOffers: [],
  },
  {
    id: 'tourism',
    label: { ja: '観光', en: 'tourism', adj: 'travel-tech' },
    weight: { startup: 5, creator: 0 },
    coreTags: ['tourism', 'inbound-tourism'],
    extraTags: ['hospitality', 'cultural-heritage', 'regional-revitalization', 'customer-experience'],
    nameSuffixes: [p('トラベル', 'Travel'), p('ジャーニー', 'Journeys'), p('ステイ', 'Stay')],
    startup: [
      o(
        '地域の体験型観光を予約できるプラットフォーム',
        'A booking platform for local experiences',
        '職人の工房見学や港のクルーズなど、その土地ならではの体験を訪日客が予約できるプラットフォームを運営しています。',
        'Visitors use our platform to book experiences only a place can offer, from craft workshops to harbour cruises.',
        ['platform', 'crafts'],
      ),
      o(
        '多言語対応の宿泊施設向けAIコンシェルジュ',
        'A multilingual AI concierge for hotels and inns',
        '宿泊客からの問い合わせに多言語で24時間応答するAIコンシェルジュで、ホテルや旅館の業務を支えています。',
        'Our AI concierge answers guests around the clock in many languages, supporting hotels and ryokan.',
        ['hospitality', 'ai-agents'],
      ),
      o(
        '観光客の分散を促す混雑予測サービス',
        'Crowd forecasts that spread visitors out',
        '観光地の混雑を予測し、空いている時間帯やスポットを提案することで、オーバーツーリズムの緩和に取り組んでいます。',
        'We forecast crowding at attractions and suggest quieter times and places, easing overtourism.',
        ['data-science', 'geospatial'],
      ),
      o(
        'ナイトタイムエコノミーを盛り上げるイベント企画',
        'Events that bring the night-time economy to life',
        '夜の街歩きツアーやライブイベントを企画し、観光客が夜まで楽しめる街づくりに取り組んでいます。',
        'We organise night walks and live events so that visitors keep enjoying the city after dark.',
        ['night-economy', 'events'],
      ),
    ],
    creator: [],
    context: [
      p(
        '訪日客の回復とともに、「モノ」より「コト」を求める旅行者が増えています。',
        'As inbound travel recovers, more visitors are looking for experiences rather than things.',
      ),
      p(
        '港町の歴史と最先端のカルチャーが共存する街は、観光資源の宝庫です。',
        'Places where port-town history meets cutting-edge culture have plenty to show visitors.',
      ),
      p(
        '観光客と地域住民の双方にとって心地よい観光のあり方を模索しています。',
        '{We} are looking for a kind of tourism that works for visitors and residents alike.',
      ),
    ],
    creatorNouns: [],
    disciplines: [],
    creatorOffers: [],
  },
  {
    id: 'edtech',
    label: { ja: '教育', en: 'education', adj: 'edtech' },
    weight: { startup: 4, creator: 0 },
    coreTags: ['edtech', 'reskilling'],
    extraTags: ['youth', 'global-talent', 'diversity-inclusion'],
    nameSuffixes: [p('ラーニング', 'Learning'), p('アカデミー', 'Academy'), p('スクール', 'School')],
    startup: [
      o(
        '子ども向けのプログラミング・STEAM教室',
        'Coding and STEAM classes for children',
        'ロボットや電子工作を通じて、子どもたちが楽しみながら論理的思考と創造力を育める教室を運営しています。',
        'Through robots and electronics, our classes help children build logical thinking and creativity while having fun.',
        ['youth', 'childcare'],
      ),
      o(
        '社会人のリスキリングを支えるオンライン講座',
        'Online courses for adults reskilling for new careers',
        'データ分析やデザインなど実践的なスキルを、現役の専門家から学べるオンライン講座を提供しています。',
        'We offer online courses where working professionals teach practical skills such as data analysis and design.',
        ['reskilling', 'work-style'],
      ),
      o(
        '外国人材向けの日本語・ビジネス研修',
        'Japanese language and business training for international talent',
        '日本で働く外国人材に向けて、日本語とビジネス習慣を学べる研修プログラムを企業と共同で提供しています。',
        'Together with employers, we run training in Japanese language and workplace customs for international staff.',
        ['global-talent', 'multicultural'],
      ),
      o(
        '学校と地域企業をつなぐ探究学習プラットフォーム',
        'A platform connecting schools with local businesses for project-based learning',
        '中高生が地域企業の実際の課題に取り組む探究学習を、授業設計から発表会までサポートしています。',
        'We help secondary-school students tackle real problems from local companies, from lesson design to the final presentation.',
        ['youth', 'local-economy', 'industry-academia'],
      ),
    ],
    creator: [],
    context: [
      p(
        '変化の激しい時代に、学び続ける力がますます重要になっています。',
        'In fast-changing times, the ability to keep learning matters more than ever.',
      ),
      p(
        '学校と社会の間の壁を低くすることが、次の世代の可能性を広げると信じています。',
        "{We} believe that lowering the walls between school and society widens the next generation's possibilities.",
      ),
      p(
        '多様な背景を持つ人が共に学べる環境が、これまで以上に求められています。',
        'Places where people of different backgrounds can learn together are needed more than ever.',
      ),
    ],
    creatorNouns: [],
    disciplines: [],
    creatorOffers: [],
  },
];
