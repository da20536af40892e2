# What the service says to voters from the server (api/src): answers the pages show, the
# ballot timeline, and every notification by email, text message (SMS) and voice call.
# "Where's My Ballot?" is the program's name. Keep the SMS keywords STOP, START and HELP in
# English: carriers act on those words. Keep "Msg & data rates may apply" meaning exactly that.
# Placeholders: { $office } the county elections office's name, { $first_name } the voter's,
# { $date } / { $deadline } / { $expected_delivery } dates already written with date-long,
# { $cure_url } / { $status_url } / { $manage_url } / { $signup_url } / { $confirm_url } /
# { $undo_url } / { $verify_url } / { $site_url } web addresses, { $reference } a message's reference,
# { $destination } an email address or phone number, { $contact } a phone number or address,
# { $hotline } the state's phone number, { $reason } the county's words, { $status } a status
# title, { $sentence } a status sentence.
# Tagalog (tl): "Msg & data rates may apply" is "Maaaring may singil para sa mensahe at data".
# The cure forms are the "Pahayag ng Balotang Walang Lagda" (unsigned ballot statement) and
# the "Pahayag ng Pagpapatunay ng Lagda" (signature verification statement). Election Day is
# "Araw ng Halalan"; the Secretary of State is "Kalihim ng Estado ng California".
# { $contact } may be a phone number or an address, so it follows a colon.

program-name = Nasaan ang Aking Balota?

# A date, as messages write it: "November 3, 2026". $month is 1-12, $day and $year numbers.
# Tagalog: "Nobyembre 3, 2026".
date-long = { $month ->
    [1] Enero
    [2] Pebrero
    [3] Marso
    [4] Abril
    [5] Mayo
    [6] Hunyo
    [7] Hulyo
    [8] Agosto
    [9] Setyembre
    [10] Oktubre
    [11] Nobyembre
   *[12] Disyembre
} { $day }, { $year }

## Answers to the pages
invalid-input = May ilang impormasyon na kailangang itama.
no-matching-voter = Walang botante sa aming sistema na tumutugma sa impormasyong inilagay ninyo.
no-matching-voter-help-spelling = Tiyaking nakasulat ang inyong unang pangalan, apelyido, petsa ng kapanganakan at ZIP code tulad ng nasa inyong rehistro bilang botante.
no-matching-voter-help-zip = Gamitin ang ZIP code ng address ng inyong tirahan sa California, kahit nakatira kayo sa ibang bansa o tumatanggap ng koreo sa ibang lugar.
no-matching-voter-help-recent = Kung kamakailan lamang kayo nagparehistro o nag-update ng inyong rehistro, subukang muli pagkalipas ng ilang araw.
ambiguous-voter = Higit sa isang botante ang tumutugma sa impormasyong ito. Ilagay ang inyong voter ID para malaman namin kung alin kayo.
ambiguous-voter-help-where = Nakalimbag ang inyong voter ID sa inyong kard ng pagpaparehistro bilang botante at sa inyong halimbawang balota.
ambiguous-voter-help-county = Kung wala kayo nito, makipag-ugnayan sa tanggapan ng halalan ng inyong county.
rate-limited = Masyadong maraming pagsubok. Pakihintay ang ilang minuto at subukang muli.
timed-out = Masyadong natagalan ang pagsagot ng serbisyo. Pakisubukang muli maya-maya.
unavailable = Abala ang serbisyo. Pakisubukang muli maya-maya.
internal = Nagkaroon ng problema sa aming panig. Pakisubukang muli.
subscription-not-found = Hindi namin makita ang mga abisong ito. Tiyaking nabuksan ang buong link mula sa inyong mensahe.
link-expired = Nag-expire na ang link na ito o nagamit na ito.
read-only-link = Ipinapakita ng link na ito ang katayuan ng inyong balota pero hindi nito mababago ang inyong mga abiso.
changed-since = Binago itong muli pagkatapos nito, kaya hindi na ito mababawi gamit ang link na ito. Gamitin ang link sa inyong pinakabagong mensahe para pamahalaan ang inyong mga abiso.
# A field error under a channel: $channel is email, sms or voice.
too-many-confirmations = Naipadala na namin ngayong araw ang pinakamaraming kumpirmasyon na maaari naming ipadala sa { $channel ->
    [email] address na ito
   *[other] numerong ito
}. Subukang muli bukas, o pumili ng ibang paraan ng pag-abiso.
phone-country-refused = Hindi kami makapagpapadala ng text o makatatawag sa mga numero sa bansang iyon. Pumili ng email, o ng numero sa ibang bansa.
channel-unavailable = Hindi pa magagamit sa serbisyong ito ang { $channel ->
    [email] email
    [sms] mga text message
   *[voice] mga tawag
}. Pumili ng ibang paraan ng pag-abiso.

