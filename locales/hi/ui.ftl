# The web pages (frontend/src). Keep "MM-DD-YYYY" as it is: the date of birth is always
# typed that way (the hint says it in words, for screen readers). { $destination } is an email address or phone number, { $office } a
# county elections office's name, { $page } a page title, { $title } a status.
# Hindi (hi): "Where's My Ballot?" is translated by meaning as "मेरा मतपत्र कहाँ है?"
# (no official Hindi name from the Secretary of State is known); to keep the English
# name instead, change site-name here and program-name in messages.ftl.
# Terms, as in the Secretary of State's Hindi pages: vote-by-mail ballot = वोट-बाय-मेल मतपत्र,
# county elections office = काउंटी चुनाव कार्यालय, voter registration = मतदाता पंजीकरण,
# Secretary of State = सेक्रेटरी ऑफ़ स्टेट, sample ballot = नमूना मतपत्र.

site-name = मेरा मतपत्र कहाँ है?
site-tagline = कैलिफ़ोर्निया के मतदाताओं के लिए वोट-बाय-मेल मतपत्र ट्रैकिंग
skip-link = मुख्य सामग्री पर जाएँ
nav-label = मुख्य
nav-sign-up = साइन अप करें
nav-check = मेरा मतपत्र जाँचें
nav-verify = संदेश जाँचें
# Followed on the page by the phone number "(800) 345-8683.".
footer-questions = अपने पंजीकरण या मतपत्र के बारे में प्रश्न हैं? अपने काउंटी चुनाव कार्यालय से संपर्क करें, या कैलिफ़ोर्निया सेक्रेटरी ऑफ़ स्टेट को इस नंबर पर कॉल करें:
language-picker-label = भाषा
# The button beside the language list: a language is applied when chosen, not on each arrow key.
language-picker-apply = भाषा बदलें
# The page's <title>: "Error: " goes in front while a form shows errors.
page-title = { $page } - { site-name }
page-title-error = त्रुटि: { $page } - { site-name }
error-prefix = त्रुटि:

# Sign-up
signup-title = मतपत्र सूचनाओं के लिए साइन अप करें
signup-lead = जब आपका वोट-बाय-मेल मतपत्र भेजा जाए, प्राप्त हो और गिना जाए, या कोई ऐसी समस्या हो जिसे आपको ठीक करना है, तब ईमेल, टेक्स्ट संदेश या फ़ोन कॉल से सूचना पाएँ।
signup-your-details = आपका विवरण
signup-details-hint = इन्हें वैसे ही दर्ज करें जैसे ये आपके मतदाता पंजीकरण में हैं।
field-first-name = पहला नाम
field-last-name = अंतिम नाम
field-date-of-birth = जन्म तिथि
field-date-of-birth-hint = दो अंकों में महीना, दो अंकों में दिन, चार अंकों में वर्ष। उदाहरण के लिए, 01-23-1980
field-zip = ZIP कोड
field-zip-hint = आपके कैलिफ़ोर्निया आवासीय पते का ZIP कोड। विदेश में रहने वाले मतदाता: कैलिफ़ोर्निया के उस पते का ZIP कोड उपयोग करें जिससे आपने पंजीकरण कराया था।
field-zip-hint-lookup = आपके कैलिफ़ोर्निया आवासीय पते का ZIP कोड, भले ही आप विदेश में रहते हों।
field-voter-id = मतदाता आईडी
field-voter-id-hint = यह आपके मतदाता पंजीकरण कार्ड और आपके नमूना मतपत्र पर छपी होती है।
channels-legend = हम आपको किस तरह सूचित करें?
channels-hint = एक या अधिक तरीके चालू करें।
switch-email = ईमेल
switch-sms = टेक्स्ट संदेश (SMS)
switch-voice = वॉइस कॉल
switch-on = चालू
switch-off = बंद
field-email = ईमेल पता
field-sms-phone = मोबाइल फ़ोन नंबर
field-sms-phone-hint = अमेरिकी नंबर, या विदेश के नंबर के लिए + और देश कोड।
field-voice-phone = कॉल के लिए फ़ोन नंबर
field-voice-phone-hint = अमेरिकी नंबर, या विदेश के नंबर के लिए + और देश कोड। कॉल सुबह 8 बजे से रात 9 बजे के बीच की जाती हैं।
signup-submit = साइन अप करें
signup-submitting = साइन अप हो रहा है…

