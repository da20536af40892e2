# Traditional Chinese (繁體中文).
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
# Translator's note: the program's name is rendered 我的選票在哪裡？ (see ui.ftl).
# SMS keywords STOP, START, HELP and YES stay in English (回覆 YES 以確認).
# A message's reference (7KQM-4MXZ) is 參考碼; to undo a change is 撤銷.

program-name = 我的選票在哪裡？

# A date, as messages write it: "November 3, 2026". $month is 1-12, $day and $year numbers.
# Chinese writes it 2026年11月3日: every variant is the month's number.
date-long = { $year }年{ $month ->
    [1] 1
    [2] 2
    [3] 3
    [4] 4
    [5] 5
    [6] 6
    [7] 7
    [8] 8
    [9] 9
    [10] 10
    [11] 11
   *[12] 12
}月{ $day }日

## Answers to the pages
invalid-input = 部分資料需要更正。
no-matching-voter = 您輸入的資料與我們系統中的任何選民均不相符。
no-matching-voter-help-spelling = 請確認您的名字、姓氏、出生日期和郵遞區號與您選民登記上的寫法相同。
no-matching-voter-help-zip = 請使用您加州居住地址的郵遞區號，即使您居住在國外或在其他地址收取郵件也是如此。
no-matching-voter-help-recent = 如果您最近才登記或更新了選民登記，請在幾天後再試一次。
ambiguous-voter = 有不只一位選民符合這些資料。請輸入您的選民編號，讓我們確認哪一位是您。
ambiguous-voter-help-where = 您的選民編號印在您的選民登記卡和樣本選票上。
ambiguous-voter-help-county = 如果您沒有選民編號，請聯絡您的縣選舉辦公室。
rate-limited = 嘗試次數過多。請等候幾分鐘後再試一次。
timed-out = 服務回應時間過長。請稍後再試一次。
unavailable = 服務目前忙碌中。請稍後再試一次。
internal = 我們這邊發生錯誤。請再試一次。
subscription-not-found = 我們找不到這些通知。請確認您開啟的是訊息中的完整連結。
link-expired = 此連結已過期或已被使用。
read-only-link = 此連結可顯示您的選票狀態，但無法用來變更您的通知。
changed-since = 此項設定之後已再次變更，因此無法使用此連結撤銷。請使用您最新訊息中的連結管理您的通知。
# A field error under a channel: $channel is email, sms or voice.
too-many-confirmations = 今天傳送至此{ $channel ->
    [email] 地址
   *[other] 號碼
}的確認通知已達上限。請明天再試一次，或選擇其他通知方式。
phone-country-refused = 我們無法向該國家/地區的號碼傳送簡訊或撥打電話。請選擇電子郵件，或其他國家/地區的號碼。
channel-unavailable = 本服務目前尚未提供{ $channel ->
    [email] 電子郵件
    [sms] 簡訊
   *[voice] 電話
}通知。請選擇其他通知方式。

## Ballot statuses, as the timeline and email subjects title them
status-mailed = 已寄出
status-in-transit-to-voter = 正在寄送給您
status-delivered = 已送達
status-undeliverable = 無法投遞，已退回
status-in-transit-to-county = 正在寄往縣選舉辦公室
status-received = 已收到
status-in-review = 審核中
status-counted = 已計入
status-signature-missing = 缺少簽名
status-signature-mismatch = 無法驗證簽名
status-cured = 簽名問題已解決
status-not-counted = 未計入
status-reissued = 已補發選票
status-voted-in-person = 已親自投票

