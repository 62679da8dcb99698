import { type L, p } from './types';

/** [kanji, romaji] pairs; English order is given name first ("Misaki Sato"). */
type Pair = readonly [string, string];

export const JP_FAMILY_NAMES: readonly Pair[] = [
  ['佐藤', 'Sato'],
  ['鈴木', 'Suzuki'],
  ['高橋', 'Takahashi'],
  ['田中', 'Tanaka'],
  ['伊藤', 'Ito'],
  ['渡辺', 'Watanabe'],
  ['山本', 'Yamamoto'],
  ['中村', 'Nakamura'],
  ['小林', 'Kobayashi'],
  ['加藤', 'Kato'],
  ['吉田', 'Yoshida'],
  ['山田', 'Yamada'],
  ['佐々木', 'Sasaki'],
  ['松本', 'Matsumoto'],
  ['井上', 'Inoue'],
  ['木村', 'Kimura'],
  ['林', 'Hayashi'],
  ['清水', 'Shimizu'],
  ['森', 'Mori'],
  ['池田', 'Ikeda'],
  ['橋本', 'Hashimoto'],
  ['石川', 'Ishikawa'],
  ['前田', 'Maeda'],
  ['藤田', 'Fujita'],
  ['岡田', 'Okada'],
  ['長谷川', 'Hasegawa'],
  ['村上', 'Murakami'],
  ['近藤', 'Kondo'],
  ['坂本', 'Sakamoto'],
  ['遠藤', 'Endo'],
  ['青木', 'Aoki'],
  ['西村', 'Nishimura'],
  ['福田', 'Fukuda'],
  ['太田', 'Ota'],
  ['三浦', 'Miura'],
  ['藤原', 'Fujiwara'],
  ['岡本', 'Okamoto'],
  ['松田', 'Matsuda'],
  ['中川', 'Nakagawa'],
  ['原田', 'Harada'],
];

export const JP_GIVEN_NAMES: readonly Pair[] = [
  ['美咲', 'Misaki'],
  ['陽菜', 'Hina'],
  ['結衣', 'Yui'],
  ['葵', 'Aoi'],
  ['さくら', 'Sakura'],
  ['彩', 'Aya'],
  ['七海', 'Nanami'],
  ['真由', 'Mayu'],
  ['遥', 'Haruka'],
  ['千尋', 'Chihiro'],
  ['莉子', 'Riko'],
  ['楓', 'Kaede'],
  ['舞', 'Mai'],
  ['沙織', 'Saori'],
  ['恵', 'Megumi'],
  ['菜々子', 'Nanako'],
  ['絵里', 'Eri'],
  ['瞳', 'Hitomi'],
  ['明日香', 'Asuka'],
  ['奈央', 'Nao'],
  ['紗希', 'Saki'],
  ['里奈', 'Rina'],
  ['大翔', 'Hiroto'],
  ['蓮', 'Ren'],
  ['悠真', 'Yuma'],
  ['陽斗', 'Haruto'],
  ['翔太', 'Shota'],
  ['健太', 'Kenta'],
  ['拓海', 'Takumi'],
  ['大輝', 'Daiki'],
  ['亮', 'Ryo'],
  ['直樹', 'Naoki'],
  ['誠', 'Makoto'],
  ['浩二', 'Koji'],
  ['隆', 'Takashi'],
  ['和也', 'Kazuya'],
  ['慎一', 'Shinichi'],
  ['航', 'Wataru'],
  ['颯太', 'Sota'],
  ['亮介', 'Ryosuke'],
  ['智也', 'Tomoya'],
  ['聡', 'Satoshi'],
];

