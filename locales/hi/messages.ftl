# What the service says to voters from the server (api/src): answers the pages show, the
# ballot timeline, and every notification by email, text message (SMS) and voice call.
# "Where's My Ballot?" is the program's name (here translated by meaning, see ui.ftl).
# Keep the SMS keywords STOP, START and HELP in English: carriers act on those words.
# Keep "Msg & data rates may apply" meaning exactly that ("संदेश और डेटा दरें लागू हो सकती हैं").
# Placeholders: { $office } the county elections office's name, { $first_name } the voter's,
# { $date } / { $deadline } / { $expected_delivery } dates already written with date-long,
# { $cure_url } / { $status_url } / { $manage_url } / { $signup_url } web addresses,
# { $destination } an email address or phone number, { $contact } a phone number or address,
# { $hotline } the state's phone number, { $reason } the county's words, { $status } a status
# title, { $sentence } a status sentence, { $help } a phone-help-* sentence (voice calls).
# Hindi (hi) terms: vote-by-mail ballot = वोट-बाय-मेल मतपत्र, county elections office =
# काउंटी चुनाव कार्यालय, Election Day = चुनाव का दिन, unsigned ballot statement =
# अहस्ताक्षरित मतपत्र विवरण, signature verification statement = हस्ताक्षर सत्यापन विवरण
# (the English form names are added in parentheses so voters can find the forms).

program-name = मेरा मतपत्र कहाँ है?

# A date, as messages write it: in Hindi "3 नवंबर 2026" (day, month, year).
# $month is 1-12, $day and $year numbers.
date-long = { $day } { $month ->
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
} { $year }

## Answers to the pages
invalid-input = कुछ जानकारी में सुधार की आवश्यकता है।
no-matching-voter = आपके द्वारा दर्ज की गई जानकारी हमारे सिस्टम में किसी भी मतदाता से मेल नहीं खाती।
no-matching-voter-help-spelling = जाँचें कि आपका पहला नाम, अंतिम नाम, जन्म तिथि और ZIP कोड वैसे ही लिखे गए हैं जैसे आपके मतदाता पंजीकरण में हैं।
no-matching-voter-help-zip = अपने कैलिफ़ोर्निया आवासीय पते का ZIP कोड उपयोग करें, भले ही आप विदेश में रहते हों या आपकी डाक कहीं और आती हो।
no-matching-voter-help-recent = यदि आपने हाल ही में पंजीकरण कराया है या अपना पंजीकरण अपडेट किया है, तो कुछ दिनों बाद फिर से प्रयास करें।
ambiguous-voter = इस जानकारी से एक से अधिक मतदाता मेल खाते हैं। इनमें से आप कौन हैं, यह बताने के लिए अपनी मतदाता आईडी दर्ज करें।
ambiguous-voter-help-where = आपकी मतदाता आईडी आपके मतदाता पंजीकरण कार्ड और आपके नमूना मतपत्र पर छपी होती है।
ambiguous-voter-help-county = यदि यह आपके पास नहीं है, तो अपने काउंटी चुनाव कार्यालय से संपर्क करें।
rate-limited = बहुत अधिक प्रयास किए गए। कृपया कुछ मिनट प्रतीक्षा करें और फिर से प्रयास करें।
timed-out = सेवा ने उत्तर देने में बहुत अधिक समय लिया। कृपया थोड़ी देर में फिर से प्रयास करें।
unavailable = सेवा अभी व्यस्त है। कृपया थोड़ी देर में फिर से प्रयास करें।
internal = हमारी ओर से कुछ गलत हो गया। कृपया फिर से प्रयास करें।
subscription-not-found = हमें ये सूचनाएँ नहीं मिलीं। जाँचें कि आपके संदेश का पूरा लिंक खोला गया था।

## Ballot statuses, as the timeline and email subjects title them
status-mailed = डाक से भेजा गया
status-in-transit-to-voter = आपके पास आ रहा है
status-undeliverable = डिलीवर न हो पाने के कारण लौटाया गया
status-in-transit-to-county = काउंटी के पास जा रहा है
status-received = प्राप्त हुआ
status-in-review = समीक्षा में
status-counted = गिना गया
status-signature-missing = हस्ताक्षर नहीं है
status-signature-mismatch = हस्ताक्षर का सत्यापन नहीं हो सका
status-cured = हस्ताक्षर की समस्या ठीक हो गई
status-not-counted = नहीं गिना गया
status-reissued = प्रतिस्थापन मतपत्र जारी किया गया
status-voted-in-person = व्यक्तिगत रूप से मतदान किया

