import type { NeedCategory } from '@musubi/shared';
import { type L, type NeedBank, p } from './types';

/** Text for the needs of overseas profiles seeking a way into Japan. */
export const JAPAN_ENTRY_SEEKS: readonly L[] = [
  p('日本での販売・導入パートナー', 'A partner for sales and deployment in Japan'),
  p('日本の大企業との実証実験', 'Pilots with large Japanese companies'),
  p('日本法人の立ち上げに関するアドバイス', 'Advice on setting up a Japanese entity'),
];

export const NEEDS: Record<NeedCategory, NeedBank> = {
  funding: {
    offerNoun: p('出資', 'investment'),
    seekNoun: p('資金調達', 'fundraising'),
    offer: {
      any: [
        p(
          'シードからシリーズAのスタートアップへの出資（CVC）',
          'Investment in seed to Series A startups through our CVC',
        ),
        p('協業を前提としたマイノリティ出資', 'Minority investment alongside a business partnership'),
        p('実証実験にかかる費用を当社が負担します', 'We cover the costs of pilot projects'),
      ],
    },
    seek: {
      startup: [
        p('シードラウンドで5,000万円の調達を目指しています', 'Raising a seed round of around ¥50M'),
        p('事業会社・CVCからの出資を歓迎します', 'Open to strategic investment from corporates and CVCs'),
        p('事業拡大に向けたシリーズAの資金調達', 'Raising a Series A to scale the business'),
        p('量産に向けた資金を募集しています', 'Looking for funding to scale up production'),
      ],
      any: [
        p('新作の制作費を支援してくださる企業を探しています', 'Looking for a sponsor for {our} next work'),
        p('作品の海外展示に向けた資金', 'Funding to show {our} work abroad'),
        p('助成金やスポンサーシップの情報', 'Grants or sponsorship for new projects'),
      ],
    },
  },
  'poc-partner': {
    offerNoun: p('実証実験のフィールド', 'test sites for pilots'),
    seekNoun: p('実証実験', 'pilot projects'),
    offer: {
      any: [
        p('店舗・施設での実証実験の場を提供します', 'We can host pilots in our shops and facilities'),
        p('事業部門と組んだ3か月単位のPoC', 'Three-month PoCs with one of our business units'),
        p('社員がテストユーザーとして協力できます', 'Our employees can take part as test users'),
      ],
    },
    seek: {
      any: [
        p(
          '実際の現場で検証できるパートナー企業を探しています',
          'Looking for a company to pilot with in a real setting',
        ),
        p('自治体・公共施設での実証実験を希望します', 'Hoping to run a pilot with a city or a public facility'),
        p('商業施設での3か月程度の試験導入', 'A three-month trial in a commercial facility'),
      ],
    },
  },
  design: {
    offerNoun: p('デザイン', 'design'),
    seekNoun: p('デザイン', 'design'),
    offer: {
      any: [
        p('ロゴからWebサイトまで、ブランドデザインを一貫して担当できます', 'Brand design from logo to website'),
        p('UI/UXデザインとプロトタイプ制作', 'UI/UX design and prototypes'),
        p('展示・空間のデザイン', 'Exhibition and spatial design'),
        p('パッケージやグッズのデザイン', 'Packaging and merchandise design'),
      ],
    },
    seek: {
      startup: [
        p('プロダクトのUI/UXを一緒に磨いてくれるデザイナー', 'A designer to help polish our product UI/UX'),
        p('ブランドとロゴの刷新', 'A refresh of our brand and logo'),
        p('展示会ブースのデザイン', 'Design for our exhibition booth'),
      ],
      any: [p('新規事業のサービスデザインを担うデザイナー', 'Designers for service design in new ventures')],
    },
  },
  engineering: {
    offerNoun: p('技術力', 'engineering'),
    seekNoun: p('開発', 'engineering'),
    offer: {
      startup: [
        p('自社技術のAPI提供とカスタマイズ', 'API access to our technology, with customisation'),
        p('開発リソースの提供（受託開発にも対応）', 'Development capacity, including contract work'),
        p('共同研究・共同開発に対応できます', 'Open to joint research and development'),
        p('プロトタイプの短期開発', 'Rapid prototyping'),
      ],
      any: [p('Unityを使ったインタラクティブ開発', 'Interactive development in Unity')],
    },
    seek: {
      creator: [
        p('作品をインタラクティブにしてくれるエンジニア', 'An engineer to make {our} work interactive'),
        p('センサーや制御に詳しい技術者との協業', 'Someone who knows sensors and control systems'),
        p('Webサイト・アプリの開発パートナー', 'A development partner for web and apps'),
      ],
      any: [
        p('社内データを活用できるAIエンジニアリング', 'AI engineering to put our internal data to use'),
        p('既存システムとの連携開発', 'Integration work with our existing systems'),
        p('新規事業のプロトタイプ開発', 'Prototype development for new ventures'),
      ],
    },
  },
  content: {
    offerNoun: p('コンテンツ制作', 'content production'),
    seekNoun: p('コンテンツ制作', 'content'),
    offer: {
      any: [
        p('映像・写真の撮影と編集', 'Filming, photography and editing'),
        p('イベントや空間のための音楽・サウンド制作', 'Music and sound for events and spaces'),
        p('キャラクターやイラストの制作', 'Characters and illustration'),
        p('SNS向けの短尺動画制作', 'Short-form video for social media'),
      ],
    },
    seek: {
      startup: [p('プロダクト紹介動画の制作', 'A product explainer video')],
      any: [
        p('ブランドの世界観を伝えるコンテンツ制作', 'Content that tells our brand story'),
        p('施設のための展示コンテンツ', 'Exhibition content for our facilities'),
      ],
    },
  },
  'space-venue': {
    offerNoun: p('スペースや会場', 'venues'),
    seekNoun: p('拠点・会場探し', 'finding a space'),
    offer: {
      creator: [p('アトリエを展示やイベントに開放できます', '{Our} studio is available for exhibitions and events')],
      any: [
        p('最大300名収容のイベントホール', 'An event hall for up to 300 people'),
        p('スタートアップ向けのコワーキングスペース', 'Coworking space for startups'),
        p('商業施設の空き区画をポップアップ会場として', 'Empty units in our malls for pop-up events'),
      ],
    },
    seek: {
      startup: [
        p('横浜・渋谷エリアのオフィス', 'An office in Yokohama or Shibuya'),
        p('試作や走行試験ができるスペース', 'Space for prototyping and field tests'),
      ],
      any: [
        p('展示やライブができる会場', 'A venue for exhibitions or live shows'),
        p('制作に使えるアトリエ・スタジオ', 'A studio space to make work in'),
        p('撮影や展示に使えるスペース', 'Space for shoots and exhibitions'),
      ],
    },
  },
  'sales-channel': {
    offerNoun: p('販売網', 'sales channels'),
    seekNoun: p('販路開拓', 'sales channels'),
    offer: {
      any: [
        p('全国の取引先へのご紹介', 'Introductions to our customers nationwide'),
        p('店舗での販売とテストマーケティング', 'In-store sales and test marketing'),
        p('法人顧客へのクロスセル', 'Cross-selling to our business customers'),
      ],
    },
    seek: {
      creator: [p('作品を扱ってくれるギャラリーやセレクトショップ', 'Galleries and shops to carry {our} work')],
      any: [
        p('大企業への導入につながる販売パートナー', 'Resellers who can get us into large companies'),
        p('自治体向けの営業チャネル', 'A sales channel into local government'),
        p('小売・ECでの販路', 'Retail and e-commerce outlets'),
      ],
    },
  },
  mentoring: {
    offerNoun: p('メンタリング', 'mentoring'),
    seekNoun: p('事業の壁打ち', 'mentoring'),
    offer: {
      startup: [p('起業経験を活かしたメンタリング', 'Mentoring from founders who have been there')],
      any: [
        p('新規事業の責任者によるメンタリング', 'Mentoring from our new-business leads'),
        p('大企業との協業の進め方をアドバイスします', 'Advice on how to work with large companies'),
      ],
    },
    seek: {
      any: [
        p('海外展開の経験がある方からのアドバイス', 'Advice from someone who has expanded abroad'),
        p('大企業との協業の進め方についての助言', 'Guidance on partnering with large companies'),
      ],
    },
  },
  talent: {
    offerNoun: p('人材', 'people'),
    seekNoun: p('採用', 'hiring'),
    offer: { any: [p('社員の副業・出向によるプロジェクト参画', 'Staff who can join projects on secondment')] },
    seek: {
      startup: [
        p('フルスタックエンジニアを募集中です', 'Hiring full-stack engineers'),
        p('事業開発・営業のメンバー', 'Business development and sales people'),
        p('インターンの学生', 'Student interns'),
      ],
      any: [
        p('新規事業を推進できるデジタル人材', 'Digital talent to drive new ventures'),
        p('海外出身のエンジニア', 'Engineers from abroad'),
      ],
    },
  },
  'co-creation': {
    offerNoun: p('共創のアイデア', 'ideas for co-creation'),
    seekNoun: p('共同プロジェクト', 'joint projects'),
    offer: {
      startup: [p('技術を現場で活かす共同プロジェクト', 'Joint projects that put our technology in the field')],
      creator: [
        p('企業とのアートプロジェクトの共同制作', 'Art projects created together with companies'),
        p('ワークショップの企画・運営', 'Planning and running workshops'),
      ],
      any: [p('事業部門との共同プロジェクト', 'Joint projects with our business units')],
    },
    seek: {
      creator: [
        p('テクノロジー企業との共同制作', 'A collaboration with a technology company'),
        p('異分野のクリエイターとのコラボレーション', 'Collaboration with creators from other fields'),
      ],
      any: [
        p('スタートアップとの新規事業の共創', 'New ventures co-created with startups'),
        p('クリエイターとの共同企画', 'Projects with creators'),
      ],
    },
  },
  'overseas-expansion': {
    offerNoun: p('海外ネットワーク', 'an overseas network'),
    seekNoun: p('海外展開', 'overseas expansion'),
    offer: {
      any: [
        p('現地のパートナー企業やVCのご紹介', 'Introductions to local partners and VCs'),
        p('現地オフィスのデスクを貸し出せます', 'Desk space in our local office'),
      ],
    },
    seek: {
      startup: [
        p('東南アジア市場への展開支援', 'Help entering Southeast Asian markets'),
        p('欧州の販売パートナー', 'A sales partner in Europe'),
        p('北米での実証先', 'A pilot partner in North America'),
      ],
      creator: [p('海外での展示・公演の機会', 'Opportunities to exhibit or perform abroad')],
      any: [
        p('海外スタートアップとの連携', 'Partnerships with startups abroad'),
        p('アジア市場での事業開発', 'Business development in Asian markets'),
      ],
    },
  },
  data: {
    offerNoun: p('データ', 'data'),
    seekNoun: p('データ活用', 'data'),
    offer: {
      startup: [p('計測した都市データの共有', 'Sharing the data we collect')],
      any: [
        p('匿名化した人流・購買データ', 'Anonymised footfall and purchase data'),
        p('設備の稼働データを共同研究向けに提供できます', 'Equipment data available for joint research'),
      ],
    },
    seek: {
      any: [
        p('製品の改善に使える現場データ', 'Real-world data to improve our product'),
        p('施設の利用データ', 'Usage data from facilities'),
      ],
    },
  },
  research: {
    offerNoun: p('研究開発の知見', 'research expertise'),
    seekNoun: p('研究開発', 'R&D'),
    offer: {
      any: [
        p('大学との共同研究の実績があります', 'A track record of joint research with universities'),
        p('研究所の設備を利用できます', 'Access to our research labs'),
      ],
    },
    seek: { any: [p('大学・研究機関との共同研究', 'Joint research with universities and institutes')] },
  },
  marketing: {
    offerNoun: p('発信力', 'marketing reach'),
    seekNoun: p('広報・マーケティング', 'marketing'),
    offer: {
      any: [
        p('SNSでの発信とPRへの協力', 'Help with social media and PR'),
        p('自社メディアでのご紹介', 'Features in our own media'),
      ],
    },
    seek: {
      any: [
        p('海外に向けたPR', 'PR aimed at overseas audiences'),
        p('ローンチに向けたマーケティング支援', 'Marketing support for our launch'),
      ],
    },
  },
  'regulatory-support': {
    offerNoun: p('行政とのつながり', 'public-sector connections'),
    seekNoun: p('規制対応や行政との連携', 'regulatory matters'),
    offer: {
      any: [p('行政や業界団体との調整をサポートします', 'Support in working with government and industry bodies')],
    },
    seek: {
      any: [
        p('規制のサンドボックス制度の活用', 'Help using the regulatory sandbox'),
        p('自治体との連携', 'A partnership with a local government'),
      ],
    },
  },
};