# After signing up. Nothing about the ballot goes to an address or number until whoever has it
# confirms it: a link by email, YES by text, 1 on a call.
signed-up-title = अपना ईमेल और फ़ोन देखें
signed-up-new = आपका साइन अप हो गया है। आपके मतपत्र के बारे में कुछ भी भेजने से पहले, हम आपसे जिन तरीकों से संपर्क कर सकते हैं, उनमें से हर एक की पुष्टि करें।
signed-up-already-title = आप पहले से साइन अप थे
signed-up-already = कुछ भी नहीं बदला है। इस मतदाता के लिए पहले से सूचनाएँ हैं, इसलिए हम उन्हें यहाँ नहीं दिखाते।
signed-up-already-on-file = हमने सूचनाएँ बदलने या बंद करने का लिंक हमारे रिकॉर्ड में दर्ज ईमेल पते और फ़ोन पर भेजा है।
signed-up-check = अब क्या करें
signed-up-confirm-email = हमने { $destination } पर एक लिंक भेजा है। पुष्टि करने के लिए इसे 48 घंटों के भीतर खोलें। यदि यह आपको न दिखे, तो अपना स्पैम या प्रमोशन फ़ोल्डर देखें।
signed-up-confirm-sms = हमने { $destination } पर एक टेक्स्ट संदेश भेजा है। पुष्टि करने के लिए YES लिखकर जवाब दें।
signed-up-confirm-voice = हम { $destination } पर सुबह 8 बजे से रात 9 बजे के बीच कॉल करेंगे। पुष्टि करने के लिए कॉल पर 1 दबाएँ।
signed-up-confirm-not-sent = { $destination } पर एक दिन में जितनी पुष्टियाँ भेजी जाती हैं, उतनी पहले ही भेजी जा चुकी हैं। जो पुष्टि वहाँ पहुँची है, वह अब भी काम करती है।
signed-up-on-file = पहले ही पुष्टि हो चुकी है: { $destination }।
notifications-come-from = सूचनाएँ { $office } से आती हैं।
signed-up-see-status = अपने मतपत्र की स्थिति देखें
signed-up-same-link = (यह लिंक सँभालकर रखें: यह केवल आपके मतपत्र की स्थिति दिखाता है, इसलिए इसे साझा करना सुरक्षित है)
signed-up-change = अपनी पसंद बदलें

# Errors
error-summary-title = एक समस्या है
network-error = हम सर्वर तक नहीं पहुँच सके। अपना कनेक्शन जाँचें और फिर से प्रयास करें।

# Check without signing up
lookup-title = अपने मतपत्र की स्थिति जाँचें
lookup-lead = सूचनाओं के लिए साइन अप किए बिना देखें कि आपका वोट-बाय-मेल मतपत्र कहाँ है।
lookup-submit = स्थिति जाँचें
lookup-result = आपके मतपत्र की स्थिति
lookup-sign-up = स्थिति बदलने पर सूचना पाने के लिए साइन अप करें

# Status page
status-title = आपके मतपत्र की स्थिति
status-loading = आपके मतपत्र की स्थिति लोड हो रही है…
status-not-found-title = स्थिति पेज नहीं मिला
status-not-found = हमें यह स्थिति पेज नहीं मिला। जाँचें कि आपके संदेश का पूरा लिंक खोला गया था।
status-check-instead = अपने विवरण से अपने मतपत्र की स्थिति जाँचें
status-updates-from = अपडेट { $office } से आते हैं।
status-updates-live = यह पेज अपने आप अपडेट होता है।
status-updates-reload = नई जानकारी देखने के लिए यह पेज फिर से लोड करें।
status-manage = सूचनाएँ बदलें या बंद करें
status-updated = आपके मतपत्र की स्थिति अपडेट हुई: { $title }

