# The web pages (frontend/src). Keep "Where's My Ballot?" as the program's name unless the
# Secretary of State publishes it in your language. Keep "MM-DD-YYYY" as it is: the date of
# birth is always typed that way. { $destination } is an email address or phone number,
# { $office } a county elections office's name, { $page } a page title, { $title } a status.
# Tagalog (tl): "Nasaan ang Aking Balota?" translates the program's name (no official
# Tagalog name confirmed). "Vote-by-mail ballot" is "balota sa pagboto sa pamamagitan ng
# koreo", as in the Secretary of State's Tagalog materials; "status" is "katayuan".
# footer-questions is followed on the page by the state's phone number.

site-name = Nasaan ang Aking Balota?
site-tagline = Pagsubaybay sa balota sa pagboto sa pamamagitan ng koreo para sa mga botante ng California
skip-link = Lumaktaw sa pangunahing nilalaman
nav-label = Pangunahin
nav-sign-up = Mag-sign up
nav-check = Tingnan ang aking balota
footer-questions = May mga tanong tungkol sa inyong rehistro o balota? Makipag-ugnayan sa tanggapan ng halalan ng inyong county, o sa Kalihim ng Estado ng California sa
language-picker-label = Wika
# The page's <title>: "Error: " goes in front while a form shows errors.
page-title = { $page } - { site-name }
page-title-error = May mali: { $page } - { site-name }
error-prefix = May mali:

# Sign-up
signup-title = Mag-sign up para sa mga abiso tungkol sa balota
signup-lead = Makatanggap ng email, text message o tawag sa telepono kapag naipadala, natanggap at nabilang ang inyong balota sa pagboto sa pamamagitan ng koreo, o kung may problemang kailangan ninyong ayusin.
signup-your-details = Ang inyong impormasyon
signup-details-hint = Ilagay ang mga ito tulad ng nakasulat sa inyong rehistro bilang botante.
field-first-name = Unang pangalan
field-last-name = Apelyido
field-date-of-birth = Petsa ng kapanganakan
field-date-of-birth-hint = MM-DD-YYYY (buwan-araw-taon). Halimbawa, 01-23-1980
field-zip = ZIP code
field-zip-hint = Ang ZIP code ng address ng inyong tirahan sa California. Mga botanteng nasa ibang bansa: gamitin ang ZIP code ng address sa California kung saan kayo nagparehistro.
field-zip-hint-lookup = Ang ZIP code ng address ng inyong tirahan sa California, kahit nakatira kayo sa ibang bansa.
field-voter-id = Voter ID (opsyonal)
field-voter-id-hint = Nakalimbag sa inyong kard ng pagpaparehistro bilang botante at sa inyong halimbawang balota.
channels-legend = Paano namin kayo aabisuhan?
channels-hint = I-on ang isa o higit pa.
switch-email = Email
switch-sms = Text message (SMS)
switch-voice = Tawag sa telepono
switch-on = Naka-on
switch-off = Naka-off
field-email = Email address
field-sms-phone = Numero ng mobile phone
field-sms-phone-hint = Numero sa US, o + at ang code ng bansa para sa numero sa ibang bansa.
field-voice-phone = Numero ng telepono para sa mga tawag
field-voice-phone-hint = Numero sa US, o + at ang code ng bansa para sa numero sa ibang bansa. Tumatawag kami sa pagitan ng 8 AM at 9 PM.
signup-submit = Mag-sign up
signup-submitting = Nagsa-sign up…

