# The web pages (frontend/src). Keep "Where's My Ballot?" as the program's name unless the
# Secretary of State publishes it in your language. Keep "MM-DD-YYYY" as it is: the date of
# birth is always typed that way (the hint says it in words, for screen readers). { $destination } is an email address or phone number,
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
nav-verify = Suriin ang isang mensahe
footer-questions = May mga tanong tungkol sa inyong rehistro o balota? Makipag-ugnayan sa tanggapan ng halalan ng inyong county, o sa Kalihim ng Estado ng California sa
language-picker-label = Wika
# The button beside the language list: a language is applied when chosen, not on each arrow key.
language-picker-apply = Palitan ang wika
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
field-date-of-birth-hint = Dalawang digit para sa buwan, dalawang digit para sa araw, apat na digit para sa taon. Halimbawa, 01-23-1980
field-zip = ZIP code
field-zip-hint = Ang ZIP code ng address ng inyong tirahan sa California. Mga botanteng nasa ibang bansa: gamitin ang ZIP code ng address sa California kung saan kayo nagparehistro.
field-zip-hint-lookup = Ang ZIP code ng address ng inyong tirahan sa California, kahit nakatira kayo sa ibang bansa.
field-voter-id = Voter ID
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

# After signing up. Nothing about the ballot goes to an address or number until whoever has it
# confirms it: a link by email, YES by text, 1 on a call.
signed-up-title = Tingnan ang inyong email at telepono
signed-up-new = Naka-sign up na kayo. Bago kami magpadala ng anuman tungkol sa inyong balota, kumpirmahin ang bawat paraan ng pakikipag-ugnayan namin sa inyo.
signed-up-already-title = Naka-sign up na kayo dati
signed-up-already = Walang nagbago. May mga abiso na ang botanteng ito, kaya hindi namin ipinapakita ang mga ito rito.
signed-up-already-on-file = Nagpadala kami ng link para baguhin o ihinto ang mga abiso sa email address at telepono na nasa aming rekord.
signed-up-check = Ang dapat gawin ngayon
signed-up-confirm-email = Nagpadala kami ng link sa { $destination }. Buksan ito sa loob ng 48 oras para kumpirmahin. Kung hindi ninyo ito makita, tingnan ang inyong spam o promotions folder.
signed-up-confirm-sms = Nagpadala kami ng text message sa { $destination }. Mag-reply ng YES (sa Ingles) para kumpirmahin.
signed-up-confirm-voice = Tatawag kami sa { $destination } sa pagitan ng 8 AM at 9 PM. Pindutin ang 1 sa tawag para kumpirmahin.
signed-up-confirm-not-sent = Natanggap na ng { $destination } ang pinakamaraming kumpirmasyon na ipinapadala namin sa isang araw. Gumagana pa rin ang natanggap na nito.
signed-up-on-file = Nakumpirma na: { $destination }.
notifications-come-from = Ang mga abiso ay mula sa { $office }.
signed-up-see-status = Tingnan ang katayuan ng inyong balota
signed-up-same-link = (itago ang link na ito: ipinapakita lamang nito ang katayuan ng inyong balota, kaya ligtas itong ibahagi)
signed-up-change = Baguhin ang inyong mga pinili

# Errors
error-summary-title = May problema
network-error = Hindi namin maabot ang server. Suriin ang inyong koneksyon at subukang muli.

# Check without signing up
lookup-title = Tingnan ang katayuan ng inyong balota
lookup-lead = Alamin kung nasaan ang inyong balota sa pagboto sa pamamagitan ng koreo, nang hindi nagsa-sign up para sa mga abiso.
lookup-submit = Tingnan ang katayuan
lookup-result = Ang katayuan ng inyong balota
lookup-sign-up = Mag-sign up para maabisuhan kapag nagbago ito

# Status page
status-title = Ang katayuan ng inyong balota
status-loading = Nilo-load ang katayuan ng inyong balota…
status-not-found-title = Hindi nakita ang pahina ng katayuan
status-not-found = Hindi namin makita ang pahinang ito ng katayuan. Tiyaking nabuksan ang buong link mula sa inyong mensahe.
status-check-instead = Tingnan ang katayuan ng inyong balota gamit ang inyong impormasyon
status-updates-from = Ang mga update ay mula sa { $office }.
status-updates-live = Kusang nag-a-update ang pahinang ito.
status-updates-reload = I-reload ang pahinang ito para makita ang pinakabago.
status-manage = Baguhin o ihinto ang mga abiso
status-updated = Na-update ang katayuan ng inyong balota: { $title }

# The timeline
timeline-not-mailed = Hindi pa naipapadala ng inyong county ang inyong balota. Makikita ninyo rito ang bawat hakbang kapag iniulat ito ng { $office }.
timeline-your-ballot = Ang inyong balota
timeline-act = Kailangan ninyong kumilos
# The signature statement the voter sent from the tracker, and what came of it.
timeline-cure = Ang inyong pahayag ng lagda
timeline-completed = Tapos na
timeline-not-yet = Hindi pa
timeline-what-happened = Ang nangyari

