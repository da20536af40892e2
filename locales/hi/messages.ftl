# What the service says to voters from the server (api/src): answers the pages show, the
# ballot timeline, and every notification by email, text message (SMS) and voice call.
# "Where's My Ballot?" is the program's name (here translated by meaning, see ui.ftl).
# Keep the SMS keywords STOP, START and HELP in English: carriers act on those words.
# Keep "Msg & data rates may apply" meaning exactly that ("संदेश और डेटा दरें लागू हो सकती हैं").
# Placeholders: { $office } the county elections office's name, { $first_name } the voter's,
# { $date } / { $deadline } / { $expected_delivery } dates already written with date-long,
# { $cure_url } / { $status_url } / { $manage_url } / { $signup_url } / { $confirm_url } /
# { $undo_url } / { $verify_url } / { $site_url } web addresses, { $reference } a message's reference,
# { $destination } an email address or phone number, { $contact } a phone number or address,
# { $hotline } the state's phone number, { $reason } the county's words, { $status } a status
# title, { $sentence } a status sentence, { $help } a phone-help-* sentence (voice calls).
# Hindi (hi) terms: vote-by-mail ballot = वोट-बाय-मेल मतपत्र, county elections office =
# काउंटी चुनाव कार्यालय, Election Day = चुनाव का दिन, unsigned ballot statement =
# अहस्ताक्षरित मतपत्र विवरण, signature verification statement = हस्ताक्षर सत्यापन विवरण
# (the English form names are added in parentheses so voters can find the forms).
# SMS keywords STOP, START, HELP and YES stay in English ("YES लिखकर जवाब दें").
# A message's reference (7KQM-4MXZ) = संदर्भ कोड, to undo a change = पूर्ववत करना.

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
link-expired = इस लिंक की समय-सीमा समाप्त हो गई है या इसका उपयोग पहले ही किया जा चुका है।
read-only-link = यह लिंक आपके मतपत्र की स्थिति दिखाता है, लेकिन इससे आपकी सूचनाएँ नहीं बदली जा सकतीं।
changed-since = इसके बाद इसमें फिर से बदलाव किया गया है, इसलिए इसे इस लिंक से पूर्ववत नहीं किया जा सकता। अपनी सूचनाएँ प्रबंधित करने के लिए अपने सबसे नए संदेश में दिए गए लिंक का उपयोग करें।
# A field error under a channel: $channel is email, sms or voice.
too-many-confirmations = आज हम इस { $channel ->
    [email] पते
   *[other] नंबर
} पर जितनी पुष्टियाँ भेज सकते हैं, उतनी भेज चुके हैं। कल फिर से प्रयास करें, या सूचना पाने का कोई दूसरा तरीका चुनें।
phone-country-refused = हम उस देश के नंबरों पर टेक्स्ट संदेश नहीं भेज सकते या कॉल नहीं कर सकते। ईमेल चुनें, या किसी दूसरे देश का नंबर दें।
channel-unavailable = इस सेवा में अभी { $channel ->
    [email] ईमेल
    [sms] टेक्स्ट संदेश
   *[voice] कॉल
} की सुविधा उपलब्ध नहीं है। सूचना पाने का कोई दूसरा तरीका चुनें।

## Ballot statuses, as the timeline and email subjects title them
status-mailed = डाक से भेजा गया
status-in-transit-to-voter = आपके पास आ रहा है
status-delivered = आपको पहुँचा दिया गया
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
sentence-delivered = डाक सेवा ने { $date } को आपका मतपत्र पहुँचा दिया।
# Evidence under a status the Postal Service's scans gave: where ("Sacramento, CA") and on which day.
postal-scan = { $date } को { $place } में डाक सेवा का स्कैन।
postal-latest = डाक सेवा का अंतिम स्कैन: { $place }, { $date }।
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

