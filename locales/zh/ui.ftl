# Traditional Chinese (繁體中文).
# The web pages (frontend/src). Keep "Where's My Ballot?" as the program's name unless the
# Secretary of State publishes it in your language. Keep "MM-DD-YYYY" as it is: the date of
# birth is always typed that way (the hint says it in words, for screen readers). { $destination } is an email address or phone number,
# { $office } a county elections office's name, { $page } a page title, { $title } a status.
# Translator's note: "Where's My Ballot?" is rendered 我的選票在哪裡？, the meaning of the
# English name; a reviewer should confirm against the Secretary of State's Chinese pages.

site-name = 我的選票在哪裡？
site-tagline = 為加州選民提供的郵寄選票追蹤服務
skip-link = 跳至主要內容
nav-label = 主選單
nav-sign-up = 註冊
nav-check = 查詢我的選票
nav-verify = 查證訊息
footer-questions = 對您的選民登記或選票有疑問嗎？請聯絡您的縣選舉辦公室，或致電加州州務卿：
language-picker-label = 語言
# The button beside the language list: a language is applied when chosen, not on each arrow key.
language-picker-apply = 變更語言
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
field-date-of-birth-hint = 兩位數的月份、兩位數的日期、四位數的年份，例如 01-23-1980
field-zip = 郵遞區號（ZIP Code）
field-zip-hint = 您加州居住地址的郵遞區號。海外選民：請使用您登記投票時所用的加州地址的郵遞區號。
field-zip-hint-lookup = 您加州居住地址的郵遞區號，即使您居住在國外也是如此。
field-voter-id = 選民編號
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

# After signing up. Nothing about the ballot goes to an address or number until whoever has it
# confirms it: a link by email, YES by text, 1 on a call.
signed-up-title = 請查看您的電子郵件和電話
signed-up-new = 您已完成註冊。在我們傳送任何有關您選票的內容之前，請確認我們可用來聯絡您的每一種方式。
signed-up-already-title = 您先前已經註冊
signed-up-already = 沒有任何變更。此選民已設定通知，因此我們不會在此顯示這些通知。
signed-up-already-on-file = 我們已將變更或停止通知的連結，傳送至存檔的電子郵件地址和電話。
signed-up-check = 接下來的步驟
signed-up-confirm-email = 我們已將連結寄至 { $destination }。請於 48 小時內開啟連結以確認。如果您沒有看到，請檢查垃圾郵件或促銷郵件資料夾。
signed-up-confirm-sms = 我們已傳送簡訊至 { $destination }。請回覆 YES 以確認。
signed-up-confirm-voice = 我們會在早上 8 點至晚上 9 點之間致電 { $destination }。請在通話中按 1 以確認。
signed-up-confirm-not-sent = { $destination } 今天收到的確認通知已達每日上限。先前收到的確認通知仍然有效。
signed-up-on-file = 已確認：{ $destination }。
notifications-come-from = 通知由 { $office } 發出。
signed-up-see-status = 查看您的選票狀態
signed-up-same-link = （請保留此連結：它只會顯示您的選票狀態，因此可以放心分享）
signed-up-change = 變更您的選擇

# Errors
error-summary-title = 出現問題
network-error = 我們無法連線到伺服器。請檢查您的網路連線後再試一次。

# Check without signing up
lookup-title = 查詢您的選票狀態
lookup-lead = 無需註冊接收通知，即可查看您的郵寄選票目前的處理進度。
lookup-submit = 查詢狀態
lookup-result = 您的選票狀態
lookup-sign-up = 註冊以便在狀態變更時收到通知

# Status page
status-title = 您的選票狀態
status-loading = 正在載入您的選票狀態…
status-not-found-title = 找不到狀態頁面
status-not-found = 我們找不到此狀態頁面。請確認您開啟的是訊息中的完整連結。
status-check-instead = 改用您的個人資料查詢選票狀態
status-updates-from = 最新狀態由 { $office } 提供。
status-updates-live = 本頁面會自動更新。
status-updates-reload = 請重新載入本頁面以查看最新狀態。
status-manage = 變更或停止通知
status-updated = 您的選票狀態已更新：{ $title }