## What happened, said plainly: never more than the county's data says
sentence-mailed = 您的郵寄選票已於{ $date }交由郵政服務寄出。
sentence-in-transit-to-voter = 您的選票正由郵政服務寄送給您。
sentence-in-transit-to-voter-expected = 郵政服務預計約於{ $expected_delivery }將您的選票送達。
sentence-delivered = 郵政服務已於{ $date }將您的選票送達。
# Evidence under a status the Postal Service's scans gave: where ("Sacramento, CA") and on which day.
postal-scan = 郵政服務於{ $date }在 { $place } 掃描。
postal-latest = 郵政服務最近一次掃描：{ $place }，{ $date }。
sentence-undeliverable = 您的選票因無法投遞，已退回 { $office }。請與他們聯絡，以取得可用於投票的選票。
sentence-in-transit-to-county = 郵政服務已於{ $date }掃描您寄回的選票，該選票正寄往 { $office }。
sentence-received = { $office } 已於{ $date }收到您的選票。
sentence-in-review = 您的選票正在審核中，例如核對您的簽名。您目前無需採取任何行動。
sentence-counted = 您的選票已被接受並計入。
sentence-signature-missing = 您的選票信封上沒有簽名。
sentence-signature-mismatch = 您選票信封上的簽名無法驗證。
sentence-cured = 您的簽名問題已解決。
sentence-not-counted = 您的選票未被計入。請聯絡 { $office } 了解原因。
sentence-not-counted-reason = 您的選票未被計入。{ $office } 提供的原因：{ $reason }。
sentence-reissued = 已為您補發一張選票，先前的選票已作廢。請只填寫並交回新的選票。
sentence-voted-in-person = 您已親自投票。您的郵寄選票已不再需要。

# What to do about a signature problem: the form for a missing signature is the "unsigned
# ballot statement", for a signature that does not match the "signature verification statement".
# Chinese form names: 未簽名選票聲明 and 簽名驗證聲明.
cure-unsigned-deadline-url = 為使您的選票得以計入，請於{ $deadline }前交回「未簽名選票聲明」。表格可在此取得：{ $cure_url }
cure-unsigned-deadline = 為使您的選票得以計入，請於{ $deadline }前將「未簽名選票聲明」交回 { $office }。
cure-unsigned-url = 為使您的選票得以計入，請盡快交回「未簽名選票聲明」。表格可在此取得：{ $cure_url }
cure-unsigned = 為使您的選票得以計入，請盡快聯絡 { $office }，以交回「未簽名選票聲明」。
cure-mismatch-deadline-url = 為使您的選票得以計入，請於{ $deadline }前交回「簽名驗證聲明」。表格可在此取得：{ $cure_url }
cure-mismatch-deadline = 為使您的選票得以計入，請於{ $deadline }前將「簽名驗證聲明」交回 { $office }。
cure-mismatch-url = 為使您的選票得以計入，請盡快交回「簽名驗證聲明」。表格可在此取得：{ $cure_url }
cure-mismatch = 為使您的選票得以計入，請盡快聯絡 { $office }，以交回「簽名驗證聲明」。

## Parts every message shares
greeting = { $first_name } 您好：
see-status = 您可隨時查看您的選票狀態：{ $status_url }
change-or-stop = 變更或停止這些通知：{ $manage_url }
questions-contact = 有疑問嗎？請透過 { $contact } 聯絡 { $office }。
questions-hotline = 有疑問嗎？請聯絡 { $office }，或致電加州州務卿：{ $hotline }。
phone-help-contact = 如需協助，請透過 { $contact } 聯絡 { $office }。
phone-help-hotline = 如需協助，請致電加州州務卿：{ $hotline }。

