# The web pages (frontend/src). Keep "Where's My Ballot?" as the program's name unless the
# Secretary of State publishes it in your language. Keep "MM-DD-YYYY" as it is: the date of
# birth is always typed that way (the hint says it in words, for screen readers). { $destination } is an email address or phone number,
# { $office } a county elections office's name, { $page } a page title, { $title } a status.
# Khmer (km): no official Khmer name of "Where's My Ballot?" was found, so site-name gives its
# meaning ("Where is my ballot?"). "Sign up" for notifications is ចុះឈ្មោះ(ទទួលការជូនដំណឹង),
# kept distinct from voter registration (ការចុះឈ្មោះបោះឆ្នោត).

site-name = តើសន្លឹកឆ្នោតរបស់ខ្ញុំនៅឯណា?
site-tagline = ការតាមដានសន្លឹកឆ្នោតបោះតាមប្រៃសណីយ៍ សម្រាប់អ្នកបោះឆ្នោតនៅរដ្ឋកាលីហ្វ័រញ៉ា
skip-link = រំលងទៅខ្លឹមសារចម្បង
nav-label = ម៉ឺនុយចម្បង
nav-sign-up = ចុះឈ្មោះទទួលការជូនដំណឹង
nav-check = ពិនិត្យសន្លឹកឆ្នោតរបស់ខ្ញុំ
nav-verify = ពិនិត្យសារ
footer-questions = មានសំណួរអំពីការចុះឈ្មោះបោះឆ្នោត ឬសន្លឹកឆ្នោតរបស់អ្នកឬ? សូមទាក់ទងការិយាល័យបោះឆ្នោតខោនធីរបស់អ្នក ឬរដ្ឋលេខាធិការរដ្ឋកាលីហ្វ័រញ៉ា តាមលេខ
language-picker-label = ភាសា
# The button beside the language list: a language is applied when chosen, not on each arrow key.
language-picker-apply = ផ្លាស់ប្តូរភាសា
# The page's <title>: "Error: " goes in front while a form shows errors.
page-title = { $page } - { site-name }
page-title-error = កំហុស៖ { $page } - { site-name }
error-prefix = កំហុស៖

# Sign-up
signup-title = ចុះឈ្មោះដើម្បីទទួលការជូនដំណឹងអំពីសន្លឹកឆ្នោត
signup-lead = ទទួលអ៊ីមែល សារជាអក្សរ ឬការហៅទូរស័ព្ទ នៅពេលសន្លឹកឆ្នោតបោះតាមប្រៃសណីយ៍របស់អ្នកត្រូវបានផ្ញើចេញ ត្រូវបានទទួល និងត្រូវបានរាប់ ឬប្រសិនបើមានបញ្ហាដែលអ្នកត្រូវដោះស្រាយ។
signup-your-details = ព័ត៌មានលម្អិតរបស់អ្នក
signup-details-hint = សូមបញ្ចូលព័ត៌មានទាំងនេះ ដូចដែលមាននៅក្នុងការចុះឈ្មោះបោះឆ្នោតរបស់អ្នក។
field-first-name = នាមខ្លួន
field-last-name = នាមត្រកូល
field-date-of-birth = ថ្ងៃខែឆ្នាំកំណើត
field-date-of-birth-hint = ខែពីរខ្ទង់ ថ្ងៃពីរខ្ទង់ និងឆ្នាំបួនខ្ទង់។ ឧទាហរណ៍ 01-23-1980
field-zip = លេខកូដ ZIP
field-zip-hint = លេខកូដ ZIP នៃអាសយដ្ឋានលំនៅដ្ឋានរបស់អ្នកនៅរដ្ឋកាលីហ្វ័រញ៉ា។ អ្នកបោះឆ្នោតនៅក្រៅប្រទេស៖ សូមប្រើលេខកូដ ZIP នៃអាសយដ្ឋាននៅរដ្ឋកាលីហ្វ័រញ៉ា ដែលអ្នកបានប្រើពេលចុះឈ្មោះបោះឆ្នោត។
field-zip-hint-lookup = លេខកូដ ZIP នៃអាសយដ្ឋានលំនៅដ្ឋានរបស់អ្នកនៅរដ្ឋកាលីហ្វ័រញ៉ា ទោះបីជាអ្នករស់នៅក្រៅប្រទេសក៏ដោយ។
field-voter-id = លេខសម្គាល់អ្នកបោះឆ្នោត
field-voter-id-hint = បានបោះពុម្ពនៅលើប័ណ្ណចុះឈ្មោះបោះឆ្នោត និងនៅលើសន្លឹកឆ្នោតគំរូរបស់អ្នក។
channels-legend = តើអ្នកចង់ឱ្យយើងជូនដំណឹងដល់អ្នកតាមមធ្យោបាយណា?
channels-hint = សូមបើកមួយ ឬច្រើន។
switch-email = អ៊ីមែល
switch-sms = សារជាអក្សរ (SMS)
switch-voice = ការហៅជាសំឡេង
switch-on = បើក
switch-off = បិទ
field-email = អាសយដ្ឋានអ៊ីមែល
field-sms-phone = លេខទូរស័ព្ទដៃ
field-sms-phone-hint = លេខទូរស័ព្ទនៅសហរដ្ឋអាមេរិក ឬសញ្ញា + និងលេខកូដប្រទេស សម្រាប់លេខនៅក្រៅប្រទេស។
field-voice-phone = លេខទូរស័ព្ទសម្រាប់ទទួលការហៅ
field-voice-phone-hint = លេខទូរស័ព្ទនៅសហរដ្ឋអាមេរិក ឬសញ្ញា + និងលេខកូដប្រទេស សម្រាប់លេខនៅក្រៅប្រទេស។ ការហៅធ្វើឡើងនៅចន្លោះម៉ោង 8 ព្រឹក ដល់ម៉ោង 9 យប់។
signup-submit = ចុះឈ្មោះ
signup-submitting = កំពុងចុះឈ្មោះ…

