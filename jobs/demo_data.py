"""Texts of the demo job offers and collaboration requests, in French, English and German.

Dates are offsets in days from the day the demo is built: ``posted`` days ago,
``expires`` / ``deadline`` days from now (negative: already past). ``employer`` /
``author`` is ``None`` for a demo member of ``branch`` (any member when that branch
has none), or the name of an organisation that is not a member.
"""

JOB_INDEX = {
    "title": {"fr": "Offres d'emploi", "en": "Jobs", "de": "Stellenangebote"},
    "slug": {"fr": "offres-emploi", "en": "jobs", "de": "stellenangebote"},
    "intro": {
        "fr": "<p>Les offres d'emploi, de stage et de mission publiées par les entreprises créatives du Luxembourg. Une offre disparaît de la liste le lendemain de sa date limite.</p>",
        "en": "<p>Jobs, internships and freelance assignments offered by Luxembourg's creative businesses. An offer leaves the list the day after its closing date.</p>",
        "de": "<p>Stellen, Praktika und freie Aufträge der Kreativunternehmen in Luxemburg. Ein Angebot verschwindet am Tag nach seiner Bewerbungsfrist aus der Liste.</p>",
    },
}

COLLABORATION_INDEX = {
    "title": {
        "fr": "Collaborations et appels d'offres",
        "en": "Collaborations and calls for tender",
        "de": "Kooperationen und Ausschreibungen",
    },
    "slug": {"fr": "collaborations", "en": "collaborations", "de": "kooperationen"},
    "intro": {
        "fr": "<p>Des membres cherchent un partenaire pour un projet, des organisations lancent un appel d'offres : répondez avant la date limite.</p>",
        "en": "<p>Members looking for a partner on a project, organisations issuing a call for tender: respond before the deadline.</p>",
        "de": "<p>Mitglieder suchen Partner für ein Projekt, Organisationen schreiben Aufträge aus: Antworten Sie vor Ablauf der Frist.</p>",
    },
}

LUXEMBOURG_CITY = {"fr": "Luxembourg-Ville", "en": "Luxembourg City", "de": "Luxemburg-Stadt"}

