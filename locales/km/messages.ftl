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
# Khmer (km) terms: vote-by-mail ballot = សន្លឹកឆ្នោតបោះតាមប្រៃសណីយ៍; county elections office =
# ការិយាល័យបោះឆ្នោតខោនធី; California Secretary of State = រដ្ឋលេខាធិការរដ្ឋកាលីហ្វ័រញ៉ា;
# Election Day = ថ្ងៃបោះឆ្នោត; unsigned ballot statement = សេចក្តីថ្លែងការណ៍សន្លឹកឆ្នោតមិនបានចុះហត្ថលេខា;
# signature verification statement = សេចក្តីថ្លែងការណ៍ផ្ទៀងផ្ទាត់ហត្ថលេខា;
# "Msg & data rates may apply" = អាចនឹងមានការគិតថ្លៃសារ និងទិន្នន័យ; confirm (a link, YES, 1) = បញ្ជាក់;
# link = តំណ; undo = លុបចោល; expired = ផុតកំណត់; reference = លេខយោង (no official term found).
# A space is left before "។" after web addresses, emails and phone numbers so links stay clean.

program-name = តើសន្លឹកឆ្នោតរបស់ខ្ញុំនៅឯណា?

# A date, as messages write it: "November 3, 2026". $month is 1-12, $day and $year numbers.
# Khmer: "ថ្ងៃទី 3 ខែវិច្ឆិកា ឆ្នាំ 2026".
date-long = ថ្ងៃទី { $day } ខែ{ $month ->
    [1] មករា
    [2] កុម្ភៈ
    [3] មីនា
    [4] មេសា
    [5] ឧសភា
    [6] មិថុនា
    [7] កក្កដា
    [8] សីហា
    [9] កញ្ញា
    [10] តុលា
    [11] វិច្ឆិកា
   *[12] ធ្នូ
} ឆ្នាំ { $year }

## Answers to the pages
invalid-input = ព័ត៌មានមួយចំនួនត្រូវការកែតម្រូវ។
no-matching-voter = ព័ត៌មានដែលអ្នកបានបញ្ចូល មិនត្រូវគ្នានឹងអ្នកបោះឆ្នោតណាម្នាក់នៅក្នុងប្រព័ន្ធរបស់យើងទេ។
no-matching-voter-help-spelling = សូមពិនិត្យថា នាមខ្លួន នាមត្រកូល ថ្ងៃខែឆ្នាំកំណើត និងលេខកូដ ZIP របស់អ្នក ត្រូវបានសរសេរដូចនៅក្នុងការចុះឈ្មោះបោះឆ្នោតរបស់អ្នក។
no-matching-voter-help-zip = សូមប្រើលេខកូដ ZIP នៃអាសយដ្ឋានលំនៅដ្ឋានរបស់អ្នកនៅរដ្ឋកាលីហ្វ័រញ៉ា ទោះបីជាអ្នករស់នៅក្រៅប្រទេស ឬទទួលសំបុត្រនៅកន្លែងផ្សេងក៏ដោយ។
no-matching-voter-help-recent = ប្រសិនបើអ្នកទើបតែបានចុះឈ្មោះបោះឆ្នោត ឬធ្វើបច្ចុប្បន្នភាពការចុះឈ្មោះរបស់អ្នកថ្មីៗនេះ សូមព្យាយាមម្តងទៀតក្នុងរយៈពេលពីរបីថ្ងៃទៀត។
ambiguous-voter = មានអ្នកបោះឆ្នោតច្រើនជាងម្នាក់ដែលត្រូវនឹងព័ត៌មាននេះ។ សូមបញ្ចូលលេខសម្គាល់អ្នកបោះឆ្នោតរបស់អ្នក ដើម្បីប្រាប់យើងថាតើមួយណាជាអ្នក។
ambiguous-voter-help-where = លេខសម្គាល់អ្នកបោះឆ្នោតរបស់អ្នក ត្រូវបានបោះពុម្ពនៅលើប័ណ្ណចុះឈ្មោះបោះឆ្នោត និងនៅលើសន្លឹកឆ្នោតគំរូរបស់អ្នក។
ambiguous-voter-help-county = ប្រសិនបើអ្នកមិនមានលេខនេះទេ សូមទាក់ទងការិយាល័យបោះឆ្នោតខោនធីរបស់អ្នក។
rate-limited = អ្នកបានព្យាយាមច្រើនដងពេក។ សូមរង់ចាំពីរបីនាទី ហើយព្យាយាមម្តងទៀត។
timed-out = សេវាកម្មនេះចំណាយពេលយូរពេកក្នុងការឆ្លើយតប។ សូមព្យាយាមម្តងទៀតក្នុងពេលបន្តិចទៀតនេះ។
unavailable = សេវាកម្មនេះកំពុងរវល់។ សូមព្យាយាមម្តងទៀតក្នុងពេលបន្តិចទៀតនេះ។
internal = មានបញ្ហាកើតឡើងនៅខាងយើង។ សូមព្យាយាមម្តងទៀត។
subscription-not-found = យើងរកមិនឃើញការជូនដំណឹងទាំងនេះទេ។ សូមពិនិត្យថាអ្នកបានបើកតំណទាំងមូលពីសាររបស់អ្នក។
link-expired = តំណនេះបានផុតកំណត់ ឬត្រូវបានប្រើរួចហើយ។
read-only-link = តំណនេះបង្ហាញស្ថានភាពសន្លឹកឆ្នោតរបស់អ្នក ប៉ុន្តែមិនអាចផ្លាស់ប្តូរការជូនដំណឹងរបស់អ្នកបានទេ។
changed-since = ការកំណត់នេះត្រូវបានផ្លាស់ប្តូរម្តងទៀតតាំងពីពេលនោះមក ដូច្នេះមិនអាចលុបចោលដោយប្រើតំណនេះបានទេ។ សូមប្រើតំណនៅក្នុងសារថ្មីបំផុតរបស់អ្នក ដើម្បីគ្រប់គ្រងការជូនដំណឹងរបស់អ្នក។
# A field error under a channel: $channel is email, sms or voice.
too-many-confirmations = យើងបានផ្ញើការបញ្ជាក់ទៅ{ $channel ->
    [email] អាសយដ្ឋាន
   *[other] លេខ
}នេះ គ្រប់ចំនួនដែលយើងអាចផ្ញើបានសម្រាប់ថ្ងៃនេះហើយ។ សូមព្យាយាមម្តងទៀតនៅថ្ងៃស្អែក ឬជ្រើសរើសមធ្យោបាយផ្សេងទៀតដើម្បីទទួលការជូនដំណឹង។
phone-country-refused = យើងមិនអាចផ្ញើសារជាអក្សរ ឬហៅទូរស័ព្ទទៅលេខនៅក្នុងប្រទេសនោះបានទេ។ សូមជ្រើសរើសអ៊ីមែល ឬលេខនៅក្នុងប្រទេសផ្សេង។
channel-unavailable = { $channel ->
    [email] អ៊ីមែល
    [sms] សារជាអក្សរ
   *[voice] ការហៅទូរស័ព្ទ
} មិនទាន់មានផ្តល់ជូនដោយសេវាកម្មនេះនៅឡើយទេ។ សូមជ្រើសរើសមធ្យោបាយផ្សេងទៀតដើម្បីទទួលការជូនដំណឹង។

