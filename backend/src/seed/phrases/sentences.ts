import { type L, p } from './types';

/*
 * Sentence templates. Placeholders: {name} {city} {year} {team} {employees} {domain} (ja label / en noun),
 * {a_adj} {a_noun} {a_stage} (English with article), {stage} (ja), {noun} (ja), {n}, {offers}, {seeks},
 * {domains}, {asset}, {programme}; pronoun tokens {We} {we} {Our} {our} become I/my for a solo creator.
 */

export const STARTUP_OPENERS: readonly L[] = [
  p(
    '{name}は、{year}年に{city}で創業した{domain}スタートアップです。',
    '{name} is {a_adj} startup founded in {year} in {city}.',
  ),
  p(
    '{city}を拠点とする{name}は、{team}名のチームで{domain}の事業を展開しています。',
    'Based in {city}, {name} is a team of {team} working in {domain}.',
  ),
  p(
    '{year}年創業の{name}は、{city}にオフィスを構える{stage}のスタートアップです。',
    'Founded in {year}, {name} is {a_stage} startup with its office in {city}.',
  ),
];

/** Openers that only read well for technology fields (not "building media-art products"). */
export const STARTUP_OPENERS_TECH: readonly L[] = [
  p(
    '{name}は、{domain}の力で社会課題の解決を目指す{city}発のスタートアップです。',
    '{name} is a startup from {city} that tackles social challenges through {domain}.',
  ),
  p(
    '私たち{name}は、{city}で{domain}のプロダクトを開発しています。',
    'We are {name}, building {adj} products in {city}.',
  ),
];

export const STARTUP_TRACTION_EARLY: readonly L[] = [
  p(
    'まずは小さく検証を重ね、ユーザーの声を毎週プロダクトに反映しています。',
    'We test small and ship improvements every week based on what users tell us.',
  ),
  p(
    '大学の研究室と連携し、技術の社会実装を進めています。',
    'We work with university labs to bring research into real-world use.',
  ),
  p('現在、{n}社の企業と実証実験の準備を進めています。', 'We are preparing pilots with {n} companies.'),
];

export const STARTUP_TRACTION_LATER: readonly L[] = [
  p('現在、{n}社の企業と実証実験を進めています。', 'We are currently running pilots with {n} companies.'),
  p(
    'これまでに{n}を超える企業・自治体に導入いただいています。',
    'More than {n} companies and local governments already use our product.',
  ),
  p(
    'チームにはエンジニアやデザイナーに加え、海外出身のメンバーも在籍しています。',
    'Our team includes engineers, designers and members from overseas.',
  ),
];

export const STARTUP_CLOSERS: readonly L[] = [
  p(
    'Musubiでは、{seeks}の面で一緒に取り組めるパートナーを探しています。',
    'On Musubi we are looking for partners who can help with {seeks}.',
  ),
  p(
    'いま特に{seeks}での連携を求めていますので、お気軽にご連絡ください。',
    'Right now we especially need help with {seeks}, so feel free to get in touch.',
  ),
  p(
    '{offers}を提供できるほか、{seeks}でご一緒できる企業やクリエイターとの出会いを期待しています。',
    'We can offer {offers}, and we hope to meet companies and creators who can help with {seeks}.',
  ),
  p(
    '{seeks}についてご相談できる方がいれば、ぜひお話ししたいです。',
    'If you can help with {seeks}, we would love to talk.',
  ),
];

export const SOLO_CREATOR_OPENERS: readonly L[] = [
  p('{city}を拠点に{noun}として活動している{name}です。', "I'm {name}, {a_noun} based in {city}."),
  p(
    '{year}年から{city}を拠点に活動している{noun}、{name}です。',
    'I am {name}, {a_noun} who has been working in {city} since {year}.',
  ),
  p(
    '{city}を拠点に、国内外のプロジェクトに携わる{noun}の{name}です。',
    "I'm {name}, {a_noun} based in {city} and working on projects at home and abroad.",
  ),
];

export const STUDIO_OPENERS: readonly L[] = [
  p('{name}は、{city}を拠点とする{domain}のクリエイティブスタジオです。', '{name} is {a_adj} studio based in {city}.'),
  p(
    '{year}年に{city}で設立された{name}は、{team}名のクリエイターが所属する{domain}スタジオです。',
    'Founded in {year} in {city}, {name} is {a_adj} studio of {team} creators.',
  ),
  p(
    '{name}は、{city}にアトリエを構える{team}名のクリエイティブチームです。',
    '{name} is a creative team of {team} with a studio in {city}.',
  ),
];

export const CREATOR_EXPERIENCE: readonly L[] = [
  p(
    'これまでに企業や自治体との{n}件以上のプロジェクトに参加してきました。',
    '{We} have worked on more than {n} projects with companies and local governments.',
  ),
  p(
    '国内外のアートフェスティバルやイベントで作品を発表しています。',
    '{Our} work has been shown at festivals and events in Japan and abroad.',
  ),
  p(
    '制作の過程では、地域の人たちとのワークショップを大切にしています。',
    '{We} like to run workshops with local people as part of the process.',
  ),
  p(
    '最近は、テクノロジーを取り入れた表現にも挑戦しています。',
    'Lately {we} have been experimenting with technology in {our} work.',
  ),
];

