# The rules' messages (shared/src): the form shows them as the voter types, and the API
# returns them in `fields`. Placeholders: { $days }, { $month } (1-12), { $year }, { $max }.
# Keep "MM-DD-YYYY", "HH:MM", and example values (01-23-1980, 95814, (916) 555-0123,
# name@example.com, 20:00) exactly as they are: they describe what to type.
# Tagalog (tl): polite "kayo/ninyo/inyong" throughout. Terms follow the California Secretary
# of State's Tagalog materials: "rehistro bilang botante", "halimbawang balota". Common
# English loanwords (ZIP code, email, text message, voter ID) are kept as Filipino
# government materials use them.

name-first-empty = Ilagay ang inyong unang pangalan
name-last-empty = Ilagay ang inyong apelyido
name-first-too-long = Dapat { $max } karakter o mas kaunti ang inyong unang pangalan
name-last-too-long = Dapat { $max } karakter o mas kaunti ang inyong apelyido
name-first-no-letters = Ilagay ang inyong unang pangalan tulad ng nakasulat sa inyong rehistro bilang botante
name-last-no-letters = Ilagay ang inyong apelyido tulad ng nakasulat sa inyong rehistro bilang botante

dob-empty = Ilagay ang inyong petsa ng kapanganakan
dob-format = Ilagay ang inyong petsa ng kapanganakan bilang MM-DD-YYYY (buwan-araw-taon), halimbawa 01-23-1980
dob-month = Ang buwan ay dapat mula 01 hanggang 12
dob-day = Ang araw ay dapat mula 01 hanggang { $days } para sa { $month ->
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
}
dob-day-february = Ang araw ay dapat mula 01 hanggang { $days } para sa Pebrero { $year }
dob-before-earliest = Hindi maaaring mas maaga sa 01-01-1900 ang petsa ng kapanganakan
dob-in-future = Hindi maaaring nasa hinaharap ang petsa ng kapanganakan

zip-empty = Ilagay ang ZIP code ng address ng inyong tirahan sa California
zip-format = Maglagay ng 5-digit na ZIP code ng California, tulad ng 95814. { zip-overseas-help }
zip-not-california = Hindi ito ZIP code ng California (nagsisimula ang mga ito sa 900 hanggang 961). { zip-overseas-help }
zip-overseas-help = Nakatira ba kayo sa ibang bansa? Gamitin ang ZIP code ng address ng inyong tirahan sa California, ang address na ginamit ninyo sa pagpaparehistro bilang botante.

voter-id-needed = Ilagay ang inyong voter ID. Nakalimbag ito sa inyong kard ng pagpaparehistro bilang botante at sa inyong halimbawang balota.
voter-id-invalid = Ilagay ang inyong voter ID tulad ng nakalimbag sa inyong kard ng pagpaparehistro o sa inyong halimbawang balota (mga titik at numero lamang)

email-empty = Ilagay ang inyong email address
email-too-long = Dapat { $max } karakter o mas kaunti ang inyong email address
email-format = Maglagay ng email address sa tamang format, tulad ng name@example.com

phone-empty = Maglagay ng numero ng telepono
phone-format = Maglagay ng numero ng telepono sa US tulad ng (916) 555-0123, o internasyonal na numero na nagsisimula sa + at sa code ng bansa
phone-not-north-american = Suriin ang area code at ang numero: hindi ito wastong numero ng telepono sa US
phone-international-length = Ang internasyonal na numero ay kailangang may + at 8 hanggang 15 digit, na nagsisimula sa code ng bansa
phone-premium = Ito ay numerong premium-rate o satellite, kaya hindi namin ito mapapadalhan ng text o matatawagan. Maglagay ng numero ng mobile o ng telepono sa bahay.

channels-none-chosen = I-on ang kahit isang paraan ng pag-abiso: email, text message o tawag sa telepono
channels-email-empty = Ilagay ang email address para sa mga abiso
channels-sms-empty = Ilagay ang numero ng mobile phone para sa mga text message
channels-voice-empty = Ilagay ang numero ng telepono para sa mga tawag

quiet-hours-format = Ilagay ang oras bilang HH:MM, halimbawa 20:00
quiet-hours-outside-allowed = Hindi kami kailanman nagte-text o tumatawag sa pagitan ng 9 PM at 8 AM; maaari lamang dagdagan ng inyong tahimik na oras ang panahong iyon
quiet-hours-no-contact-hours = Dapat matapos ang tahimik na oras sa umaga bago ito magsimulang muli sa gabi

language-unsupported = Pumili ng isa sa mga wikang inaalok

# Where messages will go, under each switch while it is on. { $destination } is the
# address or number as typed.
channel-will-receive-email = Makatatanggap kayo ng mga email sa { $destination }
channel-will-receive-sms = Makatatanggap kayo ng mga text message sa { $destination }
channel-will-receive-voice = Makatatanggap kayo ng mga tawag sa { $destination }

## A message's reference, as typed on the verify page
reference-invalid = Ilagay ang reference code tulad ng nakalimbag sa dulo ng mensahe: walong titik at numero, halimbawa 7KQM-4MXZ.

## A signature cure sent from the status page (issue 16). $max is a number.
cure-election = Piliin ang balota kung saan para ang pahayag na ito
cure-method = Piliin kung paano kayo lalagda: iguhit ang inyong lagda, magpadala ng litrato ng inyong nilagdaang pahayag, o i-type ang inyong pangalan
cure-name-empty = I-type ang inyong buong pangalan
cure-name-too-long = Dapat { $max } karakter o mas kaunti ang inyong pangalan
cure-name-no-letters = I-type ang inyong pangalan gamit ang mga titik, gaya ng inyong paglagda
cure-image-format = Ipadala ang inyong lagda bilang larawan (JPEG, PNG o HEIC) o scan (PDF)
cure-image-unreadable = Hindi mabuksan ang file na ito bilang larawan. Kumuha muli ng larawan, o pumili ng ibang file
cure-pdf-no-scan = Walang na-scan na pahina sa PDF na ito. Magpadala na lang ng larawan ng inyong nilagdaang pahayag
cure-image-too-large = Dapat { $max } MB o mas maliit ang larawan
cure-image-too-many-pixels = Masyadong maraming pixel ang larawan: hanggang { $max } milyon lamang. Kunan muli ang larawan sa mas mababang resolution