## Ballot statuses, as the timeline and email subjects title them
status-mailed = បានផ្ញើចេញ
status-in-transit-to-voter = កំពុងធ្វើដំណើរមករកអ្នក
status-delivered = បានដឹកជូនដល់អ្នក
status-undeliverable = ត្រូវបានបញ្ជូនត្រឡប់វិញ ដោយមិនអាចចែកជូនបាន
status-in-transit-to-county = កំពុងធ្វើដំណើរទៅខោនធី
status-received = បានទទួល
status-in-review = កំពុងត្រួតពិនិត្យ
status-counted = បានរាប់
status-signature-missing = ខ្វះហត្ថលេខា
status-signature-mismatch = មិនអាចផ្ទៀងផ្ទាត់ហត្ថលេខាបាន
status-cured = បញ្ហាហត្ថលេខាត្រូវបានដោះស្រាយ
status-not-counted = មិនត្រូវបានរាប់
status-reissued = បានចេញសន្លឹកឆ្នោតជំនួស
status-voted-in-person = បានបោះឆ្នោតដោយផ្ទាល់

## What happened, said plainly: never more than the county's data says
sentence-mailed = សន្លឹកឆ្នោតបោះតាមប្រៃសណីយ៍របស់អ្នក ត្រូវបានប្រគល់ឱ្យសេវាប្រៃសណីយ៍នៅ { $date }។
sentence-in-transit-to-voter = សន្លឹកឆ្នោតរបស់អ្នកកំពុងធ្វើដំណើរមករកអ្នក តាមរយៈសេវាប្រៃសណីយ៍។
sentence-in-transit-to-voter-expected = សេវាប្រៃសណីយ៍រំពឹងថានឹងចែកជូនសន្លឹកឆ្នោតរបស់អ្នកប្រហែលនៅ { $expected_delivery }។
sentence-delivered = សេវាប្រៃសណីយ៍បានដឹកជូនសន្លឹកឆ្នោតរបស់អ្នកនៅ { $date }។
# Evidence under a status the Postal Service's scans gave: where ("Sacramento, CA") and on which day.
postal-scan = សេវាប្រៃសណីយ៍បានស្កេននៅ { $place } នៅ { $date }។
postal-latest = ការស្កេនចុងក្រោយរបស់សេវាប្រៃសណីយ៍៖ { $place }, { $date }។
sentence-undeliverable = សន្លឹកឆ្នោតរបស់អ្នកត្រូវបានបញ្ជូនត្រឡប់ទៅ { $office } វិញ ដោយសារមិនអាចចែកជូនបាន។ សូមទាក់ទងពួកគេ ដើម្បីទទួលបានសន្លឹកឆ្នោតដែលអ្នកអាចប្រើបោះឆ្នោតបាន។
sentence-in-transit-to-county = សេវាប្រៃសណីយ៍បានស្កេនសន្លឹកឆ្នោតដែលអ្នកបានផ្ញើត្រឡប់ ខណៈពេលកំពុងធ្វើដំណើរទៅ { $office } នៅ { $date }។
sentence-received = { $office } បានទទួលសន្លឹកឆ្នោតរបស់អ្នកនៅ { $date }។
sentence-in-review = សន្លឹកឆ្នោតរបស់អ្នកកំពុងត្រូវបានត្រួតពិនិត្យ ឧទាហរណ៍ ដើម្បីពិនិត្យហត្ថលេខារបស់អ្នក។ អ្នកមិនចាំបាច់ធ្វើអ្វីនៅពេលនេះទេ។
sentence-counted = សន្លឹកឆ្នោតរបស់អ្នកត្រូវបានទទួលយក និងត្រូវបានរាប់ហើយ។
sentence-signature-missing = ស្រោមសំបុត្រសន្លឹកឆ្នោតរបស់អ្នក មិនបានចុះហត្ថលេខាទេ។
sentence-signature-mismatch = ហត្ថលេខានៅលើស្រោមសំបុត្រសន្លឹកឆ្នោតរបស់អ្នក មិនអាចផ្ទៀងផ្ទាត់បានទេ។
sentence-cured = បញ្ហាហត្ថលេខារបស់អ្នកត្រូវបានដោះស្រាយហើយ។
sentence-not-counted = សន្លឹកឆ្នោតរបស់អ្នកមិនត្រូវបានរាប់ទេ។ សូមទាក់ទង { $office } ដើម្បីដឹងពីមូលហេតុ។
sentence-not-counted-reason = សន្លឹកឆ្នោតរបស់អ្នកមិនត្រូវបានរាប់ទេ។ មូលហេតុដែល { $office } បានផ្តល់៖ { $reason }។
sentence-reissued = សន្លឹកឆ្នោតជំនួសត្រូវបានចេញជូនអ្នក ហើយសន្លឹកឆ្នោតមុនត្រូវបានលុបចោល។ សូមបោះឆ្នោត និងផ្ញើត្រឡប់តែសន្លឹកឆ្នោតថ្មីប៉ុណ្ណោះ។
sentence-voted-in-person = អ្នកបានបោះឆ្នោតដោយផ្ទាល់។ សន្លឹកឆ្នោតតាមប្រៃសណីយ៍របស់អ្នក លែងត្រូវការទៀតហើយ។

