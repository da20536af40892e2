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
#
# Thai (th): program-name has no question mark because it starts SMS replies
# ("...อยู่ที่ไหน: ...") and sits inside sentences; Thai marks the question with ที่ไหน.
# Msg & data rates may apply = อาจมีค่าบริการข้อความและค่าบริการข้อมูล;
# Msg frequency varies = ความถี่ในการส่งข้อความแตกต่างกันไป.
# unsigned ballot statement = แบบคำแถลงกรณีบัตรลงคะแนนไม่ได้ลงลายมือชื่อ (Unsigned Ballot Statement);
# signature verification statement = แบบคำแถลงยืนยันลายมือชื่อ (Signature Verification Statement);
# the English form names stay in parentheses because counties may send the forms in English.
# Election Day = วันเลือกตั้ง; voter guide = คู่มือผู้มีสิทธิเลือกตั้ง.

program-name = บัตรลงคะแนนของฉันอยู่ที่ไหน

# A date, as messages write it: "November 3, 2026". $month is 1-12, $day and $year numbers.
# Thai writes a full date day, month, year: "3 พฤศจิกายน 2026" (Christian era, as the
# Secretary of State's Thai pages do).
date-long = { $day } { $month ->
    [1] มกราคม
    [2] กุมภาพันธ์
    [3] มีนาคม
    [4] เมษายน
    [5] พฤษภาคม
    [6] มิถุนายน
    [7] กรกฎาคม
    [8] สิงหาคม
    [9] กันยายน
    [10] ตุลาคม
    [11] พฤศจิกายน
   *[12] ธันวาคม
} { $year }

## Answers to the pages
invalid-input = ข้อมูลบางส่วนต้องได้รับการแก้ไข
no-matching-voter = ข้อมูลที่ท่านกรอกไม่ตรงกับผู้มีสิทธิเลือกตั้งรายใดในระบบของเรา
no-matching-voter-help-spelling = โปรดตรวจสอบว่าชื่อ นามสกุล วันเกิด และรหัสไปรษณีย์ของท่านสะกดตรงกับการขึ้นทะเบียนผู้มีสิทธิเลือกตั้งของท่าน
no-matching-voter-help-zip = โปรดใช้รหัสไปรษณีย์ของที่อยู่อาศัยของท่านในรัฐแคลิฟอร์เนีย แม้ท่านจะอาศัยอยู่ต่างประเทศหรือรับจดหมายที่อื่น
no-matching-voter-help-recent = หากท่านเพิ่งขึ้นทะเบียนหรือเพิ่งแก้ไขข้อมูลการขึ้นทะเบียน โปรดลองอีกครั้งในอีกไม่กี่วัน
ambiguous-voter = มีผู้มีสิทธิเลือกตั้งมากกว่าหนึ่งรายที่ตรงกับข้อมูลนี้ โปรดกรอกหมายเลขประจำตัวผู้มีสิทธิเลือกตั้งของท่าน เพื่อให้เราทราบว่ารายใดคือท่าน
ambiguous-voter-help-where = หมายเลขประจำตัวผู้มีสิทธิเลือกตั้งของท่านพิมพ์อยู่บนบัตรขึ้นทะเบียนผู้มีสิทธิเลือกตั้งและบนตัวอย่างบัตรลงคะแนนของท่าน
ambiguous-voter-help-county = หากท่านไม่มีหมายเลขนี้ โปรดติดต่อสำนักงานการเลือกตั้งประจำเคาน์ตีของท่าน
rate-limited = ท่านลองหลายครั้งเกินไป โปรดรอสักสองสามนาทีแล้วลองอีกครั้ง
timed-out = บริการใช้เวลาตอบกลับนานเกินไป โปรดลองอีกครั้งในอีกสักครู่
unavailable = ขณะนี้บริการมีผู้ใช้งานจำนวนมาก โปรดลองอีกครั้งในอีกสักครู่
internal = เกิดข้อผิดพลาดในระบบของเรา โปรดลองอีกครั้ง
subscription-not-found = เราไม่พบการแจ้งเตือนเหล่านี้ โปรดตรวจสอบว่าท่านได้เปิดลิงก์จากข้อความของท่านครบทั้งลิงก์
link-expired = ลิงก์นี้หมดอายุแล้วหรือถูกใช้ไปแล้ว
read-only-link = ลิงก์นี้ใช้ดูสถานะบัตรลงคะแนนของท่านได้ แต่ไม่สามารถใช้เปลี่ยนการแจ้งเตือนของท่านได้
changed-since = มีการเปลี่ยนแปลงอีกครั้งหลังจากนั้น จึงไม่สามารถยกเลิกการเปลี่ยนแปลงด้วยลิงก์นี้ได้ โปรดใช้ลิงก์ในข้อความล่าสุดของท่านเพื่อจัดการการแจ้งเตือน
# A field error under a channel: $channel is email, sms or voice.
too-many-confirmations = วันนี้เราได้ส่งคำขอยืนยันไปยัง{ $channel ->
    [email] ที่อยู่อีเมล
   *[other] หมายเลข
}นี้ครบตามจำนวนสูงสุดแล้ว โปรดลองอีกครั้งพรุ่งนี้ หรือเลือกช่องทางอื่นในการรับการแจ้งเตือน
phone-country-refused = เราไม่สามารถส่งข้อความหรือโทรไปยังหมายเลขในประเทศนั้นได้ โปรดเลือกอีเมล หรือหมายเลขในประเทศอื่น
channel-unavailable = บริการนี้ยังไม่รองรับการแจ้งเตือนทาง{ $channel ->
    [email] อีเมล
    [sms] ข้อความ SMS
   *[voice] โทรศัพท์
} โปรดเลือกช่องทางอื่นในการรับการแจ้งเตือน