# The timeline
timeline-not-mailed = आपकी काउंटी ने अभी तक आपका मतपत्र नहीं भेजा है। { $office } जैसे-जैसे हर चरण की जानकारी देगा, आप उसे यहाँ देख सकेंगे।
timeline-your-ballot = आपका मतपत्र
timeline-act = आपको कार्रवाई करनी होगी
# The signature statement the voter sent from the tracker, and what came of it.
timeline-cure = आपका हस्ताक्षर विवरण
timeline-completed = पूरा हुआ
timeline-not-yet = अभी नहीं
timeline-what-happened = क्या हुआ

# Change or stop notifications
manage-title = सूचनाएँ बदलें या बंद करें
manage-loading = आपकी पसंद लोड हो रही है…
manage-not-found-title = सूचनाएँ नहीं मिलीं
manage-not-found = हमें ये सूचनाएँ नहीं मिलीं। जाँचें कि आपके संदेश का पूरा लिंक खोला गया था।
manage-email-now = अभी: { $destination }। इसे रखने के लिए खाली छोड़ दें, या नया पता दर्ज करें।
manage-phone-now = अभी: { $destination }। इसे रखने के लिए खाली छोड़ दें, या नया नंबर दर्ज करें।
manage-language = आपकी सूचनाओं की भाषा
manage-stopped-title = सूचनाएँ बंद हैं
manage-stopped = आपको अब कोई सूचना नहीं मिलेगी। फिर से शुरू करने के लिए नीचे कोई तरीका चालू करें।
manage-saved-title = आपकी पसंद सहेज ली गई है
manage-confirm-new = हमने हर नए पते या नंबर पर पुष्टि भेजी है। पुष्टि होने के बाद सूचनाएँ वहाँ भेजी जाएँगी।
manage-awaiting = पुष्टि की प्रतीक्षा है: { $destination }।
manage-read-only-title = इस लिंक से सूचनाएँ नहीं बदली जा सकतीं
manage-read-only = यह लिंक आपके मतपत्र की स्थिति दिखाता है, लेकिन इससे आपकी सूचनाएँ नहीं बदली जा सकतीं।
manage-expired-title = इस लिंक की समय-सीमा समाप्त हो गई है
manage-expired = आपकी सूचनाएँ बदलने के इस लिंक की समय-सीमा समाप्त हो गई है।
manage-send-link = रिकॉर्ड में दर्ज मेरे ईमेल और फ़ोन पर नया लिंक भेजें
manage-link-sent = हमने रिकॉर्ड में दर्ज ईमेल पते और फ़ोन पर नया लिंक भेजा है।
manage-link-not-sent = हम आज पहले ही कई लिंक भेज चुके हैं। अपना ईमेल और टेक्स्ट संदेश देखें, या कल फिर से प्रयास करें।
manage-save = बदलाव सहेजें
manage-stop-title = सभी सूचनाएँ बंद करें
manage-stop-lead = आपको अपने मतपत्र के बारे में अब कोई ईमेल, टेक्स्ट संदेश या कॉल नहीं मिलेगी।
manage-stop = सभी सूचनाएँ बंद करें
# Asked before anything is erased.
manage-stop-confirm-title = सभी सूचनाएँ बंद करें?
manage-stop-confirm = आपके मतपत्र के बारे में सभी ईमेल, टेक्स्ट संदेश और कॉल आना बंद हो जाएगा, और आपका ईमेल पता और आपके फ़ोन नंबर हटा दिए जाएँगे। फिर से सूचनाएँ पाने के लिए, आपको इन्हें दोबारा दर्ज करना होगा।
manage-stop-yes = हाँ, सभी सूचनाएँ बंद करें
manage-stop-cancel = नहीं, मेरी सूचनाएँ चालू रखें
manage-see-status = अपने मतपत्र की स्थिति देखें
# How a screen reader reads a hidden phone number such as (•••) •••-0123; { $last } is its last four digits.
masked-number = { $last } पर समाप्त होने वाला नंबर

# Page not found
not-found-title = पेज नहीं मिला
not-found-lead = यदि आपने पता टाइप किया था, तो जाँचें कि वह सही है।
not-found-sign-up = मतपत्र सूचनाओं के लिए साइन अप करें