## Confirming a new destination. It goes to an address or number nobody has confirmed yet, so
## it says whose ballot it is about and nothing of the ballot. 48 hours is how long it works.
confirm-request-email-subject = { $office } से मतपत्र सूचनाएँ पाने के लिए इस पते की पुष्टि करें
confirm-request-email-asked = किसी ने { $office } से अनुरोध किया है कि { $first_name } के वोट-बाय-मेल मतपत्र के बारे में “{ program-name }” सूचनाएँ { $destination } पर भेजी जाएँ।
confirm-request-email-link = यदि यह अनुरोध आपने किया था, तो 48 घंटों के भीतर पुष्टि करें: { $confirm_url }
confirm-request-email-ignore = यदि यह अनुरोध आपने नहीं किया था, तो इस ईमेल को अनदेखा करें। इस पते पर आगे कुछ नहीं भेजा जाएगा।
confirm-request-sms = { $office }: इस नंबर पर { $first_name } के मतपत्र के बारे में “{ program-name }” अलर्ट पाने के लिए YES लिखकर जवाब दें (या { $confirm_url } पर पुष्टि करें)। संदेशों की संख्या अलग-अलग हो सकती है। संदेश और डेटा दरें लागू हो सकती हैं। सहायता के लिए HELP, रद्द करने के लिए STOP लिखकर जवाब दें।
confirm-request-voice = नमस्ते। यह { $office } की ओर से कॉल है। किसी ने { $first_name } के वोट-बाय-मेल मतपत्र के बारे में इस नंबर पर कॉल पाने का अनुरोध किया है। पुष्टि करने के लिए, अभी 1 दबाएँ। यदि यह अनुरोध आपने नहीं किया था, तो फ़ोन रख दें, और हम इस बारे में फिर से कॉल नहीं करेंगे।
# Said on the confirmation call, after the voter pressed a key or did not.
confirm-voice-done = धन्यवाद। इस नंबर पर { $office } की ओर से { $first_name } के मतपत्र के बारे में कॉल आएँगी। नमस्ते।
confirm-voice-no-key = कोई पुष्टि नहीं हुई, इसलिए इस नंबर पर इस मतपत्र के बारे में कॉल नहीं आएँगी। नमस्ते।
confirm-voice-expired = इस पुष्टि की समय-सीमा समाप्त हो गई है या इसका उपयोग पहले ही किया जा चुका है। नमस्ते।
# The answer to YES by text, once the number is confirmed (CTIA: the program, frequency, rates, HELP and STOP).
confirm-sms = { $office }: आपने “{ program-name }” मतपत्र अलर्ट के लिए साइन अप कर लिया है। संदेशों की संख्या अलग-अलग हो सकती है। संदेश और डेटा दरें लागू हो सकती हैं। सहायता के लिए HELP, रद्द करने के लिए STOP लिखकर जवाब दें। स्थिति: { $status_url }

## To every destination on file when a new one is confirmed, with a link that undoes it.
## $channel is email, sms or voice; $destination is masked (j•••@example.com).
changed-email-subject = { $first_name } की मतपत्र सूचनाएँ पाने का पता या नंबर बदल गया है
changed-replaced = अब { $office } { $first_name } के मतपत्र के बारे में { $channel ->
    [email] ईमेल सूचनाएँ पिछले पते के बजाय { $destination } पर भेजेगा
    [sms] टेक्स्ट संदेश पिछले नंबर के बजाय { $destination } पर भेजेगा
   *[voice] कॉल पिछले नंबर के बजाय { $destination } पर करेगा
}। जिसके पास यह पता या नंबर है, उसने इसकी पुष्टि की है।
changed-added = अब { $office } { $first_name } के मतपत्र के बारे में { $channel ->
    [email] ईमेल सूचनाएँ { $destination } पर भी भेजेगा
    [sms] टेक्स्ट संदेश { $destination } पर भी भेजेगा
   *[voice] कॉल { $destination } पर भी करेगा
}। जिसके पास यह पता या नंबर है, उसने इसकी पुष्टि की है।
changed-undo = यदि आपने इसका अनुरोध नहीं किया था, तो 30 दिनों के भीतर इसे पूर्ववत करें: { $undo_url }
changed-sms = { $office }: { $first_name } के मतपत्र अलर्ट अब { $destination } पर भी जाते हैं। यह आपने नहीं किया? 30 दिनों के भीतर पूर्ववत करें: { $undo_url }
changed-voice = नमस्ते। यह { $office } की ओर से कॉल है। { $first_name } के वोट-बाय-मेल मतपत्र के बारे में सूचनाएँ अब { $destination } पर भी जाती हैं। यदि आपने इसका अनुरोध नहीं किया था, तो { $office } से संपर्क करें। { $help } धन्यवाद, नमस्ते।