# The timeline
timeline-not-mailed = 您所在的縣尚未寄出您的選票。{ $office } 每回報一個步驟，您都會在此處看到。
timeline-your-ballot = 您的選票
timeline-act = 您需要採取行動
# The signature statement the voter sent from the tracker, and what came of it.
timeline-cure = 您的簽名聲明
timeline-completed = 已完成
timeline-not-yet = 尚未進行
timeline-what-happened = 處理經過

# Change or stop notifications
manage-title = 變更或停止通知
manage-loading = 正在載入您的選擇…
manage-not-found-title = 找不到通知
manage-not-found = 我們找不到這些通知。請確認您開啟的是訊息中的完整連結。
manage-email-now = 目前：{ $destination }。如要保留，請留空；或輸入新的地址。
manage-phone-now = 目前：{ $destination }。如要保留，請留空；或輸入新的號碼。
manage-language = 通知所用的語言
manage-stopped-title = 通知已停止
manage-stopped = 您將不會再收到任何通知。如要重新開始，請在下方開啟一種通知方式。
manage-saved-title = 您的選擇已儲存
manage-confirm-new = 我們已向每個新的地址或號碼傳送確認通知。確認後，通知便會傳送至該處。
manage-awaiting = 等待確認：{ $destination }。
manage-read-only-title = 此連結無法用來變更通知
manage-read-only = 此連結可顯示您的選票狀態，但無法用來變更您的通知。
manage-expired-title = 此連結已過期
manage-expired = 此變更通知的連結已過期。
manage-send-link = 將新連結傳送至我存檔的電子郵件和電話
manage-link-sent = 我們已將新連結傳送至存檔的電子郵件地址和電話。
manage-link-not-sent = 我們今天已傳送多個連結。請查看您的電子郵件和簡訊，或明天再試一次。
manage-save = 儲存變更
manage-stop-title = 停止所有通知
manage-stop-lead = 您將不會再收到任何有關您選票的電子郵件、簡訊或電話。
manage-stop = 停止所有通知
# Asked before anything is erased.
manage-stop-confirm-title = 要停止所有通知嗎？
manage-stop-confirm = 所有有關您選票的電子郵件、簡訊和電話都將停止，您的電子郵件地址和電話號碼也將被刪除。如要再次收到通知，您需要重新輸入這些資料。
manage-stop-yes = 是，停止所有通知
manage-stop-cancel = 否，保留我的通知
manage-see-status = 查看您的選票狀態
# How a screen reader reads a hidden phone number such as (•••) •••-0123; { $last } is its last four digits.
masked-number = 末四碼為 { $last } 的號碼

# Page not found
not-found-title = 找不到網頁
not-found-lead = 如果您是自行輸入網址，請檢查網址是否正確。
not-found-sign-up = 註冊接收選票通知

# Confirming an address or number, from the link in a confirmation
confirm-title = 確認選票通知
confirm-lead = 請確認有關此選票的通知可以傳送到您這裡。如果您沒有提出要求，請關閉此頁面：我們不會再傳送任何內容。
confirm-button = 確認
confirm-done-title = 已確認
confirm-done = 有關此選票的通知將由 { $office } 傳送至 { $destination }。
confirm-see-status = 查看此選票的狀態
confirm-expired = 此確認連結已過期或已被使用。如要再試一次，請重新註冊。

# Undoing a change, from the link in a change notice
undo-title = 撤銷對您通知的變更
undo-lead = 有人為這些選票通知確認了新的電子郵件地址或電話號碼。如果不是您，請撤銷此變更。
undo-button = 撤銷變更
undo-done-title = 變更已撤銷
undo-done-restored = 通知將再次傳送至 { $destination }，不再傳送至 { $removed }。
undo-done-removed = 通知將不再傳送至 { $removed }。
undo-expired = 此連結已過期或已被使用。
undo-changed-since = 此項設定之後已再次變更，因此無法使用此連結撤銷。請使用您最新訊息中的連結。