## Ballot statuses, as the timeline and email subjects title them
status-mailed = ส่งทางไปรษณีย์แล้ว
status-in-transit-to-voter = อยู่ระหว่างจัดส่งถึงท่าน
status-delivered = จัดส่งถึงท่านแล้ว
status-undeliverable = ถูกตีกลับเนื่องจากจัดส่งไม่ได้
status-in-transit-to-county = อยู่ระหว่างจัดส่งถึงเคาน์ตี
status-received = ได้รับแล้ว
status-in-review = อยู่ระหว่างการตรวจสอบ
status-counted = นับคะแนนแล้ว
status-signature-missing = ไม่มีลายมือชื่อ
status-signature-mismatch = ไม่สามารถยืนยันลายมือชื่อได้
status-cured = แก้ไขปัญหาลายมือชื่อแล้ว
status-not-counted = ไม่ได้รับการนับคะแนน
status-reissued = ออกบัตรลงคะแนนใบใหม่ทดแทนแล้ว
status-voted-in-person = ลงคะแนนด้วยตนเองแล้ว

## What happened, said plainly: never more than the county's data says
sentence-mailed = บัตรลงคะแนนทางไปรษณีย์ของท่านได้ส่งมอบให้ไปรษณีย์แล้วเมื่อวันที่ { $date }
sentence-in-transit-to-voter = บัตรลงคะแนนของท่านอยู่ระหว่างการจัดส่งถึงท่านทางไปรษณีย์
sentence-in-transit-to-voter-expected = ไปรษณีย์คาดว่าจะจัดส่งบัตรลงคะแนนถึงท่านประมาณวันที่ { $expected_delivery }
sentence-delivered = ไปรษณีย์ได้นำส่งบัตรลงคะแนนของท่านแล้วเมื่อวันที่ { $date }
# Evidence under a status the Postal Service's scans gave: where ("Sacramento, CA") and on which day.
postal-scan = ไปรษณีย์สแกนที่ { $place } เมื่อวันที่ { $date }
postal-latest = การสแกนล่าสุดของไปรษณีย์: { $place } วันที่ { $date }
sentence-undeliverable = บัตรลงคะแนนของท่านถูกส่งคืนไปยัง { $office } เนื่องจากไม่สามารถจัดส่งได้ โปรดติดต่อสำนักงานดังกล่าวเพื่อขอรับบัตรลงคะแนนที่ท่านสามารถใช้ลงคะแนนได้
sentence-in-transit-to-county = ไปรษณีย์ได้สแกนบัตรลงคะแนนที่ท่านส่งคืนระหว่างทางไปยัง { $office } เมื่อวันที่ { $date }
sentence-received = { $office } ได้รับบัตรลงคะแนนของท่านเมื่อวันที่ { $date }
sentence-in-review = บัตรลงคะแนนของท่านอยู่ระหว่างการตรวจสอบ เช่น การตรวจสอบลายมือชื่อของท่าน ขณะนี้ท่านไม่จำเป็นต้องดำเนินการใด ๆ
sentence-counted = บัตรลงคะแนนของท่านได้รับการยอมรับและนับคะแนนแล้ว
sentence-signature-missing = ซองบัตรลงคะแนนของท่านไม่ได้ลงลายมือชื่อ
sentence-signature-mismatch = ไม่สามารถยืนยันลายมือชื่อบนซองบัตรลงคะแนนของท่านได้
sentence-cured = ปัญหาลายมือชื่อของท่านได้รับการแก้ไขแล้ว
sentence-not-counted = บัตรลงคะแนนของท่านไม่ได้รับการนับคะแนน โปรดติดต่อ { $office } เพื่อสอบถามเหตุผล
sentence-not-counted-reason = บัตรลงคะแนนของท่านไม่ได้รับการนับคะแนน เหตุผลที่ { $office } แจ้งไว้คือ: { $reason }
sentence-reissued = มีการออกบัตรลงคะแนนใบใหม่ทดแทนให้ท่านแล้ว และบัตรลงคะแนนใบก่อนหน้าถูกยกเลิก โปรดลงคะแนนและส่งคืนเฉพาะบัตรใบใหม่เท่านั้น
sentence-voted-in-person = ท่านได้ลงคะแนนด้วยตนเองแล้ว จึงไม่จำเป็นต้องใช้บัตรลงคะแนนทางไปรษณีย์ของท่านอีกต่อไป

