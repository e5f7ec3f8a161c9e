"""Demo myth pages and rumour reports, written for Samla, with translations.

The general facts (schooling, the right to work, the settlement act) are
Swedish rules; everything local is set in the fictional Exempelkommun and
every page is marked as example content. Translation tables map the Swedish
source text to the translated text."""

ORGANISATION = {"name": "Exempelkommun", "website": "https://exempelkommun.example/"}

INDEX = {
    "slug": "myter",
    "title": "Myter och fakta",
    "intro": (
        "Här bemöter vi rykten om mottagandet av flyktingar och asylsökande med kontrollerade "
        "fakta. Har du hört något du undrar över? Rapportera ryktet längst ner på sidan."
    ),
}

TOPICS = ["Skola och barn", "Arbete och försörjning", "Boende", "Trygghet"]

MYTHS = [
    {
        "slug": "skolgang-for-asylsokande-barn",
        "title": "Får asylsökande barn gå i skolan?",
        "claim": "Barn som söker asyl får inte gå i skolan förrän de har fått uppehållstillstånd.",
        "verdict": "false",
        "topic": "Skola och barn",
        "short_fact": (
            "Fel. Barn som söker asyl har rätt till förskola och skola i den kommun där de bor, "
            "på samma sätt som andra barn."
        ),
        "paragraphs": [
            "Kommunen ska erbjuda asylsökande barn en plats i skolan snart efter att de har kommit "
            "till kommunen. Rätten gäller så länge asylansökan prövas.",
            "Till skillnad från andra barn har asylsökande barn ingen skolplikt. Det är alltså "
            "familjen som väljer, och de allra flesta barn börjar skolan.",
        ],
        "sources": [
            ("Skollagen (2010:800)", "Sveriges riksdag", "https://www.riksdagen.se/"),
            (
                "Utbildning för nyanlända och asylsökande",
                "Skolverket",
                "https://www.skolverket.se/",
            ),
        ],
        "checked_days_ago": 20,
        "recheck_in_days": 160,
    },
    {
        "slug": "asylsokande-och-arbete",
        "title": "Får asylsökande arbeta?",
        "claim": "Asylsökande får inte arbeta i Sverige.",
        "verdict": "misleading",
        "topic": "Arbete och försörjning",
        "short_fact": (
            "Missvisande. Många asylsökande får arbeta medan de väntar på beslut, om de uppfyller "
            "vissa krav."
        ),
        "paragraphs": [
            "En asylsökande kan få undantag från kravet på arbetstillstånd. Ett av kraven är att "
            "personen kan visa vem hen är med godkända identitetshandlingar.",
            "Om undantaget har beviljats står det på det kort som asylsökande får av "
            "Migrationsverket. Den som inte har undantaget får inte arbeta.",
        ],
        "sources": [
            (
                "Arbeta under tiden du söker asyl",
                "Migrationsverket",
                "https://www.migrationsverket.se/",
            ),
        ],
        "checked_days_ago": 40,
        "recheck_in_days": 140,
    },
    {
        "slug": "kommunens-skyldighet-att-ta-emot",
        "title": "Kan kommunen säga nej till nyanlända?",
        "claim": "Kommunen kan själv välja att inte ta emot nyanlända flyktingar.",
        "verdict": "false",
        "topic": "Boende",
        "short_fact": (
            "Fel. Sedan den 1 mars 2016 är alla kommuner skyldiga att ta emot de nyanlända som "
            "anvisas till dem."
        ),
        "paragraphs": [
            "Skyldigheten står i bosättningslagen. Länsstyrelsen fördelar varje år länets antal "
            "mellan kommunerna, bland annat efter deras storlek och arbetsmarknad.",
            "Exempelkommun planerar mottagandet i förväg och ordnar bostad åt dem som anvisas hit.",
        ],
        "sources": [
            (
                "Lag (2016:38) om mottagande av vissa nyanlända invandrare för bosättning",
                "Sveriges riksdag",
                "https://www.riksdagen.se/",
            ),
        ],
        "checked_days_ago": 60,
        "recheck_in_days": 120,
    },
    {
        "slug": "brott-kring-boendet",
        "title": "Har brotten ökat kring det nya boendet?",
        "claim": "Brotten har ökat kraftigt runt det nya boendet för asylsökande i Exempelkommun.",
        "verdict": "unproven",
        "topic": "Trygghet",
        "short_fact": (
            "Obekräftat. Polisen i Exempelkommun har inte sett fler anmälda brott i området sedan "
            "boendet öppnade."
        ),
        "paragraphs": [
            "Vi har frågat lokalpolisen, som jämförde anmälningarna från området före och efter "
            "att boendet öppnade. Statistiken visar ingen ökning.",
            "Statistiken visar bara brott som har anmälts. Har du varit med om något, anmäl det "
            "till polisen på 114 14, eller ring 112 om det är akut.",
        ],
        "sources": [
            ("Samtal med lokalpolisområdet", "Polisen i Exempelkommun", ""),
        ],
        "checked_days_ago": 200,
        "recheck_in_days": -10,
    },
    {
        "slug": "bostadskon",
        "title": "Går nyanlända före i bostadskön?",
        "claim": "Nyanlända går före alla andra i bostadskön i Exempelkommun.",
        "verdict": "partly_true",
        "topic": "Boende",
        "short_fact": (
            "Delvis sant. Kommunen ordnar bostad åt dem som anvisas hit, men utanför den vanliga "
            "kön. Ingen förlorar sin plats i kön."
        ),
        "paragraphs": [
            "Kommunen måste ordna bostad åt nyanlända som anvisas hit. De lägenheterna hyrs oftast "
            "ut med tidsbegränsade kontrakt.",
            "Övriga lägenheter förmedlas genom bostadskön som vanligt, och den som står i kön "
            "behåller sin kötid.",
        ],
        "sources": [
            ("Bostäder för nyanlända", "Exempelkommun", "https://exempelkommun.example/"),
        ],
        "checked_days_ago": 10,
        "recheck_in_days": 170,
    },
]