JOBS = [
    {
        "key": "graphiste-junior",
        "branch": "graphic-design-illustration",
        "employer": None,
        "contract": "permanent",
        "workload": "full-time",
        "remote": "hybrid",
        "location": LUXEMBOURG_CITY,
        "posted": 3,
        "expires": 30,
        "start": None,
        "apply": "email",
        "title": {
            "fr": "Graphiste junior",
            "en": "Junior graphic designer",
            "de": "Junior-Grafikdesigner (m/w/d)",
        },
        "body": {
            "fr": [
                "Notre studio conçoit les identités visuelles, les rapports annuels et les campagnes de plusieurs institutions culturelles du pays. Nous renforçons l'équipe avec un ou une graphiste junior.",
                "Vous mettez en page des publications imprimées et numériques, préparez les fichiers pour l'imprimeur et participez aux recherches créatives. Vous maîtrisez InDesign, Illustrator et Figma ; le français est indispensable, l'allemand ou le luxembourgeois est un atout.",
            ],
            "en": [
                "Our studio designs visual identities, annual reports and campaigns for several of the country's cultural institutions. We are strengthening the team with a junior graphic designer.",
                "You lay out print and digital publications, prepare files for the printer and take part in creative research. You are fluent in InDesign, Illustrator and Figma; French is essential, German or Luxembourgish is a plus.",
            ],
            "de": [
                "Unser Studio gestaltet Erscheinungsbilder, Geschäftsberichte und Kampagnen für mehrere Kulturinstitutionen des Landes. Wir verstärken das Team mit einem Junior-Grafikdesigner oder einer Junior-Grafikdesignerin.",
                "Sie setzen Print- und Digitalpublikationen, bereiten Druckdaten vor und wirken an der kreativen Recherche mit. Sie beherrschen InDesign, Illustrator und Figma; Französisch ist unerlässlich, Deutsch oder Luxemburgisch ein Plus.",
            ],
        },
        "how": {
            "fr": "<p>Envoyez votre CV et un portfolio de cinq projets au maximum (PDF de moins de 10 Mo).</p>",
            "en": "<p>Send your CV and a portfolio of at most five projects (PDF under 10 MB).</p>",
            "de": "<p>Senden Sie Ihren Lebenslauf und ein Portfolio mit höchstens fünf Projekten (PDF unter 10 MB).</p>",
        },
    },
    {
        "key": "developpeur-unity",
        "branch": "gaming",
        "employer": None,
        "contract": "fixed-term",
        "workload": "full-time",
        "remote": "hybrid",
        "location": {
            "fr": "Esch-sur-Alzette (Belval)",
            "en": "Esch-sur-Alzette (Belval)",
            "de": "Esch an der Alzette (Belval)",
        },
        "posted": 6,
        "expires": 24,
        "start": 45,
        "apply": "url",
        "title": {
            "fr": "Développeur ou développeuse Unity (CDD 18 mois)",
            "en": "Unity developer (18-month contract)",
            "de": "Unity-Entwickler (m/w/d), befristet auf 18 Monate",
        },
        "body": {
            "fr": [
                "Le studio développe un jeu d'aventure narratif soutenu par le Film Fund Luxembourg. Pour la phase de production, nous recrutons un développeur ou une développeuse Unity.",
                "Vous programmez le gameplay et les outils de l'équipe narrative en C#, optimisez le jeu pour les consoles et travaillez chaque jour avec les artistes et le game designer. Une première expérience sur un jeu publié est demandée.",
            ],
            "en": [
                "The studio is developing a narrative adventure game backed by the Film Fund Luxembourg. For the production phase, we are hiring a Unity developer.",
                "You program gameplay and the narrative team's tools in C#, optimise the game for consoles and work daily with the artists and the game designer. Experience on at least one released game is required.",
            ],
            "de": [
                "Das Studio entwickelt ein erzählerisches Abenteuerspiel mit Unterstützung des Film Fund Luxembourg. Für die Produktionsphase suchen wir einen Unity-Entwickler oder eine Unity-Entwicklerin.",
                "Sie programmieren das Gameplay und die Werkzeuge des Narrative-Teams in C#, optimieren das Spiel für Konsolen und arbeiten täglich mit den Artists und dem Game Designer zusammen. Erfahrung mit mindestens einem veröffentlichten Spiel wird vorausgesetzt.",
            ],
        },
        "how": {
            "fr": "<p>Postulez en ligne avec un lien vers vos projets (GitHub, itch.io ou démo jouable).</p>",
            "en": "<p>Apply online with a link to your projects (GitHub, itch.io or a playable demo).</p>",
            "de": "<p>Bewerben Sie sich online mit einem Link zu Ihren Projekten (GitHub, itch.io oder spielbare Demo).</p>",
        },
    },
    {
        "key": "chef-projet-communication",
        "branch": "marketing-communication",
        "employer": None,
        "contract": "permanent",
        "workload": "full-time",
        "remote": "on-site",
        "location": LUXEMBOURG_CITY,
        "posted": 10,
        "expires": 20,
        "start": None,
        "apply": "email",
        "title": {
            "fr": "Chef de projet communication digitale",
            "en": "Digital communication project manager",
            "de": "Projektleiter digitale Kommunikation (m/w/d)",
        },
        "body": {
            "fr": [
                "Agence de communication indépendante, nous accompagnons des clients du commerce, de la culture et du secteur public. Vous pilotez leurs campagnes en ligne, du brief à la mesure des résultats.",
                "Vous coordonnez les créatifs, les développeurs et les régies, tenez les budgets et les plannings et présentez les recommandations aux clients. Trois ans d'expérience en agence et la pratique du français et de l'anglais sont demandés.",
            ],
            "en": [
                "We are an independent communication agency working for retail, cultural and public-sector clients. You run their online campaigns, from the brief to measuring results.",
                "You coordinate creatives, developers and media sellers, keep budgets and schedules on track and present recommendations to clients. Three years of agency experience and working French and English are required.",
            ],
            "de": [
                "Wir sind eine unabhängige Kommunikationsagentur für Kunden aus Handel, Kultur und öffentlichem Sektor. Sie steuern deren Online-Kampagnen, vom Briefing bis zur Erfolgsmessung.",
                "Sie koordinieren Kreative, Entwickler und Vermarkter, behalten Budgets und Zeitpläne im Blick und präsentieren den Kunden Ihre Empfehlungen. Drei Jahre Agenturerfahrung sowie gute Französisch- und Englischkenntnisse werden erwartet.",
            ],
        },
        "how": {
            "fr": "<p>Envoyez une lettre de motivation et votre CV en précisant vos disponibilités.</p>",
            "en": "<p>Send a cover letter and your CV, stating when you could start.</p>",
            "de": "<p>Senden Sie ein Anschreiben und Ihren Lebenslauf mit Angabe Ihres frühestmöglichen Eintrittstermins.</p>",
        },
    },
    {
        "key": "stage-production-audiovisuelle",
        "branch": "audiovisual-film",
        "employer": None,
        "contract": "internship",
        "workload": "full-time",
        "remote": "on-site",
        "location": {"fr": "Kehlen", "en": "Kehlen", "de": "Kehlen"},
        "posted": 14,
        "expires": 16,
        "start": 30,
        "apply": "email",
        "title": {
            "fr": "Stage d'assistant ou d'assistante de production (6 mois)",
            "en": "Production assistant internship (6 months)",
            "de": "Praktikum Produktionsassistenz (6 Monate)",
        },
        "body": {
            "fr": [
                "Société de production de films d'animation et de documentaires, nous préparons le tournage d'une coproduction européenne. Le stage vous fait suivre toutes les étapes de la préparation à la post-production.",
                "Vous aidez à organiser les plannings, les contrats et les déplacements de l'équipe, tenez les feuilles de service et suivez le budget avec la directrice de production. Stage conventionné, indemnisé selon la loi luxembourgeoise.",
            ],
            "en": [
                "We produce animated films and documentaries and are preparing the shoot of a European co-production. The internship takes you through every stage, from preparation to post-production.",
                "You help organise the crew's schedules, contracts and travel, keep the call sheets and follow the budget with the production manager. The internship requires an agreement with your school and is paid according to Luxembourg law.",
            ],
            "de": [
                "Als Produktionsfirma für Animations- und Dokumentarfilme bereiten wir die Dreharbeiten einer europäischen Koproduktion vor. Im Praktikum begleiten Sie alle Schritte von der Vorbereitung bis zur Postproduktion.",
                "Sie helfen bei der Planung von Drehplänen, Verträgen und Reisen des Teams, führen die Dispositionen und verfolgen das Budget mit der Produktionsleiterin. Das Praktikum setzt eine Vereinbarung mit Ihrer Hochschule voraus und wird nach luxemburgischem Recht vergütet.",
            ],
        },
        "how": {
            "fr": "<p>Écrivez-nous avec votre CV, la période de stage demandée par votre école et un lien vers un film auquel vous avez participé.</p>",
            "en": "<p>Write to us with your CV, the internship period your school requires and a link to a film you worked on.</p>",
            "de": "<p>Schreiben Sie uns mit Ihrem Lebenslauf, dem von Ihrer Hochschule vorgegebenen Praktikumszeitraum und einem Link zu einem Film, an dem Sie mitgewirkt haben.</p>",
        },
    },
    {
        "key": "architecte-interieur",
        "branch": "architecture",
        "employer": None,
        "contract": "permanent",
        "workload": "part-time",
        "remote": "on-site",
        "location": {"fr": "Mersch", "en": "Mersch", "de": "Mersch"},
        "posted": 2,
        "expires": 40,
        "start": 60,
        "apply": "email",
        "title": {
            "fr": "Architecte d'intérieur à temps partiel (60 %)",
            "en": "Part-time interior architect (60%)",
            "de": "Innenarchitekt (m/w/d) in Teilzeit (60 %)",
        },
        "body": {
            "fr": [
                "Notre bureau d'architecture réalise des logements, des écoles et des rénovations de maisons anciennes dans le centre du pays. Nous cherchons un ou une architecte d'intérieur pour trois jours par semaine.",
                "Vous concevez les aménagements intérieurs, choisissez les matériaux avec les clients et suivez les artisans sur le chantier. La maîtrise d'Archicad et un permis de conduire sont nécessaires.",
            ],
            "en": [
                "Our architecture practice designs housing, schools and renovations of old houses in the centre of the country. We are looking for an interior architect three days a week.",
                "You design interiors, choose materials with clients and follow the craftspeople on site. You need to be proficient in Archicad and hold a driving licence.",
            ],
            "de": [
                "Unser Architekturbüro plant Wohnungen, Schulen und die Renovierung alter Häuser im Zentrum des Landes. Wir suchen einen Innenarchitekten oder eine Innenarchitektin für drei Tage pro Woche.",
                "Sie entwerfen Innenräume, wählen mit den Bauherren die Materialien aus und begleiten die Handwerker auf der Baustelle. Archicad-Kenntnisse und ein Führerschein sind erforderlich.",
            ],
        },
        "how": {
            "fr": "<p>Envoyez votre CV et trois références de projets réalisés.</p>",
            "en": "<p>Send your CV and three completed projects as references.</p>",
            "de": "<p>Senden Sie Ihren Lebenslauf und drei realisierte Projekte als Referenzen.</p>",
        },
    },
    {
        "key": "redacteur-web-freelance",
        "branch": "publishing-media",
        "employer": "Kulturkaart – magazine culturel",
        "contract": "freelance",
        "workload": "part-time",
        "remote": "remote",
        "location": None,
        "posted": 1,
        "expires": 21,
        "start": None,
        "apply": "url",
        "title": {
            "fr": "Rédacteur ou rédactrice web freelance (français et allemand)",
            "en": "Freelance web writer (French and German)",
            "de": "Freie Webredaktion (Französisch und Deutsch)",
        },
        "body": {
            "fr": [
                "Notre magazine en ligne présente chaque semaine expositions, concerts et spectacles au Luxembourg et dans la Grande Région. Nous cherchons une plume pour deux à trois articles par semaine.",
                "Vous proposez des sujets, interviewez les artistes et écrivez en français et en allemand pour le web. Les articles sont rémunérés à la pige ; le travail se fait entièrement à distance.",
            ],
            "en": [
                "Our online magazine covers exhibitions, concerts and performances in Luxembourg and the Greater Region every week. We are looking for a writer for two to three articles a week.",
                "You pitch topics, interview artists and write for the web in French and German. Articles are paid per piece; the work is fully remote.",
            ],
            "de": [
                "Unser Online-Magazin stellt jede Woche Ausstellungen, Konzerte und Aufführungen in Luxemburg und der Großregion vor. Wir suchen eine Autorin oder einen Autor für zwei bis drei Artikel pro Woche.",
                "Sie schlagen Themen vor, interviewen Künstlerinnen und Künstler und schreiben auf Französisch und Deutsch für das Web. Die Artikel werden pro Beitrag honoriert; gearbeitet wird vollständig remote.",
            ],
        },
        "how": {
            "fr": "<p>Postulez en ligne avec deux articles publiés, un en français et un en allemand.</p>",
            "en": "<p>Apply online with two published articles, one in French and one in German.</p>",
            "de": "<p>Bewerben Sie sich online mit zwei veröffentlichten Artikeln, einem auf Französisch und einem auf Deutsch.</p>",
        },
    },
    {
        "key": "job-etudiant-festival",
        "branch": "music",
        "employer": None,
        "contract": "student-job",
        "workload": "part-time",
        "remote": "on-site",
        "location": {"fr": "Esch-sur-Alzette", "en": "Esch-sur-Alzette", "de": "Esch an der Alzette"},
        "posted": 45,
        "expires": -4,
        "start": None,
        "apply": "email",
        "title": {
            "fr": "Job étudiant : accueil du public d'un festival de musique",
            "en": "Student job: front-of-house at a music festival",
            "de": "Studentenjob: Publikumsempfang bei einem Musikfestival",
        },
        "body": {
            "fr": [
                "Pour notre festival de musiques actuelles, nous recrutons des étudiants et étudiantes pour l'accueil du public, la billetterie et le vestiaire.",
                "Vous travaillez les soirs de concert et le week-end, en équipe, avec un briefing avant chaque date. Le luxembourgeois, le français ou l'allemand et l'anglais sont appréciés.",
            ],
            "en": [
                "For our contemporary music festival, we are hiring students for front-of-house, ticketing and the cloakroom.",
                "You work on concert evenings and at weekends, in a team, with a briefing before each date. Luxembourgish, French or German and English are welcome.",
            ],
            "de": [
                "Für unser Festival für aktuelle Musik suchen wir Studierende für Publikumsempfang, Ticketverkauf und Garderobe.",
                "Sie arbeiten an Konzertabenden und am Wochenende im Team, mit einem Briefing vor jedem Termin. Luxemburgisch, Französisch oder Deutsch und Englisch sind willkommen.",
            ],
        },
        "how": {
            "fr": "<p>Envoyez vos disponibilités et une copie de votre carte d'étudiant.</p>",
            "en": "<p>Send your availability and a copy of your student card.</p>",
            "de": "<p>Senden Sie Ihre Verfügbarkeiten und eine Kopie Ihres Studierendenausweises.</p>",
        },
    },
    {
        "key": "apprenti-photographe",
        "branch": "photography-visual-arts",
        "employer": None,
        "contract": "apprenticeship",
        "workload": "full-time",
        "remote": "on-site",
        "location": {"fr": "Ettelbruck", "en": "Ettelbruck", "de": "Ettelbrück"},
        "posted": 60,
        "expires": -12,
        "start": -5,
        "apply": "email",
        "title": {
            "fr": "Apprentissage de photographe (DAP)",
            "en": "Photographer apprenticeship (DAP)",
            "de": "Ausbildung zum Fotografen (DAP) (m/w/d)",
        },
        "body": {
            "fr": [
                "Notre studio photo réalise portraits, reportages d'entreprise et photographies de produits. Nous formons un apprenti ou une apprentie au diplôme d'aptitude professionnelle.",
                "Vous apprenez l'éclairage en studio, la prise de vue sur le terrain et la retouche, en alternance avec les cours au lycée technique.",
            ],
            "en": [
                "Our photo studio produces portraits, corporate reportage and product photography. We are training an apprentice towards the vocational diploma (DAP).",
                "You learn studio lighting, location shooting and retouching, alternating with classes at a technical secondary school.",
            ],
            "de": [
                "Unser Fotostudio fertigt Porträts, Firmenreportagen und Produktfotos. Wir bilden einen Auszubildenden oder eine Auszubildende zum Berufsabschluss DAP aus.",
                "Sie lernen Studiobeleuchtung, Fotografie vor Ort und Bildbearbeitung, im Wechsel mit dem Unterricht am technischen Lyzeum.",
            ],
        },
        "how": {
            "fr": "<p>Envoyez votre CV, votre dernier bulletin et quelques photos que vous aimez.</p>",
            "en": "<p>Send your CV, your latest school report and a few photos you like.</p>",
            "de": "<p>Senden Sie Ihren Lebenslauf, Ihr letztes Zeugnis und einige Fotos, die Ihnen gefallen.</p>",
        },
    },
]