# What to do about a signature problem: the form for a missing signature is the "unsigned
# ballot statement", for a signature that does not match the "signature verification statement".
cure-unsigned-deadline-url = ដើម្បីឱ្យសន្លឹកឆ្នោតរបស់អ្នកត្រូវបានរាប់ សូមផ្ញើ «សេចក្តីថ្លែងការណ៍សន្លឹកឆ្នោតមិនបានចុះហត្ថលេខា» ត្រឡប់មកវិញឱ្យបានត្រឹម { $deadline }។ អ្នកអាចទទួលបានទម្រង់បែបបទនៅ { $cure_url }
cure-unsigned-deadline = ដើម្បីឱ្យសន្លឹកឆ្នោតរបស់អ្នកត្រូវបានរាប់ សូមផ្ញើ «សេចក្តីថ្លែងការណ៍សន្លឹកឆ្នោតមិនបានចុះហត្ថលេខា» ត្រឡប់ទៅ { $office } វិញឱ្យបានត្រឹម { $deadline }។
cure-unsigned-url = ដើម្បីឱ្យសន្លឹកឆ្នោតរបស់អ្នកត្រូវបានរាប់ សូមផ្ញើ «សេចក្តីថ្លែងការណ៍សន្លឹកឆ្នោតមិនបានចុះហត្ថលេខា» ត្រឡប់មកវិញឱ្យបានឆាប់តាមដែលអាចធ្វើបាន។ អ្នកអាចទទួលបានទម្រង់បែបបទនៅ { $cure_url }
cure-unsigned = ដើម្បីឱ្យសន្លឹកឆ្នោតរបស់អ្នកត្រូវបានរាប់ សូមទាក់ទង { $office } ឱ្យបានឆាប់តាមដែលអាចធ្វើបាន ដើម្បីផ្ញើ «សេចក្តីថ្លែងការណ៍សន្លឹកឆ្នោតមិនបានចុះហត្ថលេខា» ត្រឡប់ទៅវិញ។
cure-mismatch-deadline-url = ដើម្បីឱ្យសន្លឹកឆ្នោតរបស់អ្នកត្រូវបានរាប់ សូមផ្ញើ «សេចក្តីថ្លែងការណ៍ផ្ទៀងផ្ទាត់ហត្ថលេខា» ត្រឡប់មកវិញឱ្យបានត្រឹម { $deadline }។ អ្នកអាចទទួលបានទម្រង់បែបបទនៅ { $cure_url }
cure-mismatch-deadline = ដើម្បីឱ្យសន្លឹកឆ្នោតរបស់អ្នកត្រូវបានរាប់ សូមផ្ញើ «សេចក្តីថ្លែងការណ៍ផ្ទៀងផ្ទាត់ហត្ថលេខា» ត្រឡប់ទៅ { $office } វិញឱ្យបានត្រឹម { $deadline }។
cure-mismatch-url = ដើម្បីឱ្យសន្លឹកឆ្នោតរបស់អ្នកត្រូវបានរាប់ សូមផ្ញើ «សេចក្តីថ្លែងការណ៍ផ្ទៀងផ្ទាត់ហត្ថលេខា» ត្រឡប់មកវិញឱ្យបានឆាប់តាមដែលអាចធ្វើបាន។ អ្នកអាចទទួលបានទម្រង់បែបបទនៅ { $cure_url }
cure-mismatch = ដើម្បីឱ្យសន្លឹកឆ្នោតរបស់អ្នកត្រូវបានរាប់ សូមទាក់ទង { $office } ឱ្យបានឆាប់តាមដែលអាចធ្វើបាន ដើម្បីផ្ញើ «សេចក្តីថ្លែងការណ៍ផ្ទៀងផ្ទាត់ហត្ថលេខា» ត្រឡប់ទៅវិញ។