/** People from abroad, by country: [katakana, "Given Family"]. */
export const FOREIGN_NAMES: Readonly<Record<string, readonly Pair[]>> = {
  SG: [
    ['ウェイリン・タン', 'Wei Ling Tan'],
    ['マーカス・リム', 'Marcus Lim'],
    ['プリシラ・オン', 'Priscilla Ong'],
    ['ジュンジエ・コー', 'Jun Jie Koh'],
  ],
  US: [
    ['エミリー・カーター', 'Emily Carter'],
    ['ジョーダン・レイエス', 'Jordan Reyes'],
    ['マヤ・パテル', 'Maya Patel'],
    ['ダニエル・ブルックス', 'Daniel Brooks'],
  ],
  DE: [
    ['ルーカス・シュナイダー', 'Lukas Schneider'],
    ['アンナ・ベッカー', 'Anna Becker'],
    ['ヨナス・ヴェーバー', 'Jonas Weber'],
    ['レナ・フォーゲル', 'Lena Vogel'],
  ],
  FI: [
    ['アイノ・ヴィルタネン', 'Aino Virtanen'],
    ['ミッコ・ライネ', 'Mikko Laine'],
    ['エリナ・コルホネン', 'Elina Korhonen'],
    ['ヴェイッコ・ニエミ', 'Veikko Niemi'],
  ],
  TW: [
    ['ユーティン・チェン', 'Yu-ting Chen'],
    ['チアハオ・リン', 'Chia-hao Lin'],
    ['シューフェン・ホアン', 'Shu-fen Huang'],
    ['ポーウェイ・ツァイ', 'Po-wei Tsai'],
  ],
  KR: [
    ['ミンジュン・キム', 'Min-jun Kim'],
    ['ソヨン・パク', 'Seo-yeon Park'],
    ['ジホ・イ', 'Ji-ho Lee'],
    ['ハウン・チェ', 'Ha-eun Choi'],
  ],
  IN: [
    ['プリヤ・ラマン', 'Priya Raman'],
    ['アルジュン・メータ', 'Arjun Mehta'],
    ['カーヴィヤ・アイヤー', 'Kavya Iyer'],
    ['ロハン・デサイ', 'Rohan Desai'],
  ],
  IL: [
    ['ノア・レヴィ', 'Noa Levi'],
    ['ヨナタン・コーエン', 'Yonatan Cohen'],
    ['タマル・シャピロ', 'Tamar Shapiro'],
    ['エイタン・ミズラヒ', 'Eitan Mizrahi'],
  ],
  GB: [
    ['オリバー・ベネット', 'Oliver Bennett'],
    ['シャーロット・ヒューズ', 'Charlotte Hughes'],
    ['アメリア・クラーク', 'Amelia Clarke'],
    ['ハリー・ドーソン', 'Harry Dawson'],
  ],
  FR: [
    ['クレール・デュボワ', 'Claire Dubois'],
    ['ジュリアン・モロー', 'Julien Moreau'],
    ['カミーユ・ローラン', 'Camille Laurent'],
    ['トマ・ルフェーヴル', 'Thomas Lefèvre'],
  ],
};

/** English-coinage roots, also used on their own for companies abroad. */
export const GLOBAL_ROOTS: readonly L[] = (
  [
    ['ベイライン', 'Bayline'],
    ['ハーバーライト', 'Harborlight'],
    ['タイドウェル', 'Tidewell'],
    ['ランタン', 'Lantern'],
    ['カイト', 'Kite'],
    ['コンパス', 'Compass'],
    ['アンカー', 'Anchor'],
    ['ノヴァ', 'Nova'],
    ['ルーメン', 'Lumen'],
    ['オービット', 'Orbit'],
    ['プリズム', 'Prism'],
    ['セイルワークス', 'Sailworks'],
    ['フォージ', 'Forge'],
    ['ステラ', 'Stella'],
    ['ピアナイン', 'Pier Nine'],
    ['クオーツ', 'Quartz'],
    ['エバーグリーン', 'Evergreen'],
    ['ブライトウォーター', 'Brightwater'],
    ['ノースファーン', 'Northfern'],
    ['シルバーキー', 'Silverquay'],
  ] as const
).map(([ja, en]) => p(ja, en));