# After signing up. Nothing about the ballot goes to an address or number until whoever has it
# confirms it: a link by email, YES by text, 1 on a call.
signed-up-title = សូមពិនិត្យអ៊ីមែល និងទូរស័ព្ទរបស់អ្នក
signed-up-new = អ្នកបានចុះឈ្មោះរួចរាល់ហើយ។ មុនពេលយើងផ្ញើអ្វីៗអំពីសន្លឹកឆ្នោតរបស់អ្នក សូមបញ្ជាក់មធ្យោបាយនីមួយៗដែលយើងអាចទាក់ទងអ្នកបាន។
signed-up-already-title = អ្នកបានចុះឈ្មោះរួចហើយពីមុន
signed-up-already = គ្មានអ្វីផ្លាស់ប្តូរទេ។ អ្នកបោះឆ្នោតនេះមានការជូនដំណឹងរួចហើយ ដូច្នេះយើងមិនបង្ហាញវានៅទីនេះទេ។
signed-up-already-on-file = យើងបានផ្ញើតំណសម្រាប់ផ្លាស់ប្តូរ ឬបញ្ឈប់ការជូនដំណឹង ទៅអាសយដ្ឋានអ៊ីមែល និងលេខទូរស័ព្ទដែលមាននៅក្នុងកំណត់ត្រា។
signed-up-check = អ្វីដែលត្រូវធ្វើឥឡូវនេះ
signed-up-confirm-email = យើងបានផ្ញើតំណមួយទៅ { $destination } ។ សូមបើកវាក្នុងរយៈពេល 48 ម៉ោង ដើម្បីបញ្ជាក់។ ប្រសិនបើអ្នកមិនឃើញវាទេ សូមពិនិត្យថតសារឥតបានការ (spam) ឬថតផ្សព្វផ្សាយ (promotions)។
signed-up-confirm-sms = យើងបានផ្ញើសារជាអក្សរទៅ { $destination } ។ សូមឆ្លើយតបដោយពាក្យ YES (ជាអក្សរអង់គ្លេស) ដើម្បីបញ្ជាក់។
signed-up-confirm-voice = យើងនឹងហៅទូរស័ព្ទទៅ { $destination } នៅចន្លោះម៉ោង 8 ព្រឹក ដល់ម៉ោង 9 យប់។ សូមចុចលេខ 1 ក្នុងពេលហៅ ដើម្បីបញ្ជាក់។
signed-up-confirm-not-sent = { $destination } បានទទួលការបញ្ជាក់គ្រប់ចំនួនដែលយើងអាចផ្ញើក្នុងមួយថ្ងៃរួចហើយ។ ការបញ្ជាក់ដែលបានទទួលរួច នៅតែអាចប្រើបាន។
signed-up-on-file = បានបញ្ជាក់រួចហើយ៖ { $destination } ។
notifications-come-from = ការជូនដំណឹងនឹងមកពី { $office } ។
signed-up-see-status = មើលស្ថានភាពសន្លឹកឆ្នោតរបស់អ្នក
signed-up-same-link = (សូមរក្សាតំណនេះទុក៖ វាបង្ហាញតែស្ថានភាពសន្លឹកឆ្នោតរបស់អ្នកប៉ុណ្ណោះ ដូច្នេះអាចចែករំលែកវាបានដោយសុវត្ថិភាព)
signed-up-change = ផ្លាស់ប្តូរជម្រើសរបស់អ្នក