## Ballot statuses, as the timeline and email subjects title them
status-mailed = Naipadala sa koreo
status-in-transit-to-voter = Papunta na sa inyo
status-delivered = Naihatid na sa inyo
status-undeliverable = Ibinalik dahil hindi maihatid
status-in-transit-to-county = Papunta na sa county
status-received = Natanggap
status-in-review = Sinusuri
status-counted = Nabilang
status-signature-missing = Walang lagda
status-signature-mismatch = Hindi mapatunayan ang lagda
status-cured = Naayos ang problema sa lagda
status-not-counted = Hindi nabilang
status-reissued = Nagbigay ng kapalit na balota
status-voted-in-person = Bumoto nang personal

## What happened, said plainly: never more than the county's data says
sentence-mailed = Ibinigay sa serbisyo ng koreo ang inyong balota sa pagboto sa pamamagitan ng koreo noong { $date }.
sentence-in-transit-to-voter = Papunta na sa inyo ang inyong balota sa pamamagitan ng serbisyo ng koreo.
sentence-in-transit-to-voter-expected = Inaasahan ng serbisyo ng koreo na maihahatid ang inyong balota bandang { $expected_delivery }.
sentence-delivered = Naihatid ng serbisyo ng koreo ang inyong balota noong { $date }.
# Evidence under a status the Postal Service's scans gave: where ("Sacramento, CA") and on which day.
postal-scan = Na-scan ng serbisyo ng koreo sa { $place } noong { $date }.
postal-latest = Huling scan ng serbisyo ng koreo: { $place }, { $date }.
sentence-undeliverable = Ibinalik ang inyong balota sa { $office } dahil hindi ito maihatid. Makipag-ugnayan sa kanila para makakuha ng balotang magagamit ninyo sa pagboto.
sentence-in-transit-to-county = Na-scan ng serbisyo ng koreo ang inyong ibinalik na balota noong { $date }, habang papunta ito sa { $office }.
sentence-received = Natanggap ng { $office } ang inyong balota noong { $date }.
sentence-in-review = Sinusuri ang inyong balota, halimbawa para tingnan ang inyong lagda. Wala kayong kailangang gawin sa ngayon.
sentence-counted = Tinanggap at nabilang ang inyong balota.
sentence-signature-missing = Walang lagda ang sobre ng inyong balota.
sentence-signature-mismatch = Hindi mapatunayan ang lagda sa sobre ng inyong balota.
sentence-cured = Naayos na ang problema sa inyong lagda.
sentence-not-counted = Hindi nabilang ang inyong balota. Makipag-ugnayan sa { $office } para malaman kung bakit.
sentence-not-counted-reason = Hindi nabilang ang inyong balota. Ang dahilang ibinigay ng { $office }: { $reason }.
sentence-reissued = Binigyan kayo ng kapalit na balota, at kanselado na ang naunang balota. Ang bagong balota lamang ang iboto at ibalik.
sentence-voted-in-person = Bumoto kayo nang personal. Hindi na kailangan ang inyong balota sa pagboto sa pamamagitan ng koreo.

# What to do about a signature problem: the form for a missing signature is the "unsigned
# ballot statement", for a signature that does not match the "signature verification statement".
cure-unsigned-deadline-url = Para mabilang ang inyong balota, ibalik ang Pahayag ng Balotang Walang Lagda nang hindi lalampas sa { $deadline }. Kunin ang form sa { $cure_url }
cure-unsigned-deadline = Para mabilang ang inyong balota, ibalik ang Pahayag ng Balotang Walang Lagda sa { $office } nang hindi lalampas sa { $deadline }.
cure-unsigned-url = Para mabilang ang inyong balota, ibalik ang Pahayag ng Balotang Walang Lagda sa lalong madaling panahon. Kunin ang form sa { $cure_url }
cure-unsigned = Para mabilang ang inyong balota, makipag-ugnayan sa { $office } sa lalong madaling panahon para maibalik ang Pahayag ng Balotang Walang Lagda.
cure-mismatch-deadline-url = Para mabilang ang inyong balota, ibalik ang Pahayag ng Pagpapatunay ng Lagda nang hindi lalampas sa { $deadline }. Kunin ang form sa { $cure_url }
cure-mismatch-deadline = Para mabilang ang inyong balota, ibalik ang Pahayag ng Pagpapatunay ng Lagda sa { $office } nang hindi lalampas sa { $deadline }.
cure-mismatch-url = Para mabilang ang inyong balota, ibalik ang Pahayag ng Pagpapatunay ng Lagda sa lalong madaling panahon. Kunin ang form sa { $cure_url }
cure-mismatch = Para mabilang ang inyong balota, makipag-ugnayan sa { $office } sa lalong madaling panahon para maibalik ang Pahayag ng Pagpapatunay ng Lagda.

