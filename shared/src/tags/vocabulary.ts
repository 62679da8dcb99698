import type { TagCategory, TagDto } from './types';

/**
 * The shared tag vocabulary.
 *
 * Rules (enforced by vocabulary.test.ts):
 * - ids are kebab-case ASCII and stable: never rename or reuse one, only add (profiles store them);
 * - every label, synonym, reading and id, once normalised (normalizeTagText), belongs to exactly one tag;
 * - `readings` map a kanji ja label/synonym to its hiragana reading (unconverted IME input).
 * Adding a synonym that already belongs to another tag fails the tests: pick the better home instead.
 */

interface Extra {
  readonly ja?: readonly string[];
  readonly en?: readonly string[];
  readonly kana?: Readonly<Record<string, string>>;
}

function define(category: TagCategory) {
  return (id: string, ja: string, en: string, extra: Extra = {}): TagDto => {
    const synonyms = Object.freeze({
      ja: Object.freeze([...(extra.ja ?? [])]),
      en: Object.freeze([...(extra.en ?? [])]),
    });
    const tag: TagDto = extra.kana
      ? { id, category, ja, en, synonyms, readings: Object.freeze({ ...extra.kana }) }
      : { id, category, ja, en, synonyms };
    return Object.freeze(tag);
  };
}

const tech = define('technology');
const creative = define('creative');
const industry = define('industry');
const social = define('social');
const business = define('business');

const TECHNOLOGY: TagDto[] = [
  tech('ai', 'AI・人工知能', 'AI', {
    ja: ['人工知能', '機械学習', 'ディープラーニング', '深層学習', 'エーアイ'],
    en: ['artificial intelligence', 'machine learning', 'deep learning', 'ML'],
    kana: { 人工知能: 'じんこうちのう', 機械学習: 'きかいがくしゅう', 深層学習: 'しんそうがくしゅう' },
  }),
  tech('generative-ai', '生成AI', 'Generative AI', {
    ja: ['生成系AI', 'ジェネレーティブAI', '画像生成AI'],
    en: ['GenAI', 'gen AI', 'AI art generation'],
    kana: { 生成AI: 'せいせいえーあい' },
  }),
  tech('llm', '大規模言語モデル', 'Large Language Models', {
    ja: ['LLM', '言語モデル', 'ChatGPT'],
    en: ['large language model', 'language models', 'GPT', 'foundation models'],
    kana: { 大規模言語モデル: 'だいきぼげんごもでる' },
  }),
  tech('ai-agents', 'AIエージェント', 'AI Agents', {
    ja: ['チャットボット', 'エージェント型AI', '対話AI'],
    en: ['agentic AI', 'chatbot', 'chatbots', 'conversational AI'],
  }),
  tech('ai-ethics', 'AI倫理', 'AI Ethics', {
    ja: ['AIガバナンス', '責任あるAI', 'AI規制'],
    en: ['responsible AI', 'AI governance', 'AI regulation', 'trustworthy AI'],
    kana: { AI倫理: 'えーあいりんり' },
  }),
  tech('computer-vision', '画像認識', 'Computer Vision', {
    ja: ['コンピュータビジョン', '画像解析', '画像処理', '映像解析'],
    en: ['image recognition', 'image processing', 'video analytics'],
    kana: { 画像認識: 'がぞうにんしき', 画像解析: 'がぞうかいせき' },
  }),
  tech('nlp', '自然言語処理', 'Natural Language Processing', {
    ja: ['言語処理', '機械翻訳', 'テキストマイニング'],
    en: ['NLP', 'machine translation', 'text mining'],
    kana: { 自然言語処理: 'しぜんげんごしょり', 機械翻訳: 'きかいほんやく' },
  }),
  tech('voice-tech', '音声技術', 'Voice Technology', {
    ja: ['音声認識', '音声合成', '音声AI', 'ボイステック'],
    en: ['speech recognition', 'speech synthesis', 'voice AI', 'text-to-speech', 'TTS', 'voicetech'],
    kana: { 音声認識: 'おんせいにんしき', 音声合成: 'おんせいごうせい' },
  }),
  tech('data-science', 'データサイエンス', 'Data Science', {
    ja: ['データ分析', 'データ解析', 'ビッグデータ', 'データ活用', 'データサイエンティスト'],
    en: ['data analytics', 'data analysis', 'analytics', 'big data', 'data scientist'],
    kana: { データ分析: 'でーたぶんせき' },
  }),
  tech('iot', 'IoT', 'IoT', {
    ja: ['モノのインターネット', 'アイオーティー', 'IoTデバイス'],
    en: ['internet of things', 'connected devices', 'IoT devices'],
  }),
  tech('robotics', 'ロボティクス', 'Robotics', {
    ja: ['ロボット', 'ロボット工学', 'ロボット開発', 'サービスロボット'],
    en: ['robot', 'robots', 'service robots'],
    kana: { ロボット工学: 'ろぼっとこうがく' },
  }),
  tech('drones', 'ドローン', 'Drones', {
    ja: ['無人航空機', 'マルチコプター', 'ドローン物流'],
    en: ['drone', 'UAV', 'UAS', 'unmanned aerial vehicle'],
    kana: { 無人航空機: 'むじんこうくうき' },
  }),
  tech('quantum', '量子技術', 'Quantum Technology', {
    ja: ['量子コンピュータ', '量子コンピューター', '量子コンピューティング', '量子', '量子暗号'],
    en: ['quantum', 'quantum computing', 'quantum computer', 'quantum computers'],
    kana: { 量子技術: 'りょうしぎじゅつ', 量子コンピュータ: 'りょうしこんぴゅーた' },
  }),
  tech('cybersecurity', 'サイバーセキュリティ', 'Cybersecurity', {
    ja: ['セキュリティ', '情報セキュリティ', 'サイバー攻撃対策', 'ゼロトラスト'],
    en: ['cyber security', 'security', 'information security', 'infosec', 'zero trust'],
    kana: { 情報セキュリティ: 'じょうほうせきゅりてぃ' },
  }),
  tech('cloud', 'クラウド', 'Cloud Computing', {
    ja: ['クラウドコンピューティング', 'クラウドサービス', 'クラウドネイティブ'],
    en: ['cloud', 'cloud native', 'AWS', 'Azure', 'GCP', 'Google Cloud'],
  }),
  tech('edge-computing', 'エッジコンピューティング', 'Edge Computing', {
    ja: ['エッジAI', 'エッジ'],
    en: ['edge', 'edge AI'],
  }),
  tech('blockchain', 'ブロックチェーン', 'Blockchain', {
    ja: ['分散型台帳', 'スマートコントラクト'],
    en: ['distributed ledger', 'DLT', 'smart contracts'],
    kana: { 分散型台帳: 'ぶんさんがただいちょう' },
  }),
  tech('web3', 'Web3', 'Web3', {
    ja: ['Web3.0', 'ウェブスリー', '分散型金融', 'DeFi'],
    en: ['web 3.0', 'decentralized web', 'decentralised web', 'dApps', 'decentralized finance'],
    kana: { 分散型金融: 'ぶんさんがたきんゆう' },
  }),
  tech('nft', 'NFT', 'NFT', {
    ja: ['非代替性トークン', 'エヌエフティー'],
    en: ['non-fungible token', 'non-fungible tokens', 'NFTs'],
    kana: { 非代替性トークン: 'ひだいたいせいとーくん' },
  }),
  tech('crypto-assets', '暗号資産', 'Crypto Assets', {
    ja: ['仮想通貨', '暗号通貨', 'ビットコイン', 'ステーブルコイン'],
    en: ['cryptocurrency', 'cryptocurrencies', 'crypto', 'bitcoin', 'stablecoins', 'digital assets'],
    kana: { 暗号資産: 'あんごうしさん', 仮想通貨: 'かそうつうか' },
  }),
  tech('dao', 'DAO', 'DAO', {
    ja: ['分散型自律組織', 'ダオ'],
    en: ['decentralized autonomous organization', 'decentralised autonomous organisation'],
    kana: { 分散型自律組織: 'ぶんさんがたじりつそしき' },
  }),
  tech('xr', 'XR', 'XR', {
    ja: ['クロスリアリティ', 'MR', '複合現実', '空間コンピューティング', 'イマーシブ'],
    en: ['extended reality', 'mixed reality', 'spatial computing', 'immersive technology'],
    kana: { 複合現実: 'ふくごうげんじつ' },
  }),
  tech('ar', 'AR・拡張現実', 'Augmented Reality', {
    ja: ['拡張現実', 'エーアール'],
    en: ['AR'],
    kana: { 拡張現実: 'かくちょうげんじつ' },
  }),
  tech('vr', 'VR・仮想現実', 'Virtual Reality', {
    ja: ['仮想現実', 'バーチャルリアリティ', 'ブイアール'],
    en: ['VR'],
    kana: { 仮想現実: 'かそうげんじつ' },
  }),
  tech('metaverse', 'メタバース', 'Metaverse', {
    ja: ['仮想空間', 'バーチャル空間'],
    en: ['virtual worlds', 'virtual space'],
    kana: { 仮想空間: 'かそうくうかん' },
  }),
  tech('avatars', 'アバター', 'Avatars & Digital Humans', {
    ja: ['バーチャルヒューマン', 'デジタルヒューマン', 'アバターロボット', '分身ロボット'],
    en: ['avatar', 'digital humans', 'virtual humans', 'avatar robots'],
  }),
  tech('digital-twin', 'デジタルツイン', 'Digital Twin', {
    ja: ['PLATEAU', '3D都市モデル'],
    en: ['digital twins', '3D city models'],
  }),
  tech('5g', '5G', '5G', {
    ja: ['ローカル5G', '第5世代移動通信', '6G', 'ビヨンド5G'],
    en: ['local 5G', 'private 5G', 'beyond 5G', '6G'],
  }),
  tech('semiconductors', '半導体', 'Semiconductors', {
    ja: ['半導体設計', '半導体製造', 'パワー半導体'],
    en: ['semiconductor', 'chips', 'chip design', 'power semiconductors'],
    kana: { 半導体: 'はんどうたい' },
  }),
  tech('biotech', 'バイオテクノロジー', 'Biotechnology', {
    ja: ['バイオテック', 'バイオ', '生命工学', 'ライフサイエンス', '合成生物学'],
    en: ['biotech', 'bio', 'life sciences', 'synthetic biology', 'synbio'],
    kana: { 生命工学: 'せいめいこうがく', 合成生物学: 'ごうせいせいぶつがく' },
  }),
  tech('genomics', 'ゲノム', 'Genomics', {
    ja: ['ゲノム解析', 'ゲノム編集', '遺伝子', '遺伝子解析'],
    en: ['genome', 'gene editing', 'CRISPR', 'genetics'],
    kana: { 遺伝子: 'いでんし', ゲノム編集: 'げのむへんしゅう' },
  }),
  tech('advanced-materials', '先端素材', 'Advanced Materials', {
    ja: ['新素材', '素材', 'マテリアル', '材料科学', 'マテリアルズインフォマティクス'],
    en: ['materials', 'new materials', 'materials science', 'materials informatics'],
    kana: { 先端素材: 'せんたんそざい', 新素材: 'しんそざい', 材料科学: 'ざいりょうかがく' },
  }),
  tech('nanotech', 'ナノテクノロジー', 'Nanotechnology', {
    ja: ['ナノテク', 'ナノ材料'],
    en: ['nanotech', 'nanomaterials'],
  }),
  tech('batteries', '蓄電池', 'Batteries & Energy Storage', {
    ja: ['バッテリー', '蓄電', '全固体電池', 'リチウムイオン電池', '二次電池'],
    en: ['battery', 'batteries', 'energy storage', 'solid-state batteries'],
    kana: { 蓄電池: 'ちくでんち', 全固体電池: 'ぜんこたいでんち' },
  }),
  tech('hydrogen', '水素', 'Hydrogen', {
    ja: ['水素エネルギー', '燃料電池', 'アンモニア燃料'],
    en: ['hydrogen energy', 'fuel cells', 'fuel cell', 'green hydrogen'],
    kana: { 水素: 'すいそ', 燃料電池: 'ねんりょうでんち' },
  }),
  tech('fusion-energy', '核融合', 'Fusion Energy', {
    ja: ['核融合発電', 'フュージョンエネルギー'],
    en: ['nuclear fusion', 'fusion power'],
    kana: { 核融合: 'かくゆうごう' },
  }),
  tech('smart-grid', 'スマートグリッド', 'Smart Grid', {
    ja: ['VPP', '仮想発電所', 'マイクログリッド', 'エネルギーマネジメント'],
    en: ['virtual power plant', 'microgrid', 'microgrids', 'energy management', 'demand response'],
    kana: { 仮想発電所: 'かそうはつでんしょ' },
  }),
  tech('carbon-capture', 'CO2回収', 'Carbon Capture', {
    ja: ['CCUS', 'CCS', '炭素回収', 'DAC', 'ネガティブエミッション'],
    en: ['carbon capture and storage', 'direct air capture', 'carbon removal', 'negative emissions'],
    kana: { 炭素回収: 'たんそかいしゅう' },
  }),
  tech('satellites', '人工衛星', 'Satellites', {
    ja: ['衛星', '衛星データ', '小型衛星', 'リモートセンシング'],
    en: ['satellite', 'satellite data', 'earth observation', 'remote sensing', 'small satellites'],
    kana: { 人工衛星: 'じんこうえいせい', 衛星データ: 'えいせいでーた' },
  }),
  tech('autonomous-driving', '自動運転', 'Autonomous Driving', {
    ja: ['自律走行', '自動運転車', 'ロボタクシー', '自動走行'],
    en: ['self-driving', 'autonomous vehicles', 'driverless cars', 'robotaxi'],
    kana: { 自動運転: 'じどううんてん', 自律走行: 'じりつそうこう' },
  }),
  tech('ev', 'EV・電気自動車', 'Electric Vehicles', {
    ja: ['電気自動車', 'EV', '充電インフラ', 'EV充電'],
    en: ['EVs', 'electric vehicle', 'EV charging', 'electric mobility', 'e-mobility'],
    kana: { 電気自動車: 'でんきじどうしゃ' },
  }),
  tech('api', 'API', 'APIs', {
    ja: ['API連携', 'エーピーアイ', 'APIエコノミー'],
    en: ['API economy', 'open API', 'open APIs', 'integrations'],
  }),
  tech('mobile-apps', 'アプリ開発', 'App Development', {
    ja: ['スマホアプリ', 'モバイルアプリ', 'アプリ', 'iOSアプリ', 'Androidアプリ'],
    en: ['mobile apps', 'mobile app', 'apps', 'app', 'iOS', 'Android', 'mobile development'],
    kana: { アプリ開発: 'あぷりかいはつ' },
  }),
  tech('web-development', 'Web開発', 'Web Development', {
    ja: ['ウェブ開発', 'フロントエンド', 'バックエンド', 'フルスタック', 'Webエンジニア'],
    en: ['web dev', 'frontend', 'backend', 'full stack', 'web engineering'],
  }),
  tech('open-source', 'オープンソース', 'Open Source', {
    ja: ['OSS', 'オープンソースソフトウェア'],
    en: ['open-source software', 'OSS'],
  }),
  tech('no-code', 'ノーコード', 'No-code / Low-code', {
    ja: ['ローコード', 'ノーコード開発'],
    en: ['no code', 'low-code', 'low code', 'nocode tools'],
  }),
  tech('devops', 'DevOps', 'DevOps', {
    ja: ['SRE', 'CI/CD', 'インフラエンジニアリング'],
    en: ['site reliability engineering', 'platform engineering', 'infrastructure as code'],
  }),
  tech('embedded', '組込みシステム', 'Embedded Systems', {
    ja: ['組み込み', '組込み', '組み込みシステム', 'ファームウェア', 'マイコン'],
    en: ['embedded', 'firmware', 'microcontrollers'],
    kana: { 組込みシステム: 'くみこみしすてむ', 組み込み: 'くみこみ' },
  }),
  tech('hardware', 'ハードウェア', 'Hardware', {
    ja: ['ハードウェア開発', 'ハードウエア', 'ハードウェアスタートアップ', '電子工作'],
    en: ['hardware development', 'hardware startups', 'electronics'],
    kana: { 電子工作: 'でんしこうさく' },
  }),
  tech('deep-tech', 'ディープテック', 'Deep Tech', {
    ja: ['研究開発型スタートアップ', 'ハードテック', '先端技術'],
    en: ['deeptech', 'hard tech', 'frontier tech', 'emerging technology'],
    kana: { 先端技術: 'せんたんぎじゅつ' },
  }),
  tech('sensors', 'センサー', 'Sensors', {
    ja: ['センシング', 'センサー技術', 'LiDAR'],
    en: ['sensor', 'sensing', 'lidar'],
  }),
  tech('geospatial', '地理空間情報', 'Geospatial', {
    ja: ['GIS', '位置情報', '地図', '地理情報システム', '人流データ'],
    en: ['geospatial data', 'location data', 'maps', 'mapping', 'geographic information systems'],
    kana: { 地理空間情報: 'ちりくうかんじょうほう', 位置情報: 'いちじょうほう', 人流データ: 'じんりゅうでーた' },
  }),
  tech('wearables', 'ウェアラブル', 'Wearables', {
    ja: ['ウェアラブルデバイス', 'ウエアラブル', 'スマートウォッチ', 'スマートグラス'],
    en: ['wearable', 'wearable devices', 'wearable tech', 'smartwatch', 'smart glasses'],
  }),
  tech('3d-printing', '3Dプリンター', '3D Printing', {
    ja: ['3Dプリンティング', '積層造形', 'デジタルファブリケーション', 'ファブラボ'],
    en: ['additive manufacturing', 'digital fabrication', 'fab lab', '3D printer'],
    kana: { 積層造形: 'せきそうぞうけい' },
  }),
  tech('haptics', 'ハプティクス', 'Haptics', {
    ja: ['触覚技術', '触覚', '力触覚'],
    en: ['haptic', 'haptic technology', 'tactile technology'],
    kana: { 触覚技術: 'しょっかくぎじゅつ', 触覚: 'しょっかく' },
  }),
  tech('neurotech', 'ブレインテック', 'Neurotech', {
    ja: ['ニューロテック', '脳科学', 'BCI', 'ブレイン・マシン・インターフェース'],
    en: ['brain tech', 'braintech', 'neurotechnology', 'neuroscience', 'BCI', 'brain-computer interface'],
    kana: { 脳科学: 'のうかがく' },
  }),
  tech('automation', '自動化', 'Automation', {
    ja: ['業務自動化', 'RPA', 'ファクトリーオートメーション', 'オートメーション'],
    en: ['process automation', 'RPA', 'robotic process automation', 'factory automation'],
    kana: { 自動化: 'じどうか', 業務自動化: 'ぎょうむじどうか' },
  }),
  tech('photonics', '光技術', 'Photonics', {
    ja: ['フォトニクス', '光通信', '光電融合', 'レーザー'],
    en: ['optics', 'optical communication', 'lasers', 'optoelectronics'],
    kana: { 光技術: 'ひかりぎじゅつ', 光通信: 'ひかりつうしん' },
  }),
  tech('smart-home', 'スマートホーム', 'Smart Home', {
    ja: ['スマート家電', 'ホームオートメーション', 'コネクテッドホーム'],
    en: ['home automation', 'connected home', 'smart appliances'],
    kana: { スマート家電: 'すまーとかでん' },
  }),
  tech('game-engines', 'ゲームエンジン', 'Game Engines', {
    ja: ['Unity', 'Unreal Engine', 'アンリアルエンジン'],
    en: ['game engine', 'real-time 3D', 'realtime 3D'],
  }),
];