## To a destination taken off a subscription: its channel turned off with a manage link, or a
## change undone. $channel is email, sms or voice; $destination is masked; $signup_url is the
## sign-up page, where whoever had it on can sign up again.
removed-email-subject = { $first_name } की मतपत्र सूचनाएँ अब यहाँ नहीं आएँगी
removed-body = अब { $office } { $first_name } के मतपत्र के बारे में { $channel ->
    [email] ईमेल सूचनाएँ { $destination } पर नहीं भेजेगा
    [sms] टेक्स्ट संदेश { $destination } पर नहीं भेजेगा
   *[voice] कॉल { $destination } पर नहीं करेगा
}।
removed-if-not-you = यदि आपने इसका अनुरोध नहीं किया था, तो यहाँ दोबारा सूचनाएँ पाने के लिए { $signup_url } पर फिर से साइन अप करें और इस { $channel ->
    [email] पते
   *[other] नंबर
} की पुष्टि करें।
removed-sms = { $office }: { $first_name } के मतपत्र अलर्ट अब इस नंबर पर नहीं आएँगे। यह आपने नहीं किया? फिर से साइन अप करें: { $signup_url }
removed-voice = नमस्ते। यह { $office } की ओर से कॉल है। { $first_name } के वोट-बाय-मेल मतपत्र के बारे में कॉल अब इस नंबर पर नहीं आएँगी। यदि आपने इसका अनुरोध नहीं किया था, तो “{ program-name }” वेबसाइट पर फिर से साइन अप करें। { $help } धन्यवाद, नमस्ते।

## To the destinations on file when someone signs up again with the voter's details.
## $days is how long the manage link works.
signup-again-email-subject = किसी ने { $first_name } की मतपत्र सूचनाओं के लिए फिर से साइन अप किया है
signup-again-email-body = किसी ने { $office } से सूचनाएँ पाने के लिए “{ program-name }” पर { $first_name } का नाम, जन्म तिथि और ZIP कोड दर्ज करके साइन अप किया। कुछ भी नहीं बदला है: आपकी सूचनाएँ अब भी यहीं आती हैं।
signup-again-new-destination = उन्होंने { $destination } पर भी सूचनाएँ माँगी हैं। जब तक उस पते या नंबर वाला व्यक्ति इसकी पुष्टि नहीं करता, तब तक वहाँ कुछ नहीं भेजा जाएगा। यदि वह पुष्टि करता है, तो हम आपको यहाँ बताएँगे और इसे पूर्ववत करने का तरीका भी देंगे।
signup-again-manage = यदि यह आपने किया था और आप अपनी सूचनाएँ बदलना या बंद करना चाहते हैं, तो { $days ->
    [1] { $days } दिन
   *[other] { $days } दिनों
} के भीतर इस लिंक का उपयोग करें: { $manage_url }
signup-again-sms = { $office }: किसी ने { $first_name } के मतपत्र अलर्ट के लिए फिर से साइन अप किया। कुछ नहीं बदला। अलर्ट बदलने या बंद करने के लिए (लिंक { $days ->
    [1] { $days } दिन
   *[other] { $days } दिन
} तक मान्य): { $manage_url }

## A fresh link to the manage page, asked for from the site.
manage-link-email-subject = { $office } की मतपत्र सूचनाएँ बदलने या बंद करने के लिए आपका लिंक
manage-link-email-body = यह वह लिंक है जो आपने { $first_name } के मतपत्र के बारे में अपनी “{ program-name }” सूचनाएँ बदलने या बंद करने के लिए माँगा था। यह { $days ->
    [1] { $days } दिन
   *[other] { $days } दिन
} तक काम करेगा: { $manage_url }
manage-link-email-ignore = यदि आपने यह नहीं माँगा था, तो इस ईमेल को अनदेखा करें: कुछ भी नहीं बदला है।
manage-link-sms = { $office }: मतपत्र अलर्ट बदलने या बंद करने के लिए आपका लिंक ({ $days ->
    [1] { $days } दिन
   *[other] { $days } दिन
} तक मान्य): { $manage_url } बंद करने के लिए STOP लिखकर जवाब दें।

## Every message ends with its reference, which anyone can check at the verify page.
# Unsure: no official Hindi term is known for the message's reference (7KQM-4MXZ); संदर्भ कोड
# translates the meaning ("संदर्भ" alone in texts).
reference-email = संदर्भ कोड { $reference }। यह जाँचने के लिए कि कोई संदेश सच में हमारी ओर से आया है, { $verify_url } पर उसका संदर्भ कोड दर्ज करें
reference-sms = संदर्भ { $reference }
reference-voice = इस संदेश का संदर्भ कोड { $reference } है।