# What to do about a signature problem: the form for a missing signature is the "unsigned
# ballot statement", for a signature that does not match the "signature verification statement".
cure-unsigned-deadline-url = เพื่อให้บัตรลงคะแนนของท่านได้รับการนับ โปรดส่งคืนแบบคำแถลงกรณีบัตรลงคะแนนไม่ได้ลงลายมือชื่อ (Unsigned Ballot Statement) ภายในวันที่ { $deadline } ท่านสามารถรับแบบฟอร์มได้ที่ { $cure_url }
cure-unsigned-deadline = เพื่อให้บัตรลงคะแนนของท่านได้รับการนับ โปรดส่งคืนแบบคำแถลงกรณีบัตรลงคะแนนไม่ได้ลงลายมือชื่อ (Unsigned Ballot Statement) ไปยัง { $office } ภายในวันที่ { $deadline }
cure-unsigned-url = เพื่อให้บัตรลงคะแนนของท่านได้รับการนับ โปรดส่งคืนแบบคำแถลงกรณีบัตรลงคะแนนไม่ได้ลงลายมือชื่อ (Unsigned Ballot Statement) โดยเร็วที่สุด ท่านสามารถรับแบบฟอร์มได้ที่ { $cure_url }
cure-unsigned = เพื่อให้บัตรลงคะแนนของท่านได้รับการนับ โปรดติดต่อ { $office } โดยเร็วที่สุดเพื่อส่งคืนแบบคำแถลงกรณีบัตรลงคะแนนไม่ได้ลงลายมือชื่อ (Unsigned Ballot Statement)
cure-mismatch-deadline-url = เพื่อให้บัตรลงคะแนนของท่านได้รับการนับ โปรดส่งคืนแบบคำแถลงยืนยันลายมือชื่อ (Signature Verification Statement) ภายในวันที่ { $deadline } ท่านสามารถรับแบบฟอร์มได้ที่ { $cure_url }
cure-mismatch-deadline = เพื่อให้บัตรลงคะแนนของท่านได้รับการนับ โปรดส่งคืนแบบคำแถลงยืนยันลายมือชื่อ (Signature Verification Statement) ไปยัง { $office } ภายในวันที่ { $deadline }
cure-mismatch-url = เพื่อให้บัตรลงคะแนนของท่านได้รับการนับ โปรดส่งคืนแบบคำแถลงยืนยันลายมือชื่อ (Signature Verification Statement) โดยเร็วที่สุด ท่านสามารถรับแบบฟอร์มได้ที่ { $cure_url }
cure-mismatch = เพื่อให้บัตรลงคะแนนของท่านได้รับการนับ โปรดติดต่อ { $office } โดยเร็วที่สุดเพื่อส่งคืนแบบคำแถลงยืนยันลายมือชื่อ (Signature Verification Statement)