const CREATIVE: TagDto[] = [
  creative('music', '音楽', 'Music', {
    ja: ['ミュージック', '作曲', '楽曲制作', '音楽制作', 'ミュージシャン', 'DTM'],
    en: ['music production', 'composition', 'songwriting', 'musician', 'composer'],
    kana: { 音楽: 'おんがく', 作曲: 'さっきょく', 楽曲制作: 'がっきょくせいさく' },
  }),
  creative('sound-design', 'サウンドデザイン', 'Sound Design', {
    ja: ['音響', '効果音', '音響デザイン', 'サウンドスケープ', '立体音響'],
    en: ['audio design', 'sound effects', 'SFX', 'audio engineering', 'spatial audio', 'soundscape'],
    kana: { 音響: 'おんきょう', 効果音: 'こうかおん', 立体音響: 'りったいおんきょう' },
  }),
  creative('anime', 'アニメ', 'Anime', {
    ja: ['アニメ制作', 'ジャパニメーション', 'アニメ作品'],
    en: ['japanese animation', 'anime production'],
  }),
  creative('animation', 'アニメーション', 'Animation', {
    ja: ['2Dアニメーション', 'ストップモーション', 'コマ撮り', 'アニメーター'],
    en: ['2D animation', 'stop motion', 'animator', 'animators'],
    kana: { コマ撮り: 'こまどり' },
  }),
  creative('motion-graphics', 'モーショングラフィックス', 'Motion Graphics', {
    ja: ['モーションデザイン', 'モーショングラフィック'],
    en: ['motion design', 'mograph', 'motion graphic'],
  }),
  creative('vfx', 'VFX', 'VFX', {
    ja: ['視覚効果', '特殊効果', 'ビジュアルエフェクト', 'コンポジット'],
    en: ['visual effects', 'special effects', 'compositing'],
    kana: { 視覚効果: 'しかくこうか', 特殊効果: 'とくしゅこうか' },
  }),
  creative('manga', 'マンガ', 'Manga', {
    ja: ['漫画', 'コミック', '漫画家', 'ウェブトゥーン', '縦読み漫画'],
    en: ['comics', 'comic', 'webtoon', 'webtoons', 'manga artist'],
    kana: { 漫画: 'まんが', 漫画家: 'まんがか' },
  }),
  creative('illustration', 'イラスト', 'Illustration', {
    ja: ['イラストレーション', 'イラストレーター', '挿絵', '絵描き'],
    en: ['illustrator', 'illustrators', 'drawing', 'digital illustration'],
    kana: { 挿絵: 'さしえ', 絵描き: 'えかき' },
  }),
  creative('character-design', 'キャラクターデザイン', 'Character Design', {
    ja: ['キャラクター', 'キャラデザ', 'ゆるキャラ', 'マスコット'],
    en: ['characters', 'mascots', 'mascot', 'character IP'],
  }),
  creative('game-design', 'ゲームデザイン', 'Game Design', {
    ja: ['ゲーム制作', 'ゲーム開発', 'ゲームクリエイター', 'インディーゲーム'],
    en: ['game development', 'gamedev', 'game dev', 'indie games', 'game designer'],
    kana: { ゲーム制作: 'げーむせいさく', ゲーム開発: 'げーむかいはつ' },
  }),
  creative('fashion', 'ファッション', 'Fashion', {
    ja: ['アパレル', '服飾', 'ファッションデザイン', '洋服'],
    en: ['apparel', 'fashion design', 'clothing'],
    kana: { 服飾: 'ふくしょく' },
  }),
  creative('textiles', 'テキスタイル', 'Textiles', {
    ja: ['染織', '織物', '染色', 'テキスタイルデザイン'],
    en: ['textile', 'textile design', 'fabric', 'fabrics'],
    kana: { 染織: 'せんしょく', 織物: 'おりもの' },
  }),
  creative('architecture', '建築', 'Architecture', {
    ja: ['建築設計', '建築家', '建築デザイン'],
    en: ['architectural design', 'architect', 'architects'],
    kana: { 建築: 'けんちく', 建築設計: 'けんちくせっけい' },
  }),
  creative('interior-design', 'インテリアデザイン', 'Interior Design', {
    ja: ['インテリア', '内装', '内装デザイン'],
    en: ['interiors', 'interior'],
    kana: { 内装: 'ないそう' },
  }),
  creative('spatial-design', '空間デザイン', 'Spatial Design', {
    ja: ['空間演出', 'ディスプレイデザイン', '展示デザイン'],
    en: ['space design', 'exhibition design', 'experiential design'],
    kana: { 空間デザイン: 'くうかんでざいん', 空間演出: 'くうかんえんしゅつ' },
  }),
  creative('graphic-design', 'グラフィックデザイン', 'Graphic Design', {
    ja: ['グラフィック', 'グラフィックデザイナー', 'エディトリアルデザイン', 'ロゴデザイン'],
    en: ['graphic designer', 'graphics', 'editorial design', 'logo design', 'visual design'],
  }),
  creative('design', 'デザイン', 'Design', {
    ja: ['デザイナー', 'クリエイティブデザイン'],
    en: ['designer', 'designers'],
  }),
  creative('ux-ui', 'UX/UIデザイン', 'UX/UI Design', {
    ja: ['UIデザイン', 'UXデザイン', 'UI/UX', 'ユーザー体験', 'ユーザーエクスペリエンス', 'ユーザーインターフェース'],
    en: ['UX', 'UI', 'UX/UI', 'UI/UX', 'UX design', 'UI design', 'user experience', 'user interface'],
    kana: { ユーザー体験: 'ゆーざーたいけん' },
  }),
  creative('service-design', 'サービスデザイン', 'Service Design', {
    ja: ['サービスデザイナー', 'カスタマージャーニー'],
    en: ['service designer', 'customer journey', 'journey mapping'],
  }),
  creative('product-design', 'プロダクトデザイン', 'Product Design', {
    ja: ['工業デザイン', 'インダストリアルデザイン', 'プロダクトデザイナー'],
    en: ['industrial design', 'product designer', 'industrial designer'],
    kana: { 工業デザイン: 'こうぎょうでざいん' },
  }),
  creative('web-design', 'Webデザイン', 'Web Design', {
    ja: ['ウェブデザイン', 'ホームページ制作', 'サイト制作', 'Webデザイナー'],
    en: ['website design', 'web designer', 'website creation'],
  }),
  creative('film', '映像制作', 'Film & Video', {
    ja: ['映像', '映画', '動画制作', '映像作品', '動画', '映画制作', 'ショートフィルム'],
    en: ['film', 'filmmaking', 'video production', 'movies', 'cinema', 'video', 'short film'],
    kana: {
      映像制作: 'えいぞうせいさく',
      映像: 'えいぞう',
      映画: 'えいが',
      動画: 'どうが',
      動画制作: 'どうがせいさく',
    },
  }),
  creative('photography', '写真', 'Photography', {
    ja: ['フォトグラフィー', '写真家', '撮影', 'カメラマン', 'フォトグラファー'],
    en: ['photo', 'photos', 'photographer', 'photographers'],
    kana: { 写真: 'しゃしん', 写真家: 'しゃしんか', 撮影: 'さつえい' },
  }),
  creative('media-art', 'メディアアート', 'Media Art', {
    ja: ['デジタルアート', 'インタラクティブアート', 'テクノロジーアート', 'イマーシブアート'],
    en: ['digital art', 'interactive art', 'new media art', 'immersive art', 'creative coding'],
  }),
  creative('projection-mapping', 'プロジェクションマッピング', 'Projection Mapping', {
    ja: ['マッピング演出', '映像演出'],
    en: ['video mapping', 'projection art'],
    kana: { 映像演出: 'えいぞうえんしゅつ' },
  }),
  creative('lighting-design', '照明デザイン', 'Lighting Design', {
    ja: ['照明', 'ライティングデザイン', 'イルミネーション', '照明演出'],
    en: ['lighting', 'illumination', 'light art', 'lighting designer'],
    kana: { 照明デザイン: 'しょうめいでざいん' },
  }),
  creative('crafts', '伝統工芸', 'Traditional Crafts', {
    ja: ['工芸', 'クラフト', '手仕事', '職人', '伝統産業', 'ものづくり職人'],
    en: ['crafts', 'craft', 'handicrafts', 'artisans', 'artisan', 'craftsmanship'],
    kana: { 伝統工芸: 'でんとうこうげい', 工芸: 'こうげい', 手仕事: 'てしごと', 職人: 'しょくにん' },
  }),
  creative('ceramics', '陶芸', 'Ceramics', {
    ja: ['焼き物', 'やきもの', '陶磁器', '陶器'],
    en: ['pottery', 'ceramic art', 'ceramic'],
    kana: { 陶芸: 'とうげい', 陶磁器: 'とうじき' },
  }),
  creative('dance', 'ダンス', 'Dance', {
    ja: ['舞踊', 'ダンサー', '振付', '振り付け', 'ストリートダンス'],
    en: ['dancer', 'dancers', 'choreography', 'street dance'],
    kana: { 舞踊: 'ぶよう', 振付: 'ふりつけ' },
  }),
  creative('theatre', '演劇', 'Theatre', {
    ja: ['舞台', '芝居', 'ミュージカル', '舞台芸術', 'シアター', 'パフォーミングアーツ'],
    en: ['theater', 'stage', 'musicals', 'performing arts'],
    kana: { 演劇: 'えんげき', 舞台: 'ぶたい', 芝居: 'しばい', 舞台芸術: 'ぶたいげいじゅつ' },
  }),
  creative('3dcg', '3DCG', '3DCG', {
    ja: ['3Dモデリング', 'CG', 'コンピュータグラフィックス', '3D'],
    en: ['3D modeling', '3D modelling', '3D graphics', 'CGI', 'computer graphics', '3D CG'],
  }),
  creative('typography', 'タイポグラフィ', 'Typography', {
    ja: ['書体', 'フォント', '文字デザイン', 'タイプデザイン'],
    en: ['type design', 'fonts', 'font', 'lettering', 'typeface'],
    kana: { 文字デザイン: 'もじでざいん' },
  }),
  creative('calligraphy', '書道', 'Calligraphy', {
    ja: ['書', 'カリグラフィー', '書家'],
    en: ['shodo', 'japanese calligraphy', 'calligrapher'],
    kana: { 書道: 'しょどう' },
  }),
  creative('art', 'アート', 'Art', {
    ja: ['美術', '芸術', '現代アート', '現代美術', 'ファインアート', 'アーティスト', '絵画'],
    en: ['fine art', 'contemporary art', 'arts', 'artist', 'artists', 'painting'],
    kana: { 美術: 'びじゅつ', 芸術: 'げいじゅつ', 現代美術: 'げんだいびじゅつ', 絵画: 'かいが' },
  }),
  creative('curation', 'キュレーション', 'Curation & Exhibitions', {
    ja: ['キュレーター', '展覧会', '展示企画', 'ギャラリー', '芸術祭'],
    en: ['curator', 'exhibitions', 'exhibition', 'gallery', 'galleries', 'art festival', 'triennale'],
    kana: { 展覧会: 'てんらんかい', 展示企画: 'てんじきかく', 芸術祭: 'げいじゅつさい' },
  }),
  creative('vtuber', 'VTuber', 'VTubers', {
    ja: ['バーチャルYouTuber', 'ブイチューバー', 'Vチューバー'],
    en: ['virtual youtuber', 'virtual youtubers', 'vtubing'],
  }),
  creative('content-creation', 'コンテンツ制作', 'Content Creation', {
    ja: ['コンテンツ', 'コンテンツクリエイター', 'コンテンツ企画'],
    en: ['content', 'content creator', 'content creators', 'content production'],
    kana: { コンテンツ制作: 'こんてんつせいさく' },
  }),
  creative('influencers', 'インフルエンサー', 'Influencers', {
    ja: ['YouTuber', 'ユーチューバー', 'インスタグラマー', 'TikToker', 'インフルエンサーマーケティング'],
    en: ['influencer', 'youtubers', 'influencer marketing', 'instagrammer'],
  }),
  creative('live-streaming', 'ライブ配信', 'Live Streaming', {
    ja: ['配信', '生配信', 'ストリーミング', 'ライブコマース', 'ストリーマー'],
    en: ['livestream', 'livestreaming', 'streaming', 'streamer', 'live commerce'],
    kana: { ライブ配信: 'らいぶはいしん', 配信: 'はいしん' },
  }),
  creative('podcasts', 'ポッドキャスト', 'Podcasts', {
    ja: ['音声配信', '音声コンテンツ', 'オーディオコンテンツ'],
    en: ['podcast', 'podcasting', 'audio content'],
    kana: { 音声配信: 'おんせいはいしん' },
  }),
  creative('writing', 'ライティング', 'Writing', {
    ja: ['執筆', '文章', 'ライター', '文筆', 'Webライティング', 'エッセイ'],
    en: ['writer', 'writers', 'essays', 'content writing'],
    kana: { 執筆: 'しっぴつ', 文章: 'ぶんしょう' },
  }),
  creative('copywriting', 'コピーライティング', 'Copywriting', {
    ja: ['コピーライター', '広告コピー', 'キャッチコピー'],
    en: ['copywriter', 'ad copy', 'slogans'],
  }),
  creative('editorial', '編集・出版', 'Editing & Publishing', {
    ja: ['編集', '出版', '編集者', 'エディター', '雑誌', 'ZINE', '書籍'],
    en: ['editing', 'publishing', 'editor', 'editorial', 'magazines', 'magazine', 'zines', 'books'],
    kana: { 編集: 'へんしゅう', 出版: 'しゅっぱん', 雑誌: 'ざっし' },
  }),
  creative('literature', '文学', 'Literature', {
    ja: ['小説', '文芸', '詩', '短歌', '俳句'],
    en: ['fiction', 'novels', 'novel', 'poetry', 'haiku'],
    kana: { 文学: 'ぶんがく', 小説: 'しょうせつ', 文芸: 'ぶんげい' },
  }),
  creative('storytelling', 'ストーリーテリング', 'Storytelling', {
    ja: ['物語', '脚本', 'シナリオ', '脚本家', 'シナリオライター'],
    en: ['screenwriting', 'scriptwriting', 'narrative', 'screenwriter', 'scenario writing'],
    kana: { 物語: 'ものがたり', 脚本: 'きゃくほん' },
  }),
  creative('voice-acting', '声優', 'Voice Acting', {
    ja: ['ナレーション', 'ボイスアクター', 'ナレーター', '声の仕事'],
    en: ['voice actor', 'voice actors', 'narration', 'narrator', 'seiyu', 'voice-over'],
    kana: { 声優: 'せいゆう' },
  }),
  creative('street-culture', 'ストリートカルチャー', 'Street Culture', {
    ja: ['ストリートアート', 'グラフィティ', 'ヒップホップ', 'スケートボード'],
    en: ['street art', 'graffiti', 'hip hop', 'skateboarding', 'skate culture', 'streetwear'],
  }),
  creative('pop-culture', 'ポップカルチャー', 'Pop Culture', {
    ja: ['サブカルチャー', 'サブカル', 'オタク文化', 'クールジャパン', '推し活'],
    en: ['subculture', 'otaku culture', 'otaku', 'cool japan', 'fandom'],
    kana: { オタク文化: 'おたくぶんか', 推し活: 'おしかつ' },
  }),
  creative('cosplay', 'コスプレ', 'Cosplay', {
    ja: ['コスプレイヤー'],
    en: ['cosplayer', 'cosplayers'],
  }),
  creative('club-culture', 'クラブカルチャー', 'Club Culture', {
    ja: ['DJ', 'ナイトクラブ', 'クラブミュージック', 'ダンスミュージック'],
    en: ['DJs', 'DJing', 'nightclubs', 'club music', 'electronic music', 'clubbing'],
  }),
  creative('culinary', '料理', 'Culinary Arts', {
    ja: ['食文化', 'シェフ', 'ガストロノミー', '和食', '料理人', 'クッキング'],
    en: ['gastronomy', 'food culture', 'chef', 'chefs', 'cooking', 'washoku', 'japanese cuisine'],
    kana: { 料理: 'りょうり', 食文化: 'しょくぶんか', 和食: 'わしょく', 料理人: 'りょうりにん' },
  }),
];