export const CREATOR_CLOSERS: readonly L[] = [
  p(
    '{seeks}の面で協業できる企業やエンジニアとの出会いを楽しみにしています。',
    '{We} look forward to meeting companies and engineers who can help with {seeks}.',
  ),
  p(
    '{offers}で皆さんのプロジェクトに貢献できますので、お気軽にご相談ください。',
    '{We} can contribute {offers} to your project, so just get in touch.',
  ),
  p('{seeks}でご一緒できる方がいれば、ぜひお声がけください。', 'If you can help with {seeks}, please reach out.'),
];

export const CORPORATE_OPENERS: readonly L[] = [
  p('{name}は、{city}に本社を置く{noun}です。', '{name} is {a_noun} headquartered in {city}.'),
  p('{year}年創業の{name}は、{city}を拠点とする{noun}です。', 'Founded in {year}, {name} is {a_noun} based in {city}.'),
  p(
    '{name}は従業員約{employees}名の{noun}で、{city}に拠点を置いています。',
    '{name} is {a_noun} with around {employees} employees, based in {city}.',
  ),
];

export const CORPORATE_FOCUS: readonly L[] = [
  p(
    '近年は{domains}の分野で、スタートアップやクリエイターとの共創に力を入れています。',
    'In recent years we have focused on co-creation with startups and creators in {domains}.',
  ),
  p(
    '{domains}を重点テーマに、新規事業の創出に取り組んでいます。',
    'We are building new businesses with a focus on {domains}.',
  ),
  p(
    'スタートアップの技術と当社の{asset}を掛け合わせ、{domains}の領域で新しい価値を生み出すことを目指しています。',
    'By combining startup technology with our {asset}, we aim to create new value in {domains}.',
  ),
];

export const OVERSEAS_CORPORATE_FOCUS: readonly L[] = [
  p(
    '日本のスタートアップやクリエイターとの協業を通じて、アジアでの事業拡大を目指しています。',
    'We want to grow in Asia by working with Japanese startups and creators.',
  ),
  p(
    '{domains}の分野で、日本企業とのパートナーシップを広げています。',
    'We are expanding our partnerships with Japanese companies in {domains}.',
  ),
];

export const CORPORATE_CLOSERS: readonly L[] = [
  p(
    '{offers}を提供できるほか、{seeks}でご一緒できるパートナーからのご連絡をお待ちしています。',
    'We can offer {offers}, and we welcome partners who can help with {seeks}.',
  ),
  p(
    '{seeks}の分野で協業できるスタートアップやクリエイターを募集しています。',
    'We are looking for startups and creators to work with on {seeks}.',
  ),
  p(
    '当社からは{offers}を提供できますので、お気軽にご相談ください。',
    'We can provide {offers}, so please get in touch.',
  ),
];

/** For corporates abroad: helping Japanese companies into their country ({country}). */
export const GATEWAY_PROGRAMME = {
  id: 'gateway',
  name: p('{country}進出サポートプログラム', '{short} Gateway to {country}'),
  about: p(
    '日本企業の{country}進出を、現地パートナーの紹介と拠点の提供で支援しています。',
    'We help Japanese companies expand into {country} with local introductions and a landing base.',
  ),
} as const;

export const CORPORATE_HEADLINES: readonly L[] = [
  p('{domains}の領域で共創パートナーを募集', 'Seeking co-creation partners in {domains}'),
  p('スタートアップ・クリエイターとの{domain}共創', 'Co-creating in {domain} with startups and creators'),
];

/** Corporate programmes: name and one sentence about it; {short} is the company's short name. */
export const PROGRAMMES: readonly { readonly id: string; readonly name: L; readonly about: L }[] = [
  {
    id: 'accelerator',
    name: p('{short}アクセラレーター2026', '{short} Accelerator 2026'),
    about: p(
      '採択されたスタートアップに、事業部門との実証実験と出資の機会を提供しています。',
      'Selected startups get pilots with our business units and a chance of investment.',
    ),
  },
  {
    id: 'open-innovation',
    name: p('{short}オープンイノベーションプログラム', '{short} Open Innovation Programme'),
    about: p(
      '社内の課題を公開し、解決策を持つスタートアップやクリエイターと事業化を目指しています。',
      'We publish real challenges from our business and build solutions with startups and creators.',
    ),
  },
  {
    id: 'residency',
    name: p('{short}アーティスト・イン・レジデンス', '{short} Artist-in-Residence'),
    about: p(
      '国内外のアーティストを招き、当社の施設で滞在制作を行っています。',
      'Artists from Japan and abroad spend time creating new work in our facilities.',
    ),
  },
  {
    id: 'cvc',
    name: p('{short}ベンチャーズ', '{short} Ventures'),
    about: p('シードからシリーズAのスタートアップに出資しています。', 'We invest in startups from seed to Series A.'),
  },
  {
    id: 'living-lab',
    name: p('{short}リビングラボ', '{short} Living Lab'),
    about: p('店舗や施設を実証フィールドとして開放しています。', 'Our shops and facilities are open as test sites.'),
  },
  {
    id: 'space',
    name: p('共創スペース「{short} BASE」', '{short} Base co-creation space'),
    about: p(
      'スタートアップやクリエイターが無料で使える共創スペースを運営しています。',
      'We run a co-creation space that startups and creators can use free of charge.',
    ),
  },
];