/** Startup name roots: Japanese words (katakana) plus the English coinages. */
export const STARTUP_ROOTS: readonly L[] = [
  ...(
    [
      ['ミナト', 'Minato'],
      ['ヒカリ', 'Hikari'],
      ['ソラ', 'Sora'],
      ['ナギ', 'Nagi'],
      ['ツムギ', 'Tsumugi'],
      ['アカリ', 'Akari'],
      ['カナタ', 'Kanata'],
      ['ミライ', 'Mirai'],
      ['ユイ', 'Yui'],
      ['コトハ', 'Kotoha'],
      ['イロハ', 'Iroha'],
      ['ハルカ', 'Haruka'],
      ['ワカバ', 'Wakaba'],
      ['ツバメ', 'Tsubame'],
      ['カモメ', 'Kamome'],
      ['ウミ', 'Umi'],
      ['シオサイ', 'Shiosai'],
      ['トモシビ', 'Tomoshibi'],
      ['ハマカゼ', 'Hamakaze'],
      ['ユラギ', 'Yuragi'],
    ] as const
  ).map(([ja, en]) => p(ja, en)),
  ...GLOBAL_ROOTS,
];

/** Studio name roots (kanji and romaji). */
export const STUDIO_ROOTS: readonly L[] = (
  [
    ['潮騒', 'Shiosai'],
    ['灯', 'Akari'],
    ['凪', 'Nagi'],
    ['余白', 'Yohaku'],
    ['月白', 'Geppaku'],
    ['朝霧', 'Asagiri'],
    ['青波', 'Aonami'],
    ['小舟', 'Kobune'],
    ['紬', 'Tsumugi'],
    ['風花', 'Kazahana'],
    ['玉響', 'Tamayura'],
    ['宵', 'Yoi'],
    ['白波', 'Shiranami'],
    ['木漏れ日', 'Komorebi'],
    ['陽炎', 'Kagero'],
    ['雫', 'Shizuku'],
    ['波紋', 'Hamon'],
  ] as const
).map(([ja, en]) => p(ja, en));

/** Studio name patterns by domain; {r} is the root. */
export const STUDIO_PATTERNS: Readonly<Record<string, readonly L[]>> = {
  music: [p('{r}サウンドワークス', '{r} Soundworks'), p('{r}レコーズ', '{r} Records')],
  architecture: [p('{r}建築設計事務所', '{r} Architects'), p('{r}デザインオフィス', '{r} Design Office')],
  'photo-film': [p('{r}フィルムズ', '{r} Films'), p('スタジオ{r}', 'Studio {r}')],
  crafts: [p('{r}工房', '{r} Workshop'), p('アトリエ{r}', 'Atelier {r}')],
  fashion: [p('アトリエ{r}', 'Atelier {r}'), p('{r}テキスタイル', '{r} Textiles')],
  default: [p('スタジオ{r}', 'Studio {r}'), p('{r}コレクティブ', '{r} Collective'), p('アトリエ{r}', 'Atelier {r}')],
};

/** Corporate name roots (kanji and romaji), fictional. */
export const CORPORATE_ROOTS: readonly L[] = (
  [
    ['潮見', 'Shiomi'],
    ['白帆', 'Shiraho'],
    ['青嵐', 'Seiran'],
    ['凪野', 'Nagino'],
    ['千鳥', 'Chidori'],
    ['汐風', 'Shiokaze'],
    ['紺碧', 'Konpeki'],
    ['浜風', 'Hamakaze'],
    ['翠浜', 'Suihin'],
    ['東雲', 'Shinonome'],
    ['桜汐', 'Sakurashio'],
    ['波止場', 'Hatoba'],
    ['瑠璃浜', 'Rurihama'],
  ] as const
).map(([ja, en]) => p(ja, en));