## A status notification
update-email-subject = आपका मतपत्र: { $status } - { $office }
update-sms = { $office }: { $sentence } स्थिति: { $status_url } बंद करने के लिए STOP लिखकर जवाब दें।
# The same, when the sentence (a county's own wording) already names the office.
update-sms-named = { $sentence } स्थिति: { $status_url } बंद करने के लिए STOP लिखकर जवाब दें।
# A signature problem, where the voter can sign from the tracker: the link opens the page to
# sign on ($cure_page_url), in place of the status link.
update-sms-cure = { $office }: { $sentence } हस्ताक्षर करें: { $cure_page_url } बंद करने के लिए STOP लिखकर जवाब दें।
update-sms-cure-named = { $sentence } हस्ताक्षर करें: { $cure_page_url } बंद करने के लिए STOP लिखकर जवाब दें।
# In an email about a signature problem, after what to do.
cure-online = इसके बजाय, आप अपने फ़ोन या कंप्यूटर से विवरण पर हस्ताक्षर कर सकते हैं: { $cure_page_url }
update-voice = नमस्ते। यह { $office } की ओर से आपके वोट-बाय-मेल मतपत्र के बारे में एक अपडेट है। { $sentence } { $help } धन्यवाद, नमस्ते।
# Said in English on a call to a voter whose language the phone provider cannot speak (Khmer).
voice-language-unavailable = नमस्ते। यह { $office } की ओर से आपके वोट-बाय-मेल मतपत्र के बारे में एक सूचना है। हम अभी आपकी भाषा में कॉल नहीं कर सकते, इसलिए कृपया हमारा भेजा गया टेक्स्ट संदेश या ईमेल पढ़ें, या ऑनलाइन अपने मतपत्र की स्थिति देखें। { $help } धन्यवाद, नमस्ते।

## The return-deadline reminder, to voters whose ballot was mailed but not yet received
reminder-sentence = { $office } को अभी तक आपका वोट-बाय-मेल मतपत्र प्राप्त नहीं हुआ है। इसकी गिनती हो सके, इसके लिए इसे { $deadline } तक लौटाएँ: इसे डाक से भेजें, जिस पर चुनाव के दिन तक की डाक मुहर (पोस्टमार्क) लगी हो, या अपनी काउंटी की मतदाता मार्गदर्शिका में बताए गए तरीके से इसे जमा करें।
reminder-email-subject = अनुस्मारक: अपना मतपत्र { $deadline } तक लौटाएँ - { $office }
reminder-email-already = यदि आप इसे पहले ही लौटा चुके हैं, तो आपको कुछ करने की आवश्यकता नहीं है। अपने मतपत्र की स्थिति देखें: { $status_url }
reminder-sms = { $office }: { $sentence } स्थिति: { $status_url } बंद करने के लिए STOP लिखकर जवाब दें।
# A signature cure's reminder, where the voter can sign from the tracker.
reminder-sms-cure = { $office }: { $sentence } हस्ताक्षर करें: { $cure_page_url } बंद करने के लिए STOP लिखकर जवाब दें।
reminder-voice = नमस्ते। यह { $office } की ओर से आपके वोट-बाय-मेल मतपत्र के बारे में एक अनुस्मारक है। { $sentence } { $help } धन्यवाद, नमस्ते।

## A county's own message to many voters (a broadcast), and a correction of one. $text is the
## county's own words, in the voter's language when the county wrote them in it.
notice-email-subject = आपके मतपत्र के बारे में { $office } का एक संदेश
correction-email-subject = { $office } की ओर से एक सुधार
correction-intro = यह { $office } के एक पिछले संदेश में सुधार है।
notice-sms = { $office }: { $text } बंद करने के लिए STOP लिखकर जवाब दें।
correction-sms = { $office }, सुधार: { $text } बंद करने के लिए STOP लिखकर जवाब दें।
notice-voice = नमस्ते। यह { $office } की ओर से आपके वोट-बाय-मेल मतपत्र के बारे में एक संदेश है। { $text } { $help } धन्यवाद, नमस्ते।
correction-voice = नमस्ते। यह { $office } की ओर से आपके वोट-बाय-मेल मतपत्र के बारे में एक पिछले संदेश में सुधार है। { $text } { $help } धन्यवाद, नमस्ते।

