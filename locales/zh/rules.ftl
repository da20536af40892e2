# Traditional Chinese (繁體中文). Terms follow California's official Chinese election materials.
# The rules' messages (shared/src): the form shows them as the voter types, and the API
# returns them in `fields`. Placeholders: { $days }, { $month } (1-12), { $year }, { $max }.
# Keep "MM-DD-YYYY", "HH:MM", and example values (01-23-1980, 95814, (916) 555-0123,
# name@example.com, 20:00) exactly as they are: they describe what to type.

name-first-empty = 請輸入您的名字
name-last-empty = 請輸入您的姓氏
name-first-too-long = 您的名字不得超過 { $max } 個字元
name-last-too-long = 您的姓氏不得超過 { $max } 個字元
name-first-no-letters = 請依照您選民登記上的寫法輸入您的名字
name-last-no-letters = 請依照您選民登記上的寫法輸入您的姓氏

dob-empty = 請輸入您的出生日期
dob-format = 請以 MM-DD-YYYY（月-日-年）格式輸入您的出生日期，例如 01-23-1980
dob-month = 月份必須介於 01 至 12 之間
dob-day = { $month ->
    [1] 1月
    [2] 2月
    [3] 3月
    [4] 4月
    [5] 5月
    [6] 6月
    [7] 7月
    [8] 8月
    [9] 9月
    [10] 10月
    [11] 11月
   *[12] 12月
}的日期必須介於 01 至 { $days } 之間
dob-day-february = { $year }年2月的日期必須介於 01 至 { $days } 之間
dob-before-earliest = 出生日期不得早於 01-01-1900
dob-in-future = 出生日期不得為未來的日期

zip-empty = 請輸入您加州居住地址的郵遞區號（ZIP Code）
zip-format = 請輸入 5 位數的加州郵遞區號，例如 95814。{ zip-overseas-help }
zip-not-california = 這不是加州的郵遞區號（加州的郵遞區號開頭為 900 至 961）。{ zip-overseas-help }
zip-overseas-help = 居住在國外嗎？請使用您登記投票時所用的加州居住地址的郵遞區號。

voter-id-needed = 請輸入您的選民編號。選民編號印在您的選民登記卡和樣本選票上。
voter-id-invalid = 請依照您的選民登記卡或樣本選票上印的內容輸入您的選民編號（僅限英文字母和數字）

email-empty = 請輸入您的電子郵件地址
email-too-long = 您的電子郵件地址不得超過 { $max } 個字元
email-format = 請以正確格式輸入電子郵件地址，例如 name@example.com

phone-empty = 請輸入電話號碼
phone-format = 請輸入美國電話號碼，例如 (916) 555-0123，或輸入以 + 和國碼開頭的國際電話號碼
phone-not-north-american = 請檢查區碼和號碼：這不是有效的美國電話號碼
phone-international-length = 國際電話號碼須為 + 加上 8 至 15 位數字，並以國碼開頭
phone-premium = 這是加值付費或衛星電話號碼，我們無法傳送簡訊或撥打電話。請輸入手機或住家電話號碼。

channels-none-chosen = 請至少開啟一種通知方式：電子郵件、簡訊或語音電話
channels-email-empty = 請輸入接收通知的電子郵件地址
channels-sms-empty = 請輸入接收簡訊的手機號碼
channels-voice-empty = 請輸入接聽語音電話的電話號碼

quiet-hours-format = 請以 HH:MM（時:分）格式輸入時間，例如 20:00
quiet-hours-outside-allowed = 晚上 9 點至早上 8 點之間一律不會傳送簡訊或撥打電話；勿擾時段只能在此之外再增加
quiet-hours-no-contact-hours = 勿擾時段必須在早上結束，並在晚上才再次開始

language-unsupported = 請從提供的語言中選擇一種

# Where messages will go, under each switch while it is on. { $destination } is the
# address or number as typed.
channel-will-receive-email = 您將在 { $destination } 收到電子郵件
channel-will-receive-sms = 您將在 { $destination } 收到簡訊
channel-will-receive-voice = 您將在 { $destination } 接到語音電話

## A message's reference, as typed on the verify page
reference-invalid = 請依照訊息結尾所印的內容輸入參考碼：共八個字母和數字，例如 7KQM-4MXZ。

## A signature cure sent from the status page (issue 16). $max is a number.
cure-election = 請選擇此聲明所針對的選票
cure-method = 請選擇簽名方式：親手畫出簽名、拍攝已簽署聲明的照片，或輸入您的姓名
cure-name-empty = 請輸入您的全名
cure-name-too-long = 您的姓名不得超過 { $max } 個字元
cure-name-no-letters = 請以文字輸入您簽名時所寫的姓名
cure-image-format = 請以照片（JPEG、PNG 或 HEIC）或掃描檔（PDF）傳送您的簽名
cure-image-unreadable = 無法將此檔案作為圖片開啟。請重新拍照，或選擇其他檔案
cure-pdf-no-scan = 此 PDF 中沒有掃描的頁面。請改為傳送您已簽名的聲明的照片
cure-image-too-large = 圖片不得超過 { $max } MB
cure-image-too-many-pixels = 圖片像素過多：最多 { $max } 百萬像素。請以較低的解析度重新拍攝