## Parts every message shares
greeting = Magandang araw, { $first_name },
see-status = Tingnan ang katayuan ng inyong balota anumang oras: { $status_url }
change-or-stop = Baguhin o ihinto ang mga abisong ito: { $manage_url }
questions-contact = May mga tanong? Makipag-ugnayan sa { $office }: { $contact }.
questions-hotline = May mga tanong? Makipag-ugnayan sa { $office }, o tawagan ang Kalihim ng Estado ng California sa { $hotline }.
phone-help-contact = Para sa tulong, makipag-ugnayan sa { $office }: { $contact }.
phone-help-hotline = Para sa tulong, tawagan ang Kalihim ng Estado ng California sa { $hotline }.

## Confirming a new destination. It goes to an address or number nobody has confirmed yet, so
## it says whose ballot it is about and nothing of the ballot. 48 hours is how long it works.
confirm-request-email-subject = Kumpirmahin ang address na ito para sa mga abiso tungkol sa balota mula sa { $office }
confirm-request-email-asked = May humiling sa { $office } na ipadala sa { $destination } ang mga abiso ng { program-name } tungkol sa balota sa pagboto sa pamamagitan ng koreo ni { $first_name }.
confirm-request-email-link = Kung kayo iyon, kumpirmahin sa loob ng 48 oras: { $confirm_url }
confirm-request-email-ignore = Kung hindi kayo iyon, huwag nang pansinin ang email na ito. Wala nang ibang darating sa address na ito.
confirm-request-sms = { $office }: Mag-reply ng YES para makatanggap sa numerong ito ng mga alerto ng { program-name } tungkol sa balota ni { $first_name } (o kumpirmahin sa { $confirm_url }). Nag-iiba ang dalas ng mensahe. Maaaring may singil para sa mensahe at data. Mag-reply ng HELP para sa tulong, STOP para magkansela.
confirm-request-voice = Magandang araw. Ito ang { $office }. May humiling ng mga tawag sa numerong ito tungkol sa balota sa pagboto sa pamamagitan ng koreo ni { $first_name }. Para kumpirmahin, pindutin ang 1 ngayon. Kung hindi kayo iyon, ibaba ang telepono, at hindi na kami tatawag muli tungkol dito.
# Said on the confirmation call, after the voter pressed a key or did not.
confirm-voice-done = Salamat. Makatatanggap ang numerong ito ng mga tawag mula sa { $office } tungkol sa balota ni { $first_name }. Paalam.
confirm-voice-no-key = Walang nakumpirma, kaya hindi makatatanggap ang numerong ito ng mga tawag tungkol sa balotang ito. Paalam.
confirm-voice-expired = Nag-expire na ang kumpirmasyong ito o nagamit na ito. Paalam.
# The answer to YES by text, once the number is confirmed (CTIA: the program, frequency, rates, HELP and STOP).
confirm-sms = { $office }: Naka-sign up na kayo sa { program-name } para sa mga alerto sa balota. Nag-iiba ang dalas ng mensahe. Maaaring may singil para sa mensahe at data. Mag-reply ng HELP para sa tulong, STOP para magkansela. Katayuan: { $status_url }

