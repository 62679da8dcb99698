/**
 * Hand labels: for each viewer, the partners a person reading the profiles would contact first.
 * Chosen from the profile texts alone, before looking at any ranking, and never edited to agree
 * with the engine. A partner counts when what it offers answers what the viewer seeks (or the
 * other way round, with a concrete reason to meet); shared tags alone never qualify. Partners are
 * limited to the kinds the product lets meet (startup↔creator, startup↔corporate,
 * creator↔corporate; same kind only when seeking co-creation or talent): nothing else can ever be
 * suggested, so labelling it would only measure the product rule, not the ranking.
 */
export const EVAL_LABELS: Readonly<Record<string, readonly string[]>> = {
  'st-skyport-drones': [
    'co-minato-port', // offers the container-terminal PoC it seeks, and itself wants inspection drones
    'co-city-lab', // helps with permits and regulation: the flight permissions near ports
    'co-tokai-insurance', // wants drone imagery for damage assessment; CVC money and a PoC in return
    'co-kanagawa-ventures', // seed investor in hardware/robotics, and the seed round is one of its needs
  ],
  'st-reef-robotics': [
    'co-minato-port', // a Yokohama terminal offering PoCs and asking for robotics
    'co-city-lab', // regulatory advice for in-water cleaning permits
  ],
  'st-oishii-loop': [
    'co-hamakaze-retail', // supermarket shelves for test sales, wants food-loss products
    'co-umami-foods', // nationwide sales channel and co-development of upcycled food
    'co-global-eats', // export and distribution to Southeast Asia, which it seeks
    'cr-mio-graphic', // package design for small food makers, exactly the design it seeks
    'cr-copy-kaito', // launch copy and brand story: the PR it seeks
  ],
  'st-veggie-protein': [
    'co-hamakaze-retail', // supermarket shelves for a new sustainable product
    'co-umami-foods', // food-science lab for texture, sales channel, wants alternative protein
    'co-global-eats', // supermarket distribution abroad
    'co-kanagawa-ventures', // invests in food-science startups at seed
  ],
  'st-lumen-xr': [
    'cr-studio-hoshi', // anime characters that want a real-time XR stage
    'co-kumo-comics', // licenses manga IP and asks for AR/XR experiences
    'co-shibuya-hall', // a venue that wants XR in its shows
    'cr-kurofune-dance', // performers who want motion capture and visual staging
  ],
  'st-kotoba-lab': [
    'co-hotel-bay', // wants a 24-hour multilingual concierge AI; 300 rooms for a pilot
    'co-aozora-rail', // wants guidance AI for foreign travellers; station pilots and data
    'co-city-lab', // public sites (city counters) for the multilingual pilot
    'co-kumo-comics', // wants manga translation and localisation, which it offers
  ],
  'st-carecompanion': [
    'co-sakura-care', // thirty care homes for the pilot; wants conversation robots
    'co-kawasaki-electronics', // sensor research and mass production; wants healthcare robotics
    'co-kanagawa-ventures', // funds healthcare and robotics hardware toward mass production
    'cr-ken-product', // industrial design for the robot enclosure
  ],
  'st-greengrid': [
    'co-kanto-energy', // sells to business customers and wants battery storage
    'co-minato-port', // a port site for storage, decarbonising the terminal
    'co-city-lab', // regulatory sandbox and permit advice
  ],
  'st-fanbase': [
    'cr-hina-illust', // character designer looking for a place to sell goods to fans
    'co-kumo-comics', // character IP to license onto the platform
    'cr-studio-hoshi', // original characters that could become goods and memberships
  ],
  'st-haptix': [
    'cr-rin-sound', // sound artist wanting technology that turns sound into experience
    'cr-haneul-games', // game designers it wants to compose for touch
    'co-shibuya-hall', // a venue for the demo, wants new live-show technology
    'co-kanagawa-ventures', // deep-tech seed investor
  ],
  'st-tabi-mobility': [
    'co-aozora-rail', // station PoCs and people-flow data, wants tourism mobility services
    'co-city-lab', // public roads and sites for pilots; wants local-transport solutions
    'cr-alex-ux', // UX design for overseas visitors
  ],
  'st-nemuri-sensing': [
    'co-sakura-care', // care homes for the pilot; wants monitoring sensors
    'cr-ken-product', // industrial design for a smaller device
    'co-kawasaki-electronics', // joint development of the next sensor module
  ],
  'st-bousai-map': [
    'co-tokai-insurance', // wants flood-risk prediction data; an insurer is the channel it seeks
    'co-city-lab', // the city wants disaster-prevention solutions
  ],
  'st-keiri-cloud': [
    'co-minato-shinkin', // introductions to ten thousand SME clients, wants SME DX services
    'cr-copy-kaito', // PR and copy to reach SME owners
  ],
  'co-minato-port': [
    'st-skyport-drones', // inspection drones for cranes and quays
    'st-reef-robotics', // robotics at the quay, wants a port pilot
    'st-greengrid', // battery storage for the carbon-neutral port
    'cr-aya-lights', // light art for the disused warehouse
    'cr-rin-sound', // a sound programme for the warehouse
  ],
  'co-city-lab': [
    'st-bousai-map', // flood-risk prediction for disaster prevention
    'st-tabi-mobility', // local transport for visitors
    'st-carecompanion', // ageing: care robots
    'st-skyport-drones', // infrastructure inspection, needs help with flight permits
  ],
  'co-hamakaze-retail': [
    'st-oishii-loop', // upcycled food-loss snacks looking for supermarket shelves
    'st-veggie-protein', // a new sustainable product looking for shelves
    'cr-chef-yui', // product development with retailers, food-loss cooking
    'cr-mio-graphic', // private-brand packaging design
  ],
  'co-global-eats': [
    'st-oishii-loop', // a healthy, sustainable Japanese snack seeking export
    'st-veggie-protein', // a Japanese plant-based product seeking distribution
  ],
  'co-shibuya-hall': [
    'cr-rin-sound', // sound artist seeking a venue
    'cr-kurofune-dance', // dancers seeking a stage
    'cr-aya-lights', // media artist seeking a venue
    'st-lumen-xr', // XR staging technology it wants, and a venue they want
    'st-haptix', // haptics for live shows, and a venue for their demo
  ],
  'co-aozora-rail': [
    'st-tabi-mobility', // tourism MaaS wanting station pilots and people-flow data
    'st-kotoba-lab', // guidance AI for foreign travellers
    'cr-aya-lights', // projection art for the stations
  ],
  'co-kanagawa-ventures': [
    'st-skyport-drones', // drone hardware raising a seed round
    'st-carecompanion', // care robotics raising for mass production
    'st-haptix', // haptic hardware raising from deep-tech investors
    'st-veggie-protein', // food science raising a seed round
  ],
  'co-tokai-insurance': [
    'st-skyport-drones', // drone imagery for damage assessment
    'st-bousai-map', // flood-risk prediction data
  ],
  'co-sakura-care': [
    'st-carecompanion', // conversation and monitoring robot for night shifts
    'st-nemuri-sensing', // contact-free sleep sensors for care homes
  ],
  'co-kumo-comics': [
    'st-lumen-xr', // AR/XR experiences for characters
    'st-kotoba-lab', // AI translation and localisation of manga
    'cr-studio-hoshi', // an animation studio for anime adaptations
  ],
  'co-hotel-bay': [
    'st-kotoba-lab', // the multilingual concierge AI it seeks
    'cr-rin-sound', // music and sound design for the lobby and rooftop
    'cr-sena-ceramics', // local crafts for the lobby; seeks hotel lobbies to show work
    'cr-alex-ux', // service design for overseas guests
    'cr-aya-lights', // light art for the rooftop
  ],
  'co-kawasaki-electronics': [
    'st-carecompanion', // healthcare robotics that needs sensors
    'st-nemuri-sensing', // sensor startup seeking joint development
    'cr-ken-product', // product designer for consumer devices
    'cr-aya-lights', // interactive artist seeking sensor engineers
  ],
  'co-kanto-energy': [
    'st-greengrid', // battery storage technology seeking an energy sales partner
    'cr-copy-kaito', // campaign copy that makes saving energy appealing
    'cr-natsu-film', // videos telling the story of the energy transition
  ],
  'co-umami-foods': [
    'st-veggie-protein', // alternative protein needing food science and channels
    'st-oishii-loop', // upcycled food for co-development
    'cr-chef-yui', // recipe development and food content
  ],
  'co-bridge-media': [
    'cr-studio-hoshi', // original anime seeking overseas distribution
    'cr-hina-illust', // original character IP seeking a sales channel
    'cr-haneul-games', // indie games from Asia seeking localisation
  ],
  'cr-studio-hoshi': [
    'st-lumen-xr', // real-time XR engineering for its characters
    'co-bridge-media', // overseas distribution and licensing
    'co-kumo-comics', // production-committee funding; wants an animation studio
  ],
  'cr-rin-sound': [
    'co-shibuya-hall', // a venue with a serious sound system, wants sound artists
    'co-minato-port', // a warehouse venue, wants a music programme
    'co-hotel-bay', // a rooftop for performances, wants music
    'st-haptix', // technology that turns sound into vibration
  ],
  'cr-hina-illust': [
    'st-fanbase', // sells creators' goods to fans
    'co-kumo-comics', // promotion to three million readers
    'co-bridge-media', // a sales channel for character IP abroad
  ],
  'cr-ken-product': [
    'st-carecompanion', // needs an enclosure designer
    'st-nemuri-sensing', // needs a smaller, quieter device designed
    'co-kawasaki-electronics', // wants product designers; mass production in return
  ],
  'cr-alex-ux': [
    'st-tabi-mobility', // wants UX design for overseas visitors
    'co-hotel-bay', // wants service design for overseas guests
  ],
  'cr-natsu-film': [
    'co-kanto-energy', // wants videos about the energy transition
    'st-oishii-loop', // wants PR that tells its story
  ],
  'cr-chef-yui': [
    'co-hamakaze-retail', // co-develops food-loss products with retail
    'co-umami-foods', // wants recipe development; a food maker to develop with
    'st-oishii-loop', // co-develops products from food waste
    'st-veggie-protein', // menu development with chefs
  ],
  'cr-copy-kaito': [
    'st-oishii-loop', // launching products, seeking PR
    'co-kanto-energy', // seeking campaigns
    'st-keiri-cloud', // seeking PR to SME owners
  ],
  'cr-mio-graphic': [
    'st-oishii-loop', // a small food brand seeking packaging and branding
    'co-hamakaze-retail', // private-brand packaging
  ],
  'cr-aya-lights': [
    'co-minato-port', // a warehouse venue, wants art
    'co-aozora-rail', // station spaces, wants projection art
    'co-shibuya-hall', // a venue, wants media artists
    'co-kawasaki-electronics', // sensor lab open to interactive artists
  ],
  'cr-haneul-games': [
    'co-kumo-comics', // a Japanese publisher with funding and marketing
    'st-kotoba-lab', // game localisation into Japanese
  ],
  'cr-kurofune-dance': [
    'co-shibuya-hall', // a stage and promotion, wants dancers
    'st-lumen-xr', // motion capture and visual staging
  ],
  'cr-sena-ceramics': [
    'co-hotel-bay', // a lobby gallery, wants local crafts
    'co-shibuya-hall', // a daytime gallery
  ],
};
