"""Samla's demo stories, written for Samla from the facts in the seed texts
(../shared/seeds/000-003), with their English and Arabic translations.

No story quotes a real person: what people said is retold in our own words.
Translation tables map the Swedish source text to the translated text."""

from home.choices import County, OrganisationKind

INDEX = {
    "title": "Goda exempel",
    "slug": "goda-exempel",
    "intro": (
        "Så har kommuner, myndigheter och föreningar arbetat med mottagandet av "
        "asylsökande och nyanlända. Filtrera efter målgrupp, län eller typ av exempel "
        "och ta kontakt med dem som gjorde arbetet."
    ),
}

# slug: (Swedish, English, Arabic)
ACTIVITIES = {
    "asylsamordning": ("Asylsamordning", "Asylum coordination", "تنسيق شؤون اللجوء"),
    "samverkan-i-kris": ("Samverkan i kris", "Cooperation in a crisis", "التعاون في الأزمات"),
    "flyktingmottagande": ("Flyktingmottagande", "Refugee reception", "استقبال اللاجئين"),
    "samverkan-med-civilsamhallet": (
        "Samverkan med civilsamhället",
        "Cooperation with civil society",
        "التعاون مع المجتمع المدني",
    ),
}
TARGET_GROUPS = {
    "asylsokande": ("Asylsökande", "Asylum seekers", "طالبو اللجوء"),
    "lokalbefolkning": ("Lokalbefolkning", "Local residents", "السكان المحليون"),
    "civilsamhallet": ("Civilsamhället", "Civil society", "المجتمع المدني"),
    "myndigheter": ("Myndigheter", "Government agencies", "الجهات الحكومية"),
    "kommuner": ("Kommuner", "Municipalities", "البلديات"),
    "nyanlanda": ("Nyanlända", "Newcomers", "القادمون الجدد"),
}
EXAMPLE_TYPES = {
    "text": ("Text", "Text", "نص"),
    "film": ("Film", "Film", "فيلم"),
    "rapport": ("Rapport", "Report", "تقرير"),
    "vagledning": ("Vägledning", "Guidance", "دليل إرشادي"),
}

# name: (kind, municipality, county, website, English name, Arabic name)
ORGANISATIONS = {
    "Kramfors kommun": (
        OrganisationKind.MUNICIPALITY,
        "Kramfors",
        County.VASTERNORRLAND,
        "",
        "Kramfors Municipality",
        "بلدية كرامفورس",
    ),
    "Skara kommun": (
        OrganisationKind.MUNICIPALITY,
        "Skara",
        County.VASTRA_GOTALAND,
        "",
        "Skara Municipality",
        "بلدية سكارا",
    ),
    "Sala kommun": (
        OrganisationKind.MUNICIPALITY,
        "Sala",
        County.VASTMANLAND,
        "",
        "Sala Municipality",
        "بلدية سالا",
    ),
    "Migrationsverket": (
        OrganisationKind.AGENCY,
        "",
        "",
        "",
        "Swedish Migration Agency",
        "مصلحة الهجرة السويدية",
    ),
    "Polisen": (
        OrganisationKind.AGENCY,
        "",
        "",
        "",
        "Swedish Police",
        "الشرطة السويدية",
    ),
    "Svenska kyrkan i Skara": (
        OrganisationKind.FAITH_COMMUNITY,
        "Skara",
        County.VASTRA_GOTALAND,
        "",
        "Church of Sweden in Skara",
        "كنيسة السويد في سكارا",
    ),
    "Rädda Barnen": (
        OrganisationKind.CIVIL_SOCIETY,
        "",
        "",
        "",
        "Save the Children Sweden",
        "منظمة إنقاذ الطفل في السويد",
    ),
    "Jokarjo AB": (
        OrganisationKind.COMPANY,
        "Skara",
        County.VASTRA_GOTALAND,
        "",
        "Jokarjo AB",
        "شركة Jokarjo AB",
    ),
    "Skaraborgs sjukhus": (
        OrganisationKind.REGION,
        "Skövde",
        County.VASTRA_GOTALAND,
        "",
        "Skaraborg Hospital",
        "مستشفى سكارابوري",
    ),
    "Myndigheten för ungdoms- och civilsamhällesfrågor (MUCF)": (
        OrganisationKind.AGENCY,
        "Stockholm",
        County.STOCKHOLM,
        "https://www.mucf.se/",
        "Swedish Agency for Youth and Civil Society (MUCF)",
        "الهيئة السويدية لشؤون الشباب والمجتمع المدني (MUCF)",
    ),
}