# Errors
error-summary-title = មានបញ្ហា
network-error = យើងមិនអាចភ្ជាប់ទៅម៉ាស៊ីនមេបានទេ។ សូមពិនិត្យការតភ្ជាប់របស់អ្នក ហើយព្យាយាមម្តងទៀត។

# Check without signing up
lookup-title = ពិនិត្យស្ថានភាពសន្លឹកឆ្នោតរបស់អ្នក
lookup-lead = មើលថាសន្លឹកឆ្នោតបោះតាមប្រៃសណីយ៍របស់អ្នកនៅដំណាក់កាលណា ដោយមិនចាំបាច់ចុះឈ្មោះទទួលការជូនដំណឹង។
lookup-submit = ពិនិត្យស្ថានភាព
lookup-result = ស្ថានភាពសន្លឹកឆ្នោតរបស់អ្នក
lookup-sign-up = ចុះឈ្មោះដើម្បីទទួលដំណឹង នៅពេលស្ថានភាពនេះផ្លាស់ប្តូរ

# Status page
status-title = ស្ថានភាពសន្លឹកឆ្នោតរបស់អ្នក
status-loading = កំពុងផ្ទុកស្ថានភាពសន្លឹកឆ្នោតរបស់អ្នក…
status-not-found-title = រកមិនឃើញទំព័រស្ថានភាព
status-not-found = យើងរកមិនឃើញទំព័រស្ថានភាពនេះទេ។ សូមពិនិត្យថាអ្នកបានបើកតំណទាំងមូលពីសាររបស់អ្នក។
status-check-instead = ពិនិត្យស្ថានភាពសន្លឹកឆ្នោតរបស់អ្នក ដោយប្រើព័ត៌មានលម្អិតរបស់អ្នក
status-updates-from = ព័ត៌មានថ្មីៗមកពី { $office } ។
status-updates-live = ទំព័រនេះធ្វើបច្ចុប្បន្នភាពដោយស្វ័យប្រវត្តិ។
status-updates-reload = សូមផ្ទុកទំព័រនេះឡើងវិញ ដើម្បីមើលព័ត៌មានថ្មីបំផុត។
status-manage = ផ្លាស់ប្តូរ ឬបញ្ឈប់ការជូនដំណឹង
status-updated = ស្ថានភាពសន្លឹកឆ្នោតរបស់អ្នកត្រូវបានធ្វើបច្ចុប្បន្នភាព៖ { $title }

# The timeline
timeline-not-mailed = ខោនធីរបស់អ្នកមិនទាន់បានផ្ញើសន្លឹកឆ្នោតរបស់អ្នកនៅឡើយទេ។ អ្នកនឹងឃើញជំហាននីមួយៗនៅទីនេះ នៅពេល { $office } រាយការណ៍។
timeline-your-ballot = សន្លឹកឆ្នោតរបស់អ្នក
timeline-act = អ្នកត្រូវចាត់វិធានការ
# The signature statement the voter sent from the tracker, and what came of it.
timeline-cure = សេចក្តីថ្លែងការណ៍ហត្ថលេខារបស់អ្នក
timeline-completed = បានបញ្ចប់
timeline-not-yet = មិនទាន់
timeline-what-happened = អ្វីដែលបានកើតឡើង

