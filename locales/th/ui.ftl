# The web pages (frontend/src). Keep "Where's My Ballot?" as the program's name unless the
# Secretary of State publishes it in your language. Keep "MM-DD-YYYY" as it is: the date of
# birth is always typed that way (the hint says it in words, for screen readers). { $destination } is an email address or phone number,
# { $office } a county elections office's name, { $page } a page title, { $title } a status.
#
# Thai (th): no official Thai name for "Where's My Ballot?" was found, so the name is
# translated by meaning (บัตรลงคะแนนของฉันอยู่ที่ไหน?). "Sign up" for notifications is
# สมัคร (not ลงทะเบียน/ขึ้นทะเบียน, which are kept for voter registration).
# vote-by-mail ballot = บัตรลงคะแนนทางไปรษณีย์; county elections office = สำนักงานการเลือกตั้งประจำเคาน์ตี;
# California Secretary of State = เลขาธิการรัฐแคลิฟอร์เนีย.

site-name = บัตรลงคะแนนของฉันอยู่ที่ไหน?
site-tagline = บริการติดตามบัตรลงคะแนนทางไปรษณีย์สำหรับผู้มีสิทธิเลือกตั้งในรัฐแคลิฟอร์เนีย
skip-link = ข้ามไปยังเนื้อหาหลัก
nav-label = เมนูหลัก
nav-sign-up = สมัครรับการแจ้งเตือน
nav-check = ตรวจสอบบัตรลงคะแนนของฉัน
nav-verify = ตรวจสอบข้อความ
footer-questions = มีคำถามเกี่ยวกับการขึ้นทะเบียนผู้มีสิทธิเลือกตั้งหรือบัตรลงคะแนนของท่านใช่หรือไม่ โปรดติดต่อสำนักงานการเลือกตั้งประจำเคาน์ตีของท่าน หรือเลขาธิการรัฐแคลิฟอร์เนีย (California Secretary of State) ที่
language-picker-label = ภาษา
# The button beside the language list: a language is applied when chosen, not on each arrow key.
language-picker-apply = เปลี่ยนภาษา
# The page's <title>: "Error: " goes in front while a form shows errors.
page-title = { $page } - { site-name }
page-title-error = ข้อผิดพลาด: { $page } - { site-name }
error-prefix = ข้อผิดพลาด:

# Sign-up
signup-title = สมัครรับการแจ้งเตือนเกี่ยวกับบัตรลงคะแนน
signup-lead = รับอีเมล ข้อความ หรือสายโทรศัพท์ เมื่อมีการส่งบัตรลงคะแนนทางไปรษณีย์ถึงท่าน เมื่อได้รับบัตรคืน และเมื่อนับคะแนนแล้ว หรือเมื่อมีปัญหาที่ท่านต้องแก้ไข
signup-your-details = ข้อมูลของท่าน
signup-details-hint = โปรดกรอกข้อมูลให้ตรงกับการขึ้นทะเบียนผู้มีสิทธิเลือกตั้งของท่าน
field-first-name = ชื่อ
field-last-name = นามสกุล
field-date-of-birth = วันเกิด
field-date-of-birth-hint = เดือนสองหลัก วันสองหลัก และปี ค.ศ. สี่หลัก เช่น 01-23-1980
field-zip = รหัสไปรษณีย์ (ZIP code)
field-zip-hint = รหัสไปรษณีย์ของที่อยู่อาศัยของท่านในรัฐแคลิฟอร์เนีย ผู้มีสิทธิเลือกตั้งที่อยู่ต่างประเทศ: โปรดใช้รหัสไปรษณีย์ของที่อยู่ในรัฐแคลิฟอร์เนียที่ท่านใช้ขึ้นทะเบียน
field-zip-hint-lookup = รหัสไปรษณีย์ของที่อยู่อาศัยของท่านในรัฐแคลิฟอร์เนีย แม้ท่านจะอาศัยอยู่ต่างประเทศ
field-voter-id = หมายเลขประจำตัวผู้มีสิทธิเลือกตั้ง
field-voter-id-hint = พิมพ์อยู่บนบัตรขึ้นทะเบียนผู้มีสิทธิเลือกตั้งและบนตัวอย่างบัตรลงคะแนนของท่าน
channels-legend = ท่านต้องการให้เราแจ้งเตือนทางใด
channels-hint = เปิดได้ตั้งแต่หนึ่งช่องทางขึ้นไป
switch-email = อีเมล
switch-sms = ข้อความ (SMS)
switch-voice = สายโทรศัพท์
switch-on = เปิด
switch-off = ปิด
field-email = ที่อยู่อีเมล
field-sms-phone = หมายเลขโทรศัพท์มือถือ
field-sms-phone-hint = หมายเลขในสหรัฐฯ หรือ + ตามด้วยรหัสประเทศสำหรับหมายเลขในต่างประเทศ
field-voice-phone = หมายเลขโทรศัพท์สำหรับรับสาย
field-voice-phone-hint = หมายเลขในสหรัฐฯ หรือ + ตามด้วยรหัสประเทศสำหรับหมายเลขในต่างประเทศ เราจะโทรระหว่างเวลา 08.00 น. ถึง 21.00 น.
signup-submit = สมัคร
signup-submitting = กำลังสมัคร…