## To every destination on file when a new one is confirmed, with a link that undoes it.
## $channel is email, sms or voice; $destination is masked (j•••@example.com).
# Unsure: "bawiin" (take back) is used for "undo"; no official Tagalog term is known.
changed-email-subject = Nagbago kung saan ipinapadala ang mga abiso tungkol sa balota ni { $first_name }
changed-replaced = Ipapadala na ngayon ng { $office } ang { $channel ->
    [email] mga abiso sa email
    [sms] mga text message
   *[voice] mga tawag
} tungkol sa balota ni { $first_name } sa { $destination }, sa halip na sa dati. Kinumpirma ito ng may hawak nito.
changed-added = Ipapadala na rin ngayon ng { $office } ang { $channel ->
    [email] mga abiso sa email
    [sms] mga text message
   *[voice] mga tawag
} tungkol sa balota ni { $first_name } sa { $destination }. Kinumpirma ito ng may hawak nito.
changed-undo = Kung hindi ninyo ito hiniling, bawiin ang pagbabagong ito sa loob ng 30 araw: { $undo_url }
changed-sms = { $office }: Ipinapadala na rin sa { $destination } ang mga alerto sa balota ni { $first_name }. Hindi kayo ang humiling? Bawiin sa loob ng 30 araw: { $undo_url }
changed-voice = Magandang araw. Ito ang { $office }. Ipinapadala na rin ngayon sa { $destination } ang mga abiso tungkol sa balota sa pagboto sa pamamagitan ng koreo ni { $first_name }. Kung hindi ninyo ito hiniling, makipag-ugnayan sa { $office }. { $help } Paalam.

## To a destination taken off a subscription: its channel turned off with a manage link, or a
## change undone. $channel is email, sms or voice; $destination is masked; $signup_url is the
## sign-up page, where whoever had it on can sign up again.
removed-email-subject = Hindi na rito darating ang mga abiso tungkol sa balota ni { $first_name }
removed-body = Hindi na ipapadala ng { $office } ang { $channel ->
    [email] mga abiso sa email
    [sms] mga text message
   *[voice] mga tawag
} tungkol sa balota ni { $first_name } sa { $destination }.
removed-if-not-you = Kung hindi ninyo ito hiniling, mag-sign up muli sa { $signup_url } at kumpirmahin ang { $channel ->
    [email] address na ito
   *[other] numerong ito
} para matanggap muli rito ang mga abiso.
removed-sms = { $office }: Hindi na darating sa numerong ito ang mga alerto sa balota ni { $first_name }. Hindi kayo ang humiling? Mag-sign up muli: { $signup_url }
removed-voice = Magandang araw. Ito ang { $office }. Hindi na makatatanggap ang numerong ito ng mga tawag tungkol sa balota sa pagboto sa pamamagitan ng koreo ni { $first_name }. Kung hindi ninyo ito hiniling, pumunta sa website ng { program-name } para mag-sign up muli. { $help } Paalam.

## To the destinations on file when someone signs up again with the voter's details.
## $days is how long the manage link works.
signup-again-email-subject = May nag-sign up muli para sa mga abiso tungkol sa balota ni { $first_name }
signup-again-email-body = May naglagay ng pangalan, petsa ng kapanganakan at ZIP code ni { $first_name } sa { program-name } para mag-sign up para sa mga abiso mula sa { $office }. Walang nagbago: dito pa rin dumarating ang inyong mga abiso.
signup-again-new-destination = Humiling din sila ng mga abiso sa { $destination }. Walang ipapadala roon hangga't hindi ito kinukumpirma ng may hawak nito, at kung kumpirmahin nila, sasabihin namin sa inyo rito, kasama ang paraan para bawiin ito.
signup-again-manage = Kung kayo iyon at gusto ninyong baguhin o ihinto ang inyong mga abiso, gamitin ang link na ito sa loob ng { $days ->
    [1] { $days } araw
   *[other] { $days } araw
}: { $manage_url }
signup-again-sms = { $office }: May nag-sign up muli para sa mga alerto sa balota ni { $first_name }. Walang nagbago. Para baguhin o ihinto ang mga alerto (gumagana ang link nang { $days ->
    [1] { $days } araw
   *[other] { $days } araw
}): { $manage_url }

## A fresh link to the manage page, asked for from the site.
manage-link-email-subject = Ang inyong link para baguhin o ihinto ang mga abiso tungkol sa balota mula sa { $office }
manage-link-email-body = Narito ang link na hiniling ninyo, para baguhin o ihinto ang inyong mga abiso ng { program-name } tungkol sa balota ni { $first_name }. Gumagana ito nang { $days ->
    [1] { $days } araw
   *[other] { $days } araw
}: { $manage_url }
manage-link-email-ignore = Kung hindi ninyo ito hiniling, huwag nang pansinin ang email na ito: walang nagbago.
manage-link-sms = { $office }: Ang inyong link para baguhin o ihinto ang mga alerto sa balota (gumagana nang { $days ->
    [1] { $days } araw
   *[other] { $days } araw
}): { $manage_url } Mag-reply ng STOP para ihinto.

