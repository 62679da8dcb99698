import type { DomainId, L } from './types';
import { p } from './types';

/**
 * Who members in a field pilot with and sell to, in their own words: a port-logistics startup
 * pilots with port operators, a food-tech startup with supermarkets. Their need texts name them,
 * so the words meet what those counterparts write about themselves.
 */
export const COUNTERPARTS: Readonly<Record<DomainId, L>> = {
  ai: p('業務データを持つ小売・製造・物流の企業', 'retailers, manufacturers and logistics firms with operational data'),
  xr: p('商業施設や観光地、展示会場', 'shopping centres, tourist sites and exhibition halls'),
  mobility: p('鉄道会社やバス会社、自治体', 'railway and bus operators and city governments'),
  'smart-city': p('自治体や不動産デベロッパー', 'city governments and property developers'),
  robotics: p('工場や倉庫を持つ製造・物流の企業', 'manufacturers and logistics firms with factories and warehouses'),
  'port-logistics': p('港湾事業者や倉庫会社', 'port operators and warehouse companies'),
  fintech: p('銀行や商店街、小売店', 'banks, shopping streets and retailers'),
  healthcare: p('病院や介護施設、保険会社', 'hospitals, care homes and insurers'),
  'food-tech': p('スーパーや飲食店、食品メーカー', 'supermarkets, restaurants and food makers'),
  sustainability: p('電力会社や工場、自治体', 'power companies, factories and city governments'),
  tourism: p('ホテルや鉄道会社、観光協会', 'hotels, railway operators and tourism boards'),
  edtech: p('学校や学習塾、企業の人事部門', 'schools, cram schools and corporate HR teams'),
  music: p('ライブ会場やレーベル、ブランド', 'live venues, labels and brands'),
  anime: p('出版社やアニメ制作会社、グッズメーカー', 'publishers, anime studios and merchandise makers'),
  game: p('ゲームパブリッシャーやeスポーツ会場', 'game publishers and esports venues'),
  'media-art': p('美術館や商業施設、ホテル', 'museums, shopping centres and hotels'),
  fashion: p('百貨店やセレクトショップ、繊維メーカー', 'department stores, boutiques and textile makers'),
  architecture: p('不動産デベロッパーや建設会社', 'property developers and construction firms'),
  crafts: p('百貨店やホテル、海外のバイヤー', 'department stores, hotels and overseas buyers'),
  'photo-film': p('広告代理店やブランド、放送局', 'ad agencies, brands and broadcasters'),
  design: p('メーカーや小売のブランド担当', 'brand teams at manufacturers and retailers'),
};
