# The web pages (frontend/src). Keep "MM-DD-YYYY" as it is: the date of birth is always
# typed that way. { $destination } is an email address or phone number, { $office } a
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
# Followed on the page by the phone number "(800) 345-8683.".
footer-questions = अपने पंजीकरण या मतपत्र के बारे में प्रश्न हैं? अपने काउंटी चुनाव कार्यालय से संपर्क करें, या कैलिफ़ोर्निया सेक्रेटरी ऑफ़ स्टेट को इस नंबर पर कॉल करें:
language-picker-label = भाषा
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
field-date-of-birth-hint = MM-DD-YYYY (महीना-दिन-वर्ष)। उदाहरण के लिए, 01-23-1980
field-zip = ZIP कोड
field-zip-hint = आपके कैलिफ़ोर्निया आवासीय पते का ZIP कोड। विदेश में रहने वाले मतदाता: कैलिफ़ोर्निया के उस पते का ZIP कोड उपयोग करें जिससे आपने पंजीकरण कराया था।
field-zip-hint-lookup = आपके कैलिफ़ोर्निया आवासीय पते का ZIP कोड, भले ही आप विदेश में रहते हों।
field-voter-id = मतदाता आईडी (वैकल्पिक)
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

# After signing up
signed-up-title = आपका साइन अप हो गया है
signed-up-new = आपको आपके वोट-बाय-मेल मतपत्र के बारे में सूचित किया जाएगा।
signed-up-updated = आप पहले से साइन अप थे: हमने आपकी पसंद अपडेट कर दी है।
signed-up-what-we-sent = हमने क्या भेजा
signed-up-email-sent = हमने { $destination } पर पुष्टि ईमेल भेजा है। यदि यह आपको न दिखे, तो अपना स्पैम या प्रमोशन फ़ोल्डर देखें।
signed-up-email-later = हम { $destination } पर ईमेल भेजेंगे।
signed-up-sms-sent = हमने { $destination } पर पुष्टि टेक्स्ट संदेश भेजा है। टेक्स्ट संदेश किसी भी समय बंद करने के लिए STOP (अंग्रेज़ी में) लिखकर जवाब दें।
signed-up-sms-later = हम { $destination } पर टेक्स्ट संदेश भेजेंगे।
signed-up-voice = आपके मतपत्र की स्थिति बदलने पर हम { $destination } पर सुबह 8 बजे से रात 9 बजे के बीच कॉल करेंगे। कोई पुष्टि कॉल नहीं की जाती।
notifications-come-from = सूचनाएँ { $office } से आती हैं।
signed-up-see-status = अपने मतपत्र की स्थिति देखें
signed-up-same-link = (यही लिंक आपकी पुष्टि में भी है)
signed-up-change = अपनी पसंद बदलें

# Errors
error-summary-title = एक समस्या है
network-error = हम सर्वर तक नहीं पहुँच सके। अपना कनेक्शन जाँचें और फिर से प्रयास करें।
server-error = कुछ गलत हो गया (HTTP { $status })। कृपया फिर से प्रयास करें।

# Check without signing up
lookup-title = अपने मतपत्र की स्थिति जाँचें
lookup-lead = सूचनाओं के लिए साइन अप किए बिना देखें कि आपका वोट-बाय-मेल मतपत्र कहाँ है।
lookup-submit = स्थिति जाँचें
lookup-result = आपके मतपत्र की स्थिति
lookup-sign-up = स्थिति बदलने पर सूचना पाने के लिए साइन अप करें

# Status page
status-title = आपके मतपत्र की स्थिति
status-loading = आपके मतपत्र की स्थिति लोड हो रही है…
status-not-found = हमें यह स्थिति पेज नहीं मिला। जाँचें कि आपके संदेश का पूरा लिंक खोला गया था।
status-check-instead = अपने विवरण से अपने मतपत्र की स्थिति जाँचें
status-updates-from = अपडेट { $office } से आते हैं। यह पेज अपने आप अपडेट होता है।
status-manage = सूचनाएँ बदलें या बंद करें
status-updated = आपके मतपत्र की स्थिति अपडेट हुई: { $title }

# The timeline
timeline-not-mailed = आपकी काउंटी ने अभी तक आपका मतपत्र नहीं भेजा है। { $office } जैसे-जैसे हर चरण की जानकारी देगा, आप उसे यहाँ देख सकेंगे।
timeline-your-ballot = आपका मतपत्र
timeline-act = आपको कार्रवाई करनी होगी
timeline-completed = पूरा हुआ
timeline-not-yet = अभी नहीं
timeline-what-happened = क्या हुआ

# Change or stop notifications
manage-title = सूचनाएँ बदलें या बंद करें
manage-loading = आपकी पसंद लोड हो रही है…
manage-not-found = हमें ये सूचनाएँ नहीं मिलीं। जाँचें कि आपके संदेश का पूरा लिंक खोला गया था।
manage-email-now = अभी: { $destination }। इसे रखने के लिए खाली छोड़ दें, या नया पता दर्ज करें।
manage-phone-now = अभी: { $destination }। इसे रखने के लिए खाली छोड़ दें, या नया नंबर दर्ज करें।
manage-language = आपकी सूचनाओं की भाषा
manage-stopped-title = सूचनाएँ बंद हैं
manage-stopped = आपको अब कोई सूचना नहीं मिलेगी। फिर से शुरू करने के लिए नीचे कोई तरीका चालू करें।
manage-saved-title = आपकी पसंद सहेज ली गई है
manage-confirmed-email = हमने ईमेल द्वारा पुष्टि भेजी है।
manage-confirmed-sms = हमने टेक्स्ट संदेश द्वारा पुष्टि भेजी है।
manage-confirmed-both = हमने ईमेल और टेक्स्ट संदेश द्वारा पुष्टि भेजी है।
manage-save = बदलाव सहेजें
manage-stop-title = सभी सूचनाएँ बंद करें
manage-stop-lead = आपको अपने मतपत्र के बारे में अब कोई ईमेल, टेक्स्ट संदेश या कॉल नहीं मिलेगी।
manage-stop = सभी सूचनाएँ बंद करें
manage-see-status = अपने मतपत्र की स्थिति देखें

# Page not found
not-found-title = पेज नहीं मिला
not-found-lead = यदि आपने पता टाइप किया था, तो जाँचें कि वह सही है।
not-found-sign-up = मतपत्र सूचनाओं के लिए साइन अप करें
