# The rules' messages (shared/src): the form shows them as the voter types, and the API
# returns them in `fields`. Placeholders: { $days }, { $month } (1-12), { $year }, { $max }.
# Keep "MM-DD-YYYY", "HH:MM", and example values (01-23-1980, 95814, (916) 555-0123,
# name@example.com, 20:00) exactly as they are: they describe what to type.
# Hindi (hi): digits are written as Western digits (0-9), as in Indian government Hindi.
# Terms: voter registration = मतदाता पंजीकरण, sample ballot = नमूना मतपत्र,
# voter ID = मतदाता आईडी, quiet hours = शांत समय.

name-first-empty = अपना पहला नाम दर्ज करें
name-last-empty = अपना अंतिम नाम दर्ज करें
name-first-too-long = आपका पहला नाम { $max } या उससे कम अक्षरों का होना चाहिए
name-last-too-long = आपका अंतिम नाम { $max } या उससे कम अक्षरों का होना चाहिए
name-first-no-letters = अपना पहला नाम वैसे ही दर्ज करें जैसा वह आपके मतदाता पंजीकरण में है
name-last-no-letters = अपना अंतिम नाम वैसे ही दर्ज करें जैसा वह आपके मतदाता पंजीकरण में है

dob-empty = अपनी जन्म तिथि दर्ज करें
dob-format = अपनी जन्म तिथि MM-DD-YYYY (महीना-दिन-वर्ष) के रूप में दर्ज करें, उदाहरण के लिए 01-23-1980
dob-month = महीना 01 और 12 के बीच होना चाहिए
# "Day must be between 01 and { $days } for <month>": in Hindi the month comes first.
dob-day = { $month ->
    [1] जनवरी
    [2] फ़रवरी
    [3] मार्च
    [4] अप्रैल
    [5] मई
    [6] जून
    [7] जुलाई
    [8] अगस्त
    [9] सितंबर
    [10] अक्टूबर
    [11] नवंबर
   *[12] दिसंबर
} के लिए दिन 01 और { $days } के बीच होना चाहिए
dob-day-february = फ़रवरी { $year } के लिए दिन 01 और { $days } के बीच होना चाहिए
dob-before-earliest = जन्म तिथि 01-01-1900 से पहले की नहीं हो सकती
dob-in-future = जन्म तिथि भविष्य की नहीं हो सकती

zip-empty = अपने कैलिफ़ोर्निया आवासीय पते का ZIP कोड दर्ज करें
zip-format = कैलिफ़ोर्निया का 5 अंकों वाला ZIP कोड दर्ज करें, जैसे 95814। { zip-overseas-help }
zip-not-california = यह कैलिफ़ोर्निया का ZIP कोड नहीं है (कैलिफ़ोर्निया के ZIP कोड 900 से 961 से शुरू होते हैं)। { zip-overseas-help }
zip-overseas-help = विदेश में रहते हैं? अपने कैलिफ़ोर्निया आवासीय पते का ZIP कोड उपयोग करें, यानी वह पता जिससे आपने मतदान के लिए पंजीकरण कराया था।

voter-id-needed = अपनी मतदाता आईडी दर्ज करें। यह आपके मतदाता पंजीकरण कार्ड और आपके नमूना मतपत्र पर छपी होती है।
voter-id-invalid = अपनी मतदाता आईडी वैसे ही दर्ज करें जैसी वह आपके पंजीकरण कार्ड या नमूना मतपत्र पर छपी है (केवल अक्षर और अंक)

email-empty = अपना ईमेल पता दर्ज करें
email-too-long = आपका ईमेल पता { $max } या उससे कम अक्षरों का होना चाहिए
email-format = ईमेल पता सही प्रारूप में दर्ज करें, जैसे name@example.com