## Confirming a new destination. It goes to an address or number nobody has confirmed yet, so
## it says whose ballot it is about and nothing of the ballot. 48 hours is how long it works.
confirm-request-email-subject = 請確認此地址，以接收 { $office } 的選票通知
confirm-request-email-asked = 有人要求 { $office } 將有關 { $first_name } 郵寄選票的「{ program-name }」通知傳送至 { $destination }。
confirm-request-email-link = 如果是您本人提出的要求，請於 48 小時內確認：{ $confirm_url }
confirm-request-email-ignore = 如果不是您，請忽略此電子郵件。此地址將不會再收到任何郵件。
confirm-request-sms = { $office }：回覆 YES 即可在此號碼接收有關 { $first_name } 選票的「{ program-name }」提醒（或至 { $confirm_url } 確認）。簡訊發送頻率不定。可能會收取簡訊及數據傳輸費用。回覆 HELP 取得協助，回覆 STOP 取消。
confirm-request-voice = 您好。這裡是 { $office }。有人要求在此號碼接聽有關 { $first_name } 郵寄選票的電話。如要確認，請現在按 1。如果不是您，請掛斷電話，我們將不會再為此事致電。
# Said on the confirmation call, after the voter pressed a key or did not.
confirm-voice-done = 謝謝。此號碼將會接到 { $office } 有關 { $first_name } 選票的電話。再見。
confirm-voice-no-key = 未完成確認，因此此號碼將不會接到有關此選票的電話。再見。
confirm-voice-expired = 此確認已過期或已被使用。再見。
# The answer to YES by text, once the number is confirmed (CTIA: the program, frequency, rates, HELP and STOP).
confirm-sms = { $office }：您已註冊接收「{ program-name }」選票提醒。簡訊發送頻率不定。可能會收取簡訊及數據傳輸費用。回覆 HELP 取得協助，回覆 STOP 取消。狀態：{ $status_url }

## To every destination on file when a new one is confirmed, with a link that undoes it.
## $channel is email, sms or voice; $destination is masked (j•••@example.com).
changed-email-subject = { $first_name } 的選票通知接收地址或號碼已變更
changed-replaced = { $office } 今後會將 { $first_name } 的{ $channel ->
    [email] 電子郵件通知
    [sms] 簡訊
   *[voice] 電話通知
}改為傳送至 { $destination }。持有該地址或號碼的人已確認此變更。
changed-added = { $office } 今後也會將 { $first_name } 的{ $channel ->
    [email] 電子郵件通知
    [sms] 簡訊
   *[voice] 電話通知
}傳送至 { $destination }。持有該地址或號碼的人已確認此變更。
changed-undo = 如果您沒有提出此要求，請於 30 天內撤銷：{ $undo_url }
changed-sms = { $office }：{ $first_name } 的選票提醒現在也會傳送至 { $destination }。不是您？請於 30 天內撤銷：{ $undo_url }
changed-voice = 您好。這裡是 { $office }。有關 { $first_name } 郵寄選票的通知，現在也會傳送至 { $destination }。如果您沒有提出此要求，請聯絡 { $office }。{ $help } 再見。

## To a destination taken off a subscription: its channel turned off with a manage link, or a
## change undone. $channel is email, sms or voice; $destination is masked; $signup_url is the
## sign-up page, where whoever had it on can sign up again.
removed-email-subject = { $first_name } 的選票通知將不再傳送到這裡
removed-body = { $office } 今後將不再把 { $first_name } 的{ $channel ->
    [email] 電子郵件通知
    [sms] 簡訊
   *[voice] 電話通知
}傳送至 { $destination }。
removed-if-not-you = 如果您沒有提出此要求，請至 { $signup_url } 重新註冊並確認此{ $channel ->
    [email] 地址
   *[other] 號碼
}，即可在這裡再次收到通知。
removed-sms = { $office }：{ $first_name } 的選票提醒將不再傳送至此號碼。不是您？請重新註冊：{ $signup_url }
removed-voice = 您好。這裡是 { $office }。此號碼今後將不會再接到有關 { $first_name } 郵寄選票的電話。如果您沒有提出此要求，請至「{ program-name }」網站重新註冊。{ $help } 再見。

## To the destinations on file when someone signs up again with the voter's details.
## $days is how long the manage link works.
signup-again-email-subject = 有人再次註冊接收 { $first_name } 的選票通知
signup-again-email-body = 有人在「{ program-name }」輸入了 { $first_name } 的姓名、出生日期和郵遞區號，以註冊接收 { $office } 的通知。沒有任何變更：您的通知仍會傳送到這裡。
signup-again-new-destination = 對方也要求將通知傳送至 { $destination }。除非持有該地址或號碼的人確認，否則不會傳送任何內容至該處；如果對方確認，我們會在這裡通知您，並提供撤銷的方法。
signup-again-manage = 如果是您本人，並想變更或停止您的通知，請於 { $days ->
    [1] { $days } 天
   *[other] { $days } 天
}內使用此連結：{ $manage_url }
signup-again-sms = { $office }：有人再次註冊接收 { $first_name } 的選票提醒。沒有任何變更。如要變更或停止提醒（連結 { $days ->
    [1] { $days } 天
   *[other] { $days } 天
}內有效）：{ $manage_url }