# After signing up. Nothing about the ballot goes to an address or number until whoever has it
# confirms it: a link by email, YES by text, 1 on a call.
signed-up-title = โปรดตรวจสอบอีเมลและโทรศัพท์ของท่าน
signed-up-new = ท่านสมัครเรียบร้อยแล้ว ก่อนที่เราจะส่งข้อมูลใด ๆ เกี่ยวกับบัตรลงคะแนนของท่าน โปรดยืนยันทุกช่องทางที่เราจะใช้ติดต่อท่าน
signed-up-already-title = ท่านได้สมัครไว้แล้ว
signed-up-already = ไม่มีสิ่งใดเปลี่ยนแปลง ผู้มีสิทธิเลือกตั้งรายนี้มีการแจ้งเตือนอยู่แล้ว เราจึงไม่แสดงรายละเอียดไว้ที่นี่
signed-up-already-on-file = เราได้ส่งลิงก์สำหรับเปลี่ยนหรือหยุดการแจ้งเตือนไปยังที่อยู่อีเมลและหมายเลขโทรศัพท์ที่มีอยู่ในระบบแล้ว
signed-up-check = สิ่งที่ต้องทำตอนนี้
signed-up-confirm-email = เราได้ส่งลิงก์ไปที่ { $destination } แล้ว โปรดเปิดลิงก์ภายใน 48 ชั่วโมงเพื่อยืนยัน หากท่านไม่พบอีเมลดังกล่าว โปรดตรวจสอบโฟลเดอร์สแปมหรือโฟลเดอร์โปรโมชัน
signed-up-confirm-sms = เราได้ส่งข้อความไปที่ { $destination } แล้ว โปรดตอบกลับด้วยคำว่า YES (ภาษาอังกฤษ) เพื่อยืนยัน
signed-up-confirm-voice = เราจะโทรไปที่ { $destination } ระหว่างเวลา 08.00 น. ถึง 21.00 น. โปรดกด 1 ระหว่างสายเพื่อยืนยัน
signed-up-confirm-not-sent = { $destination } ได้รับคำขอยืนยันครบตามจำนวนสูงสุดที่เราส่งได้ในหนึ่งวันแล้ว คำขอยืนยันที่ได้รับไปแล้วยังใช้ได้อยู่
signed-up-on-file = ยืนยันแล้ว: { $destination }
notifications-come-from = การแจ้งเตือนจะส่งมาจาก { $office }
signed-up-see-status = ดูสถานะบัตรลงคะแนนของท่าน
signed-up-same-link = (โปรดเก็บลิงก์นี้ไว้ ลิงก์นี้แสดงเฉพาะสถานะบัตรลงคะแนนของท่าน จึงแชร์ให้ผู้อื่นได้อย่างปลอดภัย)
signed-up-change = เปลี่ยนตัวเลือกของท่าน

