import type { EvalProfile } from './eval-profiles';

/** Creators of the evaluation corpus; the last one is a distractor (see EVAL_PROFILES). */
export const EVAL_CREATORS: EvalProfile[] = [
  {
    id: 'cr-studio-hoshi',
    kind: 'creator',
    tags: ['anime', 'animation', 'character-design', 'storytelling', 'pop-culture'],
    headline: { ja: '手描きの温かさを大切にする、小さなアニメーションスタジオ' },
    description: {
      ja: '杉並区にある、アニメーター15名のスタジオです。オリジナルの短編アニメやミュージックビデオを制作しています。自分たちのキャラクターをライブやXRの舞台に立たせるためのリアルタイム3Dの技術と、海外へ作品を届ける道を探しています。',
    },
    offers: [
      { category: 'content', text: 'オリジナル短編アニメ・MVの企画と制作' },
      { category: 'design', text: 'キャラクターデザイン' },
    ],
    seeks: [
      { category: 'engineering', text: 'リアルタイム3D・XRでキャラクターを動かす技術' },
      { category: 'overseas-expansion', text: '海外での配信・ライセンス' },
      { category: 'funding', text: '次回作の制作資金' },
    ],
    area: 'japan-other',
    languages: ['ja'],
  },
  {
    id: 'cr-rin-sound',
    kind: 'creator',
    tags: ['sound-design', 'music', 'media-art', 'club-culture', 'art'],
    headline: { ja: '空間に音を配置するサウンドアーティスト', en: 'Sound artist composing for space' },
    description: {
      ja: '立体音響を使ったサウンドインスタレーションとライブパフォーマンスを制作しています。',
      en: 'I make spatial sound installations and live performances for arrays of fifty or more speakers. I am looking for a venue where I can stage such a piece, technical partners for the equipment, and sponsors.',
    },
    offers: [
      { category: 'content', text: 'Spatial sound installations and live performances' },
      { category: 'design', text: 'ホテルや店舗のサウンドデザイン' },
    ],
    seeks: [
      { category: 'space-venue', text: 'A venue for an immersive 50-speaker performance' },
      { category: 'engineering', text: '立体音響や振動など、音を体験に変える技術' },
      { category: 'funding', text: 'Sponsorship for a new work' },
    ],
    area: 'shibuya',
    languages: ['ja', 'en'],
  },
  {
    id: 'cr-hina-illust',
    kind: 'creator',
    tags: ['illustration', 'character-design', 'vtuber', 'creator-economy', 'anime'],
    headline: { ja: 'VTuberのキャラクターデザインとLive2Dを手がけるイラストレーター' },
    description: {
      ja: 'VTuber 40人以上のキャラクターデザインとLive2Dモデルを制作してきました。オリジナルキャラクターのグッズをファンに届ける方法と、作品を広く知ってもらうための発信の場を探しています。',
    },
    offers: [
      { category: 'design', text: 'VTuberのキャラクターデザインとLive2Dモデルの制作' },
      { category: 'content', text: 'オリジナルキャラクターのイラスト' },
    ],
    seeks: [
      { category: 'sales-channel', text: 'グッズをファンに販売できる場' },
      { category: 'marketing', text: '作品を多くの人に知ってもらうためのPR' },
    ],
    area: 'shibuya',
    languages: ['ja'],
  },
  {
    id: 'cr-ken-product',
    kind: 'creator',
    tags: ['product-design', 'prototyping', 'hardware', '3d-printing', 'design'],
    headline: {
      ja: '試作品を、触りたくなる製品に',
      en: 'Industrial designer turning prototypes into products people want to touch',
    },
    description: {
      ja: '大手電機メーカーで10年間プロダクトデザインを担当し、独立しました。',
      en: 'After ten years at a major electronics maker I went independent. I design enclosures, mechanisms and packaging for hardware startups, from 3D-printed prototypes to mass production.',
    },
    offers: [{ category: 'design', text: 'Industrial design from 3D-printed prototype to mass production' }],
    seeks: [{ category: 'co-creation', text: 'Hardware startups and makers that need industrial design' }],
    area: 'yokohama',
    languages: ['ja', 'en'],
  },
  {
    id: 'cr-alex-ux',
    kind: 'creator',
    tags: ['ux-ui', 'service-design', 'design-thinking', 'freelance', 'inbound-tourism'],
    headline: { en: 'Service designer helping Japanese companies design for international visitors' },
    description: {
      en: 'I am a Berlin-based service and UX designer who lived in Tokyo for five years. I run research with foreign visitors and residents and turn it into journeys, apps and signage that work for them.',
    },
    offers: [{ category: 'design', text: 'UX research and service design with international users' }],
    seeks: [{ category: 'co-creation', text: 'Long-term projects with Japanese companies serving overseas visitors' }],
    area: 'overseas',
    languages: ['en', 'de', 'ja'],
  },
  {
    id: 'cr-natsu-film',
    kind: 'creator',
    tags: ['film', 'storytelling', 'photography', 'regional-revitalization', 'content-creation'],
    headline: { ja: '企業と地域の物語を、映像で伝える' },
    description: {
      ja: '横浜を拠点に、企業のブランドムービーや地域のドキュメンタリーを制作している映像作家です。技術や取り組みの背景にある人の物語を丁寧に描きます。',
    },
    offers: [
      { category: 'content', text: 'ブランドムービー・ドキュメンタリーの制作' },
      { category: 'marketing', text: '映像を使ったPR' },
    ],
    seeks: [
      { category: 'co-creation', text: '伝えたい物語をもつ企業・地域との協働' },
      { category: 'funding', text: 'ドキュメンタリー制作の助成・協賛' },
    ],
    area: 'yokohama',
    languages: ['ja'],
  },
  {
    id: 'cr-chef-yui',
    kind: 'creator',
    tags: ['culinary', 'food', 'food-loss', 'content-creation', 'sustainability'],
    headline: { ja: '規格外野菜をごちそうに変える料理家', en: 'A chef who turns imperfect vegetables into feasts' },
    description: {
      ja: '元レストランのシェフで、今は料理家としてレシピ開発と料理教室、SNSでの発信をしています。規格外野菜や食品残さを使った料理が得意です。ポップアップレストランを開けるキッチンと、食品メーカーとの商品開発の機会を探しています。',
      en: 'Former restaurant chef, now developing recipes, teaching and cooking on social media, mostly with imperfect vegetables and food that would otherwise be thrown away.',
    },
    offers: [
      { category: 'content', text: 'Recipe development, food styling and cooking videos' },
      { category: 'co-creation', text: '食品残さを活かしたメニュー・商品開発' },
    ],
    seeks: [
      { category: 'space-venue', text: 'ポップアップレストランを開けるキッチン付きの場所' },
      { category: 'co-creation', text: 'Product development with food makers and retailers' },
    ],
    area: 'yokohama',
    languages: ['ja', 'en'],
  },
  {
    id: 'cr-copy-kaito',
    kind: 'creator',
    tags: ['copywriting', 'branding', 'writing', 'marketing', 'storytelling'],
    headline: { ja: '言葉で事業を伝えるコピーライター', en: 'Bilingual copywriter for launches and brands' },
    description: {
      ja: '広告会社で10年、今は独立して、スタートアップや企業の新商品の言葉を日本語と英語でつくっています。',
      en: 'Ten years at an advertising agency, now independent, writing launch and brand copy in Japanese and English for startups and companies.',
    },
    offers: [
      { category: 'marketing', text: 'Brand stories, taglines and launch copy in Japanese and English' },
      { category: 'content', text: 'Bilingual website and pitch-deck copy' },
    ],
    seeks: [{ category: 'co-creation', text: '新商品や新事業の立ち上げを一緒に進めるチーム' }],
    area: 'shibuya',
    languages: ['ja', 'en'],
  },
  {
    id: 'cr-mio-graphic',
    kind: 'creator',
    tags: ['graphic-design', 'branding', 'typography', 'illustration'],
    headline: { ja: '食と暮らしのパッケージデザイン' },
    description: {
      ja: '食品や日用品のパッケージとロゴを中心に手がけるグラフィックデザイナーです。地元の小さな食品メーカーのリブランディングを多く担当してきました。',
    },
    offers: [{ category: 'design', text: 'パッケージ・ロゴ・ブランドのデザイン' }],
    seeks: [{ category: 'co-creation', text: '食品や日用品のブランドを一緒に育てる企業' }],
    area: 'yokohama',
    languages: ['ja'],
  },
  {
    id: 'cr-aya-lights',
    kind: 'creator',
    tags: ['projection-mapping', 'lighting-design', 'media-art', 'night-economy', 'sensors'],
    headline: {
      ja: '建物が人に反応する、光とプロジェクションの作品',
      en: 'Light and projection artist making buildings respond to people',
    },
    description: {
      ja: '建物の外壁や倉庫、駅を、通りがかる人に反応する光のインスタレーションに変えています。',
      en: 'I turn facades, warehouses and stations into interactive light shows that react to passers-by through sensors. I am looking for large buildings to work with, engineers or labs who know sensors, and sponsors.',
    },
    offers: [
      { category: 'content', text: 'Projection mapping and interactive light installations' },
      { category: 'co-creation', text: 'ナイトタイムの賑わいづくり' },
    ],
    seeks: [
      { category: 'space-venue', text: 'Large facades, warehouses or stations for a light show' },
      { category: 'engineering', text: 'センサーと制御のエンジニア' },
      { category: 'funding', text: 'Sponsors for a public installation' },
    ],
    area: 'yokohama',
    languages: ['ja', 'en'],
  },
  {
    id: 'cr-haneul-games',
    kind: 'creator',
    tags: ['game-design', 'gaming', 'game-engines', 'storytelling'],
    headline: { en: 'Indie game studio from Seoul making cozy, story-driven games' },
    description: {
      en: 'Four of us make cozy, story-driven games in Unity; our last title sold 200,000 copies on Steam. We want a Japanese publisher for console releases, localisation into Japanese, and marketing to Japanese players.',
    },
    offers: [
      { category: 'content', text: 'Game design and story-driven game development' },
      { category: 'engineering', text: 'Unity development and gamification' },
    ],
    seeks: [
      { category: 'funding', text: 'A publisher to fund console ports' },
      { category: 'overseas-expansion', text: 'Japanese localisation and release in Japan' },
      { category: 'marketing', text: 'Reaching players in Japan' },
    ],
    area: 'overseas',
    languages: ['en', 'ko'],
  },
  {
    id: 'cr-kurofune-dance',
    kind: 'creator',
    tags: ['dance', 'street-culture', 'theatre', 'entertainment'],
    headline: { ja: 'ストリートダンスと演劇をまぜるダンスカンパニー' },
    description: {
      ja: '渋谷を拠点に活動する8人のダンスカンパニーです。モーションキャプチャーや映像の演出を取り入れた舞台を作りたいと考えており、会場と技術の協力者を探しています。',
    },
    offers: [{ category: 'content', text: 'ダンス公演、広告やMVの振付' }],
    seeks: [
      { category: 'space-venue', text: 'リハーサルと公演ができる会場' },
      { category: 'engineering', text: 'モーションキャプチャーや映像演出の技術' },
      { category: 'marketing', text: '公演の集客' },
    ],
    area: 'shibuya',
    languages: ['ja'],
  },
  {
    id: 'cr-sena-ceramics',
    kind: 'creator',
    tags: ['ceramics', 'crafts', 'art', 'cultural-heritage'],
    headline: { ja: '港町の土でつくる器', en: 'Tableware made from Yokohama clay' },
    description: {
      ja: '横浜で工房を営む陶芸家です。ホテルやレストランの器と、空間に合わせたオブジェを制作しています。',
      en: 'A potter with a studio in Yokohama, making tableware for hotels and restaurants and objects for their spaces. I am looking for hotels and galleries that can show my work, and for ways to reach customers abroad.',
    },
    offers: [{ category: 'content', text: '器とオブジェ、ホテルやレストランへの特注品' }],
    seeks: [
      { category: 'space-venue', text: 'Galleries and hotel lobbies to show and sell work' },
      { category: 'sales-channel', text: '海外のお客さまへの販売' },
    ],
    area: 'yokohama',
    languages: ['ja', 'en'],
  },
  {
    id: 'cr-anime-blogger',
    kind: 'creator',
    tags: ['anime', 'manga', 'pop-culture', 'xr', 'vtuber', 'writing'],
    headline: { en: 'Writer covering anime, manga and VTuber culture' },
    description: {
      en: 'I write reviews and news about anime, manga, VTubers and XR fan events for an English-language site with 150k monthly readers. I would like advice on turning writing into a business.',
    },
    offers: [{ category: 'marketing', text: 'Reviews and features for an English-speaking anime audience' }],
    seeks: [{ category: 'mentoring', text: 'Advice on building a media business' }],
    area: 'shibuya',
    languages: ['en', 'ja'],
  },
];
