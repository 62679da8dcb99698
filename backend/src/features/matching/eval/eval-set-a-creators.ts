import type { EvalProfile } from './eval-profiles';

/**
 * Creators of evaluation set A; `a-cr-skyframe` is a distractor: a drone photographer who shares
 * drone and building words with inspection and monitoring startups but only shoots marketing images.
 */
export const EVAL_SET_A_CREATORS: EvalProfile[] = [
  {
    id: 'a-cr-mori-ud',
    kind: 'creator',
    tags: ['ユニバーサルデザイン', 'UXデザイン', '高齢者', 'UI', 'サインデザイン'],
    headline: { ja: 'お年寄りが迷わない画面と案内を、一緒に使いながらつくります' },
    description: {
      ja: '家電メーカーで高齢者向け製品のUIを15年担当し、独立しました。70代・80代の方に実際に使ってもらう調査を重ねて、予約画面や券売機、施設の案内表示を設計しています。交通や介護、物流など、スマホに慣れていない人が使うサービスの仕事を長く続けたいと思っています。',
    },
    offers: [{ category: 'design', text: '高齢者と一緒に行うユーザー調査と、迷わない画面・案内表示の設計' }],
    seeks: [{ category: 'co-creation', text: 'スマホに不慣れな人が使う交通・介護・物流のサービスを育てる事業者' }],
    area: 'yokohama',
    languages: ['ja'],
  },
  {
    id: 'a-cr-lena-industrial',
    kind: 'creator',
    tags: ['industrial design', 'robot design', 'street furniture', 'hardware', 'Scandinavian design'],
    headline: { en: 'Industrial designer for machines that share the street with people' },
    description: {
      en: "I'm a Danish industrial designer living in Yokohama. For eight years I have designed delivery robots, EV chargers and bus shelters in Copenhagen and Helsinki, always with the same question: how does a machine look friendly and readable to a child or an older person walking past? I take hardware startups from a working prototype to an enclosure that can be manufactured, and I would love to do the same for robots and devices made in Japan.",
    },
    offers: [
      { category: 'design', text: 'Enclosure and form design for robots and public devices, prototype to production' },
    ],
    seeks: [
      { category: 'co-creation', text: 'Japanese hardware startups with robots or devices used among the public' },
    ],
    area: 'yokohama',
    languages: ['en'],
  },
  {
    id: 'a-cr-polygon',
    kind: 'creator',
    tags: ['3DCG', 'digital twin', '建築パース', 'Unreal Engine', '浸水シミュレーション'],
    headline: {
      ja: '建物と街を3DCGで。竣工前のパースから、浸水シミュレーションの映像まで',
      en: 'Architectural CG, city twins and flood simulation films',
    },
    description: {
      ja: '渋谷の6人の3DCGスタジオです。マンション販売用のパースと眺望CG、点群から作る街のデジタルツイン、住民説明会向けの浸水シミュレーション映像を制作しています。',
      en: 'A six-person CG studio in Shibuya making sales renderings and view simulations for new buildings, city twins built from point clouds, and flood simulation films for residents’ briefings. We work in Unreal Engine and 3ds Max, and we like long relationships with developers, contractors and cities that hold point clouds or BIM data.',
    },
    offers: [
      { category: 'content', text: '販売用のCGパース・眺望シミュレーション・ウォークスルー映像' },
      { category: 'design', text: 'Digital twins and landscape simulations from point clouds and BIM' },
    ],
    seeks: [{ category: 'co-creation', text: '点群やBIMのデータをもつ開発会社・建設会社・自治体との継続的な仕事' }],
    area: 'shibuya',
    languages: ['ja', 'en'],
  },
  {
    id: 'a-cr-marco-3d',
    kind: 'creator',
    tags: ['real-time 3D', 'Unreal', 'digital twin', 'industrial visualisation', 'ports'],
    headline: { en: 'Real-time 3D twins of ports, plants and warehouses' },
    description: {
      en: 'I am an Italian 3D artist who spent six years at a Genoa port-automation company building Unreal Engine models of terminals, cranes and warehouses for operator training and investor presentations. Now freelance in Yokohama, I turn CAD drawings, drone scans and point clouds into interactive twins you can walk through on a laptop. I am looking for a site in Japan to scan and model, and for companies that need their infrastructure explained visually.',
    },
    offers: [
      {
        category: 'content',
        text: 'Interactive Unreal twins of terminals, plants and warehouses for training and pitches',
      },
      { category: 'design', text: 'Photo-real visualisation of large infrastructure from CAD or scans' },
    ],
    seeks: [
      { category: 'co-creation', text: 'Port, logistics or energy companies with a site to scan and turn into a twin' },
    ],
    area: 'yokohama',
    languages: ['en', 'it'],
  },
  {
    id: 'a-cr-umi-video',
    kind: 'creator',
    tags: ['映像制作', 'ドキュメンタリー', '採用動画', '合意形成', '漁村'],
    headline: { ja: '働く人と地域の声を撮る映像作家' },
    description: {
      ja: '三浦半島を拠点に、漁協や商店街のドキュメンタリーと、介護・建設の会社の採用動画を撮ってきました。住民説明会で流す映像のように、賛否のある話題を誠実に伝える仕事が得意です。外資系企業の日本でのプロジェクトにも関わってみたいと考えています。',
    },
    offers: [
      { category: 'content', text: '採用動画と、地域の人の声を伝えるドキュメンタリー（3分〜20分）' },
      { category: 'marketing', text: '地元の人に届くSNS向けの短い映像と配信の設計' },
    ],
    seeks: [{ category: 'co-creation', text: '地域の理解が必要な事業や、人を採用したい現場の会社との仕事' }],
    area: 'japan-other',
    languages: ['ja'],
  },
  {
    id: 'a-cr-sam-docs',
    kind: 'creator',
    tags: ['documentary', 'recruitment video', 'corporate film', 'English content', 'storytelling'],
    headline: { en: 'English-language films for Japanese employers hiring abroad' },
    description: {
      en: 'British documentary maker, twelve years in Yokohama. Japanese companies now recruit carers, builders and engineers from Vietnam, Indonesia and the Philippines, but their recruitment films are usually a subtitled version of a Japanese one. I make short English films that show the real job, the dormitory and the team, with interviews of foreign staff already working there. Looking for employers who hire from overseas and need candidates to trust them.',
    },
    offers: [{ category: 'content', text: 'English recruitment films and interviews with foreign staff, 2–6 minutes' }],
    seeks: [
      { category: 'co-creation', text: 'Japanese employers recruiting carers, builders or engineers from abroad' },
    ],
    area: 'yokohama',
    languages: ['en'],
  },
  {
    id: 'a-cr-pictogram',
    kind: 'creator',
    tags: ['pictograms', 'information design', 'explainer illustration', 'wayfinding', 'multilingual'],
    headline: { en: 'Pictograms and illustrated explainers that work without words' },
    description: {
      en: "I'm a Canadian information designer in Shibuya. I draw pictograms, wayfinding signs and illustrated manuals for people who can't read the local language: evacuation signs for a city in British Columbia, safety cards for airlines, step-by-step guides for new factory staff. Anything that has to be understood in five seconds by someone who doesn't speak Japanese is my kind of job.",
    },
    offers: [
      { category: 'design', text: 'Pictogram sets, multilingual signage and illustrated step-by-step manuals' },
      { category: 'content', text: 'Illustrated learning material for people new to Japan and its workplaces' },
    ],
    seeks: [
      { category: 'co-creation', text: 'Projects in disaster safety, transport or onboarding of foreign workers' },
    ],
    area: 'shibuya',
    languages: ['en'],
  },
  {
    id: 'a-cr-zukai',
    kind: 'creator',
    tags: ['図解', 'グラフィックレコーディング', 'インフォグラフィック', 'イラスト', '説明資料'],
    headline: { ja: 'むずかしい仕組みを、一枚の図解に' },
    description: {
      ja: '保険、金融、エネルギーのように説明がむずかしい商品やプロジェクトを、一枚の図解や短いイラスト資料にまとめています。住民説明会や商談の場でのグラフィックレコーディングも行います。これまでに自治体、損保会社、電力会社などと80件ほど仕事をしてきました。',
    },
    offers: [
      { category: 'design', text: '商品やプロジェクトの仕組みを一枚で伝える図解・インフォグラフィック' },
      { category: 'content', text: '説明会や会議でのグラフィックレコーディング' },
    ],
    seeks: [{ category: 'co-creation', text: '新しい仕組みを、住民やお客さまに分かってもらいたい企業' }],
    area: 'yokohama',
    languages: ['ja'],
  },
  {
    id: 'a-cr-oto-sign',
    kind: 'creator',
    tags: ['サウンドデザイン', 'サイン音', '報知音', '音響', '発車メロディ'],
    headline: { ja: '耳で分かる合図をつくる、サイン音のデザイナー' },
    description: {
      ja: '駅の発車メロディ、家電の報知音、病院の呼び出し音などをつくってきたサウンドデザイナーです。高齢で耳が遠い方にも聞き取りやすく、周りの人には耳障りにならない音を設計します。ロボットやモビリティ、防災アプリのように、音で安全を知らせる製品の仕事を増やしたいと思っています。',
    },
    offers: [{ category: 'design', text: '報知音・案内チャイム・警告音の設計と聞き取りやすさの検証' }],
    seeks: [{ category: 'co-creation', text: '音で安全や案内を伝えるロボット・乗り物・アプリを作る会社' }],
    area: 'shibuya',
    languages: ['ja'],
  },
  {
    id: 'a-cr-kotonoha-copy',
    kind: 'creator',
    tags: ['コピーライティング', 'ローカライズ', '翻訳', '日本市場', 'ブランディング'],
    headline: { ja: '海外の会社の言葉を、翻訳ではなく日本語で書き直します' },
    description: {
      ja: '外資系広告会社で12年、海外ブランドの日本向けの広告を担当してきたコピーライターです。直訳の日本語では、日本のお客さまにも自治体の担当者にも届きません。英語の資料を読み込み、日本の読み手に合わせてウェブサイトや営業資料、提案書を書き直しています。',
    },
    offers: [
      { category: 'marketing', text: '英語の資料をもとにした、日本向けのウェブ・営業資料・提案書のコピー' },
      { category: 'content', text: '日本の読み手に合わせた商品説明とキャンペーンの言葉' },
    ],
    seeks: [{ category: 'co-creation', text: '日本に進出する海外の企業・スタートアップとの継続的な仕事' }],
    area: 'shibuya',
    languages: ['ja'],
  },
  {
    id: 'a-cr-skyframe',
    kind: 'creator',
    tags: ['drone photography', 'aerial video', 'real estate marketing', 'hotels', 'photography'],
    headline: { en: 'Aerial photos and video for real estate and hotels' },
    description: {
      en: 'Licensed drone pilot and photographer from Australia, based in Yokohama for six years. I shoot aerial stills and cinematic video of new residential towers, resorts and hotels for sales brochures and websites, including twilight and view shots from the height of each floor, and calibrated photos from fixed viewpoints that architects and planners use as base plates for photomontages. I handle the flight permissions myself. Looking for developers and hotels planning a launch or a rebrand.',
    },
    offers: [
      { category: 'content', text: 'Aerial photos, floor-by-floor view shots and cinematic drone video' },
      { category: 'data', text: 'Calibrated viewpoint photos from shore, street and air for photomontages' },
    ],
    seeks: [{ category: 'sales-channel', text: 'Developers and hotels planning a launch, sales campaign or rebrand' }],
    area: 'yokohama',
    languages: ['en'],
  },
  {
    id: 'a-cr-genba-photo',
    kind: 'creator',
    tags: ['写真', 'portrait', '採用広報', '現場', 'photography'],
    headline: {
      ja: '現場で働く人を、かっこよく撮る写真家',
      en: 'Portraits of people at work, on site',
    },
    description: {
      ja: '建設現場、倉庫、介護施設など、働く人のいる現場で撮影している写真家です。採用サイトや会社案内の写真を、演出しすぎず、その人らしく撮ります。人手不足の業界で、仕事の本当の姿を見せる写真が応募につながると考えています。',
      en: 'I photograph people where they work (building sites, warehouses, care homes) for recruitment sites and company profiles, with little staging. I want to work with companies that are serious about hiring, and I believe honest pictures of the real job bring in the applicants who stay.',
    },
    offers: [{ category: 'content', text: '採用サイト・会社案内のための現場のポートレートと仕事風景' }],
    seeks: [
      { category: 'co-creation', text: 'Companies hiring for hands-on jobs who want honest photos of their teams' },
    ],
    area: 'yokohama',
    languages: ['ja', 'en'],
  },
];