## Every message ends with its reference, which anyone can check at the verify page.
# Unsure: "reference code" is kept as the English loanword (as Filipino government notices use
# "reference number"); no official Tagalog term is known.
reference-email = Reference code: { $reference }. Para matiyak na talagang mula sa amin ang isang mensahe, ilagay ang reference code nito sa { $verify_url }
reference-sms = Ref { $reference }
reference-voice = Ang reference code ng mensaheng ito ay { $reference }.

## A status notification
update-email-subject = Ang inyong balota: { $status } - { $office }
update-sms = { $office }: { $sentence } Katayuan: { $status_url } Mag-reply ng STOP para ihinto.
# The same, when the sentence (a county's own wording) already names the office.
update-sms-named = { $sentence } Katayuan: { $status_url } Mag-reply ng STOP para ihinto.
# A signature problem, where the voter can sign from the tracker: the link opens the page to
# sign on ($cure_page_url), in place of the status link.
update-sms-cure = { $office }: { $sentence } Lumagda: { $cure_page_url } Mag-reply ng STOP para ihinto.
update-sms-cure-named = { $sentence } Lumagda: { $cure_page_url } Mag-reply ng STOP para ihinto.
# In an email about a signature problem, after what to do.
cure-online = Sa halip, maaari ninyong lagdaan ang pahayag mula sa inyong telepono o computer: { $cure_page_url }
update-voice = Magandang araw. Ito ang { $office }, may update tungkol sa inyong balota sa pagboto sa pamamagitan ng koreo. { $sentence } { $help } Paalam.
# Said in English on a call to a voter whose language the phone provider cannot speak (Khmer).
voice-language-unavailable = Magandang araw. Ito ang { $office }, may balita tungkol sa inyong balota sa pagboto sa pamamagitan ng koreo. Hindi pa kami makatawag sa inyong wika, kaya pakibasa ang text message o email na ipinadala namin sa inyo, o tingnan online ang katayuan ng inyong balota. { $help } Paalam.

## The return-deadline reminder, to voters whose ballot was mailed but not yet received
reminder-sentence = Hindi pa natatanggap ng { $office } ang inyong balota sa pagboto sa pamamagitan ng koreo. Ibalik ito nang hindi lalampas sa { $deadline } para mabilang ito: ipadala ito sa koreo nang may postmark na hindi lalampas sa Araw ng Halalan, o ihulog ito ayon sa paliwanag sa gabay para sa botante ng inyong county.
reminder-email-subject = Paalala: ibalik ang inyong balota nang hindi lalampas sa { $deadline } - { $office }
reminder-email-already = Kung naibalik na ninyo ito, wala na kayong kailangang gawin. Tingnan ang katayuan ng inyong balota: { $status_url }
reminder-sms = { $office }: { $sentence } Katayuan: { $status_url } Mag-reply ng STOP para ihinto.
# A signature cure's reminder, where the voter can sign from the tracker.
reminder-sms-cure = { $office }: { $sentence } Lumagda: { $cure_page_url } Mag-reply ng STOP para ihinto.
reminder-voice = Magandang araw. Ito ang { $office }, may paalala tungkol sa inyong balota sa pagboto sa pamamagitan ng koreo. { $sentence } { $help } Paalam.

## A county's own message to many voters (a broadcast), and a correction of one. $text is the
## county's own words, in the voter's language when the county wrote them in it.
notice-email-subject = Isang mensahe mula sa { $office } tungkol sa inyong balota
correction-email-subject = Isang pagtutuwid mula sa { $office }
correction-intro = Itinutuwid nito ang isang naunang mensahe mula sa { $office }.
notice-sms = { $office }: { $text } Mag-reply ng STOP para ihinto.
correction-sms = { $office }, pagtutuwid: { $text } Mag-reply ng STOP para ihinto.
notice-voice = Magandang araw. Ito ang { $office }, may mensahe tungkol sa inyong balota sa pagboto sa pamamagitan ng koreo. { $text } { $help } Paalam.
correction-voice = Magandang araw. Ito ang { $office }, may pagtutuwid sa isang naunang mensahe tungkol sa inyong balota sa pagboto sa pamamagitan ng koreo. { $text } { $help } Paalam.