## A fresh link to the manage page, asked for from the site.
manage-link-email-subject = 您用來變更或停止 { $office } 選票通知的連結
manage-link-email-body = 這是您要求的連結，可用來變更或停止有關 { $first_name } 選票的「{ program-name }」通知。此連結於 { $days ->
    [1] { $days } 天
   *[other] { $days } 天
}內有效：{ $manage_url }
manage-link-email-ignore = 如果您沒有提出要求，請忽略此電子郵件：沒有任何變更。
manage-link-sms = { $office }：您用來變更或停止選票提醒的連結（{ $days ->
    [1] { $days } 天
   *[other] { $days } 天
}內有效）：{ $manage_url } 回覆 STOP 即可停止。

## Every message ends with its reference, which anyone can check at the verify page.
# Unsure: no official Chinese term is known for the message's reference (7KQM-4MXZ); 參考碼
# translates the meaning.
reference-email = 參考碼：{ $reference }。如要確認訊息確實由我們發出，請至 { $verify_url } 輸入訊息的參考碼
reference-sms = 參考碼 { $reference }
reference-voice = 此訊息的參考碼是 { $reference }。

## A status notification
update-email-subject = 您的選票：{ $status } - { $office }
update-sms = { $office }：{ $sentence } 狀態：{ $status_url } 回覆 STOP 即可停止。
# The same, when the sentence (a county's own wording) already names the office.
update-sms-named = { $sentence } 狀態：{ $status_url } 回覆 STOP 即可停止。
# A signature problem, where the voter can sign from the tracker: the link opens the page to
# sign on ($cure_page_url), in place of the status link.
update-sms-cure = { $office }：{ $sentence } 簽名：{ $cure_page_url } 回覆 STOP 即可停止。
update-sms-cure-named = { $sentence } 簽名：{ $cure_page_url } 回覆 STOP 即可停止。
# In an email about a signature problem, after what to do.
cure-online = 您也可以改用手機或電腦簽署聲明：{ $cure_page_url }
update-voice = 您好。這裡是 { $office }，為您提供有關您郵寄選票的最新消息。{ $sentence } { $help } 再見。
# Said in English on a call to a voter whose language the phone provider cannot speak (Khmer).
voice-language-unavailable = 您好。這裡是 { $office }，為您提供有關您郵寄選票的消息。我們目前還無法以您的語言撥打電話，請閱讀我們傳送給您的簡訊或電子郵件，或上網查看您的選票狀態。{ $help } 再見。

## The return-deadline reminder, to voters whose ballot was mailed but not yet received
reminder-sentence = { $office } 尚未收到您的郵寄選票。請於{ $deadline }前交回，以便計入：您可以郵寄（郵戳日期不得晚於選舉日），或依照您所在縣的選民指南所述方式投遞。
reminder-email-subject = 提醒：請於{ $deadline }前交回您的選票 - { $office }
reminder-email-already = 如果您已經交回選票，則無需採取任何行動。查看您的選票狀態：{ $status_url }
reminder-sms = { $office }：{ $sentence } 狀態：{ $status_url } 回覆 STOP 即可停止。
# A signature cure's reminder, where the voter can sign from the tracker.
reminder-sms-cure = { $office }：{ $sentence } 簽名：{ $cure_page_url } 回覆 STOP 即可停止。
reminder-voice = 您好。這裡是 { $office }，提醒您有關您郵寄選票的事項。{ $sentence } { $help } 再見。