# name: (role, organisation)
PEOPLE = {
    "Maria Thunberg": ("Asylsamordnare", "Kramfors kommun"),
    "Camilla Helander": ("Samordnare av civilsamhället i kriser", "Skara kommun"),
    "Anders Hagquist": (
        "Kontaktperson för vägledningen Samla kraft!",
        "Myndigheten för ungdoms- och civilsamhällesfrågor (MUCF)",
    ),
}

STORIES = [
    {
        "slug": "kramfors-asylsamordnare",
        "title": "Kramfors samlar alla aktörer kring en asylsamordnare",
        "summary": (
            "I Kramfors håller en asylsamordnare ihop kommunen, myndigheterna, civilsamhället "
            "och invånarna. Korrekt information delas öppet, bland annat på en lokal Facebooksida, "
            "som motvikt till felaktiga uppgifter på nätet."
        ),
        "year": 2017,
        "county": County.VASTERNORRLAND,
        "activity": "asylsamordning",
        "example_type": "text",
        "target_groups": ["myndigheter", "civilsamhallet", "lokalbefolkning"],
        "organisations": ["Kramfors kommun"],
        "contacts": ["Maria Thunberg"],
        "related": ["skara-natverk"],
        "featured": True,
        "body": [
            ("heading", "En kontaktperson för alla"),
            (
                "text",
                [
                    "Kramfors kommun har en asylsamordnare som kan lagarna och vet vem som ansvarar för vad i det lokala asylmottagandet. Kommunen, invånare, myndigheter och föreningar vänder sig till samordnaren med sina frågor.",
                    "Samordnaren leder en arbetsgrupp med representanter för civilsamhället, en intern grupp i kommunen och flera nätverk. När någon i nätverken vill veta mer kan till exempel landstinget eller fastighetsägare bjudas in för att berätta om sitt uppdrag. Då kan varje aktör ägna sig åt sitt eget arbete i stället för att leta information.",
                ],
            ),
            ("heading", "Öppenhet mot desinformation"),
            (
                "text",
                [
                    "Att förebygga konflikter och bidra till ett öppet lokalsamhälle är en grund för arbetet. Asylsamordnaren Maria Thunberg startade tidigt Facebooksidan Integration Kramfors kommun. Där berättar hon om vad som händer lokalt, lyfter fram det som fungerar och delar myndigheternas uppgifter, till exempel prognoser för asylmottagandet.",
                    "Hon har också besökt föreningar och gymnasieskolan. Efter besöken har många börjat följa sidan.",
                ],
            ),
            (
                "success_factors",
                [
                    "En person är kontakt för Migrationsverket, kommunen, länsstyrelsen, fastighetsägarna och asylboendena och har därför alltid aktuell information.",
                    "Fasta nätverk där civilsamhället och kommunen möts regelbundet.",
                    "Myndigheternas prognoser delas öppet i en lokal kanal som invånarna redan följer.",
                ],
            ),
        ],
    },
    {
        "slug": "skara-natverk",
        "title": "Skara: ett nätverk där varje organisation gör det den är bäst på",
        "summary": (
            "När ett boende för flyktingar från Ukraina öppnade på Stora Ekeberg startade Skara "
            "kommun ett nätverk med myndigheter, vården, kyrkan, föreningar och företaget som driver "
            "boendet. En gemensam lägesbild gör att missförstånd kan redas ut direkt."
        ),
        "year": 2022,
        "county": County.VASTRA_GOTALAND,
        "activity": "samverkan-i-kris",
        "example_type": "text",
        "target_groups": ["asylsokande", "myndigheter", "civilsamhallet"],
        "organisations": [
            "Skara kommun",
            "Migrationsverket",
            "Polisen",
            "Jokarjo AB",
            "Skaraborgs sjukhus",
            "Svenska kyrkan i Skara",
            "Rädda Barnen",
        ],
        "contacts": ["Camilla Helander"],
        "related": ["kramfors-asylsamordnare"],
        "featured": False,
        "body": [
            (
                "text",
                [
                    "Boendet på Stora Ekeberg drivs av företaget Jokarjo AB. På uppdrag av kommundirektören startade kommunen ett nätverk för samverkan och dialog. Med i nätverket är Migrationsverket, Jokarjo AB, polisen, Skaraborgs sjukhus, Svenska kyrkan i Skara, vårdcentralen Vilan som drivs av Bräcke diakoni, Rädda Barnen och Skara kommun.",
                    "Nätverket träffas regelbundet. Mellan mötena hör deltagarna av sig direkt till varandra när en fråga behöver lösas. Varje organisation har kvar sitt eget uppdrag, men arbetet samordnas så att det blir så bra som möjligt för dem som bor på boendet.",
                ],
            ),
            ("heading", "Gemensam lägesbild"),
            (
                "text",
                [
                    "Deltagarna beskriver att mycket tillit byggdes upp redan efter några få möten. Kommunpolisen Elisabeth Oliv lyfter fram att många missförstånd kan undvikas när alla vet vad de andra arbetar med just nu. Tommy Bengtsson, teamledare på Migrationsverket, ser en stor fördel i att kommunen, myndigheten, företaget och de frivilliga har direktkontakt och kan få svar på sina frågor direkt.",
                    "Under flyktingmottagandet 2015 deltog kommunen inte i något liknande nätverk. Den här gången valde kommunen att arbeta på ett annat sätt.",
                ],
            ),
            (
                "success_factors",
                [
                    "Ett tydligt uppdrag från kommundirektören att starta nätverket.",
                    "Regelbundna möten och direktkontakt mellan mötena.",
                    "Varje organisation gör det den är bäst på, så att ingen gör samma sak som någon annan.",
                ],
            ),
        ],
    },
    {
        "slug": "sala-tidig-aktivering",
        "title": "Sala: asylsökande startade ett råd och hittade praktikplatser",
        "summary": (
            "Hösten 2015 flyttade 150 asylsökande in på ett nytt boende mitt i Sala. De boende "
            "bildade ett eget råd, kartlade sina yrken och utbildningar och hittade ett femtiotal "
            "praktikplatser hos lokala företag."
        ),
        "year": 2015,
        "county": County.VASTMANLAND,
        "activity": "flyktingmottagande",
        "example_type": "film",
        "target_groups": ["asylsokande"],
        "organisations": ["Sala kommun", "Migrationsverket", "Polisen"],
        "contacts": [],
        "related": ["kramfors-asylsamordnare"],
        "featured": True,
        "body": [
            (
                "text",
                [
                    "Väntan på beslut om uppehållstillstånd blir ofta en tid utan sysselsättning. I Sala blev det annorlunda. De asylsökande hade många egna idéer, och med hjälp av lokala aktörer kom aktiviteterna i gång från första dagen.",
                    "Många bidrog: kommunens integrationsenhet, personal och ledning på boendet, polisen, räddningstjänsten, Arbetsförmedlingen, företag och föreningar.",
                ],
            ),
            ("heading", "Ett råd som valdes av de boende"),
            (
                "text",
                [
                    "De boende valde själva sina företrädare till ett råd. Rådet tog reda på vilka yrkeserfarenheter och utbildningar som fanns på boendet och kontaktade sedan företag om praktik. Utgångspunkten var vad varje person kunde bidra med. Ett femtiotal praktikplatser hittades, och samtidigt lärde sig deltagarna hur den svenska arbetsmarknaden fungerar. Flera av dem har senare fått sin försörjning i Sala.",
                    "Rådet träffade regelbundet kommunens verksamheter, Migrationsverket och polisen. Tilliten var stor: boendet hade få falsklarm och polisen behövde sällan rycka ut.",
                ],
            ),
            ("heading", "Information som minskade oron"),
            (
                "text",
                [
                    "Ett mål med kommunikationen var att minska risken för rykten och social oro. Mycket arbete lades på begriplig information till olika grupper. Rådet mötte också föreningar och andra grupper i lokalsamhället, svarade på frågor och kunde reda ut missförstånd.",
                    "Sala kommun har gjort en film om sitt flyktingmottagande.",
                ],
            ),
            (
                "success_factors",
                [
                    "De asylsökandes egna initiativ togs på allvar från första dagen.",
                    "Fokus på vad varje person kan bidra med på en arbetsplats.",
                    "God kommunikation till närsamhället minskade ryktesspridningen.",
                ],
            ),
        ],
    },
    {
        "slug": "mucf-samla-kraft",
        "title": "Samla kraft! Vägledning för samverkan mellan kommuner och civilsamhället",
        "summary": (
            "Våren 2016 lämnade Myndigheten för ungdoms- och civilsamhällesfrågor (MUCF) vägledningen "
            "Samla kraft! till regeringen. Den beskriver hur kommuner och föreningar kan samarbeta "
            "kring mottagandet av nyanlända och vad som gör samarbetet framgångsrikt."
        ),
        "year": 2016,
        "county": County.STOCKHOLM,
        "activity": "samverkan-med-civilsamhallet",
        "example_type": "vagledning",
        "target_groups": ["kommuner", "civilsamhallet", "nyanlanda"],
        "organisations": ["Myndigheten för ungdoms- och civilsamhällesfrågor (MUCF)"],
        "contacts": ["Anders Hagquist"],
        "related": ["skara-natverk"],
        "featured": False,
        "body": [
            (
                "text",
                [
                    "När många människor på flykt kom till Sverige på kort tid gjorde frivilliga och föreningar en mycket stor insats. Regeringen gav därför MUCF i uppdrag att ta fram en konkret vägledning för hur kommuner och civilsamhället kan utveckla sitt samarbete. MUCF:s generaldirektör Lena Nyberg betonade att erfarenheterna från mottagandet ska tas till vara.",
                ],
            ),
            ("heading", "Exempel på vad kommuner och föreningar kan göra"),
            (
                "list",
                [
                    "En gemensam väg in till kommunen, till exempel en integrationssamordnare, för föreningar som arbetar med nyanlända.",
                    "Föreningar som samarbetar med varandra så att var och en bidrar med det den kan bäst.",
                    "Föreningar som hjälper kommunen att informera nyanlända om lagar, vård och samhället i övrigt.",
                    "Kommuner som upplåter lokaler till föreningarnas verksamhet.",
                ],
            ),
            (
                "text",
                [
                    "Vägledningen beskriver också idéburet offentligt partnerskap (IOP), där kommun och förening kommer överens om att samla resurser, till exempel för ett boende för ensamkommande barn eller för fadderverksamhet. Bland exemplen finns fotbollsföreningen Konyaspor KIF, som ordnar fritidsverksamhet för nyanlända tillsammans med Botkyrka kommun, och föreningar som utbildar volontärer tillsammans med Umeå kommun.",
                    "Rapporten finns att hämta på mucf.se.",
                ],
            ),
            (
                "success_factors",
                [
                    "Kunskap om varandra och tillit mellan kommun och föreningar.",
                    "Väl förberedda samråd och dialogmöten.",
                    "Tydliga överenskommelser, till exempel idéburet offentligt partnerskap.",
                ],
            ),
        ],
    },
]