## What happened, said plainly: never more than the county's data says
sentence-mailed = आपका वोट-बाय-मेल मतपत्र { $date } को डाक सेवा को सौंपा गया।
sentence-in-transit-to-voter = आपका मतपत्र डाक सेवा के माध्यम से आपके पास आ रहा है।
sentence-in-transit-to-voter-expected = डाक सेवा को आपका मतपत्र लगभग { $expected_delivery } तक आपके पास पहुँचाने की उम्मीद है।
sentence-undeliverable = आपका मतपत्र डिलीवर न हो पाने के कारण { $office } को लौटा दिया गया। ऐसा मतपत्र पाने के लिए जिससे आप मतदान कर सकें, उनसे संपर्क करें।
sentence-in-transit-to-county = डाक सेवा ने { $date } को आपके लौटाए गए मतपत्र को { $office } तक जाते समय स्कैन किया।
sentence-received = { $office } को { $date } को आपका मतपत्र प्राप्त हुआ।
sentence-in-review = आपके मतपत्र की समीक्षा की जा रही है, उदाहरण के लिए आपके हस्ताक्षर की जाँच के लिए। आपको अभी कुछ करने की आवश्यकता नहीं है।
sentence-counted = आपका मतपत्र स्वीकार कर लिया गया और गिना गया।
sentence-signature-missing = आपके मतपत्र के लिफ़ाफ़े पर हस्ताक्षर नहीं हैं।
sentence-signature-mismatch = आपके मतपत्र के लिफ़ाफ़े पर किए गए हस्ताक्षर का सत्यापन नहीं हो सका।
sentence-cured = आपके हस्ताक्षर की समस्या ठीक हो गई है।
sentence-not-counted = आपका मतपत्र नहीं गिना गया। इसका कारण जानने के लिए { $office } से संपर्क करें।
sentence-not-counted-reason = आपका मतपत्र नहीं गिना गया। { $office } द्वारा बताया गया कारण: { $reason }।
sentence-reissued = आपको एक प्रतिस्थापन मतपत्र जारी किया गया है, और पहले वाला मतपत्र रद्द कर दिया गया है। केवल नए मतपत्र पर मतदान करें और केवल उसे ही लौटाएँ।
sentence-voted-in-person = आपने व्यक्तिगत रूप से मतदान किया। अब आपके डाक मतपत्र की आवश्यकता नहीं है।

# What to do about a signature problem: the form for a missing signature is the "unsigned
# ballot statement", for a signature that does not match the "signature verification statement".
cure-unsigned-deadline-url = आपके मतपत्र की गिनती हो, इसके लिए { $deadline } तक अहस्ताक्षरित मतपत्र विवरण (Unsigned Ballot Statement) लौटाएँ। फ़ॉर्म यहाँ से प्राप्त करें: { $cure_url }
cure-unsigned-deadline = आपके मतपत्र की गिनती हो, इसके लिए { $deadline } तक अहस्ताक्षरित मतपत्र विवरण (Unsigned Ballot Statement) { $office } को लौटाएँ।
cure-unsigned-url = आपके मतपत्र की गिनती हो, इसके लिए जितनी जल्दी हो सके अहस्ताक्षरित मतपत्र विवरण (Unsigned Ballot Statement) लौटाएँ। फ़ॉर्म यहाँ से प्राप्त करें: { $cure_url }
cure-unsigned = आपके मतपत्र की गिनती हो, इसके लिए जितनी जल्दी हो सके { $office } से संपर्क करें और अहस्ताक्षरित मतपत्र विवरण (Unsigned Ballot Statement) लौटाएँ।
cure-mismatch-deadline-url = आपके मतपत्र की गिनती हो, इसके लिए { $deadline } तक हस्ताक्षर सत्यापन विवरण (Signature Verification Statement) लौटाएँ। फ़ॉर्म यहाँ से प्राप्त करें: { $cure_url }
cure-mismatch-deadline = आपके मतपत्र की गिनती हो, इसके लिए { $deadline } तक हस्ताक्षर सत्यापन विवरण (Signature Verification Statement) { $office } को लौटाएँ।
cure-mismatch-url = आपके मतपत्र की गिनती हो, इसके लिए जितनी जल्दी हो सके हस्ताक्षर सत्यापन विवरण (Signature Verification Statement) लौटाएँ। फ़ॉर्म यहाँ से प्राप्त करें: { $cure_url }
cure-mismatch = आपके मतपत्र की गिनती हो, इसके लिए जितनी जल्दी हो सके { $office } से संपर्क करें और हस्ताक्षर सत्यापन विवरण (Signature Verification Statement) लौटाएँ।

## Parts every message shares
greeting = नमस्ते { $first_name },
see-status = किसी भी समय अपने मतपत्र की स्थिति देखें: { $status_url }
change-or-stop = ये सूचनाएँ बदलें या बंद करें: { $manage_url }
questions-contact = प्रश्न हैं? { $office } से { $contact } पर संपर्क करें।
questions-hotline = प्रश्न हैं? { $office } से संपर्क करें, या कैलिफ़ोर्निया सेक्रेटरी ऑफ़ स्टेट को { $hotline } पर कॉल करें।
phone-help-contact = सहायता के लिए, { $office } से { $contact } पर संपर्क करें।
phone-help-hotline = सहायता के लिए, कैलिफ़ोर्निया सेक्रेटरी ऑफ़ स्टेट को { $hotline } पर कॉल करें।

