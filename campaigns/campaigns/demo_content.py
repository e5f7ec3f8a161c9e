"""Demo campaigns, written for Samla. "Frivillig spridning" retells the
facts of seed 004 (a finished project in the Umeå region); the active
campaign is set in the fictional Exempelkommun and marked as example content.
Each entry is (Swedish, English, Arabic, Tigrinya) or (Swedish, English, Arabic)."""

INDEX = {
    "slug": "kampanjer",
    "title": (
        "Kampanjer",
        "Campaigns",
        "الحملات",
        "ዘመቻታት",
    ),
    "intro": (
        "Informationskampanjer som kommuner driver tillsammans med myndigheter och "
        "föreningar: pågående, planerade och avslutade.",
        "Information campaigns that municipalities run together with agencies and "
        "associations: active, planned and finished.",
        "حملات إعلامية تنظمها البلديات بالتعاون مع الجهات الحكومية والجمعيات: الجارية "
        "والمخطط لها والمنتهية.",
        "ምምሕዳራት ምስ መንግስታዊ ትካላትን ማሕበራትን ብሓባር ዘካይድዎም ዘመቻታት ሓበሬታ፡ ቀጻሊ፡ ዝተመደቡን ዝተወድኡን።",
    ),
}

# Target groups from the stories demo, named in Tigrinya too.
TARGET_GROUP_NAMES_TI = {"asylsokande": "ዑቕባ ሓተትቲ", "nyanlanda": "ሓደሽቲ መጻእቲ"}