## Parts every message shares
greeting = เรียน คุณ { $first_name }
see-status = ดูสถานะบัตรลงคะแนนของท่านได้ทุกเมื่อที่: { $status_url }
change-or-stop = เปลี่ยนหรือหยุดการแจ้งเตือนเหล่านี้: { $manage_url }
questions-contact = หากมีคำถาม โปรดติดต่อ { $office } ที่ { $contact }
questions-hotline = หากมีคำถาม โปรดติดต่อ { $office } หรือโทรหาเลขาธิการรัฐแคลิฟอร์เนีย (California Secretary of State) ที่หมายเลข { $hotline }
phone-help-contact = หากต้องการความช่วยเหลือ โปรดติดต่อ { $office } ที่ { $contact }
phone-help-hotline = หากต้องการความช่วยเหลือ โปรดโทรหาเลขาธิการรัฐแคลิฟอร์เนียที่หมายเลข { $hotline }

## Confirming a new destination. It goes to an address or number nobody has confirmed yet, so
## it says whose ballot it is about and nothing of the ballot. 48 hours is how long it works.
confirm-request-email-subject = โปรดยืนยันที่อยู่นี้เพื่อรับการแจ้งเตือนเกี่ยวกับบัตรลงคะแนนจาก { $office }
confirm-request-email-asked = มีผู้ขอให้ { $office } ส่งการแจ้งเตือนจากบริการ “{ program-name }” เกี่ยวกับบัตรลงคะแนนทางไปรษณีย์ของคุณ { $first_name } มาที่ { $destination }
confirm-request-email-link = หากผู้ขอคือท่าน โปรดยืนยันภายใน 48 ชั่วโมงที่: { $confirm_url }
confirm-request-email-ignore = หากไม่ใช่ท่าน ท่านไม่ต้องดำเนินการใด ๆ กับอีเมลนี้ และจะไม่มีสิ่งใดส่งมายังที่อยู่นี้อีก
confirm-request-sms = { $office }: ตอบ YES เพื่อรับการแจ้งเตือนจาก “{ program-name }” เกี่ยวกับบัตรลงคะแนนของคุณ { $first_name } ที่หมายเลขนี้ (หรือยืนยันที่ { $confirm_url }) ความถี่ในการส่งข้อความแตกต่างกันไป อาจมีค่าบริการข้อความและค่าบริการข้อมูล ตอบ HELP เพื่อขอความช่วยเหลือ ตอบ STOP เพื่อยกเลิก
confirm-request-voice = สวัสดี ที่นี่คือ { $office } มีผู้ขอให้โทรมาที่หมายเลขนี้เกี่ยวกับบัตรลงคะแนนทางไปรษณีย์ของคุณ { $first_name } หากต้องการยืนยัน โปรดกด 1 ตอนนี้ หากไม่ใช่ท่าน โปรดวางสาย แล้วเราจะไม่โทรมาเรื่องนี้อีก
# Said on the confirmation call, after the voter pressed a key or did not.
confirm-voice-done = ขอบคุณ หมายเลขนี้จะได้รับสายจาก { $office } เกี่ยวกับบัตรลงคะแนนของคุณ { $first_name } สวัสดี
confirm-voice-no-key = ไม่มีการยืนยัน หมายเลขนี้จึงจะไม่ได้รับสายเกี่ยวกับบัตรลงคะแนนนี้ สวัสดี
confirm-voice-expired = การยืนยันนี้หมดอายุแล้วหรือถูกใช้ไปแล้ว สวัสดี
# The answer to YES by text, once the number is confirmed (CTIA: the program, frequency, rates, HELP and STOP).
confirm-sms = { $office }: ท่านได้สมัครรับการแจ้งเตือนบัตรลงคะแนนจาก “{ program-name }” แล้ว ความถี่ในการส่งข้อความแตกต่างกันไป อาจมีค่าบริการข้อความและค่าบริการข้อมูล ตอบ HELP เพื่อขอความช่วยเหลือ ตอบ STOP เพื่อยกเลิก สถานะ: { $status_url }

