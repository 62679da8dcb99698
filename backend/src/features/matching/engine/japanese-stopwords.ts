/**
 * Words dropped from Japanese text. kuromoji's parts of speech already drop particles, auxiliaries,
 * 非自立 and 接尾 nouns, pronouns and numbers (tokenize.ts); this list catches what IPADIC tags as a
 * content word but means nothing in a profile: light and honorific verbs in their dictionary form
 * (する, いただく, くださる), evaluative adjectives (いい, ない), formal nouns and set phrases (もの, 気軽).
 * The particles and auxiliaries below stay for words that reach the list another way (reasons tests).
 * Content words written in hiragana (ものづくり, まちづくり) are kept; single hiragana characters are
 * dropped separately.
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
    // dictionary forms of light, honorific and polite verbs (kuromoji's basic_form)
    'いただく 頂く いただける 頂ける くださる 下さる いたす 致す 申す 申し上げる 存じる 参る 伺う 思う 思える おく 置く',
    'いう 言う 行く 来る 見る みる もらう 貰う あげる やる ござる 願う 頂戴 よろしい',
    // evaluative adjectives and set phrases of greetings and requests
    'いい よい 良い ない 無い 欲しい ほしい 気軽 ぜひ 是非 よろしく 宜しく お願い 願い 幸い',
  ]
    .join(' ')
    .split(' '),
);