const INDUSTRY: TagDto[] = [
  industry('fintech', 'フィンテック', 'Fintech', {
    ja: ['金融テック', '金融IT', '金融DX', 'エンベデッドファイナンス'],
    en: ['fin tech', 'financial technology', 'embedded finance'],
  }),
  industry('finance', '金融', 'Finance & Banking', {
    ja: ['金融業', 'ファイナンス', '銀行', '資産運用', '証券', '金融機関'],
    en: ['finance', 'banking', 'banks', 'financial services', 'asset management', 'wealth management'],
    kana: { 金融: 'きんゆう', 銀行: 'ぎんこう', 資産運用: 'しさんうんよう', 証券: 'しょうけん' },
  }),
  industry('payments', '決済', 'Payments', {
    ja: ['キャッシュレス', 'キャッシュレス決済', '電子マネー', 'モバイル決済', 'QRコード決済'],
    en: ['payment', 'cashless', 'cashless payments', 'mobile payments', 'e-money', 'digital wallets'],
    kana: { 電子マネー: 'でんしまねー' },
  }),
  industry('insurtech', 'インシュアテック', 'Insurtech', {
    ja: ['保険', '保険テック', 'インシュアランステック', '保険業'],
    en: ['insurance', 'insurance tech', 'insurance technology'],
  }),
  industry('mobility', 'モビリティ', 'Mobility', {
    ja: ['MaaS', '交通', '移動', '次世代モビリティ', 'マイクロモビリティ', '公共交通', 'シェアサイクル'],
    en: ['MaaS', 'mobility as a service', 'transportation', 'transport', 'micromobility', 'public transport'],
    kana: { 交通: 'こうつう', 公共交通: 'こうきょうこうつう' },
  }),
  industry('automotive', '自動車', 'Automotive', {
    ja: ['自動車産業', 'クルマ', '車', 'カーテック', 'コネクテッドカー', 'モータースポーツ'],
    en: ['automotive industry', 'cars', 'car', 'auto', 'connected cars', 'motorsport'],
    kana: { 自動車: 'じどうしゃ', 自動車産業: 'じどうしゃさんぎょう' },
  }),
  industry('air-mobility', '空飛ぶクルマ', 'Advanced Air Mobility', {
    ja: ['エアモビリティ', 'eVTOL', '空の移動革命', 'エアタクシー'],
    en: ['eVTOL', 'flying cars', 'urban air mobility', 'UAM', 'AAM', 'air taxi'],
  }),
  industry('aviation', '航空', 'Aviation & Aerospace', {
    ja: ['航空業界', '航空宇宙', 'エアライン', '航空機', '空港'],
    en: ['aviation', 'aerospace', 'airlines', 'airline', 'aircraft', 'airports'],
    kana: { 航空宇宙: 'こうくううちゅう', 空港: 'くうこう' },
  }),
  industry('space', '宇宙', 'Space', {
    ja: ['宇宙ビジネス', '宇宙産業', 'スペーステック', '宇宙開発', 'ロケット'],
    en: ['space tech', 'spacetech', 'new space', 'newspace', 'space industry', 'rockets', 'space business'],
    kana: { 宇宙: 'うちゅう', 宇宙ビジネス: 'うちゅうびじねす', 宇宙開発: 'うちゅうかいはつ' },
  }),
  industry('smart-city', 'スマートシティ', 'Smart City', {
    ja: ['スーパーシティ', '都市OS', 'アーバンテック', 'スマートタウン'],
    en: ['smart cities', 'super city', 'urban tech', 'urbantech', 'city OS', 'smart town'],
  }),
  industry('healthcare', 'ヘルスケア', 'Healthcare', {
    ja: ['医療', '健康', '医療・ヘルスケア', '予防医療', '病院', '健康経営'],
    en: ['health care', 'health', 'medical', 'medicine', 'preventive care', 'hospitals'],
    kana: { 健康: 'けんこう', 予防医療: 'よぼういりょう', 健康経営: 'けんこうけいえい' },
  }),
  industry('medtech', 'メドテック', 'Medtech & Digital Health', {
    ja: ['医療機器', '医療テック', 'メディカルテック', 'デジタルヘルス', 'ヘルステック', 'オンライン診療', '遠隔医療'],
    en: [
      'medtech',
      'medical devices',
      'medical technology',
      'digital health',
      'healthtech',
      'health tech',
      'telemedicine',
    ],
    kana: { 医療機器: 'いりょうきき', 遠隔医療: 'えんかくいりょう', オンライン診療: 'おんらいんしんりょう' },
  }),
  industry('drug-discovery', '創薬', 'Drug Discovery & Pharma', {
    ja: ['製薬', '医薬品', '創薬ベンチャー', '再生医療', 'バイオ医薬品'],
    en: ['drug discovery', 'pharma', 'pharmaceuticals', 'drug development', 'regenerative medicine'],
    kana: { 創薬: 'そうやく', 製薬: 'せいやく', 医薬品: 'いやくひん', 再生医療: 'さいせいいりょう' },
  }),
  industry('caregiving', '介護', 'Elderly Care', {
    ja: ['介護テック', 'ケアテック', '福祉', '介護福祉', '介護施設', '見守り'],
    en: ['nursing care', 'care tech', 'caretech', 'eldercare', 'elderly care', 'welfare', 'long-term care'],
    kana: { 介護: 'かいご', 福祉: 'ふくし', 見守り: 'みまもり' },
  }),
  industry('femtech', 'フェムテック', 'Femtech', {
    ja: ['女性の健康', 'ウィメンズヘルス', 'フェムケア'],
    en: ["women's health", 'femcare', 'menstrual health'],
    kana: { 女性の健康: 'じょせいのけんこう' },
  }),
  industry('food', '食品・飲食', 'Food & Beverage', {
    ja: ['飲食', '飲食店', '外食', '食品', 'フード', '食品業界', 'レストラン', '飲料'],
    en: ['food and beverage', 'F&B', 'food', 'restaurants', 'restaurant', 'beverages', 'food industry'],
    kana: { 飲食: 'いんしょく', 飲食店: 'いんしょくてん', 外食: 'がいしょく', 食品: 'しょくひん' },
  }),
  industry('food-tech', 'フードテック', 'Food Tech', {
    ja: ['食テック', '食品テック', 'スマートキッチン', '調理ロボット'],
    en: ['foodtech', 'food technology', 'smart kitchen', 'cooking robots'],
  }),
  industry('alternative-protein', '代替タンパク', 'Alternative Protein', {
    ja: ['代替肉', '培養肉', '植物肉', 'プラントベース', '昆虫食', '代替たんぱく質', '精密発酵'],
    en: [
      'alt protein',
      'plant-based',
      'plant based meat',
      'cultured meat',
      'cultivated meat',
      'precision fermentation',
    ],
    kana: { 代替肉: 'だいたいにく', 培養肉: 'ばいようにく', 昆虫食: 'こんちゅうしょく' },
  }),
  industry('agritech', 'アグリテック', 'Agritech', {
    ja: ['農業', 'スマート農業', 'アグテック', '農業テック', '植物工場', '農家'],
    en: ['agtech', 'agri-tech', 'agriculture', 'smart farming', 'farming', 'vertical farming', 'farmers'],
    kana: { 農業: 'のうぎょう', スマート農業: 'すまーとのうぎょう', 植物工場: 'しょくぶつこうじょう' },
  }),
  industry('fisheries', '水産', 'Fisheries & Aquaculture', {
    ja: ['水産業', '漁業', '養殖', '陸上養殖', 'フィッシャリーテック'],
    en: ['fisheries', 'fishery', 'fishing', 'aquaculture', 'seafood'],
    kana: { 水産: 'すいさん', 漁業: 'ぎょぎょう' },
  }),
  industry('forestry', '林業', 'Forestry & Timber', {
    ja: ['森林', '木材', '森林資源', '木造建築'],
    en: ['forestry', 'timber', 'forests', 'wood', 'mass timber'],
    kana: { 林業: 'りんぎょう', 森林: 'しんりん', 木材: 'もくざい' },
  }),
  industry('edtech', 'エドテック', 'Edtech', {
    ja: ['教育', '教育テック', 'EdTech', 'eラーニング', 'オンライン学習', '学び', 'STEAM教育', 'プログラミング教育'],
    en: ['education', 'e-learning', 'online learning', 'education technology', 'learning', 'STEAM', 'STEM education'],
    kana: { 教育: 'きょういく', 学び: 'まなび' },
  }),
  industry('proptech', 'プロップテック', 'Proptech', {
    ja: ['不動産', '不動産テック', '不動産業', '不動産DX'],
    en: ['real estate', 'real estate tech', 'property tech', 'property'],
    kana: { 不動産: 'ふどうさん' },
  }),
  industry('construction', '建設', 'Construction', {
    ja: ['建設業', 'コンテック', '建設テック', '建設DX', 'インフラ', 'インフラ点検'],
    en: ['construction tech', 'contech', 'construction industry', 'infrastructure'],
    kana: { 建設: 'けんせつ', 建設業: 'けんせつぎょう' },
  }),
  industry('retail', '小売', 'Retail', {
    ja: ['小売り', '小売業', 'リテール', 'リテールテック', '店舗', '無人店舗', 'OMO'],
    en: ['retail tech', 'retailtech', 'stores', 'shops', 'brick and mortar', 'unmanned stores'],
    kana: { 小売: 'こうり' },
  }),
  industry('e-commerce', 'EC・ネット通販', 'E-commerce', {
    ja: ['EC', 'eコマース', '通販', 'ネットショップ', 'オンラインショップ', '越境EC'],
    en: ['ecommerce', 'e-commerce', 'online shopping', 'online retail', 'cross-border e-commerce', 'online store'],
    kana: { 通販: 'つうはん' },
  }),
  industry('tourism', '観光', 'Tourism', {
    ja: ['ツーリズム', '旅行', '観光業', 'トラベル', '観光DX', 'ツアー'],
    en: ['travel', 'travel tech', 'traveltech', 'tours', 'tourism industry'],
    kana: { 観光: 'かんこう', 旅行: 'りょこう' },
  }),
  industry('hospitality', 'ホスピタリティ', 'Hospitality', {
    ja: ['宿泊', 'ホテル', '旅館', '宿泊業', '民泊'],
    en: ['hotels', 'hotel', 'lodging', 'accommodation', 'ryokan', 'vacation rentals'],
    kana: { 宿泊: 'しゅくはく', 旅館: 'りょかん', 民泊: 'みんぱく' },
  }),
  industry('logistics', '物流', 'Logistics', {
    ja: ['ロジスティクス', '物流DX', '配送', 'ラストワンマイル', '倉庫', '物流2024年問題'],
    en: ['logistics tech', 'delivery', 'last mile', 'last-mile delivery', 'warehousing', 'freight'],
    kana: { 物流: 'ぶつりゅう', 配送: 'はいそう', 倉庫: 'そうこ' },
  }),
  industry('supply-chain', 'サプライチェーン', 'Supply Chain', {
    ja: ['SCM', '調達', 'サプライチェーンマネジメント', 'トレーサビリティ'],
    en: ['supply chain management', 'SCM', 'procurement', 'sourcing', 'traceability'],
    kana: { 調達: 'ちょうたつ' },
  }),
  industry('port', '港湾', 'Ports & Harbours', {
    ja: ['港', '港湾物流', '港湾DX', 'スマートポート', 'カーボンニュートラルポート', '港まち'],
    en: ['port', 'ports', 'harbor', 'harbour', 'port logistics', 'smart port', 'carbon neutral port', 'waterfront'],
    kana: { 港湾: 'こうわん', 港: 'みなと', 港湾物流: 'こうわんぶつりゅう' },
  }),
  industry('maritime', '海事・海洋', 'Maritime & Ocean', {
    ja: ['海運', '船舶', '造船', '海洋', 'マリン', 'ブルーエコノミー', '海事', 'オーシャンテック'],
    en: ['maritime', 'shipping', 'ships', 'shipbuilding', 'ocean', 'marine', 'blue economy', 'ocean tech'],
    kana: { 海運: 'かいうん', 船舶: 'せんぱく', 造船: 'ぞうせん', 海洋: 'かいよう' },
  }),
  industry('manufacturing', '製造業', 'Manufacturing', {
    ja: ['ものづくり', '製造', '工場', 'スマートファクトリー', '町工場', 'インダストリー4.0'],
    en: ['factory', 'factories', 'smart factory', 'industry 4.0', 'production'],
    kana: { 製造業: 'せいぞうぎょう', 製造: 'せいぞう', 町工場: 'まちこうば' },
  }),
  industry('chemicals', '化学', 'Chemicals', {
    ja: ['化学産業', 'ケミカル', '化学品', '素材化学'],
    en: ['chemical industry', 'chemistry', 'chemical'],
  }),
  industry('energy', 'エネルギー', 'Energy', {
    ja: ['電力', 'エネルギー業界', '電気', 'エナジー', 'エネルギーテック', '電力小売'],
    en: ['power', 'electricity', 'utilities', 'energy tech', 'energytech', 'power utilities'],
    kana: { 電力: 'でんりょく' },
  }),
  industry('renewable-energy', '再生可能エネルギー', 'Renewable Energy', {
    ja: ['再エネ', '太陽光', '太陽光発電', '風力発電', '洋上風力', '自然エネルギー', '地熱'],
    en: ['renewables', 'solar', 'solar power', 'wind power', 'offshore wind', 'clean energy', 'geothermal'],
    kana: {
      再エネ: 'さいえね',
      太陽光: 'たいようこう',
      洋上風力: 'ようじょうふうりょく',
      風力発電: 'ふうりょくはつでん',
    },
  }),
  industry('climate-tech', 'クライメートテック', 'Climate Tech', {
    ja: ['クライメイトテック', '気候テック', 'クリーンテック', 'グリーンテック', '環境テック'],
    en: ['climatetech', 'cleantech', 'clean tech', 'greentech', 'green tech', 'environmental tech'],
  }),
  industry('entertainment', 'エンターテインメント', 'Entertainment', {
    ja: ['エンタメ', 'エンターテイメント', '興行', 'ライブエンターテインメント', 'ライブイベント', 'コンサート'],
    en: ['entertainment industry', 'live entertainment', 'showbiz', 'concerts', 'live events'],
  }),
  industry('sports', 'スポーツ', 'Sports', {
    ja: ['スポーツテック', 'スポーツビジネス', 'アスリート', 'プロスポーツ', 'スタジアム'],
    en: ['sport', 'sports tech', 'sportstech', 'athletes', 'sports business', 'stadiums'],
  }),
  industry('esports', 'eスポーツ', 'Esports', {
    ja: ['イースポーツ', 'エレクトロニック・スポーツ', 'プロゲーマー', 'ゲーム大会'],
    en: ['e-sports', 'electronic sports', 'competitive gaming', 'pro gamers'],
  }),
  industry('gaming', 'ゲーム', 'Games', {
    ja: ['ゲーム業界', 'ゲーム産業', 'ビデオゲーム', 'テレビゲーム', 'スマホゲーム', 'ボードゲーム'],
    en: ['game', 'gaming', 'video games', 'gaming industry', 'mobile games', 'board games'],
  }),
  industry('fitness', 'フィットネス', 'Fitness', {
    ja: ['ジム', '筋トレ', 'トレーニングジム', 'ヨガ', 'パーソナルトレーニング'],
    en: ['gym', 'gyms', 'workout', 'yoga', 'personal training'],
    kana: { 筋トレ: 'きんとれ' },
  }),
  industry('beauty', '美容', 'Beauty', {
    ja: ['ビューティー', 'コスメ', '化粧品', 'ビューティーテック', '美容テック', 'スキンケア', 'ヘアサロン'],
    en: ['cosmetics', 'beauty tech', 'beautytech', 'skincare', 'skin care', 'salons'],
    kana: { 美容: 'びよう', 化粧品: 'けしょうひん' },
  }),
  industry('legaltech', 'リーガルテック', 'Legaltech', {
    ja: ['法律', '法務', '法務テック', '電子契約', '契約書', '弁護士'],
    en: ['legal tech', 'legal', 'law', 'e-signature', 'contracts', 'lawyers'],
    kana: { 法律: 'ほうりつ', 法務: 'ほうむ', 電子契約: 'でんしけいやく', 弁護士: 'べんごし' },
  }),
  industry('hr-tech', 'HRテック', 'HR Tech', {
    ja: ['人事', '採用', '人材', '人材サービス', 'HR', '人的資本経営', 'タレントマネジメント'],
    en: ['HR', 'hrtech', 'human resources', 'recruiting', 'recruitment', 'hiring', 'talent management'],
    kana: { 人事: 'じんじ', 採用: 'さいよう', 人材: 'じんざい' },
  }),
  industry('media', 'メディア', 'Media', {
    ja: ['マスメディア', '報道', 'ニュース', '放送', 'テレビ', 'ラジオ', 'ジャーナリズム', 'Webメディア'],
    en: ['news', 'broadcasting', 'journalism', 'TV', 'television', 'radio', 'mass media', 'media industry'],
    kana: { 報道: 'ほうどう' },
  }),
  industry('advertising', '広告', 'Advertising', {
    ja: ['広告業', 'アドテク', 'アドテック', '広告代理店', 'デジタル広告', 'OOH'],
    en: ['ads', 'adtech', 'ad tech', 'ad agency', 'advertising agency', 'digital advertising', 'out-of-home'],
    kana: { 広告: 'こうこく', 広告代理店: 'こうこくだいりてん' },
  }),
  industry('telecom', '通信', 'Telecommunications', {
    ja: ['テレコム', '通信キャリア', '通信業界', '通信インフラ'],
    en: ['telecom', 'telecoms', 'telco', 'telcos', 'mobile carriers', 'network infrastructure'],
    kana: { 通信: 'つうしん' },
  }),
  industry('pets', 'ペット', 'Pets & Animals', {
    ja: ['ペットテック', 'ペット産業', '動物', '動物病院'],
    en: ['pet', 'pet care', 'pettech', 'pet tech', 'animals', 'veterinary'],
    kana: { 動物: 'どうぶつ' },
  }),
  industry('govtech', 'ガブテック', 'GovTech', {
    ja: ['行政', '自治体', '行政DX', '自治体DX', '行政サービス', 'デジタル行政'],
    en: ['gov tech', 'public sector', 'government', 'local government', 'e-government', 'municipalities'],
    kana: { 行政: 'ぎょうせい', 自治体: 'じちたい' },
  }),
  industry('events', 'イベント', 'Events & MICE', {
    ja: ['MICE', 'イベント企画', 'イベント運営', '展示会', 'カンファレンス', '国際会議'],
    en: ['event', 'events', 'event planning', 'trade shows', 'trade fairs', 'conferences', 'conventions'],
    kana: { 展示会: 'てんじかい', 国際会議: 'こくさいかいぎ' },
  }),
];