# Change or stop notifications
manage-title = ផ្លាស់ប្តូរ ឬបញ្ឈប់ការជូនដំណឹង
manage-loading = កំពុងផ្ទុកជម្រើសរបស់អ្នក…
manage-not-found-title = រកមិនឃើញការជូនដំណឹង
manage-not-found = យើងរកមិនឃើញការជូនដំណឹងទាំងនេះទេ។ សូមពិនិត្យថាអ្នកបានបើកតំណទាំងមូលពីសាររបស់អ្នក។
manage-email-now = បច្ចុប្បន្ន៖ { $destination } ។ ទុកឱ្យនៅទទេ ដើម្បីរក្សាអាសយដ្ឋាននេះ ឬបញ្ចូលអាសយដ្ឋានថ្មី។
manage-phone-now = បច្ចុប្បន្ន៖ { $destination } ។ ទុកឱ្យនៅទទេ ដើម្បីរក្សាលេខនេះ ឬបញ្ចូលលេខថ្មី។
manage-language = ភាសានៃការជូនដំណឹងរបស់អ្នក
manage-stopped-title = ការជូនដំណឹងត្រូវបានបញ្ឈប់
manage-stopped = អ្នកនឹងលែងទទួលការជូនដំណឹងទៀតហើយ។ សូមបើកមធ្យោបាយណាមួយខាងក្រោម ដើម្បីចាប់ផ្តើមទទួលម្តងទៀត។
manage-saved-title = ជម្រើសរបស់អ្នកត្រូវបានរក្សាទុក
manage-confirm-new = យើងបានផ្ញើការបញ្ជាក់ទៅអាសយដ្ឋាន ឬលេខថ្មីនីមួយៗ។ ការជូនដំណឹងនឹងផ្ញើទៅទីនោះ បន្ទាប់ពីវាត្រូវបានបញ្ជាក់។
manage-awaiting = កំពុងរង់ចាំការបញ្ជាក់៖ { $destination } ។
manage-read-only-title = តំណនេះមិនអាចផ្លាស់ប្តូរការជូនដំណឹងបានទេ
manage-read-only = តំណនេះបង្ហាញស្ថានភាពសន្លឹកឆ្នោតរបស់អ្នក ប៉ុន្តែមិនអាចផ្លាស់ប្តូរការជូនដំណឹងរបស់អ្នកបានទេ។
manage-expired-title = តំណនេះបានផុតកំណត់ហើយ
manage-expired = តំណសម្រាប់ផ្លាស់ប្តូរការជូនដំណឹងរបស់អ្នកនេះ បានផុតកំណត់ហើយ។
manage-send-link = ផ្ញើតំណថ្មីទៅអ៊ីមែល និងលេខទូរស័ព្ទរបស់ខ្ញុំដែលមាននៅក្នុងកំណត់ត្រា
manage-link-sent = យើងបានផ្ញើតំណថ្មីទៅអាសយដ្ឋានអ៊ីមែល និងលេខទូរស័ព្ទដែលមាននៅក្នុងកំណត់ត្រា។
manage-link-not-sent = យើងបានផ្ញើតំណច្រើនដងរួចហើយនៅថ្ងៃនេះ។ សូមពិនិត្យអ៊ីមែល និងសារជាអក្សររបស់អ្នក ឬព្យាយាមម្តងទៀតនៅថ្ងៃស្អែក។
manage-save = រក្សាទុកការផ្លាស់ប្តូរ
manage-stop-title = បញ្ឈប់ការជូនដំណឹងទាំងអស់
manage-stop-lead = អ្នកនឹងលែងទទួលអ៊ីមែល សារជាអក្សរ ឬការហៅទូរស័ព្ទអំពីសន្លឹកឆ្នោតរបស់អ្នកទៀតហើយ។
manage-stop = បញ្ឈប់ការជូនដំណឹងទាំងអស់
# Asked before anything is erased.
manage-stop-confirm-title = តើអ្នកចង់បញ្ឈប់ការជូនដំណឹងទាំងអស់មែនទេ?
manage-stop-confirm = អ៊ីមែល សារជាអក្សរ និងការហៅទូរស័ព្ទទាំងអស់អំពីសន្លឹកឆ្នោតរបស់អ្នកនឹងត្រូវបញ្ឈប់ ហើយអាសយដ្ឋានអ៊ីមែល និងលេខទូរស័ព្ទរបស់អ្នកនឹងត្រូវបានលុបចេញ។ ដើម្បីទទួលការជូនដំណឹងម្តងទៀត អ្នកនឹងត្រូវបញ្ចូលវាម្តងទៀត។
manage-stop-yes = បាទ/ចាស បញ្ឈប់ការជូនដំណឹងទាំងអស់
manage-stop-cancel = ទេ រក្សាការជូនដំណឹងរបស់ខ្ញុំ
manage-see-status = មើលស្ថានភាពសន្លឹកឆ្នោតរបស់អ្នក
# How a screen reader reads a hidden phone number such as (•••) •••-0123; { $last } is its last four digits.
masked-number = លេខដែលបញ្ចប់ដោយ { $last }

