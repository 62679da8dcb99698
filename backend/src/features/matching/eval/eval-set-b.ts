import type { EvalProfile } from './eval-profiles';

/**
 * Evaluation set B: forty more hand-written profiles (16 startups, 12 corporates, 12 creators) on
 * food and agriculture, retail, anime, games and VTubers, music and live events, art and fashion,
 * inbound tourism, education, sports and wellness, local crafts and regional revitalisation. Sixteen
 * are written only in Japanese, sixteen only in English and eight in both; tags are what members
 * type (free text for the harness to resolve with `resolveTag`), not vocabulary ids. Distractors
 * share words with a viewer but not its needs: `b-st-yasai-box` (farm and food-loss words, but it
 * wants trucks and recipes, not `b-cr-lena-food-photo`'s photos), `b-cr-cosplay-nova` (anime and
 * VTuber words, useless to `b-st-nijiiro-v` and `b-cr-sam-rigging`) and `b-st-furusato-lab` (works
 * for towns and producers but is neither the town `b-cr-jake-wanders` seeks nor a craft buyer).
 */
export const EVAL_SET_B: readonly EvalProfile[] = [
  // ── startups ──────────────────────────────────────────────────────────────────────────────
  {
    id: 'b-st-asadori-farm',
    kind: 'startup',
    tags: ['産直', '三浦野菜', 'フードテック', 'ラストワンマイル', '飲食店向け'],
    headline: { ja: '三浦半島の朝採れ野菜を、その日のうちに横浜の飲食店へ' },
    description: {
      ja: '三浦半島の農家42軒と契約し、朝に収穫した野菜を横浜・川崎の飲食店180店へその日の夕方までに届ける産直サービスです。受発注アプリで前日の夜まで注文でき、規格外品も安く仕入れられます。課題は夏場の冷蔵配送と、届け先を増やすほど膨らむラストワンマイルの費用です。',
    },
    offers: [
      { category: 'sales-channel', text: '横浜・川崎の契約飲食店180店への新しい食材の紹介と試食の場' },
      { category: 'data', text: '品目別・季節別の飲食店からの受注データ（3年分、匿名化済み）' },
    ],
    seeks: [
      { category: 'poc-partner', text: '夏でも鮮度を落とさない冷蔵便。三浦→横浜の共同配送を一緒に試せる物流会社さん' },
      { category: 'content', text: '農家と野菜の写真。飲食店のメニューにそのまま使えるクオリティで' },
    ],
    area: 'yokohama',
    languages: ['ja'],
  },
  {
    id: 'b-st-cricket-crunch',
    kind: 'startup',
    tags: ['alternative protein', 'insect protein', 'FoodTech', 'Thailand', 'snacks'],
    headline: { en: 'Cricket protein snacks from Bangkok, looking for a Japanese food partner' },
    description: {
      en: 'Cricket Crunch farms crickets on agricultural side streams in northern Thailand and turns them into a neutral-tasting protein powder and crackers. We sell in 1,400 convenience stores in Thailand and want to launch in Japan in 2027. We know Japanese buyers care about taste, labelling and a trusted brand beside ours, so we are looking for a Japanese food maker to co-develop a product with, and advice on food labelling rules for insect ingredients.',
    },
    offers: [
      {
        category: 'co-creation',
        text: 'Cricket protein powder (70% protein) at pilot volumes for co-developed products',
      },
      { category: 'data', text: 'Shelf-life, allergen and consumer taste-test results from 6,000 Thai shoppers' },
    ],
    seeks: [
      {
        category: 'co-creation',
        text: 'A Japanese seasoning or snack maker to develop a cricket product for Japanese tastes',
      },
      {
        category: 'regulatory-support',
        text: 'Help with Japanese food labelling and allergen rules for insect ingredients',
      },
      { category: 'sales-channel', text: 'Test sales in Japanese supermarkets or station shops' },
    ],
    area: 'overseas',
    languages: ['en', 'th'],
  },
  {
    id: 'b-st-pankara-brew',
    kind: 'startup',
    tags: ['upcycle', 'クラフトビール', 'food loss', '食品ロス', 'Yokohama'],
    headline: {
      ja: '売れ残りのパンから、横浜のクラフトビールを',
      en: 'Craft beer brewed from unsold bread in Yokohama',
    },
    description: {
      ja: '横浜のパン屋から出る売れ残りやパンの耳を麦芽の一部に置き換えて、クラフトビールを醸造しています。月に2トンのパンを回収し、地元の酒販店と飲食店で販売中です。原料の回収先を広げ、ラベルのデザインも一新したいと考えています。',
      en: 'We replace part of the malt with unsold bread and crusts from Yokohama bakeries and brew craft beer with it. We collect two tonnes of bread a month and sell through local liquor shops and bars. Next we want more sources of bread and sake lees, a new label design, and shelves where visitors to Yokohama will see us.',
    },
    offers: [
      { category: 'co-creation', text: '食品残さを原料にしたオリジナルビールの共同醸造（最小500リットルから）' },
      { category: 'data', text: 'CO2 and waste figures for every batch, ready for a partner’s sustainability report' },
    ],
    seeks: [
      { category: 'co-creation', text: 'パンや酒粕など、毎週まとまって出る食品残さを提供してくれる事業者' },
      { category: 'design', text: 'A label and can design that looks good on a station or department store shelf' },
      {
        category: 'sales-channel',
        text: '観光客の目に触れる駅ナカや百貨店での販売。横浜土産として置いてもらえたら最高です',
      },
    ],
    area: 'yokohama',
    languages: ['ja', 'en'],
  },
  {
    id: 'b-st-nijiiro-v',
    kind: 'startup',
    tags: ['VTuber', 'Vチューバー', 'ライブ配信', '海外ファン', 'Live2D'],
    headline: { ja: '渋谷発のVTuber事務所、次は英語圏のファンへ' },
    description: {
      ja: '所属VTuber 14名、登録者数の合計は320万人の事務所です。配信の切り抜きは海外からの視聴が4割を超えており、英語デビューの新人3名を準備しています。新衣装と英語向けモデルを作れるモデラーと、企業案件を一緒に作れるスポンサーを探しています。',
    },
    offers: [
      { category: 'marketing', text: '所属タレントによる企業案件・商品PR（合計320万人に届く配信）' },
      { category: 'content', text: 'タレントのIPを使ったコラボグッズやゲーム内イベントの企画（ボイス収録込み）' },
    ],
    seeks: [
      { category: 'design', text: '新人3名のLive2Dモデル制作。英語が通じるリガーさんだと助かります' },
      { category: 'funding', text: '英語圏デビューを一緒に盛り上げてくれる企業タイアップ、スポンサー（配信1本から）' },
    ],
    area: 'shibuya',
    languages: ['ja'],
  },
  {
    id: 'b-st-tsunagi-loc',
    kind: 'startup',
    tags: ['ローカライズ', 'localization', 'indie games', '翻訳', 'culturalization'],
    headline: {
      ja: 'ゲームの翻訳は、遊んで確かめるところまで',
      en: 'Game localisation between Japanese and English, tested by players',
    },
    description: {
      ja: '日英のゲーム翻訳と、文化に合わせた表現の調整、実機でのテストまでを請け負うスタートアップです。翻訳者はすべてゲーマーで、これまでにインディーゲーム60本を担当しました。',
      en: 'We localise games between Japanese and English, adapt jokes, names and UI to each culture, and test every build on real devices. Our translators are all players themselves, and we have shipped 60 indie titles. We are looking for publishers with a steady line-up and for overseas studios that want to release in Japan.',
    },
    offers: [
      {
        category: 'overseas-expansion',
        text: 'Japanese↔English localisation, culturalisation and LQA for games up to 300k words',
      },
      { category: 'engineering', text: 'Unity/Unreal向けのフォント・縦書き・ルビ対応の実装' },
    ],
    seeks: [
      {
        category: 'sales-channel',
        text: 'Publishers who bring overseas indie titles to Japan and need a localisation partner',
      },
      { category: 'co-creation', text: '日本で発売したい海外のインディー開発チーム。翻訳と文化調整はお任せください' },
    ],
    area: 'shibuya',
    languages: ['ja', 'en'],
  },
  {
    id: 'b-st-fairseat',
    kind: 'startup',
    tags: ['ticketing', 'anti-scalping', 'live events', 'fan ID', 'London'],
    headline: { en: 'Ticketing that keeps seats away from scalpers' },
    description: {
      en: 'FairSeat ties every ticket to a verified fan in our app and lets fans resell only at face value inside it. Forty venues and two festivals in the UK use it, and touts have dropped by 90% at those shows. Japan has strict laws against ticket resale and fans who are tired of paper ID checks at the door, so we want a Japanese arena or promoter to run a pilot on a real tour, and a partner who knows how the resale law applies to us.',
    },
    offers: [
      {
        category: 'engineering',
        text: 'Identity-linked mobile tickets, face-value resale and a fast entry scan at the gate',
      },
      { category: 'data', text: 'Anonymous data on who resells, when and why, from 2.1M tickets' },
    ],
    seeks: [
      { category: 'poc-partner', text: 'An arena or concert promoter in Japan for a pilot on one tour' },
      { category: 'regulatory-support', text: "Advice on Japan's ticket resale law and ID checks at entry" },
    ],
    area: 'overseas',
    languages: ['en'],
  },
  {
    id: 'b-st-kimono-reborn',
    kind: 'startup',
    tags: ['着物', 'アップサイクル', 'サステナブル', 'ファッション', 'リメイク'],
    headline: { ja: 'タンスに眠る着物を、もう一度まとえる服に' },
    description: {
      ja: '全国から買い取った着物は年間3万枚。そのうち着物として再販できない8割を、ほどいて洗い、反物に戻しています。生地として売るだけでなく、ジャケットやバッグに仕立ててくれるデザイナーやブランドとの協業を増やしたいです。海外の展示会にも出たいと考えています。',
    },
    offers: [
      { category: 'co-creation', text: 'ほどいて洗った着物の反物。正絹・紬・絣など柄ごとに月100反ほど' },
      { category: 'data', text: '柄・産地・年代で整理した3万枚分の着物データ（写真付き、研究や商品企画に）' },
    ],
    seeks: [
      { category: 'design', text: '着物の生地で服や小物を作れるファッションデザイナー。少量の試作から始めたいです' },
      {
        category: 'overseas-expansion',
        text: '欧州のサステナブルなアパレルブランドへの生地の販売（1シーズン数千メートル規模）',
      },
    ],
    area: 'shibuya',
    languages: ['ja'],
  },
  {
    id: 'b-st-crafttrip',
    kind: 'startup',
    tags: ['inbound', 'craft workshops', 'experiences', 'traditional crafts', 'booking'],
    headline: { en: 'Book a morning with a Japanese artisan' },
    description: {
      en: 'CraftTrip lets travellers book small hands-on workshops with artisans: indigo dyeing, Edo kiriko glass cutting, lacquer, pottery. We handle English booking, payment, a trained interpreter and insurance, so the artisan only has to teach. 11,000 guests booked last year, mostly from the US, Australia and Europe. We need more artisans outside Tokyo, and hotels and ryokan whose concierges will recommend us to their guests.',
    },
    offers: [
      {
        category: 'sales-channel',
        text: 'Bookings from 11,000 overseas travellers a year, with interpreters provided',
      },
      { category: 'marketing', text: 'English listings, photos and reviews for each workshop' },
    ],
    seeks: [
      { category: 'content', text: 'Artisans in indigo, glass, lacquer or ceramics who can host 4–8 visitors' },
      { category: 'sales-channel', text: 'Hotels and ryokan that will feature our workshops for their guests' },
    ],
    area: 'shibuya',
    languages: ['en'],
  },
  {
    id: 'b-st-kogei-direct',
    kind: 'startup',
    tags: ['Japanese crafts', 'ecommerce', 'US market', 'artisan', 'cross-border'],
    headline: { en: 'An online shop for Japanese craft, shipped from Portland' },
    description: {
      en: 'Kogei Direct sells handmade Japanese tableware, glass and textiles to 40,000 customers in the US and Canada. We buy direct from the workshop, pay upfront, photograph every piece in our Portland studio and tell the maker’s story on the product page. We want to add ten new makers in 2027, especially glass and ceramics, and we would love to visit workshops in person during a trip to Japan this spring.',
    },
    offers: [
      { category: 'overseas-expansion', text: 'Wholesale orders paid upfront, shipping and US import handled by us' },
      { category: 'marketing', text: 'Maker stories and product photos for a North American audience' },
    ],
    seeks: [
      {
        category: 'content',
        text: 'Japanese makers of glass, ceramics and textiles who can supply 50–300 pieces a season',
      },
    ],
    area: 'overseas',
    languages: ['en'],
  },
  {
    id: 'b-st-kids-code',
    kind: 'startup',
    tags: ['プログラミング教育', '子ども', 'マイクラ', 'STEAM', '習い事'],
    headline: { ja: 'マイクラで学ぶ、小学生のプログラミング教室' },
    description: {
      ja: '横浜市内で小学生向けのプログラミング教室を6教室運営しています。マインクラフトを使った教材で、生徒は800人。共働き家庭から「学童で受けられないか」「土日に駅の近くで」という声が多く、学童や商業施設での出張教室を始めたいです。',
    },
    offers: [
      { category: 'content', text: '小学1〜6年生向けのプログラミング教材と講師の派遣（1回90分、最大20人）' },
      { category: 'co-creation', text: '企業の工場や製品を題材にした、オリジナルのプログラミング教材の共同開発' },
    ],
    seeks: [
      { category: 'space-venue', text: '土日に教室を開ける、駅の近くの商業施設のスペース（20人が座れる広さ）' },
      { category: 'poc-partner', text: '放課後に出張教室を試させてくれる学童・保育の運営会社さん。まず3か所で' },
    ],
    area: 'yokohama',
    languages: ['ja'],
  },
  {
    id: 'b-st-playenglish',
    kind: 'startup',
    tags: ['EdTech', 'kids English', 'early education', 'play-based learning', 'after school'],
    headline: { en: 'English through play for children aged 3 to 8' },
    description: {
      en: 'PlayEnglish runs 45-minute English sessions for small children, all play: songs, picture-book stories, cooking, games. Our teachers are trained in early-years education, and we already run in 12 international preschools in Tokyo. We want to bring the programme to Japanese daycare and after-school centres at a price parents can afford, and we need original picture-book stories with characters Japanese kids know and love.',
    },
    offers: [
      { category: 'content', text: 'Weekly play-based English sessions run by trained early-years teachers' },
      { category: 'data', text: 'Progress assessments for ages 3–8 that show parents what their child learned' },
    ],
    seeks: [
      { category: 'poc-partner', text: 'A daycare or after-school chain to pilot the programme at 5–10 sites' },
      { category: 'content', text: 'An illustrator or picture-book author to co-create bilingual stories' },
    ],
    area: 'shibuya',
    languages: ['en'],
  },
  {
    id: 'b-st-stadium-pulse',
    kind: 'startup',
    tags: ['sports tech', 'fan engagement', 'stadium', 'second screen', 'AR'],
    headline: { en: 'A second-screen app that turns a stadium crowd into one team' },
    description: {
      en: 'Stadium Pulse is used by three Premier League and two MLS clubs. Fans in the stands get live stats, AR replays, in-seat food ordering and chants synced to the big screen; clubs get to know the 60% of their fans who never buy a season ticket. We are opening a Tokyo office and want a J.League club for a first season in Japan, and an arena for concerts and basketball.',
    },
    offers: [
      { category: 'engineering', text: 'A white-label matchday app: live stats, AR replays, in-seat ordering' },
      { category: 'data', text: 'Fan behaviour insight from 4M matchday sessions' },
    ],
    seeks: [
      { category: 'poc-partner', text: 'A J.League club or arena in Japan for a full-season pilot' },
      { category: 'overseas-expansion', text: 'Japanese localisation of the app and local payment providers' },
    ],
    area: 'overseas',
    languages: ['en'],
  },
  {
    id: 'b-st-karada-log',
    kind: 'startup',
    tags: ['ウェルネス', '健康経営', 'wellbeing', 'walking challenge', 'ヘルスケア'],
    headline: {
      ja: '歩いて応援する、企業の健康経営アプリ',
      en: 'A workplace wellness app where steps become support for your local team',
    },
    description: {
      ja: '社員の歩数や睡眠をチームで競うアプリを、企業120社・4万人に提供しています。楽しく続く仕組みを強化するため、地元のスポーツクラブを応援できる機能と、ヨガや瞑想のオンラインレッスンを加えたいと考えています。',
      en: 'Our app turns steps and sleep into team challenges for 40,000 employees at 120 companies. To keep people moving after the first month, we want steps to count as support for a local sports club, with players joining the challenge, and we want short yoga and mindfulness classes inside the app.',
    },
    offers: [
      { category: 'sales-channel', text: '導入企業120社・4万人の社員へのアプリ内告知と、歩数チャレンジのキャンペーン' },
      { category: 'data', text: 'Anonymised steps, sleep and participation data by company and season' },
    ],
    seeks: [
      { category: 'co-creation', text: '歩数で地元のクラブを応援できる企画を一緒に作るスポーツクラブ' },
      { category: 'content', text: 'Yoga and mindfulness teachers to record short in-app classes' },
    ],
    area: 'yokohama',
    languages: ['ja', 'en'],
  },
  {
    id: 'b-st-yasai-box',
    kind: 'startup',
    tags: ['規格外野菜', 'サブスク', 'D2C', 'フードロス', '産直'],
    headline: { ja: '規格外野菜の定期便を、神奈川の家庭に' },
    description: {
      ja: '形が不揃いで出荷できない野菜を農家から買い取り、週1回の定期便として家庭に届けています。会員は2,300世帯。配送費がかさむため、冷蔵配送を安くできる物流会社と、スーパーでの店頭販売を探しています。料理が苦手な会員向けのレシピも増やしたいです。',
    },
    offers: [
      { category: 'data', text: '会員2,300世帯の野菜の好みと解約理由のデータ。商品企画の参考にどうぞ' },
      { category: 'marketing', text: '会員向けのメルマガとLINE公式アカウントでの、パートナー商品の紹介' },
    ],
    seeks: [
      { category: 'poc-partner', text: '家庭向けの冷蔵配送をまとめて安くできる物流会社（神奈川県内、週2,300件）' },
      { category: 'sales-channel', text: 'スーパーの店頭に規格外野菜のコーナーを置かせてもらえる小売チェーン' },
      { category: 'content', text: '規格外野菜を使った、忙しい家庭でも作れる簡単なレシピと料理の動画' },
    ],
    area: 'yokohama',
    languages: ['ja'],
  },
  {
    id: 'b-st-furusato-lab',
    kind: 'startup',
    tags: ['地方創生', 'ふるさと納税', 'regional revitalization', '自治体DX', 'EC'],
    headline: {
      ja: 'ふるさと納税の運営を、まるごと代行します',
      en: 'We run furusato nozei programmes for towns, end to end',
    },
    description: {
      ja: '28の自治体から、ふるさと納税の返礼品の企画、撮影、ポータル掲載、発送管理を受託しています。担当する自治体を増やすため、地方の町役場とつながりのある方と、撮影やデザインを外注できるフリーランスを探しています。',
      en: 'We run the hometown tax donation programme for 28 municipalities: choosing gifts, photography, portal listings and shipping. We want introductions to more town halls, and freelance photographers and designers we can send to farms, fisheries and workshops across Japan.',
    },
    offers: [
      {
        category: 'sales-channel',
        text: 'ふるさと納税ポータルへの返礼品の掲載と運営代行。生産者の新しい販路になります',
      },
      { category: 'mentoring', text: 'Advice for towns on which gifts sell and how to price them' },
    ],
    seeks: [
      { category: 'sales-channel', text: '地方の自治体のふるさと納税担当の方への紹介。特に人口2万人以下の町' },
      { category: 'talent', text: '返礼品の撮影やパッケージデザインを、全国の産地に出向いて請け負えるフリーランス' },
    ],
    area: 'shibuya',
    languages: ['ja', 'en'],
  },
  {
    id: 'b-st-panelflow',
    kind: 'startup',
    tags: ['webtoon', 'comics', 'vertical scroll', 'Korea', 'manga artists'],
    headline: { en: 'A Seoul webtoon studio looking for Japanese manga artists' },
    description: {
      en: 'PanelFlow produces full-colour vertical-scroll comics for the big webtoon apps in Korea, the US and Japan. Our pipeline splits the work between a writer, a storyboard artist, line artists and colourists, so one series ships 70 panels a week. We want Japanese manga artists who would like to storyboard or draw a series for us, paid per episode with a share of revenue, and a Japanese publisher who will co-publish in print.',
    },
    offers: [
      { category: 'funding', text: 'Per-episode fees plus a revenue share for artists who join a series' },
      { category: 'sales-channel', text: 'Distribution through webtoon apps with 30M monthly readers' },
    ],
    seeks: [
      { category: 'talent', text: 'Japanese manga artists to storyboard or draw a weekly vertical-scroll series' },
      { category: 'co-creation', text: 'A Japanese publisher to co-publish our hits as print volumes' },
    ],
    area: 'overseas',
    languages: ['en', 'ko'],
  },
  // ── corporates ────────────────────────────────────────────────────────────────────────────
  {
    id: 'b-co-hama-reizo',
    kind: 'corporate',
    tags: ['コールドチェーン', '冷蔵物流', '共同配送', '食品物流', '神奈川'],
    headline: { ja: '神奈川の冷蔵・冷凍物流を、小さな食の事業者にも' },
    description: {
      ja: '神奈川県内に冷蔵・冷凍倉庫4拠点とトラック210台をもつ食品物流会社です。これまでは大手メーカーとスーパーの配送が中心でしたが、今年から農家や食品スタートアップ向けに、1ケースから使える共同配送便を始めました。利用者を増やすため、サービスを紹介するサイトの写真も新しくしたいです。',
    },
    offers: [
      { category: 'poc-partner', text: '1ケースから使える冷蔵・冷凍の共同配送便（三浦・湘南・横浜・川崎）の試験利用' },
      { category: 'space-venue', text: '横浜・大黒ふ頭の冷蔵倉庫の小口スペース（1パレットから、月単位で契約）' },
    ],
    seeks: [
      {
        category: 'co-creation',
        text: '共同配送便を使ってくれる農家・産直・食品スタートアップ。週数ケースからで構いません',
      },
      { category: 'content', text: '生産者と食材の写真。新しい共同配送便の紹介サイトとパンフレット用' },
    ],
    area: 'yokohama',
    languages: ['ja'],
  },
  {
    id: 'b-co-hamasen-ekinaka',
    kind: 'corporate',
    tags: ['駅ナカ', '鉄道', '商業施設', 'お土産', 'ポップアップ'],
    headline: { ja: '1日40万人が行き交う駅で、地元の新しいブランドを' },
    description: {
      ja: '横浜を中心に路線をもつ鉄道グループの商業部門です。駅ナカの店舗と催事スペースを運営しており、乗降客は1日40万人。外国人観光客が増え、「横浜らしいお土産」や体験を求める声が多くなっています。地元の食やクラフトのブランドを催事に迎え、定番のお土産に育てたいと考えています。',
    },
    offers: [
      { category: 'space-venue', text: '横浜駅・みなとみらい駅の催事スペース（2週間単位、出店料は売上歩合）' },
      { category: 'sales-channel', text: '催事で売れた商品は、駅ナカ土産店12店舗で定番商品として扱います' },
    ],
    seeks: [
      {
        category: 'co-creation',
        text: '横浜らしいお土産になる地元の食品・飲料・クラフトのブランド。まずは2週間の催事から',
      },
      { category: 'content', text: '外国人観光客が駅で気軽に参加できる、30分ほどの体験やワークショップ' },
    ],
    area: 'yokohama',
    languages: ['ja'],
  },
  {
    id: 'b-co-echigo-sake',
    kind: 'corporate',
    tags: ['日本酒', '酒蔵', '輸出', 'インバウンド', '酒粕'],
    headline: { ja: '創業180年の酒蔵、海外のお客さまに蔵を開く' },
    description: {
      ja: '新潟の山あいで180年続く酒蔵です。国内の需要が減るなか、輸出を売上の3割に伸ばすことを目標にしています。欧州の輸入元と、蔵の魅力を英語で伝えてくれる発信者を探しています。年間40トン出る酒粕の使い道にも困っています。',
    },
    offers: [
      { category: 'co-creation', text: '酒粕を毎月3トン以上、食品や飲料の原料として提供できます（冷蔵で保管）' },
      { category: 'space-venue', text: '蔵見学と利き酒の場。撮影やイベントにも貸し出し可能です（冬の仕込み期を除く）' },
    ],
    seeks: [
      {
        category: 'overseas-expansion',
        text: '欧州で日本酒を扱ってくれる輸入元・販売代理店。まずは年間5,000本ほどから',
      },
      { category: 'marketing', text: '蔵と新潟の魅力を英語で海外に伝えてくれる発信者（動画・写真・記事のいずれでも）' },
    ],
    area: 'japan-other',
    languages: ['ja'],
  },
  {
    id: 'b-co-umeboshi-trading',
    kind: 'corporate',
    tags: ['Japanese food', 'import', 'Europe', 'sake', 'craft food'],
    headline: { en: 'Importing small-batch Japanese food and sake into Europe' },
    description: {
      en: 'Umeboshi Trading imports Japanese craft food and drink from small producers (sake, miso, soy sauce, tea, snacks) and sells it to 350 delis, restaurants and online grocers in the Netherlands, Belgium and Germany. We take care of EU labelling, import duties and food-safety paperwork. Our buyers are asking for more sake from small breweries and for new products that fit a plant-based diet.',
    },
    offers: [
      { category: 'overseas-expansion', text: 'Import, EU food labelling and duty handled for Japanese producers' },
      { category: 'sales-channel', text: '350 delis, restaurants and online grocers across Benelux and Germany' },
    ],
    seeks: [
      { category: 'co-creation', text: 'Small sake breweries and craft food makers ready to export to Europe' },
      { category: 'content', text: 'Producer photos and stories our buyers can use in their shops' },
    ],
    area: 'overseas',
    languages: ['en', 'de'],
  },
  {
    id: 'b-co-minatomirai-dept',
    kind: 'corporate',
    tags: ['百貨店', 'department store', 'pop-up', 'D2C', 'tax-free'],
    headline: {
      ja: '百貨店の1階を、まだ知られていないブランドのために',
      en: 'A department store handing its ground floor to brands nobody knows yet',
    },
    description: {
      ja: 'みなとみらいの百貨店です。1階の一角を2週間ごとに入れ替わるポップアップ区画にし、D2Cブランドや工芸、サステナブルなファッションを紹介しています。免税売上の比率が25%を超え、海外のお客さまに響く商品を探しています。',
      en: 'A department store in Minatomirai. Part of our ground floor is now a pop-up space that changes every two weeks, for D2C brands, craft and sustainable fashion. Tax-free sales are over 25% of revenue, so we look for products that speak to overseas visitors.',
    },
    offers: [
      { category: 'space-venue', text: '1階ポップアップ区画（約30m²、2週間単位、出店料は売上歩合）' },
      { category: 'sales-channel', text: 'Buyers for our gift, homeware and fashion floors if a pop-up sells well' },
    ],
    seeks: [
      { category: 'co-creation', text: 'Upcycled fashion, craft and local food brands for the pop-up space' },
      { category: 'content', text: '海外のお客さまの前で実演してくれる職人や作家。週末だけの参加も歓迎します' },
    ],
    area: 'yokohama',
    languages: ['ja', 'en'],
  },
  {
    id: 'b-co-kaminari-games',
    kind: 'corporate',
    tags: ['ゲームパブリッシャー', 'インディーゲーム', 'Switch', 'コンソール移植', 'TGS'],
    headline: { ja: '海外のインディーゲームを、日本のプレイヤーへ' },
    description: {
      ja: '渋谷のゲームパブリッシャーです。海外のインディーゲームを日本語化し、家庭用ゲーム機へ移植して発売しています。これまで35本を販売しました。来年は新作を8本出したいので、開発チームと、翻訳を任せられるパートナーを探しています。東京ゲームショウのブースを盛り上げてくれるコスプレイヤーも募集中です。',
    },
    offers: [
      { category: 'funding', text: 'コンソール移植の費用負担と、開発チームへの前払いのロイヤリティ' },
      { category: 'marketing', text: '東京ゲームショウのブース出展と、国内のゲームメディア・配信者へのPR' },
    ],
    seeks: [
      { category: 'content', text: '日本で発売したい海外のインディーゲーム（特にドット絵・ストーリー重視）' },
      {
        category: 'overseas-expansion',
        text: '英語から日本語へのゲーム翻訳・ローカライズを継続して任せられるパートナー',
      },
      { category: 'marketing', text: 'TGSのブースで、発売タイトルのキャラクターを演じてくれるコスプレイヤー' },
    ],
    area: 'shibuya',
    languages: ['ja'],
  },
  {
    id: 'b-co-bay-arena',
    kind: 'corporate',
    tags: ['アリーナ', 'ライブ', 'コンサート', '電子チケット', '転売対策'],
    headline: { ja: '1万2千人のアリーナ、来場体験をつくり直す' },
    description: {
      ja: '横浜のベイエリアで1万2千人収容のアリーナを運営しています。コンサートとバスケットボールで年間150日稼働しています。転売チケットと入場時の本人確認の混雑、海外から来るファンへの案内が課題です。来場者アプリや入場の仕組みを一緒に試してくれる企業を探しています。',
    },
    offers: [
      { category: 'poc-partner', text: 'コンサート・バスケットボールの公演での実証（年150日、1公演最大1万2千人）' },
      { category: 'data', text: '入場ゲートの通過時刻と売店の売上データ（公演ごと、過去2年分）' },
    ],
    seeks: [
      { category: 'engineering', text: '転売を防ぐ電子チケットと、入場の列をつくらない本人確認の仕組み' },
      { category: 'engineering', text: '来場者向けのアプリ。座席からの飲食の注文と、英語・中国語・韓国語の案内' },
    ],
    area: 'yokohama',
    languages: ['ja'],
  },
  {
    id: 'b-co-pacific-stages',
    kind: 'corporate',
    tags: ['concert promoter', 'J-pop', 'anime music', 'US tours', 'festivals'],
    headline: { en: 'Booking Japanese artists on stages across the US West Coast' },
    description: {
      en: 'Pacific Stages promotes concerts in Los Angeles, San Francisco and Seattle and books the Japan stage at two anime conventions with 120,000 visitors. Our audiences love city pop, anime songs and virtual artists, and we want more acts from Japan who are ready for a first US tour. We cover venues, visas and ticketing; artists bring the show.',
    },
    offers: [
      { category: 'overseas-expansion', text: 'US tour booking, P-1 visas and local promotion for Japanese acts' },
      { category: 'space-venue', text: 'The Japan stage at two anime conventions (120,000 visitors)' },
    ],
    seeks: [{ category: 'content', text: 'Japanese bands, anime-song singers and VTuber acts ready for a US tour' }],
    area: 'overseas',
    languages: ['en'],
  },
  {
    id: 'b-co-fjord-apparel',
    kind: 'corporate',
    tags: ['sustainable fashion', 'upcycling', 'indigo', 'textiles', 'Copenhagen'],
    headline: { en: 'A Copenhagen fashion label looking for Japanese fabrics with a past' },
    description: {
      en: 'Fjord is a sustainable fashion brand from Copenhagen with 14 stores in Scandinavia and Germany. Every season we make one capsule collection from reclaimed fabric. For autumn 2027 we want to work with Japan: vintage silk and cotton that would otherwise be thrown away, and natural indigo dyeing by a craftsperson whose story we can tell in our stores.',
    },
    offers: [
      { category: 'sales-channel', text: 'A capsule collection sold in 14 stores in Scandinavia and Germany' },
      { category: 'marketing', text: 'In-store and online storytelling about the makers we work with' },
    ],
    seeks: [
      { category: 'co-creation', text: 'A supplier of reclaimed Japanese silk or cotton, about 2,000 metres a season' },
      { category: 'design', text: 'A natural indigo dyer to dye and co-design part of the collection' },
    ],
    area: 'overseas',
    languages: ['en'],
  },
  {
    id: 'b-co-hakone-ryokan',
    kind: 'corporate',
    tags: ['旅館', '箱根', 'インバウンド', '温泉', '体験型観光'],
    headline: { ja: '箱根の旅館3軒、海外のお客さまに「滞在」を' },
    description: {
      ja: '箱根で旅館を3軒運営しています。海外のお客さまが半数を超えましたが、多くは1泊で京都へ移動してしまいます。2泊3日で過ごしたくなるよう、朝のヨガや工芸の体験を用意し、その魅力を英語圏に伝えたいと考えています。',
    },
    offers: [
      { category: 'space-venue', text: '大広間と庭園。朝の体験プログラムや週末のリトリートの会場として使えます' },
      { category: 'poc-partner', text: '3軒・客室80室で、連泊向けの新しい宿泊体験を試すことができます' },
    ],
    seeks: [
      { category: 'content', text: '朝ヨガや瞑想のプログラムを英語で担当できる講師（月に数回、泊まりがけで）' },
      { category: 'marketing', text: '英語圏の旅行者に箱根の過ごし方を伝えてくれる動画クリエイター' },
      { category: 'content', text: 'お客さまが館内や近くで参加できる工芸の体験。箱根の寄木細工に限らず歓迎します' },
    ],
    area: 'japan-other',
    languages: ['ja'],
  },
  {
    id: 'b-co-minato-fc',
    kind: 'corporate',
    tags: ['Jリーグ', 'football', 'スタジアム', 'fan engagement', 'ホームタウン'],
    headline: {
      ja: 'ホームタウンの健康とスタジアムの体験を、サッカークラブから',
      en: 'A J.League club rethinking matchday and its hometown’s health',
    },
    description: {
      ja: '横浜を本拠地とするJリーグのクラブです。ホームゲームの観客は平均2万2千人。スタジアムでの体験のデジタル化と、ホームタウンの住民や企業の健康づくりに取り組んでいます。',
      en: 'A J.League club based in Yokohama, with 22,000 fans at an average home game. We want to make matchday digital (stats, ordering from the seat, content for fans from abroad) and to take the club into the hometown’s workplaces with health programmes that players join.',
    },
    offers: [
      { category: 'poc-partner', text: 'ホームゲーム20試合での実証と、スタジアムのWi-Fi・ネットワーク環境' },
      { category: 'marketing', text: 'Player appearances and club channels with 400,000 followers' },
    ],
    seeks: [
      {
        category: 'engineering',
        text: 'A matchday app for fans in the stands: tickets on the phone, stats, ordering from the seat, in Japanese and English',
      },
      { category: 'co-creation', text: 'ホームタウンの企業の健康経営を、クラブと一緒に盛り上げる仕組み' },
    ],
    area: 'yokohama',
    languages: ['ja', 'en'],
  },
  {
    id: 'b-co-hidamari-hoiku',
    kind: 'corporate',
    tags: ['保育園', '学童', '子育て', '英語教育', 'プログラミング'],
    headline: { ja: '保育園と学童60か所で、放課後の学びを広げたい' },
    description: {
      ja: '横浜・川崎で保育園38園と学童保育22か所を運営しています。保護者からは英語やプログラミングを学ばせたいという声が多いものの、保育士だけでは対応できません。外部の教室や教材と組み、無理のない価格で提供できる形を探しています。',
    },
    offers: [
      { category: 'poc-partner', text: '保育園38園・学童22か所での試験導入と、保護者アンケートによる効果の確認' },
      { category: 'space-venue', text: '夕方と土曜日に空いている学童の教室（20〜30人が入れる部屋）' },
    ],
    seeks: [
      { category: 'content', text: '3〜8歳向けの、遊びながら英語に親しめるプログラム。週1回、1回40分程度' },
      { category: 'content', text: '小学生向けのプログラミング教室を、学童の放課後の時間に開ける事業者' },
      { category: 'content', text: '園で読み聞かせできるオリジナル絵本と、作家さんによる読み聞かせ会' },
    ],
    area: 'yokohama',
    languages: ['ja'],
  },
  // ── creators ──────────────────────────────────────────────────────────────────────────────
  {
    id: 'b-cr-lena-food-photo',
    kind: 'creator',
    tags: ['food photography', 'farm to table', 'storytelling', 'photographer', 'Tokyo'],
    headline: { en: 'Food and farm photographer, from the field to the plate' },
    description: {
      en: 'I am a German photographer who has lived in Tokyo for eight years. I shoot food and the people who grow and make it: farmers at dawn, brewers at the tank, trucks leaving the market. Clients use my work on menus, packaging, export brochures and websites. I would love longer projects with farms, food makers and the companies that move food around, ideally ones that want to tell their story to overseas buyers too.',
    },
    offers: [
      { category: 'content', text: 'Documentary and product photography of farms, producers and food' },
      { category: 'marketing', text: 'Photo stories for export brochures, websites and social media' },
    ],
    seeks: [{ category: 'co-creation', text: 'Farms, food makers and food logistics firms that need a visual story' }],
    area: 'shibuya',
    languages: ['en', 'de'],
  },
  {
    id: 'b-cr-sam-rigging',
    kind: 'creator',
    tags: ['Live2D', 'rigging', 'VTuber models', 'character art', 'freelance'],
    headline: { en: 'Live2D rigger making VTuber models that move like they breathe' },
    description: {
      en: 'Canadian Live2D rigger based in Osaka. I have rigged more than 90 VTuber models, from indie debuts to agency talents, with expressive physics, custom toggles and outfit changes. I work in English and in basic Japanese, and I would like a steady relationship with a Japanese agency preparing English-speaking talents, since I know what overseas fans expect from a model.',
    },
    offers: [{ category: 'design', text: 'Live2D rigging for VTuber debuts and new outfits, 4–8 weeks per model' }],
    seeks: [
      { category: 'sales-channel', text: 'A Japanese VTuber agency with regular debuts and outfit updates' },
      { category: 'co-creation', text: 'A character illustrator to team up with: you design the talent, I rig it' },
    ],
    area: 'japan-other',
    languages: ['en'],
  },
  {
    id: 'b-cr-pixelmoth',
    kind: 'creator',
    tags: ['indie game', 'pixel art', 'Steam', 'console port', 'Australia'],
    headline: { en: 'Two-person pixel-art studio from Melbourne, looking to launch in Japan' },
    description: {
      en: 'Pixelmoth is two friends making hand-drawn pixel-art adventure games. Our first game sold 85,000 copies on Steam, and a surprising share of reviews are in Japanese. We want to bring the sequel to Nintendo Switch with a Japanese publisher, have it translated properly (the game is full of wordplay), and show it at Tokyo Game Show.',
    },
    offers: [{ category: 'content', text: 'A finished pixel-art adventure game and a sequel in production' }],
    seeks: [
      { category: 'funding', text: 'A Japanese publisher to fund and release the Switch version' },
      { category: 'overseas-expansion', text: 'English to Japanese localisation that keeps the puns working' },
    ],
    area: 'overseas',
    languages: ['en'],
  },
  {
    id: 'b-cr-yoru-no-minato',
    kind: 'creator',
    tags: ['シティポップ', 'バンド', 'ライブ', '海外ツアー', 'インディーズ'],
    headline: { ja: '横浜のシティポップバンド「夜の港」、アメリカでライブがしたい' },
    description: {
      ja: '横浜で活動する5人組のシティポップバンドです。サブスクの再生の半分がアメリカからで、ロサンゼルスのファンから「来てほしい」という声が届いています。初めての海外公演を実現できるプロモーターと、新しいMVの撮影を手伝ってくれる人を探しています。',
    },
    offers: [{ category: 'content', text: 'ライブ演奏と、イベントやCM、ホテルのラウンジのための楽曲制作' }],
    seeks: [
      { category: 'overseas-expansion', text: 'アメリカ西海岸での初めての公演を一緒に組んでくれるプロモーター' },
      { category: 'space-venue', text: '横浜・渋谷で500人規模のワンマンライブができる会場。来年の春に' },
    ],
    area: 'yokohama',
    languages: ['ja'],
  },
  {
    id: 'b-cr-aizome-kobo',
    kind: 'creator',
    tags: ['藍染', '伝統工芸', '天然藍', '徳島', 'ワークショップ'],
    headline: { ja: '徳島の天然藍で染める、小さな藍染工房' },
    description: {
      ja: '徳島で、すくもから藍を建てる昔ながらの天然藍染をしている工房です。職人は3人。手ぬぐいやシャツを作るほか、海外のお客さま向けに染め体験も行っています。天然藍の価値をわかってくれる海外のブランドとの協業と、体験に来てくれるお客さまを増やしたいです。',
    },
    offers: [
      { category: 'design', text: '天然藍による生地・製品の染めと、色や柄の共同デザイン（年間2,000mまで）' },
      { category: 'content', text: '工房での藍染体験（1回8名まで、2時間、英語の説明書きあり）' },
    ],
    seeks: [
      { category: 'co-creation', text: '天然藍を使った製品を一緒に作ってくれる海外のアパレルブランド' },
      { category: 'sales-channel', text: '海外からの旅行者を、予約から通訳まで含めて工房の体験に案内してくれる仕組み' },
    ],
    area: 'japan-other',
    languages: ['ja'],
  },
  {
    id: 'b-cr-kiriko-studio',
    kind: 'creator',
    tags: ['江戸切子', 'glass', '伝統工芸', 'craft', 'made in Tokyo'],
    headline: {
      ja: '江戸切子を、毎日のグラスに',
      en: 'Edo kiriko cut glass for everyday tables',
    },
    description: {
      ja: '江東区で江戸切子の工房を営む2代目です。伝統の文様を守りつつ、ワインやクラフトビールに合うグラスを作っています。海外のお客さまへの販売と、ホテルや店舗での実演・体験の機会を探しています。',
      en: 'I run an Edo kiriko cut-glass workshop in Koto, Tokyo, which my father founded. Alongside the traditional patterns I make glasses for wine and craft beer. I want to sell to customers abroad, and to demonstrate and teach at hotels, stores and for travellers who want to try cutting a glass themselves.',
    },
    offers: [
      { category: 'content', text: '江戸切子のグラス・器の製作と、ホテルや飲食店向けのオリジナル文様の特注品' },
      { category: 'content', text: 'Cutting workshops and live demonstrations for up to six people' },
    ],
    seeks: [
      { category: 'sales-channel', text: 'Overseas shops or online stores that sell handmade glass' },
      { category: 'space-venue', text: '実演販売ができる百貨店や、駅・ホテルなど観光客の多い場所（週末だけでも）' },
    ],
    area: 'japan-other',
    languages: ['ja', 'en'],
  },
  {
    id: 'b-cr-jake-wanders',
    kind: 'creator',
    tags: ['travel vlog', 'YouTube', 'rural Japan', 'inbound tourism', 'sake'],
    headline: { en: 'Travel YouTuber showing the Japan beyond Tokyo and Kyoto' },
    description: {
      en: 'I am an American travel creator with 780,000 YouTube subscribers and a newsletter of 60,000 readers, mostly in the US, UK and Australia. My series are slow: three days in one town, staying at a ryokan, meeting brewers and craftspeople, eating what locals eat. I am planning a 10-episode series on places overseas visitors skip and looking for inns, breweries and regions that want to host me and be part of it.',
    },
    offers: [
      {
        category: 'marketing',
        text: 'Sponsored episodes and newsletter features for 780,000 English-speaking viewers',
      },
      { category: 'content', text: 'Long-form travel video and photography rights for partners' },
    ],
    seeks: [{ category: 'co-creation', text: 'Ryokan, breweries and towns to host and appear in a 10-episode series' }],
    area: 'overseas',
    languages: ['en'],
  },
  {
    id: 'b-cr-saki-manga',
    kind: 'creator',
    tags: ['漫画家', 'マンガ', 'ウェブトゥーン', '海外展開', '連載'],
    headline: { ja: '連載を終えた漫画家、次は縦読みと海外で描きたい' },
    description: {
      ja: '青年誌で5年間の連載を終えた漫画家です。単行本は全9巻。次の作品はフルカラーの縦読みマンガに挑戦したいと考えていますが、色塗りの体制と、海外の読者に届ける方法がわかりません。ネームと作画の仕事も受けています。',
    },
    offers: [{ category: 'content', text: 'ネーム（絵コンテ）と作画のお仕事。週刊ペースの連載経験があります' }],
    seeks: [
      { category: 'co-creation', text: 'フルカラーの縦読みマンガを、色塗りまで分業で一緒に制作できるスタジオ' },
      {
        category: 'overseas-expansion',
        text: '既刊9巻を翻訳して海外の読者に届けてくれる出版社・配信会社（英語圏を希望）',
      },
    ],
    area: 'shibuya',
    languages: ['ja'],
  },
  {
    id: 'b-cr-maya-mindful',
    kind: 'creator',
    tags: ['yoga', 'mindfulness', 'wellness retreats', 'corporate wellness', 'meditation'],
    headline: { en: 'Yoga and mindfulness teacher running retreats and workplace classes' },
    description: {
      en: 'I am a British yoga and mindfulness teacher living in Shibuya, teaching in English and simple Japanese. I run weekend retreats for international residents and visitors, and lunchtime classes for four companies in Tokyo. I would love to host regular morning programmes at a ryokan or onsen town, and to record short classes for a wellness app so my teaching reaches people who cannot come in person.',
    },
    offers: [{ category: 'content', text: 'Yoga, breathing and meditation sessions, retreats and recorded classes' }],
    seeks: [
      { category: 'space-venue', text: 'A ryokan or onsen town to host monthly retreats and morning yoga for guests' },
      { category: 'sales-channel', text: 'A wellness app or company programme to distribute recorded classes' },
    ],
    area: 'shibuya',
    languages: ['en'],
  },
  {
    id: 'b-cr-rei-remake',
    kind: 'creator',
    tags: ['upcycled fashion', 'アップサイクル', 'デザイナー', 'kimono', 'ポップアップ'],
    headline: {
      ja: '古い布から、今日着たい服を',
      en: 'Fashion designer remaking old fabric into clothes for today',
    },
    description: {
      ja: '渋谷を拠点に、古着や古布を解体して一点ものの服に仕立てているデザイナーです。いまは着物の生地を使ったジャケットのシリーズに取り組んでいます。まとまった量の生地の仕入れ先と、作品を販売できる場所を探しています。',
      en: 'I am a Shibuya-based designer who takes apart used clothes and old fabric and turns them into one-off pieces. My current series is jackets made from kimono silk. I need a steady supply of fabric and places to sell, and I would enjoy designing a capsule with a brand abroad.',
    },
    offers: [{ category: 'design', text: 'Upcycled garment design and one-off pieces, from pattern to sample' }],
    seeks: [
      { category: 'co-creation', text: '着物などの古布を、洗った状態で毎月安定して仕入れられる事業者' },
      { category: 'space-venue', text: 'Pop-up space in a department store or select shop' },
    ],
    area: 'shibuya',
    languages: ['ja', 'en'],
  },
  {
    id: 'b-cr-ehon-tomo',
    kind: 'creator',
    tags: ['絵本', 'イラストレーター', '子ども', '読み聞かせ', '英語絵本'],
    headline: { ja: '子どもが何度も読みたくなる絵本を描いています' },
    description: {
      ja: '横浜在住の絵本作家・イラストレーターです。これまでに絵本を7冊出版しました。最近は保育園での読み聞かせ会も開いています。日本語と英語の両方で楽しめる絵本を作ってみたいと思っており、英語教育の方と一緒に企画したいです。',
    },
    offers: [{ category: 'content', text: '絵本の文と絵、キャラクターデザイン、園や図書館での読み聞かせ会' }],
    seeks: [
      { category: 'co-creation', text: '日英バイリンガルの絵本を一緒に企画してくれる英語教育の事業者' },
      { category: 'sales-channel', text: '保育園や幼児教室での絵本の採用と、親子向けの読み聞かせ会を開ける場' },
    ],
    area: 'yokohama',
    languages: ['ja'],
  },
  {
    id: 'b-cr-cosplay-nova',
    kind: 'creator',
    tags: ['cosplay', 'anime', 'VTuber', 'conventions', 'game characters'],
    headline: { en: 'Cosplayer bringing game and anime characters to life at events' },
    description: {
      en: 'I am a cosplayer from Manila living in Tokyo, with 520,000 followers on Instagram and TikTok. I build my own costumes and props and appear at conventions, game shows and store launches as a character. I am looking for game companies and event organisers who want a character brought to life on their booth or stage, and for a workshop space where I can build larger props.',
    },
    offers: [
      {
        category: 'marketing',
        text: 'Booth and stage appearances as game or anime characters, with posts to 520k followers',
      },
    ],
    seeks: [
      { category: 'sales-channel', text: 'Game companies and events that book cosplayers for booths and stages' },
      { category: 'space-venue', text: 'A workshop where I can build large props and armour' },
    ],
    area: 'shibuya',
    languages: ['en'],
  },
];