# Errors
error-summary-title = เกิดปัญหาขึ้น
network-error = เราไม่สามารถเชื่อมต่อกับเซิร์ฟเวอร์ได้ โปรดตรวจสอบการเชื่อมต่อของท่านแล้วลองอีกครั้ง

# Check without signing up
lookup-title = ตรวจสอบสถานะบัตรลงคะแนนของท่าน
lookup-lead = ดูว่าบัตรลงคะแนนทางไปรษณีย์ของท่านอยู่ที่ใด โดยไม่ต้องสมัครรับการแจ้งเตือน
lookup-submit = ตรวจสอบสถานะ
lookup-result = สถานะบัตรลงคะแนนของท่าน
lookup-sign-up = สมัครเพื่อรับการแจ้งเตือนเมื่อสถานะเปลี่ยนแปลง

# Status page
status-title = สถานะบัตรลงคะแนนของท่าน
status-loading = กำลังโหลดสถานะบัตรลงคะแนนของท่าน…
status-not-found-title = ไม่พบหน้าสถานะ
status-not-found = เราไม่พบหน้าสถานะนี้ โปรดตรวจสอบว่าท่านได้เปิดลิงก์จากข้อความของท่านครบทั้งลิงก์
status-check-instead = ตรวจสอบสถานะบัตรลงคะแนนโดยใช้ข้อมูลของท่าน
status-updates-from = ข้อมูลล่าสุดมาจาก { $office }
status-updates-live = หน้านี้จะอัปเดตโดยอัตโนมัติ
status-updates-reload = โหลดหน้านี้ใหม่เพื่อดูข้อมูลล่าสุด
status-manage = เปลี่ยนหรือหยุดการแจ้งเตือน
status-updated = สถานะบัตรลงคะแนนของท่านได้รับการอัปเดต: { $title }

# The timeline
timeline-not-mailed = เคาน์ตีของท่านยังไม่ได้ส่งบัตรลงคะแนนถึงท่าน ท่านจะเห็นแต่ละขั้นตอนที่นี่เมื่อ { $office } รายงานเข้ามา
timeline-your-ballot = บัตรลงคะแนนของท่าน
timeline-act = ท่านต้องดำเนินการ
# The signature statement the voter sent from the tracker, and what came of it.
timeline-cure = คำแถลงลายมือชื่อของท่าน
timeline-completed = เสร็จสิ้นแล้ว
timeline-not-yet = ยังไม่ถึงขั้นตอนนี้
timeline-what-happened = สิ่งที่เกิดขึ้น