# (slug, related slug): both directions are set.
RELATED = [("kommunens-skyldighet-att-ta-emot", "bostadskon")]

REPORTS = [
    {
        "text": "Waxaan maqlay in carruurta magangelyo-doonka ah aysan dugsiga aadi karin.",
        "language": "so",
        "heard_where": "people",
        "status": "answered",
        "answered_by": "skolgang-for-asylsokande-barn",
    },
    {
        "text": "Någon skrev i en Facebookgrupp att alla lägenheter i nya området går till flyktingar.",
        "language": "sv",
        "heard_where": "social_media",
        "status": "answered",
        "answered_by": "bostadskon",
    },
    {
        "text": "سمعت أن طالبي اللجوء يحصلون على المال من البلدية كل شهر أكثر من المتقاعدين.",
        "language": "ar",
        "heard_where": "messaging",
        "status": "investigating",
        "answered_by": None,
    },
    {
        "text": "Det sägs att skolan ska stänga på grund av det nya boendet.",
        "language": "sv",
        "heard_where": "school_work",
        "status": "new",
        "answered_by": None,
    },
]

TRANSLATIONS = {
    "en": {
        "Myter och fakta": "Myths and facts",
        INDEX["intro"]: (
            "Here we answer rumours about the reception of refugees and asylum seekers with "
            "checked facts. Heard something you wonder about? Report the rumour at the bottom of "
            "the page."
        ),
        "Skola och barn": "School and children",
        "Arbete och försörjning": "Work and income",
        "Boende": "Housing",
        "Trygghet": "Safety",
        "Får asylsökande barn gå i skolan?": "Can children seeking asylum go to school?",
        MYTHS[0][
            "claim"
        ]: "Children who seek asylum may not go to school until they have a residence permit.",
        MYTHS[0]["short_fact"]: (
            "False. Children seeking asylum have the right to preschool and school in the "
            "municipality where they live, just like other children."
        ),
        MYTHS[0]["paragraphs"][0]: (
            "The municipality must offer children seeking asylum a place in school soon after "
            "they arrive. The right lasts as long as the asylum application is being examined."
        ),
        MYTHS[0]["paragraphs"][1]: (
            "Unlike other children, children seeking asylum are not obliged to attend school. "
            "The family chooses, and nearly all children start school."
        ),
        "Skollagen (2010:800)": "The Education Act (2010:800)",
        "Sveriges riksdag": "The Swedish Parliament",
        "Utbildning för nyanlända och asylsökande": "Education for newcomers and asylum seekers",
        "Skolverket": "The Swedish National Agency for Education",
        "Får asylsökande arbeta?": "May asylum seekers work?",
        MYTHS[1]["claim"]: "Asylum seekers are not allowed to work in Sweden.",
        MYTHS[1]["short_fact"]: (
            "Misleading. Many asylum seekers may work while they wait for a decision, if they "
            "meet certain requirements."
        ),
        MYTHS[1]["paragraphs"][0]: (
            "An asylum seeker can be exempted from the requirement to have a work permit. One "
            "requirement is that the person can prove their identity with approved documents."
        ),
        MYTHS[1]["paragraphs"][1]: (
            "If the exemption has been granted, it is shown on the card asylum seekers receive "
            "from the Migration Agency. Without the exemption, a person may not work."
        ),
        "Arbeta under tiden du söker asyl": "Working while you seek asylum",
        "Migrationsverket": "The Swedish Migration Agency",
        "Kan kommunen säga nej till nyanlända?": "Can the municipality refuse newcomers?",
        MYTHS[2]["claim"]: "The municipality can choose not to receive newly arrived refugees.",
        MYTHS[2]["short_fact"]: (
            "False. Since 1 March 2016 every municipality must by law receive the newcomers "
            "assigned to it."
        ),
        MYTHS[2]["paragraphs"][0]: (
            "The duty is set out in the Settlement Act. Each year the county administrative "
            "board divides the county's number between the municipalities, based on their size "
            "and labour market among other things."
        ),
        MYTHS[2]["paragraphs"][1]: (
            "Exempelkommun plans the reception in advance and arranges housing for those "
            "assigned here."
        ),
        MYTHS[2]["sources"][0][0]: (
            "Act (2016:38) on the reception of certain newly arrived immigrants for settlement"
        ),
        "Har brotten ökat kring det nya boendet?": "Has crime gone up around the new housing?",
        MYTHS[3][
            "claim"
        ]: "Crime has risen sharply around the new housing for asylum seekers in Exempelkommun.",
        MYTHS[3]["short_fact"]: (
            "Unproven. The police in Exempelkommun have seen no more reported crimes in the area "
            "since the housing opened."
        ),
        MYTHS[3]["paragraphs"][0]: (
            "We asked the local police, who compared reports from the area before and after the "
            "housing opened. The figures show no increase."
        ),
        MYTHS[3]["paragraphs"][1]: (
            "The figures only show crimes that were reported. If something happened to you, "
            "report it to the police on 114 14, or call 112 in an emergency."
        ),
        "Samtal med lokalpolisområdet": "Conversation with the local police district",
        "Polisen i Exempelkommun": "The police in Exempelkommun",
        "Går nyanlända före i bostadskön?": "Do newcomers jump the housing queue?",
        MYTHS[4][
            "claim"
        ]: "Newcomers go ahead of everyone else in the housing queue in Exempelkommun.",
        MYTHS[4]["short_fact"]: (
            "Partly true. The municipality arranges housing for those assigned here, but outside "
            "the ordinary queue. Nobody loses their place in the queue."
        ),
        MYTHS[4]["paragraphs"][0]: (
            "The municipality must arrange housing for newcomers assigned here. Those flats are "
            "usually let on fixed-term contracts."
        ),
        MYTHS[4]["paragraphs"][1]: (
            "Other flats are let through the housing queue as usual, and people in the queue "
            "keep their queuing time."
        ),
        "Bostäder för nyanlända": "Housing for newcomers",
    },
    "ar": {
        "Myter och fakta": "خرافات وحقائق",
        INDEX["intro"]: (
            "نرد هنا على الشائعات حول استقبال اللاجئين وطالبي اللجوء بحقائق تم التحقق منها. "
            "هل سمعت شيئًا تتساءل عنه؟ أبلغ عن الشائعة في أسفل الصفحة."
        ),
        "Skola och barn": "المدرسة والأطفال",
        "Arbete och försörjning": "العمل والدخل",
        "Boende": "السكن",
        "Trygghet": "الأمان",
        "Får asylsökande barn gå i skolan?": "هل يحق للأطفال طالبي اللجوء الذهاب إلى المدرسة؟",
        MYTHS[0][
            "claim"
        ]: "الأطفال طالبو اللجوء لا يحق لهم الذهاب إلى المدرسة قبل حصولهم على تصريح الإقامة.",
        MYTHS[0]["short_fact"]: (
            "خطأ. للأطفال طالبي اللجوء الحق في الروضة والمدرسة في البلدية التي يعيشون فيها، "
            "مثل غيرهم من الأطفال."
        ),
        MYTHS[0]["paragraphs"][0]: (
            "يجب على البلدية أن توفر للأطفال طالبي اللجوء مكانًا في المدرسة بعد وصولهم بوقت قصير. "
            "ويستمر هذا الحق طوال فترة دراسة طلب اللجوء."
        ),
        MYTHS[0]["paragraphs"][1]: (
            "على عكس الأطفال الآخرين، لا يُلزَم الأطفال طالبو اللجوء بالذهاب إلى المدرسة. "
            "فالأسرة هي التي تختار، ومعظم الأطفال يبدؤون الدراسة."
        ),
        "Skollagen (2010:800)": "قانون التعليم (2010:800)",
        "Sveriges riksdag": "البرلمان السويدي",
        "Utbildning för nyanlända och asylsökande": "التعليم للقادمين الجدد وطالبي اللجوء",
        "Skolverket": "الهيئة الوطنية السويدية للتعليم",
        "Får asylsökande arbeta?": "هل يحق لطالبي اللجوء العمل؟",
        MYTHS[1]["claim"]: "لا يُسمح لطالبي اللجوء بالعمل في السويد.",
        MYTHS[1]["short_fact"]: (
            "مضلل. يحق لكثير من طالبي اللجوء العمل أثناء انتظار القرار إذا استوفوا شروطًا معينة."
        ),
        MYTHS[1]["paragraphs"][0]: (
            "يمكن أن يُعفى طالب اللجوء من شرط تصريح العمل. ومن الشروط أن يثبت الشخص هويته "
            "بوثائق مقبولة."
        ),
        MYTHS[1]["paragraphs"][1]: (
            "إذا مُنح الإعفاء فإنه يظهر على البطاقة التي يحصل عليها طالبو اللجوء من مصلحة الهجرة. "
            "ومن لا يملك الإعفاء لا يحق له العمل."
        ),
        "Arbeta under tiden du söker asyl": "العمل أثناء طلب اللجوء",
        "Migrationsverket": "مصلحة الهجرة السويدية",
        "Kan kommunen säga nej till nyanlända?": "هل يمكن للبلدية رفض القادمين الجدد؟",
        MYTHS[2]["claim"]: "يمكن للبلدية أن تختار عدم استقبال اللاجئين القادمين حديثًا.",
        MYTHS[2]["short_fact"]: (
            "خطأ. منذ 1 مارس 2016 يجب على كل بلدية بحكم القانون أن تستقبل القادمين الجدد الذين "
            "يُحالون إليها."
        ),
        MYTHS[2]["paragraphs"][0]: (
            "هذا الواجب منصوص عليه في قانون التوطين. وفي كل عام توزع المحافظة عدد القادمين على "
            "البلديات حسب حجمها وسوق العمل فيها وأمور أخرى."
        ),
        MYTHS[2]["paragraphs"][
            1
        ]: "تخطط Exempelkommun للاستقبال مسبقًا وتوفر السكن لمن يُحالون إليها.",
        MYTHS[2]["sources"][0][0]: "القانون (2016:38) بشأن استقبال بعض المهاجرين الجدد للتوطين",
        "Har brotten ökat kring det nya boendet?": "هل زادت الجرائم حول السكن الجديد؟",
        MYTHS[3][
            "claim"
        ]: "زادت الجرائم بشكل كبير حول السكن الجديد لطالبي اللجوء في Exempelkommun.",
        MYTHS[3]["short_fact"]: (
            "غير مثبت. لم تلاحظ الشرطة في Exempelkommun زيادة في الجرائم المبلغ عنها في المنطقة "
            "منذ افتتاح السكن."
        ),
        MYTHS[3]["paragraphs"][0]: (
            "سألنا الشرطة المحلية، فقارنت البلاغات من المنطقة قبل افتتاح السكن وبعده. "
            "ولا تظهر الأرقام أي زيادة."
        ),
        MYTHS[3]["paragraphs"][1]: (
            "تُظهر الأرقام الجرائم المبلغ عنها فقط. إذا تعرضت لشيء فأبلغ الشرطة على الرقم 114 14، "
            "أو اتصل بالرقم 112 في الحالات الطارئة."
        ),
        "Samtal med lokalpolisområdet": "محادثة مع منطقة الشرطة المحلية",
        "Polisen i Exempelkommun": "الشرطة في Exempelkommun",
        "Går nyanlända före i bostadskön?": "هل يتقدم القادمون الجدد في طابور السكن؟",
        MYTHS[4]["claim"]: "يتقدم القادمون الجدد على الجميع في طابور السكن في Exempelkommun.",
        MYTHS[4]["short_fact"]: (
            "صحيح جزئيًا. توفر البلدية السكن لمن يُحالون إليها، لكن خارج الطابور العادي. "
            "ولا يفقد أحد مكانه في الطابور."
        ),
        MYTHS[4]["paragraphs"][0]: (
            "يجب على البلدية توفير السكن للقادمين الجدد المحالين إليها. وغالبًا ما تؤجَّر هذه "
            "الشقق بعقود محددة المدة."
        ),
        MYTHS[4]["paragraphs"][1]: (
            "أما الشقق الأخرى فتؤجَّر عبر طابور السكن كالمعتاد، ويحتفظ المنتظرون في الطابور "
            "بمدة انتظارهم."
        ),
        "Bostäder för nyanlända": "مساكن للقادمين الجدد",
    },
}