INDEX_TRANSLATIONS = {
    "en": {
        "title": "Good examples",
        "intro": (
            "How municipalities, agencies and associations have worked with the reception of "
            "asylum seekers and newcomers. Filter by target group, county or type of example, "
            "and get in touch with the people who did the work."
        ),
    },
    "ar": {
        "title": "أمثلة جيدة",
        "intro": (
            "كيف عملت البلديات والهيئات الحكومية والجمعيات على استقبال طالبي اللجوء والقادمين "
            "الجدد. صفِّ الأمثلة حسب الفئة المستهدفة أو المحافظة أو نوع المثال، وتواصل مع "
            "الأشخاص الذين قاموا بالعمل."
        ),
    },
}

# Each story's translation has the same shape as its Swedish source.
STORY_TRANSLATIONS = {
    "kramfors-asylsamordnare": {
        "en": {
            "title": "Kramfors brings everyone together around an asylum coordinator",
            "summary": (
                "In Kramfors an asylum coordinator keeps the municipality, the agencies, civil "
                "society and residents connected. Correct information is shared openly, among "
                "other places on a local Facebook page, as a counterweight to false claims online."
            ),
            "body": [
                ("heading", "One contact person for everyone"),
                (
                    "text",
                    [
                        "Kramfors municipality has an asylum coordinator who knows the law and who is responsible for what in local asylum reception. The municipality, residents, agencies and associations turn to the coordinator with their questions.",
                        "The coordinator leads a working group with representatives of civil society, an internal group in the municipality and several networks. When someone in the networks wants to know more, the county council or property owners, for example, can be invited to explain their role. That way every organisation can concentrate on its own work instead of searching for information.",
                    ],
                ),
                ("heading", "Openness against disinformation"),
                (
                    "text",
                    [
                        "Preventing conflicts and contributing to an open local community are at the heart of the work. Early on, asylum coordinator Maria Thunberg started the Facebook page Integration Kramfors kommun. There she tells what is happening locally, highlights what works and shares information from the agencies, such as forecasts for asylum reception.",
                        "She has also visited associations and the upper secondary school. After the visits many people started following the page.",
                    ],
                ),
                (
                    "success_factors",
                    [
                        "One person is the contact for the Migration Agency, the municipality, the county administrative board, the property owners and the asylum accommodations, and therefore always has current information.",
                        "Standing networks where civil society and the municipality meet regularly.",
                        "The agencies' forecasts are shared openly in a local channel that residents already follow.",
                    ],
                ),
            ],
        },
        "ar": {
            "title": "كرامفورس تجمع كل الجهات حول منسّق لشؤون اللجوء",
            "summary": (
                "في كرامفورس يربط منسّق لشؤون اللجوء بين البلدية والهيئات الحكومية والمجتمع "
                "المدني والسكان. وتُنشر المعلومات الصحيحة بشكل علني، ومن ذلك صفحة محلية على "
                "فيسبوك، لمواجهة المعلومات الخاطئة على الإنترنت."
            ),
            "body": [
                ("heading", "جهة اتصال واحدة للجميع"),
                (
                    "text",
                    [
                        "لدى بلدية كرامفورس منسّق لشؤون اللجوء يعرف القوانين ويعرف من المسؤول عن ماذا في استقبال طالبي اللجوء محليًا. وتلجأ البلدية والسكان والهيئات والجمعيات إلى المنسّق بأسئلتهم.",
                        "يقود المنسّق مجموعة عمل تضم ممثلين عن المجتمع المدني، ومجموعة داخلية في البلدية، وعدة شبكات. وعندما يريد أحد في الشبكات معرفة المزيد، يمكن دعوة مجلس المحافظة أو مالكي العقارات مثلًا ليشرحوا مهامهم. وهكذا يتفرغ كل طرف لعمله بدل البحث عن المعلومات.",
                    ],
                ),
                ("heading", "الشفافية في مواجهة التضليل"),
                (
                    "text",
                    [
                        "منع النزاعات والمساهمة في مجتمع محلي منفتح أساس هذا العمل. وفي وقت مبكر أنشأت منسّقة شؤون اللجوء ماريا تونبري صفحة فيسبوك باسم Integration Kramfors kommun. تروي فيها ما يحدث محليًا، وتُبرز ما ينجح، وتشارك معلومات الهيئات الحكومية مثل التوقعات الخاصة باستقبال طالبي اللجوء.",
                        "كما زارت الجمعيات والمدرسة الثانوية. وبعد الزيارات بدأ كثيرون بمتابعة الصفحة.",
                    ],
                ),
                (
                    "success_factors",
                    [
                        "شخص واحد هو جهة الاتصال مع مصلحة الهجرة والبلدية ومجلس المحافظة ومالكي العقارات ومساكن اللجوء، ولذلك تكون معلوماته محدّثة دائمًا.",
                        "شبكات ثابتة يلتقي فيها المجتمع المدني والبلدية بانتظام.",
                        "تُنشر توقعات الهيئات الحكومية علنًا في قناة محلية يتابعها السكان أصلًا.",
                    ],
                ),
            ],
        },
    },
    "skara-natverk": {
        "en": {
            "title": "Skara: a network where every organisation does what it does best",
            "summary": (
                "When accommodation for refugees from Ukraine opened at Stora Ekeberg, Skara "
                "municipality started a network with agencies, health care, the church, "
                "associations and the company running the accommodation. A shared picture of the "
                "situation means misunderstandings can be cleared up straight away."
            ),
            "body": [
                (
                    "text",
                    [
                        "The accommodation at Stora Ekeberg is run by the company Jokarjo AB. On the instructions of the municipal director, the municipality started a network for cooperation and dialogue. Its members are the Migration Agency, Jokarjo AB, the police, Skaraborg Hospital, the Church of Sweden in Skara, the Vilan health centre run by Bräcke diakoni, Save the Children and Skara municipality.",
                        "The network meets regularly. Between meetings the members contact each other directly when a question needs solving. Every organisation keeps its own remit, but the work is coordinated so that it is as good as possible for the people living at the accommodation.",
                    ],
                ),
                ("heading", "A shared picture of the situation"),
                (
                    "text",
                    [
                        "The members describe how a lot of trust was built after only a few meetings. Community police officer Elisabeth Oliv points out that many misunderstandings can be avoided when everyone knows what the others are working on right now. Tommy Bengtsson, team leader at the Migration Agency, sees a great advantage in the municipality, the agency, the company and the volunteers being in direct contact and getting answers to their questions at once.",
                        "During the refugee reception of 2015 the municipality did not take part in a network like this. This time it chose to work differently.",
                    ],
                ),
                (
                    "success_factors",
                    [
                        "A clear mandate from the municipal director to start the network.",
                        "Regular meetings and direct contact between meetings.",
                        "Every organisation does what it does best, so nobody duplicates anyone else's work.",
                    ],
                ),
            ],
        },
        "ar": {
            "title": "سكارا: شبكة تقوم فيها كل منظمة بما تتقنه",
            "summary": (
                "عندما افتُتح سكن للاجئين القادمين من أوكرانيا في ستورا إكيبري، أطلقت بلدية سكارا "
                "شبكة تضم الهيئات الحكومية والرعاية الصحية والكنيسة والجمعيات والشركة التي تدير "
                "السكن. وبفضل صورة مشتركة عن الوضع يمكن توضيح سوء الفهم فورًا."
            ),
            "body": [
                (
                    "text",
                    [
                        "تدير شركة Jokarjo AB السكن في ستورا إكيبري. وبتكليف من مدير البلدية أطلقت البلدية شبكة للتعاون والحوار. يشارك فيها مصلحة الهجرة وشركة Jokarjo AB والشرطة ومستشفى سكارابوري وكنيسة السويد في سكارا والمركز الصحي فيلان الذي تديره مؤسسة بريكه دياكوني ومنظمة إنقاذ الطفل وبلدية سكارا.",
                        "تجتمع الشبكة بانتظام. وبين الاجتماعات يتواصل الأعضاء مباشرة عندما تحتاج مسألة إلى حل. تحتفظ كل منظمة بمهمتها الخاصة، لكن العمل يُنسَّق ليكون أفضل ما يمكن لمن يسكنون في المكان.",
                    ],
                ),
                ("heading", "صورة مشتركة عن الوضع"),
                (
                    "text",
                    [
                        "يصف الأعضاء كيف نشأت ثقة كبيرة بعد اجتماعات قليلة فقط. وتشير شرطية الحي إليزابيث أوليف إلى أن كثيرًا من سوء الفهم يمكن تجنّبه عندما يعرف الجميع ما يعمل عليه الآخرون الآن. ويرى تومي بنغتسون، قائد فريق في مصلحة الهجرة، فائدة كبيرة في أن تكون البلدية والمصلحة والشركة والمتطوعون على تواصل مباشر وأن يحصلوا على أجوبة أسئلتهم فورًا.",
                        "خلال استقبال اللاجئين عام 2015 لم تشارك البلدية في شبكة كهذه. أما هذه المرة فاختارت أن تعمل بطريقة مختلفة.",
                    ],
                ),
                (
                    "success_factors",
                    [
                        "تكليف واضح من مدير البلدية بإطلاق الشبكة.",
                        "اجتماعات منتظمة وتواصل مباشر بين الاجتماعات.",
                        "تقوم كل منظمة بما تتقنه، فلا يكرر أحد عمل غيره.",
                    ],
                ),
            ],
        },
    },
    "sala-tidig-aktivering": {
        "en": {
            "title": "Sala: asylum seekers formed a council and found work placements",
            "summary": (
                "In the autumn of 2015, 150 asylum seekers moved into new accommodation in the "
                "centre of Sala. The residents formed their own council, mapped their professions "
                "and education, and found about fifty work placements with local businesses."
            ),
            "body": [
                (
                    "text",
                    [
                        "Waiting for a decision on a residence permit is often a time without anything to do. In Sala it turned out differently. The asylum seekers had many ideas of their own, and with the help of local partners activities got going from the very first day.",
                        "Many people contributed: the municipality's integration unit, the staff and management of the accommodation, the police, the rescue services, the Public Employment Service, businesses and associations.",
                    ],
                ),
                ("heading", "A council elected by the residents"),
                (
                    "text",
                    [
                        "The residents chose their own representatives for a council. The council found out which work experience and education people at the accommodation had, and then contacted businesses about work placements. The starting point was what each person could contribute. About fifty placements were found, and at the same time the participants learned how the Swedish labour market works. Several of them have since found their livelihood in Sala.",
                        "The council met the municipality's services, the Migration Agency and the police regularly. Trust was high: the accommodation had few false alarms and the police rarely needed to be called out.",
                    ],
                ),
                ("heading", "Information that reduced worry"),
                (
                    "text",
                    [
                        "One aim of the communication was to reduce the risk of rumours and social unrest. A lot of work went into clear information for different groups. The council also met associations and other groups in the local community, answered questions and was able to clear up misunderstandings.",
                        "Sala municipality has made a film about its refugee reception.",
                    ],
                ),
                (
                    "success_factors",
                    [
                        "The asylum seekers' own initiatives were taken seriously from the first day.",
                        "A focus on what each person can contribute at a workplace.",
                        "Good communication with the local community reduced the spread of rumours.",
                    ],
                ),
            ],
        },
        "ar": {
            "title": "سالا: طالبو اللجوء أسّسوا مجلسًا ووجدوا أماكن تدريب عملي",
            "summary": (
                "في خريف 2015 انتقل 150 طالب لجوء إلى سكن جديد في وسط مدينة سالا. أسّس السكان "
                "مجلسًا خاصًا بهم، وحصروا مهنهم ومؤهلاتهم الدراسية، ووجدوا نحو خمسين مكانًا للتدريب "
                "العملي لدى الشركات المحلية."
            ),
            "body": [
                (
                    "text",
                    [
                        "كثيرًا ما يكون انتظار قرار الإقامة وقتًا بلا عمل أو نشاط. لكن الأمر كان مختلفًا في سالا. فقد كانت لدى طالبي اللجوء أفكار كثيرة، وبمساعدة الجهات المحلية بدأت الأنشطة منذ اليوم الأول.",
                        "ساهم كثيرون في ذلك: وحدة الاندماج في البلدية، وموظفو السكن وإدارته، والشرطة، وخدمات الإنقاذ، ومكتب العمل، والشركات، والجمعيات.",
                    ],
                ),
                ("heading", "مجلس انتخبه السكان"),
                (
                    "text",
                    [
                        "اختار السكان بأنفسهم ممثليهم في مجلس. وتعرّف المجلس على الخبرات المهنية والمؤهلات الدراسية الموجودة في السكن، ثم تواصل مع الشركات بشأن التدريب العملي. وكانت نقطة الانطلاق ما يستطيع كل شخص أن يقدّمه. وُجد نحو خمسين مكانًا للتدريب، وفي الوقت نفسه تعلّم المشاركون كيف يعمل سوق العمل السويدي. وقد وجد عدد منهم لاحقًا مصدر رزقه في سالا.",
                        "كان المجلس يلتقي بانتظام بإدارات البلدية ومصلحة الهجرة والشرطة. وكانت الثقة كبيرة: فقد سُجّل في السكن عدد قليل من الإنذارات الكاذبة، ونادرًا ما احتاجت الشرطة إلى التدخل.",
                    ],
                ),
                ("heading", "معلومات خفّفت القلق"),
                (
                    "text",
                    [
                        "كان أحد أهداف التواصل الحدّ من خطر الشائعات والتوتر الاجتماعي. وبُذل جهد كبير لتقديم معلومات واضحة لفئات مختلفة. كما التقى المجلس بالجمعيات ومجموعات أخرى في المجتمع المحلي، وأجاب عن الأسئلة، واستطاع توضيح حالات سوء الفهم.",
                        "أنتجت بلدية سالا فيلمًا عن استقبالها للاجئين.",
                    ],
                ),
                (
                    "success_factors",
                    [
                        "أُخذت مبادرات طالبي اللجوء أنفسهم على محمل الجد منذ اليوم الأول.",
                        "التركيز على ما يستطيع كل شخص أن يقدّمه في مكان العمل.",
                        "التواصل الجيد مع المجتمع المحلي قلّل من انتشار الشائعات.",
                    ],
                ),
            ],
        },
    },
    "mucf-samla-kraft": {
        "en": {
            "title": "Samla kraft! Guidance on cooperation between municipalities and civil society",
            "summary": (
                "In the spring of 2016 the Swedish Agency for Youth and Civil Society (MUCF) handed "
                "the guidance Samla kraft! to the government. It describes how municipalities and "
                "associations can work together on the reception of newcomers, and what makes "
                "that cooperation succeed."
            ),
            "body": [
                (
                    "text",
                    [
                        "When many people fleeing war came to Sweden in a short time, volunteers and associations made a very large contribution. The government therefore asked MUCF to produce concrete guidance on how municipalities and civil society can develop their cooperation. MUCF's director-general Lena Nyberg stressed that the experience of the reception should be put to use.",
                    ],
                ),
                ("heading", "Examples of what municipalities and associations can do"),
                (
                    "list",
                    [
                        "A single way into the municipality, for example an integration coordinator, for associations working with newcomers.",
                        "Associations that cooperate with each other so that each contributes what it does best.",
                        "Associations that help the municipality inform newcomers about laws, health care and society in general.",
                        "Municipalities that lend premises to the associations' activities.",
                    ],
                ),
                (
                    "text",
                    [
                        "The guidance also describes idea-based public partnership (IOP), where a municipality and an association agree to pool resources, for example for a home for unaccompanied children or for a mentoring scheme. Among the examples are the football club Konyaspor KIF, which organises leisure activities for newcomers together with Botkyrka municipality, and associations that train volunteers together with Umeå municipality.",
                        "The report can be downloaded from mucf.se.",
                    ],
                ),
                (
                    "success_factors",
                    [
                        "Knowing each other and trust between the municipality and associations.",
                        "Well-prepared consultations and dialogue meetings.",
                        "Clear agreements, for example idea-based public partnership.",
                    ],
                ),
            ],
        },
        "ar": {
            "title": "«اجمعوا القوى!»: دليل للتعاون بين البلديات والمجتمع المدني",
            "summary": (
                "في ربيع 2016 سلّمت الهيئة السويدية لشؤون الشباب والمجتمع المدني (MUCF) الحكومة "
                "دليل «اجمعوا القوى!» (Samla kraft!). يشرح الدليل كيف يمكن للبلديات والجمعيات أن "
                "تتعاون في استقبال القادمين الجدد، وما الذي يجعل هذا التعاون ناجحًا."
            ),
            "body": [
                (
                    "text",
                    [
                        "عندما وصل كثير من الفارّين من الحروب إلى السويد في وقت قصير، قدّم المتطوعون والجمعيات جهدًا كبيرًا جدًا. لذلك كلّفت الحكومة هيئة MUCF بإعداد دليل عملي حول كيفية تطوير التعاون بين البلديات والمجتمع المدني. وأكدت المديرة العامة للهيئة لينا نيبري ضرورة الاستفادة من تجارب الاستقبال.",
                    ],
                ),
                ("heading", "أمثلة على ما يمكن أن تفعله البلديات والجمعيات"),
                (
                    "list",
                    [
                        "مدخل واحد مشترك إلى البلدية، مثل منسّق للاندماج، للجمعيات التي تعمل مع القادمين الجدد.",
                        "جمعيات تتعاون فيما بينها بحيث تقدّم كل منها ما تتقنه.",
                        "جمعيات تساعد البلدية في تعريف القادمين الجدد بالقوانين والرعاية الصحية والمجتمع عمومًا.",
                        "بلديات توفّر مقرات لأنشطة الجمعيات.",
                    ],
                ),
                (
                    "text",
                    [
                        "ويصف الدليل أيضًا الشراكة بين القطاع العام والمنظمات غير الربحية (IOP)، حيث تتفق البلدية والجمعية على جمع مواردهما، مثلًا لإدارة سكن للأطفال غير المصحوبين أو لبرنامج إرشاد ومرافقة. ومن الأمثلة نادي كرة القدم Konyaspor KIF الذي ينظم أنشطة ترفيهية للقادمين الجدد بالتعاون مع بلدية بوتشيركا، وجمعيات تدرّب المتطوعين بالتعاون مع بلدية أوميو.",
                        "يمكن تنزيل التقرير من موقع mucf.se.",
                    ],
                ),
                (
                    "success_factors",
                    [
                        "معرفة كل طرف بالآخر والثقة بين البلدية والجمعيات.",
                        "مشاورات ولقاءات حوار محضّرة جيدًا.",
                        "اتفاقات واضحة، مثل الشراكة بين القطاع العام والمنظمات غير الربحية.",
                    ],
                ),
            ],
        },
    },
}