# Change or stop notifications
manage-title = Baguhin o ihinto ang mga abiso
manage-loading = Nilo-load ang inyong mga pinili…
manage-not-found-title = Hindi nakita ang mga abiso
manage-not-found = Hindi namin makita ang mga abisong ito. Tiyaking nabuksan ang buong link mula sa inyong mensahe.
manage-email-now = Kasalukuyan: { $destination }. Iwanang blangko para panatilihin ito, o maglagay ng bagong address.
manage-phone-now = Kasalukuyan: { $destination }. Iwanang blangko para panatilihin ito, o maglagay ng bagong numero.
manage-language = Wika ng inyong mga abiso
manage-stopped-title = Nakahinto ang mga abiso
manage-stopped = Hindi na kayo makatatanggap ng mga abiso. I-on ang isang paraan sa ibaba para magsimulang muli.
manage-saved-title = Nai-save ang inyong mga pinili
manage-confirm-new = Nagpadala kami ng kumpirmasyon sa bawat bagong address o numero. Ipapadala roon ang mga abiso kapag nakumpirma na ito.
manage-awaiting = Naghihintay ng kumpirmasyon: { $destination }.
manage-read-only-title = Hindi mababago ng link na ito ang mga abiso
manage-read-only = Ipinapakita ng link na ito ang katayuan ng inyong balota, pero hindi nito mababago ang inyong mga abiso.
manage-expired-title = Nag-expire na ang link na ito
manage-expired = Nag-expire na ang link na ito para baguhin ang inyong mga abiso.
manage-send-link = Magpadala ng bagong link sa aking email at telepono na nasa rekord
manage-link-sent = Nagpadala kami ng bagong link sa email address at telepono na nasa aming rekord.
manage-link-not-sent = Nakapagpadala na kami ng ilang link ngayong araw. Tingnan ang inyong email at mga text message, o subukang muli bukas.
manage-save = I-save ang mga pagbabago
manage-stop-title = Ihinto ang lahat ng abiso
manage-stop-lead = Hindi na kayo makatatanggap ng mga email, text o tawag tungkol sa inyong balota.
manage-stop = Ihinto ang lahat ng abiso
# Asked before anything is erased.
manage-stop-confirm-title = Ihinto ang lahat ng abiso?
manage-stop-confirm = Hihinto ang bawat email, text message at tawag tungkol sa inyong balota, at aalisin ang inyong email address at mga numero ng telepono. Para makatanggap muli ng mga abiso, kailangan ninyong ilagay muli ang mga ito.
manage-stop-yes = Oo, ihinto ang lahat ng abiso
manage-stop-cancel = Hindi, panatilihin ang aking mga abiso
manage-see-status = Tingnan ang katayuan ng inyong balota
# How a screen reader reads a hidden phone number such as (•••) •••-0123; { $last } is its last four digits.
masked-number = numerong nagtatapos sa { $last }

# Page not found
not-found-title = Hindi nakita ang pahina
not-found-lead = Kung tinype ninyo ang address, tiyaking tama ito.
not-found-sign-up = Mag-sign up para sa mga abiso tungkol sa balota

# Confirming an address or number, from the link in a confirmation
confirm-title = Kumpirmahin ang mga abiso tungkol sa balota
confirm-lead = Kumpirmahin na maaaring dumating sa inyo rito ang mga abiso tungkol sa balotang ito. Kung hindi ninyo hiniling ang mga ito, isara ang pahinang ito: wala nang ipapadala.
confirm-button = Kumpirmahin
confirm-done-title = Nakumpirma na
confirm-done = Darating sa { $destination } ang mga abiso tungkol sa balotang ito, mula sa { $office }.
confirm-see-status = Tingnan ang katayuan ng balota
confirm-expired = Nag-expire na ang link ng kumpirmasyong ito o nagamit na ito. Para subukang muli, mag-sign up muli.

# Undoing a change, from the link in a change notice
# Unsure: "bawiin" (take back) is used for "undo"; no official Tagalog term is known.
undo-title = Bawiin ang isang pagbabago sa inyong mga abiso
undo-lead = May nagkumpirma ng bagong email address o numero ng telepono para sa mga abisong ito tungkol sa balota. Kung hindi kayo iyon, bawiin ito.
undo-button = Bawiin ang pagbabago
undo-done-title = Nabawi na ang pagbabago
undo-done-restored = Ipinapadala nang muli ang mga abiso sa { $destination }, at hindi na sa { $removed }.
undo-done-removed = Hindi na ipinapadala ang mga abiso sa { $removed }.
undo-expired = Nag-expire na ang link na ito o nagamit na ito.
undo-changed-since = Binago itong muli pagkatapos nito, kaya hindi na ito mababawi gamit ang link na ito. Gamitin ang link sa inyong pinakabagong mensahe.