# Page not found
not-found-title = រកមិនឃើញទំព័រ
not-found-lead = ប្រសិនបើអ្នកបានវាយអាសយដ្ឋានដោយខ្លួនឯង សូមពិនិត្យថាវាត្រឹមត្រូវ។
not-found-sign-up = ចុះឈ្មោះដើម្បីទទួលការជូនដំណឹងអំពីសន្លឹកឆ្នោត

# Confirming an address or number, from the link in a confirmation
confirm-title = បញ្ជាក់ការជូនដំណឹងអំពីសន្លឹកឆ្នោត
confirm-lead = សូមបញ្ជាក់ថា ការជូនដំណឹងអំពីសន្លឹកឆ្នោតនេះ អាចផ្ញើមកអ្នកនៅទីនេះបាន។ ប្រសិនបើអ្នកមិនបានស្នើសុំវាទេ សូមបិទទំព័រនេះ៖ នឹងគ្មានអ្វីត្រូវបានផ្ញើទៀតទេ។
confirm-button = បញ្ជាក់
confirm-done-title = បានបញ្ជាក់ហើយ
confirm-done = ការជូនដំណឹងអំពីសន្លឹកឆ្នោតនេះ នឹងផ្ញើពី { $office } មក { $destination } ។
confirm-see-status = មើលស្ថានភាពសន្លឹកឆ្នោត
confirm-expired = តំណបញ្ជាក់នេះបានផុតកំណត់ ឬត្រូវបានប្រើរួចហើយ។ ដើម្បីព្យាយាមម្តងទៀត សូមចុះឈ្មោះម្តងទៀត។

# Undoing a change, from the link in a change notice
undo-title = លុបចោលការផ្លាស់ប្តូរលើការជូនដំណឹងរបស់អ្នក
undo-lead = មាននរណាម្នាក់បានបញ្ជាក់អាសយដ្ឋានអ៊ីមែល ឬលេខទូរស័ព្ទថ្មីមួយ សម្រាប់ការជូនដំណឹងអំពីសន្លឹកឆ្នោតទាំងនេះ។ ប្រសិនបើនោះមិនមែនជាអ្នកទេ សូមលុបចោលវា។
undo-button = លុបចោលការផ្លាស់ប្តូរ
undo-done-title = ការផ្លាស់ប្តូរត្រូវបានលុបចោលហើយ
undo-done-restored = ការជូនដំណឹងនឹងផ្ញើទៅ { $destination } វិញ ហើយលែងផ្ញើទៅ { $removed } ទៀតហើយ។
undo-done-removed = ការជូនដំណឹងលែងផ្ញើទៅ { $removed } ទៀតហើយ។
undo-expired = តំណនេះបានផុតកំណត់ ឬត្រូវបានប្រើរួចហើយ។
undo-changed-since = ការកំណត់នេះត្រូវបានផ្លាស់ប្តូរម្តងទៀតតាំងពីពេលនោះមក ដូច្នេះមិនអាចលុបចោលដោយប្រើតំណនេះបានទេ។ សូមប្រើតំណនៅក្នុងសារថ្មីបំផុតរបស់អ្នក។