const SOCIAL: TagDto[] = [
  social('sustainability', 'サステナビリティ', 'Sustainability', {
    ja: ['サステナブル', 'サスティナビリティ', 'サステイナビリティ', '持続可能性', '持続可能', '環境'],
    en: ['sustainable', 'environment', 'environmental', 'eco-friendly', 'green'],
    kana: { 持続可能性: 'じぞくかのうせい', 持続可能: 'じぞくかのう', 環境: 'かんきょう' },
  }),
  social('sdgs', 'SDGs', 'SDGs', {
    ja: ['持続可能な開発目標', 'エスディージーズ', 'SDG'],
    en: ['sustainable development goals', 'global goals', 'SDG'],
    kana: { 持続可能な開発目標: 'じぞくかのうなかいはつもくひょう' },
  }),
  social('esg', 'ESG', 'ESG', {
    ja: ['ESG経営', 'ESG投資', '非財務情報', 'サステナビリティ経営'],
    en: ['ESG investing', 'ESG reporting', 'corporate sustainability'],
  }),
  social('decarbonization', '脱炭素', 'Decarbonisation', {
    ja: ['脱炭素化', 'カーボンニュートラル', 'ネットゼロ', 'CO2削減', '温室効果ガス削減', 'ゼロカーボン', '低炭素'],
    en: [
      'decarbonization',
      'carbon neutral',
      'carbon neutrality',
      'net zero',
      'zero carbon',
      'low carbon',
      'GHG reduction',
    ],
    kana: { 脱炭素: 'だつたんそ', 脱炭素化: 'だつたんそか', 低炭素: 'ていたんそ' },
  }),
  social('gx', 'GX', 'GX (Green Transformation)', {
    ja: ['グリーントランスフォーメーション', 'グリーン・トランスフォーメーション'],
    en: ['green transformation'],
  }),
  social('dx', 'DX', 'DX (Digital Transformation)', {
    ja: ['デジタルトランスフォーメーション', 'デジタル化', 'デジタル変革', 'IT化', 'ペーパーレス'],
    en: ['digital transformation', 'digitalization', 'digitalisation', 'digitization', 'paperless'],
    kana: { デジタル化: 'でじたるか', デジタル変革: 'でじたるへんかく' },
  }),
  social('climate', '気候変動', 'Climate Action', {
    ja: ['気候変動対策', '地球温暖化', '温暖化', '気候危機', 'クライメートアクション', '適応策'],
    en: ['climate change', 'climate crisis', 'global warming', 'climate', 'climate adaptation'],
    kana: { 気候変動: 'きこうへんどう', 地球温暖化: 'ちきゅうおんだんか', 温暖化: 'おんだんか' },
  }),
  social('circular-economy', 'サーキュラーエコノミー', 'Circular Economy', {
    ja: [
      '循環型経済',
      '循環経済',
      'リサイクル',
      'アップサイクル',
      'リユース',
      '資源循環',
      '脱プラスチック',
      'サーキュラー',
    ],
    en: ['circularity', 'recycling', 'upcycling', 'reuse', 'zero waste', 'waste reduction', 'plastic-free', 'circular'],
    kana: { 循環型経済: 'じゅんかんがたけいざい', 資源循環: 'しげんじゅんかん', 循環経済: 'じゅんかんけいざい' },
  }),
  social('food-loss', 'フードロス', 'Food Loss & Waste', {
    ja: ['食品ロス', '食品廃棄', 'フードロス削減', 'フードバンク'],
    en: ['food waste', 'food loss', 'food banks', 'surplus food'],
    kana: { 食品ロス: 'しょくひんろす', 食品廃棄: 'しょくひんはいき' },
  }),
  social('biodiversity', '生物多様性', 'Biodiversity', {
    ja: ['ネイチャーポジティブ', '自然資本', '生態系', '自然保護', '里山'],
    en: ['nature positive', 'natural capital', 'ecology', 'conservation', 'nature conservation', 'satoyama'],
    kana: {
      生物多様性: 'せいぶつたようせい',
      自然資本: 'しぜんしほん',
      生態系: 'せいたいけい',
      自然保護: 'しぜんほご',
    },
  }),
  social('urban-greening', '都市緑化', 'Urban Greening', {
    ja: ['緑化', 'グリーンインフラ', '公園', 'まちなか緑化', '園芸'],
    en: ['green infrastructure', 'urban green', 'greening', 'parks', 'horticulture', 'urban nature'],
    kana: { 都市緑化: 'としりょくか', 緑化: 'りょっか' },
  }),
  social('diversity-inclusion', 'ダイバーシティ＆インクルージョン', 'Diversity & Inclusion', {
    ja: ['ダイバーシティ', 'インクルージョン', 'D&I', 'DEI', 'DE&I', '多様性', '包摂'],
    en: ['diversity', 'inclusion', 'diversity and inclusion', 'DEI', 'equity and inclusion', 'inclusive society'],
    kana: { 多様性: 'たようせい', 包摂: 'ほうせつ' },
  }),
  social('gender-equality', 'ジェンダー平等', 'Gender Equality', {
    ja: ['ジェンダー', '女性活躍', '女性起業家', '女性エンパワーメント', 'ジェンダーギャップ'],
    en: ['gender', 'women in tech', 'women entrepreneurs', "women's empowerment", 'gender gap', 'female founders'],
    kana: { ジェンダー平等: 'じぇんだーびょうどう', 女性活躍: 'じょせいかつやく', 女性起業家: 'じょせいきぎょうか' },
  }),
  social('lgbtq', 'LGBTQ+', 'LGBTQ+', {
    ja: ['LGBT', 'LGBTQ', '性的マイノリティ', 'セクシュアルマイノリティ', 'SOGI', 'パートナーシップ制度'],
    en: ['LGBTQIA+', 'queer', 'pride', 'sexual minorities', 'same-sex partnership'],
    kana: { 性的マイノリティ: 'せいてきまいのりてぃ' },
  }),
  social('ageing-society', '高齢化社会', 'Ageing Society', {
    ja: ['高齢化', '超高齢社会', '少子高齢化', 'シニア', '高齢者', 'エイジテック', '人生100年時代'],
    en: [
      'aging society',
      'ageing',
      'aging',
      'seniors',
      'elderly',
      'age tech',
      'agetech',
      'longevity',
      'silver economy',
    ],
    kana: {
      高齢化社会: 'こうれいかしゃかい',
      高齢化: 'こうれいか',
      高齢者: 'こうれいしゃ',
      超高齢社会: 'ちょうこうれいしゃかい',
    },
  }),
  social('disaster-prevention', '防災', 'Disaster Prevention', {
    ja: ['減災', '防災テック', '災害対策', '防災DX', 'レジリエンス', '災害', '国土強靱化', '国土強靭化', 'BCP'],
    en: [
      'disaster resilience',
      'resilience',
      'disaster risk reduction',
      'DRR',
      'disaster management',
      'disaster tech',
      'BCP',
    ],
    kana: { 防災: 'ぼうさい', 減災: 'げんさい', 災害対策: 'さいがいたいさく', 災害: 'さいがい' },
  }),
  social('public-safety', '防犯・安全', 'Public Safety', {
    ja: ['防犯', '安全', '安心安全', '治安', '交通安全'],
    en: ['safety', 'crime prevention', 'security cameras', 'road safety'],
    kana: { 防犯: 'ぼうはん', 安全: 'あんぜん', 治安: 'ちあん', 交通安全: 'こうつうあんぜん' },
  }),
  social('community', 'コミュニティ', 'Community', {
    ja: ['コミュニティ形成', '地域コミュニティ', 'つながり', 'コミュニティデザイン', '居場所'],
    en: ['community building', 'communities', 'local community', 'community design', 'third place'],
    kana: { 居場所: 'いばしょ' },
  }),
  social('urban-development', 'まちづくり', 'Urban Development', {
    ja: [
      '街づくり',
      '町づくり',
      '都市開発',
      '都市計画',
      '地域づくり',
      '再開発',
      'エリアマネジメント',
      'プレイスメイキング',
    ],
    en: [
      'town planning',
      'urban planning',
      'city planning',
      'urban regeneration',
      'placemaking',
      'area management',
      'redevelopment',
    ],
    kana: { 都市開発: 'としかいはつ', 都市計画: 'としけいかく', 再開発: 'さいかいはつ' },
  }),
  social('creative-city', '創造都市', 'Creative City', {
    ja: ['クリエイティブシティ', '文化芸術創造都市', 'アートによるまちづくり', 'クリエイティブ産業'],
    en: ['creative cities', 'creative industries', 'creative economy', 'arts-led regeneration'],
    kana: { 創造都市: 'そうぞうとし' },
  }),
  social('regional-revitalization', '地方創生', 'Regional Revitalisation', {
    ja: ['地域活性化', '地方活性化', '地域創生', 'まちおこし', '町おこし', '地域振興', '関係人口', '移住'],
    en: [
      'regional revitalization',
      'local revitalization',
      'rural revitalization',
      'regional development',
      'relocation',
    ],
    kana: {
      地方創生: 'ちほうそうせい',
      地域活性化: 'ちいきかっせいか',
      地域振興: 'ちいきしんこう',
      関係人口: 'かんけいじんこう',
    },
  }),
  social('local-economy', '地域経済', 'Local Economy', {
    ja: ['地産地消', 'ローカルビジネス', '商店街', '地元企業', 'ローカル'],
    en: ['local business', 'local businesses', 'shopping streets', 'buy local', 'farm to table', 'local'],
    kana: { 地域経済: 'ちいきけいざい', 地産地消: 'ちさんちしょう', 商店街: 'しょうてんがい' },
  }),
  social('wellbeing', 'ウェルビーイング', 'Wellbeing', {
    ja: ['ウェルネス', '幸福度', 'ウェルビーイング経営', 'ウエルビーイング', 'QOL'],
    en: ['well-being', 'wellness', 'happiness', 'quality of life', 'QOL'],
    kana: { 幸福度: 'こうふくど' },
  }),
  social('mental-health', 'メンタルヘルス', 'Mental Health', {
    ja: ['心の健康', 'メンタルケア', 'マインドフルネス', 'カウンセリング'],
    en: ['mental wellness', 'mental care', 'mindfulness', 'counseling', 'counselling'],
    kana: { 心の健康: 'こころのけんこう' },
  }),
  social('childcare', '子育て', 'Childcare & Parenting', {
    ja: ['子育て支援', '育児', '保育', 'ベビーテック', '少子化対策', '少子化', '子ども', '子供', 'キッズ'],
    en: ['parenting', 'child care', 'babytech', 'baby tech', 'children', 'kids', 'early childhood', 'family'],
    kana: { 子育て: 'こそだて', 育児: 'いくじ', 保育: 'ほいく', 子ども: 'こども', 少子化: 'しょうしか' },
  }),
  social('accessibility', 'アクセシビリティ', 'Accessibility', {
    ja: ['バリアフリー', 'ユニバーサルデザイン', 'インクルーシブデザイン', '障害者', '障がい者', '合理的配慮'],
    en: ['a11y', 'barrier-free', 'universal design', 'inclusive design', 'disability', 'disabilities'],
    kana: { 障害者: 'しょうがいしゃ', 合理的配慮: 'ごうりてきはいりょ' },
  }),
  social('inbound-tourism', 'インバウンド', 'Inbound Tourism', {
    ja: ['訪日観光', '訪日外国人', 'インバウンド観光', '訪日旅行', '外国人観光客'],
    en: ['inbound', 'inbound travel', 'visitors to japan', 'foreign tourists', 'international visitors'],
    kana: { 訪日観光: 'ほうにちかんこう', 訪日外国人: 'ほうにちがいこくじん' },
  }),
  social('night-economy', 'ナイトタイムエコノミー', 'Night-time Economy', {
    ja: ['ナイトエコノミー', '夜間経済', 'ナイトライフ', '夜の経済', 'ナイトカルチャー'],
    en: ['night economy', 'nightlife', 'nighttime economy', 'night culture', 'night tourism'],
    kana: { 夜間経済: 'やかんけいざい' },
  }),
  social('multicultural', '多文化共生', 'Multicultural Society', {
    ja: ['多文化', '国際交流', '在留外国人', '外国人住民', '共生社会', 'インターカルチュラル'],
    en: ['multiculturalism', 'multicultural', 'intercultural', 'foreign residents', 'international exchange'],
    kana: { 多文化共生: 'たぶんかきょうせい', 国際交流: 'こくさいこうりゅう', 共生社会: 'きょうせいしゃかい' },
  }),
  social('cultural-heritage', '歴史・文化財', 'Cultural Heritage', {
    ja: ['文化財', '文化遺産', '歴史', '伝統文化', '日本文化', '歴史的建造物'],
    en: ['heritage', 'history', 'japanese culture', 'traditional culture', 'historic buildings'],
    kana: { 文化財: 'ぶんかざい', 文化遺産: 'ぶんかいさん', 歴史: 'れきし', 伝統文化: 'でんとうぶんか' },
  }),
  social('work-style', '働き方改革', 'Future of Work', {
    ja: [
      '働き方',
      'リモートワーク',
      'テレワーク',
      'ハイブリッドワーク',
      'ワーケーション',
      '副業',
      '複業',
      'パラレルキャリア',
    ],
    en: ['remote work', 'hybrid work', 'telework', 'workation', 'side jobs', 'parallel career', 'work style reform'],
    kana: { 働き方改革: 'はたらきかたかいかく', 働き方: 'はたらきかた', 副業: 'ふくぎょう' },
  }),
  social('reskilling', 'リスキリング', 'Reskilling', {
    ja: ['学び直し', 'リカレント教育', '社会人教育', 'アップスキリング', '生涯学習'],
    en: ['upskilling', 'lifelong learning', 'recurrent education', 'adult education'],
    kana: { 学び直し: 'まなびなおし', 生涯学習: 'しょうがいがくしゅう' },
  }),
  social('youth', '若者・学生', 'Youth & Students', {
    ja: ['若者', '学生', 'Z世代', 'ユース', '学生起業', '学生起業家', '大学生'],
    en: ['youth', 'students', 'gen z', 'young people', 'student entrepreneurs', 'university students'],
    kana: { 若者: 'わかもの', 学生: 'がくせい', 大学生: 'だいがくせい' },
  }),
  social('social-impact', '社会課題解決', 'Social Impact', {
    ja: [
      '社会課題',
      'ソーシャルインパクト',
      '社会的インパクト',
      'ソーシャルビジネス',
      '社会起業家',
      'ソーシャルグッド',
      '社会貢献',
    ],
    en: [
      'social good',
      'social innovation',
      'social business',
      'social enterprise',
      'social entrepreneurship',
      'impact',
    ],
    kana: { 社会課題: 'しゃかいかだい', 社会課題解決: 'しゃかいかだいかいけつ', 社会貢献: 'しゃかいこうけん' },
  }),
  social('ethical-consumption', 'エシカル消費', 'Ethical Consumption', {
    ja: ['エシカル', 'フェアトレード', 'サステナブルファッション', 'エシカルファッション'],
    en: ['ethical', 'fair trade', 'fairtrade', 'conscious consumption', 'sustainable fashion', 'ethical fashion'],
    kana: { エシカル消費: 'えしかるしょうひ' },
  }),
  social('civic-tech', 'シビックテック', 'Civic Tech', {
    ja: ['オープンデータ', '市民参加', 'Code for Japan', '住民参加'],
    en: ['civictech', 'open data', 'civic engagement', 'citizen participation', 'participatory'],
    kana: { 市民参加: 'しみんさんか', 住民参加: 'じゅうみんさんか' },
  }),
  social('volunteering', 'ボランティア', 'Volunteering', {
    ja: ['プロボノ', 'ボランティア活動', '地域貢献'],
    en: ['volunteer', 'volunteers', 'pro bono', 'probono'],
    kana: { 地域貢献: 'ちいきこうけん' },
  }),
  social('nonprofits', 'NPO・NGO', 'Nonprofits', {
    ja: ['NPO', 'NPO法人', 'NGO', '非営利', '非営利団体', '一般社団法人', '社団法人'],
    en: ['NPO', 'NGO', 'nonprofit', 'non-profit', 'charity', 'charities', 'not-for-profit'],
    kana: { 非営利: 'ひえいり', 非営利団体: 'ひえいりだんたい' },
  }),
  social('startup-ecosystem', 'スタートアップエコシステム', 'Startup Ecosystem', {
    ja: [
      'エコシステム',
      'スタートアップ支援',
      '起業支援',
      'イノベーションエコシステム',
      'スタートアップ拠点都市',
      '創業支援',
    ],
    en: [
      'ecosystem',
      'startup support',
      'innovation ecosystem',
      'startup hub',
      'global startup hub',
      'innovation district',
    ],
    kana: { 起業支援: 'きぎょうしえん', 創業支援: 'そうぎょうしえん' },
  }),
];