## Answers to texts (STOP, START, HELP and anything else)
sms-stopped = { program-name }: Naka-unsubscribe na kayo at hindi na makatatanggap ng mga text na alerto sa balota. Mag-reply ng START para mag-subscribe muli.
sms-resumed = { program-name }: Naka-subscribe na kayo muli sa mga alerto sa balota. Nag-iiba ang dalas ng mensahe. Maaaring may singil para sa mensahe at data. Mag-reply ng HELP para sa tulong, STOP para magkansela.
sms-not-signed-up = { program-name }: Hindi naka-sign up ang numerong ito para sa mga alerto sa balota. Mag-sign up sa { $signup_url }
# The same answer to every number, so that HELP tells nobody whether a number is signed up.
sms-help = { program-name }: mga alerto sa balota mula sa mga tanggapan ng halalan ng mga county sa California. Para sa tulong, tumawag sa { $hotline } o bisitahin ang { $site_url }. Mag-reply ng STOP para magkansela. Maaaring may singil para sa mensahe at data.
sms-other = { program-name }: Nagpapadala lamang ng mga alerto sa balota ang numerong ito at hindi nito nababasa ang mga sagot. Mag-reply ng HELP para sa tulong, STOP para magkansela.

# Answers to a signature cure sent from the status page (issue 16).
cure-dob-mismatch = Hindi tugma ang petsa ng kapanganakang ito sa aming rekord para sa balotang ito.
cure-not-needed = Hindi kailangan ng balotang ito ng pahayag ng lagda sa ngayon.
cure-deadline-passed = Lumipas na ang deadline para ayusin ang lagda ng balotang ito. Makipag-ugnayan sa tanggapan ng halalan ng inyong county.
cure-dob-attempts-exhausted = Hindi na maaaring ayusin dito ang lagda ng balotang ito: napakaraming petsa ng kapanganakan na hindi tugma sa aming rekord ang inilagay. Makipag-ugnayan sa tanggapan ng halalan ng inyong county.
cure-already-sent = Nakapagpadala na kayo ng pahayag ng lagda para sa balotang ito. Sinusuri na ito ng county.
# What the voter is told of a signature cure they sent (issue 16): a title (the email's
# subject says it as a status) and a sentence. $reason is the county's, in English.
cure-received-title = Natanggap ang pahayag ng lagda
cure-received-sentence = Natanggap ng { $office } ang pahayag ng lagda na ipinadala ninyo noong { $date }. Sasabihan kayo kapag nasuri na ito ng county.
cure-accepted-title = Tinanggap ang pahayag ng lagda
cure-accepted-sentence = Tinanggap ng { $office } ang pahayag ng lagda na ipinadala ninyo noong { $date }.
cure-rejected-title = Hindi tinanggap ang pahayag ng lagda
cure-rejected-sentence = Hindi tinanggap ng { $office } ang pahayag ng lagda na ipinadala ninyo noong { $date }. Dahilan: { $reason }. Makipag-ugnayan sa tanggapan para malaman kung ano pa ang maaari ninyong gawin.
cure-rejected-brief-sentence = Hindi tinanggap ng { $office } ang pahayag ng lagda na ipinadala ninyo noong { $date }. Makipag-ugnayan sa tanggapan para malaman kung ano pa ang maaari ninyong gawin.

## Reminders before a signature cure's deadline (issue 16): the signature problem's own
## sentence, led by the word the return reminder uses; the text and call use reminder-sms and
## reminder-voice.
cure-reminder-lead = Paalala: { $sentence }
cure-reminder-email-subject = Paalala: ayusin ang problema sa lagda ng inyong balota nang hindi lalampas sa { $deadline } - { $office }
# A text's own, shorter sentence (without the county's form link: the status page has it).
cure-reminder-sms-unsigned = Paalala: Walang lagda ang sobre ng inyong balota. Para mabilang ang inyong balota, ibalik ang Pahayag ng Balotang Walang Lagda nang hindi lalampas sa { $deadline }.
cure-reminder-sms-mismatch = Paalala: Hindi mapatunayan ang lagda sa sobre ng inyong balota. Para mabilang ang inyong balota, ibalik ang Pahayag ng Pagpapatunay ng Lagda nang hindi lalampas sa { $deadline }.