# Is this message from us? Every message ends with a reference such as 7KQM-4MXZ.
# Khmer (km): "reference" is rendered លេខយោង (see rules.ftl); to be confirmed.
verify-title = តើសារនេះមកពីយើងមែនទេ?
verify-lead = អ៊ីមែល សារជាអក្សរ និងការហៅទូរស័ព្ទនីមួយៗពី «{ site-name }» បញ្ចប់ដោយលេខយោងមួយ ដូចជា 7KQM-4MXZ ។ សូមបញ្ចូលលេខនោះ ដើម្បីពិនិត្យថាយើងពិតជាបានផ្ញើវាមែន។
field-reference = លេខយោង
field-reference-hint = នៅខាងចុងសារ។ ឧទាហរណ៍ 7KQM-4MXZ
verify-submit = ពិនិត្យ
verify-yes-title = យើងបានផ្ញើសារនេះ
# $channel is email, sms or voice; $date is already written in the page's language.
verify-yes = { $sender } បានផ្ញើសារនេះ { $channel ->
    [email] តាមអ៊ីមែល
    [sms] តាមសារជាអក្សរ
   *[voice] តាមការហៅទូរស័ព្ទ
} ទៅ { $destination } នៅ { $date }។
verify-yes-only = នោះគឺជាព័ត៌មានទាំងអស់ដែលទំព័រនេះអាចប្រាប់បាន។ សារពិតប្រាកដមិនដែលសុំប្រាក់ ពាក្យសម្ងាត់ ឬលេខសន្តិសុខសង្គម (Social Security number) របស់អ្នកឡើយ។
verify-no-title = យើងមិនបានផ្ញើសារណាមួយដែលមានលេខយោងនេះទេ
verify-no = កុំបើកតំណនៅក្នុងសារនោះ ឬឆ្លើយតបទៅវា។ ប្រសិនបើវាស្នើឱ្យអ្នកធ្វើអ្វីមួយទាក់ទងនឹងសន្លឹកឆ្នោតរបស់អ្នក សូមទាក់ទងការិយាល័យបោះឆ្នោតខោនធីរបស់អ្នក។
verify-senders = សាររបស់យើងមកពីណា
verify-senders-email = អ៊ីមែលមកពី { $address }
verify-senders-phone = សារជាអក្សរ និងការហៅទូរស័ព្ទមកពី { $number }