# Change or stop notifications
manage-title = เปลี่ยนหรือหยุดการแจ้งเตือน
manage-loading = กำลังโหลดตัวเลือกของท่าน…
manage-not-found-title = ไม่พบการแจ้งเตือน
manage-not-found = เราไม่พบการแจ้งเตือนเหล่านี้ โปรดตรวจสอบว่าท่านได้เปิดลิงก์จากข้อความของท่านครบทั้งลิงก์
manage-email-now = ปัจจุบัน: { $destination } เว้นว่างไว้หากต้องการใช้ที่อยู่เดิม หรือกรอกที่อยู่ใหม่
manage-phone-now = ปัจจุบัน: { $destination } เว้นว่างไว้หากต้องการใช้หมายเลขเดิม หรือกรอกหมายเลขใหม่
manage-language = ภาษาของการแจ้งเตือน
manage-stopped-title = หยุดการแจ้งเตือนแล้ว
manage-stopped = ท่านจะไม่ได้รับการแจ้งเตือนอีก หากต้องการเริ่มรับอีกครั้ง โปรดเปิดช่องทางใดช่องทางหนึ่งด้านล่าง
manage-saved-title = บันทึกตัวเลือกของท่านแล้ว
manage-confirm-new = เราได้ส่งคำขอยืนยันไปยังที่อยู่หรือหมายเลขใหม่แต่ละรายการแล้ว การแจ้งเตือนจะส่งไปที่นั่นเมื่อได้รับการยืนยันแล้ว
manage-awaiting = รอการยืนยัน: { $destination }
manage-read-only-title = ลิงก์นี้ใช้เปลี่ยนการแจ้งเตือนไม่ได้
manage-read-only = ลิงก์นี้ใช้ดูสถานะบัตรลงคะแนนของท่านได้ แต่ไม่สามารถใช้เปลี่ยนการแจ้งเตือนของท่านได้
manage-expired-title = ลิงก์นี้หมดอายุแล้ว
manage-expired = ลิงก์สำหรับเปลี่ยนการแจ้งเตือนนี้หมดอายุแล้ว
manage-send-link = ส่งลิงก์ใหม่ไปยังอีเมลและโทรศัพท์ของฉันที่มีอยู่ในระบบ
manage-link-sent = เราได้ส่งลิงก์ใหม่ไปยังที่อยู่อีเมลและหมายเลขโทรศัพท์ที่มีอยู่ในระบบแล้ว
manage-link-not-sent = วันนี้เราได้ส่งลิงก์ไปหลายครั้งแล้ว โปรดตรวจสอบอีเมลและข้อความของท่าน หรือลองอีกครั้งพรุ่งนี้
manage-save = บันทึกการเปลี่ยนแปลง
manage-stop-title = หยุดการแจ้งเตือนทั้งหมด
manage-stop-lead = ท่านจะไม่ได้รับอีเมล ข้อความ หรือสายโทรศัพท์เกี่ยวกับบัตรลงคะแนนของท่านอีก
manage-stop = หยุดการแจ้งเตือนทั้งหมด
# Asked before anything is erased.
manage-stop-confirm-title = ต้องการหยุดการแจ้งเตือนทั้งหมดหรือไม่
manage-stop-confirm = ท่านจะไม่ได้รับอีเมล ข้อความ หรือสายโทรศัพท์ใด ๆ เกี่ยวกับบัตรลงคะแนนของท่านอีก และที่อยู่อีเมลและหมายเลขโทรศัพท์ของท่านจะถูกลบ หากต้องการรับการแจ้งเตือนอีกครั้ง ท่านจะต้องกรอกข้อมูลเหล่านี้ใหม่
manage-stop-yes = ใช่ หยุดการแจ้งเตือนทั้งหมด
manage-stop-cancel = ไม่ ยังคงรับการแจ้งเตือนต่อไป
manage-see-status = ดูสถานะบัตรลงคะแนนของท่าน
# How a screen reader reads a hidden phone number such as (•••) •••-0123; { $last } is its last four digits.
masked-number = หมายเลขที่ลงท้ายด้วย { $last }

# Page not found
not-found-title = ไม่พบหน้านี้
not-found-lead = หากท่านพิมพ์ที่อยู่เว็บเอง โปรดตรวจสอบว่าถูกต้อง
not-found-sign-up = สมัครรับการแจ้งเตือนเกี่ยวกับบัตรลงคะแนน

# Confirming an address or number, from the link in a confirmation
confirm-title = ยืนยันการรับการแจ้งเตือนเกี่ยวกับบัตรลงคะแนน
confirm-lead = โปรดยืนยันว่าการแจ้งเตือนเกี่ยวกับบัตรลงคะแนนนี้ส่งถึงท่านที่นี่ได้ หากท่านไม่ได้ขอรับการแจ้งเตือน โปรดปิดหน้านี้ จะไม่มีการส่งสิ่งใดมาอีก
confirm-button = ยืนยัน
confirm-done-title = ยืนยันแล้ว
confirm-done = การแจ้งเตือนเกี่ยวกับบัตรลงคะแนนนี้จะส่งไปที่ { $destination } จาก { $office }
confirm-see-status = ดูสถานะบัตรลงคะแนน
confirm-expired = ลิงก์ยืนยันนี้หมดอายุแล้วหรือถูกใช้ไปแล้ว หากต้องการลองอีกครั้ง โปรดสมัครใหม่