## Parts every message shares
greeting = ជម្រាបសួរ { $first_name },
see-status = មើលស្ថានភាពសន្លឹកឆ្នោតរបស់អ្នកបានគ្រប់ពេល៖ { $status_url }
change-or-stop = ផ្លាស់ប្តូរ ឬបញ្ឈប់ការជូនដំណឹងទាំងនេះ៖ { $manage_url }
questions-contact = មានសំណួរឬ? សូមទាក់ទង { $office } តាមរយៈ { $contact } ។
questions-hotline = មានសំណួរឬ? សូមទាក់ទង { $office } ឬទូរស័ព្ទទៅរដ្ឋលេខាធិការរដ្ឋកាលីហ្វ័រញ៉ា តាមលេខ { $hotline } ។
phone-help-contact = សម្រាប់ជំនួយ សូមទាក់ទង { $office } តាមរយៈ { $contact } ។
phone-help-hotline = សម្រាប់ជំនួយ សូមទូរស័ព្ទទៅរដ្ឋលេខាធិការរដ្ឋកាលីហ្វ័រញ៉ា តាមលេខ { $hotline } ។

## Confirming a new destination. It goes to an address or number nobody has confirmed yet, so
## it says whose ballot it is about and nothing of the ballot. 48 hours is how long it works.
confirm-request-email-subject = សូមបញ្ជាក់អាសយដ្ឋាននេះ សម្រាប់ការជូនដំណឹងអំពីសន្លឹកឆ្នោតពី { $office }
confirm-request-email-asked = មាននរណាម្នាក់បានស្នើសុំឱ្យ { $office } ផ្ញើការជូនដំណឹង «{ program-name }» អំពីសន្លឹកឆ្នោតបោះតាមប្រៃសណីយ៍របស់ { $first_name } ទៅ { $destination } ។
confirm-request-email-link = ប្រសិនបើនោះជាអ្នក សូមបញ្ជាក់ក្នុងរយៈពេល 48 ម៉ោង៖ { $confirm_url }
confirm-request-email-ignore = ប្រសិនបើនោះមិនមែនជាអ្នកទេ សូមមិនអើពើនឹងអ៊ីមែលនេះ។ នឹងគ្មានអ្វីផ្ញើមកអាសយដ្ឋាននេះទៀតទេ។
confirm-request-sms = { $office }៖ ឆ្លើយតប YES ដើម្បីទទួលសារជូនដំណឹង «{ program-name }» អំពីសន្លឹកឆ្នោតរបស់ { $first_name } តាមលេខនេះ (ឬបញ្ជាក់នៅ { $confirm_url } )។ ចំនួនសារប្រែប្រួល។ អាចនឹងមានការគិតថ្លៃសារ និងទិន្នន័យ។ ឆ្លើយតប HELP ដើម្បីទទួលជំនួយ ឬ STOP ដើម្បីបោះបង់ (ជាអក្សរអង់គ្លេស)។
confirm-request-voice = ជម្រាបសួរ។ នេះគឺ { $office }។ មាននរណាម្នាក់បានស្នើសុំឱ្យហៅមកលេខនេះ អំពីសន្លឹកឆ្នោតបោះតាមប្រៃសណីយ៍របស់ { $first_name }។ ដើម្បីបញ្ជាក់ សូមចុចលេខ 1 ឥឡូវនេះ។ ប្រសិនបើនោះមិនមែនជាអ្នកទេ សូមដាក់ទូរស័ព្ទចុះ ហើយយើងនឹងមិនហៅមកអំពីរឿងនេះទៀតទេ។
# Said on the confirmation call, after the voter pressed a key or did not.
confirm-voice-done = សូមអរគុណ។ លេខនេះនឹងទទួលការហៅទូរស័ព្ទពី { $office } អំពីសន្លឹកឆ្នោតរបស់ { $first_name }។ ជម្រាបលា។
confirm-voice-no-key = គ្មានអ្វីត្រូវបានបញ្ជាក់ទេ ដូច្នេះលេខនេះនឹងមិនទទួលការហៅទូរស័ព្ទអំពីសន្លឹកឆ្នោតនេះទេ។ ជម្រាបលា។
confirm-voice-expired = ការបញ្ជាក់នេះបានផុតកំណត់ ឬត្រូវបានប្រើរួចហើយ។ ជម្រាបលា។
# The answer to YES by text, once the number is confirmed (CTIA: the program, frequency, rates, HELP and STOP).
confirm-sms = { $office }៖ អ្នកបានចុះឈ្មោះទទួលសារជូនដំណឹងអំពីសន្លឹកឆ្នោត «{ program-name }» ហើយ។ ចំនួនសារប្រែប្រួល។ អាចនឹងមានការគិតថ្លៃសារ និងទិន្នន័យ។ ឆ្លើយតប HELP ដើម្បីទទួលជំនួយ ឬ STOP ដើម្បីបោះបង់ (ជាអក្សរអង់គ្លេស)។ ស្ថានភាព៖ { $status_url }

