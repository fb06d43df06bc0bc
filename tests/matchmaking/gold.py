"""The matchmaking gold set: briefs a company might write, and the demo members that should come up.

Written against the demo data (``seed_demo``, seed 2016, 300 members): each brief describes
a need in everyday words, in French, English or German, and names by slug the member
(or members) a cluster editor would want in the top ten. The expected member is one whose
skills cover the whole need. Whether a brief is cross-language (the member wrote its page
only in another language) is not written here: the test derives it from the demo data.
"""

GOLD = [
    # --- German -----------------------------------------------------------------------------------
    {
        "lang": "de",
        "text": "Für unser Forschungslabor brauchen wir wissenschaftliche Illustrationen und eine Reihe von "
        "Piktogrammen für die Beschilderung.",
        "expected": ["mia-esposito"],
    },
    {
        "lang": "de",
        "text": "Für den Park unseres Hotels suchen wir jemanden für die Gartengestaltung, mit einem "
        "Beleuchtungskonzept für die Wege.",
        "expected": ["atelier-zeimet"],
    },
    {
        "lang": "de",
        "text": "Wir möchten handgezeichnete Schriftzüge und eine passende Typografie für die Speisekarte "
        "unseres Restaurants.",
        "expected": ["pixel-plume-lux"],
    },
    {
        "lang": "de",
        "text": "Für unsere Firmenfeier im Dezember suchen wir einen DJ, der auch selbst Musik produziert.",
        "expected": ["claude-oliveira"],
    },
    {
        "lang": "de",
        "text": "Wir suchen eine Buchbinderei für handgebundene Gästebücher, gern mit einem Einband aus Holz "
        "vom Kunsttischler.",
        "expected": ["studio-handwierk"],
    },
    {
        "lang": "de",
        "text": "Wir brauchen Illustrationen und Icons für die neue Version unserer App.",
        "expected": ["encre-lux"],
    },
    {
        "lang": "de",
        "text": "Für den Neubau unseres Bürogebäudes suchen wir ein Büro für die Lichtplanung, das mit BIM arbeitet.",
        "expected": ["jonas-ries"],
    },
    {
        "lang": "de",
        "text": "Unsere Boutique sucht Strickmode und Hüte für die Winterkollektion, am liebsten aus der Region.",
        "expected": ["matteo-da-silva"],
    },
    {
        "lang": "de",
        "text": "Für einen Architekturwettbewerb brauchen wir ein Architekturmodell und die Landschaftsplanung "
        "des Geländes.",
        "expected": ["chloe-kremer"],
    },
    {
        "lang": "de",
        "text": "Wir suchen einen Künstler für ein Wandbild an unserer Fassade und danach Architekturfotografie "
        "des fertigen Gebäudes.",
        "expected": ["lentz-lichtbild"],
    },
    {
        "lang": "de",
        "text": "Wir entwickeln eine App für Fahrradverleih und brauchen Animationen für die ersten Bildschirme.",
        "expected": ["noah-ylmaz"],
    },
    # --- English ----------------------------------------------------------------------------------
    {
        "lang": "en",
        "text": "We are producing a museum installation and need an original music composition plus sound "
        "design for the exhibition rooms.",
        "expected": ["tessy-conti"],
    },
    {
        "lang": "en",
        "text": "Our start-up needs a visual identity with its own typography, starting with the logo.",
        "expected": ["papier-lux"],
    },
    {
        "lang": "en",
        "text": "We need a mobile app for the members of our gym and a new website on WordPress that our staff "
        "can update themselves.",
        "expected": ["anne-ries"],
    },
    {
        "lang": "en",
        "text": "Small indie studio looking for help with game programming in Unity and the sound effects of our game.",
        "expected": ["laurent-esposito"],
    },
    {
        "lang": "en",
        "text": "For our company's 100th anniversary we want to publish a book: we need a publisher and "
        "someone for the editorial design.",
        "expected": ["maison-klein"],
    },
    {
        "lang": "en",
        "text": "We are staging a musical in Esch and need costumes for the cast and a sound engineer for the "
        "live sound.",
        "expected": ["nathalie-ferreira"],
    },
    {
        "lang": "en",
        "text": "We are furnishing a boutique hotel and want handmade blown glass lamps and woven textiles "
        "from local artisans.",
        "expected": ["goergen-partners"],
    },
    {
        "lang": "en",
        "text": "We make outdoor clothing and need a textile designer with an eco-design approach for our "
        "recycled fabrics.",
        "expected": ["francesca-becker"],
    },
    {
        "lang": "en",
        "text": "We want a serious game to train our warehouse staff, with well thought-out level design.",
        "expected": ["diogo-kayser"],
    },
    {
        "lang": "en",
        "text": "We are launching a craft beer and need an advertising campaign with strong copywriting.",
        "expected": ["lukas-kayser"],
    },
    {
        "lang": "en",
        "text": "Our science museum would like a small video game for children: we need the game design and "
        "the game audio.",
        "expected": ["becker-partners"],
    },
    # --- French -----------------------------------------------------------------------------------
    {
        "lang": "fr",
        "text": "Nous cherchons un studio pour le mixage et le mastering de notre album, ainsi que du design "
        "sonore pour les intermèdes.",
        "expected": ["atelier-kieffer"],
    },
    {
        "lang": "fr",
        "text": "Notre site doit devenir accessible : nous cherchons une agence pour refaire notre site sous "
        "WordPress en respectant l'accessibilité numérique.",
        "expected": ["node-collective"],
    },
    {
        "lang": "fr",
        "text": "Nous avons des céramiques anciennes abîmées et cherchons quelqu'un pour la restauration de "
        "ces pièces.",
        "expected": ["atelier-santos"],
    },
    {
        "lang": "fr",
        "text": "Nous éditons un jeu de société et cherchons quelqu'un pour la typographie des cartes et du plateau.",
        "expected": ["claire-schneider"],
    },
    {
        "lang": "fr",
        "text": "Pour un défilé dans un théâtre, nous cherchons un styliste qui sache aussi concevoir les décors.",
        "expected": ["chiara-kieffer"],
    },
    {
        "lang": "fr",
        "text": "Pour une exposition, nous cherchons un artiste qui fasse de la sculpture et des portraits "
        "photographiques.",
        "expected": ["santos-partners"],
    },
    {
        "lang": "fr",
        "text": "Nous cherchons un photographe pour les packshots de nos produits, retouche photo comprise.",
        "expected": ["focale-co"],
    },
    {
        "lang": "fr",
        "text": "Nous voulons lancer une boutique en ligne et cherchons quelqu'un pour le design d'interface.",
        "expected": ["atelier-costa"],
    },
    {
        "lang": "fr",
        "text": "Nous cherchons un développeur web pour créer notre boutique en ligne de vins luxembourgeois.",
        "expected": ["francesca-zimmermann"],
    },
    {
        "lang": "fr",
        "text": "Notre marque de cosmétiques cherche une identité visuelle et des bandes dessinées pour "
        "raconter l'histoire de nos produits.",
        "expected": ["crayon-co"],
    },
    {
        "lang": "fr",
        "text": "Nous préparons un jeu vidéo et cherchons de l'aide pour la programmation et le son du jeu.",
        "expected": ["laurent-esposito"],
    },
]
