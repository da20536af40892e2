# Traditional Chinese (繁體中文).
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
# Translator's note: the program's name is rendered 我的選票在哪裡？ (see ui.ftl).

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

## Ballot statuses, as the timeline and email subjects title them
status-mailed = 已寄出
status-in-transit-to-voter = 正在寄送給您
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

## The sign-up confirmation (email and text; there is no confirmation call)
confirm-email-subject = 您已註冊接收 { $office } 的選票通知
confirm-email-signed-up = 您已註冊接收 { $office } 的「{ program-name }」通知。當您的郵寄選票寄出、被收到和計入時，我們會寄電子郵件至 { $destination } 通知您；如果出現需要您解決的問題，我們也會立即通知您。
confirm-email-see-status = 您可隨時查看您的選票狀態：{ $status_url }
confirm-email-why = 您收到此電子郵件，是因為有人在註冊「{ program-name }」時輸入了此電子郵件地址。如果註冊的人不是您，請使用上方連結停止接收這些電子郵件。
confirm-sms = { $office }：您已註冊接收「{ program-name }」選票提醒。簡訊發送頻率不定。可能會收取簡訊及數據傳輸費用。回覆 HELP 取得協助，回覆 STOP 取消。狀態：{ $status_url }

## A status notification
update-email-subject = 您的選票：{ $status } - { $office }
update-sms = { $office }：{ $sentence } 狀態：{ $status_url } 回覆 STOP 即可停止。
update-voice = 您好。這裡是 { $office }，為您提供有關您郵寄選票的最新消息。{ $sentence } { $help } 再見。

## The return-deadline reminder, to voters whose ballot was mailed but not yet received
reminder-sentence = { $office } 尚未收到您的郵寄選票。請於{ $deadline }前交回，以便計入：您可以郵寄（郵戳日期不得晚於選舉日），或依照您所在縣的選民指南所述方式投遞。
reminder-email-subject = 提醒：請於{ $deadline }前交回您的選票 - { $office }
reminder-email-already = 如果您已經交回選票，則無需採取任何行動。查看您的選票狀態：{ $status_url }
reminder-sms = { $office }：{ $sentence } 狀態：{ $status_url } 回覆 STOP 即可停止。
reminder-voice = 您好。這裡是 { $office }，提醒您有關您郵寄選票的事項。{ $sentence } { $help } 再見。

## Answers to texts (STOP, START, HELP and anything else)
sms-stopped = 「{ program-name }」：您已取消訂閱，將不會再收到選票提醒簡訊。回覆 START 即可重新訂閱。
sms-resumed = 「{ program-name }」：您已重新訂閱選票提醒。簡訊發送頻率不定。可能會收取簡訊及數據傳輸費用。回覆 HELP 取得協助，回覆 STOP 取消。
sms-not-signed-up = 「{ program-name }」：此號碼尚未註冊接收選票提醒。請至以下網址註冊：{ $signup_url }
sms-help-county = 「{ program-name }」選票提醒，由 { $office } 發送。如需協助，請透過 { $contact } 與他們聯絡。回覆 STOP 取消。可能會收取簡訊及數據傳輸費用。
sms-help-hotline = 「{ program-name }」選票提醒，由您的縣選舉辦公室發送。如需協助，請致電 { $hotline }。回覆 STOP 取消。可能會收取簡訊及數據傳輸費用。
sms-other = 「{ program-name }」：此號碼僅用於發送選票提醒，無法讀取回覆。回覆 HELP 取得協助，回覆 STOP 取消。
