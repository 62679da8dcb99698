/**
 * Hand labels for evaluation set A, under the same rules as `EVAL_LABELS`: for each viewer, the
 * partners an organiser of a Yokohama/Shibuya matching day would introduce, chosen from the texts
 * alone before any ranking was seen, and never edited to agree with the engine. A partner answers
 * what the viewer seeks (or the reverse, with a concrete reason to meet); shared tags never qualify;
 * only kinds the product lets meet. Partners may be in set A or among the first 48 profiles.
 * Distractors (`a-co-smartcity-consult`, `a-cr-skyframe`) have partners of their own but are
 * deliberately absent from the lists of the viewers whose words they share.
 */
export const EVAL_LABELS_A: Readonly<Record<string, readonly string[]>> = {
  'a-st-hakobot': [
    'a-co-hamako-logi', // a city delivery base that wants last-mile delivery with fewer staff
    'a-co-mm-estate', // towers with 3,000 households open to pilots: the large condo site it asks for
    'co-city-lab', // permit advice and public roads for pilots: the police and road-authority side
    'a-cr-lena-industrial', // designs delivery robots that look friendly to children and older people
    'a-cr-oto-sign', // warning sounds that carry without being harsh: the approach sound it wants
  ],
  'a-st-coldtrace': [
    'a-co-hamako-logi', // a port cold store still on paper temperature logs: the pilot it seeks
    'a-cr-kotonoha-copy', // rewrites foreign firms' sales material in natural Japanese
  ],
  'a-st-norikae': [
    'a-co-seaside-bus', // cut twelve routes and wants on-demand rides for hillside housing
    'a-co-aoba-fukushi', // day-service pick-ups it wants to lighten: the care-transport combination
    'a-cr-mori-ud', // booking screens tested with people in their 70s and 80s
    'co-city-lab', // the city wants local-transport solutions and opens public sites for pilots
  ],
  'a-st-evhop': [
    'a-co-mm-estate', // develops and manages four towers and wants EV charging in them
    'a-cr-zukai', // one-page diagrams for residents' meetings
    'a-cr-kotonoha-copy', // persuasive Japanese leaflets and slides written from English material
  ],
  'a-st-kizuna-quake': [
    'a-co-mm-estate', // 30+ storey offices and towers, wants safety checks after earthquakes
    'a-co-alpine-re', // needs building-level shaking data to trigger payouts: an insurance channel
    'co-tokai-insurance', // a non-life insurer working with disaster-tech startups, with CVC money
    'co-kawasaki-electronics', // sensor lab and mass production: the low-cost sensor it needs
    'a-co-sagami-kensetsu', // a contractor that wants to watch over its buildings after handover
  ],
  'a-st-floodsense': [
    'co-city-lab', // public roads and sites for pilots, wants disaster-prevention solutions
    'st-bousai-map', // the Japanese flood-risk model its live readings could feed
    'a-co-alpine-re', // wants street-level flood measurements to trigger payouts
    'co-tokai-insurance', // wants flood data to speed up damage assessment
    'a-cr-kotonoha-copy', // Japanese proposal documents written from English material
  ],
  'a-st-houmon-route': [
    'a-co-aoba-fukushi', // runs home-care offices and wants shift planning to take less time
    'a-cr-umi-video', // short videos for care staff; already films for care companies
    'a-co-nordic-care', // wants a Japanese care-software firm already linked to insurance billing
  ],
  'a-st-medlingo': [
    'a-co-aoba-fukushi', // 40 foreign carers, 30 more next year, wants help with clinic visits
    'a-co-sagami-kensetsu', // a construction employer bringing in foreign workers
    'a-cr-kotonoha-copy', // Japanese material that can persuade clinic directors
    'a-co-bridgehead-talent', // places bilingual coordinators, the hire it is making
  ],
  'a-st-hoken-embed': [
    'a-co-ridewell', // an e-scooter operator looking for a per-ride insurance partner
    'co-tokai-insurance', // a non-life insurer that could underwrite the new cover
    'a-co-alpine-re', // designs new covers with local partners and brings reinsurance capacity
    'a-cr-zukai', // one-page diagrams of how insurance works: the coverage explainer
  ],
  'a-st-tokutei-talent': [
    'a-co-aoba-fukushi', // a care operator taking 30 more foreign staff next year
    'a-co-sagami-kensetsu', // wants specified-skilled workers for formwork, rebar and interiors
    'a-cr-pictogram', // illustrated learning material for people new to Japanese workplaces
    'a-st-paybridge', // wage advances and remittance: the daily-life service to link with
    'a-st-medlingo', // clinic visits with an interpreter: the other daily-life service
  ],
  'a-st-paybridge': [
    'a-co-hama-bank', // a regional bank that wants services for foreign customers: the bank partner
    'a-co-aoba-fukushi', // employer of 40 foreign carers asking for pay and remittance support
    'a-co-sagami-kensetsu', // a contractor bringing in foreign workers
    'a-co-hamako-logi', // a third of its staff are foreign and it wants them to stay
    'a-st-tokutei-talent', // places foreign workers and wants life-support services to bundle
  ],
  'a-st-carbonbook': [
    'a-co-hama-bank', // a regional bank looking for CO2 accounting for its 20,000 SME clients
    'co-minato-shinkin', // introductions to 10,000 SMEs; wants services that digitise them
    'a-co-hamako-logi', // its shippers ask for CO2 per delivery: the logistics pilot
    'a-cr-kotonoha-copy', // native Japanese website and onboarding copy
  ],
  'a-st-solar-share': [
    'a-co-hamako-logi', // a large cold-store roof, and it wants rooftop solar
    'co-minato-port', // terminal warehouses and a carbon-neutral-port programme
    'a-co-hama-bank', // project finance for renewables, the portfolio funding it seeks
  ],
  'a-st-twinbuild': [
    'a-co-sagami-kensetsu', // a contractor that wants BIM-versus-site checks, 40 sites a year
    'a-co-mm-estate', // a developer that wants construction progress made visible
    'a-cr-polygon', // a CG studio that turns point clouds and BIM into visuals
    'a-cr-marco-3d', // real-time 3D from scans, for owners and investors
    'a-co-bridgehead-talent', // places bilingual engineers
  ],
  'a-st-hinan-app': [
    'co-city-lab', // the city's disaster-prevention desk and public sites for a drill
    'a-cr-pictogram', // pictograms and evacuation signs that need no words
    'a-cr-oto-sign', // warning sounds older people can hear
    'st-kotoba-lab', // a multilingual translation engine for emergency messages
  ],
  'a-st-portpass': [
    'co-minato-port', // a Yokohama container terminal that runs pilots with startups
    'a-co-hamako-logi', // a Daikoku logistics firm whose trucks move port cargo
    'a-cr-mori-ud', // designs screens and ticket machines for people not used to smartphones
  ],
  'a-co-hamako-logi': [
    'a-st-coldtrace', // replaces paper temperature logs with tags and a dashboard
    'a-st-hakobot', // last-mile delivery robots that cut delivery staff
    'a-st-solar-share', // rooftop solar at no upfront cost
    'a-st-carbonbook', // CO2 per shipment for its shippers
    'a-st-paybridge', // wage advances and remittance that help foreign staff stay
  ],
  'a-co-seaside-bus': [
    'a-st-norikae', // on-demand shared rides for hillside housing, wants a bus operator
    'a-cr-mori-ud', // signage and screens for older riders
    'a-cr-oto-sign', // chimes and announcements that everyone can hear
    'a-cr-pictogram', // pictograms and multilingual signs for overseas visitors
  ],
  'a-co-mm-estate': [
    'a-st-evhop', // shared EV chargers for condos, at no cost to residents
    'a-st-kizuna-quake', // post-earthquake safety checks for high-rises
    'a-st-twinbuild', // construction progress tracking against BIM
    'a-cr-polygon', // sales renderings and view simulations for new towers
    'a-cr-skyframe', // aerial photos and floor-by-floor view shots for the tower's sales
  ],
  'a-co-sagami-kensetsu': [
    'a-st-twinbuild', // daily scans compared with BIM
    'a-st-kizuna-quake', // monitoring of buildings after handover
    'a-st-tokutei-talent', // specified-skilled workers from Vietnam and Indonesia
    'a-cr-sam-docs', // English recruitment films for workers abroad
    'a-cr-genba-photo', // honest photos of people on site for recruitment
  ],
  'a-co-nordic-care': [
    'a-co-aoba-fukushi', // a Yokohama care operator with home-care offices, for the joint pilot
    'co-sakura-care', // thirty care homes open to technology pilots
    'a-st-houmon-route', // Japanese care software already linked to insurance billing
    'a-cr-mori-ud', // UX tested with older users
    'a-cr-oto-sign', // alert sounds adapted to older ears
  ],
  'a-co-aoba-fukushi': [
    'a-st-tokutei-talent', // recruits and supports foreign care workers
    'a-st-paybridge', // wage advances and remittance for foreign staff
    'a-st-norikae', // shared-ride dispatch for day-service pick-ups
    'a-st-houmon-route', // automatic home-care rosters
    'a-cr-sam-docs', // recruitment films for candidates abroad
  ],
  'a-co-hama-bank': [
    'a-st-carbonbook', // CO2 reports SMEs can finish themselves, white-labelled for banks
    'a-st-paybridge', // wants a Japanese bank to hold funds; serves foreign workers
    'a-st-solar-share', // a rooftop-solar portfolio to finance
  ],
  'a-co-smartcity-consult': [
    'a-cr-zukai', // diagrams and graphic recording for briefings
    'a-cr-pictogram', // information design for residents
  ],
  'a-co-alpine-re': [
    'a-st-kizuna-quake', // building-level shaking data to trigger on
    'a-st-floodsense', // street-level water levels to trigger on
    'st-bousai-map', // flood-risk prediction by block
    'co-tokai-insurance', // a Japanese non-life insurer to issue the policies
    'a-cr-zukai', // explains insurance and finance in one diagram, in Japanese
  ],
  'a-co-ridewell': [
    'co-city-lab', // permits and rules, and the city departments to talk to
    'co-aozora-rail', // stations and space under the tracks for parking ports
    'a-st-hoken-embed', // per-ride insurance for mobility apps
    'a-cr-umi-video', // local short videos that reach residents
    'a-cr-kotonoha-copy', // Japanese campaign copy rewritten from English material
  ],
  'a-co-nordvind': [
    'co-minato-port', // a port operator with quays and warehouses
    'a-cr-umi-video', // films with fishing cooperatives and coastal residents
    'a-cr-zukai', // explainers and graphic recording at residents' meetings
    'a-cr-polygon', // landscape simulations: the view of turbines from the shore
    'a-cr-marco-3d', // photo-real visualisation of large infrastructure
  ],
  'a-co-bridgehead-talent': [
    'a-st-twinbuild', // hiring bilingual BIM engineers
    'a-st-medlingo', // hiring bilingual patient coordinators
    'st-foodie-app', // hiring mobile engineers and a community manager
    'a-co-nordvind', // a Danish firm growing its Yokohama office from 12 to 60
    'a-co-nordic-care', // a Danish firm that has just opened a small Yokohama office
  ],
  'a-cr-mori-ud': [
    'a-st-norikae', // needs booking screens for people in their 70s and 80s
    'a-co-seaside-bus', // wants signage and announcements everyone understands
    'a-co-nordic-care', // wants Japanese UX adapted to older users
    'a-st-portpass', // needs a booking screen usable in a truck cab
  ],
  'a-cr-lena-industrial': [
    'a-st-hakobot', // a delivery robot that must not frighten pedestrians
    'st-carecompanion', // needs an enclosure older people feel at ease with
    'st-nemuri-sensing', // needs a smaller, quieter device designed
    'co-kawasaki-electronics', // wants product designers for new devices
  ],
  'a-cr-polygon': [
    'a-co-mm-estate', // wants CG for the sales of a new tower
    'a-st-twinbuild', // wants CG artists for its site twins
    'a-co-nordvind', // wants views of the wind farm from the beaches
    'co-city-lab', // disaster-prevention work with the city: flood films for residents
  ],
  'a-cr-marco-3d': [
    'co-minato-port', // a container terminal and warehouses to scan and twin
    'a-co-nordvind', // photo-real 3D views of a large energy project
    'a-st-twinbuild', // point clouds to turn into visuals for owners
    'a-co-hamako-logi', // a port cold store offering its site for pilots
  ],
  'a-cr-umi-video': [
    'a-co-nordvind', // films for fishing cooperatives and coastal towns
    'a-co-ridewell', // a launch video for Yokohama residents
    'a-co-aoba-fukushi', // recruitment videos for a care operator
    'a-st-houmon-route', // short how-to videos for home-care staff
  ],
  'a-cr-sam-docs': [
    'a-co-sagami-kensetsu', // wants English recruitment films for workers abroad
    'a-co-aoba-fukushi', // recruits carers abroad and wants recruitment videos
  ],
  'a-cr-pictogram': [
    'a-st-hinan-app', // pictograms for shelters and evacuation
    'a-st-tokutei-talent', // picture-based Japanese learning material for new workers
    'a-co-seaside-bus', // signs in buses that visitors can read
    'a-co-smartcity-consult', // illustrations for proposals and residents' briefings
  ],
  'a-cr-zukai': [
    'a-st-hoken-embed', // a one-page diagram of per-ride insurance
    'a-st-evhop', // a one-page visual for residents' meetings
    'a-co-nordvind', // illustrated explainers for coastal residents
    'a-co-alpine-re', // Japanese explainers of parametric cover
    'a-co-smartcity-consult', // diagrams for proposals and briefings
  ],
  'a-cr-oto-sign': [
    'a-st-hakobot', // a robot that needs an approach sound
    'a-co-seaside-bus', // bus chimes and announcements
    'a-st-hinan-app', // alert sounds understood without words
    'a-co-nordic-care', // alert sounds for Japanese carers and older users
  ],
  'a-cr-kotonoha-copy': [
    'a-co-ridewell', // a Japanese launch campaign for a European operator
    'a-st-carbonbook', // Japanese website and onboarding copy
    'a-co-alpine-re', // Japanese explainers for a Swiss reinsurer
    'a-st-coldtrace', // Japanese sales material that does not read translated
    'a-st-floodsense', // Japanese proposals for municipal tenders
  ],
  'a-cr-skyframe': [
    'a-co-mm-estate', // aerial photos and video for the new tower's sales
    'a-co-nordvind', // viewpoint photos from the shore for photo-real views of the turbines
  ],
  'a-cr-genba-photo': [
    'a-co-sagami-kensetsu', // wants site photos for recruitment
    'a-co-aoba-fukushi', // wants recruitment photos of a care operator
    'a-co-hamako-logi', // a warehouse that is hiring and keeping foreign staff
  ],
};