ACTIVE = {
    "slug": "valkommen-till-exempelkommun",
    "title": (
        "Välkommen till Exempelkommun",
        "Welcome to Exempelkommun",
        "مرحبًا بكم في Exempelkommun",
        "እንቋዕ ብደሓን ናብ Exempelkommun መጻእኩም",
    ),
    "purpose": (
        "Kampanjen berättar för asylsökande och nyanlända vad Exempelkommun kan erbjuda – "
        "bostad, skola, arbete och föreningsliv – på deras eget språk.",
        "The campaign tells asylum seekers and newcomers what Exempelkommun can offer – "
        "housing, school, work and community life – in their own language.",
        "تعرّف الحملة طالبي اللجوء والقادمين الجدد بما تقدمه Exempelkommun من سكن ومدارس "
        "وعمل وحياة جمعيات، بلغتهم الأم.",
        "እዚ ዘመቻ ንዑቕባ ሓተትትን ሓደሽቲ መጻእትን Exempelkommun እንታይ ከም ተቕርብ ብቋንቋኦም "
        "ይሕብር፡ መንበሪ ገዛ፡ ቤት ትምህርቲ፡ ስራሕን ማሕበራዊ ህይወትን።",
    ),
    "paragraphs": [
        (
            "Under de kommande veckorna besöker vi boenden och språkkaféer, och den som vill "
            "kan följa med till kommunen under två besöksdagar. Informationsbladet finns på "
            "åtta språk.",
            "In the coming weeks we visit housing sites and language cafés, and anyone who "
            "wants can come to the municipality on two visiting days. The leaflet is "
            "available in eight languages.",
            "خلال الأسابيع القادمة نزور أماكن السكن ومقاهي اللغة، ويمكن لمن يرغب أن يأتي إلى "
            "البلدية في يومَي زيارة. النشرة متوفرة بثماني لغات.",
            "ኣብዘን ዝመጻ ሰሙናት ንመንበሪ ቦታታትን ናይ ቋንቋ ካፈታትን ክንበጽሕ ኢና፡ ዝደሊ ድማ ኣብ "
            "ክልተ መዓልታት ምብጻሕ ናብቲ ምምሕዳር ክመጽእ ይኽእል። እቲ ወረቐት ሓበሬታ ብሸሞንተ "
            "ቋንቋታት ይርከብ።",
        ),
    ],
    # (title, place, description, first day, last day) in days from today.
    "activities": [
        (
            (
                "Informationsmöte på biblioteket",
                "Information meeting at the library",
                "لقاء إعلامي في المكتبة",
                "ኣኼባ ሓበሬታ ኣብ ቤት መጻሕፍቲ",
            ),
            (
                "Stadsbiblioteket, Storgatan 1, Exempelkommun",
                "City library, Storgatan 1, Exempelkommun",
                "مكتبة المدينة، Storgatan 1، Exempelkommun",
                "ቤት መጻሕፍቲ ከተማ፡ Storgatan 1፡ Exempelkommun",
            ),
            (
                "Vi berättar om kommunen och svarar på frågor. Tolkar finns på arabiska och "
                "tigrinja.",
                "We tell you about the municipality and answer your questions. Interpreters "
                "for Arabic and Tigrinya are there.",
                "نعرّفكم بالبلدية ونجيب عن أسئلتكم. يتوفر مترجمون للعربية والتغرينية.",
                "ብዛዕባ እቲ ምምሕዳር ንነግረኩም ሕቶታትኩም ድማ ንምልስ። ናይ ዓረብኛን ትግርኛን ተርጎምቲ ኣለዉ።",
            ),
            14,
            None,
        ),
        (
            (
                "Besöksdagar i Exempelkommun",
                "Visiting days in Exempelkommun",
                "أيام زيارة في Exempelkommun",
                "መዓልታት ምብጻሕ ኣብ Exempelkommun",
            ),
            ("Exempelkommun", "Exempelkommun", "Exempelkommun", "Exempelkommun"),
            (
                "Träffa skolor, arbetsgivare och föreningar. Bussen och lunchen är gratis.",
                "Meet schools, employers and associations. The bus and lunch are free.",
                "تعرّفوا على المدارس وأصحاب العمل والجمعيات. الحافلة والغداء مجانًا.",
                "ምስ ኣብያተ ትምህርቲ፡ ኣስራሕትን ማሕበራትን ተራኸቡ። ኣውቶቡስን ምሳሕን ብነጻ እዮም።",
            ),
            30,
            31,
        ),
        (
            (
                "Språkkafé med ambassadörer",
                "Language café with ambassadors",
                "مقهى لغة مع السفراء",
                "ናይ ቋንቋ ካፈ ምስ ኣምባሳደራት",
            ),
            (
                "Föreningshuset, Exempelkommun",
                "Community house, Exempelkommun",
                "دار الجمعيات، Exempelkommun",
                "ገዛ ማሕበራት፡ Exempelkommun",
            ),
            (
                "Ambassadörer berättade om sina första år i kommunen.",
                "Ambassadors told of their first years in the municipality.",
                "تحدث السفراء عن سنواتهم الأولى في البلدية.",
                "ኣምባሳደራት ብዛዕባ ቀዳሞት ዓመታቶም ኣብቲ ምምሕዳር ኣዘንተዉ።",
            ),
            -20,
            None,
        ),
    ],
    "ambassador": (
        "Selam",
        (
            "Jag kom hit för fyra år sedan. Här fick jag jobb och mina barn har vänner.",
            "I came here four years ago. Here I found work and my children have friends.",
            "جئت إلى هنا قبل أربع سنوات. وجدت هنا عملًا وأصبح لأطفالي أصدقاء.",
            "ቅድሚ ኣርባዕተ ዓመት ናብዚ መጺአ። ኣብዚ ስራሕ ረኺበ ደቀይ ድማ ኣዕሩኽ ኣለዉዎም።",
        ),
    ),
    "steering_group": [
        (
            "Kommunikationschef, Exempelkommun",
            "Head of communications, Exempelkommun",
            "رئيس قسم الاتصال، Exempelkommun",
            "ሓላፊ ርክባት፡ Exempelkommun",
        ),
        (
            "Integrationssamordnare, Exempelkommun",
            "Integration coordinator, Exempelkommun",
            "منسق الاندماج، Exempelkommun",
            "ኣወሃሃዲ ምጥርናፍ፡ Exempelkommun",
        ),
    ],
    "project_lead": "Kim Exempelsson",
    "target_groups": ["asylsokande", "nyanlanda"],
    "related_myth": "bostadskon",
}

# The leaflet of the active campaign, one small text document per language:
# (title, text), each in the document's own language.
LEAFLETS = {
    "sv": (
        "Välkommen till Exempelkommun – informationsblad",
        "Exempelkommun är en påhittad kommun. Bladet visar hur material på flera språk kan se ut.",
    ),
    "en": (
        "Welcome to Exempelkommun – leaflet",
        "Exempelkommun is a fictional municipality. This leaflet shows how material in many "
        "languages can look.",
    ),
    "ar": (
        "مرحبًا بكم في Exempelkommun – نشرة",
        "Exempelkommun بلدية خيالية. تبيّن هذه النشرة كيف يمكن أن تبدو المواد بلغات عدة.",
    ),
    "fa": (
        "به Exempelkommun خوش آمدید – بروشور",
        "Exempelkommun یک شهرداری خیالی است. این بروشور نشان می‌دهد مطالب به چند زبان "
        "چگونه می‌تواند باشد.",
    ),
    "prs": (
        "به Exempelkommun خوش آمدید – رهنما",
        "Exempelkommun یک ولسوالی خیالی است. این رهنما نشان می‌دهد که مواد به چند زبان "
        "چطور معلوم می‌شود.",
    ),
    "so": (
        "Ku soo dhowow Exempelkommun – warqad macluumaad",
        "Exempelkommun waa degmo male ah. Warqaddani waxay muujinaysaa sida qoraallo "
        "luqado badan ku qoran u ekaan karaan.",
    ),
    "ti": (
        "እንቋዕ ብደሓን ናብ Exempelkommun መጻእኩም – ወረቐት ሓበሬታ",
        "Exempelkommun ብሓሳብ ዝተፈጥረ ምምሕዳር እዩ። እዚ ወረቐት ትሕዝቶ ብብዙሕ ቋንቋታት ከመይ ክመስል ከም ዝኽእል የርኢ።",
    ),
    "uk": (
        "Ласкаво просимо до Exempelkommun – листівка",
        "Exempelkommun – вигадана громада. Ця листівка показує, як можуть виглядати "
        "матеріали різними мовами.",
    ),
}