## Answers to texts (STOP, START, HELP and anything else)
sms-stopped = { program-name }: आपकी सदस्यता समाप्त कर दी गई है और आपको अब मतपत्र अलर्ट के टेक्स्ट संदेश नहीं मिलेंगे। फिर से सदस्यता लेने के लिए START लिखकर जवाब दें।
sms-resumed = { program-name }: आपने मतपत्र अलर्ट की सदस्यता फिर से ले ली है। संदेशों की संख्या अलग-अलग हो सकती है। संदेश और डेटा दरें लागू हो सकती हैं। सहायता के लिए HELP, रद्द करने के लिए STOP लिखकर जवाब दें।
sms-not-signed-up = { program-name }: यह नंबर मतपत्र अलर्ट के लिए साइन अप नहीं है। यहाँ साइन अप करें: { $signup_url }
# The same answer to every number, so that HELP tells nobody whether a number is signed up.
sms-help = कैलिफ़ोर्निया के काउंटी चुनाव कार्यालयों की ओर से “{ program-name }” मतपत्र अलर्ट। सहायता के लिए, { $hotline } पर कॉल करें या { $site_url } पर जाएँ। रद्द करने के लिए STOP लिखकर जवाब दें। संदेश और डेटा दरें लागू हो सकती हैं।
sms-other = { program-name }: यह नंबर केवल मतपत्र अलर्ट भेजता है और जवाब नहीं पढ़ सकता। सहायता के लिए HELP, रद्द करने के लिए STOP लिखकर जवाब दें।

# Answers to a signature cure sent from the status page (issue 16).
cure-dob-mismatch = यह जन्म तिथि इस मतपत्र के हमारे रिकॉर्ड से मेल नहीं खाती।
cure-not-needed = इस मतपत्र को अभी हस्ताक्षर विवरण की आवश्यकता नहीं है।
cure-deadline-passed = इस मतपत्र के हस्ताक्षर को ठीक करने की समय-सीमा बीत चुकी है। अपने काउंटी चुनाव कार्यालय से संपर्क करें।
cure-dob-attempts-exhausted = इस मतपत्र के हस्ताक्षर को अब यहाँ ठीक नहीं किया जा सकता: बहुत बार ऐसी जन्म तिथियाँ दर्ज की गईं जो हमारे रिकॉर्ड से मेल नहीं खातीं। अपने काउंटी चुनाव कार्यालय से संपर्क करें।
cure-already-sent = आप इस मतपत्र के लिए हस्ताक्षर विवरण पहले ही भेज चुके हैं। काउंटी उसकी समीक्षा कर रही है।
# What the voter is told of a signature cure they sent (issue 16): a title (the email's
# subject says it as a status) and a sentence. $reason is the county's, in English.
cure-received-title = हस्ताक्षर विवरण प्राप्त हुआ
cure-received-sentence = { $office } को { $date } को आपके द्वारा भेजा गया हस्ताक्षर विवरण प्राप्त हो गया है। काउंटी द्वारा इसकी समीक्षा किए जाने पर आपको बताया जाएगा।
cure-accepted-title = हस्ताक्षर विवरण स्वीकार किया गया
cure-accepted-sentence = { $office } ने { $date } को आपके द्वारा भेजा गया हस्ताक्षर विवरण स्वीकार कर लिया है।
cure-rejected-title = हस्ताक्षर विवरण स्वीकार नहीं किया गया
cure-rejected-sentence = { $office } ने { $date } को आपके द्वारा भेजा गया हस्ताक्षर विवरण स्वीकार नहीं किया। कारण: { $reason }। आप और क्या कर सकते हैं, यह जानने के लिए कार्यालय से संपर्क करें।
cure-rejected-brief-sentence = { $office } ने { $date } को आपके द्वारा भेजा गया हस्ताक्षर विवरण स्वीकार नहीं किया। आप और क्या कर सकते हैं, यह जानने के लिए कार्यालय से संपर्क करें।

## Reminders before a signature cure's deadline (issue 16): the signature problem's own
## sentence, led by the word the return reminder uses; the text and call use reminder-sms and
## reminder-voice.
cure-reminder-lead = अनुस्मारक: { $sentence }
cure-reminder-email-subject = अनुस्मारक: अपने मतपत्र के हस्ताक्षर की समस्या { $deadline } तक ठीक करें - { $office }
# A text's own, shorter sentence (without the county's form link: the status page has it).
cure-reminder-sms-unsigned = अनुस्मारक: आपके मतपत्र के लिफ़ाफ़े पर हस्ताक्षर नहीं हैं। आपके मतपत्र की गिनती हो, इसके लिए { $deadline } तक अहस्ताक्षरित मतपत्र विवरण (Unsigned Ballot Statement) लौटाएँ।
cure-reminder-sms-mismatch = अनुस्मारक: आपके मतपत्र के लिफ़ाफ़े पर किए गए हस्ताक्षर का सत्यापन नहीं हो सका। आपके मतपत्र की गिनती हो, इसके लिए { $deadline } तक हस्ताक्षर सत्यापन विवरण (Signature Verification Statement) लौटाएँ।
