# The web pages (frontend/src). Keep "Where's My Ballot?" as the program's name unless the
# Secretary of State publishes it in your language. Keep "MM-DD-YYYY" as it is: the date of
# birth is always typed that way. { $destination } is an email address or phone number,
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
footer-questions = មានសំណួរអំពីការចុះឈ្មោះបោះឆ្នោត ឬសន្លឹកឆ្នោតរបស់អ្នកឬ? សូមទាក់ទងការិយាល័យបោះឆ្នោតខោនធីរបស់អ្នក ឬរដ្ឋលេខាធិការរដ្ឋកាលីហ្វ័រញ៉ា តាមលេខ
language-picker-label = ភាសា
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
field-date-of-birth-hint = MM-DD-YYYY (ខែ-ថ្ងៃ-ឆ្នាំ)។ ឧទាហរណ៍ 01-23-1980
field-zip = លេខកូដ ZIP
field-zip-hint = លេខកូដ ZIP នៃអាសយដ្ឋានលំនៅដ្ឋានរបស់អ្នកនៅរដ្ឋកាលីហ្វ័រញ៉ា។ អ្នកបោះឆ្នោតនៅក្រៅប្រទេស៖ សូមប្រើលេខកូដ ZIP នៃអាសយដ្ឋាននៅរដ្ឋកាលីហ្វ័រញ៉ា ដែលអ្នកបានប្រើពេលចុះឈ្មោះបោះឆ្នោត។
field-zip-hint-lookup = លេខកូដ ZIP នៃអាសយដ្ឋានលំនៅដ្ឋានរបស់អ្នកនៅរដ្ឋកាលីហ្វ័រញ៉ា ទោះបីជាអ្នករស់នៅក្រៅប្រទេសក៏ដោយ។
field-voter-id = លេខសម្គាល់អ្នកបោះឆ្នោត (ស្រេចចិត្ត)
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

# After signing up
signed-up-title = អ្នកបានចុះឈ្មោះរួចរាល់ហើយ
signed-up-new = អ្នកនឹងទទួលបានការជូនដំណឹងអំពីសន្លឹកឆ្នោតបោះតាមប្រៃសណីយ៍របស់អ្នក។
signed-up-updated = អ្នកបានចុះឈ្មោះរួចហើយពីមុន៖ យើងបានធ្វើបច្ចុប្បន្នភាពជម្រើសរបស់អ្នក។
signed-up-what-we-sent = អ្វីដែលយើងបានផ្ញើ
signed-up-email-sent = យើងបានផ្ញើអ៊ីមែលបញ្ជាក់ទៅ { $destination } ។ ប្រសិនបើអ្នកមិនឃើញវាទេ សូមពិនិត្យថតសារឥតបានការ (spam) ឬថតផ្សព្វផ្សាយ (promotions)។
signed-up-email-later = យើងនឹងផ្ញើអ៊ីមែលទៅ { $destination } ។
signed-up-sms-sent = យើងបានផ្ញើសារជាអក្សរបញ្ជាក់ទៅ { $destination } ។ ឆ្លើយតបដោយពាក្យ STOP (ជាអក្សរអង់គ្លេស) នៅពេលណាក៏បាន ដើម្បីឈប់ទទួលសារ។
signed-up-sms-later = យើងនឹងផ្ញើសារជាអក្សរទៅ { $destination } ។
signed-up-voice = យើងនឹងហៅទូរស័ព្ទទៅ { $destination } នៅពេលស្ថានភាពសន្លឹកឆ្នោតរបស់អ្នកផ្លាស់ប្តូរ នៅចន្លោះម៉ោង 8 ព្រឹក ដល់ម៉ោង 9 យប់។ មិនមានការហៅទូរស័ព្ទដើម្បីបញ្ជាក់ទេ។
notifications-come-from = ការជូនដំណឹងនឹងមកពី { $office } ។
signed-up-see-status = មើលស្ថានភាពសន្លឹកឆ្នោតរបស់អ្នក
signed-up-same-link = (តំណដដែលនេះក៏មាននៅក្នុងសារបញ្ជាក់របស់អ្នកដែរ)
signed-up-change = ផ្លាស់ប្តូរជម្រើសរបស់អ្នក

# Errors
error-summary-title = មានបញ្ហា
network-error = យើងមិនអាចភ្ជាប់ទៅម៉ាស៊ីនមេបានទេ។ សូមពិនិត្យការតភ្ជាប់របស់អ្នក ហើយព្យាយាមម្តងទៀត។
server-error = មានបញ្ហាកើតឡើង (HTTP { $status })។ សូមព្យាយាមម្តងទៀត។

# Check without signing up
lookup-title = ពិនិត្យស្ថានភាពសន្លឹកឆ្នោតរបស់អ្នក
lookup-lead = មើលថាសន្លឹកឆ្នោតបោះតាមប្រៃសណីយ៍របស់អ្នកនៅដំណាក់កាលណា ដោយមិនចាំបាច់ចុះឈ្មោះទទួលការជូនដំណឹង។
lookup-submit = ពិនិត្យស្ថានភាព
lookup-result = ស្ថានភាពសន្លឹកឆ្នោតរបស់អ្នក
lookup-sign-up = ចុះឈ្មោះដើម្បីទទួលដំណឹង នៅពេលស្ថានភាពនេះផ្លាស់ប្តូរ