## To every destination on file when a new one is confirmed, with a link that undoes it.
## $channel is email, sms or voice; $destination is masked (j•••@example.com).
changed-email-subject = កន្លែងទទួលការជូនដំណឹងអំពីសន្លឹកឆ្នោតរបស់ { $first_name } ត្រូវបានផ្លាស់ប្តូរ
changed-replaced = ចាប់ពីពេលនេះតទៅ { $office } នឹង{ $channel ->
    [email] ផ្ញើការជូនដំណឹងតាមអ៊ីមែល
    [sms] ផ្ញើសារជាអក្សរ
   *[voice] ធ្វើការហៅទូរស័ព្ទ
} អំពីសន្លឹកឆ្នោតរបស់ { $first_name } ទៅ { $destination } ជំនួសវិញ។ ម្ចាស់អាសយដ្ឋាន ឬលេខនោះបានបញ្ជាក់វារួចហើយ។
changed-added = ចាប់ពីពេលនេះតទៅ { $office } ក៏នឹង{ $channel ->
    [email] ផ្ញើការជូនដំណឹងតាមអ៊ីមែល
    [sms] ផ្ញើសារជាអក្សរ
   *[voice] ធ្វើការហៅទូរស័ព្ទ
} អំពីសន្លឹកឆ្នោតរបស់ { $first_name } ទៅ { $destination } ផងដែរ។ ម្ចាស់អាសយដ្ឋាន ឬលេខនោះបានបញ្ជាក់វារួចហើយ។
changed-undo = ប្រសិនបើអ្នកមិនបានស្នើសុំការផ្លាស់ប្តូរនេះទេ សូមលុបចោលវាក្នុងរយៈពេល 30 ថ្ងៃ៖ { $undo_url }
changed-sms = { $office }៖ សារជូនដំណឹងអំពីសន្លឹកឆ្នោតរបស់ { $first_name } ឥឡូវក៏ផ្ញើទៅ { $destination } ដែរ។ មិនមែនអ្នកទេឬ? លុបចោលក្នុងរយៈពេល 30 ថ្ងៃ៖ { $undo_url }
changed-voice = ជម្រាបសួរ។ នេះគឺ { $office }។ ការជូនដំណឹងអំពីសន្លឹកឆ្នោតបោះតាមប្រៃសណីយ៍របស់ { $first_name } ឥឡូវក៏ផ្ញើទៅ { $destination } ផងដែរ។ ប្រសិនបើអ្នកមិនបានស្នើសុំការផ្លាស់ប្តូរនេះទេ សូមទាក់ទង { $office }។ { $help } ជម្រាបលា។

## To a destination taken off a subscription: its channel turned off with a manage link, or a
## change undone. $channel is email, sms or voice; $destination is masked; $signup_url is the
## sign-up page, where whoever had it on can sign up again.
removed-email-subject = ការជូនដំណឹងអំពីសន្លឹកឆ្នោតរបស់ { $first_name } លែងផ្ញើមកទីនេះទៀតហើយ
removed-body = ចាប់ពីពេលនេះតទៅ { $office } នឹងលែង{ $channel ->
    [email] ផ្ញើការជូនដំណឹងតាមអ៊ីមែល
    [sms] ផ្ញើសារជាអក្សរ
   *[voice] ធ្វើការហៅទូរស័ព្ទ
} អំពីសន្លឹកឆ្នោតរបស់ { $first_name } ទៅ { $destination } ទៀតហើយ។
removed-if-not-you = ប្រសិនបើអ្នកមិនបានស្នើសុំការផ្លាស់ប្តូរនេះទេ សូមចុះឈ្មោះម្តងទៀតនៅ { $signup_url } ហើយបញ្ជាក់{ $channel ->
    [email] អាសយដ្ឋាន
   *[other] លេខ
}នេះ ដើម្បីទទួលការជូនដំណឹងនៅទីនេះម្តងទៀត។
removed-sms = { $office }៖ សារជូនដំណឹងអំពីសន្លឹកឆ្នោតរបស់ { $first_name } លែងផ្ញើមកលេខនេះទៀតហើយ។ មិនមែនអ្នកទេឬ? ចុះឈ្មោះម្តងទៀត៖ { $signup_url }
removed-voice = ជម្រាបសួរ។ នេះគឺ { $office }។ លេខនេះនឹងលែងទទួលការហៅទូរស័ព្ទអំពីសន្លឹកឆ្នោតបោះតាមប្រៃសណីយ៍របស់ { $first_name } ទៀតហើយ។ ប្រសិនបើអ្នកមិនបានស្នើសុំការផ្លាស់ប្តូរនេះទេ សូមចុះឈ្មោះម្តងទៀតនៅលើគេហទំព័រ «{ program-name }»។ { $help } ជម្រាបលា។

