"""The home app's demo pages, written for Samla, with their translations.

Each translation table maps the Swedish source text to the translated text."""

HOME_INTRO = (
    "Korrekt och aktuell information om mottagandet av flyktingar och asylsökande, på ditt språk. "
    "Här bemöter kommuner, myndigheter och civilsamhälle rykten med kontrollerade fakta."
)

CONTENT_PAGES = [
    {
        "slug": "om-samla",
        "title": "Om Samla",
        "intro": "Samla är en gemensam plats där kommuner och deras samarbetspartner publicerar kontrollerad information om mottagandet av flyktingar och asylsökande.",
        "paragraphs": [
            "Rykten sprids snabbt när många människor kommer till en ort på kort tid. Vi samlar fakta, prognoser och goda exempel så att invånare och nyanlända får samma korrekta bild.",
            "Allt som publiceras här har granskats av minst två personer. Översättningar granskas av någon som kan språket.",
        ],
    },
    {
        "slug": "tillganglighet",
        "title": "Tillgänglighetsredogörelse",
        "intro": "Vi vill att alla ska kunna använda webbplatsen, oavsett funktionsförmåga och språk.",
        "paragraphs": [
            "Webbplatsen är byggd för att uppfylla WCAG 2.1 nivå AA. Den fungerar utan JavaScript, går att förstora till 400 procent och kan läsas med skärmläsare.",
            "Hittar du något som inte fungerar? Skriv till oss så rättar vi det. Du kan också vända dig till Myndigheten för digital förvaltning (Digg), som granskar tillgängligheten på offentliga webbplatser.",
        ],
    },
    {
        "slug": "integritet",
        "title": "Så hanterar vi personuppgifter",
        "intro": "Vi samlar in så få personuppgifter som möjligt.",
        "paragraphs": [
            "Svar på frågan om en sida hjälpte dig sparas utan namn eller e-postadress.",
            "Om du rapporterar ett rykte och lämnar din e-postadress för att få svar, raderar vi adressen senast 90 dagar efter att rapporten kom in.",
            "Webbplatsen använder inga spårningstjänster och hämtar inget från andra webbplatser innan du själv väljer det.",
        ],
    },
]

