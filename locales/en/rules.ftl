# The rules' messages (shared/src): the form shows them as the voter types, and the API
# returns them in `fields`. Placeholders: { $days }, { $month } (1-12), { $year }, { $max }.
# Keep "MM-DD-YYYY", "HH:MM", and example values (01-23-1980, 95814, (916) 555-0123,
# name@example.com, 20:00) exactly as they are: they describe what to type.

name-first-empty = Enter your first name
name-last-empty = Enter your last name
name-first-too-long = Your first name must be { $max } characters or fewer
name-last-too-long = Your last name must be { $max } characters or fewer
name-first-no-letters = Enter your first name as it appears on your voter registration
name-last-no-letters = Enter your last name as it appears on your voter registration

dob-empty = Enter your date of birth
dob-format = Enter your date of birth as MM-DD-YYYY, for example 01-23-1980
dob-month = Month must be between 01 and 12
dob-day = Day must be between 01 and { $days } for { $month ->
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
}
dob-day-february = Day must be between 01 and { $days } for February { $year }
dob-before-earliest = Date of birth cannot be before 01-01-1900
dob-in-future = Date of birth cannot be in the future

zip-empty = Enter the ZIP code of your California residential address
zip-format = Enter a 5-digit California ZIP code, like 95814. { zip-overseas-help }
zip-not-california = This is not a California ZIP code (they start with 900 to 961). { zip-overseas-help }
zip-overseas-help = Living abroad? Use the ZIP code of your California residential address, the one you registered to vote with.

voter-id-needed = Enter your voter ID. It is printed on your voter registration card and on your sample ballot.
voter-id-invalid = Enter your voter ID as printed on your registration card or sample ballot (letters and numbers only)

email-empty = Enter your email address
email-too-long = Your email address must be { $max } characters or fewer
email-format = Enter an email address in the correct format, like name@example.com

phone-empty = Enter a phone number
phone-format = Enter a US phone number like (916) 555-0123, or an international number starting with + and the country code
phone-not-north-american = Check the area code and number: this is not a valid US phone number
phone-international-length = An international number needs + and 8 to 15 digits, starting with the country code
phone-premium = This is a premium-rate or satellite number, which we cannot text or call. Enter a mobile or home phone number.

channels-none-chosen = Turn on at least one way to be notified: email, text message or voice call
channels-email-empty = Enter the email address for notifications
channels-sms-empty = Enter the mobile phone number for text messages
channels-voice-empty = Enter the phone number for voice calls

quiet-hours-format = Enter times as HH:MM, for example 20:00
quiet-hours-outside-allowed = Texts and calls are never placed between 9 PM and 8 AM; quiet hours can only add to that
quiet-hours-no-contact-hours = Quiet hours must end in the morning before they start again in the evening

language-unsupported = Choose one of the languages offered

# Where messages will go, under each switch while it is on. { $destination } is the
# address or number as typed.
channel-will-receive-email = You will receive emails at { $destination }
channel-will-receive-sms = You will receive text messages at { $destination }
channel-will-receive-voice = You will receive voice calls at { $destination }

## A message's reference, as typed on the verify page
reference-invalid = Enter the reference as it is printed at the end of the message: eight letters and numbers, for example 7KQM-4MXZ.

## A signature cure sent from the status page (issue 16). $max is a number.
cure-election = Choose the ballot this statement is for
cure-method = Choose how you will sign: draw your signature, a photo of your signed statement, or type your name
cure-name-empty = Type your full name
cure-name-too-long = Your name must be { $max } characters or fewer
cure-name-no-letters = Type your name with letters, as you sign it
cure-image-format = Send your signature as a photo (JPEG, PNG or HEIC) or a scan (PDF)
cure-image-unreadable = This file could not be opened as a picture. Take the photo again, or choose another file
cure-pdf-no-scan = This PDF has no scanned page in it. Send a photo of your signed statement instead
cure-image-too-large = The image must be { $max } MB or smaller
cure-image-too-many-pixels = The image has too many pixels: at most { $max } million. Take the photo again at a lower resolution