## To the destinations on file when someone signs up again with the voter's details.
## $days is how long the manage link works.
signup-again-email-subject = មាននរណាម្នាក់បានចុះឈ្មោះម្តងទៀត សម្រាប់ការជូនដំណឹងអំពីសន្លឹកឆ្នោតរបស់ { $first_name }
signup-again-email-body = មាននរណាម្នាក់បានបញ្ចូលឈ្មោះ ថ្ងៃខែឆ្នាំកំណើត និងលេខកូដ ZIP របស់ { $first_name } នៅលើ «{ program-name }» ដើម្បីចុះឈ្មោះទទួលការជូនដំណឹងពី { $office }។ គ្មានអ្វីផ្លាស់ប្តូរទេ៖ ការជូនដំណឹងរបស់អ្នកនៅតែផ្ញើមកទីនេះដដែល។
signup-again-new-destination = ពួកគេក៏បានស្នើសុំការជូនដំណឹងតាម { $destination } ផងដែរ។ នឹងគ្មានអ្វីផ្ញើទៅទីនោះទេ លុះត្រាតែម្ចាស់អាសយដ្ឋាន ឬលេខនោះបញ្ជាក់វា ហើយប្រសិនបើគេបញ្ជាក់ យើងនឹងប្រាប់អ្នកនៅទីនេះ រួមជាមួយមធ្យោបាយសម្រាប់លុបចោលវា។
signup-again-manage = ប្រសិនបើនោះជាអ្នក ហើយអ្នកចង់ផ្លាស់ប្តូរ ឬបញ្ឈប់ការជូនដំណឹងរបស់អ្នក សូមប្រើតំណនេះក្នុងរយៈពេល { $days ->
    [1] { $days } ថ្ងៃ
   *[other] { $days } ថ្ងៃ
}៖ { $manage_url }
signup-again-sms = { $office }៖ មាននរណាម្នាក់បានចុះឈ្មោះម្តងទៀត សម្រាប់សារជូនដំណឹងអំពីសន្លឹកឆ្នោតរបស់ { $first_name }។ គ្មានអ្វីផ្លាស់ប្តូរទេ។ ដើម្បីផ្លាស់ប្តូរ ឬបញ្ឈប់សារជូនដំណឹង (តំណប្រើបាន { $days ->
    [1] { $days } ថ្ងៃ
   *[other] { $days } ថ្ងៃ
})៖ { $manage_url }

## A fresh link to the manage page, asked for from the site.
manage-link-email-subject = តំណរបស់អ្នក ដើម្បីផ្លាស់ប្តូរ ឬបញ្ឈប់ការជូនដំណឹងអំពីសន្លឹកឆ្នោតពី { $office }
manage-link-email-body = នេះគឺជាតំណដែលអ្នកបានស្នើសុំ ដើម្បីផ្លាស់ប្តូរ ឬបញ្ឈប់ការជូនដំណឹង «{ program-name }» របស់អ្នក អំពីសន្លឹកឆ្នោតរបស់ { $first_name }។ តំណនេះប្រើបានរយៈពេល { $days ->
    [1] { $days } ថ្ងៃ
   *[other] { $days } ថ្ងៃ
}៖ { $manage_url }
manage-link-email-ignore = ប្រសិនបើអ្នកមិនបានស្នើសុំវាទេ សូមមិនអើពើនឹងអ៊ីមែលនេះ៖ គ្មានអ្វីផ្លាស់ប្តូរទេ។
manage-link-sms = { $office }៖ តំណរបស់អ្នកដើម្បីផ្លាស់ប្តូរ ឬបញ្ឈប់សារជូនដំណឹងអំពីសន្លឹកឆ្នោត (ប្រើបាន { $days ->
    [1] { $days } ថ្ងៃ
   *[other] { $days } ថ្ងៃ
})៖ { $manage_url } ឆ្លើយតប STOP ដើម្បីឈប់ទទួល។

## Every message ends with its reference, which anyone can check at the verify page.
# Khmer (km): "reference" is rendered លេខយោង (see rules.ftl); to be confirmed.
reference-email = លេខយោង { $reference } ។ ដើម្បីពិនិត្យថាសារមួយពិតជាមកពីយើងមែន សូមបញ្ចូលលេខយោងរបស់វានៅ { $verify_url }
reference-sms = លេខយោង { $reference }
reference-voice = លេខយោងរបស់សារនេះគឺ { $reference } ។

## A status notification
update-email-subject = សន្លឹកឆ្នោតរបស់អ្នក៖ { $status } - { $office }
update-sms = { $office }៖ { $sentence } ស្ថានភាព៖ { $status_url } ឆ្លើយតប STOP ដើម្បីឈប់ទទួល។
# The same, when the sentence (a county's own wording) already names the office.
update-sms-named = { $sentence } ស្ថានភាព៖ { $status_url } ឆ្លើយតប STOP ដើម្បីឈប់ទទួល។
# A signature problem, where the voter can sign from the tracker: the link opens the page to
# sign on ($cure_page_url), in place of the status link.
update-sms-cure = { $office }៖ { $sentence } ចុះហត្ថលេខា៖ { $cure_page_url } ឆ្លើយតប STOP ដើម្បីឈប់ទទួល។
update-sms-cure-named = { $sentence } ចុះហត្ថលេខា៖ { $cure_page_url } ឆ្លើយតប STOP ដើម្បីឈប់ទទួល។
# In an email about a signature problem, after what to do.
cure-online = អ្នកក៏អាចចុះហត្ថលេខាលើសេចក្តីថ្លែងការណ៍ពីទូរស័ព្ទ ឬកុំព្យូទ័ររបស់អ្នកបានដែរ៖ { $cure_page_url }
update-voice = ជម្រាបសួរ។ នេះគឺ { $office } ដែលមានព័ត៌មានថ្មីអំពីសន្លឹកឆ្នោតបោះតាមប្រៃសណីយ៍របស់អ្នក។ { $sentence } { $help } ជម្រាបលា។
# Said in English on a call to a voter whose language the phone provider cannot speak (Khmer).
# Khmer (km): this is only ever spoken in English; the Khmer text is for completeness.
voice-language-unavailable = ជម្រាបសួរ។ នេះគឺ { $office } ដែលមានព័ត៌មានអំពីសន្លឹកឆ្នោតបោះតាមប្រៃសណីយ៍របស់អ្នក។ យើងមិនទាន់អាចហៅទូរស័ព្ទជាភាសារបស់អ្នកបាននៅឡើយទេ ដូច្នេះសូមអានសារជាអក្សរ ឬអ៊ីមែលដែលយើងបានផ្ញើជូនអ្នក ឬមើលស្ថានភាពសន្លឹកឆ្នោតរបស់អ្នកតាមអ៊ីនធឺណិត។ { $help } ជម្រាបលា។