COLLABORATIONS = [
    {
        "key": "identite-festival-design",
        "kind": "tender",
        "branch": "graphic-design-illustration",
        "author": "Design Minett asbl",
        "deadline": 18,
        "posted": 5,
        "budget": {"fr": "15 000 à 20 000 € HT", "en": "€15,000–20,000 excl. VAT", "de": "15.000–20.000 € zzgl. MwSt."},
        "title": {
            "fr": "Appel d'offres : identité visuelle d'un festival de design",
            "en": "Call for tender: visual identity for a design festival",
            "de": "Ausschreibung: Erscheinungsbild für ein Designfestival",
        },
        "summary": {
            "fr": "Un festival de design dans le sud du pays cherche une agence ou un collectif pour créer son identité visuelle et ses supports pour trois éditions.",
            "en": "A design festival in the south of the country is looking for an agency or a collective to create its visual identity and materials for three editions.",
            "de": "Ein Designfestival im Süden des Landes sucht eine Agentur oder ein Kollektiv für sein Erscheinungsbild und seine Medien über drei Ausgaben.",
        },
        "body": {
            "fr": [
                "La mission comprend le logo, la charte graphique, l'affiche, la signalétique des lieux et les déclinaisons pour les réseaux sociaux. Les offres présentent une note d'intention, deux références et un calendrier."
            ],
            "en": [
                "The assignment covers the logo, the style guide, the poster, signage for the venues and social media versions. Proposals include a statement of intent, two references and a schedule."
            ],
            "de": [
                "Der Auftrag umfasst Logo, Gestaltungsrichtlinien, Plakat, Beschilderung der Spielorte und Varianten für soziale Netzwerke. Angebote enthalten ein Konzeptpapier, zwei Referenzen und einen Zeitplan."
            ],
        },
        "how": {
            "fr": "<p>Envoyez votre offre en PDF à appels@design-minett.example.lu en indiquant « Identité 2027 » dans l'objet.</p>",
            "en": "<p>Send your proposal as a PDF to appels@design-minett.example.lu with “Identity 2027” in the subject line.</p>",
            "de": "<p>Senden Sie Ihr Angebot als PDF an appels@design-minett.example.lu mit dem Betreff „Identität 2027“.</p>",
        },
    },
    {
        "key": "compositeur-jeu-video",
        "kind": "collaboration",
        "branch": "music",
        "author": None,
        "author_branch": "gaming",
        "deadline": 25,
        "posted": 4,
        "budget": {"fr": "À discuter", "en": "To be agreed", "de": "Nach Vereinbarung"},
        "title": {
            "fr": "Recherche compositeur ou compositrice pour un jeu vidéo indépendant",
            "en": "Composer wanted for an independent video game",
            "de": "Komponist (m/w/d) für ein Indie-Videospiel gesucht",
        },
        "summary": {
            "fr": "Notre studio cherche un compositeur ou une compositrice pour la bande originale et le design sonore d'un jeu de réflexion poétique.",
            "en": "Our studio is looking for a composer for the soundtrack and sound design of a poetic puzzle game.",
            "de": "Unser Studio sucht eine Komponistin oder einen Komponisten für Soundtrack und Sounddesign eines poetischen Rätselspiels.",
        },
        "body": {
            "fr": [
                "Environ quarante minutes de musique adaptative et une centaine d'effets sonores, livrés en plusieurs étapes sur six mois. Une expérience de Wwise ou FMOD est un plus."
            ],
            "en": [
                "About forty minutes of adaptive music and around a hundred sound effects, delivered in stages over six months. Experience with Wwise or FMOD is a plus."
            ],
            "de": [
                "Rund vierzig Minuten adaptive Musik und etwa hundert Soundeffekte, in mehreren Etappen über sechs Monate geliefert. Erfahrung mit Wwise oder FMOD ist ein Plus."
            ],
        },
        "how": {
            "fr": "<p>Répondez par le formulaire de contact de notre page membre avec un lien vers trois morceaux.</p>",
            "en": "<p>Reply through the contact form on our member page with a link to three pieces.</p>",
            "de": "<p>Antworten Sie über das Kontaktformular auf unserer Mitgliederseite mit einem Link zu drei Stücken.</p>",
        },
    },
    {
        "key": "partenaire-exposition-immersive",
        "kind": "collaboration",
        "branch": "new-media-digital",
        "author": None,
        "author_branch": "architecture",
        "deadline": 10,
        "posted": 8,
        "budget": None,
        "title": {
            "fr": "Partenaire numérique pour une exposition immersive",
            "en": "Digital partner for an immersive exhibition",
            "de": "Digitalpartner für eine immersive Ausstellung gesucht",
        },
        "summary": {
            "fr": "Nous concevons la scénographie d'une exposition sur l'histoire industrielle du sud et cherchons un studio pour les projections et les dispositifs interactifs.",
            "en": "We are designing the scenography of an exhibition on the industrial history of the south and are looking for a studio for projections and interactive installations.",
            "de": "Wir gestalten die Szenografie einer Ausstellung über die Industriegeschichte des Südens und suchen ein Studio für Projektionen und interaktive Installationen.",
        },
        "body": {
            "fr": [
                "Le projet réunit mapping vidéo sur des éléments de haut fourneau, bornes tactiles trilingues et un parcours sonore. Nous déposerons ensemble la candidature à un appel à projets public."
            ],
            "en": [
                "The project combines video mapping on blast-furnace elements, trilingual touch screens and a sound trail. We will submit a joint application to a public call for projects."
            ],
            "de": [
                "Das Projekt verbindet Video-Mapping auf Hochofenteilen, dreisprachige Touchscreens und einen Klangparcours. Gemeinsam reichen wir eine Bewerbung bei einem öffentlichen Projektaufruf ein."
            ],
        },
        "how": {
            "fr": "<p>Présentez votre studio et deux installations réalisées par le formulaire de contact de notre page membre.</p>",
            "en": "<p>Introduce your studio and two installations you have built through the contact form on our member page.</p>",
            "de": "<p>Stellen Sie Ihr Studio und zwei realisierte Installationen über das Kontaktformular auf unserer Mitgliederseite vor.</p>",
        },
    },
    {
        "key": "photos-rapport-annuel",
        "kind": "tender",
        "branch": "photography-visual-arts",
        "author": "Fondation Patrimoine Industriel",
        "deadline": 32,
        "posted": 2,
        "budget": {"fr": "6 000 € HT", "en": "€6,000 excl. VAT", "de": "6.000 € zzgl. MwSt."},
        "title": {
            "fr": "Appel d'offres : photographies pour un rapport annuel",
            "en": "Call for tender: photography for an annual report",
            "de": "Ausschreibung: Fotografie für einen Jahresbericht",
        },
        "summary": {
            "fr": "Une fondation commande une série de portraits et de photos de sites pour son rapport annuel imprimé et en ligne.",
            "en": "A foundation is commissioning a series of portraits and site photographs for its printed and online annual report.",
            "de": "Eine Stiftung beauftragt eine Serie von Porträts und Standortfotos für ihren gedruckten und digitalen Jahresbericht.",
        },
        "body": {
            "fr": [
                "Douze portraits et une vingtaine de vues de sites industriels, avec cession des droits pour cinq ans. Les prises de vue ont lieu sur quatre jours au printemps."
            ],
            "en": [
                "Twelve portraits and about twenty views of industrial sites, with a five-year licence. The shoots take place over four days in spring."
            ],
            "de": [
                "Zwölf Porträts und rund zwanzig Ansichten von Industriestandorten, mit Nutzungsrechten für fünf Jahre. Die Aufnahmen finden an vier Tagen im Frühjahr statt."
            ],
        },
        "how": {
            "fr": "<p>Envoyez un devis détaillé et un lien vers votre portfolio à offres@patrimoine-industriel.example.lu.</p>",
            "en": "<p>Send a detailed quote and a link to your portfolio to offres@patrimoine-industriel.example.lu.</p>",
            "de": "<p>Senden Sie ein detailliertes Angebot und einen Link zu Ihrem Portfolio an offres@patrimoine-industriel.example.lu.</p>",
        },
    },
    {
        "key": "illustrateur-album-jeunesse",
        "kind": "collaboration",
        "branch": "graphic-design-illustration",
        "author": None,
        "author_branch": "publishing-media",
        "deadline": -6,
        "posted": 40,
        "budget": {"fr": "4 500 € HT", "en": "€4,500 excl. VAT", "de": "4.500 € zzgl. MwSt."},
        "title": {
            "fr": "Illustrateur ou illustratrice pour un album jeunesse trilingue",
            "en": "Illustrator for a trilingual children's book",
            "de": "Illustrator (m/w/d) für ein dreisprachiges Kinderbuch",
        },
        "summary": {
            "fr": "Notre maison d'édition cherche un illustrateur ou une illustratrice pour un album de 32 pages en luxembourgeois, français et allemand.",
            "en": "Our publishing house is looking for an illustrator for a 32-page picture book in Luxembourgish, French and German.",
            "de": "Unser Verlag sucht eine Illustratorin oder einen Illustrator für ein 32-seitiges Bilderbuch auf Luxemburgisch, Französisch und Deutsch.",
        },
        "body": {
            "fr": [
                "Seize doubles pages et une couverture, livrées en six mois, pour une parution à la rentrée. Le texte est déjà écrit et traduit."
            ],
            "en": [
                "Sixteen spreads and a cover, delivered over six months, for publication in the autumn. The text is already written and translated."
            ],
            "de": [
                "Sechzehn Doppelseiten und ein Cover, geliefert innerhalb von sechs Monaten, für ein Erscheinen im Herbst. Der Text ist bereits geschrieben und übersetzt."
            ],
        },
        "how": {
            "fr": "<p>Envoyez trois illustrations et vos conditions par le formulaire de contact de notre page membre.</p>",
            "en": "<p>Send three illustrations and your terms through the contact form on our member page.</p>",
            "de": "<p>Senden Sie drei Illustrationen und Ihre Konditionen über das Kontaktformular auf unserer Mitgliederseite.</p>",
        },
    },
]

# Who posts when the site has no demo member in the branch (and none at all).
FALLBACK_NAMES = {
    "graphic-design-illustration": "Atelier Alzette Graphisme",
    "gaming": "Pixel Minett Studio",
    "marketing-communication": "Agence Moselle Communication",
    "audiovisual-film": "Sûre Films",
    "architecture": "Bureau Nordstad Architectes",
    "music": "Festival Minett Sounds",
    "photography-visual-arts": "Studio Lumière Ettelbruck",
    "publishing-media": "Éditions Guttland",
    "new-media-digital": "Scénographies du Sud",
}