## To every destination on file when a new one is confirmed, with a link that undoes it.
## $channel is email, sms or voice; $destination is masked (j•••@example.com).
# Unsure: "undo" is ยกเลิกการเปลี่ยนแปลง (cancel the change); no official Thai term is known.
changed-email-subject = ช่องทางรับการแจ้งเตือนเกี่ยวกับบัตรลงคะแนนของคุณ { $first_name } มีการเปลี่ยนแปลง
changed-replaced = จากนี้ไป { $office } จะ{ $channel ->
    [email] ส่งการแจ้งเตือนทางอีเมล
    [sms] ส่งข้อความแจ้งเตือน
   *[voice] โทรแจ้ง
}เกี่ยวกับบัตรลงคะแนนของคุณ { $first_name } ไปที่ { $destination } แทน ผู้ที่ใช้ที่อยู่หรือหมายเลขนั้นได้ยืนยันแล้ว
changed-added = จากนี้ไป { $office } จะ{ $channel ->
    [email] ส่งการแจ้งเตือนทางอีเมล
    [sms] ส่งข้อความแจ้งเตือน
   *[voice] โทรแจ้ง
}เกี่ยวกับบัตรลงคะแนนของคุณ { $first_name } ไปที่ { $destination } ด้วย ผู้ที่ใช้ที่อยู่หรือหมายเลขนั้นได้ยืนยันแล้ว
changed-undo = หากท่านไม่ได้ขอให้เปลี่ยนแปลงนี้ โปรดยกเลิกการเปลี่ยนแปลงภายใน 30 วันที่: { $undo_url }
changed-sms = { $office }: การแจ้งเตือนบัตรลงคะแนนของคุณ { $first_name } จะส่งไปที่ { $destination } ด้วย หากท่านไม่ได้ขอ ยกเลิกได้ภายใน 30 วัน: { $undo_url }
changed-voice = สวัสดี ที่นี่คือ { $office } จากนี้ไปการแจ้งเตือนเกี่ยวกับบัตรลงคะแนนทางไปรษณีย์ของคุณ { $first_name } จะส่งไปที่ { $destination } ด้วย หากท่านไม่ได้ขอให้เปลี่ยนแปลงนี้ โปรดติดต่อ { $office } { $help } ขอบคุณ สวัสดี

## To a destination taken off a subscription: its channel turned off with a manage link, or a
## change undone. $channel is email, sms or voice; $destination is masked; $signup_url is the
## sign-up page, where whoever had it on can sign up again.
removed-email-subject = การแจ้งเตือนเกี่ยวกับบัตรลงคะแนนของคุณ { $first_name } จะไม่ส่งมาที่นี่อีกต่อไป
removed-body = จากนี้ไป { $office } จะไม่{ $channel ->
    [email] ส่งการแจ้งเตือนทางอีเมล
    [sms] ส่งข้อความแจ้งเตือน
   *[voice] โทรแจ้ง
}เกี่ยวกับบัตรลงคะแนนของคุณ { $first_name } ไปที่ { $destination } อีกต่อไป
removed-if-not-you = หากท่านไม่ได้ขอให้เปลี่ยนแปลงนี้ โปรดสมัครใหม่ที่ { $signup_url } และยืนยัน{ $channel ->
    [email] ที่อยู่อีเมล
   *[other] หมายเลข
}นี้ เพื่อรับการแจ้งเตือนที่นี่อีกครั้ง
removed-sms = { $office }: การแจ้งเตือนบัตรลงคะแนนของคุณ { $first_name } จะไม่ส่งมาที่หมายเลขนี้อีก หากท่านไม่ได้ขอ สมัครใหม่ได้ที่: { $signup_url }
removed-voice = สวัสดี ที่นี่คือ { $office } จากนี้ไปหมายเลขนี้จะไม่ได้รับสายเกี่ยวกับบัตรลงคะแนนทางไปรษณีย์ของคุณ { $first_name } อีก หากท่านไม่ได้ขอให้เปลี่ยนแปลงนี้ โปรดสมัครใหม่ที่เว็บไซต์ “{ program-name }” { $help } ขอบคุณ สวัสดี

