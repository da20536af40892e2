# The web pages (frontend/src). Keep "Where's My Ballot?" as the program's name unless the
# Secretary of State publishes it in your language. Keep "MM-DD-YYYY" as it is: the date of
# birth is always typed that way. { $destination } is an email address or phone number,
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
footer-questions = มีคำถามเกี่ยวกับการขึ้นทะเบียนผู้มีสิทธิเลือกตั้งหรือบัตรลงคะแนนของท่านใช่หรือไม่ โปรดติดต่อสำนักงานการเลือกตั้งประจำเคาน์ตีของท่าน หรือเลขาธิการรัฐแคลิฟอร์เนีย (California Secretary of State) ที่
language-picker-label = ภาษา
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
field-date-of-birth-hint = MM-DD-YYYY (เดือน-วัน-ปี ค.ศ.) เช่น 01-23-1980
field-zip = รหัสไปรษณีย์ (ZIP code)
field-zip-hint = รหัสไปรษณีย์ของที่อยู่อาศัยของท่านในรัฐแคลิฟอร์เนีย ผู้มีสิทธิเลือกตั้งที่อยู่ต่างประเทศ: โปรดใช้รหัสไปรษณีย์ของที่อยู่ในรัฐแคลิฟอร์เนียที่ท่านใช้ขึ้นทะเบียน
field-zip-hint-lookup = รหัสไปรษณีย์ของที่อยู่อาศัยของท่านในรัฐแคลิฟอร์เนีย แม้ท่านจะอาศัยอยู่ต่างประเทศ
field-voter-id = หมายเลขประจำตัวผู้มีสิทธิเลือกตั้ง (ไม่บังคับ)
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

# After signing up
signed-up-title = ท่านสมัครเรียบร้อยแล้ว
signed-up-new = ท่านจะได้รับการแจ้งเตือนเกี่ยวกับบัตรลงคะแนนทางไปรษณีย์ของท่าน
signed-up-updated = ท่านได้สมัครไว้แล้ว เราได้ปรับปรุงตัวเลือกของท่านแล้ว
signed-up-what-we-sent = สิ่งที่เราส่งถึงท่าน
signed-up-email-sent = เราได้ส่งอีเมลยืนยันไปที่ { $destination } แล้ว หากท่านไม่พบอีเมลดังกล่าว โปรดตรวจสอบโฟลเดอร์สแปมหรือโฟลเดอร์โปรโมชัน
signed-up-email-later = เราจะส่งอีเมลไปที่ { $destination }
signed-up-sms-sent = เราได้ส่งข้อความยืนยันไปที่ { $destination } แล้ว ท่านสามารถตอบกลับด้วยคำว่า STOP (ภาษาอังกฤษ) เพื่อหยุดรับข้อความได้ทุกเมื่อ
signed-up-sms-later = เราจะส่งข้อความไปที่ { $destination }
signed-up-voice = เราจะโทรไปที่ { $destination } เมื่อสถานะบัตรลงคะแนนของท่านเปลี่ยนแปลง ระหว่างเวลา 08.00 น. ถึง 21.00 น. จะไม่มีการโทรเพื่อยืนยัน
notifications-come-from = การแจ้งเตือนจะส่งมาจาก { $office }
signed-up-see-status = ดูสถานะบัตรลงคะแนนของท่าน
signed-up-same-link = (ลิงก์เดียวกันนี้อยู่ในข้อความยืนยันของท่าน)
signed-up-change = เปลี่ยนตัวเลือกของท่าน

# Errors
error-summary-title = เกิดปัญหาขึ้น
network-error = เราไม่สามารถเชื่อมต่อกับเซิร์ฟเวอร์ได้ โปรดตรวจสอบการเชื่อมต่อของท่านแล้วลองอีกครั้ง
server-error = เกิดข้อผิดพลาด (HTTP { $status }) โปรดลองอีกครั้ง