# Signing a ballot's statement from the tracker, /cure/{token} (issue 16): a ballot whose
# envelope signature is missing or did not match. "Statement" is the county's signed form:
# the "unsigned ballot statement" or the "signature verification statement".
cure-title = ចុះហត្ថលេខាលើសេចក្តីថ្លែងការណ៍សន្លឹកឆ្នោតរបស់អ្នក
cure-lead = { $office } ត្រូវការហត្ថលេខារបស់អ្នក ទើបសន្លឹកឆ្នោតរបស់អ្នកអាចត្រូវបានរាប់។ អ្នកអាចចុះហត្ថលេខានៅទីនេះ ជំនួសឱ្យការផ្ញើទម្រង់បែបបទក្រដាសត្រឡប់ទៅវិញ។
cure-deadline = សូមផ្ញើវាឱ្យបានត្រឹម { $deadline }។
cure-not-open = សន្លឹកឆ្នោតនេះមិនត្រូវការហត្ថលេខាពីទំព័រនេះនៅពេលនេះទេ។
cure-see-status = មើលស្ថានភាពសន្លឹកឆ្នោតរបស់អ្នក
cure-statement-heading = សេចក្តីថ្លែងការណ៍ដែលអ្នកចុះហត្ថលេខា
# The wording of the statement the county receives; keep its legal meaning exactly.
cure-statement = ខ្ញុំសូមប្រកាសក្រោមការផ្តន្ទាទោសពីបទស្បថបំពាន (perjury) តាមច្បាប់នៃរដ្ឋកាលីហ្វ័រញ៉ាថា ខ្ញុំជាអ្នកបោះឆ្នោតដែលបានចុះឈ្មោះ ដែលមានឈ្មោះនៅខាងក្រោម ថាខ្ញុំបានស្នើសុំ និងបានផ្ញើសន្លឹកឆ្នោតបោះតាមប្រៃសណីយ៍សម្រាប់ការបោះឆ្នោតនេះត្រឡប់ទៅវិញ ហើយថាហត្ថលេខាខាងក្រោម ដែលបានផ្ញើពីសេវាតាមដានសន្លឹកឆ្នោត ជំនួសឱ្យហត្ថលេខាដែលខ្វះ ឬមិនត្រូវគ្នានៅលើស្រោមសំបុត្រសន្លឹកឆ្នោតរបស់ខ្ញុំ គឺជាហត្ថលេខារបស់ខ្ញុំផ្ទាល់។
cure-dob-hint = យើងផ្ទៀងផ្ទាត់វាជាមួយការចុះឈ្មោះបោះឆ្នោតរបស់អ្នក ដូច្នេះមានតែតំណដែលបានបញ្ជូនបន្តប៉ុណ្ណោះ មិនអាចចុះហត្ថលេខាជំនួសអ្នកបានទេ។ ឧទាហរណ៍ 04-27-1980
cure-method-legend = តើអ្នកនឹងចុះហត្ថលេខាដោយរបៀបណា?
cure-method-drawn = គូរហត្ថលេខារបស់ខ្ញុំនៅលើអេក្រង់
cure-method-photo = ផ្ញើរូបថតនៃសេចក្តីថ្លែងការណ៍ក្រដាសដែលខ្ញុំបានចុះហត្ថលេខា
cure-method-typed = វាយឈ្មោះរបស់ខ្ញុំជំនួសវិញ
cure-method-typed-hint = សម្រាប់អ្នកដែលមិនអាចគូរ ឬថតរូបបាន៖ ឈ្មោះដែលអ្នកវាយបញ្ចូល គឺជាការចុះហត្ថលេខាលើសេចក្តីថ្លែងការណ៍។
cure-draw-label = ផ្ទាំងចុះហត្ថលេខា៖ គូរហត្ថលេខារបស់អ្នកដោយប្រើម្រាមដៃ ប៊ិច ឬកណ្ដុរ
cure-draw-hint = ប្រសិនបើអ្នកមិនអាចគូរបានទេ សូមជ្រើសរើស «វាយឈ្មោះរបស់ខ្ញុំជំនួសវិញ»។
cure-draw-clear = ចាប់ផ្តើមចុះហត្ថលេខាម្តងទៀត
cure-draw-empty = សូមគូរហត្ថលេខារបស់អ្នកនៅក្នុងប្រអប់
cure-photo-label = រូបថតនៃសេចក្តីថ្លែងការណ៍ដែលអ្នកបានចុះហត្ថលេខា
cure-photo-hint = រូបថត (JPEG, PNG ឬ HEIC) ឬឯកសារស្កេន (PDF) ទំហំមិនលើសពី 10 MB។ ទីកន្លែងដែលបានថតរូប និងព័ត៌មានលម្អិតផ្សេងទៀតដែលរក្សាទុកក្នុងឯកសារ នឹងត្រូវបានលុបចេញ។
cure-typed-label = ឈ្មោះពេញរបស់អ្នក ដូចដែលអ្នកសរសេរពេលចុះហត្ថលេខា
cure-submit = ផ្ញើហត្ថលេខារបស់ខ្ញុំ
cure-sending = កំពុងផ្ញើហត្ថលេខារបស់អ្នក…
cure-sent-title = បានផ្ញើហត្ថលេខាហើយ
cure-sent = { $office } បានទទួលហត្ថលេខារបស់អ្នកហើយ។ យើងនឹងជូនដំណឹងអ្នក នៅពេលពួកគេបានពិនិត្យវារួច។
cure-noscript = ការចុះហត្ថលេខានៅលើទំព័រនេះ ត្រូវការ JavaScript។ អ្នកនៅតែអាចផ្ញើទម្រង់បែបបទក្រដាសត្រឡប់ទៅ { $office } វិញបាន។
cure-status-link = ចុះហត្ថលេខាលើសេចក្តីថ្លែងការណ៍ពីទូរស័ព្ទ ឬកុំព្យូទ័រនេះ