## The sign-up confirmation (email and text; there is no confirmation call)
confirm-email-subject = आपने { $office } की मतपत्र सूचनाओं के लिए साइन अप कर लिया है
confirm-email-signed-up = आपने { $office } की “{ program-name }” सूचनाओं के लिए साइन अप कर लिया है। जब आपका वोट-बाय-मेल मतपत्र डाक से भेजा जाएगा, प्राप्त होगा और गिना जाएगा, तब हम आपको { $destination } पर ईमेल करेंगे। यदि कोई ऐसी समस्या हो जिसे आपको ठीक करना है, तो हम आपको तुरंत ईमेल करेंगे।
confirm-email-see-status = किसी भी समय अपने मतपत्र की स्थिति देखें: { $status_url }
confirm-email-why = आपको यह ईमेल इसलिए मिल रहा है क्योंकि “{ program-name }” के लिए साइन अप करते समय यह पता दर्ज किया गया था। यदि वह आप नहीं थे, तो ऊपर दिए गए लिंक से ये ईमेल बंद करें।
confirm-sms = { $office }: आपने “{ program-name }” मतपत्र अलर्ट के लिए साइन अप कर लिया है। संदेशों की संख्या अलग-अलग हो सकती है। संदेश और डेटा दरें लागू हो सकती हैं। सहायता के लिए HELP, रद्द करने के लिए STOP लिखकर जवाब दें। स्थिति: { $status_url }

## A status notification
update-email-subject = आपका मतपत्र: { $status } - { $office }
update-sms = { $office }: { $sentence } स्थिति: { $status_url } बंद करने के लिए STOP लिखकर जवाब दें।
update-voice = नमस्ते। यह { $office } की ओर से आपके वोट-बाय-मेल मतपत्र के बारे में एक अपडेट है। { $sentence } { $help } धन्यवाद, नमस्ते।

## The return-deadline reminder, to voters whose ballot was mailed but not yet received
reminder-sentence = { $office } को अभी तक आपका वोट-बाय-मेल मतपत्र प्राप्त नहीं हुआ है। इसकी गिनती हो सके, इसके लिए इसे { $deadline } तक लौटाएँ: इसे डाक से भेजें, जिस पर चुनाव के दिन तक की डाक मुहर (पोस्टमार्क) लगी हो, या अपनी काउंटी की मतदाता मार्गदर्शिका में बताए गए तरीके से इसे जमा करें।
reminder-email-subject = अनुस्मारक: अपना मतपत्र { $deadline } तक लौटाएँ - { $office }
reminder-email-already = यदि आप इसे पहले ही लौटा चुके हैं, तो आपको कुछ करने की आवश्यकता नहीं है। अपने मतपत्र की स्थिति देखें: { $status_url }
reminder-sms = { $office }: { $sentence } स्थिति: { $status_url } बंद करने के लिए STOP लिखकर जवाब दें।
reminder-voice = नमस्ते। यह { $office } की ओर से आपके वोट-बाय-मेल मतपत्र के बारे में एक अनुस्मारक है। { $sentence } { $help } धन्यवाद, नमस्ते।

## Answers to texts (STOP, START, HELP and anything else)
sms-stopped = { program-name }: आपकी सदस्यता समाप्त कर दी गई है और आपको अब मतपत्र अलर्ट के टेक्स्ट संदेश नहीं मिलेंगे। फिर से सदस्यता लेने के लिए START लिखकर जवाब दें।
sms-resumed = { program-name }: आपने मतपत्र अलर्ट की सदस्यता फिर से ले ली है। संदेशों की संख्या अलग-अलग हो सकती है। संदेश और डेटा दरें लागू हो सकती हैं। सहायता के लिए HELP, रद्द करने के लिए STOP लिखकर जवाब दें।
sms-not-signed-up = { program-name }: यह नंबर मतपत्र अलर्ट के लिए साइन अप नहीं है। यहाँ साइन अप करें: { $signup_url }
sms-help-county = { $office } की ओर से “{ program-name }” मतपत्र अलर्ट। सहायता के लिए, उनसे { $contact } पर संपर्क करें। रद्द करने के लिए STOP लिखकर जवाब दें। संदेश और डेटा दरें लागू हो सकती हैं।
sms-help-hotline = आपके काउंटी चुनाव कार्यालय की ओर से “{ program-name }” मतपत्र अलर्ट। सहायता के लिए, { $hotline } पर कॉल करें। रद्द करने के लिए STOP लिखकर जवाब दें। संदेश और डेटा दरें लागू हो सकती हैं।
sms-other = { program-name }: यह नंबर केवल मतपत्र अलर्ट भेजता है और जवाब नहीं पढ़ सकता। सहायता के लिए HELP, रद्द करने के लिए STOP लिखकर जवाब दें।