# Is this message from us? Every message ends with a reference such as 7KQM-4MXZ.
# Unsure: 參考碼 translates "reference" by meaning; no official Chinese term is known.
verify-title = 這則訊息是我們傳送的嗎？
verify-lead = 「{ site-name }」傳送的每封電子郵件、每則簡訊和每通電話，結尾都有一個參考碼，例如 7KQM-4MXZ。請輸入參考碼，查證訊息是否由我們傳送。
field-reference = 參考碼
field-reference-hint = 位於訊息結尾。例如 7KQM-4MXZ
verify-submit = 查證
verify-yes-title = 這則訊息是我們傳送的
# $channel is email, sms or voice; $date is already written in the page's language.
verify-yes = { $sender } 已於{ $date }透過{ $channel ->
    [email] 電子郵件
    [sms] 簡訊
   *[voice] 電話
}將此訊息傳送至 { $destination }。
verify-yes-only = 本頁面只能提供以上資訊。真正的訊息絕不會要求您提供金錢、密碼或社會安全號碼。
verify-no-title = 我們沒有傳送過帶有此參考碼的訊息
verify-no = 請勿開啟其中的連結，也不要回覆。如果訊息要求您就選票採取任何行動，請聯絡您的縣選舉辦公室。
verify-senders = 我們的訊息來源
verify-senders-email = 電子郵件寄件地址：{ $address }
verify-senders-phone = 簡訊和電話來自：{ $number }

# Signing a ballot's statement from the tracker, /cure/{token} (issue 16): a ballot whose
# envelope signature is missing or did not match. "Statement" is the county's signed form:
# the "unsigned ballot statement" or the "signature verification statement".
cure-title = 簽署您的選票聲明
cure-lead = { $office } 需要您的簽名，您的選票才能計入。您可以在此簽名，而不必交回紙本表格。
cure-deadline = 請於{ $deadline }前送出。
cure-not-open = 這張選票目前不需要透過此頁面簽名。
cure-see-status = 查看您的選票狀態
cure-statement-heading = 您所簽署的聲明
# The wording of the statement the county receives; keep its legal meaning exactly.
cure-statement = 本人依據加州法律，在偽證罪處罰下聲明：本人是下方所列姓名的登記選民；本人已申請並交回本次選舉的郵寄選票；且下方的簽名確為本人的簽名，此簽名由選票追蹤服務送出，用以取代本人選票信封上缺少或不相符的簽名。
cure-dob-hint = 我們會將其與您的選民登記核對，因此僅憑轉寄的連結無法代您簽名。例如 04-27-1980
cure-method-legend = 您要如何簽名？
cure-method-drawn = 在螢幕上畫出我的簽名
cure-method-photo = 傳送我已簽名的紙本聲明的照片
cure-method-typed = 改為輸入我的姓名
cure-method-typed-hint = 適用於無法畫出簽名或拍照的人：您輸入的姓名即代表您簽署此聲明。
cure-draw-label = 簽名板：請用手指、觸控筆或滑鼠畫出您的簽名
cure-draw-hint = 如果您無法畫出簽名，請選擇「改為輸入我的姓名」。
cure-draw-clear = 重新簽名
cure-draw-empty = 請在方框內畫出您的簽名
cure-photo-label = 您已簽名的聲明的照片
cure-photo-hint = 照片（JPEG、PNG 或 HEIC）或掃描檔（PDF），最大 10 MB。拍攝地點及檔案中儲存的其他資訊將會被移除。
cure-typed-label = 您的全名，與您簽名時的寫法相同
cure-submit = 送出我的簽名
cure-sending = 正在送出您的簽名…
cure-sent-title = 簽名已送出
cure-sent = { $office } 已收到您的簽名。他們審核後，我們會通知您。
cure-noscript = 在此頁面簽名需要 JavaScript。您仍可將紙本表格交回 { $office }。
cure-status-link = 用這支手機或這台電腦簽署聲明