TRANSLATIONS = {
    "en": {
        HOME_INTRO: "Correct, up-to-date information about the reception of refugees and asylum seekers, in your language. Here municipalities, agencies and civil society answer rumours with checked facts.",
        "Om Samla": "About Samla",
        "Samla är en gemensam plats där kommuner och deras samarbetspartner publicerar kontrollerad information om mottagandet av flyktingar och asylsökande.": "Samla is a shared place where municipalities and their partners publish checked information about the reception of refugees and asylum seekers.",
        "Rykten sprids snabbt när många människor kommer till en ort på kort tid. Vi samlar fakta, prognoser och goda exempel så att invånare och nyanlända får samma korrekta bild.": "Rumours spread fast when many people arrive in a place in a short time. We gather facts, forecasts and good examples so that residents and newcomers share the same correct picture.",
        "Allt som publiceras här har granskats av minst två personer. Översättningar granskas av någon som kan språket.": "Everything published here has been reviewed by at least two people. Translations are reviewed by someone who knows the language.",
        "Tillgänglighetsredogörelse": "Accessibility statement",
        "Vi vill att alla ska kunna använda webbplatsen, oavsett funktionsförmåga och språk.": "We want everyone to be able to use this website, whatever their abilities and language.",
        "Webbplatsen är byggd för att uppfylla WCAG 2.1 nivå AA. Den fungerar utan JavaScript, går att förstora till 400 procent och kan läsas med skärmläsare.": "The website is built to meet WCAG 2.1 level AA. It works without JavaScript, can be zoomed to 400 percent and can be read with a screen reader.",
        "Hittar du något som inte fungerar? Skriv till oss så rättar vi det. Du kan också vända dig till Myndigheten för digital förvaltning (Digg), som granskar tillgängligheten på offentliga webbplatser.": "Have you found something that does not work? Write to us and we will fix it. You can also contact the Agency for Digital Government (Digg), which supervises the accessibility of public websites.",
        "Så hanterar vi personuppgifter": "How we handle personal data",
        "Vi samlar in så få personuppgifter som möjligt.": "We collect as little personal data as possible.",
        "Svar på frågan om en sida hjälpte dig sparas utan namn eller e-postadress.": "Answers to the question whether a page helped you are stored without a name or e-mail address.",
        "Om du rapporterar ett rykte och lämnar din e-postadress för att få svar, raderar vi adressen senast 90 dagar efter att rapporten kom in.": "If you report a rumour and leave your e-mail address for a reply, we delete the address at the latest 90 days after the report arrived.",
        "Webbplatsen använder inga spårningstjänster och hämtar inget från andra webbplatser innan du själv väljer det.": "The website uses no tracking services and loads nothing from other websites until you choose to.",
    },
    "ar": {
        HOME_INTRO: "معلومات صحيحة ومحدّثة عن استقبال اللاجئين وطالبي اللجوء، بلغتك. هنا تردّ البلديات والهيئات الحكومية والمجتمع المدني على الشائعات بحقائق تم التحقق منها.",
        "Om Samla": "عن سملا",
        "Samla är en gemensam plats där kommuner och deras samarbetspartner publicerar kontrollerad information om mottagandet av flyktingar och asylsökande.": "سملا مكان مشترك تنشر فيه البلديات وشركاؤها معلومات موثّقة عن استقبال اللاجئين وطالبي اللجوء.",
        "Rykten sprids snabbt när många människor kommer till en ort på kort tid. Vi samlar fakta, prognoser och goda exempel så att invånare och nyanlända får samma korrekta bild.": "تنتشر الشائعات بسرعة عندما يصل كثير من الناس إلى مكان ما في وقت قصير. نجمع الحقائق والتوقعات والأمثلة الجيدة حتى يرى السكان والقادمون الجدد الصورة الصحيحة نفسها.",
        "Allt som publiceras här har granskats av minst två personer. Översättningar granskas av någon som kan språket.": "كل ما يُنشر هنا راجعه شخصان على الأقل. ويراجع الترجمات شخص يعرف اللغة.",
        "Tillgänglighetsredogörelse": "بيان إمكانية الوصول",
        "Vi vill att alla ska kunna använda webbplatsen, oavsett funktionsförmåga och språk.": "نريد أن يتمكن الجميع من استخدام الموقع، مهما كانت قدراتهم أو لغتهم.",
        "Webbplatsen är byggd för att uppfylla WCAG 2.1 nivå AA. Den fungerar utan JavaScript, går att förstora till 400 procent och kan läsas med skärmläsare.": "صُمّم الموقع ليستوفي معيار WCAG 2.1 بمستوى AA. يعمل دون JavaScript، ويمكن تكبيره حتى 400 بالمئة، ويمكن قراءته بقارئ الشاشة.",
        "Hittar du något som inte fungerar? Skriv till oss så rättar vi det. Du kan också vända dig till Myndigheten för digital förvaltning (Digg), som granskar tillgängligheten på offentliga webbplatser.": "هل وجدت شيئًا لا يعمل؟ اكتب لنا وسنصلحه. ويمكنك أيضًا التواصل مع هيئة الإدارة الرقمية (Digg) التي تراقب إمكانية الوصول إلى المواقع العامة.",
        "Så hanterar vi personuppgifter": "كيف نتعامل مع البيانات الشخصية",
        "Vi samlar in så få personuppgifter som möjligt.": "نجمع أقل قدر ممكن من البيانات الشخصية.",
        "Svar på frågan om en sida hjälpte dig sparas utan namn eller e-postadress.": "تُحفظ الإجابات عن سؤال ما إذا كانت الصفحة قد ساعدتك دون اسم أو عنوان بريد إلكتروني.",
        "Om du rapporterar ett rykte och lämnar din e-postadress för att få svar, raderar vi adressen senast 90 dagar efter att rapporten kom in.": "إذا أبلغت عن شائعة وتركت بريدك الإلكتروني لتلقي رد، نحذف العنوان خلال 90 يومًا على الأكثر من وصول البلاغ.",
        "Webbplatsen använder inga spårningstjänster och hämtar inget från andra webbplatser innan du själv väljer det.": "لا يستخدم الموقع أي خدمات تتبّع، ولا يحمّل شيئًا من مواقع أخرى قبل أن تختار ذلك بنفسك.",
    },
    "fa": {
        HOME_INTRO: "اطلاعات درست و به‌روز دربارهٔ پذیرش پناهندگان و پناه‌جویان، به زبان شما. در اینجا شهرداری‌ها، نهادهای دولتی و جامعهٔ مدنی با واقعیت‌های بررسی‌شده به شایعات پاسخ می‌دهند.",
        "Om Samla": "دربارهٔ سملا",
        "Samla är en gemensam plats där kommuner och deras samarbetspartner publicerar kontrollerad information om mottagandet av flyktingar och asylsökande.": "سملا جایی مشترک است که شهرداری‌ها و همکارانشان اطلاعات بررسی‌شده دربارهٔ پذیرش پناهندگان و پناه‌جویان را منتشر می‌کنند.",
        "Tillgänglighetsredogörelse": "بیانیهٔ دسترس‌پذیری",
        "Så hanterar vi personuppgifter": "چگونه با اطلاعات شخصی رفتار می‌کنیم",
        "Vi samlar in så få personuppgifter som möjligt.": "ما تا حد ممکن اطلاعات شخصی کمتری جمع‌آوری می‌کنیم.",
        "Vi vill att alla ska kunna använda webbplatsen, oavsett funktionsförmåga och språk.": "ما می‌خواهیم همه بتوانند از این وب‌سایت استفاده کنند، فارغ از توانایی و زبانشان.",
    },
    "prs": {
        HOME_INTRO: "معلومات درست و تازه در مورد پذیرش مهاجرین و پناهجویان، به زبان شما. در اینجا شاروالی‌ها، ادارات دولتی و جامعهٔ مدنی با حقایق بررسی‌شده به افواهات جواب می‌دهند.",
        "Om Samla": "در مورد سملا",
        "Samla är en gemensam plats där kommuner och deras samarbetspartner publicerar kontrollerad information om mottagandet av flyktingar och asylsökande.": "سملا یک جای مشترک است که شاروالی‌ها و همکاران شان معلومات بررسی‌شده در مورد پذیرش مهاجرین و پناهجویان را نشر می‌کنند.",
        "Tillgänglighetsredogörelse": "اعلامیهٔ دسترسی",
        "Så hanterar vi personuppgifter": "ما چطور با معلومات شخصی برخورد می‌کنیم",
        "Vi samlar in så få personuppgifter som möjligt.": "ما تا جای ممکن معلومات شخصی کمتر جمع می‌کنیم.",
        "Vi vill att alla ska kunna använda webbplatsen, oavsett funktionsförmåga och språk.": "ما می‌خواهیم همه بتوانند از این ویب‌سایت استفاده کنند، بدون در نظر داشت توانایی و زبان شان.",
    },
    "so": {
        HOME_INTRO: "Macluumaad sax ah oo cusub oo ku saabsan soo dhaweynta qaxootiga iyo magangalyo-doonka, luqaddaada. Halkan degmooyinka, hay'adaha dawladda iyo bulshada rayidka ah waxay xan uga jawaabaan xaqiiqooyin la hubiyay.",
        "Om Samla": "Ku saabsan Samla",
        "Samla är en gemensam plats där kommuner och deras samarbetspartner publicerar kontrollerad information om mottagandet av flyktingar och asylsökande.": "Samla waa meel wadaag ah oo degmooyinka iyo la-hawlgalayaashoodu ku daabacaan macluumaad la hubiyay oo ku saabsan soo dhaweynta qaxootiga iyo magangalyo-doonka.",
        "Tillgänglighetsredogörelse": "Bayaanka helitaanka",
        "Så hanterar vi personuppgifter": "Sida aan u maareyno xogta shakhsiga ah",
        "Vi samlar in så få personuppgifter som möjligt.": "Waxaan ururinaa xog shakhsi ah oo intii suurtagal ah yar.",
        "Vi vill att alla ska kunna använda webbplatsen, oavsett funktionsförmåga och språk.": "Waxaan rabnaa in qof kastaa isticmaali karo websaydhka, iyadoon loo eegin awooddiisa iyo luqaddiisa.",
    },
    "ti": {
        HOME_INTRO: "ብዛዕባ ምቕባል ስደተኛታትን ሓተትቲ ዑቕባን ቅኑዕን ሓድሽን ሓበሬታ፡ ብቛንቋኻ። ኣብዚ ምምሕዳራት፡ ትካላት መንግስትን ሲቪላዊ ማሕበረሰብን ንወረ ብዝተረጋገጹ ሓቅታት ይምልሱ።",
        "Om Samla": "ብዛዕባ ሳምላ",
        "Samla är en gemensam plats där kommuner och deras samarbetspartner publicerar kontrollerad information om mottagandet av flyktingar och asylsökande.": "ሳምላ ምምሕዳራትን መሻርኽቶምን ብዛዕባ ምቕባል ስደተኛታትን ሓተትቲ ዑቕባን ዝተረጋገጸ ሓበሬታ ዘሕትምሉ ሓባራዊ ቦታ እዩ።",
        "Tillgänglighetsredogörelse": "መግለጺ ተበጻሕነት",
        "Så hanterar vi personuppgifter": "ውልቃዊ ሓበሬታ ብኸመይ ንሕዞ",
        "Vi samlar in så få personuppgifter som möjligt.": "ዝከኣል ዝወሓደ ውልቃዊ ሓበሬታ ጥራይ ንእክብ።",
        "Vi vill att alla ska kunna använda webbplatsen, oavsett funktionsförmåga och språk.": "ኩሉ ሰብ ብዘይ ኣፈላላይ ዓቕምን ቋንቋን ነዚ መርበብ ክጥቀመሉ ክኽእል ንደሊ።",
    },
    "uk": {
        HOME_INTRO: "Правильна й актуальна інформація про прийом біженців і шукачів притулку вашою мовою. Тут муніципалітети, державні органи та громадянське суспільство відповідають на чутки перевіреними фактами.",
        "Om Samla": "Про Samla",
        "Samla är en gemensam plats där kommuner och deras samarbetspartner publicerar kontrollerad information om mottagandet av flyktingar och asylsökande.": "Samla — це спільне місце, де муніципалітети та їхні партнери публікують перевірену інформацію про прийом біженців і шукачів притулку.",
        "Tillgänglighetsredogörelse": "Заява про доступність",
        "Så hanterar vi personuppgifter": "Як ми обробляємо персональні дані",
        "Vi samlar in så få personuppgifter som möjligt.": "Ми збираємо якомога менше персональних даних.",
        "Vi vill att alla ska kunna använda webbplatsen, oavsett funktionsförmåga och språk.": "Ми хочемо, щоб кожен міг користуватися сайтом незалежно від своїх можливостей і мови.",
    },
}