## A county's own message to many voters (a broadcast), and a correction of one. $text is the
## county's own words, in the voter's language when the county wrote them in it.
notice-email-subject = { $office } 有關您選票的訊息
correction-email-subject = { $office } 的更正
correction-intro = 本訊息更正 { $office } 先前傳送的一則訊息。
notice-sms = { $office }：{ $text } 回覆 STOP 即可停止。
correction-sms = { $office } 更正：{ $text } 回覆 STOP 即可停止。
notice-voice = 您好。這裡是 { $office }，為您傳達有關您郵寄選票的訊息。{ $text } { $help } 再見。
correction-voice = 您好。這裡是 { $office }，為您更正先前一則有關您郵寄選票的訊息。{ $text } { $help } 再見。

## Answers to texts (STOP, START, HELP and anything else)
sms-stopped = 「{ program-name }」：您已取消訂閱，將不會再收到選票提醒簡訊。回覆 START 即可重新訂閱。
sms-resumed = 「{ program-name }」：您已重新訂閱選票提醒。簡訊發送頻率不定。可能會收取簡訊及數據傳輸費用。回覆 HELP 取得協助，回覆 STOP 取消。
sms-not-signed-up = 「{ program-name }」：此號碼尚未註冊接收選票提醒。請至以下網址註冊：{ $signup_url }
# The same answer to every number, so that HELP tells nobody whether a number is signed up.
sms-help = 「{ program-name }」選票提醒，由加州各縣選舉辦公室發送。如需協助，請致電 { $hotline } 或造訪 { $site_url }。回覆 STOP 取消。可能會收取簡訊及數據傳輸費用。
sms-other = 「{ program-name }」：此號碼僅用於發送選票提醒，無法讀取回覆。回覆 HELP 取得協助，回覆 STOP 取消。

# Answers to a signature cure sent from the status page (issue 16).
cure-dob-mismatch = 此出生日期與我們對這張選票的記錄不符。
cure-not-needed = 這張選票目前不需要簽名聲明。
cure-deadline-passed = 更正這張選票簽名的截止日期已過。請聯絡您所在縣的選舉辦公室。
cure-dob-attempts-exhausted = 這張選票的簽名已無法在此更正：輸入了太多與我們記錄不符的出生日期。請聯絡您所在縣的選舉辦公室。
cure-already-sent = 您已經為這張選票傳送了簽名聲明。縣政府正在審核。
# What the voter is told of a signature cure they sent (issue 16): a title (the email's
# subject says it as a status) and a sentence. $reason is the county's, in English.
cure-received-title = 已收到簽名聲明
cure-received-sentence = { $office } 已收到您於 { $date } 傳送的簽名聲明。縣政府審核後，我們會通知您。
cure-accepted-title = 簽名聲明已獲接受
cure-accepted-sentence = { $office } 已接受您於 { $date } 傳送的簽名聲明。
cure-rejected-title = 簽名聲明未獲接受
cure-rejected-sentence = { $office } 未接受您於 { $date } 傳送的簽名聲明。原因：{ $reason }。請聯絡該辦公室，了解您還可以採取哪些行動。
cure-rejected-brief-sentence = { $office } 未接受您於 { $date } 傳送的簽名聲明。請聯絡該辦公室，了解您還可以採取哪些行動。

## Reminders before a signature cure's deadline (issue 16): the signature problem's own
## sentence, led by the word the return reminder uses; the text and call use reminder-sms and
## reminder-voice.
cure-reminder-lead = 提醒：{ $sentence }
cure-reminder-email-subject = 提醒：請於{ $deadline }前處理您選票的簽名問題 - { $office }
# A text's own, shorter sentence (without the county's form link: the status page has it).
cure-reminder-sms-unsigned = 提醒：您的選票信封上沒有簽名。為使您的選票得以計入，請於{ $deadline }前交回「未簽名選票聲明」。
cure-reminder-sms-mismatch = 提醒：您選票信封上的簽名無法驗證。為使您的選票得以計入，請於{ $deadline }前交回「簽名驗證聲明」。