# Undoing a change, from the link in a change notice
# Unsure: "undo" is ยกเลิกการเปลี่ยนแปลง (cancel the change); no official Thai term is known.
undo-title = ยกเลิกการเปลี่ยนแปลงการแจ้งเตือนของท่าน
undo-lead = มีผู้ยืนยันที่อยู่อีเมลหรือหมายเลขโทรศัพท์ใหม่สำหรับการแจ้งเตือนเกี่ยวกับบัตรลงคะแนนนี้ หากไม่ใช่ท่าน โปรดยกเลิกการเปลี่ยนแปลงนี้
undo-button = ยกเลิกการเปลี่ยนแปลง
undo-done-title = ยกเลิกการเปลี่ยนแปลงแล้ว
undo-done-restored = การแจ้งเตือนจะส่งไปที่ { $destination } อีกครั้ง และจะไม่ส่งไปที่ { $removed } อีกต่อไป
undo-done-removed = การแจ้งเตือนจะไม่ส่งไปที่ { $removed } อีกต่อไป
undo-expired = ลิงก์นี้หมดอายุแล้วหรือถูกใช้ไปแล้ว
undo-changed-since = มีการเปลี่ยนแปลงอีกครั้งหลังจากนั้น จึงไม่สามารถยกเลิกการเปลี่ยนแปลงด้วยลิงก์นี้ได้ โปรดใช้ลิงก์ในข้อความล่าสุดของท่าน

# Is this message from us? Every message ends with a reference such as 7KQM-4MXZ.
# Unsure: a message's reference is รหัสอ้างอิง (reference code); no official Thai term is known.
verify-title = ข้อความนี้มาจากเราหรือไม่
verify-lead = อีเมล ข้อความ และสายโทรศัพท์ทุกรายการจาก “{ site-name }” จะลงท้ายด้วยรหัสอ้างอิง เช่น 7KQM-4MXZ โปรดกรอกรหัสนี้เพื่อตรวจสอบว่าเราเป็นผู้ส่ง
field-reference = รหัสอ้างอิง
field-reference-hint = อยู่ท้ายข้อความ เช่น 7KQM-4MXZ
verify-submit = ตรวจสอบ
verify-yes-title = เราเป็นผู้ส่งข้อความนี้
# $channel is email, sms or voice; $date is already written in the page's language.
verify-yes = { $sender } ส่งข้อความนี้{ $channel ->
    [email] ทางอีเมล
    [sms] ทางข้อความ SMS
   *[voice] ทางโทรศัพท์
}ไปที่ { $destination } เมื่อวันที่ { $date }
# Unsure: Social Security number is หมายเลขประกันสังคม, with the English name in parentheses.
verify-yes-only = หน้านี้บอกได้เพียงเท่านี้ ข้อความจริงจากเราจะไม่ขอเงิน รหัสผ่าน หรือหมายเลขประกันสังคม (Social Security number) ของท่าน
verify-no-title = เราไม่ได้ส่งข้อความที่มีรหัสอ้างอิงนี้
verify-no = โปรดอย่าเปิดลิงก์ในข้อความนั้นหรือตอบกลับ หากข้อความนั้นขอให้ท่านดำเนินการใด ๆ เกี่ยวกับบัตรลงคะแนนของท่าน โปรดติดต่อสำนักงานการเลือกตั้งประจำเคาน์ตีของท่าน
verify-senders = ข้อความของเราส่งมาจากที่ใด
verify-senders-email = อีเมลจาก { $address }
verify-senders-phone = ข้อความและสายโทรศัพท์จาก { $number }