## The return-deadline reminder, to voters whose ballot was mailed but not yet received
reminder-sentence = { $office } មិនទាន់បានទទួលសន្លឹកឆ្នោតបោះតាមប្រៃសណីយ៍របស់អ្នកនៅឡើយទេ។ សូមផ្ញើវាត្រឡប់មកវិញឱ្យបានត្រឹម { $deadline } ដើម្បីឱ្យវាអាចត្រូវបានរាប់៖ ផ្ញើតាមប្រៃសណីយ៍ ដោយមានត្រាប្រៃសណីយ៍ចុះកាលបរិច្ឆេទមិនឱ្យហួសថ្ងៃបោះឆ្នោត ឬយកទៅដាក់ដោយផ្ទាល់ តាមការណែនាំក្នុងសៀវភៅណែនាំអ្នកបោះឆ្នោតរបស់ខោនធីអ្នក។
reminder-email-subject = ការរំលឹក៖ សូមផ្ញើសន្លឹកឆ្នោតរបស់អ្នកត្រឡប់មកវិញឱ្យបានត្រឹម { $deadline } - { $office }
reminder-email-already = ប្រសិនបើអ្នកបានផ្ញើវាត្រឡប់មកវិញរួចហើយ អ្នកមិនចាំបាច់ធ្វើអ្វីទេ។ មើលស្ថានភាពសន្លឹកឆ្នោតរបស់អ្នក៖ { $status_url }
reminder-sms = { $office }៖ { $sentence } ស្ថានភាព៖ { $status_url } ឆ្លើយតប STOP ដើម្បីឈប់ទទួល។
# A signature cure's reminder, where the voter can sign from the tracker.
reminder-sms-cure = { $office }៖ { $sentence } ចុះហត្ថលេខា៖ { $cure_page_url } ឆ្លើយតប STOP ដើម្បីឈប់ទទួល។
reminder-voice = ជម្រាបសួរ។ នេះគឺ { $office } ដែលមានការរំលឹកអំពីសន្លឹកឆ្នោតបោះតាមប្រៃសណីយ៍របស់អ្នក។ { $sentence } { $help } ជម្រាបលា។

## A county's own message to many voters (a broadcast), and a correction of one. $text is the
## county's own words, in the voter's language when the county wrote them in it.
notice-email-subject = សារពី { $office } អំពីសន្លឹកឆ្នោតរបស់អ្នក
correction-email-subject = ការកែតម្រូវពី { $office }
correction-intro = នេះជាការកែតម្រូវសារមុនមួយពី { $office }។
notice-sms = { $office }៖ { $text } ឆ្លើយតប STOP ដើម្បីឈប់ទទួល។
correction-sms = { $office } ការកែតម្រូវ៖ { $text } ឆ្លើយតប STOP ដើម្បីឈប់ទទួល។
notice-voice = ជម្រាបសួរ។ នេះគឺ { $office } ដែលមានសារអំពីសន្លឹកឆ្នោតបោះតាមប្រៃសណីយ៍របស់អ្នក។ { $text } { $help } ជម្រាបលា។
correction-voice = ជម្រាបសួរ។ នេះគឺ { $office } ដែលមានការកែតម្រូវចំពោះសារមុនមួយ អំពីសន្លឹកឆ្នោតបោះតាមប្រៃសណីយ៍របស់អ្នក។ { $text } { $help } ជម្រាបលា។

## Answers to texts (STOP, START, HELP and anything else)
sms-stopped = { program-name }៖ អ្នកបានឈប់ជាវហើយ ហើយនឹងលែងទទួលសារជូនដំណឹងអំពីសន្លឹកឆ្នោតទៀតហើយ។ ឆ្លើយតប START (ជាអក្សរអង់គ្លេស) ដើម្បីជាវម្តងទៀត។
sms-resumed = { program-name }៖ អ្នកបានជាវសារជូនដំណឹងអំពីសន្លឹកឆ្នោតម្តងទៀតហើយ។ ចំនួនសារប្រែប្រួល។ អាចនឹងមានការគិតថ្លៃសារ និងទិន្នន័យ។ ឆ្លើយតប HELP ដើម្បីទទួលជំនួយ ឬ STOP ដើម្បីបោះបង់ (ជាអក្សរអង់គ្លេស)។
sms-not-signed-up = { program-name }៖ លេខនេះមិនបានចុះឈ្មោះទទួលសារជូនដំណឹងអំពីសន្លឹកឆ្នោតទេ។ ចុះឈ្មោះនៅ { $signup_url }
# The same answer to every number, so that HELP tells nobody whether a number is signed up.
sms-help = សារជូនដំណឹងអំពីសន្លឹកឆ្នោត «{ program-name }» ពីការិយាល័យបោះឆ្នោតខោនធីនានានៅរដ្ឋកាលីហ្វ័រញ៉ា។ សម្រាប់ជំនួយ សូមទូរស័ព្ទទៅលេខ { $hotline } ឬចូលមើល { $site_url } ។ ឆ្លើយតប STOP ដើម្បីបោះបង់។ អាចនឹងមានការគិតថ្លៃសារ និងទិន្នន័យ។
sms-other = { program-name }៖ លេខនេះផ្ញើតែសារជូនដំណឹងអំពីសន្លឹកឆ្នោតប៉ុណ្ណោះ ហើយមិនអាចអានសារឆ្លើយតបបានទេ។ ឆ្លើយតប HELP ដើម្បីទទួលជំនួយ ឬ STOP ដើម្បីបោះបង់ (ជាអក្សរអង់គ្លេស)។

