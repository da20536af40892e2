# The rules' messages (shared/src): the form shows them as the voter types, and the API
# returns them in `fields`. Placeholders: { $days }, { $month } (1-12), { $year }, { $max }.
# Keep "MM-DD-YYYY", "HH:MM", and example values (01-23-1980, 95814, (916) 555-0123,
# name@example.com, 20:00) exactly as they are: they describe what to type.
#
# Thai (th): polite register with "ท่าน" and "โปรด", as in the Secretary of State's Thai pages.
# Terms: voter registration = การขึ้นทะเบียนผู้มีสิทธิเลือกตั้ง; ZIP code = รหัสไปรษณีย์ (ZIP code);
# voter ID = หมายเลขประจำตัวผู้มีสิทธิเลือกตั้ง; sample ballot = ตัวอย่างบัตรลงคะแนน;
# quiet hours = ช่วงเวลาห้ามรบกวน. Times in prose use the Thai form 21.00 น. / 08.00 น.

name-first-empty = โปรดกรอกชื่อของท่าน
name-last-empty = โปรดกรอกนามสกุลของท่าน
name-first-too-long = ชื่อของท่านต้องมีความยาวไม่เกิน { $max } ตัวอักษร
name-last-too-long = นามสกุลของท่านต้องมีความยาวไม่เกิน { $max } ตัวอักษร
name-first-no-letters = โปรดกรอกชื่อของท่านตามที่ปรากฏในการขึ้นทะเบียนผู้มีสิทธิเลือกตั้ง
name-last-no-letters = โปรดกรอกนามสกุลของท่านตามที่ปรากฏในการขึ้นทะเบียนผู้มีสิทธิเลือกตั้ง

dob-empty = โปรดกรอกวันเกิดของท่าน
dob-format = โปรดกรอกวันเกิดในรูปแบบ MM-DD-YYYY (เดือน-วัน-ปี ค.ศ.) เช่น 01-23-1980
dob-month = เดือนต้องอยู่ระหว่าง 01 ถึง 12
dob-day = วันที่ต้องอยู่ระหว่าง 01 ถึง { $days } สำหรับเดือน{ $month ->
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
}
dob-day-february = วันที่ต้องอยู่ระหว่าง 01 ถึง { $days } สำหรับเดือนกุมภาพันธ์ { $year }
dob-before-earliest = วันเกิดต้องไม่ก่อนวันที่ 01-01-1900
dob-in-future = วันเกิดต้องไม่เป็นวันในอนาคต

zip-empty = โปรดกรอกรหัสไปรษณีย์ (ZIP code) ของที่อยู่อาศัยของท่านในรัฐแคลิฟอร์เนีย
zip-format = โปรดกรอกรหัสไปรษณีย์ของรัฐแคลิฟอร์เนีย 5 หลัก เช่น 95814 { zip-overseas-help }
zip-not-california = รหัสนี้ไม่ใช่รหัสไปรษณีย์ของรัฐแคลิฟอร์เนีย (รหัสไปรษณีย์ของรัฐแคลิฟอร์เนียขึ้นต้นด้วย 900 ถึง 961) { zip-overseas-help }
zip-overseas-help = หากท่านอาศัยอยู่ต่างประเทศ โปรดใช้รหัสไปรษณีย์ของที่อยู่อาศัยในรัฐแคลิฟอร์เนียที่ท่านใช้ขึ้นทะเบียนผู้มีสิทธิเลือกตั้ง

voter-id-invalid = โปรดกรอกหมายเลขประจำตัวผู้มีสิทธิเลือกตั้ง (voter ID) ตามที่พิมพ์อยู่บนบัตรขึ้นทะเบียนผู้มีสิทธิเลือกตั้งหรือตัวอย่างบัตรลงคะแนนของท่าน (ตัวอักษรภาษาอังกฤษและตัวเลขเท่านั้น)

email-empty = โปรดกรอกที่อยู่อีเมลของท่าน
email-too-long = ที่อยู่อีเมลของท่านต้องมีความยาวไม่เกิน { $max } ตัวอักษร
email-format = โปรดกรอกที่อยู่อีเมลในรูปแบบที่ถูกต้อง เช่น name@example.com

phone-empty = โปรดกรอกหมายเลขโทรศัพท์
phone-format = โปรดกรอกหมายเลขโทรศัพท์ในสหรัฐฯ เช่น (916) 555-0123 หรือหมายเลขต่างประเทศที่ขึ้นต้นด้วย + ตามด้วยรหัสประเทศ
phone-not-north-american = โปรดตรวจสอบรหัสพื้นที่และหมายเลข หมายเลขนี้ไม่ใช่หมายเลขโทรศัพท์ในสหรัฐฯ ที่ถูกต้อง
phone-international-length = หมายเลขต่างประเทศต้องมีเครื่องหมาย + และตัวเลข 8 ถึง 15 หลัก โดยขึ้นต้นด้วยรหัสประเทศ
phone-premium = หมายเลขนี้เป็นหมายเลขที่คิดค่าบริการพิเศษหรือหมายเลขโทรศัพท์ดาวเทียม ซึ่งเราไม่สามารถส่งข้อความหรือโทรไปได้ โปรดกรอกหมายเลขโทรศัพท์มือถือหรือโทรศัพท์บ้าน

channels-none-chosen = โปรดเปิดช่องทางรับการแจ้งเตือนอย่างน้อยหนึ่งช่องทาง ได้แก่ อีเมล ข้อความ (SMS) หรือสายโทรศัพท์
channels-email-empty = โปรดกรอกที่อยู่อีเมลสำหรับรับการแจ้งเตือน
channels-sms-empty = โปรดกรอกหมายเลขโทรศัพท์มือถือสำหรับรับข้อความ
channels-voice-empty = โปรดกรอกหมายเลขโทรศัพท์สำหรับรับสายโทรศัพท์

quiet-hours-format = โปรดกรอกเวลาในรูปแบบ HH:MM (ชั่วโมง:นาที) เช่น 20:00
quiet-hours-outside-allowed = ระบบจะไม่ส่งข้อความและไม่โทรระหว่างเวลา 21.00 น. ถึง 08.00 น. อยู่แล้ว ช่วงเวลาห้ามรบกวนใช้ได้เพื่อเพิ่มเวลาจากช่วงนี้เท่านั้น
quiet-hours-no-contact-hours = ช่วงเวลาห้ามรบกวนต้องสิ้นสุดในช่วงเช้า ก่อนที่จะเริ่มอีกครั้งในช่วงเย็น

language-unsupported = โปรดเลือกภาษาใดภาษาหนึ่งที่มีให้เลือก

# Where messages will go, under each switch while it is on. { $destination } is the
# address or number as typed.
channel-will-receive-email = ท่านจะได้รับอีเมลที่ { $destination }
channel-will-receive-sms = ท่านจะได้รับข้อความที่หมายเลข { $destination }
channel-will-receive-voice = ท่านจะได้รับสายโทรศัพท์ที่หมายเลข { $destination }

## A message's reference, as typed on the verify page
reference-invalid = โปรดกรอกรหัสอ้างอิงตามที่พิมพ์ไว้ท้ายข้อความ: ตัวอักษรและตัวเลขรวมแปดตัว เช่น 7KQM-4MXZ