# Status page
status-title = ស្ថានភាពសន្លឹកឆ្នោតរបស់អ្នក
status-loading = កំពុងផ្ទុកស្ថានភាពសន្លឹកឆ្នោតរបស់អ្នក…
status-not-found = យើងរកមិនឃើញទំព័រស្ថានភាពនេះទេ។ សូមពិនិត្យថាអ្នកបានបើកតំណទាំងមូលពីសាររបស់អ្នក។
status-check-instead = ពិនិត្យស្ថានភាពសន្លឹកឆ្នោតរបស់អ្នក ដោយប្រើព័ត៌មានលម្អិតរបស់អ្នក
status-updates-from = ព័ត៌មានថ្មីៗមកពី { $office } ។ ទំព័រនេះធ្វើបច្ចុប្បន្នភាពដោយស្វ័យប្រវត្តិ។
status-manage = ផ្លាស់ប្តូរ ឬបញ្ឈប់ការជូនដំណឹង
status-updated = ស្ថានភាពសន្លឹកឆ្នោតរបស់អ្នកត្រូវបានធ្វើបច្ចុប្បន្នភាព៖ { $title }

# The timeline
timeline-not-mailed = ខោនធីរបស់អ្នកមិនទាន់បានផ្ញើសន្លឹកឆ្នោតរបស់អ្នកនៅឡើយទេ។ អ្នកនឹងឃើញជំហាននីមួយៗនៅទីនេះ នៅពេល { $office } រាយការណ៍។
timeline-your-ballot = សន្លឹកឆ្នោតរបស់អ្នក
timeline-act = អ្នកត្រូវចាត់វិធានការ
timeline-completed = បានបញ្ចប់
timeline-not-yet = មិនទាន់
timeline-what-happened = អ្វីដែលបានកើតឡើង

# Change or stop notifications
manage-title = ផ្លាស់ប្តូរ ឬបញ្ឈប់ការជូនដំណឹង
manage-loading = កំពុងផ្ទុកជម្រើសរបស់អ្នក…
manage-not-found = យើងរកមិនឃើញការជូនដំណឹងទាំងនេះទេ។ សូមពិនិត្យថាអ្នកបានបើកតំណទាំងមូលពីសាររបស់អ្នក។
manage-email-now = បច្ចុប្បន្ន៖ { $destination } ។ ទុកឱ្យនៅទទេ ដើម្បីរក្សាអាសយដ្ឋាននេះ ឬបញ្ចូលអាសយដ្ឋានថ្មី។
manage-phone-now = បច្ចុប្បន្ន៖ { $destination } ។ ទុកឱ្យនៅទទេ ដើម្បីរក្សាលេខនេះ ឬបញ្ចូលលេខថ្មី។
manage-language = ភាសានៃការជូនដំណឹងរបស់អ្នក
manage-stopped-title = ការជូនដំណឹងត្រូវបានបញ្ឈប់
manage-stopped = អ្នកនឹងលែងទទួលការជូនដំណឹងទៀតហើយ។ សូមបើកមធ្យោបាយណាមួយខាងក្រោម ដើម្បីចាប់ផ្តើមទទួលម្តងទៀត។
manage-saved-title = ជម្រើសរបស់អ្នកត្រូវបានរក្សាទុក
manage-confirmed-email = យើងបានផ្ញើការបញ្ជាក់តាមអ៊ីមែល។
manage-confirmed-sms = យើងបានផ្ញើការបញ្ជាក់តាមសារជាអក្សរ។
manage-confirmed-both = យើងបានផ្ញើការបញ្ជាក់តាមអ៊ីមែល និងតាមសារជាអក្សរ។
manage-save = រក្សាទុកការផ្លាស់ប្តូរ
manage-stop-title = បញ្ឈប់ការជូនដំណឹងទាំងអស់
manage-stop-lead = អ្នកនឹងលែងទទួលអ៊ីមែល សារជាអក្សរ ឬការហៅទូរស័ព្ទអំពីសន្លឹកឆ្នោតរបស់អ្នកទៀតហើយ។
manage-stop = បញ្ឈប់ការជូនដំណឹងទាំងអស់
manage-see-status = មើលស្ថានភាពសន្លឹកឆ្នោតរបស់អ្នក

# Page not found
not-found-title = រកមិនឃើញទំព័រ
not-found-lead = ប្រសិនបើអ្នកបានវាយអាសយដ្ឋានដោយខ្លួនឯង សូមពិនិត្យថាវាត្រឹមត្រូវ។
not-found-sign-up = ចុះឈ្មោះដើម្បីទទួលការជូនដំណឹងអំពីសន្លឹកឆ្នោត