phone-empty = फ़ोन नंबर दर्ज करें
phone-format = (916) 555-0123 जैसा अमेरिकी फ़ोन नंबर दर्ज करें, या + और देश कोड से शुरू होने वाला अंतरराष्ट्रीय नंबर दर्ज करें
phone-not-north-american = एरिया कोड और नंबर जाँचें: यह मान्य अमेरिकी फ़ोन नंबर नहीं है
phone-international-length = अंतरराष्ट्रीय नंबर में + और 8 से 15 अंक होने चाहिए, जो देश कोड से शुरू हों
phone-premium = यह प्रीमियम-दर या सैटेलाइट नंबर है, जिस पर हम टेक्स्ट संदेश नहीं भेज सकते या कॉल नहीं कर सकते। मोबाइल या घर का फ़ोन नंबर दर्ज करें।

channels-none-chosen = सूचना पाने का कम से कम एक तरीका चालू करें: ईमेल, टेक्स्ट संदेश या वॉइस कॉल
channels-email-empty = सूचनाओं के लिए ईमेल पता दर्ज करें
channels-sms-empty = टेक्स्ट संदेशों के लिए मोबाइल फ़ोन नंबर दर्ज करें
channels-voice-empty = वॉइस कॉल के लिए फ़ोन नंबर दर्ज करें

quiet-hours-format = समय HH:MM के रूप में दर्ज करें, उदाहरण के लिए 20:00
quiet-hours-outside-allowed = रात 9 बजे से सुबह 8 बजे के बीच कभी भी टेक्स्ट संदेश या कॉल नहीं भेजे जाते; शांत समय इस अवधि को केवल बढ़ा सकता है
quiet-hours-no-contact-hours = शांत समय सुबह समाप्त होना चाहिए, और उसके बाद ही शाम को फिर से शुरू होना चाहिए

language-unsupported = दी गई भाषाओं में से कोई एक चुनें

# Where messages will go, under each switch while it is on. { $destination } is the
# address or number as typed.
channel-will-receive-email = आपको { $destination } पर ईमेल मिलेंगे
channel-will-receive-sms = आपको { $destination } पर टेक्स्ट संदेश मिलेंगे
channel-will-receive-voice = आपको { $destination } पर वॉइस कॉल आएँगी

## A message's reference, as typed on the verify page
reference-invalid = संदर्भ कोड वैसे ही दर्ज करें जैसा वह संदेश के अंत में छपा है: आठ अक्षर और अंक, उदाहरण के लिए 7KQM-4MXZ।

## A signature cure sent from the status page (issue 16). $max is a number.
cure-election = वह मतपत्र चुनें जिसके लिए यह विवरण है
cure-method = चुनें कि आप कैसे हस्ताक्षर करेंगे: अपना हस्ताक्षर बनाएँ, अपने हस्ताक्षरित विवरण की फ़ोटो भेजें, या अपना नाम टाइप करें
cure-name-empty = अपना पूरा नाम टाइप करें
cure-name-too-long = आपका नाम { $max } या उससे कम अक्षरों का होना चाहिए
cure-name-no-letters = अपना नाम अक्षरों में टाइप करें, जैसे आप हस्ताक्षर करते हैं
cure-image-format = अपना हस्ताक्षर फ़ोटो (JPEG, PNG या HEIC) या स्कैन (PDF) के रूप में भेजें
cure-image-unreadable = यह फ़ाइल चित्र के रूप में नहीं खुल सकी। फ़ोटो फिर से लें, या कोई दूसरी फ़ाइल चुनें
cure-pdf-no-scan = इस PDF में कोई स्कैन किया गया पृष्ठ नहीं है। इसके बजाय अपने हस्ताक्षरित विवरण की फ़ोटो भेजें
cure-image-too-large = चित्र { $max } MB या उससे छोटा होना चाहिए
cure-image-too-many-pixels = चित्र में बहुत अधिक पिक्सेल हैं: अधिकतम { $max } मिलियन। फ़ोटो को कम रिज़ॉल्यूशन पर फिर से लें