# After signing up
signed-up-title = Naka-sign up na kayo
signed-up-new = Aabisuhan kayo tungkol sa inyong balota sa pagboto sa pamamagitan ng koreo.
signed-up-updated = Naka-sign up na kayo dati: in-update namin ang inyong mga pinili.
signed-up-what-we-sent = Ang ipinadala namin
signed-up-email-sent = Nagpadala kami ng email ng kumpirmasyon sa { $destination }. Kung hindi ninyo ito makita, tingnan ang inyong spam o promotions folder.
signed-up-email-later = Mag-e-email kami sa { $destination }.
signed-up-sms-sent = Nagpadala kami ng text message ng kumpirmasyon sa { $destination }. Mag-reply ng STOP (sa Ingles) anumang oras para ihinto ang mga text.
signed-up-sms-later = Magte-text kami sa { $destination }.
signed-up-voice = Tatawag kami sa { $destination } kapag nagbago ang katayuan ng inyong balota, sa pagitan ng 8 AM at 9 PM. Walang tawag ng kumpirmasyon.
notifications-come-from = Ang mga abiso ay mula sa { $office }.
signed-up-see-status = Tingnan ang katayuan ng inyong balota
signed-up-same-link = (nasa inyong kumpirmasyon din ang link na ito)
signed-up-change = Baguhin ang inyong mga pinili

# Errors
error-summary-title = May problema
network-error = Hindi namin maabot ang server. Suriin ang inyong koneksyon at subukang muli.
server-error = Nagkaroon ng problema (HTTP { $status }). Pakisubukang muli.

# Check without signing up
lookup-title = Tingnan ang katayuan ng inyong balota
lookup-lead = Alamin kung nasaan ang inyong balota sa pagboto sa pamamagitan ng koreo, nang hindi nagsa-sign up para sa mga abiso.
lookup-submit = Tingnan ang katayuan
lookup-result = Ang katayuan ng inyong balota
lookup-sign-up = Mag-sign up para maabisuhan kapag nagbago ito

# Status page
status-title = Ang katayuan ng inyong balota
status-loading = Nilo-load ang katayuan ng inyong balota…
status-not-found = Hindi namin makita ang pahinang ito ng katayuan. Tiyaking nabuksan ang buong link mula sa inyong mensahe.
status-check-instead = Tingnan ang katayuan ng inyong balota gamit ang inyong impormasyon
status-updates-from = Ang mga update ay mula sa { $office }. Kusang nag-a-update ang pahinang ito.
status-manage = Baguhin o ihinto ang mga abiso
status-updated = Na-update ang katayuan ng inyong balota: { $title }

# The timeline
timeline-not-mailed = Hindi pa naipapadala ng inyong county ang inyong balota. Makikita ninyo rito ang bawat hakbang kapag iniulat ito ng { $office }.
timeline-your-ballot = Ang inyong balota
timeline-act = Kailangan ninyong kumilos
timeline-completed = Tapos na
timeline-not-yet = Hindi pa
timeline-what-happened = Ang nangyari

# Change or stop notifications
manage-title = Baguhin o ihinto ang mga abiso
manage-loading = Nilo-load ang inyong mga pinili…
manage-not-found = Hindi namin makita ang mga abisong ito. Tiyaking nabuksan ang buong link mula sa inyong mensahe.
manage-email-now = Kasalukuyan: { $destination }. Iwanang blangko para panatilihin ito, o maglagay ng bagong address.
manage-phone-now = Kasalukuyan: { $destination }. Iwanang blangko para panatilihin ito, o maglagay ng bagong numero.
manage-language = Wika ng inyong mga abiso
manage-stopped-title = Nakahinto ang mga abiso
manage-stopped = Hindi na kayo makatatanggap ng mga abiso. I-on ang isang paraan sa ibaba para magsimulang muli.
manage-saved-title = Nai-save ang inyong mga pinili
manage-confirmed-email = Nagpadala kami ng kumpirmasyon sa email.
manage-confirmed-sms = Nagpadala kami ng kumpirmasyon sa text message.
manage-confirmed-both = Nagpadala kami ng kumpirmasyon sa email at sa text message.
manage-save = I-save ang mga pagbabago
manage-stop-title = Ihinto ang lahat ng abiso
manage-stop-lead = Hindi na kayo makatatanggap ng mga email, text o tawag tungkol sa inyong balota.
manage-stop = Ihinto ang lahat ng abiso
manage-see-status = Tingnan ang katayuan ng inyong balota

# Page not found
not-found-title = Hindi nakita ang pahina
not-found-lead = Kung tinype ninyo ang address, tiyaking tama ito.
not-found-sign-up = Mag-sign up para sa mga abiso tungkol sa balota