# Signing a ballot's statement from the tracker, /cure/{token} (issue 16): a ballot whose
# envelope signature is missing or did not match. "Statement" is the county's signed form:
# the "unsigned ballot statement" or the "signature verification statement".
cure-title = ลงลายมือชื่อในคำแถลงสำหรับบัตรลงคะแนนของท่าน
cure-lead = { $office } ต้องได้รับลายมือชื่อของท่านก่อนจึงจะนับบัตรลงคะแนนของท่านได้ ท่านสามารถลงลายมือชื่อที่นี่แทนการส่งคืนแบบฟอร์มกระดาษ
cure-deadline = โปรดส่งภายในวันที่ { $deadline }
cure-not-open = บัตรลงคะแนนใบนี้ยังไม่ต้องลงลายมือชื่อจากหน้านี้ในขณะนี้
cure-see-status = ดูสถานะบัตรลงคะแนนของท่าน
cure-statement-heading = คำแถลงที่ท่านลงลายมือชื่อ
# The wording of the statement the county receives; keep its legal meaning exactly.
cure-statement = ข้าพเจ้าขอแถลงภายใต้บทลงโทษฐานให้การเท็จตามกฎหมายของรัฐแคลิฟอร์เนียว่า ข้าพเจ้าเป็นผู้มีสิทธิเลือกตั้งที่ได้ขึ้นทะเบียนแล้วตามชื่อที่ระบุด้านล่าง ข้าพเจ้าได้ขอรับและส่งคืนบัตรลงคะแนนทางไปรษณีย์สำหรับการเลือกตั้งครั้งนี้ และลายมือชื่อด้านล่าง ซึ่งส่งจากบริการติดตามบัตรลงคะแนนแทนลายมือชื่อที่ขาดหายไปจากซองบัตรลงคะแนนของข้าพเจ้าหรือที่ไม่ตรงกันบนซองดังกล่าว เป็นลายมือชื่อของข้าพเจ้าเอง
cure-dob-hint = เราตรวจสอบวันเกิดนี้กับการขึ้นทะเบียนผู้มีสิทธิเลือกตั้งของท่าน ดังนั้นลิงก์ที่ถูกส่งต่อมาเพียงอย่างเดียวจึงไม่สามารถใช้ลงลายมือชื่อแทนท่านได้ เช่น 04-27-1980
cure-method-legend = ท่านจะลงลายมือชื่ออย่างไร
cure-method-drawn = วาดลายมือชื่อของฉันบนหน้าจอ
cure-method-photo = ส่งรูปถ่ายคำแถลงฉบับกระดาษที่ฉันลงลายมือชื่อแล้ว
cure-method-typed = พิมพ์ชื่อของฉันแทน
cure-method-typed-hint = สำหรับผู้ที่ไม่สามารถวาดหรือถ่ายรูปได้: ชื่อที่ท่านพิมพ์จะถือเป็นการลงลายมือชื่อในคำแถลง
cure-draw-label = แผ่นลงลายมือชื่อ: วาดลายมือชื่อของท่านด้วยนิ้ว ปากกา หรือเมาส์
cure-draw-hint = หากท่านวาดไม่ได้ โปรดเลือก “พิมพ์ชื่อของฉันแทน”
cure-draw-clear = เริ่มลงลายมือชื่อใหม่
cure-draw-empty = โปรดวาดลายมือชื่อของท่านในกรอบ
cure-photo-label = รูปถ่ายคำแถลงที่ท่านลงลายมือชื่อแล้ว
cure-photo-hint = รูปถ่าย (JPEG, PNG หรือ HEIC) หรือไฟล์สแกน (PDF) ขนาดไม่เกิน 10 MB ระบบจะลบสถานที่ที่ถ่ายรูปและรายละเอียดอื่น ๆ ที่บันทึกอยู่ในไฟล์ออก
cure-typed-label = ชื่อเต็มของท่าน ตามที่ท่านใช้ลงลายมือชื่อ
cure-submit = ส่งลายมือชื่อของฉัน
cure-sending = กำลังส่งลายมือชื่อของท่าน…
cure-sent-title = ส่งลายมือชื่อแล้ว
cure-sent = { $office } ได้รับลายมือชื่อของท่านแล้ว เราจะแจ้งให้ท่านทราบเมื่อสำนักงานตรวจสอบเสร็จแล้ว
cure-noscript = การลงลายมือชื่อในหน้านี้ต้องใช้ JavaScript ท่านยังคงส่งคืนแบบฟอร์มกระดาษไปยัง { $office } ได้
cure-status-link = ลงลายมือชื่อในคำแถลงจากโทรศัพท์หรือคอมพิวเตอร์เครื่องนี้
