# The web pages (frontend/src). Keep "Where's My Ballot?" as the program's name unless the
# Secretary of State publishes it in your language. Keep "MM-DD-YYYY" as it is: the date of
# birth is always typed that way. { $destination } is an email address or phone number,
# { $office } a county elections office's name, { $page } a page title, { $title } a status.

site-name = Where's My Ballot?
site-tagline = Vote-by-mail ballot tracking for California voters
skip-link = Skip to main content
nav-label = Main
nav-sign-up = Sign up
nav-check = Check my ballot
footer-questions = Questions about your registration or ballot? Contact your county elections office, or the California Secretary of State at
language-picker-label = Language
# The page's <title>: "Error: " goes in front while a form shows errors.
page-title = { $page } - { site-name }
page-title-error = Error: { $page } - { site-name }
error-prefix = Error:

# Sign-up
signup-title = Sign up for ballot notifications
signup-lead = Get an email, text message or phone call when your vote-by-mail ballot is mailed, received and counted, or if there is a problem you need to fix.
signup-your-details = Your details
signup-details-hint = Enter them as they are on your voter registration.
field-first-name = First name
field-last-name = Last name
field-date-of-birth = Date of birth
field-date-of-birth-hint = MM-DD-YYYY. For example, 01-23-1980
field-zip = ZIP code
field-zip-hint = The ZIP code of your California residential address. Overseas voters: use the ZIP code of the California address you registered from.
field-zip-hint-lookup = The ZIP code of your California residential address, even if you live abroad.
field-voter-id = Voter ID (optional)
field-voter-id-hint = Printed on your voter registration card and on your sample ballot.
channels-legend = How should we notify you?
channels-hint = Turn on one or more.
switch-email = Email
switch-sms = Text message (SMS)
switch-voice = Voice call
switch-on = On
switch-off = Off
field-email = Email address
field-sms-phone = Mobile phone number
field-sms-phone-hint = A US number, or + and the country code for a number abroad.
field-voice-phone = Phone number for calls
field-voice-phone-hint = A US number, or + and the country code for a number abroad. Calls are made between 8 AM and 9 PM.
signup-submit = Sign up
signup-submitting = Signing up…

# After signing up
signed-up-title = You're signed up
signed-up-new = You will be notified about your vote-by-mail ballot.
signed-up-updated = You were already signed up: we have updated your choices.
signed-up-what-we-sent = What we sent
signed-up-email-sent = We sent a confirmation email to { $destination }. If you do not see it, check your spam or promotions folder.
signed-up-email-later = We will email { $destination }.
signed-up-sms-sent = We sent a confirmation text message to { $destination }. Reply STOP to stop texts at any time.
signed-up-sms-later = We will text { $destination }.
signed-up-voice = We will call { $destination } when your ballot's status changes, between 8 AM and 9 PM. There is no confirmation call.
notifications-come-from = Notifications come from { $office }.
signed-up-see-status = See your ballot status
signed-up-same-link = (the same link is in your confirmation)
signed-up-change = Change your choices

# Errors
error-summary-title = There is a problem
network-error = We could not reach the server. Check your connection and try again.
server-error = Something went wrong (HTTP { $status }). Please try again.

# Check without signing up
lookup-title = Check your ballot status
lookup-lead = See where your vote-by-mail ballot is, without signing up for notifications.
lookup-submit = Check status
lookup-result = Your ballot status
lookup-sign-up = Sign up to be notified when it changes

# Status page
status-title = Your ballot status
status-loading = Loading your ballot status…
status-not-found = We could not find this status page. Check that the whole link from your message was opened.
status-check-instead = Check your ballot status with your details
status-updates-from = Updates come from { $office }. This page updates by itself.
status-manage = Change or stop notifications
status-updated = Your ballot status was updated: { $title }

# The timeline
timeline-not-mailed = Your county has not mailed your ballot yet. You will see each step here as { $office } reports it.
timeline-your-ballot = Your ballot
timeline-act = You need to act
timeline-completed = Completed
timeline-not-yet = Not yet
timeline-what-happened = What happened

# Change or stop notifications
manage-title = Change or stop notifications
manage-loading = Loading your choices…
manage-not-found = We could not find these notifications. Check that the whole link from your message was opened.
manage-email-now = Now: { $destination }. Leave empty to keep it, or enter a new address.
manage-phone-now = Now: { $destination }. Leave empty to keep it, or enter a new number.
manage-language = Language of your notifications
manage-stopped-title = Notifications are stopped
manage-stopped = You will get no more notifications. Turn a channel on below to start again.
manage-saved-title = Your choices are saved
manage-confirmed-email = We sent a confirmation by email.
manage-confirmed-sms = We sent a confirmation by text message.
manage-confirmed-both = We sent a confirmation by email and by text message.
manage-save = Save changes
manage-stop-title = Stop all notifications
manage-stop-lead = You will get no more emails, texts or calls about your ballot.
manage-stop = Stop all notifications
manage-see-status = See your ballot status

# Page not found
not-found-title = Page not found
not-found-lead = If you typed the address, check it is correct.
not-found-sign-up = Sign up for ballot notifications