const BUSINESS: TagDto[] = [
  business('open-innovation', 'オープンイノベーション', 'Open Innovation', {
    ja: ['共創', '協業', '事業共創', '価値共創', 'コラボレーション', '大企業×スタートアップ'],
    en: ['co-creation', 'cocreation', 'collaboration', 'corporate innovation', 'corporate-startup collaboration'],
    kana: { 協業: 'きょうぎょう', 事業共創: 'じぎょうきょうそう', 価値共創: 'かちきょうそう' },
  }),
  business('poc', 'PoC・実証実験', 'PoC / Pilots', {
    ja: ['PoC', '実証実験', '概念実証', '実証', '社会実装', 'トライアル', '実証フィールド'],
    en: ['proof of concept', 'pilot', 'pilots', 'pilot project', 'field trial', 'field trials', 'testbed'],
    kana: {
      実証実験: 'じっしょうじっけん',
      概念実証: 'がいねんじっしょう',
      実証: 'じっしょう',
      社会実装: 'しゃかいじっそう',
    },
  }),
  business('regulatory-sandbox', '規制改革・サンドボックス', 'Regulatory Sandbox', {
    ja: ['規制のサンドボックス', 'サンドボックス', '規制緩和', '規制改革', '特区', '国家戦略特区', 'ルールメイキング'],
    en: ['sandbox', 'regulatory reform', 'deregulation', 'special zones', 'rule making', 'rulemaking', 'policy making'],
    kana: { 規制緩和: 'きせいかんわ', 規制改革: 'きせいかいかく', 特区: 'とっく' },
  }),
  business('b2b', 'BtoB', 'B2B', {
    ja: ['法人向け', '企業向け', 'BtoBビジネス'],
    en: ['BtoB', 'business to business', 'enterprise', 'enterprise sales'],
    kana: { 法人向け: 'ほうじんむけ', 企業向け: 'きぎょうむけ' },
  }),
  business('b2c', 'BtoC', 'B2C', {
    ja: ['消費者向け', '一般消費者向け', 'コンシューマー向け', 'BtoCビジネス'],
    en: ['BtoC', 'business to consumer', 'consumer', 'consumers', 'consumer products'],
    kana: { 消費者向け: 'しょうひしゃむけ' },
  }),
  business('b2b-saas', 'B2B SaaS', 'B2B SaaS', {
    ja: ['SaaS', 'サース', 'BtoB SaaS', 'バーティカルSaaS', 'ホリゾンタルSaaS', '業務システム'],
    en: ['SaaS', 'software as a service', 'vertical SaaS', 'horizontal SaaS', 'enterprise software'],
    kana: { 業務システム: 'ぎょうむしすてむ' },
  }),
  business('d2c', 'D2C', 'D2C', {
    ja: ['DtoC', 'ダイレクト・トゥ・コンシューマー', '直販', '自社EC', 'D2Cブランド'],
    en: ['DTC', 'DtoC', 'direct to consumer', 'D2C brands'],
    kana: { 直販: 'ちょくはん' },
  }),
  business('crowdfunding', 'クラウドファンディング', 'Crowdfunding', {
    ja: [
      'クラファン',
      '購入型クラウドファンディング',
      '株式投資型クラウドファンディング',
      'ふるさと納税型クラウドファンディング',
    ],
    en: ['crowd funding', 'equity crowdfunding', 'reward crowdfunding'],
  }),
  business('ir', 'IR・投資家向け広報', 'Investor Relations', {
    ja: ['IR', 'インベスター・リレーションズ', '投資家向け広報', 'IR活動', '決算説明'],
    en: ['IR', 'investor relations', 'investor communications', 'earnings calls'],
    kana: { 投資家向け広報: 'とうしかむけこうほう' },
  }),
  business('fundraising', '資金調達', 'Fundraising', {
    ja: ['シードラウンド', 'シリーズA', '増資', 'エクイティファイナンス', 'デットファイナンス', '融資', '調達ラウンド'],
    en: [
      'fund raising',
      'funding',
      'raising capital',
      'seed round',
      'series A',
      'equity financing',
      'debt financing',
      'loans',
    ],
    kana: { 資金調達: 'しきんちょうたつ', 増資: 'ぞうし' },
  }),
  business('vc', 'ベンチャーキャピタル', 'Venture Capital', {
    ja: ['VC', '投資', 'ベンチャー投資', 'エンジェル投資家', 'エンジェル投資', 'スタートアップ投資', '投資家'],
    en: [
      'VC',
      'VCs',
      'venture capital',
      'angel investors',
      'angel investing',
      'angels',
      'investors',
      'investment',
      'startup investment',
    ],
    kana: { 投資: 'とうし', 投資家: 'とうしか' },
  }),
  business('cvc', 'CVC', 'Corporate Venture Capital', {
    ja: ['コーポレートベンチャーキャピタル', 'コーポレートベンチャリング', '事業会社による投資'],
    en: ['corporate venturing', 'corporate VC', 'CVC'],
  }),
  business('impact-investing', 'インパクト投資', 'Impact Investing', {
    ja: ['インパクトファイナンス', 'ソーシャルファイナンス', 'インパクトスタートアップ'],
    en: ['impact investment', 'impact finance', 'social finance', 'impact startups'],
    kana: { インパクト投資: 'いんぱくととうし' },
  }),
  business('m-and-a', 'M&A', 'M&A', {
    ja: ['買収', '合併', 'エムアンドエー', '事業売却', 'バイアウト'],
    en: ['mergers and acquisitions', 'acquisition', 'acquisitions', 'buyout'],
    kana: { 買収: 'ばいしゅう', 合併: 'がっぺい', 事業売却: 'じぎょうばいきゃく' },
  }),
  business('ipo', 'IPO・上場', 'IPO', {
    ja: ['IPO', '上場', '株式公開', '新規上場', 'グロース市場'],
    en: ['initial public offering', 'listing', 'going public', 'stock listing'],
    kana: { 上場: 'じょうじょう', 株式公開: 'かぶしきこうかい' },
  }),
  business('business-succession', '事業承継', 'Business Succession', {
    ja: ['後継者', '後継者不足', '事業継承', 'アトツギ', '跡継ぎ', '家業', '家業イノベーション'],
    en: ['succession', 'succession planning', 'family business', 'family businesses', 'next-generation owners'],
    kana: { 事業承継: 'じぎょうしょうけい', 後継者: 'こうけいしゃ', 跡継ぎ: 'あとつぎ', 家業: 'かぎょう' },
  }),
  business('new-business', '新規事業', 'New Business Development', {
    ja: ['新規事業開発', '事業開発', '社内起業', 'イントラプレナー', '社内ベンチャー', '新規事業創出', 'BizDev'],
    en: [
      'business development',
      'bizdev',
      'biz dev',
      'intrapreneurship',
      'intrapreneur',
      'venture building',
      'new ventures',
    ],
    kana: { 新規事業: 'しんきじぎょう', 事業開発: 'じぎょうかいはつ', 社内起業: 'しゃないきぎょう' },
  }),
  business('entrepreneurship', '起業', 'Entrepreneurship', {
    ja: ['起業家', 'アントレプレナーシップ', 'スタートアップ', 'ベンチャー', '創業', '起業家精神', 'ベンチャー企業'],
    en: ['startup', 'startups', 'entrepreneur', 'entrepreneurs', 'founder', 'founders', 'venture', 'ventures'],
    kana: { 起業家: 'きぎょうか', 創業: 'そうぎょう', 起業家精神: 'きぎょうかせいしん' },
  }),
  business('accelerator', 'アクセラレーター', 'Accelerators & Incubators', {
    ja: [
      'アクセラレーションプログラム',
      'インキュベーター',
      'インキュベーション',
      'インキュベーション施設',
      'アクセラ',
    ],
    en: [
      'accelerator',
      'accelerators',
      'accelerator program',
      'accelerator programme',
      'incubator',
      'incubators',
      'incubation',
    ],
  }),
  business('pitch', 'ピッチ', 'Pitching', {
    ja: ['ピッチイベント', 'ピッチコンテスト', 'デモデイ', 'ピッチ資料', 'ピッチデック'],
    en: ['pitch', 'pitches', 'pitch event', 'pitch contest', 'demo day', 'demoday', 'pitch deck'],
  }),
  business('hackathon', 'ハッカソン', 'Hackathons', {
    ja: ['アイデアソン', 'ビジネスコンテスト', 'ビジコン', 'ハッカソンイベント', 'ゲームジャム'],
    en: ['hackathon', 'ideathon', 'business contest', 'business plan competition', 'game jam'],
  }),
  business('business-matching', 'ビジネスマッチング', 'Business Matching', {
    ja: ['マッチング', '商談', '商談会', 'パートナー探し', '協業先探し', 'ビジネスパートナー'],
    en: ['matchmaking', 'matching', 'partner search', 'business meetings', 'B2B matching', 'business partners'],
    kana: { 商談: 'しょうだん', 商談会: 'しょうだんかい', 協業先探し: 'きょうぎょうさきさがし' },
  }),
  business('networking', '交流会', 'Networking', {
    ja: ['ネットワーキング', '交流', '異業種交流', 'ミートアップ', '懇親会', '勉強会'],
    en: ['meetup', 'meetups', 'networking events', 'mixer', 'mixers', 'study groups'],
    kana: {
      交流会: 'こうりゅうかい',
      異業種交流: 'いぎょうしゅこうりゅう',
      懇親会: 'こんしんかい',
      勉強会: 'べんきょうかい',
    },
  }),
  business('partnerships', '業務提携', 'Partnerships & Alliances', {
    ja: ['提携', '資本提携', '資本業務提携', 'アライアンス', 'パートナーシップ', 'ジョイントベンチャー', '合弁'],
    en: ['partnership', 'partnerships', 'alliances', 'alliance', 'strategic partnership', 'joint venture', 'JV'],
    kana: { 業務提携: 'ぎょうむていけい', 資本提携: 'しほんていけい', 資本業務提携: 'しほんぎょうむていけい' },
  }),
  business('ppp', '官民連携', 'Public-Private Partnership', {
    ja: ['公民連携', 'PPP', 'PFI', '産官学連携', '産学官連携', '行政との連携'],
    en: ['PPP', 'PFI', 'public-private partnerships', 'government partnerships'],
    kana: {
      官民連携: 'かんみんれんけい',
      公民連携: 'こうみんれんけい',
      産学官連携: 'さんがくかんれんけい',
      産官学連携: 'さんかんがくれんけい',
    },
  }),
  business('industry-academia', '産学連携', 'Industry-Academia Collaboration', {
    ja: ['共同研究', '大学連携', '研究機関', 'アカデミア'],
    en: ['university collaboration', 'joint research', 'academic partnerships', 'academia', 'research institutes'],
    kana: { 産学連携: 'さんがくれんけい', 共同研究: 'きょうどうけんきゅう', 大学連携: 'だいがくれんけい' },
  }),
  business('university-spinouts', '大学発スタートアップ', 'University Spinouts', {
    ja: ['大学発ベンチャー', '研究成果の事業化', 'カーブアウト', '技術移転'],
    en: ['spinouts', 'spin-offs', 'spinoffs', 'university startups', 'academic startups', 'carve-out', 'tech transfer'],
    kana: { 大学発ベンチャー: 'だいがくはつべんちゃー', 技術移転: 'ぎじゅついてん' },
  }),
  business('marketing', 'マーケティング', 'Marketing', {
    ja: [
      'デジタルマーケティング',
      '販促',
      '集客',
      'グロース',
      'グロースハック',
      'プロモーション',
      'コンテンツマーケティング',
    ],
    en: ['digital marketing', 'growth', 'growth hacking', 'promotion', 'go-to-market', 'GTM', 'content marketing'],
    kana: { 販促: 'はんそく', 集客: 'しゅうきゃく' },
  }),
  business('social-media', 'SNS', 'Social Media', {
    ja: ['ソーシャルメディア', 'SNS運用', 'SNSマーケティング', 'SNS発信'],
    en: ['SNS', 'social media marketing', 'social networks', 'social networking'],
  }),
  business('pr', '広報・PR', 'Public Relations', {
    ja: ['広報', 'PR', 'プレスリリース', 'パブリックリレーションズ', '広報活動', 'メディアリレーションズ'],
    en: ['PR', 'public relations', 'press release', 'press releases', 'communications', 'media relations'],
    kana: { 広報: 'こうほう', 広報活動: 'こうほうかつどう' },
  }),
  business('branding', 'ブランディング', 'Branding', {
    ja: ['ブランド戦略', 'ブランドデザイン', 'ブランド', 'リブランディング', 'ブランドづくり'],
    en: ['brand', 'brand design', 'brand identity', 'brand strategy', 'rebranding'],
    kana: { ブランド戦略: 'ぶらんどせんりゃく' },
  }),
  business('sales', '営業', 'Sales', {
    ja: ['セールス', '法人営業', 'インサイドセールス', '販路開拓', '販路拡大', 'フィールドセールス'],
    en: ['b2b sales', 'inside sales', 'sales development', 'channel development', 'distribution channels'],
    kana: {
      営業: 'えいぎょう',
      販路開拓: 'はんろかいたく',
      販路拡大: 'はんろかくだい',
      法人営業: 'ほうじんえいぎょう',
    },
  }),
  business('customer-experience', '顧客体験', 'Customer Experience', {
    ja: ['CX', 'カスタマーエクスペリエンス', 'カスタマーサクセス', '顧客満足', 'カスタマーサポート'],
    en: ['CX', 'customer success', 'customer satisfaction', 'customer support', 'customer service'],
    kana: { 顧客体験: 'こきゃくたいけん', 顧客満足: 'こきゃくまんぞく' },
  }),
  business('design-thinking', 'デザイン思考', 'Design Thinking', {
    ja: ['デザインシンキング', '人間中心設計', 'HCD', 'デザイン経営'],
    en: ['human-centered design', 'human-centred design', 'HCD', 'design-led innovation', 'design management'],
    kana: { デザイン思考: 'でざいんしこう', 人間中心設計: 'にんげんちゅうしんせっけい' },
  }),
  business('product-management', 'プロダクトマネジメント', 'Product Management', {
    ja: ['PdM', 'プロダクトマネージャー', 'プロダクト開発', 'プロダクトマネジャー'],
    en: ['PdM', 'product manager', 'product managers', 'product development', 'product-led growth'],
  }),
  business('prototyping', 'プロトタイピング', 'Prototyping & MVP', {
    ja: ['プロトタイプ', '試作', '試作品', 'MVP', 'モックアップ', '試作開発'],
    en: ['prototype', 'prototypes', 'MVP', 'minimum viable product', 'mockup', 'mock-up'],
    kana: { 試作品: 'しさくひん', 試作開発: 'しさくかいはつ' },
  }),
  business('consulting', 'コンサルティング', 'Consulting', {
    ja: ['コンサル', 'コンサルタント', '経営コンサル', '経営支援', '伴走支援'],
    en: ['consultancy', 'consultant', 'consultants', 'advisory', 'management consulting'],
    kana: { 経営支援: 'けいえいしえん', 伴走支援: 'ばんそうしえん' },
  }),
  business('mentoring', 'メンタリング', 'Mentoring', {
    ja: ['メンター', '壁打ち', 'アドバイザー', '顧問', 'コーチング'],
    en: ['mentor', 'mentors', 'mentorship', 'advisor', 'advisors', 'adviser', 'coaching'],
    kana: { 壁打ち: 'かべうち', 顧問: 'こもん' },
  }),
  business('outsourcing', '受託開発', 'Contract Development', {
    ja: ['受託', '業務委託', '外注', 'アウトソーシング', 'オフショア開発', '開発パートナー', 'システム開発'],
    en: [
      'outsourcing',
      'contract work',
      'contract development',
      'offshore development',
      'development partner',
      'agency work',
    ],
    kana: { 受託開発: 'じゅたくかいはつ', 業務委託: 'ぎょうむいたく' },
  }),
  business('freelance', 'フリーランス', 'Freelance', {
    ja: ['フリーランサー', '個人事業主', 'フリーエージェント', 'ギグワーク'],
    en: ['freelancer', 'freelancers', 'independent contractor', 'self-employed', 'gig work', 'gig economy'],
    kana: { 個人事業主: 'こじんじぎょうぬし' },
  }),
  business('ip', '知的財産', 'Intellectual Property', {
    ja: ['知財', 'IP', '特許', 'ライセンス', 'ライセンシング', '商標', '知財戦略', 'IPビジネス'],
    en: ['IP', 'patents', 'patent', 'licensing', 'license', 'licence', 'trademarks', 'IP strategy'],
    kana: { 知的財産: 'ちてきざいさん', 知財: 'ちざい', 特許: 'とっきょ', 商標: 'しょうひょう' },
  }),
  business('sme', '中小企業', 'SMEs', {
    ja: ['中小企業支援', '地場企業', 'スモールビジネス', '小規模事業者', '中堅企業'],
    en: ['SME', 'small business', 'small businesses', 'small and medium enterprises', 'MSME', 'mid-sized companies'],
    kana: { 中小企業: 'ちゅうしょうきぎょう', 小規模事業者: 'しょうきぼじぎょうしゃ', 中堅企業: 'ちゅうけんきぎょう' },
  }),
  business('large-corporates', '大企業', 'Large Corporates', {
    ja: ['大手企業', '事業会社', 'コーポレート', '上場企業'],
    en: ['corporates', 'corporations', 'large companies', 'corporate', 'large enterprises', 'big companies'],
    kana: { 大企業: 'だいきぎょう', 大手企業: 'おおてきぎょう', 事業会社: 'じぎょうがいしゃ' },
  }),
  business('grants', '補助金・助成金', 'Grants & Subsidies', {
    ja: ['補助金', '助成金', '公的支援', '支援制度', '公募'],
    en: ['grants', 'grant', 'subsidies', 'subsidy', 'public funding', 'public calls'],
    kana: { 補助金: 'ほじょきん', 助成金: 'じょせいきん', 公的支援: 'こうてきしえん' },
  }),
  business('platform', 'プラットフォーム', 'Platforms & Marketplaces', {
    ja: ['プラットフォームビジネス', 'マーケットプレイス', 'マーケットプレース', 'ネットワーク効果'],
    en: [
      'platforms',
      'platform',
      'marketplace',
      'marketplaces',
      'two-sided marketplace',
      'platform business',
      'network effects',
    ],
  }),
  business('sharing-economy', 'シェアリングエコノミー', 'Sharing Economy', {
    ja: ['シェアリング', 'シェアエコ', '共有経済', 'シェアサービス', 'カーシェア'],
    en: ['sharing', 'sharing services', 'collaborative consumption', 'car sharing', 'carsharing'],
    kana: { 共有経済: 'きょうゆうけいざい' },
  }),
  business('subscription', 'サブスクリプション', 'Subscription Business', {
    ja: ['サブスク', '定額制', '定額サービス', 'リカーリング', 'ストック型ビジネス'],
    en: ['subscription', 'subscriptions', 'recurring revenue', 'subscription model', 'membership'],
    kana: { 定額制: 'ていがくせい' },
  }),
  business('creator-economy', 'クリエイターエコノミー', 'Creator Economy', {
    ja: [
      'クリエイター支援',
      'ファンコミュニティ',
      'ファンエコノミー',
      '投げ銭',
      'ファンビジネス',
      'ファンマーケティング',
    ],
    en: ['creator monetization', 'creator monetisation', 'fan economy', 'fan community', 'fan business', 'tipping'],
    kana: { 投げ銭: 'なげせん' },
  }),
  business('compliance', 'コンプライアンス', 'Compliance & Governance', {
    ja: ['ガバナンス', '法令遵守', '内部統制', 'リスク管理', 'リスクマネジメント', 'コーポレートガバナンス'],
    en: ['compliance', 'governance', 'risk management', 'regulatory compliance', 'GRC', 'corporate governance'],
    kana: { 法令遵守: 'ほうれいじゅんしゅ', 内部統制: 'ないぶとうせい', リスク管理: 'りすくかんり' },
  }),
  business('accounting', '経理・財務', 'Accounting & Finance', {
    ja: ['会計', '経理', '財務', 'バックオフィス', 'CFO', '税務'],
    en: ['accounting', 'bookkeeping', 'back office', 'CFO', 'corporate finance', 'tax'],
    kana: { 会計: 'かいけい', 経理: 'けいり', 財務: 'ざいむ', 税務: 'ぜいむ' },
  }),
  business('global-expansion', '海外展開', 'Global Expansion', {
    ja: ['海外進出', 'グローバル展開', '国際展開', '越境', '輸出', '貿易', 'グローバル'],
    en: ['international expansion', 'going global', 'globalization', 'export', 'exports', 'trade', 'global'],
    kana: { 海外展開: 'かいがいてんかい', 海外進出: 'かいがいしんしゅつ', 輸出: 'ゆしゅつ', 貿易: 'ぼうえき' },
  }),
  business('japan-entry', '日本進出', 'Japan Market Entry', {
    ja: ['日本市場参入', '日本展開', '対日投資', '日本法人設立', 'ソフトランディング'],
    en: ['japan market', 'japan expansion', 'entering japan', 'market entry', 'soft landing', 'japan entry'],
    kana: { 日本進出: 'にほんしんしゅつ', 対日投資: 'たいにちとうし' },
  }),
  business('global-talent', '外国人材', 'Global Talent', {
    ja: ['高度外国人材', 'グローバル人材', '外国人雇用', '高度人材', 'スタートアップビザ'],
    en: ['international talent', 'foreign talent', 'global hiring', 'startup visa', 'work visas'],
    kana: { 外国人材: 'がいこくじんざい', 外国人雇用: 'がいこくじんこよう', 高度人材: 'こうどじんざい' },
  }),
  business('coworking', 'コワーキング', 'Coworking', {
    ja: ['コワーキングスペース', 'シェアオフィス', 'レンタルオフィス', 'イノベーション拠点'],
    en: ['coworking space', 'co-working', 'shared office', 'flexible office', 'innovation hub'],
    kana: { イノベーション拠点: 'いのべーしょんきょてん' },
  }),
  business('team-building', '組織づくり', 'Team & Organisation Building', {
    ja: ['チームビルディング', '組織開発', '組織文化', 'カルチャーづくり', 'リーダーシップ'],
    en: ['team building', 'organizational development', 'organisational development', 'company culture', 'leadership'],
    kana: { 組織開発: 'そしきかいはつ', 組織文化: 'そしきぶんか' },
  }),
];

/** All canonical tags, grouped by category in TAG_CATEGORIES order. */
export const TAGS: readonly TagDto[] = Object.freeze([...TECHNOLOGY, ...CREATIVE, ...INDUSTRY, ...SOCIAL, ...BUSINESS]);

export const TAG_BY_ID: ReadonlyMap<string, TagDto> = new Map(TAGS.map((t) => [t.id, t]));
