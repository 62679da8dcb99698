import { type DomainBank, o, p } from './types';

/** Fashion, architecture and crafts. */
export const MAKING_DOMAINS: DomainBank[] = [
  {
    id: 'fashion',
    label: { ja: 'ファッション', en: 'fashion', adj: 'fashion' },
    weight: { startup: 2, creator: 8 },
    coreTags: ['fashion', 'textiles'],
    extraTags: ['street-culture', 'ethical-consumption', 'd2c', 'beauty'],
    nameSuffixes: [p('ウェア', 'Wear'), p('ファッションテック', 'Fashion Tech'), p('クローゼット', 'Closet')],
    startup: [
      o(
        '3Dボディスキャンでサイズ選びの失敗をなくす',
        'Body scanning that ends sizing mistakes',
        'スマートフォンで体型を計測して最適なサイズを提案し、ファッションECの返品率を下げています。',
        'We measure body shape with a smartphone and recommend the right size, cutting returns for online fashion stores.',
        ['e-commerce', 'computer-vision'],
      ),
      o(
        '古着の再流通とリペアのプラットフォーム',
        'A platform for second-hand clothing and repairs',
        '古着の買い取りからリペア、再販売までを一貫して行い、服を長く着る文化を広げています。',
        'From buying back to repairing and reselling, we help clothes stay in use for longer.',
        ['circular-economy', 'platform'],
      ),
    ],
    creator: [
      o(
        'サステナブル素材を使ったファッションデザイン',
        'Fashion design with sustainable materials',
        '残反や再生素材を使ったコレクションを発表し、環境に配慮したものづくりを続けています。',
        '{We} design collections from deadstock fabric and recycled materials and keep production as low-impact as possible.',
        ['sustainability', 'ethical-consumption'],
      ),
      o(
        '伝統の染め・織りを取り入れたテキスタイル',
        'Textiles that draw on traditional dyeing and weaving',
        '藍染めや絞りなどの伝統技法を、現代の服やインテリアに落とし込んだテキスタイルを制作しています。',
        '{We} create textiles that bring techniques such as indigo dyeing and shibori into modern clothes and interiors.',
        ['textiles', 'crafts'],
      ),
      o(
        'スタイリングとファッション撮影のディレクション',
        'Styling and fashion shoot direction',
        'ブランドのルックブックや広告撮影で、スタイリングからアートディレクションまでを担当しています。',
        '{We} handle styling and art direction for brand lookbooks and advertising shoots.',
        ['photography', 'branding'],
      ),
    ],
    context: [
      p(
        '原宿や渋谷は、世界のファッションに影響を与えるストリートカルチャーの発信地です。',
        'Harajuku and Shibuya are where street culture that influences fashion worldwide is born.',
      ),
      p(
        '大量生産・大量廃棄からの転換が、ファッション業界全体の課題になっています。',
        'Moving away from mass production and mass waste is a challenge for the whole fashion industry.',
      ),
      p(
        'デジタル技術は、服づくりと服選びの両方を変えつつあります。',
        'Digital technology is changing both how clothes are made and how they are chosen.',
      ),
    ],
    creatorNouns: [
      p('ファッションデザイナー', 'fashion designer'),
      p('テキスタイルデザイナー', 'textile designer'),
      p('スタイリスト', 'stylist'),
    ],
    disciplines: [
      p('ファッションデザイン', 'Fashion design'),
      p('テキスタイルデザイン', 'Textile design'),
      p('スタイリング', 'Styling'),
      p('パターンメイキング', 'Pattern making'),
    ],
    creatorOffers: ['design', 'content'],
  },
  {
    id: 'architecture',
    label: { ja: '建築', en: 'architecture', adj: 'architecture' },
    weight: { startup: 2, creator: 7 },
    coreTags: ['architecture', 'spatial-design'],
    extraTags: ['interior-design', 'urban-development', 'proptech', 'forestry'],
    nameSuffixes: [p('リノベーション', 'Renovation'), p('ビルド', 'Build'), p('ホームズ', 'Homes')],
    startup: [
      o(
        '空き家・空き店舗を活かすリノベーション事業',
        'Bringing empty houses and shops back to life',
        '空き家や空き店舗を買い取り・借り上げ、シェアオフィスや宿泊施設として再生しています。',
        'We buy or lease empty houses and shops and reopen them as shared offices and guesthouses.',
        ['proptech', 'regional-revitalization'],
      ),
      o(
        'BIMデータで建設現場の手戻りをなくす',
        'BIM data that stops rework on construction sites',
        '設計のBIMデータを現場のタブレットで共有し、施工の手戻りやコミュニケーションの行き違いを減らしています。',
        'We put design BIM data on tablets on site, reducing rework and miscommunication during construction.',
        ['construction', 'digital-twin'],
      ),
    ],
    creator: [
      o(
        '街に開かれた建築と空間デザイン',
        'Architecture and spatial design open to the street',
        '店舗や住宅、公共空間の設計を通じて、人が自然に集まる場所づくりに取り組んでいます。',
        '{We} design shops, homes and public spaces where people naturally gather.',
        ['urban-development', 'community'],
      ),
      o(
        'イベント会場の空間演出',
        'Spatial design for events and pop-ups',
        '展示会やポップアップストアの会場構成を手がけ、ブランドの世界観を空間で表現しています。',
        "{We} design exhibitions and pop-up shops so that a brand's world can be felt in the space.",
        ['events', 'branding'],
      ),
      o(
        '木材を活かしたサステナブルな建築',
        'Sustainable architecture in timber',
        '国産の木材を活かした設計で、環境への負荷が少なく手触りのよい建築を目指しています。',
        '{We} design with Japanese timber, aiming for buildings that are gentle on the environment and pleasant to the touch.',
        ['forestry', 'sustainability'],
      ),
    ],
    context: [
      p(
        '関内の歴史的建造物から渋谷の再開発まで、街は常に新しい姿へと変わり続けています。',
        "From Kannai's historic buildings to Shibuya's redevelopment, the city keeps reinventing itself.",
      ),
      p(
        '人口減少の時代には、新しく建てるより今あるものを活かす発想が大切です。',
        'In an era of population decline, making the most of what already exists matters more than building new.',
      ),
      p(
        '建築は、人と人、人と街をつなぐメディアでもあります。',
        'Architecture is also a medium that connects people to each other and to the city.',
      ),
    ],
    creatorNouns: [p('建築家', 'architect'), p('空間デザイナー', 'spatial designer'), p('建築家', 'architect')],
    disciplines: [
      p('建築設計', 'Architecture'),
      p('空間デザイン', 'Spatial design'),
      p('木造建築', 'Timber architecture'),
      p('インテリアデザイン', 'Interior design'),
      p('ランドスケープデザイン', 'Landscape design'),
    ],
    creatorOffers: ['design', 'space-venue'],
  },
  {
    id: 'crafts',
    label: { ja: '工芸', en: 'crafts', adj: 'craft' },
    weight: { startup: 1, creator: 7 },
    coreTags: ['crafts', 'cultural-heritage'],
    extraTags: ['ceramics', 'product-design', 'business-succession', 'e-commerce'],
    nameSuffixes: [p('クラフツ', 'Crafts'), p('メイカーズ', 'Makers')],
    startup: [
      o(
        '職人と海外バイヤーをつなぐ越境EC',
        'A cross-border marketplace connecting artisans with buyers abroad',
        '全国の職人がつくる工芸品を、その背景にある物語とともに海外のバイヤーや消費者に届けています。',
        "We bring Japanese artisans' work, and the stories behind it, to buyers and shoppers abroad.",
        ['e-commerce', 'global-expansion'],
      ),
    ],
    creator: [
      o(
        '伝統工芸の技を現代の暮らしに',
        'Traditional craft for modern living',
        '横浜スカーフや箱根寄木細工など、受け継がれてきた技法を現代のプロダクトとして再解釈しています。',
        '{We} reinterpret inherited techniques such as Yokohama silk printing and Hakone marquetry as contemporary products.',
        ['product-design', 'textiles'],
      ),
      o(
        '陶芸と器づくり',
        'Ceramics and tableware',
        '日常使いの器を中心に、飲食店やホテルのためのオーダーメイドの器も制作しています。',
        '{We} make everyday tableware and also create bespoke pieces for restaurants and hotels.',
        ['ceramics', 'culinary'],
      ),
      o(
        '木工と家具づくり',
        'Woodwork and furniture',
        '地域の間伐材を使った家具や小物を、一点ずつ手作業で仕上げています。',
        '{We} hand-finish furniture and small objects made from locally thinned timber, one piece at a time.',
        ['forestry', 'interior-design'],
      ),
    ],
    context: [
      p(
        '職人の高齢化と後継者不足により、多くの伝統技術が失われつつあります。',
        'Ageing artisans and a lack of successors mean many traditional techniques are disappearing.',
      ),
      p(
        '手仕事の価値は、海外の市場でも改めて注目されています。',
        'Handmade work is attracting fresh attention in overseas markets.',
      ),
      p(
        '伝統は守るだけでなく、新しい使い手と出会うことで生き続けます。',
        'Tradition survives not only by being preserved but by finding new people to use it.',
      ),
    ],
    creatorNouns: [p('工芸作家', 'craft artist'), p('陶芸家', 'ceramic artist'), p('木工作家', 'woodworker')],
    disciplines: [
      p('伝統工芸', 'Traditional crafts'),
      p('陶芸', 'Ceramics'),
      p('木工', 'Woodwork'),
      p('藍染め', 'Indigo dyeing'),
      p('漆芸', 'Lacquerware'),
      p('金工', 'Metalwork'),
    ],
    creatorOffers: ['design', 'content'],
  },
];
