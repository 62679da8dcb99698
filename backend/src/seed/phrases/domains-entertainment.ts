import { type DomainBank, o, p } from './types';

/** Music, anime and games. */
export const ENTERTAINMENT_DOMAINS: DomainBank[] = [
  {
    id: 'music',
    label: { ja: '音楽', en: 'music', adj: 'music' },
    weight: { startup: 2, creator: 10 },
    coreTags: ['music', 'sound-design'],
    extraTags: ['live-streaming', 'club-culture', 'entertainment', 'events'],
    nameSuffixes: [p('サウンド', 'Sound'), p('ミュージック', 'Music'), p('レコーズ', 'Records')],
    startup: [
      o(
        'ライブ配信と投げ銭で音楽家を支える',
        'Live streaming and tipping that support musicians',
        'ライブハウスと連携した高音質のライブ配信と投げ銭の仕組みで、アーティストの新たな収益源をつくっています。',
        'High-quality live streams from partner venues plus fan tipping give artists a new source of income.',
        ['live-streaming', 'creator-economy'],
      ),
      o(
        'AIで楽曲の権利処理をシンプルに',
        'AI that simplifies music rights management',
        '楽曲の利用状況をAIで検出し、著作権者への分配を自動化する権利管理サービスを開発しています。',
        'We detect where songs are used with AI and automate royalty payments to rights holders.',
        ['ai', 'ip'],
      ),
    ],
    creator: [
      o(
        '映像・広告のための作曲とサウンドデザイン',
        'Composition and sound design for film and advertising',
        'CMや映像作品、展示空間のための音楽を作曲し、サウンドデザインまで一貫して手がけています。',
        '{We} compose music for commercials, films and exhibitions, and handle the sound design all the way through.',
        ['sound-design', 'film', 'advertising'],
      ),
      o(
        'ジャズとエレクトロニカを融合したライブパフォーマンス',
        'Live performances blending jazz and electronica',
        'ジャズとエレクトロニカを融合した即興性の高いライブを、クラブやフェス、企業のイベントで披露しています。',
        '{We} play improvisation-heavy live sets mixing jazz and electronica at clubs, festivals and corporate events.',
        ['club-culture', 'events'],
      ),
      o(
        '空間のための環境音楽・サウンドスケープ',
        'Ambient music and soundscapes for spaces',
        'ホテルや商業施設、駅などの空間に合わせた環境音楽を制作し、その場所ならではの音の風景をデザインしています。',
        '{We} create ambient music for hotels, shops and stations, designing a soundscape that belongs to each place.',
        ['sound-design', 'spatial-design', 'hospitality'],
      ),
    ],
    context: [
      p(
        '横浜は日本のジャズ発祥の地とも言われ、今も音楽が街に根付いています。',
        "Yokohama is often called the birthplace of Japanese jazz, and music is still part of the city's fabric.",
      ),
      p(
        '配信の時代だからこそ、その場でしか味わえない音の体験に価値があると考えています。',
        '{We} think that in the streaming era, sound you can only experience in person is worth more than ever.',
      ),
      p(
        '音楽はジャンルや言語の壁を越えて人をつなぐ力を持っています。',
        'Music connects people across genres and languages.',
      ),
    ],
    creatorNouns: [p('作曲家', 'composer'), p('ミュージシャン', 'musician'), p('サウンドアーティスト', 'sound artist')],
    disciplines: [
      p('作曲', 'Composition'),
      p('ライブパフォーマンス', 'Live performance'),
      p('サウンドデザイン', 'Sound design'),
      p('DJ', 'DJ'),
      p('ミキシング・マスタリング', 'Mixing and mastering'),
    ],
    creatorOffers: ['content', 'co-creation'],
  },
  {
    id: 'anime',
    label: { ja: 'アニメ', en: 'anime', adj: 'anime' },
    weight: { startup: 2, creator: 9 },
    coreTags: ['anime', 'animation'],
    extraTags: ['character-design', 'manga', 'pop-culture', 'ip'],
    nameSuffixes: [p('ピクチャーズ', 'Pictures'), p('アニメーション', 'Animation')],
    startup: [
      o(
        'アニメ制作の工程管理をクラウドで',
        'Cloud production management for anime studios',
        '作画や仕上げ、撮影などの工程と外注先をクラウドで一元管理し、アニメ制作現場の負担を減らしています。',
        'We bring animation, ink-and-paint, compositing and subcontractors into one cloud tool, easing the load on anime production teams.',
        ['cloud', 'work-style'],
      ),
      o(
        '海外ファンと作品をつなぐ公式ライセンス販売',
        'Official licensed merchandise for fans overseas',
        '海外のアニメファンに向けて、公式ライセンスグッズを多言語の越境ECで届けています。',
        'We sell official licensed merchandise to anime fans abroad through a multilingual cross-border store.',
        ['e-commerce', 'global-expansion', 'ip'],
      ),
    ],
    creator: [
      o(
        'オリジナルアニメーションとMV制作',
        'Original animation and music videos',
        '手描きとデジタルを組み合わせたオリジナルアニメーションや、アーティストのミュージックビデオを制作しています。',
        '{We} make original animation and music videos that combine hand-drawn and digital techniques.',
        ['animation', 'music'],
      ),
      o(
        'キャラクターデザインと世界観づくり',
        'Character design and world-building',
        '企業や自治体のキャラクターを、設定資料づくりからグッズ展開まで見据えてデザインしています。',
        '{We} design characters for companies and local governments, from the first model sheets through to merchandise.',
        ['character-design', 'storytelling'],
      ),
      o(
        'アニメの背景美術',
        'Background art for anime',
        '実在の街並みをもとにしたアニメの背景美術を手がけ、物語の舞台となる空気感を描いています。',
        '{We} paint anime backgrounds based on real streets, capturing the atmosphere of the places where stories unfold.',
        ['illustration', 'art'],
      ),
    ],
    context: [
      p(
        '日本のアニメは世界中にファンを持つ、最も影響力のあるカルチャーの一つです。',
        'Japanese anime has fans everywhere and is one of the most influential cultures in the world.',
      ),
      p(
        '作品の舞台を訪れる「聖地巡礼」は、地域に新しい人の流れを生んでいます。',
        'Fans visiting the real places behind their favourite series are bringing new visitors to local towns.',
      ),
      p(
        '制作現場の働き方を変えることが、次の名作を生む土台になると考えています。',
        '{We} believe better working conditions in production are the foundation for the next great series.',
      ),
    ],
    creatorNouns: [
      p('アニメーター', 'animator'),
      p('キャラクターデザイナー', 'character designer'),
      p('背景美術家', 'background artist'),
    ],
    disciplines: [
      p('アニメーション', 'Animation'),
      p('キャラクターデザイン', 'Character design'),
      p('背景美術', 'Background art'),
      p('絵コンテ', 'Storyboarding'),
    ],
    creatorOffers: ['content', 'design'],
  },
  {
    id: 'game',
    label: { ja: 'ゲーム', en: 'games', adj: 'game' },
    weight: { startup: 3, creator: 7 },
    coreTags: ['gaming', 'game-design'],
    extraTags: ['game-engines', 'esports', '3dcg', 'entertainment'],
    nameSuffixes: [p('ゲームス', 'Games'), p('プレイ', 'Play'), p('インタラクティブ', 'Interactive')],
    startup: [
      o(
        '位置情報ゲームで街歩きを楽しく',
        'Location-based games that make walking the city fun',
        '実際の街を舞台にした位置情報ゲームで、商店街や観光地への送客を実現しています。',
        'Our location-based games are set in real neighbourhoods and send players to shopping streets and sights.',
        ['geospatial', 'local-economy'],
      ),
      o(
        'インディーゲームの海外展開を支援するパブリッシャー',
        'A publisher helping indie games go global',
        '国内のインディーゲームのローカライズとマーケティングを担い、海外のプラットフォームでの販売を支援しています。',
        'We localise and market Japanese indie games and help them sell on platforms worldwide.',
        ['global-expansion', 'marketing'],
      ),
      o(
        'ゲーミフィケーションで健康習慣を続けられるアプリ',
        'A gamified app that keeps healthy habits going',
        '歩数や睡眠の記録をゲームの進行に結びつけ、楽しみながら健康習慣を続けられるアプリを開発しています。',
        'We link step counts and sleep records to game progress so that people keep healthy habits while having fun.',
        ['wellbeing', 'mobile-apps'],
      ),
    ],
    creator: [
      o(
        'インディーゲームの企画・開発',
        'Indie game design and development',
        '少人数でオリジナルのインディーゲームを企画・開発し、国内外のゲームイベントに出展しています。',
        '{We} design and build original indie games with a small team and show them at game events in Japan and abroad.',
        ['game-engines', 'storytelling'],
      ),
      o(
        'ゲーム向けの3Dモデリングとアニメーション',
        '3D modelling and animation for games',
        'キャラクターや背景の3Dモデルとモーションを制作し、ゲームやVRコンテンツの開発を支えています。',
        '{We} create 3D characters, environments and motion for games and VR projects.',
        ['3dcg', 'animation'],
      ),
    ],
    context: [
      p(
        'ゲームの技術は、教育や医療、まちづくりなど幅広い分野で活用され始めています。',
        'Game technology is now used in education, healthcare, urban planning and more.',
      ),
      p(
        '小さなチームでも、世界中のプレイヤーに作品を届けられる時代になりました。',
        'Even a small team can now put its work in front of players all over the world.',
      ),
      p(
        '遊びの力で、人の行動を前向きに変えられると信じています。',
        '{We} believe play can change how people behave for the better.',
      ),
    ],
    creatorNouns: [
      p('ゲームクリエイター', 'game creator'),
      p('3Dアーティスト', '3D artist'),
      p('ゲームデザイナー', 'game designer'),
    ],
    disciplines: [
      p('ゲームデザイン', 'Game design'),
      p('3Dモデリング', '3D modelling'),
      p('レベルデザイン', 'Level design'),
      p('ゲームプログラミング', 'Game programming'),
    ],
    creatorOffers: ['content', 'engineering', 'design'],
  },
];
