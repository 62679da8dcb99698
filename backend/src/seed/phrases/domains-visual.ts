import { type DomainBank, o, p } from './types';

/** Media art, photography & film, and design. */
export const VISUAL_DOMAINS: DomainBank[] = [
  {
    id: 'media-art',
    label: { ja: 'メディアアート', en: 'media art', adj: 'media-art' },
    weight: { startup: 1, creator: 9 },
    coreTags: ['media-art', 'art'],
    extraTags: ['projection-mapping', 'lighting-design', 'creative-city', 'curation'],
    nameSuffixes: [p('アートテック', 'Art Tech'), p('デジタルアーツ', 'Digital Arts')],
    startup: [
      o(
        'デジタルアートの体験施設を街に',
        'Digital-art venues that bring people back to town centres',
        '空きビルや商業施設の一角をデジタルアートの体験空間に変え、街に新しい集客の拠点をつくっています。',
        'We turn empty buildings and corners of shopping centres into digital-art spaces that draw new crowds.',
        ['entertainment', 'urban-development'],
      ),
    ],
    creator: [
      o(
        'プロジェクションマッピングと光の演出',
        'Projection mapping and light design',
        '歴史的建造物や港の倉庫を舞台に、プロジェクションマッピングと光の演出で街の夜景を彩っています。',
        '{We} light up historic buildings and harbour warehouses with projection mapping and lighting design.',
        ['projection-mapping', 'lighting-design', 'night-economy'],
      ),
      o(
        'センサーを使ったインタラクティブ・インスタレーション',
        'Sensor-driven interactive installations',
        '来場者の動きや声に反応するインタラクティブな作品を、展示会や商業施設で発表しています。',
        "{We} make interactive works that respond to visitors' movement and voices, for exhibitions and commercial spaces.",
        ['sensors', 'curation'],
      ),
      o(
        '生成AIとクリエイティブコーディングによる映像作品',
        'Visual works made with generative AI and creative coding',
        'クリエイティブコーディングと生成AIを組み合わせ、データや自然現象をもとにした映像作品を制作しています。',
        '{We} combine creative coding and generative AI to make visual works driven by data and natural phenomena.',
        ['generative-ai', 'motion-graphics'],
      ),
    ],
    context: [
      p(
        'テクノロジーとアートの境界は、ますます曖昧になっています。',
        'The line between technology and art is becoming ever more blurred.',
      ),
      p(
        '公共空間でのアートは、街の記憶と人々の体験を結びつけます。',
        "Art in public space links a city's memory to people's experiences.",
      ),
      p(
        '企業の技術とアーティストの発想を掛け合わせることで、新しい表現が生まれます。',
        "New forms of expression appear when a company's technology meets an artist's imagination.",
      ),
    ],
    creatorNouns: [
      p('メディアアーティスト', 'media artist'),
      p('インスタレーション作家', 'installation artist'),
      p('ビジュアルアーティスト', 'visual artist'),
    ],
    disciplines: [
      p('プロジェクションマッピング', 'Projection mapping'),
      p('インタラクティブ・インスタレーション', 'Interactive installation'),
      p('クリエイティブコーディング', 'Creative coding'),
      p('照明デザイン', 'Lighting design'),
    ],
    creatorOffers: ['content', 'co-creation', 'design'],
  },
  {
    id: 'photo-film',
    label: { ja: '写真・映像', en: 'filmmaking', adj: 'film' },
    weight: { startup: 0, creator: 9 },
    coreTags: ['film', 'photography'],
    extraTags: ['content-creation', 'storytelling', 'drones', 'branding'],
    nameSuffixes: [],
    startup: [],
    creator: [
      o(
        '企業・ブランドの映像制作',
        'Video production for companies and brands',
        'ブランドムービーや採用動画を、企画から撮影・編集まで一貫して制作しています。',
        '{We} produce brand films and recruiting videos, from planning through shooting and editing.',
        ['branding', 'content-creation'],
      ),
      o(
        '街と人を撮る写真家',
        'Photographing cities and the people in them',
        '港町の風景や街で働く人々を撮影し、写真集や展示、企業の広報物として発表しています。',
        '{We} photograph harbour landscapes and the people who work in the city, for photo books, exhibitions and corporate communications.',
        ['photography', 'pr'],
      ),
      o(
        '地域と職人を追うドキュメンタリー',
        'Documentaries about local industries and artisans',
        '地域の産業や職人の仕事を追ったドキュメンタリー映像を制作し、国内外の映画祭で上映しています。',
        '{We} make documentaries about local industries and craftspeople, screened at festivals in Japan and abroad.',
        ['storytelling', 'crafts', 'cultural-heritage'],
      ),
    ],
    context: [
      p(
        '動画は、企業や地域の魅力を伝える最も強力な手段の一つになりました。',
        'Video has become one of the most powerful ways to show what a company or a town is about.',
      ),
      p(
        '記録することは、街の変化を未来に残すことでもあります。',
        'Recording a place also preserves how it changes, for the people who come later.',
      ),
      p(
        '一枚の写真が、言葉の壁を越えて多くを語ることがあります。',
        'A single photograph can say a great deal across language barriers.',
      ),
    ],
    creatorNouns: [p('映像ディレクター', 'video director'), p('写真家', 'photographer'), p('映像作家', 'filmmaker')],
    disciplines: [
      p('映像ディレクション', 'Film direction'),
      p('写真', 'Photography'),
      p('ドキュメンタリー', 'Documentary'),
      p('映像編集', 'Video editing'),
      p('ドローン撮影', 'Drone cinematography'),
    ],
    creatorOffers: ['content', 'marketing'],
  },
  {
    id: 'design',
    label: { ja: 'デザイン', en: 'design', adj: 'design' },
    weight: { startup: 1, creator: 12 },
    coreTags: ['design', 'graphic-design'],
    extraTags: ['branding', 'typography', 'design-thinking', 'prototyping'],
    nameSuffixes: [p('デザイン', 'Design'), p('クリエイティブ', 'Creative')],
    startup: [
      o(
        'デザイナーと企業をつなぐマッチングサービス',
        'A service matching designers with businesses',
        '企業の課題に合ったデザイナーを紹介し、発注から納品までをオンラインで管理できるサービスを運営しています。',
        'We introduce businesses to designers who fit their brief and manage everything from order to delivery online.',
        ['platform', 'freelance'],
      ),
    ],
    creator: [
      o(
        'ブランディングとグラフィックデザイン',
        'Branding and graphic design',
        'スタートアップや地域のお店のロゴ、パッケージ、ウェブサイトを通じて、ブランドの核をかたちにしています。',
        '{We} give brands a clear core through logos, packaging and websites for startups and local shops.',
        ['branding', 'graphic-design'],
      ),
      o(
        'UI/UXデザインとプロトタイピング',
        'UI/UX design and prototyping',
        'ユーザー調査からプロトタイプ、デザインシステムの構築まで、使いやすいデジタルサービスづくりを支援しています。',
        '{We} help build digital services that are easy to use, from user research to prototypes and design systems.',
        ['ux-ui', 'prototyping', 'service-design'],
      ),
      o(
        'イラストレーションとエディトリアルデザイン',
        'Illustration and editorial design',
        '書籍や雑誌、広告のためのイラストレーションを描き、街や人のあたたかさが伝わる表現を心がけています。',
        '{We} illustrate books, magazines and advertising, aiming to capture the warmth of cities and people.',
        ['illustration', 'editorial'],
      ),
      o(
        'プロダクトデザインと試作',
        'Product design and prototyping',
        '家電や日用品のプロダクトデザインを、スケッチから3Dプリンターでの試作まで手がけています。',
        '{We} design consumer products and everyday objects, from the first sketch to 3D-printed prototypes.',
        ['product-design', '3d-printing'],
      ),
    ],
    context: [
      p(
        '良いデザインは、技術やサービスの価値を人に伝える架け橋です。',
        'Good design is the bridge that carries the value of a technology or service to people.',
      ),
      p(
        'スタートアップにとって、早い段階からのデザインへの投資は大きな差を生みます。',
        'For a startup, investing in design early makes a big difference.',
      ),
      p(
        '言語や文化の違いを越えて伝わるビジュアルが、これまで以上に求められています。',
        'Visuals that work across languages and cultures are more in demand than ever.',
      ),
    ],
    creatorNouns: [
      p('グラフィックデザイナー', 'graphic designer'),
      p('UIデザイナー', 'interface designer'),
      p('イラストレーター', 'illustrator'),
      p('プロダクトデザイナー', 'product designer'),
    ],
    disciplines: [
      p('グラフィックデザイン', 'Graphic design'),
      p('UI/UXデザイン', 'UI/UX design'),
      p('イラストレーション', 'Illustration'),
      p('プロダクトデザイン', 'Product design'),
      p('ブランディング', 'Branding'),
      p('タイポグラフィ', 'Typography'),
    ],
    creatorOffers: ['design', 'marketing'],
  },
];
