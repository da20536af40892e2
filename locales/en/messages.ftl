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

program-name = Where's My Ballot?

# A date, as messages write it: "November 3, 2026". $month is 1-12, $day and $year numbers.
date-long = { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
} { $day }, { $year }

## Answers to the pages
invalid-input = Some of the information needs correcting.
no-matching-voter = The information you entered does not match any voters in our system.
no-matching-voter-help-spelling = Check that your first name, last name, date of birth and ZIP code are spelled as on your voter registration.
no-matching-voter-help-zip = Use the ZIP code of your California residential address, even if you live abroad or get mail elsewhere.
no-matching-voter-help-recent = If you registered or updated your registration recently, try again in a few days.
ambiguous-voter = More than one voter matches this information. Enter your voter ID to tell us which one is you.
ambiguous-voter-help-where = Your voter ID is printed on your voter registration card and on your sample ballot.
ambiguous-voter-help-county = If you do not have it, contact your county elections office.
rate-limited = Too many tries. Please wait a few minutes and try again.
timed-out = The service took too long to answer. Please try again in a moment.
unavailable = The service is busy. Please try again in a moment.
internal = Something went wrong on our side. Please try again.
subscription-not-found = We could not find these notifications. Check that the whole link from your message was opened.
link-expired = This link has expired or was already used.
read-only-link = This link shows your ballot's status but cannot change your notifications.
changed-since = This was changed again since, so it cannot be undone with this link. Use the link in your newest message to manage your notifications.
# A field error under a channel: $channel is email, sms or voice.
too-many-confirmations = We have sent as many confirmations to this { $channel ->
    [email] address
   *[other] number
} as we can today. Try again tomorrow, or choose another way to be notified.
phone-country-refused = We cannot send texts or calls to numbers in that country. Choose email, or a number in another country.
channel-unavailable = { $channel ->
    [email] Email
    [sms] Text messages
   *[voice] Calls
} are not available from this service yet. Choose another way to be notified.

## Ballot statuses, as the timeline and email subjects title them
status-mailed = Mailed
status-in-transit-to-voter = On its way to you
status-delivered = Delivered to you
status-undeliverable = Returned undeliverable
status-in-transit-to-county = On its way to the county
status-received = Received
status-in-review = In review
status-counted = Counted
status-signature-missing = Signature missing
status-signature-mismatch = Signature could not be verified
status-cured = Signature problem fixed
status-not-counted = Not counted
status-reissued = Replacement ballot issued
status-voted-in-person = Voted in person

## What happened, said plainly: never more than the county's data says
sentence-mailed = Your vote-by-mail ballot was handed to the postal service on { $date }.
sentence-in-transit-to-voter = Your ballot is on its way to you through the postal service.
sentence-in-transit-to-voter-expected = The postal service expects to deliver your ballot around { $expected_delivery }.
sentence-delivered = The postal service delivered your ballot on { $date }.
# Evidence under a status the Postal Service's scans gave: where ("Sacramento, CA") and on which day.
postal-scan = Postal service scan in { $place } on { $date }.
postal-latest = Last postal service scan: { $place }, { $date }.
sentence-undeliverable = Your ballot was returned to { $office } as undeliverable. Contact them to get a ballot you can vote.
sentence-in-transit-to-county = The postal service scanned your returned ballot on its way to { $office } on { $date }.
sentence-received = { $office } received your ballot on { $date }.
sentence-in-review = Your ballot is being reviewed, for example to check your signature. You do not need to do anything now.
sentence-counted = Your ballot was accepted and counted.
sentence-signature-missing = Your ballot envelope is not signed.
sentence-signature-mismatch = The signature on your ballot envelope could not be verified.
sentence-cured = Your signature problem is fixed.
sentence-not-counted = Your ballot was not counted. Contact { $office } to learn why.
sentence-not-counted-reason = Your ballot was not counted. The reason { $office } gave: { $reason }.
sentence-reissued = A replacement ballot was issued to you, and the earlier ballot is cancelled. Vote and return only the new one.
sentence-voted-in-person = You voted in person. Your mail ballot is no longer needed.

