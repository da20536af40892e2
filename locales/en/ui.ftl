# The web pages (frontend/src). Keep "Where's My Ballot?" as the program's name unless the
# Secretary of State publishes it in your language. Keep "MM-DD-YYYY" as it is: the date of
# birth is always typed that way (the hint says it in words, for screen readers). { $destination } is an email address or phone number,
# { $office } a county elections office's name, { $page } a page title, { $title } a status.

site-name = Where's My Ballot?
site-tagline = Vote-by-mail ballot tracking for California voters
skip-link = Skip to main content
nav-label = Main
nav-sign-up = Sign up
nav-check = Check my ballot
nav-verify = Check a message
footer-questions = Questions about your registration or ballot? Contact your county elections office, or the California Secretary of State at
language-picker-label = Language
# The button beside the language list: a language is applied when chosen, not on each arrow key.
language-picker-apply = Change language
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
field-date-of-birth-hint = Two-digit month, two-digit day, four-digit year, for example 01-23-1980
field-zip = ZIP code
field-zip-hint = The ZIP code of your California residential address. Overseas voters: use the ZIP code of the California address you registered from.
field-zip-hint-lookup = The ZIP code of your California residential address, even if you live abroad.
field-voter-id = Voter ID
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

# After signing up. Nothing about the ballot goes to an address or number until whoever has it
# confirms it: a link by email, YES by text, 1 on a call.
signed-up-title = Check your email and phone
signed-up-new = You're signed up. Before we send anything about your ballot, confirm each way we can reach you.
signed-up-already-title = You were already signed up
signed-up-already = Nothing has changed. This voter already has notifications, so we do not show them here.
signed-up-already-on-file = We sent a link to change or stop notifications to the email address and phone on file.
signed-up-check = What to do now
signed-up-confirm-email = We sent a link to { $destination }. Open it within 48 hours to confirm. If you do not see it, check your spam or promotions folder.
signed-up-confirm-sms = We sent a text message to { $destination }. Reply YES to confirm.
signed-up-confirm-voice = We will call { $destination } between 8 AM and 9 PM. Press 1 on the call to confirm.
signed-up-confirm-not-sent = { $destination } already got as many confirmations as we send in a day. The one it got still works.
signed-up-on-file = Already confirmed: { $destination }.
notifications-come-from = Notifications come from { $office }.
signed-up-see-status = See your ballot status
signed-up-same-link = (keep this link: it only shows your ballot's status, so it is safe to share)
signed-up-change = Change your choices

# Errors
error-summary-title = There is a problem
network-error = We could not reach the server. Check your connection and try again.

# Check without signing up
lookup-title = Check your ballot status
lookup-lead = See where your vote-by-mail ballot is, without signing up for notifications.
lookup-submit = Check status
lookup-result = Your ballot status
lookup-sign-up = Sign up to be notified when it changes

# Status page
status-title = Your ballot status
status-loading = Loading your ballot status…
status-not-found-title = Status page not found
status-not-found = We could not find this status page. Check that the whole link from your message was opened.
status-check-instead = Check your ballot status with your details
status-updates-from = Updates come from { $office }.
# Said after status-updates-from while the page updates itself (the app is running).
status-updates-live = This page updates by itself.
# Said instead when the page cannot update itself (JavaScript is off): a link to the page.
status-updates-reload = Reload this page to see the latest.
status-manage = Change or stop notifications
status-updated = Your ballot status was updated: { $title }

# The timeline
timeline-not-mailed = Your county has not mailed your ballot yet. You will see each step here as { $office } reports it.
timeline-your-ballot = Your ballot
timeline-act = You need to act
# The signature statement the voter sent from the tracker, and what came of it.
timeline-cure = Your signature statement
timeline-completed = Completed
timeline-not-yet = Not yet
timeline-what-happened = What happened

# Change or stop notifications
manage-title = Change or stop notifications
manage-loading = Loading your choices…
manage-not-found-title = Notifications not found
manage-not-found = We could not find these notifications. Check that the whole link from your message was opened.
manage-email-now = Now: { $destination }. Leave empty to keep it, or enter a new address.
manage-phone-now = Now: { $destination }. Leave empty to keep it, or enter a new number.
manage-language = Language of your notifications
manage-stopped-title = Notifications are stopped
manage-stopped = You will get no more notifications. Turn a channel on below to start again.
manage-saved-title = Your choices are saved
manage-confirm-new = We sent a confirmation to each new address or number. Notifications go there once it is confirmed.
manage-awaiting = Waiting for confirmation: { $destination }.
manage-read-only-title = This link cannot change notifications
manage-read-only = This link shows your ballot's status, but cannot change your notifications.
manage-expired-title = This link has expired
manage-expired = This link to change your notifications has expired.
manage-send-link = Send a new link to my email and phone on file
manage-link-sent = We sent a new link to the email address and phone on file.
manage-link-not-sent = We already sent several links today. Check your email and text messages, or try again tomorrow.
manage-save = Save changes
manage-stop-title = Stop all notifications
manage-stop-lead = You will get no more emails, texts or calls about your ballot.
manage-stop = Stop all notifications
# Asked before anything is erased.
manage-stop-confirm-title = Stop all notifications?
manage-stop-confirm = Every email, text message and call about your ballot will stop, and your email address and phone numbers will be removed. To get notifications again, you will need to enter them again.
manage-stop-yes = Yes, stop all notifications
manage-stop-cancel = No, keep my notifications
manage-see-status = See your ballot status
# How a screen reader reads a hidden phone number such as (•••) •••-0123; { $last } is its last four digits.
masked-number = number ending in { $last }

# Page not found
not-found-title = Page not found
not-found-lead = If you typed the address, check it is correct.
not-found-sign-up = Sign up for ballot notifications

# Confirming an address or number, from the link in a confirmation
confirm-title = Confirm ballot notifications
confirm-lead = Confirm that notifications about this ballot may come to you here. If you did not ask for them, close this page: nothing more will be sent.
confirm-button = Confirm
confirm-done-title = Confirmed
confirm-done = Notifications about this ballot will come to { $destination }, from { $office }.
confirm-see-status = See the ballot's status
confirm-expired = This confirmation link has expired or was already used. To try again, sign up again.

# Undoing a change, from the link in a change notice
undo-title = Undo a change to your notifications
undo-lead = Someone confirmed a new email address or phone number for these ballot notifications. If it was not you, undo it.
undo-button = Undo the change
undo-done-title = The change is undone
undo-done-restored = Notifications go to { $destination } again, and no longer to { $removed }.
undo-done-removed = Notifications no longer go to { $removed }.
undo-expired = This link has expired or was already used.
undo-changed-since = This was changed again since, so it cannot be undone with this link. Use the link in your newest message.

# Is this message from us? Every message ends with a reference such as 7KQM-4MXZ.
verify-title = Is this message from us?
verify-lead = Every email, text message and call from { site-name } ends with a reference, like 7KQM-4MXZ. Enter it to check that we sent it.
field-reference = Reference
field-reference-hint = At the end of the message. For example, 7KQM-4MXZ
verify-submit = Check
verify-yes-title = We sent this message
# $channel is email, sms or voice; $date is already written in the page's language.
verify-yes = { $sender } sent it { $channel ->
    [email] by email
    [sms] by text message
   *[voice] by phone call
} to { $destination } on { $date }.
verify-yes-only = That is all this page can tell. A real message never asks for money, passwords or your Social Security number.
verify-no-title = We did not send a message with this reference
verify-no = Do not open its links or reply to it. If it asks you to do something about your ballot, contact your county elections office.
verify-senders = Where our messages come from
verify-senders-email = Email from { $address }
verify-senders-phone = Texts and calls from { $number }

# Signing a ballot's statement from the tracker, /cure/{token} (issue 16): a ballot whose
# envelope signature is missing or did not match. "Statement" is the county's signed form:
# the "unsigned ballot statement" or the "signature verification statement".
cure-title = Sign your ballot statement
cure-lead = { $office } needs your signature before your ballot can be counted. You can sign here instead of returning the paper form.
cure-deadline = Send it by { $deadline }.
cure-not-open = This ballot does not need a signature from this page now.
cure-see-status = See your ballot's status
cure-statement-heading = The statement you sign
# The wording of the statement the county receives; keep its legal meaning exactly.
cure-statement = I declare under penalty of perjury under the laws of the State of California that I am the registered voter named below, that I requested and returned the vote by mail ballot for this election, and that the signature below, sent from the ballot tracker in place of the one missing from or not matching my ballot envelope, is my own.
cure-dob-hint = We check it against your voter registration, so a forwarded link alone cannot sign for you. For example, 04-27-1980
cure-method-legend = How will you sign?
cure-method-drawn = Draw my signature on the screen
cure-method-photo = Send a photo of the paper statement I signed
cure-method-typed = Type my name instead
cure-method-typed-hint = For anyone who cannot draw or take a photo: your typed name signs the statement.
cure-draw-label = Signature pad: draw your signature with your finger, a pen or the mouse
cure-draw-hint = If you cannot draw, choose "Type my name instead".
cure-draw-clear = Start the signature again
cure-draw-empty = Draw your signature in the box
cure-photo-label = Photo of your signed statement
cure-photo-hint = A photo (JPEG, PNG or HEIC) or a scan (PDF), at most 10 MB. The place it was taken and other details stored in the file are removed.
cure-typed-label = Your full name, as you sign it
cure-submit = Send my signature
cure-sending = Sending your signature…
cure-sent-title = Signature sent
cure-sent = { $office } has your signature. We will tell you when they have reviewed it.
cure-noscript = Signing on this page needs JavaScript. You can still return the paper form to { $office }.
cure-status-link = Sign the statement from this phone or computer