## To the destinations on file when someone signs up again with the voter's details.
## $days is how long the manage link works.
signup-again-email-subject = มีผู้สมัครรับการแจ้งเตือนเกี่ยวกับบัตรลงคะแนนของคุณ { $first_name } อีกครั้ง
signup-again-email-body = มีผู้กรอกชื่อ วันเกิด และรหัสไปรษณีย์ของคุณ { $first_name } ในบริการ “{ program-name }” เพื่อสมัครรับการแจ้งเตือนจาก { $office } ไม่มีสิ่งใดเปลี่ยนแปลง ท่านยังคงได้รับการแจ้งเตือนที่นี่ตามเดิม
signup-again-new-destination = ผู้สมัครได้ขอให้ส่งการแจ้งเตือนไปที่ { $destination } ด้วย จะไม่มีการส่งสิ่งใดไปที่นั่นจนกว่าผู้ที่ใช้ที่อยู่หรือหมายเลขนั้นจะยืนยัน และหากมีการยืนยัน เราจะแจ้งท่านที่นี่พร้อมวิธียกเลิกการเปลี่ยนแปลง
signup-again-manage = หากผู้สมัครคือท่าน และท่านต้องการเปลี่ยนหรือหยุดการแจ้งเตือน โปรดใช้ลิงก์นี้ภายใน { $days ->
    [1] { $days } วัน
   *[other] { $days } วัน
}: { $manage_url }
signup-again-sms = { $office }: มีผู้สมัครรับการแจ้งเตือนบัตรลงคะแนนของคุณ { $first_name } อีกครั้ง ไม่มีสิ่งใดเปลี่ยนแปลง หากต้องการเปลี่ยนหรือหยุดการแจ้งเตือน (ลิงก์ใช้ได้ { $days ->
    [1] { $days } วัน
   *[other] { $days } วัน
}): { $manage_url }

## A fresh link to the manage page, asked for from the site.
manage-link-email-subject = ลิงก์สำหรับเปลี่ยนหรือหยุดการแจ้งเตือนเกี่ยวกับบัตรลงคะแนนจาก { $office }
manage-link-email-body = นี่คือลิงก์ที่ท่านขอ สำหรับเปลี่ยนหรือหยุดการแจ้งเตือนจากบริการ “{ program-name }” เกี่ยวกับบัตรลงคะแนนของคุณ { $first_name } ลิงก์นี้ใช้ได้ { $days ->
    [1] { $days } วัน
   *[other] { $days } วัน
}: { $manage_url }
manage-link-email-ignore = หากท่านไม่ได้ขอลิงก์นี้ ท่านไม่ต้องดำเนินการใด ๆ กับอีเมลนี้ ไม่มีสิ่งใดเปลี่ยนแปลง
manage-link-sms = { $office }: ลิงก์สำหรับเปลี่ยนหรือหยุดการแจ้งเตือนบัตรลงคะแนน (ใช้ได้ { $days ->
    [1] { $days } วัน
   *[other] { $days } วัน
}): { $manage_url } ตอบ STOP เพื่อหยุดรับข้อความ

## Every message ends with its reference, which anyone can check at the verify page.
# Unsure: a message's reference is รหัสอ้างอิง (reference code); no official Thai term is known.
reference-email = รหัสอ้างอิง { $reference } หากต้องการตรวจสอบว่าข้อความใดส่งมาจากเราจริง โปรดกรอกรหัสอ้างอิงของข้อความนั้นที่ { $verify_url }
reference-sms = อ้างอิง { $reference }
reference-voice = รหัสอ้างอิงของข้อความนี้คือ { $reference }

## A status notification
update-email-subject = บัตรลงคะแนนของท่าน: { $status } - { $office }
update-sms = { $office }: { $sentence } สถานะ: { $status_url } ตอบ STOP เพื่อหยุดรับข้อความ
# The same, when the sentence (a county's own wording) already names the office.
update-sms-named = { $sentence } สถานะ: { $status_url } ตอบ STOP เพื่อหยุดรับข้อความ
# A signature problem, where the voter can sign from the tracker: the link opens the page to
# sign on ($cure_page_url), in place of the status link.
update-sms-cure = { $office }: { $sentence } ลงชื่อ: { $cure_page_url } ตอบ STOP เพื่อหยุดรับข้อความ
update-sms-cure-named = { $sentence } ลงชื่อ: { $cure_page_url } ตอบ STOP เพื่อหยุดรับข้อความ
# In an email about a signature problem, after what to do.
cure-online = หรือท่านสามารถลงลายมือชื่อในคำแถลงจากโทรศัพท์หรือคอมพิวเตอร์ของท่านแทนได้: { $cure_page_url }
update-voice = สวัสดี ที่นี่คือ { $office } โทรมาเพื่อแจ้งข้อมูลล่าสุดเกี่ยวกับบัตรลงคะแนนทางไปรษณีย์ของท่าน { $sentence } { $help } ขอบคุณ สวัสดี
# Said in English on a call to a voter whose language the phone provider cannot speak (Khmer).
voice-language-unavailable = สวัสดี ที่นี่คือ { $office } โทรมาเพื่อแจ้งข่าวเกี่ยวกับบัตรลงคะแนนทางไปรษณีย์ของท่าน ขณะนี้เรายังไม่สามารถโทรแจ้งเป็นภาษาของท่านได้ โปรดอ่านข้อความหรืออีเมลที่เราส่งถึงท่าน หรือดูสถานะบัตรลงคะแนนของท่านทางออนไลน์ { $help } ขอบคุณ สวัสดี