# What to do about a signature problem: the form for a missing signature is the "unsigned
# ballot statement", for a signature that does not match the "signature verification statement".
cure-unsigned-deadline-url = To have your ballot counted, return the unsigned ballot statement by { $deadline }. Get the form at { $cure_url }
cure-unsigned-deadline = To have your ballot counted, return the unsigned ballot statement to { $office } by { $deadline }.
cure-unsigned-url = To have your ballot counted, return the unsigned ballot statement as soon as you can. Get the form at { $cure_url }
cure-unsigned = To have your ballot counted, contact { $office } as soon as you can to return the unsigned ballot statement.
cure-mismatch-deadline-url = To have your ballot counted, return the signature verification statement by { $deadline }. Get the form at { $cure_url }
cure-mismatch-deadline = To have your ballot counted, return the signature verification statement to { $office } by { $deadline }.
cure-mismatch-url = To have your ballot counted, return the signature verification statement as soon as you can. Get the form at { $cure_url }
cure-mismatch = To have your ballot counted, contact { $office } as soon as you can to return the signature verification statement.

## Parts every message shares
greeting = Hello { $first_name },
see-status = See your ballot's status at any time: { $status_url }
change-or-stop = Change or stop these notifications: { $manage_url }
questions-contact = Questions? Contact { $office } at { $contact }.
questions-hotline = Questions? Contact { $office }, or call the California Secretary of State at { $hotline }.
phone-help-contact = For help, contact { $office } at { $contact }.
phone-help-hotline = For help, call the California Secretary of State at { $hotline }.

## Confirming a new destination. It goes to an address or number nobody has confirmed yet, so
## it says whose ballot it is about and nothing of the ballot. 48 hours is how long it works.
confirm-request-email-subject = Confirm this address for ballot notifications from { $office }
confirm-request-email-asked = Someone asked { $office } to send { program-name } notifications about { $first_name }'s vote-by-mail ballot to { $destination }.
confirm-request-email-link = If that was you, confirm within 48 hours: { $confirm_url }
confirm-request-email-ignore = If it was not you, ignore this email. Nothing more will come to this address.
confirm-request-sms = { $office }: Reply YES to get { program-name } alerts about { $first_name }'s ballot at this number (or confirm at { $confirm_url }). Msg frequency varies. Msg & data rates may apply. Reply HELP for help, STOP to cancel.
confirm-request-voice = Hello. This is { $office }. Someone asked for calls at this number about { $first_name }'s vote-by-mail ballot. To confirm, press 1 now. If it was not you, hang up, and we will not call about this again.
# Said on the confirmation call, after the voter pressed a key or did not.
confirm-voice-done = Thank you. This number will get calls about { $first_name }'s ballot from { $office }. Goodbye.
confirm-voice-no-key = Nothing was confirmed, so this number will not get calls about this ballot. Goodbye.
confirm-voice-expired = This confirmation has expired or was already used. Goodbye.
# The answer to YES by text, once the number is confirmed (CTIA: the program, frequency, rates, HELP and STOP).
confirm-sms = { $office }: You're signed up for { program-name } ballot alerts. Msg frequency varies. Msg & data rates may apply. Reply HELP for help, STOP to cancel. Status: { $status_url }

## To every destination on file when a new one is confirmed, with a link that undoes it.
## $channel is email, sms or voice; $destination is masked (j•••@example.com).
changed-email-subject = Where { $first_name }'s ballot notifications go has changed
changed-replaced = { $office } will now send { $first_name }'s { $channel ->
    [email] email notifications
    [sms] text messages
   *[voice] calls
} to { $destination } instead. Whoever has it confirmed it.
changed-added = { $office } will now also send { $first_name }'s { $channel ->
    [email] email notifications
    [sms] text messages
   *[voice] calls
} to { $destination }. Whoever has it confirmed it.
changed-undo = If you did not ask for this, undo it within 30 days: { $undo_url }
changed-sms = { $office }: { $first_name }'s ballot alerts now also go to { $destination }. Not you? Undo within 30 days: { $undo_url }
changed-voice = Hello. This is { $office }. Notifications about { $first_name }'s vote-by-mail ballot now also go to { $destination }. If you did not ask for this, contact { $office }. { $help } Goodbye.

