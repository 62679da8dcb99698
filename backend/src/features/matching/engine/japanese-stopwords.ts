/**
 * Function words dropped from Japanese text: particles, copulas and auxiliaries, light verbs, formal nouns,
 * demonstratives and conjunctions, plus natural's (Lucene/Kuromoji) list. Content words written in hiragana
 * (ものづくり, まちづくり) are kept; single hiragana characters are dropped separately.
 */
export const JAPANESE_STOPWORDS: ReadonlySet<string> = new Set(
  [
    // particles
    'は が を に で と の も へ から まで より や など か な ね よ わ ぞ ぜ さ ば て ても でも けど けれど けれども',
    'だけ ばかり ほど くらい ぐらい しか こそ さえ って とか なら のみ ので のに には では とは への での との からの',
    'について により による において における として にて に対して に対する に関する に関して とともに と共に といった',
    // copulas, auxiliaries and endings
    'です ます でし まし ませ ません でしょ だ だっ た である であり であっ ない なかっ ず ぬ う よう そう らしい',
    'れる られ られる せる させ させる たい たく たら たり',
    // light verbs and their forms
    'する し して した します しま せ さ さん いる い いて いた いま あり ある あっ あった なる なり なっ なった なく',
    'できる でき おり おる いう いっ いく くる き こと もの ため とき ところ ほう わけ はず 等 際 方',
    // demonstratives, pronouns, conjunctions, adverbs
    'これ それ あれ この その あの ここ そこ あそこ こちら そちら どこ だれ なに 何 これら それぞれ',
    'また および 及び または 又は かつ そして しかし ただし なお さらに ほか うち ながら ほとんど 特に かつて',
    'その後 その他 ところ とも ここ たち ら ん お ご',
  ]
    .join(' ')
    .split(' '),
);