FORECAST_INDEX = {
    "slug": "prognoser",
    "title": "Prognoser",
    "intro": "Prognoser över hur många som väntas komma till kommunen, med siffror som tabell och diagram.",
}
FORECAST_SERIES_KEY = "exempelkommun-mottagande"
FORECAST_SUMMARY_1 = (
    "Kommunen väntas ta emot något färre nyanlända under 2026 än året innan, medan antalet "
    "asylsökande i boenden ligger kvar på ungefär samma nivå."
)
FORECAST_SUMMARY_2 = (
    "Den nya prognosen sänker antalet nyanlända som väntas anvisas till kommunen, men höjer "
    "antalet asylsökande i boenden under 2026."
)
FORECAST_METHOD = (
    "Prognosen bygger på antagandena i myndigheternas planering. Varje värde är ett "
    "planeringsantagande inom ett intervall mellan ett lägre och ett högre utfall."
)
ASSIGNED = ("anvisade", "Nyanlända som anvisas till kommunen", "personer")
RESIDENTS = ("asylsokande-boende", "Asylsökande i boenden i kommunen", "personer")
FORECASTS = [
    {
        "slug": "prognos-2026-1",
        "title": "Prognos för mottagandet, februari 2026",
        "date": "2026-02-10",
        "edition": 1,
        "summary": FORECAST_SUMMARY_1,
        "series": {
            ASSIGNED: [("2026", 120, 90, 150), ("2027", 110, 80, 150), ("2028", 100, 70, 140)],
            RESIDENTS: [("2026", 250, 200, 320), ("2027", 230, 170, 300), ("2028", 210, 150, 290)],
        },
    },
    {
        "slug": "prognos-2026-2",
        "title": "Prognos för mottagandet, juli 2026",
        "date": "2026-07-15",
        "edition": 2,
        "summary": FORECAST_SUMMARY_2,
        "series": {
            ASSIGNED: [("2026", 105, 90, 125), ("2027", 95, 70, 130), ("2028", 90, 60, 125)],
            RESIDENTS: [("2026", 280, 240, 320), ("2027", 240, 190, 300), ("2028", 215, 160, 280)],
        },
    },
]

