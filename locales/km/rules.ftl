# The rules' messages (shared/src): the form shows them as the voter types, and the API
# returns them in `fields`. Placeholders: { $days }, { $month } (1-12), { $year }, { $max }.
# Keep "MM-DD-YYYY", "HH:MM", and example values (01-23-1980, 95814, (916) 555-0123,
# name@example.com, 20:00) exactly as they are: they describe what to type.
# Khmer (km): "first name" = នាមខ្លួន, "last name" = នាមត្រកូល, "voter registration" =
# ការចុះឈ្មោះបោះឆ្នោត. MM-DD-YYYY and HH:MM are explained in brackets because Khmer
# normally writes the day before the month.

name-first-empty = សូមបញ្ចូលនាមខ្លួនរបស់អ្នក
name-last-empty = សូមបញ្ចូលនាមត្រកូលរបស់អ្នក
name-first-too-long = នាមខ្លួនរបស់អ្នកត្រូវមានមិនលើសពី { $max } តួអក្សរ
name-last-too-long = នាមត្រកូលរបស់អ្នកត្រូវមានមិនលើសពី { $max } តួអក្សរ
name-first-no-letters = សូមបញ្ចូលនាមខ្លួនរបស់អ្នក ដូចដែលមាននៅក្នុងការចុះឈ្មោះបោះឆ្នោតរបស់អ្នក
name-last-no-letters = សូមបញ្ចូលនាមត្រកូលរបស់អ្នក ដូចដែលមាននៅក្នុងការចុះឈ្មោះបោះឆ្នោតរបស់អ្នក

dob-empty = សូមបញ្ចូលថ្ងៃខែឆ្នាំកំណើតរបស់អ្នក
dob-format = សូមបញ្ចូលថ្ងៃខែឆ្នាំកំណើតរបស់អ្នកតាមទម្រង់ MM-DD-YYYY (ខែ-ថ្ងៃ-ឆ្នាំ) ឧទាហរណ៍ 01-23-1980
dob-month = ខែត្រូវតែនៅចន្លោះពី 01 ដល់ 12
dob-day = ថ្ងៃត្រូវតែនៅចន្លោះពី 01 ដល់ { $days } សម្រាប់ខែ{ $month ->
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
}
dob-day-february = ថ្ងៃត្រូវតែនៅចន្លោះពី 01 ដល់ { $days } សម្រាប់ខែកុម្ភៈ ឆ្នាំ { $year }
dob-before-earliest = ថ្ងៃខែឆ្នាំកំណើតមិនអាចមុនថ្ងៃ 01-01-1900 បានទេ
dob-in-future = ថ្ងៃខែឆ្នាំកំណើតមិនអាចជាថ្ងៃនាពេលអនាគតបានទេ

zip-empty = សូមបញ្ចូលលេខកូដ ZIP នៃអាសយដ្ឋានលំនៅដ្ឋានរបស់អ្នកនៅរដ្ឋកាលីហ្វ័រញ៉ា
zip-format = សូមបញ្ចូលលេខកូដ ZIP របស់រដ្ឋកាលីហ្វ័រញ៉ាដែលមាន 5 ខ្ទង់ ដូចជា 95814។ { zip-overseas-help }
zip-not-california = នេះមិនមែនជាលេខកូដ ZIP របស់រដ្ឋកាលីហ្វ័រញ៉ាទេ (លេខកូដទាំងនោះចាប់ផ្តើមពី 900 ដល់ 961)។ { zip-overseas-help }
zip-overseas-help = តើអ្នករស់នៅក្រៅប្រទេសឬ? សូមប្រើលេខកូដ ZIP នៃអាសយដ្ឋានលំនៅដ្ឋានរបស់អ្នកនៅរដ្ឋកាលីហ្វ័រញ៉ា ដែលអ្នកបានប្រើពេលចុះឈ្មោះបោះឆ្នោត។

voter-id-needed = សូមបញ្ចូលលេខសម្គាល់អ្នកបោះឆ្នោតរបស់អ្នក។ លេខនេះត្រូវបានបោះពុម្ពនៅលើប័ណ្ណចុះឈ្មោះបោះឆ្នោត និងនៅលើសន្លឹកឆ្នោតគំរូរបស់អ្នក។
voter-id-invalid = សូមបញ្ចូលលេខសម្គាល់អ្នកបោះឆ្នោតរបស់អ្នក ដូចដែលបានបោះពុម្ពនៅលើប័ណ្ណចុះឈ្មោះបោះឆ្នោត ឬសន្លឹកឆ្នោតគំរូរបស់អ្នក (តែអក្សរ និងលេខប៉ុណ្ណោះ)

email-empty = សូមបញ្ចូលអាសយដ្ឋានអ៊ីមែលរបស់អ្នក
email-too-long = អាសយដ្ឋានអ៊ីមែលរបស់អ្នកត្រូវមានមិនលើសពី { $max } តួអក្សរ
email-format = សូមបញ្ចូលអាសយដ្ឋានអ៊ីមែលតាមទម្រង់ត្រឹមត្រូវ ដូចជា name@example.com

