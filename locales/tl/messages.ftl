# What the service says to voters from the server (api/src): answers the pages show, the
# ballot timeline, and every notification by email, text message (SMS) and voice call.
# "Where's My Ballot?" is the program's name. Keep the SMS keywords STOP, START and HELP in
# English: carriers act on those words. Keep "Msg & data rates may apply" meaning exactly that.
# Placeholders: { $office } the county elections office's name, { $first_name } the voter's,
# { $date } / { $deadline } / { $expected_delivery } dates already written with date-long,
# { $cure_url } / { $status_url } / { $manage_url } / { $signup_url } web addresses,
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

## Ballot statuses, as the timeline and email subjects title them
status-mailed = Naipadala sa koreo
status-in-transit-to-voter = Papunta na sa inyo
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

## The sign-up confirmation (email and text; there is no confirmation call)
confirm-email-subject = Naka-sign up na kayo para sa mga abiso tungkol sa balota mula sa { $office }
confirm-email-signed-up = Naka-sign up na kayo sa { program-name } para sa mga abiso mula sa { $office }. Mag-e-email kami sa inyo sa { $destination } kapag naipadala, natanggap at nabilang ang inyong balota sa pagboto sa pamamagitan ng koreo, at kaagad kung may problemang kailangan ninyong ayusin.
confirm-email-see-status = Tingnan ang katayuan ng inyong balota anumang oras: { $status_url }
confirm-email-why = Natanggap ninyo ang email na ito dahil may nag-sign up sa { program-name } gamit ang address na ito. Kung hindi kayo iyon, ihinto ang mga email na ito gamit ang link sa itaas.
confirm-sms = { $office }: Naka-sign up na kayo sa { program-name } para sa mga alerto sa balota. Nag-iiba ang dalas ng mensahe. Maaaring may singil para sa mensahe at data. Mag-reply ng HELP para sa tulong, STOP para magkansela. Katayuan: { $status_url }

## A status notification
update-email-subject = Ang inyong balota: { $status } - { $office }
update-sms = { $office }: { $sentence } Katayuan: { $status_url } Mag-reply ng STOP para ihinto.
update-voice = Magandang araw. Ito ang { $office }, may update tungkol sa inyong balota sa pagboto sa pamamagitan ng koreo. { $sentence } { $help } Paalam.

## The return-deadline reminder, to voters whose ballot was mailed but not yet received
reminder-sentence = Hindi pa natatanggap ng { $office } ang inyong balota sa pagboto sa pamamagitan ng koreo. Ibalik ito nang hindi lalampas sa { $deadline } para mabilang ito: ipadala ito sa koreo nang may postmark na hindi lalampas sa Araw ng Halalan, o ihulog ito ayon sa paliwanag sa gabay para sa botante ng inyong county.
reminder-email-subject = Paalala: ibalik ang inyong balota nang hindi lalampas sa { $deadline } - { $office }
reminder-email-already = Kung naibalik na ninyo ito, wala na kayong kailangang gawin. Tingnan ang katayuan ng inyong balota: { $status_url }
reminder-sms = { $office }: { $sentence } Katayuan: { $status_url } Mag-reply ng STOP para ihinto.
reminder-voice = Magandang araw. Ito ang { $office }, may paalala tungkol sa inyong balota sa pagboto sa pamamagitan ng koreo. { $sentence } { $help } Paalam.

## Answers to texts (STOP, START, HELP and anything else)
sms-stopped = { program-name }: Naka-unsubscribe na kayo at hindi na makatatanggap ng mga text na alerto sa balota. Mag-reply ng START para mag-subscribe muli.
sms-resumed = { program-name }: Naka-subscribe na kayo muli sa mga alerto sa balota. Nag-iiba ang dalas ng mensahe. Maaaring may singil para sa mensahe at data. Mag-reply ng HELP para sa tulong, STOP para magkansela.
sms-not-signed-up = { program-name }: Hindi naka-sign up ang numerong ito para sa mga alerto sa balota. Mag-sign up sa { $signup_url }
sms-help-county = { program-name }: mga alerto sa balota mula sa { $office }. Para sa tulong, makipag-ugnayan sa kanila: { $contact }. Mag-reply ng STOP para magkansela. Maaaring may singil para sa mensahe at data.
sms-help-hotline = { program-name }: mga alerto sa balota mula sa tanggapan ng halalan ng inyong county. Para sa tulong, tumawag sa { $hotline }. Mag-reply ng STOP para magkansela. Maaaring may singil para sa mensahe at data.
sms-other = { program-name }: Nagpapadala lamang ng mga alerto sa balota ang numerong ito at hindi nito nababasa ang mga sagot. Mag-reply ng HELP para sa tulong, STOP para magkansela.
