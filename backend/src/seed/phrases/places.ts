import type { LocationArea, SpokenLanguage } from '@musubi/shared';
import type { L } from './types';

export interface Place {
  readonly area: LocationArea;
  /** Shown as location.city, in the profile's main language. */
  readonly city: L;
  /** ISO 3166-1 alpha-2. */
  readonly country: string;
  /** IANA time zone. */
  readonly timeZone: string;
  /** Languages commonly spoken there besides Japanese and English. */
  readonly localLanguages: readonly SpokenLanguage[];
  /** The country's name, for sentences (overseas only). */
  readonly countryName?: L;
  /** Company legal form appended to English names (overseas only). */
  readonly legalForm?: string;
  /** Fictional phone number pattern, X = random digit (reserved or unassigned ranges), or none. */
  readonly phonePattern?: string;
}

const yokohama = (ja: string, en: string): Place => ({
  area: 'yokohama',
  city: { ja: `横浜・${ja}`, en: `${en}, Yokohama` },
  country: 'JP',
  timeZone: 'Asia/Tokyo',
  localLanguages: [],
  phonePattern: '+81 45-000-XXXX',
});

const shibuya = (ja: string, en: string): Place => ({
  area: 'shibuya',
  city: { ja: `渋谷・${ja}`, en: `${en}, Shibuya` },
  country: 'JP',
  timeZone: 'Asia/Tokyo',
  localLanguages: [],
  phonePattern: '+81 3-0000-XXXX',
});

const japan = (ja: string, en: string): Place => ({
  area: 'japan-other',
  city: { ja, en },
  country: 'JP',
  timeZone: 'Asia/Tokyo',
  localLanguages: [],
  phonePattern: '+81 90-0000-XXXX',
});

const overseas = (
  ja: string,
  en: string,
  [country, countryJa, countryEn]: [string, string, string],
  timeZone: string,
  localLanguages: SpokenLanguage[],
  legalForm: string,
  phonePattern?: string,
): Place => ({
  area: 'overseas',
  city: { ja, en },
  country,
  countryName: { ja: countryJa, en: countryEn },
  timeZone,
  localLanguages,
  legalForm,
  ...(phonePattern ? { phonePattern } : {}),
});

export const PLACES: Record<LocationArea, Place[]> = {
  yokohama: [
    yokohama('みなとみらい', 'Minato Mirai'),
    yokohama('みなとみらい', 'Minato Mirai'),
    yokohama('関内', 'Kannai'),
    yokohama('関内', 'Kannai'),
    yokohama('新横浜', 'Shin-Yokohama'),
    yokohama('元町', 'Motomachi'),
    yokohama('山手', 'Yamate'),
    yokohama('馬車道', 'Bashamichi'),
    yokohama('桜木町', 'Sakuragicho'),
    yokohama('野毛', 'Noge'),
    yokohama('黄金町', 'Koganecho'),
    yokohama('日本大通り', 'Nihon-odori'),
    yokohama('北仲', 'Kitanaka'),
    yokohama('日吉', 'Hiyoshi'),
    yokohama('センター北', 'Center-Kita'),
    yokohama('鶴見', 'Tsurumi'),
  ],
  shibuya: [
    shibuya('道玄坂', 'Dogenzaka'),
    shibuya('道玄坂', 'Dogenzaka'),
    shibuya('恵比寿', 'Ebisu'),
    shibuya('恵比寿', 'Ebisu'),
    shibuya('原宿', 'Harajuku'),
    shibuya('神宮前', 'Jingumae'),
    shibuya('神宮前', 'Jingumae'),
    shibuya('代官山', 'Daikanyama'),
    shibuya('代々木', 'Yoyogi'),
    shibuya('千駄ヶ谷', 'Sendagaya'),
    shibuya('広尾', 'Hiroo'),
    shibuya('宇田川町', 'Udagawacho'),
    shibuya('桜丘町', 'Sakuragaokacho'),
    shibuya('富ヶ谷', 'Tomigaya'),
    shibuya('笹塚', 'Sasazuka'),
  ],
  'japan-other': [
    japan('福岡', 'Fukuoka'),
    japan('福岡', 'Fukuoka'),
    japan('大阪', 'Osaka'),
    japan('大阪', 'Osaka'),
    japan('京都', 'Kyoto'),
    japan('仙台', 'Sendai'),
    japan('札幌', 'Sapporo'),
    japan('名古屋', 'Nagoya'),
    japan('神戸', 'Kobe'),
    japan('広島', 'Hiroshima'),
    japan('金沢', 'Kanazawa'),
    japan('那覇', 'Naha'),
    japan('つくば', 'Tsukuba'),
    japan('鎌倉', 'Kamakura'),
  ],
  overseas: [
    overseas('シンガポール', 'Singapore', ['SG', 'シンガポール', 'Singapore'], 'Asia/Singapore', ['zh'], 'Pte. Ltd.'),
    overseas(
      'サンフランシスコ',
      'San Francisco',
      ['US', 'アメリカ', 'the United States'],
      'America/Los_Angeles',
      ['es'],
      'Inc.',
      '+1 415-555-01XX',
    ),
    overseas('ベルリン', 'Berlin', ['DE', 'ドイツ', 'Germany'], 'Europe/Berlin', ['de'], 'GmbH'),
    overseas('ヘルシンキ', 'Helsinki', ['FI', 'フィンランド', 'Finland'], 'Europe/Helsinki', [], 'Oy'),
    overseas('台北', 'Taipei', ['TW', '台湾', 'Taiwan'], 'Asia/Taipei', ['zh'], 'Co., Ltd.'),
    overseas('ソウル', 'Seoul', ['KR', '韓国', 'South Korea'], 'Asia/Seoul', ['ko'], 'Inc.'),
    overseas('ベンガルール', 'Bengaluru', ['IN', 'インド', 'India'], 'Asia/Kolkata', ['hi'], 'Pvt. Ltd.'),
    overseas('テルアビブ', 'Tel Aviv', ['IL', 'イスラエル', 'Israel'], 'Asia/Jerusalem', [], 'Ltd.'),
    overseas(
      'ロンドン',
      'London',
      ['GB', 'イギリス', 'the United Kingdom'],
      'Europe/London',
      [],
      'Ltd',
      '+44 20 7946 0XXX',
    ),
    overseas('パリ', 'Paris', ['FR', 'フランス', 'France'], 'Europe/Paris', ['fr'], 'SAS'),
  ],
};
