import { type DomainBank, o, p } from './types';

/** Fintech, healthcare and food tech. */
export const LIFE_DOMAINS: DomainBank[] = [
  {
    id: 'fintech',
    label: { ja: 'フィンテック', en: 'fintech', adj: 'fintech' },
    weight: { startup: 6, creator: 0 },
    coreTags: ['fintech', 'payments'],
    extraTags: ['finance', 'api', 'cybersecurity', 'compliance'],
    nameSuffixes: [p('ペイ', 'Pay'), p('ファイナンス', 'Finance'), p('ウォレット', 'Wallet'), p('マネー', 'Money')],
    startup: [
      o(
        '中小企業向けの請求書カード払いサービス',
        'Invoice-to-card payments for small businesses',
        '請求書の支払いをカード決済に切り替えられるサービスで、中小企業の資金繰りを改善しています。',
        'We let small businesses pay their invoices by card, easing cash flow.',
        ['sme', 'b2b'],
      ),
      o(
        '訪日客向けのキャッシュレス決済ゲートウェイ',
        'A cashless payment gateway for inbound visitors',
        '海外のQRコード決済や電子マネーにまとめて対応できる決済ゲートウェイを、商店街や観光施設に提供しています。',
        'Our gateway accepts overseas QR-code and e-wallet payments in one go, and serves shopping streets and tourist attractions.',
        ['inbound-tourism', 'retail'],
      ),
      o(
        'クリエイター向けの収益管理・確定申告アプリ',
        'Income tracking and tax-return app for creators',
        'フリーランスやクリエイターの売上と経費を自動で整理し、確定申告までスマートフォンで完結できるようにしています。',
        "We organise freelancers' and creators' income and expenses automatically and take them all the way to their tax return on a phone.",
        ['creator-economy', 'freelance', 'accounting'],
      ),
      o(
        '地域通貨とポイントのデジタル化',
        'Digital local currencies and reward points',
        '自治体や商店街が独自に発行できるデジタル地域通貨の基盤を提供し、地域内での消費を後押ししています。',
        'We provide the platform for towns and shopping streets to issue their own digital currency and keep spending local.',
        ['local-economy', 'regional-revitalization'],
      ),
    ],
    creator: [],
    context: [
      p(
        'キャッシュレス決済の比率は年々高まり、お金の流れのデータ活用が進んでいます。',
        'Cashless payments keep rising, and so does the use of payment data.',
      ),
      p(
        '金融の仕組みをシンプルにすることで、挑戦する人の選択肢を広げられると考えています。',
        '{We} believe simpler finance gives people who take risks more options.',
      ),
      p(
        '規制とイノベーションのバランスを取るには、金融機関との連携が欠かせません。',
        'Balancing regulation and innovation means working closely with financial institutions.',
      ),
    ],
    creatorNouns: [],
    disciplines: [],
    creatorOffers: [],
  },
  {
    id: 'healthcare',
    label: { ja: 'ヘルスケア', en: 'healthcare', adj: 'healthcare' },
    weight: { startup: 6, creator: 0 },
    coreTags: ['healthcare', 'medtech'],
    extraTags: ['wellbeing', 'ageing-society', 'wearables'],
    nameSuffixes: [p('ヘルス', 'Health'), p('メディカル', 'Medical'), p('ケア', 'Care'), p('バイオ', 'Bio')],
    startup: [
      o(
        'オンライン診療と服薬指導をワンストップで',
        'Online consultations and pharmacy guidance in one place',
        '予約から診察、処方薬の受け取りまでをスマートフォンで完結できるオンライン診療サービスを運営しています。',
        'Our service takes patients from booking to consultation to collecting their prescription, all on a smartphone.',
        ['mobile-apps', 'b2c'],
      ),
      o(
        'ウェアラブルで高齢者の健康状態を見守る',
        "Wearables that keep an eye on older people's health",
        '腕時計型のデバイスで心拍や睡眠を計測し、体調の変化を家族や介護スタッフに早めに知らせます。',
        'A wrist-worn device tracks heart rate and sleep and alerts family or carers early when something changes.',
        ['wearables', 'caregiving', 'ageing-society'],
      ),
      o(
        '医療画像の読影を支援するAI',
        'AI that supports radiologists in reading medical images',
        'CTやMRIの画像から病変の候補を示すAIで、医師の読影の負担を軽くし、見落としを防ぎます。',
        "Our AI highlights candidate lesions in CT and MRI scans, lightening radiologists' workload and reducing misses.",
        ['ai', 'computer-vision'],
      ),
      o(
        '働く人のメンタルヘルスを支えるアプリ',
        'An app supporting the mental health of working people',
        '短いセルフチェックと専門家へのチャット相談で、従業員のメンタル不調を早期にケアする法人向けサービスです。',
        "Short self-checks and chat sessions with professionals help companies catch employees' mental-health issues early.",
        ['mental-health', 'wellbeing', 'hr-tech'],
      ),
      o(
        '女性の健康課題に寄り添うフェムテックサービス',
        "Femtech services for women's health",
        '月経や更年期の悩みを専門家に相談できるサービスを、企業の福利厚生として提供しています。',
        'We offer consultations with specialists on menstrual and menopause health as an employee benefit.',
        ['femtech', 'gender-equality'],
      ),
    ],
    creator: [],
    context: [
      p(
        '超高齢社会の日本では、医療と介護の担い手不足が大きな課題です。',
        'In super-aged Japan, the shortage of people working in medicine and care is a pressing problem.',
      ),
      p(
        '病院の外で健康を支える仕組みづくりが、これからの医療の鍵になります。',
        'Supporting health outside the hospital is key to the future of medicine.',
      ),
      p(
        '医療データを安全に活用するために、医療機関との丁寧な協働を大切にしています。',
        '{We} work carefully with medical institutions so that health data is used safely.',
      ),
    ],
    creatorNouns: [],
    disciplines: [],
    creatorOffers: [],
  },
  {
    id: 'food-tech',
    label: { ja: 'フードテック', en: 'food tech', adj: 'food-tech' },
    weight: { startup: 5, creator: 0 },
    coreTags: ['food-tech', 'food'],
    extraTags: ['food-loss', 'agritech', 'd2c', 'culinary'],
    nameSuffixes: [p('フーズ', 'Foods'), p('キッチン', 'Kitchen'), p('ファーム', 'Farm'), p('テーブル', 'Table')],
    startup: [
      o(
        '規格外野菜を活かしたアップサイクル食品',
        'Upcycled foods made from imperfect vegetables',
        '形やサイズが規格外の野菜を農家から買い取り、スープやスナックに加工して販売しています。',
        'We buy odd-shaped and off-size vegetables from farmers and turn them into soups and snacks.',
        ['food-loss', 'circular-economy', 'd2c'],
      ),
      o(
        '植物性たんぱくの代替肉・代替シーフード',
        'Plant-based meat and seafood alternatives',
        '大豆やえんどう豆を原料に、和食にも合う代替肉や代替シーフードを開発しています。',
        'We develop plant-based meat and seafood made from soy and peas, designed to work in Japanese cooking too.',
        ['alternative-protein', 'sustainability'],
      ),
      o(
        '飲食店のモバイルオーダーと売上分析',
        'Mobile ordering and sales analytics for restaurants',
        'QRコードから注文できるモバイルオーダーと売上分析を組み合わせ、飲食店の人手不足と食品ロスに取り組んでいます。',
        'We pair QR-code mobile ordering with sales analytics to help restaurants with staff shortages and food waste.',
        ['b2b-saas', 'hospitality'],
      ),
      o(
        '都市型の屋内垂直農場',
        'Urban indoor vertical farms',
        'ビルの空きフロアを活用した垂直農場で、農薬を使わない葉物野菜を街の中で育てています。',
        'Our vertical farms use empty floors in city buildings to grow pesticide-free leafy greens right where people live.',
        ['agritech', 'urban-greening'],
      ),
    ],
    creator: [],
    context: [
      p(
        '人口の増加と気候変動によって、食の安定供給は世界的なテーマになっています。',
        'Population growth and climate change have made a stable food supply a global issue.',
      ),
      p(
        '日本では、まだ食べられる食品が年間数百万トンも捨てられています。',
        'Japan throws away millions of tonnes of edible food every year.',
      ),
      p(
        '多様な食文化が集まる都市は、新しい食のアイデアを試すのに最適な場所です。',
        'Cities where many food cultures meet are the best places to try new food ideas.',
      ),
    ],
    creatorNouns: [],
    disciplines: [],
    creatorOffers: [],
  },
];