TRANSLATIONS["en"].update(
    {
        "Prognoser": "Forecasts",
        FORECAST_INDEX["intro"]: (
            "Forecasts of how many people are expected to come to the municipality, with the "
            "figures as a table and a chart."
        ),
        "Prognos för mottagandet, februari 2026": "Reception forecast, February 2026",
        "Prognos för mottagandet, juli 2026": "Reception forecast, July 2026",
        FORECAST_SUMMARY_1: (
            "The municipality expects to receive slightly fewer newcomers in 2026 than the year "
            "before, while the number of asylum seekers in housing stays about the same."
        ),
        FORECAST_SUMMARY_2: (
            "The new forecast lowers the number of newcomers expected to be assigned to the "
            "municipality, but raises the number of asylum seekers in housing in 2026."
        ),
        FORECAST_METHOD: (
            "The forecast builds on the assumptions in the authorities' planning. Each value is "
            "a planning assumption within an interval between a lower and a higher outcome."
        ),
        ASSIGNED[1]: "Newcomers assigned to the municipality",
        RESIDENTS[1]: "Asylum seekers in housing in the municipality",
        "personer": "people",
    }
)
TRANSLATIONS["ar"].update(
    {
        "Prognoser": "التوقعات",
        FORECAST_INDEX["intro"]: (
            "توقعات لعدد الأشخاص المنتظر قدومهم إلى البلدية، مع الأرقام في جدول ورسم بياني."
        ),
        "Prognos för mottagandet, februari 2026": "توقعات الاستقبال، فبراير 2026",
        "Prognos för mottagandet, juli 2026": "توقعات الاستقبال، يوليو 2026",
        FORECAST_SUMMARY_1: (
            "يُتوقع أن تستقبل البلدية عددًا أقل بقليل من القادمين الجدد في عام 2026 مقارنة بالعام "
            "السابق، بينما يبقى عدد طالبي اللجوء في المساكن على حاله تقريبًا."
        ),
        FORECAST_SUMMARY_2: (
            "تخفض التوقعات الجديدة عدد القادمين الجدد المنتظر إحالتهم إلى البلدية، لكنها ترفع عدد "
            "طالبي اللجوء في المساكن في عام 2026."
        ),
        FORECAST_METHOD: (
            "تستند التوقعات إلى افتراضات التخطيط لدى السلطات. كل قيمة هي افتراض تخطيطي ضمن "
            "نطاق بين نتيجة أدنى ونتيجة أعلى."
        ),
        ASSIGNED[1]: "القادمون الجدد المحالون إلى البلدية",
        RESIDENTS[1]: "طالبو اللجوء في المساكن داخل البلدية",
        "personer": "أشخاص",
    }
)