## The return-deadline reminder, to voters whose ballot was mailed but not yet received
reminder-sentence = { $office } ยังไม่ได้รับบัตรลงคะแนนทางไปรษณีย์ของท่าน โปรดส่งคืนภายในวันที่ { $deadline } เพื่อให้บัตรของท่านได้รับการนับ โดยส่งทางไปรษณีย์ซึ่งต้องประทับตราไปรษณีย์ไม่เกินวันเลือกตั้ง หรือนำไปหย่อนตามที่คู่มือผู้มีสิทธิเลือกตั้งของเคาน์ตีของท่านระบุไว้
reminder-email-subject = แจ้งเตือน: โปรดส่งคืนบัตรลงคะแนนของท่านภายในวันที่ { $deadline } - { $office }
reminder-email-already = หากท่านส่งคืนบัตรแล้ว ท่านไม่จำเป็นต้องดำเนินการใด ๆ ดูสถานะบัตรลงคะแนนของท่านได้ที่: { $status_url }
reminder-sms = { $office }: { $sentence } สถานะ: { $status_url } ตอบ STOP เพื่อหยุดรับข้อความ
# A signature cure's reminder, where the voter can sign from the tracker.
reminder-sms-cure = { $office }: { $sentence } ลงชื่อ: { $cure_page_url } ตอบ STOP เพื่อหยุดรับข้อความ
reminder-voice = สวัสดี ที่นี่คือ { $office } โทรมาเพื่อเตือนเกี่ยวกับบัตรลงคะแนนทางไปรษณีย์ของท่าน { $sentence } { $help } ขอบคุณ สวัสดี

## A county's own message to many voters (a broadcast), and a correction of one. $text is the
## county's own words, in the voter's language when the county wrote them in it.
notice-email-subject = ข้อความจาก { $office } เกี่ยวกับบัตรลงคะแนนของท่าน
correction-email-subject = การแก้ไขข้อมูลจาก { $office }
correction-intro = ข้อความนี้แก้ไขข้อความก่อนหน้าจาก { $office }
notice-sms = { $office }: { $text } ตอบ STOP เพื่อหยุดรับข้อความ
correction-sms = { $office } แก้ไขข้อมูล: { $text } ตอบ STOP เพื่อหยุดรับข้อความ
notice-voice = สวัสดี ที่นี่คือ { $office } โทรมาพร้อมข้อความเกี่ยวกับบัตรลงคะแนนทางไปรษณีย์ของท่าน { $text } { $help } ขอบคุณ สวัสดี
correction-voice = สวัสดี ที่นี่คือ { $office } โทรมาเพื่อแก้ไขข้อความก่อนหน้าเกี่ยวกับบัตรลงคะแนนทางไปรษณีย์ของท่าน { $text } { $help } ขอบคุณ สวัสดี

## Answers to texts (STOP, START, HELP and anything else)
sms-stopped = { program-name }: ท่านได้ยกเลิกการสมัครแล้ว และจะไม่ได้รับข้อความแจ้งเตือนเกี่ยวกับบัตรลงคะแนนอีก ตอบ START เพื่อสมัครอีกครั้ง
sms-resumed = { program-name }: ท่านได้สมัครรับการแจ้งเตือนบัตรลงคะแนนอีกครั้งแล้ว ความถี่ในการส่งข้อความแตกต่างกันไป อาจมีค่าบริการข้อความและค่าบริการข้อมูล ตอบ HELP เพื่อขอความช่วยเหลือ ตอบ STOP เพื่อยกเลิก
sms-not-signed-up = { program-name }: หมายเลขนี้ยังไม่ได้สมัครรับการแจ้งเตือนบัตรลงคะแนน สมัครได้ที่ { $signup_url }
# The same answer to every number, so that HELP tells nobody whether a number is signed up.
sms-help = { program-name }: การแจ้งเตือนบัตรลงคะแนนจากสำนักงานการเลือกตั้งประจำเคาน์ตีในรัฐแคลิฟอร์เนีย หากต้องการความช่วยเหลือ โปรดโทร { $hotline } หรือไปที่ { $site_url } ตอบ STOP เพื่อยกเลิก อาจมีค่าบริการข้อความและค่าบริการข้อมูล
sms-other = { program-name }: หมายเลขนี้ใช้ส่งการแจ้งเตือนบัตรลงคะแนนเท่านั้น และไม่สามารถอ่านข้อความตอบกลับได้ ตอบ HELP เพื่อขอความช่วยเหลือ ตอบ STOP เพื่อยกเลิก