# Answers to a signature cure sent from the status page (issue 16).
cure-dob-mismatch = ថ្ងៃខែឆ្នាំកំណើតនេះមិនត្រូវគ្នានឹងកំណត់ត្រារបស់យើងសម្រាប់សន្លឹកឆ្នោតនេះទេ។
cure-not-needed = សន្លឹកឆ្នោតនេះមិនត្រូវការសេចក្តីថ្លែងការណ៍ហត្ថលេខានៅពេលនេះទេ។
cure-deadline-passed = ថ្ងៃផុតកំណត់សម្រាប់កែហត្ថលេខានៃសន្លឹកឆ្នោតនេះបានកន្លងផុតហើយ។ សូមទាក់ទងការិយាល័យបោះឆ្នោតខោនធីរបស់អ្នក។
cure-dob-attempts-exhausted = ហត្ថលេខានៃសន្លឹកឆ្នោតនេះមិនអាចកែនៅទីនេះបានទៀតទេ៖ ថ្ងៃខែឆ្នាំកំណើតដែលមិនត្រូវគ្នានឹងកំណត់ត្រារបស់យើងត្រូវបានបញ្ចូលច្រើនដងពេក។ សូមទាក់ទងការិយាល័យបោះឆ្នោតខោនធីរបស់អ្នក។
cure-already-sent = អ្នកបានផ្ញើសេចក្តីថ្លែងការណ៍ហត្ថលេខាសម្រាប់សន្លឹកឆ្នោតនេះរួចហើយ។ ខោនធីកំពុងពិនិត្យវា។
# What the voter is told of a signature cure they sent (issue 16): a title (the email's
# subject says it as a status) and a sentence. $reason is the county's, in English.
cure-received-title = បានទទួលសេចក្តីថ្លែងការណ៍ហត្ថលេខា
cure-received-sentence = { $office } បានទទួលសេចក្តីថ្លែងការណ៍ហត្ថលេខាដែលអ្នកបានផ្ញើនៅ { $date }។ អ្នកនឹងត្រូវបានជូនដំណឹង នៅពេលខោនធីបានពិនិត្យវារួច។
cure-accepted-title = សេចក្តីថ្លែងការណ៍ហត្ថលេខាត្រូវបានទទួលយក
cure-accepted-sentence = { $office } បានទទួលយកសេចក្តីថ្លែងការណ៍ហត្ថលេខាដែលអ្នកបានផ្ញើនៅ { $date }។
cure-rejected-title = សេចក្តីថ្លែងការណ៍ហត្ថលេខាមិនត្រូវបានទទួលយកទេ
cure-rejected-sentence = { $office } មិនបានទទួលយកសេចក្តីថ្លែងការណ៍ហត្ថលេខាដែលអ្នកបានផ្ញើនៅ { $date } ទេ។ មូលហេតុ៖ { $reason }។ សូមទាក់ទងការិយាល័យ ដើម្បីដឹងថាអ្នកអាចធ្វើអ្វីផ្សេងទៀតបាន។
cure-rejected-brief-sentence = { $office } មិនបានទទួលយកសេចក្តីថ្លែងការណ៍ហត្ថលេខាដែលអ្នកបានផ្ញើនៅ { $date } ទេ។ សូមទាក់ទងការិយាល័យ ដើម្បីដឹងថាអ្នកអាចធ្វើអ្វីផ្សេងទៀតបាន។

## Reminders before a signature cure's deadline (issue 16): the signature problem's own
## sentence, led by the word the return reminder uses; the text and call use reminder-sms and
## reminder-voice.
cure-reminder-lead = ការរំលឹក៖ { $sentence }
cure-reminder-email-subject = ការរំលឹក៖ សូមដោះស្រាយបញ្ហាហត្ថលេខាលើសន្លឹកឆ្នោតរបស់អ្នកឱ្យបានត្រឹម { $deadline } - { $office }
# A text's own, shorter sentence (without the county's form link: the status page has it).
cure-reminder-sms-unsigned = ការរំលឹក៖ ស្រោមសំបុត្រសន្លឹកឆ្នោតរបស់អ្នក មិនបានចុះហត្ថលេខាទេ។ ដើម្បីឱ្យសន្លឹកឆ្នោតរបស់អ្នកត្រូវបានរាប់ សូមផ្ញើ «សេចក្តីថ្លែងការណ៍សន្លឹកឆ្នោតមិនបានចុះហត្ថលេខា» ត្រឡប់មកវិញឱ្យបានត្រឹម { $deadline }។
cure-reminder-sms-mismatch = ការរំលឹក៖ ហត្ថលេខានៅលើស្រោមសំបុត្រសន្លឹកឆ្នោតរបស់អ្នក មិនអាចផ្ទៀងផ្ទាត់បានទេ។ ដើម្បីឱ្យសន្លឹកឆ្នោតរបស់អ្នកត្រូវបានរាប់ សូមផ្ញើ «សេចក្តីថ្លែងការណ៍ផ្ទៀងផ្ទាត់ហត្ថលេខា» ត្រឡប់មកវិញឱ្យបានត្រឹម { $deadline }។