phone-empty = សូមបញ្ចូលលេខទូរស័ព្ទ
phone-format = សូមបញ្ចូលលេខទូរស័ព្ទនៅសហរដ្ឋអាមេរិក ដូចជា (916) 555-0123 ឬលេខអន្តរជាតិដែលចាប់ផ្តើមដោយសញ្ញា + និងលេខកូដប្រទេស
phone-not-north-american = សូមពិនិត្យលេខកូដតំបន់ និងលេខទូរស័ព្ទ៖ នេះមិនមែនជាលេខទូរស័ព្ទសហរដ្ឋអាមេរិកដែលត្រឹមត្រូវទេ
phone-international-length = លេខអន្តរជាតិត្រូវមានសញ្ញា + និងលេខពី 8 ដល់ 15 ខ្ទង់ ដោយចាប់ផ្តើមដោយលេខកូដប្រទេស
phone-premium = នេះជាលេខទូរស័ព្ទដែលគិតថ្លៃពិសេស ឬលេខទូរស័ព្ទផ្កាយរណប ដែលយើងមិនអាចផ្ញើសារជាអក្សរ ឬហៅទូរស័ព្ទទៅបានទេ។ សូមបញ្ចូលលេខទូរស័ព្ទដៃ ឬលេខទូរស័ព្ទផ្ទះ។

channels-none-chosen = សូមបើកមធ្យោបាយទទួលការជូនដំណឹងយ៉ាងហោចណាស់មួយ៖ អ៊ីមែល សារជាអក្សរ ឬការហៅជាសំឡេង
channels-email-empty = សូមបញ្ចូលអាសយដ្ឋានអ៊ីមែលសម្រាប់ទទួលការជូនដំណឹង
channels-sms-empty = សូមបញ្ចូលលេខទូរស័ព្ទដៃសម្រាប់ទទួលសារជាអក្សរ
channels-voice-empty = សូមបញ្ចូលលេខទូរស័ព្ទសម្រាប់ទទួលការហៅជាសំឡេង

quiet-hours-format = សូមបញ្ចូលម៉ោងតាមទម្រង់ HH:MM (ម៉ោង:នាទី) ឧទាហរណ៍ 20:00
quiet-hours-outside-allowed = យើងមិនដែលផ្ញើសារ ឬហៅទូរស័ព្ទនៅចន្លោះម៉ោង 9 យប់ ដល់ម៉ោង 8 ព្រឹកឡើយ។ ម៉ោងមិនរំខានអាចត្រឹមតែបន្ថែមលើរយៈពេលនោះប៉ុណ្ណោះ
quiet-hours-no-contact-hours = ម៉ោងមិនរំខានត្រូវតែបញ្ចប់នៅពេលព្រឹក មុនពេលវាចាប់ផ្តើមម្តងទៀតនៅពេលល្ងាច

language-unsupported = សូមជ្រើសរើសភាសាមួយក្នុងចំណោមភាសាដែលមានផ្តល់ជូន

# Where messages will go, under each switch while it is on. { $destination } is the
# address or number as typed.
channel-will-receive-email = អ្នកនឹងទទួលបានអ៊ីមែលតាមអាសយដ្ឋាន { $destination }
channel-will-receive-sms = អ្នកនឹងទទួលបានសារជាអក្សរតាមលេខ { $destination }
channel-will-receive-voice = អ្នកនឹងទទួលបានការហៅជាសំឡេងតាមលេខ { $destination }

## A message's reference, as typed on the verify page
# Khmer (km): "reference" is rendered លេខយោង ("reference number"; it holds letters as well as
# digits). No official Khmer term was found; a reviewer should confirm it.
reference-invalid = សូមបញ្ចូលលេខយោង ដូចដែលមាននៅខាងចុងសារ៖ អក្សរ និងលេខចំនួន 8 តួ ឧទាហរណ៍ 7KQM-4MXZ ។

## A signature cure sent from the status page (issue 16). $max is a number.
cure-election = សូមជ្រើសរើសសន្លឹកឆ្នោតដែលសេចក្តីថ្លែងការណ៍នេះសម្រាប់
cure-method = សូមជ្រើសរើសរបៀបចុះហត្ថលេខា៖ គូរហត្ថលេខារបស់អ្នក ផ្ញើរូបថតនៃសេចក្តីថ្លែងការណ៍ដែលអ្នកបានចុះហត្ថលេខា ឬវាយបញ្ចូលឈ្មោះរបស់អ្នក
cure-name-empty = សូមវាយបញ្ចូលឈ្មោះពេញរបស់អ្នក
cure-name-too-long = ឈ្មោះរបស់អ្នកត្រូវមានមិនលើសពី { $max } តួអក្សរ
cure-name-no-letters = សូមវាយបញ្ចូលឈ្មោះរបស់អ្នកជាអក្សរ ដូចដែលអ្នកចុះហត្ថលេខា
cure-image-format = សូមផ្ញើហត្ថលេខារបស់អ្នកជារូបថត (JPEG, PNG ឬ HEIC) ឬជាឯកសារស្កេន (PDF)
cure-image-unreadable = មិនអាចបើកឯកសារនេះជារូបភាពបានទេ។ សូមថតរូបម្តងទៀត ឬជ្រើសរើសឯកសារផ្សេង
cure-pdf-no-scan = PDF នេះគ្មានទំព័រដែលបានស្កេនទេ។ សូមផ្ញើរូបថតនៃសេចក្តីថ្លែងការណ៍ដែលអ្នកបានចុះហត្ថលេខាជំនួសវិញ
cure-image-too-large = រូបភាពត្រូវមានទំហំមិនលើសពី { $max } MB
cure-image-too-many-pixels = រូបភាពមានភីកសែលច្រើនពេក៖ យ៉ាងច្រើន { $max } លាន។ សូមថតរូបម្តងទៀតដោយកម្រិតភាពច្បាស់ទាបជាងនេះ