# Confirming an address or number, from the link in a confirmation
confirm-title = मतपत्र सूचनाओं की पुष्टि करें
confirm-lead = पुष्टि करें कि इस मतपत्र के बारे में सूचनाएँ आपको यहाँ भेजी जा सकती हैं। यदि आपने इनका अनुरोध नहीं किया था, तो यह पेज बंद कर दें: आगे कुछ नहीं भेजा जाएगा।
confirm-button = पुष्टि करें
confirm-done-title = पुष्टि हो गई
confirm-done = इस मतपत्र के बारे में सूचनाएँ { $office } की ओर से { $destination } पर आएँगी।
confirm-see-status = मतपत्र की स्थिति देखें
confirm-expired = इस पुष्टि लिंक की समय-सीमा समाप्त हो गई है या इसका उपयोग पहले ही किया जा चुका है। फिर से प्रयास करने के लिए, फिर से साइन अप करें।

# Undoing a change, from the link in a change notice
# Unsure: पूर्ववत करना is the usual Hindi word for "undo"; a plainer रद्द करना may suit some voters.
undo-title = अपनी सूचनाओं में किया गया बदलाव पूर्ववत करें
undo-lead = किसी ने इन मतपत्र सूचनाओं के लिए एक नए ईमेल पते या फ़ोन नंबर की पुष्टि की है। यदि यह आपने नहीं किया था, तो इसे पूर्ववत करें।
undo-button = बदलाव पूर्ववत करें
undo-done-title = बदलाव पूर्ववत कर दिया गया है
undo-done-restored = सूचनाएँ फिर से { $destination } पर जाएँगी, और अब { $removed } पर नहीं जाएँगी।
undo-done-removed = सूचनाएँ अब { $removed } पर नहीं जाएँगी।
undo-expired = इस लिंक की समय-सीमा समाप्त हो गई है या इसका उपयोग पहले ही किया जा चुका है।
undo-changed-since = इसके बाद इसमें फिर से बदलाव किया गया है, इसलिए इसे इस लिंक से पूर्ववत नहीं किया जा सकता। अपने सबसे नए संदेश में दिए गए लिंक का उपयोग करें।

# Is this message from us? Every message ends with a reference such as 7KQM-4MXZ.
# Unsure: संदर्भ कोड translates "reference" by meaning; no official Hindi term is known.
verify-title = क्या यह संदेश हमारी ओर से है?
verify-lead = “{ site-name }” की ओर से आने वाले हर ईमेल, टेक्स्ट संदेश और कॉल के अंत में एक संदर्भ कोड होता है, जैसे 7KQM-4MXZ। यह जाँचने के लिए कि इसे हमने भेजा था, इसे दर्ज करें।
field-reference = संदर्भ कोड
field-reference-hint = संदेश के अंत में। उदाहरण के लिए, 7KQM-4MXZ
verify-submit = जाँचें
verify-yes-title = यह संदेश हमने भेजा था
# $channel is email, sms or voice; $date is already written in the page's language.
verify-yes = { $sender } ने इसे { $date } को { $channel ->
    [email] ईमेल द्वारा
    [sms] टेक्स्ट संदेश द्वारा
   *[voice] फ़ोन कॉल द्वारा
} { $destination } पर भेजा था।
# Unsure: "Social Security number" is written सोशल सिक्योरिटी नंबर (transliterated), as it is commonly known.
verify-yes-only = यह पेज इतना ही बता सकता है। असली संदेश कभी भी पैसे, पासवर्ड या आपका सोशल सिक्योरिटी नंबर नहीं माँगता।
verify-no-title = हमने इस संदर्भ कोड वाला कोई संदेश नहीं भेजा
verify-no = इसके लिंक न खोलें और इसका जवाब न दें। यदि इसमें आपसे अपने मतपत्र के बारे में कुछ करने को कहा गया है, तो अपने काउंटी चुनाव कार्यालय से संपर्क करें।
verify-senders = हमारे संदेश कहाँ से आते हैं
verify-senders-email = { $address } से ईमेल
verify-senders-phone = { $number } से टेक्स्ट संदेश और कॉल