# Is this message from us? Every message ends with a reference such as 7KQM-4MXZ.
# Unsure: "reference code" is kept as the English loanword; no official Tagalog term is known.
verify-title = Mula ba sa amin ang mensaheng ito?
verify-lead = Nagtatapos ang bawat email, text message at tawag mula sa { site-name } sa isang reference code, tulad ng 7KQM-4MXZ. Ilagay ito para matiyak na kami ang nagpadala nito.
field-reference = Reference code
field-reference-hint = Nasa dulo ng mensahe. Halimbawa, 7KQM-4MXZ
verify-submit = Suriin
verify-yes-title = Kami ang nagpadala ng mensaheng ito
# $channel is email, sms or voice; $date is already written in the page's language.
verify-yes = Ipinadala ito ng { $sender } { $channel ->
    [email] sa pamamagitan ng email
    [sms] sa pamamagitan ng text message
   *[voice] sa pamamagitan ng tawag sa telepono
} sa { $destination } noong { $date }.
verify-yes-only = Iyon lamang ang masasabi ng pahinang ito. Hindi kailanman humihingi ang tunay na mensahe ng pera, mga password o ng inyong Social Security number.
verify-no-title = Hindi kami nagpadala ng mensaheng may ganitong reference code
verify-no = Huwag buksan ang mga link nito at huwag itong sagutin. Kung hinihiling nito na may gawin kayo tungkol sa inyong balota, makipag-ugnayan sa tanggapan ng halalan ng inyong county.
verify-senders = Saan nanggagaling ang aming mga mensahe
verify-senders-email = Email mula sa { $address }
verify-senders-phone = Mga text at tawag mula sa { $number }

# Signing a ballot's statement from the tracker, /cure/{token} (issue 16): a ballot whose
# envelope signature is missing or did not match. "Statement" is the county's signed form:
# the "unsigned ballot statement" or the "signature verification statement".
cure-title = Lagdaan ang pahayag ng inyong balota
cure-lead = Kailangan ng { $office } ang inyong lagda bago mabilang ang inyong balota. Maaari kayong lumagda rito sa halip na ibalik ang papel na form.
cure-deadline = Ipadala ito nang hindi lalampas sa { $deadline }.
cure-not-open = Hindi kailangan ng balotang ito ng lagda mula sa pahinang ito sa ngayon.
cure-see-status = Tingnan ang katayuan ng inyong balota
cure-statement-heading = Ang pahayag na inyong lalagdaan
# The wording of the statement the county receives; keep its legal meaning exactly.
cure-statement = Ipinahahayag ko, sa ilalim ng parusa sa pagsisinungaling sa ilalim ng panunumpa ayon sa mga batas ng Estado ng California, na ako ang rehistradong botante na nakapangalan sa ibaba, na hiniling at ibinalik ko ang balota sa pagboto sa pamamagitan ng koreo para sa halalang ito, at na ang lagda sa ibaba, na ipinadala mula sa serbisyo sa pagsubaybay ng balota bilang kapalit ng lagdang nawawala o hindi tugma sa sobre ng aking balota, ay sarili kong lagda.
cure-dob-hint = Itinutugma namin ito sa inyong rehistro bilang botante, kaya hindi makalalagda para sa inyo ang isang ipinasang link lamang. Halimbawa, 04-27-1980
cure-method-legend = Paano kayo lalagda?
cure-method-drawn = Iguhit ang aking lagda sa screen
cure-method-photo = Magpadala ng larawan ng papel na pahayag na nilagdaan ko
cure-method-typed = I-type na lang ang aking pangalan
cure-method-typed-hint = Para sa sinumang hindi makaguhit o makakuha ng larawan: ang itinype ninyong pangalan ang lalagda sa pahayag.
cure-draw-label = Pad ng lagda: iguhit ang inyong lagda gamit ang inyong daliri, isang pen o ang mouse
cure-draw-hint = Kung hindi kayo makaguhit, piliin ang “I-type na lang ang aking pangalan”.
cure-draw-clear = Ulitin ang lagda
cure-draw-empty = Iguhit ang inyong lagda sa kahon
cure-photo-label = Larawan ng inyong nilagdaang pahayag
cure-photo-hint = Isang larawan (JPEG, PNG o HEIC) o scan (PDF), hanggang 10 MB. Inaalis ang lugar kung saan ito kinunan at ang iba pang detalyeng nakaimbak sa file.
cure-typed-label = Ang inyong buong pangalan, tulad ng paglagda ninyo nito
cure-submit = Ipadala ang aking lagda
cure-sending = Ipinapadala ang inyong lagda…
cure-sent-title = Naipadala ang lagda
cure-sent = Natanggap na ng { $office } ang inyong lagda. Sasabihan namin kayo kapag nasuri na nila ito.
cure-noscript = Kailangan ng JavaScript para lumagda sa pahinang ito. Maaari pa rin ninyong ibalik ang papel na form sa { $office }.
cure-status-link = Lagdaan ang pahayag mula sa teleponong ito o computer na ito