FINISHED = {
    "slug": "frivillig-spridning",
    "title": (
        "Frivillig spridning – information till asylsökande",
        "Voluntary dispersal – information for asylum seekers",
        "التوزيع الطوعي – معلومات لطالبي اللجوء",
    ),
    "purpose": (
        "Projektet ville få fler flyktingar att välja en mindre ort i stället för en "
        "storstad. Asylsökande på förläggningar i norra Sverige fick på sina egna språk "
        "veta vad kommunerna i Umeåregionen har att erbjuda.",
        "The project wanted more refugees to choose a smaller town instead of a big city. "
        "Asylum seekers at reception centres in northern Sweden learned, in their own "
        "languages, what the municipalities of the Umeå region have to offer.",
        "أراد المشروع أن يختار عدد أكبر من اللاجئين بلدة صغيرة بدلًا من مدينة كبيرة. وقد عرف "
        "طالبو اللجوء في مراكز الاستقبال في شمال السويد، بلغاتهم، ما تقدمه بلديات منطقة أوميو.",
    ),
    "paragraphs": [
        (
            "Kommunerna i Umeåregionen började samarbeta kring flyktingmottagandet 2006. De "
            "var okända för många asylsökande och hade svårt att fylla sina platser, medan "
            "många flyttade till släktingar i storstäder där trångboddheten redan var stor.",
            "The municipalities of the Umeå region began working together on refugee "
            "reception in 2006. Many asylum seekers did not know them and they struggled to "
            "fill their places, while many people moved in with relatives in big cities "
            "where housing was already overcrowded.",
            "بدأت بلديات منطقة أوميو التعاون في استقبال اللاجئين عام 2006. لم يكن كثير من طالبي "
            "اللجوء يعرفونها، وكان من الصعب عليها شغل أماكنها، بينما انتقل كثيرون إلى أقاربهم في "
            "المدن الكبيرة حيث كان الاكتظاظ في السكن كبيرًا أصلًا.",
        ),
        (
            "Arbetet byggde på information på eget språk och på möten mellan människor. "
            "Kommunföreträdare, Arbetsförmedlingen, ambassadörer och projektledaren besökte "
            "Migrationsverkets anläggningar och ordnade bussresor till kommunerna.",
            "The work rested on information in people's own languages and on meetings. "
            "Municipal staff, the Public Employment Service, ambassadors and the project "
            "lead visited the Migration Agency's centres and organised bus trips to the "
            "municipalities.",
            "قام العمل على المعلومات بلغة الناس أنفسهم وعلى اللقاءات. زار ممثلو البلديات ومكتب "
            "التوظيف والسفراء ومديرة المشروع مراكز مصلحة الهجرة ونظّموا رحلات بالحافلة إلى البلديات.",
        ),
        (
            "Ambassadörerna var flyktingar som redan hade etablerat sig i en mindre kommun "
            "och ville berätta om sina egna första år där. Datumen i aktivitetslistan är "
            "ungefärliga.",
            "The ambassadors were refugees already settled in a smaller municipality who "
            "wanted to share their own first years there. The dates in the list of "
            "activities are approximate.",
            "كان السفراء لاجئين استقروا في بلدية صغيرة وأرادوا أن يرووا سنواتهم الأولى فيها. "
            "التواريخ في قائمة الأنشطة تقريبية.",
        ),
    ],
    "results": (
        "Redan de första informationsinsatserna, före projektet, uppskattades av både "
        "asylsökande och Migrationsverkets personal och gav effekt. Projektet byggde vidare "
        "på dem och skulle bli en modell för fler regioner och kommuner.",
        "The first information efforts, before the project, were valued by asylum seekers "
        "and Migration Agency staff alike and had an effect. The project built on them "
        "and was meant to become a model for other regions and municipalities.",
        "لقيت جهود الإعلام الأولى، قبل المشروع، تقدير طالبي اللجوء وموظفي مصلحة الهجرة على حد "
        "سواء وكان لها أثر. بنى المشروع عليها وكان الهدف أن يصبح نموذجًا لمناطق وبلديات أخرى.",
    ),
    "visit_description": (
        "Information om introduktionen i Sverige och i Umeåregionen via tolk och på lätt "
        "svenska, bilder från kommunerna, ambassadörer som berättade, skriftligt material "
        "på flera språk och samtal.",
        "Information about introduction in Sweden and in the Umeå region through "
        "interpreters and in easy Swedish, pictures from the municipalities, ambassadors' "
        "stories, written material in several languages and discussion.",
        "معلومات عن برنامج التعريف في السويد وفي منطقة أوميو عبر مترجمين وباللغة السويدية "
        "المبسطة، وصور من البلديات، وقصص السفراء، ومواد مكتوبة بعدة لغات، ونقاش.",
    ),
    "visit_title": (
        "Besök på Migrationsverkets anläggning i {place}",
        "Visit to the Migration Agency's centre in {place}",
        "زيارة إلى مركز مصلحة الهجرة في {place}",
    ),
    "visit_places": ["Sundsvall", "Skellefteå", "Boden", "Gällivare", "Kiruna"],
    "other_activities": [
        (
            (
                "Bussresor till Umeåregionens kommuner",
                "Bus trips to the Umeå region",
                "رحلات بالحافلة إلى بلديات منطقة أوميو",
            ),
            ("Umeåregionen", "The Umeå region", "منطقة أوميو"),
            (
                "Flyktingsekreterare och andra kommunföreträdare berättade om sin kommun; "
                "ibland ingick studiebesök på lokala företag.",
                "Refugee officers and other municipal staff presented their municipality; "
                "some trips included visits to local companies.",
                "عرّف موظفو شؤون اللاجئين وممثلون آخرون للبلديات ببلدياتهم، وشمل بعض الرحلات "
                "زيارات إلى شركات محلية.",
            ),
        ),
        (
            (
                "Informationsmaterial på flera språk",
                "Information material in several languages",
                "مواد إعلامية بعدة لغات",
            ),
            ("Umeå", "Umeå", "أوميو"),
            (
                "Ett professionellt utformat material om kommunerna översattes till de "
                "asylsökandes språk.",
                "Professionally designed material about the municipalities was translated "
                "into the asylum seekers' languages.",
                "تُرجمت مواد عن البلديات، صُممت بشكل احترافي، إلى لغات طالبي اللجوء.",
            ),
        ),
    ],
    "steering_group": [
        (
            "Verksamhetsområdeschef, Umeå kommun",
            "Head of department, Umeå municipality",
            "رئيس قطاع، بلدية أوميو",
        ),
        (
            "Kommunchef, Umeå kommun",
            "Chief executive, Umeå municipality",
            "المدير التنفيذي، بلدية أوميو",
        ),
        (
            "Gymnasiechef, Vännäs kommun",
            "Head of upper secondary schools, Vännäs municipality",
            "مدير المدارس الثانوية، بلدية فانّيس",
        ),
        (
            "Kommunchef, Bjurholms kommun",
            "Chief executive, Bjurholm municipality",
            "المدير التنفيذي، بلدية بيورهولم",
        ),
        (
            "Socialchef, Nordmalings kommun",
            "Head of social services, Nordmaling municipality",
            "رئيس الخدمات الاجتماعية، بلدية نوردمالينغ",
        ),
        (
            "Förvaltningschef, Vindelns kommun",
            "Head of administration, Vindeln municipality",
            "رئيس الإدارة، بلدية فيندلن",
        ),
        (
            "Socialchef, Robertsfors kommun",
            "Head of social services, Robertsfors municipality",
            "رئيس الخدمات الاجتماعية، بلدية روبرتسفورش",
        ),
        ("Samordnare, Umeåregionen", "Coordinator, Umeå region", "منسق، منطقة أوميو"),
        (
            "Biträdande chef, Arbetsförmedlingen",
            "Deputy manager, Public Employment Service",
            "نائب المدير، مكتب التوظيف",
        ),
        (
            "Enhetschef, Migrationsverket",
            "Unit manager, Swedish Migration Agency",
            "رئيس وحدة، مصلحة الهجرة السويدية",
        ),
        (
            "Integrationsdirektör, Länsstyrelsen i Västerbottens län",
            "Director of integration, Västerbotten County Administrative Board",
            "مدير الاندماج، المجلس الإداري لمقاطعة فيستربوتن",
        ),
    ],
    "project_lead": ("Åsa Kling", "Projektledare"),
    "contact": ("Madelene Blom", "Kontaktperson"),
    "partners": ["Umeå kommun", "Arbetsförmedlingen", "Migrationsverket"],
    "target_groups": ["asylsokande"],
    "start": (2006, 1, 1),
}
