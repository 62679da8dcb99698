/**
 * Hand labels for evaluation set B (`EVAL_SET_B`), under the same rules as `EVAL_LABELS`: for each
 * viewer, the partners a person organising a matching day would introduce first, chosen from the
 * profile texts alone, before any ranking was seen. A partner counts when what it offers answers
 * what the viewer seeks (or the other way round, with a concrete reason to meet); shared tags alone
 * never qualify, and only kinds the product lets meet are labelled. Partners may come from set B or
 * from the original 48 profiles. Many pairs join a profile written only in Japanese with one
 * written only in English, described in different words on each side.
 */
export const EVAL_LABELS_B: Readonly<Record<string, readonly string[]>> = {
  // ── startups ──
  'b-st-asadori-farm': [
    'b-co-hama-reizo', // small-lot chilled co-delivery from Miura to Yokohama, the summer cold chain it seeks
    'b-cr-lena-food-photo', // photographs farmers and produce for menus, the photos it wants for restaurants
  ],
  'b-st-cricket-crunch': [
    'co-umami-foods', // a seasoning maker co-developing alternative protein, with food science and channels
    'co-hamakaze-retail', // trial sales on 120 supermarket shelves, the test sales it seeks in Japan
  ],
  'b-st-pankara-brew': [
    'b-co-echigo-sake', // three tonnes of sake lees a month looking for a use, a raw material it asks for
    'b-co-hamasen-ekinaka', // station souvenir shops that want local Yokohama drinks
    'b-co-minatomirai-dept', // a pop-up for local food brands in front of overseas visitors
    'cr-mio-graphic', // packaging and branding for small local food makers: its new label
    'co-hamakaze-retail', // supermarket co-developing products that cut food loss, with trial shelves
  ],
  'b-st-nijiiro-v': [
    'b-cr-sam-rigging', // English-speaking Live2D rigger who wants an agency with regular debuts
    'cr-hina-illust', // VTuber character design and Live2D models for the new talents
    'b-co-pacific-stages', // books VTuber acts in the US: a stage for the English-speaking debut
  ],
  'b-st-tsunagi-loc': [
    'b-co-kaminari-games', // publisher of overseas indies in Japan that needs an EN→JA localisation partner
    'b-cr-pixelmoth', // overseas indie studio wanting a Japanese release and wordplay-aware translation
    'cr-haneul-games', // Korean indie studio seeking Japanese localisation and release
  ],
  'b-st-fairseat': [
    'b-co-bay-arena', // a 12,000-seat arena fighting resale tickets and slow ID checks: the pilot it seeks
    'b-co-minato-fc', // a J.League club wanting tickets on the phone for 22,000 fans a game
  ],
  'b-st-kimono-reborn': [
    'b-cr-rei-remake', // designer making jackets from kimono silk, the designer it seeks
    'b-co-fjord-apparel', // European sustainable label wanting reclaimed Japanese silk by the season
  ],
  'b-st-crafttrip': [
    'b-cr-aizome-kobo', // indigo workshop hosting up to eight and wanting overseas visitors
    'b-cr-kiriko-studio', // kiriko glass-cutting workshops for travellers
    'b-co-hakone-ryokan', // ryokan wanting craft experiences for its international guests
    'co-hotel-bay', // 300 rooms, half from overseas, and wants local craftspeople: a concierge channel
  ],
  'b-st-kogei-direct': [
    'b-cr-kiriko-studio', // handmade glass whose maker wants overseas shops
    'cr-sena-ceramics', // Yokohama tableware seeking customers abroad
    'b-cr-aizome-kobo', // natural-indigo textiles from a workshop that wants to reach people abroad
  ],
  'b-st-kids-code': [
    'b-co-hidamari-hoiku', // 22 after-school centres wanting programming classes: the pilot it seeks
    'co-aozora-rail', // station concourse and under-track space near stations for weekend classes
  ],
  'b-st-playenglish': [
    'b-co-hidamari-hoiku', // daycare and after-school chain seeking English play for ages 3–8
    'b-cr-ehon-tomo', // picture-book author who wants to make bilingual books with English educators
  ],
  'b-st-stadium-pulse': [
    'b-co-minato-fc', // a J.League club seeking a bilingual matchday app
    'b-co-bay-arena', // an arena seeking a visitor app with in-seat ordering and multilingual guidance
  ],
  'b-st-karada-log': [
    'b-co-minato-fc', // a club that wants to bring health programmes to hometown workplaces
    'b-cr-maya-mindful', // yoga and mindfulness teacher wanting to record classes for an app
  ],
  'b-st-yasai-box': [
    'b-co-hama-reizo', // small-lot chilled co-delivery at a lower cost than its own trucks
    'co-hamakaze-retail', // supermarket shelves that want products fighting food loss
    'cr-chef-yui', // recipes and cooking videos with imperfect vegetables
  ],
  'b-st-furusato-lab': [
    'b-cr-lena-food-photo', // freelance photographer of producers, the gift photography it outsources
    'cr-mio-graphic', // packaging and logo design for small local food makers
  ],
  'b-st-panelflow': [
    'b-cr-saki-manga', // manga artist who wants to storyboard and draw a full-colour vertical series
    'co-kumo-comics', // a Japanese manga publisher that could co-publish in print
  ],
  // ── corporates ──
  'b-co-hama-reizo': [
    'b-st-asadori-farm', // farm-to-restaurant start-up needing a summer cold chain from Miura
    'b-st-yasai-box', // vegetable box start-up looking for cheaper chilled delivery
    'b-cr-lena-food-photo', // photographs producers and the trucks that move food, for its new service site
  ],
  'b-co-hamasen-ekinaka': [
    'b-st-pankara-brew', // Yokohama craft beer from bread, looking for station shelves
    'st-oishii-loop', // Yokohama okara snacks that want retail shelves
    'cr-sena-ceramics', // Yokohama-clay tableware, a local craft souvenir, seeking places to sell
    'b-cr-kiriko-studio', // glass-cutting demonstrations and workshops for tourists
  ],
  'b-co-echigo-sake': [
    'b-cr-jake-wanders', // English travel series visiting breweries: the English voice it seeks
    'b-cr-lena-food-photo', // photo stories of brewers for export brochures
    'b-st-pankara-brew', // brews with food residue and asks for sake lees, its surplus
  ],
  'b-co-umeboshi-trading': [
    'b-co-echigo-sake', // small sake brewery aiming for Europe, exactly the producer it wants
    'b-cr-lena-food-photo', // producer photos and stories its European buyers can use
    'st-veggie-protein', // koji plant-based meat for buyers asking for plant-based products
    'st-oishii-loop', // small food maker with upcycled snacks seeking export
  ],
  'b-co-minatomirai-dept': [
    'b-cr-rei-remake', // upcycled fashion designer seeking pop-up space
    'b-cr-kiriko-studio', // glass artisan who wants to demonstrate at department stores
    'b-st-pankara-brew', // local upcycled food brand seeking department-store shelves
    'cr-sena-ceramics', // a potter seeking places to show and sell work
  ],
  'b-co-kaminari-games': [
    'b-cr-pixelmoth', // pixel-art indie wanting a Japanese publisher for Switch
    'cr-haneul-games', // story-driven indie seeking a Japanese publisher and console ports
    'b-st-tsunagi-loc', // EN↔JA game localisation, the partner it seeks
    'b-cr-cosplay-nova', // cosplayer for booth appearances at Tokyo Game Show
    'st-kotoba-lab', // offers game translation and localisation, a second localisation option
  ],
  'b-co-bay-arena': [
    'b-st-fairseat', // identity-linked tickets against resale and a fast gate scan
    'b-st-stadium-pulse', // a visitor app with in-seat ordering
    'st-kotoba-lab', // multilingual customer-service AI for the overseas fans it struggles to guide
  ],
  'b-co-pacific-stages': [
    'b-cr-yoru-no-minato', // city-pop band with US listeners looking for its first US tour
    'b-st-nijiiro-v', // VTuber agency preparing English-speaking talents
  ],
  'b-co-fjord-apparel': [
    'b-st-kimono-reborn', // a hundred bolts a month of washed, unpicked kimono silk
    'b-cr-aizome-kobo', // natural indigo dyeing and co-design, and wants a foreign brand to work with
  ],
  'b-co-hakone-ryokan': [
    'b-cr-maya-mindful', // English-speaking yoga teacher who wants to run retreats at a ryokan
    'b-cr-jake-wanders', // travel YouTuber staying at ryokan for a slow-travel series
    'b-st-crafttrip', // craft workshops for overseas travellers, and wants ryokan to feature them
    'b-cr-kiriko-studio', // glass-cutting workshops for guests
    'st-kotoba-lab', // wants hotels for a multilingual concierge pilot; half the guests come from abroad
  ],
  'b-co-minato-fc': [
    'b-st-stadium-pulse', // the matchday app used by Premier League clubs, seeking a J.League pilot
    'b-st-fairseat', // mobile tickets tied to fans, the ticket part of the matchday app
    'b-st-karada-log', // workplace wellness app that wants steps to support a local club
  ],
  'b-co-hidamari-hoiku': [
    'b-st-playenglish', // play-based English for ages 3–8 seeking a daycare chain pilot
    'b-st-kids-code', // programming classes that want to run in after-school centres
    'b-cr-ehon-tomo', // picture books and read-aloud sessions for nurseries
  ],
  // ── creators ──
  'b-cr-lena-food-photo': [
    'b-co-hama-reizo', // food logistics firm wanting photos of producers for its new service
    'b-st-asadori-farm', // farm start-up wanting photos of farmers and vegetables
    'b-co-echigo-sake', // brewery wanting to be shown to overseas audiences
    'b-co-umeboshi-trading', // importer asking for producer photos and stories
    'b-st-furusato-lab', // outsources photography of hometown-tax gifts to freelancers
  ],
  'b-cr-sam-rigging': [
    'b-st-nijiiro-v', // VTuber agency with three English debuts wanting an English-speaking rigger
    'cr-hina-illust', // VTuber character designer: the illustrator half of a model
  ],
  'b-cr-pixelmoth': [
    'b-co-kaminari-games', // publishes overseas pixel-art indies on consoles in Japan, pays for ports
    'b-st-tsunagi-loc', // game localisation by players, tested on device
  ],
  'b-cr-yoru-no-minato': [
    'b-co-pacific-stages', // US promoter booking first tours for Japanese city-pop acts
    'co-shibuya-hall', // a 500-capacity Shibuya live house that wants musicians
    'co-hotel-bay', // wants musicians for its rooftop; the band writes music for lounges
  ],
  'b-cr-aizome-kobo': [
    'b-co-fjord-apparel', // European label wanting a natural indigo dyer to co-design
    'b-st-crafttrip', // books overseas travellers into artisan workshops
    'b-st-kogei-direct', // sells Japanese textiles to North American customers
  ],
  'b-cr-kiriko-studio': [
    'b-st-kogei-direct', // online shop for handmade Japanese glass in the US
    'b-co-minatomirai-dept', // department store wanting artisans to demonstrate for overseas visitors
    'b-co-hamasen-ekinaka', // station wanting experiences for tourists
    'b-st-crafttrip', // sends travellers to glass-cutting workshops
    'b-co-hakone-ryokan', // ryokan wanting craft experiences for its guests
  ],
  'b-cr-jake-wanders': [
    'b-co-hakone-ryokan', // ryokan wanting English video that keeps guests a second night
    'b-co-echigo-sake', // mountain brewery wanting its story told in English
  ],
  'b-cr-saki-manga': [
    'b-st-panelflow', // webtoon studio hiring Japanese manga artists for colour vertical series
    'co-bridge-media', // licenses and distributes manga in North America
  ],
  'b-cr-maya-mindful': [
    'b-co-hakone-ryokan', // ryokan seeking an English-speaking morning yoga teacher
    'b-st-karada-log', // wellness app wanting recorded yoga and mindfulness classes
  ],
  'b-cr-rei-remake': [
    'b-st-kimono-reborn', // steady supply of washed kimono fabric
    'b-co-minatomirai-dept', // pop-up space for upcycled fashion
    'b-co-fjord-apparel', // a foreign label making capsule collections from reclaimed Japanese silk
  ],
  'b-cr-ehon-tomo': [
    'b-st-playenglish', // English educator wanting bilingual picture-book stories
    'b-co-hidamari-hoiku', // 38 nurseries wanting original picture books
  ],
  'b-cr-cosplay-nova': [
    'b-co-kaminari-games', // books cosplayers for its Tokyo Game Show booth
    'b-co-pacific-stages', // runs the Japan stage at two anime conventions
  ],
};
