# Traditional Chinese (繁體中文).
# The web pages (frontend/src). Keep "Where's My Ballot?" as the program's name unless the
# Secretary of State publishes it in your language. Keep "MM-DD-YYYY" as it is: the date of
# birth is always typed that way. { $destination } is an email address or phone number,
# { $office } a county elections office's name, { $page } a page title, { $title } a status.
# Translator's note: "Where's My Ballot?" is rendered 我的選票在哪裡？, the meaning of the
# English name; a reviewer should confirm against the Secretary of State's Chinese pages.

site-name = 我的選票在哪裡？
site-tagline = 為加州選民提供的郵寄選票追蹤服務
skip-link = 跳至主要內容
nav-label = 主選單
nav-sign-up = 註冊
nav-check = 查詢我的選票
footer-questions = 對您的選民登記或選票有疑問嗎？請聯絡您的縣選舉辦公室，或致電加州州務卿：
language-picker-label = 語言
# The page's <title>: "Error: " goes in front while a form shows errors.
page-title = { $page } - { site-name }
page-title-error = 錯誤：{ $page } - { site-name }
error-prefix = 錯誤：

# Sign-up
signup-title = 註冊接收選票通知
signup-lead = 當您的郵寄選票寄出、被收到和計入時，或出現需要您解決的問題時，我們會透過電子郵件、簡訊或電話通知您。
signup-your-details = 您的資料
signup-details-hint = 請依照您選民登記上的內容填寫。
field-first-name = 名字
field-last-name = 姓氏
field-date-of-birth = 出生日期
field-date-of-birth-hint = MM-DD-YYYY（月-日-年）。例如 01-23-1980
field-zip = 郵遞區號（ZIP Code）
field-zip-hint = 您加州居住地址的郵遞區號。海外選民：請使用您登記投票時所用的加州地址的郵遞區號。
field-zip-hint-lookup = 您加州居住地址的郵遞區號，即使您居住在國外也是如此。
field-voter-id = 選民編號（選填）
field-voter-id-hint = 印在您的選民登記卡和樣本選票上。
channels-legend = 您希望我們如何通知您？
channels-hint = 請開啟一種或多種方式。
switch-email = 電子郵件
switch-sms = 簡訊（SMS）
switch-voice = 語音電話
switch-on = 開啟
switch-off = 關閉
field-email = 電子郵件地址
field-sms-phone = 手機號碼
field-sms-phone-hint = 美國號碼；如為國外號碼，請輸入 + 和國碼。
field-voice-phone = 接聽電話的號碼
field-voice-phone-hint = 美國號碼；如為國外號碼，請輸入 + 和國碼。我們會在早上 8 點至晚上 9 點之間撥打電話。
signup-submit = 註冊
signup-submitting = 正在註冊…

# After signing up
signed-up-title = 您已完成註冊
signed-up-new = 我們會通知您有關您郵寄選票的狀態。
signed-up-updated = 您先前已經註冊：我們已更新您的選擇。
signed-up-what-we-sent = 我們傳送的內容
signed-up-email-sent = 我們已將確認電子郵件寄至 { $destination }。如果您沒有看到，請檢查垃圾郵件或促銷郵件資料夾。
signed-up-email-later = 我們將寄電子郵件至 { $destination }。
signed-up-sms-sent = 我們已將確認簡訊傳送至 { $destination }。您可隨時回覆英文 STOP 停止接收簡訊。
signed-up-sms-later = 我們將傳送簡訊至 { $destination }。
signed-up-voice = 當您的選票狀態有變更時，我們會在早上 8 點至晚上 9 點之間致電 { $destination }。我們不會撥打確認電話。
notifications-come-from = 通知由 { $office } 發出。
signed-up-see-status = 查看您的選票狀態
signed-up-same-link = （您的確認通知中也有相同的連結）
signed-up-change = 變更您的選擇

# Errors
error-summary-title = 出現問題
network-error = 我們無法連線到伺服器。請檢查您的網路連線後再試一次。
server-error = 發生錯誤（HTTP { $status }）。請再試一次。

# Check without signing up
lookup-title = 查詢您的選票狀態
lookup-lead = 無需註冊接收通知，即可查看您的郵寄選票目前的處理進度。
lookup-submit = 查詢狀態
lookup-result = 您的選票狀態
lookup-sign-up = 註冊以便在狀態變更時收到通知

# Status page
status-title = 您的選票狀態
status-loading = 正在載入您的選票狀態…
status-not-found = 我們找不到此狀態頁面。請確認您開啟的是訊息中的完整連結。
status-check-instead = 改用您的個人資料查詢選票狀態
status-updates-from = 最新狀態由 { $office } 提供。本頁面會自動更新。
status-manage = 變更或停止通知
status-updated = 您的選票狀態已更新：{ $title }

# The timeline
timeline-not-mailed = 您所在的縣尚未寄出您的選票。{ $office } 每回報一個步驟，您都會在此處看到。
timeline-your-ballot = 您的選票
timeline-act = 您需要採取行動
timeline-completed = 已完成
timeline-not-yet = 尚未進行
timeline-what-happened = 處理經過

# Change or stop notifications
manage-title = 變更或停止通知
manage-loading = 正在載入您的選擇…
manage-not-found = 我們找不到這些通知。請確認您開啟的是訊息中的完整連結。
manage-email-now = 目前：{ $destination }。如要保留，請留空；或輸入新的地址。
manage-phone-now = 目前：{ $destination }。如要保留，請留空；或輸入新的號碼。
manage-language = 通知所用的語言
manage-stopped-title = 通知已停止
manage-stopped = 您將不會再收到任何通知。如要重新開始，請在下方開啟一種通知方式。
manage-saved-title = 您的選擇已儲存
manage-confirmed-email = 我們已透過電子郵件傳送確認通知。
manage-confirmed-sms = 我們已透過簡訊傳送確認通知。
manage-confirmed-both = 我們已透過電子郵件和簡訊傳送確認通知。
manage-save = 儲存變更
manage-stop-title = 停止所有通知
manage-stop-lead = 您將不會再收到任何有關您選票的電子郵件、簡訊或電話。
manage-stop = 停止所有通知
manage-see-status = 查看您的選票狀態

# Page not found
not-found-title = 找不到網頁
not-found-lead = 如果您是自行輸入網址，請檢查網址是否正確。
not-found-sign-up = 註冊接收選票通知