# Check without signing up
lookup-title = ตรวจสอบสถานะบัตรลงคะแนนของท่าน
lookup-lead = ดูว่าบัตรลงคะแนนทางไปรษณีย์ของท่านอยู่ที่ใด โดยไม่ต้องสมัครรับการแจ้งเตือน
lookup-submit = ตรวจสอบสถานะ
lookup-result = สถานะบัตรลงคะแนนของท่าน
lookup-sign-up = สมัครเพื่อรับการแจ้งเตือนเมื่อสถานะเปลี่ยนแปลง

# Status page
status-title = สถานะบัตรลงคะแนนของท่าน
status-loading = กำลังโหลดสถานะบัตรลงคะแนนของท่าน…
status-not-found = เราไม่พบหน้าสถานะนี้ โปรดตรวจสอบว่าท่านได้เปิดลิงก์จากข้อความของท่านครบทั้งลิงก์
status-check-instead = ตรวจสอบสถานะบัตรลงคะแนนโดยใช้ข้อมูลของท่าน
status-updates-from = ข้อมูลล่าสุดมาจาก { $office } หน้านี้จะอัปเดตโดยอัตโนมัติ
status-manage = เปลี่ยนหรือหยุดการแจ้งเตือน
status-updated = สถานะบัตรลงคะแนนของท่านได้รับการอัปเดต: { $title }

# The timeline
timeline-not-mailed = เคาน์ตีของท่านยังไม่ได้ส่งบัตรลงคะแนนถึงท่าน ท่านจะเห็นแต่ละขั้นตอนที่นี่เมื่อ { $office } รายงานเข้ามา
timeline-your-ballot = บัตรลงคะแนนของท่าน
timeline-act = ท่านต้องดำเนินการ
timeline-completed = เสร็จสิ้นแล้ว
timeline-not-yet = ยังไม่ถึงขั้นตอนนี้
timeline-what-happened = สิ่งที่เกิดขึ้น

# Change or stop notifications
manage-title = เปลี่ยนหรือหยุดการแจ้งเตือน
manage-loading = กำลังโหลดตัวเลือกของท่าน…
manage-not-found = เราไม่พบการแจ้งเตือนเหล่านี้ โปรดตรวจสอบว่าท่านได้เปิดลิงก์จากข้อความของท่านครบทั้งลิงก์
manage-email-now = ปัจจุบัน: { $destination } เว้นว่างไว้หากต้องการใช้ที่อยู่เดิม หรือกรอกที่อยู่ใหม่
manage-phone-now = ปัจจุบัน: { $destination } เว้นว่างไว้หากต้องการใช้หมายเลขเดิม หรือกรอกหมายเลขใหม่
manage-language = ภาษาของการแจ้งเตือน
manage-stopped-title = หยุดการแจ้งเตือนแล้ว
manage-stopped = ท่านจะไม่ได้รับการแจ้งเตือนอีก หากต้องการเริ่มรับอีกครั้ง โปรดเปิดช่องทางใดช่องทางหนึ่งด้านล่าง
manage-saved-title = บันทึกตัวเลือกของท่านแล้ว
manage-confirmed-email = เราได้ส่งการยืนยันทางอีเมลแล้ว
manage-confirmed-sms = เราได้ส่งการยืนยันทางข้อความแล้ว
manage-confirmed-both = เราได้ส่งการยืนยันทางอีเมลและทางข้อความแล้ว
manage-save = บันทึกการเปลี่ยนแปลง
manage-stop-title = หยุดการแจ้งเตือนทั้งหมด
manage-stop-lead = ท่านจะไม่ได้รับอีเมล ข้อความ หรือสายโทรศัพท์เกี่ยวกับบัตรลงคะแนนของท่านอีก
manage-stop = หยุดการแจ้งเตือนทั้งหมด
manage-see-status = ดูสถานะบัตรลงคะแนนของท่าน

# Page not found
not-found-title = ไม่พบหน้านี้
not-found-lead = หากท่านพิมพ์ที่อยู่เว็บเอง โปรดตรวจสอบว่าถูกต้อง
not-found-sign-up = สมัครรับการแจ้งเตือนเกี่ยวกับบัตรลงคะแนน