## To a destination taken off a subscription: its channel turned off with a manage link, or a
## change undone. $channel is email, sms or voice; $destination is masked; $signup_url is the
## sign-up page, where whoever had it on can sign up again.
removed-email-subject = { $first_name }'s ballot notifications no longer come here
removed-body = { $office } will no longer send { $first_name }'s { $channel ->
    [email] email notifications
    [sms] text messages
   *[voice] calls
} to { $destination }.
removed-if-not-you = If you did not ask for this, sign up again at { $signup_url } and confirm this { $channel ->
    [email] address
   *[other] number
} to get them here again.
removed-sms = { $office }: { $first_name }'s ballot alerts no longer come to this number. Not you? Sign up again: { $signup_url }
removed-voice = Hello. This is { $office }. Calls about { $first_name }'s vote-by-mail ballot will no longer come to this number. If you did not ask for this, sign up again on the { program-name } website. { $help } Goodbye.

## To the destinations on file when someone signs up again with the voter's details.
## $days is how long the manage link works.
signup-again-email-subject = Someone signed up again for { $first_name }'s ballot notifications
signup-again-email-body = Someone entered { $first_name }'s name, date of birth and ZIP code on { program-name } to sign up for notifications from { $office }. Nothing has changed: your notifications still come here.
signup-again-new-destination = They asked for notifications at { $destination } too. Nothing goes there unless whoever has it confirms it, and if they do, we will tell you here with a way to undo it.
signup-again-manage = If it was you and you want to change or stop your notifications, use this link within { $days ->
    [1] { $days } day
   *[other] { $days } days
}: { $manage_url }
signup-again-sms = { $office }: Someone signed up again for { $first_name }'s ballot alerts. Nothing changed. To change or stop alerts (link works { $days ->
    [1] { $days } day
   *[other] { $days } days
}): { $manage_url }

## A fresh link to the manage page, asked for from the site.
manage-link-email-subject = Your link to change or stop ballot notifications from { $office }
manage-link-email-body = Here is the link you asked for, to change or stop your { program-name } notifications about { $first_name }'s ballot. It works for { $days ->
    [1] { $days } day
   *[other] { $days } days
}: { $manage_url }
manage-link-email-ignore = If you did not ask for it, ignore this email: nothing has changed.
manage-link-sms = { $office }: Your link to change or stop ballot alerts (works { $days ->
    [1] { $days } day
   *[other] { $days } days
}): { $manage_url } Reply STOP to stop.

## Every message ends with its reference, which anyone can check at the verify page.
reference-email = Reference { $reference }. To check that a message really came from us, enter its reference at { $verify_url }
reference-sms = Ref { $reference }
reference-voice = This message's reference is { $reference }.

## A status notification
update-email-subject = Your ballot: { $status } - { $office }
update-sms = { $office }: { $sentence } Status: { $status_url } Reply STOP to stop.
# The same, when the sentence (a county's own wording) already names the office.
update-sms-named = { $sentence } Status: { $status_url } Reply STOP to stop.
# A signature problem, where the voter can sign from the tracker: the link opens the page to
# sign on ($cure_page_url), in place of the status link.
update-sms-cure = { $office }: { $sentence } Sign here: { $cure_page_url } Reply STOP to stop.
update-sms-cure-named = { $sentence } Sign here: { $cure_page_url } Reply STOP to stop.
# In an email about a signature problem, after what to do.
cure-online = You can sign the statement from your phone or computer instead: { $cure_page_url }
update-voice = Hello. This is { $office }, with an update about your vote-by-mail ballot. { $sentence } { $help } Goodbye.
# Said in English on a call to a voter whose language the phone provider cannot speak (Khmer).
voice-language-unavailable = Hello. This is { $office }, with news about your vote-by-mail ballot. We cannot yet make calls in your language, so please read the text message or email we sent you, or see your ballot's status online. { $help } Goodbye.

