# What the service says to voters from the server (api/src): answers the pages show, the
# ballot timeline, and every notification by email, text message (SMS) and voice call.
# "Where's My Ballot?" is the program's name. Keep the SMS keywords STOP, START and HELP in
# English: carriers act on those words. Keep "Msg & data rates may apply" meaning exactly that.
# Placeholders: { $office } the county elections office's name, { $first_name } the voter's,
# { $date } / { $deadline } / { $expected_delivery } dates already written with date-long,
# { $cure_url } / { $status_url } / { $manage_url } / { $signup_url } web addresses,
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

## Ballot statuses, as the timeline and email subjects title them
status-mailed = ส่งทางไปรษณีย์แล้ว
status-in-transit-to-voter = อยู่ระหว่างจัดส่งถึงท่าน
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

## The sign-up confirmation (email and text; there is no confirmation call)
confirm-email-subject = ท่านได้สมัครรับการแจ้งเตือนเกี่ยวกับบัตรลงคะแนนจาก { $office } แล้ว
confirm-email-signed-up = ท่านได้สมัครรับการแจ้งเตือนจากบริการ “{ program-name }” ของ { $office } แล้ว เราจะส่งอีเมลถึงท่านที่ { $destination } เมื่อมีการส่งบัตรลงคะแนนทางไปรษณีย์ถึงท่าน เมื่อได้รับบัตรคืน และเมื่อนับคะแนนแล้ว และจะแจ้งท่านทันทีหากมีปัญหาที่ท่านต้องแก้ไข
confirm-email-see-status = ดูสถานะบัตรลงคะแนนของท่านได้ทุกเมื่อที่: { $status_url }
confirm-email-why = ท่านได้รับอีเมลนี้เนื่องจากมีการกรอกที่อยู่อีเมลนี้เมื่อสมัครใช้บริการ “{ program-name }” หากผู้สมัครไม่ใช่ท่าน โปรดหยุดรับอีเมลเหล่านี้ได้ที่ลิงก์ด้านบน
confirm-sms = { $office }: ท่านได้สมัครรับการแจ้งเตือนบัตรลงคะแนนจาก “{ program-name }” แล้ว ความถี่ในการส่งข้อความแตกต่างกันไป อาจมีค่าบริการข้อความและค่าบริการข้อมูล ตอบ HELP เพื่อขอความช่วยเหลือ ตอบ STOP เพื่อยกเลิก สถานะ: { $status_url }

## A status notification
update-email-subject = บัตรลงคะแนนของท่าน: { $status } - { $office }
update-sms = { $office }: { $sentence } สถานะ: { $status_url } ตอบ STOP เพื่อหยุดรับข้อความ
update-voice = สวัสดี ที่นี่คือ { $office } โทรมาเพื่อแจ้งข้อมูลล่าสุดเกี่ยวกับบัตรลงคะแนนทางไปรษณีย์ของท่าน { $sentence } { $help } ขอบคุณ สวัสดี

## The return-deadline reminder, to voters whose ballot was mailed but not yet received
reminder-sentence = { $office } ยังไม่ได้รับบัตรลงคะแนนทางไปรษณีย์ของท่าน โปรดส่งคืนภายในวันที่ { $deadline } เพื่อให้บัตรของท่านได้รับการนับ โดยส่งทางไปรษณีย์ซึ่งต้องประทับตราไปรษณีย์ไม่เกินวันเลือกตั้ง หรือนำไปหย่อนตามที่คู่มือผู้มีสิทธิเลือกตั้งของเคาน์ตีของท่านระบุไว้
reminder-email-subject = แจ้งเตือน: โปรดส่งคืนบัตรลงคะแนนของท่านภายในวันที่ { $deadline } - { $office }
reminder-email-already = หากท่านส่งคืนบัตรแล้ว ท่านไม่จำเป็นต้องดำเนินการใด ๆ ดูสถานะบัตรลงคะแนนของท่านได้ที่: { $status_url }
reminder-sms = { $office }: { $sentence } สถานะ: { $status_url } ตอบ STOP เพื่อหยุดรับข้อความ
reminder-voice = สวัสดี ที่นี่คือ { $office } โทรมาเพื่อเตือนเกี่ยวกับบัตรลงคะแนนทางไปรษณีย์ของท่าน { $sentence } { $help } ขอบคุณ สวัสดี

## Answers to texts (STOP, START, HELP and anything else)
sms-stopped = { program-name }: ท่านได้ยกเลิกการสมัครแล้ว และจะไม่ได้รับข้อความแจ้งเตือนเกี่ยวกับบัตรลงคะแนนอีก ตอบ START เพื่อสมัครอีกครั้ง
sms-resumed = { program-name }: ท่านได้สมัครรับการแจ้งเตือนบัตรลงคะแนนอีกครั้งแล้ว ความถี่ในการส่งข้อความแตกต่างกันไป อาจมีค่าบริการข้อความและค่าบริการข้อมูล ตอบ HELP เพื่อขอความช่วยเหลือ ตอบ STOP เพื่อยกเลิก
sms-not-signed-up = { program-name }: หมายเลขนี้ยังไม่ได้สมัครรับการแจ้งเตือนบัตรลงคะแนน สมัครได้ที่ { $signup_url }
sms-help-county = { program-name }: การแจ้งเตือนบัตรลงคะแนนจาก { $office } หากต้องการความช่วยเหลือ โปรดติดต่อสำนักงานดังกล่าวที่ { $contact } ตอบ STOP เพื่อยกเลิก อาจมีค่าบริการข้อความและค่าบริการข้อมูล
sms-help-hotline = { program-name }: การแจ้งเตือนบัตรลงคะแนนจากสำนักงานการเลือกตั้งประจำเคาน์ตีของท่าน หากต้องการความช่วยเหลือ โปรดโทร { $hotline } ตอบ STOP เพื่อยกเลิก อาจมีค่าบริการข้อความและค่าบริการข้อมูล
sms-other = { program-name }: หมายเลขนี้ใช้ส่งการแจ้งเตือนบัตรลงคะแนนเท่านั้น และไม่สามารถอ่านข้อความตอบกลับได้ ตอบ HELP เพื่อขอความช่วยเหลือ ตอบ STOP เพื่อยกเลิก