# Answers to a signature cure sent from the status page (issue 16).
cure-dob-mismatch = วันเกิดนี้ไม่ตรงกับข้อมูลของเราสำหรับบัตรลงคะแนนใบนี้
cure-not-needed = บัตรลงคะแนนใบนี้ยังไม่ต้องใช้คำแถลงลายมือชื่อในขณะนี้
cure-deadline-passed = เลยกำหนดเวลาแก้ไขลายมือชื่อของบัตรลงคะแนนใบนี้แล้ว โปรดติดต่อสำนักงานการเลือกตั้งของเคาน์ตีของท่าน
cure-dob-attempts-exhausted = ไม่สามารถแก้ไขลายมือชื่อของบัตรลงคะแนนใบนี้ที่นี่ได้อีกแล้ว เนื่องจากมีการป้อนวันเกิดที่ไม่ตรงกับข้อมูลของเรามากเกินไป โปรดติดต่อสำนักงานการเลือกตั้งของเคาน์ตีของท่าน
cure-already-sent = ท่านได้ส่งคำแถลงลายมือชื่อสำหรับบัตรลงคะแนนใบนี้แล้ว เคาน์ตีกำลังตรวจสอบอยู่
# What the voter is told of a signature cure they sent (issue 16): a title (the email's
# subject says it as a status) and a sentence. $reason is the county's, in English.
cure-received-title = ได้รับคำแถลงลายมือชื่อแล้ว
cure-received-sentence = { $office } ได้รับคำแถลงลายมือชื่อที่ท่านส่งเมื่อ { $date } แล้ว ท่านจะได้รับแจ้งเมื่อเคาน์ตีตรวจสอบเสร็จ
cure-accepted-title = คำแถลงลายมือชื่อได้รับการยอมรับ
cure-accepted-sentence = { $office } ยอมรับคำแถลงลายมือชื่อที่ท่านส่งเมื่อ { $date } แล้ว
cure-rejected-title = คำแถลงลายมือชื่อไม่ได้รับการยอมรับ
cure-rejected-sentence = { $office } ไม่ยอมรับคำแถลงลายมือชื่อที่ท่านส่งเมื่อ { $date } เหตุผล: { $reason } โปรดติดต่อสำนักงานเพื่อสอบถามว่าท่านทำอะไรได้อีกบ้าง
cure-rejected-brief-sentence = { $office } ไม่ยอมรับคำแถลงลายมือชื่อที่ท่านส่งเมื่อ { $date } โปรดติดต่อสำนักงานเพื่อสอบถามว่าท่านทำอะไรได้อีกบ้าง

## Reminders before a signature cure's deadline (issue 16): the signature problem's own
## sentence, led by the word the return reminder uses; the text and call use reminder-sms and
## reminder-voice.
cure-reminder-lead = แจ้งเตือน: { $sentence }
cure-reminder-email-subject = แจ้งเตือน: โปรดแก้ไขปัญหาลายมือชื่อบนบัตรลงคะแนนของท่านภายในวันที่ { $deadline } - { $office }
# A text's own, shorter sentence (without the county's form link: the status page has it).
cure-reminder-sms-unsigned = แจ้งเตือน: ซองบัตรลงคะแนนของท่านไม่ได้ลงลายมือชื่อ เพื่อให้บัตรลงคะแนนของท่านได้รับการนับ โปรดส่งคืนแบบคำแถลงกรณีบัตรลงคะแนนไม่ได้ลงลายมือชื่อ (Unsigned Ballot Statement) ภายในวันที่ { $deadline }
cure-reminder-sms-mismatch = แจ้งเตือน: ไม่สามารถยืนยันลายมือชื่อบนซองบัตรลงคะแนนของท่านได้ เพื่อให้บัตรลงคะแนนของท่านได้รับการนับ โปรดส่งคืนแบบคำแถลงยืนยันลายมือชื่อ (Signature Verification Statement) ภายในวันที่ { $deadline }