## The return-deadline reminder, to voters whose ballot was mailed but not yet received
reminder-sentence = { $office } has not yet received your vote-by-mail ballot. Return it by { $deadline } so that it can be counted: mail it, postmarked by Election Day, or drop it off as your county's voter guide describes.
reminder-email-subject = Reminder: return your ballot by { $deadline } - { $office }
reminder-email-already = If you already returned it, you do not need to do anything. See your ballot's status: { $status_url }
reminder-sms = { $office }: { $sentence } Status: { $status_url } Reply STOP to stop.
# A signature cure's reminder, where the voter can sign from the tracker.
reminder-sms-cure = { $office }: { $sentence } Sign here: { $cure_page_url } Reply STOP to stop.
reminder-voice = Hello. This is { $office }, with a reminder about your vote-by-mail ballot. { $sentence } { $help } Goodbye.

## A county's own message to many voters (a broadcast), and a correction of one. $text is the
## county's own words, in the voter's language when the county wrote them in it.
notice-email-subject = A message from { $office } about your ballot
correction-email-subject = A correction from { $office }
correction-intro = This corrects an earlier message from { $office }.
notice-sms = { $office }: { $text } Reply STOP to stop.
correction-sms = { $office }, correction: { $text } Reply STOP to stop.
notice-voice = Hello. This is { $office }, with a message about your vote-by-mail ballot. { $text } { $help } Goodbye.
correction-voice = Hello. This is { $office }, with a correction to an earlier message about your vote-by-mail ballot. { $text } { $help } Goodbye.

## Answers to texts (STOP, START, HELP and anything else)
sms-stopped = { program-name }: You are unsubscribed and will get no more ballot alert texts. Reply START to resubscribe.
sms-resumed = { program-name }: You are resubscribed to ballot alerts. Msg frequency varies. Msg & data rates may apply. Reply HELP for help, STOP to cancel.
sms-not-signed-up = { program-name }: This number is not signed up for ballot alerts. Sign up at { $signup_url }
# The same answer to every number, so that HELP tells nobody whether a number is signed up.
sms-help = { program-name } ballot alerts from California county elections offices. For help, call { $hotline } or visit { $site_url }. Reply STOP to cancel. Msg & data rates may apply.
sms-other = { program-name }: This number only sends ballot alerts and cannot read replies. Reply HELP for help, STOP to cancel.

# Answers to a signature cure sent from the status page (issue 16).
cure-dob-mismatch = This date of birth does not match our records for this ballot.
cure-not-needed = This ballot does not need a signature statement now.
cure-deadline-passed = The deadline to fix this ballot's signature has passed. Contact your county elections office.
cure-dob-attempts-exhausted = This ballot's signature can no longer be fixed here: too many dates of birth were entered that do not match our records. Contact your county elections office.
cure-already-sent = You already sent a signature statement for this ballot. The county is reviewing it.
# What the voter is told of a signature cure they sent (issue 16): a title (the email's
# subject says it as a status) and a sentence. $reason is the county's, in English.
cure-received-title = Signature statement received
cure-received-sentence = { $office } received the signature statement you sent on { $date }. You will be told when the county has reviewed it.
cure-accepted-title = Signature statement accepted
cure-accepted-sentence = { $office } accepted the signature statement you sent on { $date }.
cure-rejected-title = Signature statement not accepted
cure-rejected-sentence = { $office } did not accept the signature statement you sent on { $date }. Reason: { $reason }. Contact the office to find out what else you can do.
cure-rejected-brief-sentence = { $office } did not accept the signature statement you sent on { $date }. Contact the office to find out what else you can do.

## Reminders before a signature cure's deadline (issue 16): the signature problem's own
## sentence, led by the word the return reminder uses; the text and call use reminder-sms and
## reminder-voice.
cure-reminder-lead = Reminder: { $sentence }
cure-reminder-email-subject = Reminder: your ballot needs your signature by { $deadline } - { $office }
# A text's own, shorter sentence (without the county's form link: the status page has it).
cure-reminder-sms-unsigned = Reminder: your ballot envelope is not signed. To have your ballot counted, return the unsigned ballot statement by { $deadline }.
cure-reminder-sms-mismatch = Reminder: your ballot's signature could not be verified. To have your ballot counted, return the signature verification statement by { $deadline }.