# Signing a ballot's statement from the tracker, /cure/{token} (issue 16): a ballot whose
# envelope signature is missing or did not match. "Statement" is the county's signed form:
# the "unsigned ballot statement" or the "signature verification statement".
cure-title = अपने मतपत्र के विवरण पर हस्ताक्षर करें
cure-lead = आपके मतपत्र की गिनती हो सके, इसके लिए { $office } को आपके हस्ताक्षर की आवश्यकता है। आप कागज़ी फ़ॉर्म लौटाने के बजाय यहाँ हस्ताक्षर कर सकते हैं।
cure-deadline = इसे { $deadline } तक भेजें।
cure-not-open = इस मतपत्र को अभी इस पेज से हस्ताक्षर की आवश्यकता नहीं है।
cure-see-status = अपने मतपत्र की स्थिति देखें
cure-statement-heading = वह विवरण जिस पर आप हस्ताक्षर करते हैं
# The wording of the statement the county receives; keep its legal meaning exactly.
cure-statement = मैं कैलिफ़ोर्निया राज्य के कानूनों के अंतर्गत झूठी गवाही (perjury) के दंड के अधीन घोषणा करता/करती हूँ कि मैं नीचे नामित पंजीकृत मतदाता हूँ, कि मैंने इस चुनाव के लिए वोट-बाय-मेल मतपत्र का अनुरोध किया था और उसे लौटाया था, और कि नीचे दिया गया हस्ताक्षर, जो मेरे मतपत्र के लिफ़ाफ़े पर छूटे हुए या मेल न खाने वाले हस्ताक्षर के स्थान पर मतपत्र ट्रैकिंग सेवा से भेजा गया है, मेरा अपना हस्ताक्षर है।
cure-dob-hint = हम इसका मिलान आपके मतदाता पंजीकरण से करते हैं, इसलिए केवल आगे भेजे गए लिंक से कोई आपकी ओर से हस्ताक्षर नहीं कर सकता। उदाहरण के लिए, 04-27-1980
cure-method-legend = आप कैसे हस्ताक्षर करेंगे?
cure-method-drawn = स्क्रीन पर अपना हस्ताक्षर बनाएँ
cure-method-photo = मेरे द्वारा हस्ताक्षरित कागज़ी विवरण की फ़ोटो भेजें
cure-method-typed = इसके बजाय अपना नाम टाइप करें
cure-method-typed-hint = उन सभी के लिए जो हस्ताक्षर नहीं बना सकते या फ़ोटो नहीं ले सकते: आपका टाइप किया गया नाम विवरण पर आपके हस्ताक्षर का काम करता है।
cure-draw-label = हस्ताक्षर पैड: अपनी उंगली, पेन या माउस से अपना हस्ताक्षर बनाएँ
cure-draw-hint = अगर आप हस्ताक्षर नहीं बना सकते, तो “इसके बजाय अपना नाम टाइप करें” चुनें।
cure-draw-clear = हस्ताक्षर फिर से शुरू करें
cure-draw-empty = बॉक्स में अपना हस्ताक्षर बनाएँ
cure-photo-label = आपके हस्ताक्षरित विवरण की फ़ोटो
cure-photo-hint = फ़ोटो (JPEG, PNG या HEIC) या स्कैन (PDF), अधिकतम 10 MB। फ़ोटो कहाँ ली गई थी, यह जानकारी और फ़ाइल में सहेजी गई अन्य जानकारी हटा दी जाती है।
cure-typed-label = आपका पूरा नाम, जैसे आप हस्ताक्षर में लिखते हैं
cure-submit = मेरा हस्ताक्षर भेजें
cure-sending = आपका हस्ताक्षर भेजा जा रहा है…
cure-sent-title = हस्ताक्षर भेजा गया
cure-sent = { $office } को आपका हस्ताक्षर मिल गया है। उनके द्वारा इसकी समीक्षा किए जाने पर हम आपको बताएँगे।
cure-noscript = इस पेज पर हस्ताक्षर करने के लिए JavaScript आवश्यक है। आप अब भी कागज़ी फ़ॉर्म { $office } को लौटा सकते हैं।
cure-status-link = इस फ़ोन या कंप्यूटर से विवरण पर हस्ताक्षर करें
