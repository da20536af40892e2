# Japanese (日本語).
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
# Translator's note: the program's name is rendered 私の投票用紙はどこ？ (see ui.ftl).

program-name = 私の投票用紙はどこ？

# A date, as messages write it: "November 3, 2026". $month is 1-12, $day and $year numbers.
# Japanese writes it 2026年11月3日: every variant is the month's number.
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
invalid-input = 一部の情報を修正する必要があります。
no-matching-voter = 入力された情報は、システム内のどの有権者とも一致しません。
no-matching-voter-help-spelling = 名、姓、生年月日、ZIPコードが有権者登録に記載されているとおりに入力されているかご確認ください。
no-matching-voter-help-zip = 海外にお住まいの場合や別の住所で郵便物を受け取っている場合でも、カリフォルニア州の居住地住所のZIPコードを使用してください。
no-matching-voter-help-recent = 最近、有権者登録をした場合や登録内容を更新した場合は、数日後にもう一度お試しください。
ambiguous-voter = この情報に一致する有権者が複数います。ご本人を特定するため、有権者IDを入力してください。
ambiguous-voter-help-where = 有権者IDは、有権者登録カードと投票用紙サンプルに印刷されています。
ambiguous-voter-help-county = 有権者IDがお手元にない場合は、お住まいの郡選挙事務所にお問い合わせください。
rate-limited = 試行回数が多すぎます。数分待ってから、もう一度お試しください。
timed-out = サービスの応答に時間がかかりすぎました。しばらくしてから、もう一度お試しください。
unavailable = サービスが混み合っています。しばらくしてから、もう一度お試しください。
internal = こちら側で問題が発生しました。もう一度お試しください。
subscription-not-found = この通知が見つかりませんでした。メッセージに記載されたリンクを途中で切れずに開いたかご確認ください。
link-expired = このリンクは有効期限が切れているか、すでに使用されています。
read-only-link = このリンクでは投票用紙の状況を確認できますが、通知の設定は変更できません。
changed-since = その後さらに変更されたため、このリンクでは取り消せません。通知を管理するには、最新のメッセージに記載されたリンクを使用してください。
# A field error under a channel: $channel is email, sms or voice.
too-many-confirmations = 本日この{ $channel ->
    [email] メールアドレス
   *[other] 電話番号
}にお送りできる確認メッセージの上限に達しました。明日もう一度お試しいただくか、別の通知方法を選んでください。
phone-country-refused = その国の電話番号には、テキストメッセージの送信や電話の発信ができません。メールを選ぶか、別の国の電話番号を入力してください。
channel-unavailable = このサービスでは、{ $channel ->
    [email] メール
    [sms] テキストメッセージ
   *[voice] 電話
}による通知はまだご利用いただけません。別の通知方法を選んでください。

## Ballot statuses, as the timeline and email subjects title them
status-mailed = 郵送済み
status-in-transit-to-voter = お手元へ配送中
status-delivered = お手元に配達済み
status-undeliverable = 配達不能のため返送
status-in-transit-to-county = 郡選挙事務所へ配送中
status-received = 受領済み
status-in-review = 審査中
status-counted = 集計済み
status-signature-missing = 署名なし
status-signature-mismatch = 署名を確認できませんでした
status-cured = 署名の問題は解決済み
status-not-counted = 集計されませんでした
status-reissued = 差し替えの投票用紙を発行済み
status-voted-in-person = 投票所で投票済み

## What happened, said plainly: never more than the county's data says
sentence-mailed = 郵便投票用紙は{ $date }に郵便局に引き渡されました。
sentence-in-transit-to-voter = 投票用紙は郵便でお手元へ配送中です。
sentence-in-transit-to-voter-expected = 郵便局は、投票用紙を{ $expected_delivery }頃にお届けする予定です。
sentence-delivered = 投票用紙は{ $date }に郵便局から配達されました。
# Evidence under a status the Postal Service's scans gave: where ("Sacramento, CA") and on which day.
postal-scan = { $date }に{ $place }で郵便局がスキャンしました。
postal-latest = 郵便局の最新のスキャン：{ $place }、{ $date }。
sentence-undeliverable = 投票用紙は配達できなかったため、{ $office } に返送されました。投票に使用できる投票用紙を受け取るため、同事務所にお問い合わせください。
sentence-in-transit-to-county = 返送された投票用紙は、{ $office } へ配送される途中の{ $date }に郵便局でスキャンされました。
sentence-received = { $office } は{ $date }に投票用紙を受領しました。
sentence-in-review = 投票用紙は、署名の確認などのため審査中です。現時点でお手続きの必要はありません。
sentence-counted = 投票用紙は受理され、集計されました。
sentence-signature-missing = 投票用紙の封筒に署名がありません。
sentence-signature-mismatch = 投票用紙の封筒の署名を確認できませんでした。
sentence-cured = 署名の問題は解決されました。
sentence-not-counted = 投票用紙は集計されませんでした。理由については { $office } にお問い合わせください。
sentence-not-counted-reason = 投票用紙は集計されませんでした。{ $office } が示した理由：{ $reason }。
sentence-reissued = 差し替えの投票用紙が発行され、以前の投票用紙は無効になりました。新しい投票用紙のみに記入し、返送してください。
sentence-voted-in-person = 投票所で直接投票されました。郵便投票用紙は不要になりました。

# What to do about a signature problem: the form for a missing signature is the "unsigned
# ballot statement", for a signature that does not match the "signature verification statement".
# Japanese form names used here: 未署名投票用紙声明書 and 署名確認声明書 (to be confirmed).
cure-unsigned-deadline-url = 投票用紙が集計されるよう、{ $deadline }までに「未署名投票用紙声明書」を提出してください。用紙はこちらから入手できます：{ $cure_url }
cure-unsigned-deadline = 投票用紙が集計されるよう、{ $deadline }までに「未署名投票用紙声明書」を { $office } に提出してください。
cure-unsigned-url = 投票用紙が集計されるよう、できるだけ早く「未署名投票用紙声明書」を提出してください。用紙はこちらから入手できます：{ $cure_url }
cure-unsigned = 投票用紙が集計されるよう、できるだけ早く { $office } に連絡し、「未署名投票用紙声明書」を提出してください。
cure-mismatch-deadline-url = 投票用紙が集計されるよう、{ $deadline }までに「署名確認声明書」を提出してください。用紙はこちらから入手できます：{ $cure_url }
cure-mismatch-deadline = 投票用紙が集計されるよう、{ $deadline }までに「署名確認声明書」を { $office } に提出してください。
cure-mismatch-url = 投票用紙が集計されるよう、できるだけ早く「署名確認声明書」を提出してください。用紙はこちらから入手できます：{ $cure_url }
cure-mismatch = 投票用紙が集計されるよう、できるだけ早く { $office } に連絡し、「署名確認声明書」を提出してください。

## Parts every message shares
greeting = { $first_name } 様
see-status = 投票用紙の状況はいつでもこちらで確認できます：{ $status_url }
change-or-stop = この通知の変更・停止はこちら：{ $manage_url }
questions-contact = ご質問がある場合は、{ $office } まで、{ $contact } にご連絡ください。
questions-hotline = ご質問がある場合は、{ $office } にお問い合わせいただくか、カリフォルニア州務長官の { $hotline } までお電話ください。
phone-help-contact = サポートが必要な場合は、{ $office } まで、{ $contact } にご連絡ください。
phone-help-hotline = サポートが必要な場合は、カリフォルニア州務長官の { $hotline } までお電話ください。

## Confirming a new destination. It goes to an address or number nobody has confirmed yet, so
## it says whose ballot it is about and nothing of the ballot. 48 hours is how long it works.
confirm-request-email-subject = { $office } からの投票用紙に関する通知：このメールアドレスの確認のお願い
confirm-request-email-asked = { $first_name } 様の郵便投票用紙に関する「{ program-name }」の通知を { $destination } に送信するよう、{ $office } に依頼がありました。
confirm-request-email-link = ご自身で依頼された場合は、48時間以内にこちらで確認してください：{ $confirm_url }
confirm-request-email-ignore = お心当たりがない場合は、このメールを無視してください。このメールアドレスに今後何かが届くことはありません。
confirm-request-sms = { $office }：{ $first_name } 様の投票用紙に関する「{ program-name }」の通知をこの番号で受け取るには、YES と返信してください（または { $confirm_url } で確認）。メッセージの送信頻度は状況により異なります。メッセージおよびデータ通信料がかかる場合があります。ヘルプは HELP、配信停止は STOP と返信してください。
confirm-request-voice = こんにちは。こちらは { $office } です。{ $first_name } 様の郵便投票用紙について、この番号へのお電話によるお知らせのご依頼がありました。確認するには、今すぐ 1 を押してください。お心当たりがない場合は、このまま電話をお切りください。この件について今後お電話することはありません。
# Said on the confirmation call, after the voter pressed a key or did not.
confirm-voice-done = ありがとうございます。この番号に、{ $office } から { $first_name } 様の投票用紙についてのお電話をおかけします。失礼いたします。
confirm-voice-no-key = 確認されなかったため、この番号にこの投票用紙についてのお電話をおかけすることはありません。失礼いたします。
confirm-voice-expired = この確認は有効期限が切れているか、すでに使用されています。失礼いたします。
# The answer to YES by text, once the number is confirmed (CTIA: the program, frequency, rates, HELP and STOP).
confirm-sms = { $office }：「{ program-name }」の投票用紙通知に登録されました。メッセージの送信頻度は状況により異なります。メッセージおよびデータ通信料がかかる場合があります。ヘルプは HELP、配信停止は STOP と返信してください。状況：{ $status_url }

## To every destination on file when a new one is confirmed, with a link that undoes it.
## $channel is email, sms or voice; $destination is masked (j•••@example.com).
changed-email-subject = { $first_name } 様の投票用紙に関する通知の送信先が変更されました
changed-replaced = { $office } からの { $first_name } 様あての{ $channel ->
    [email] メール通知
    [sms] テキストメッセージ
   *[voice] お電話
}は、今後はこれまでの送信先ではなく { $destination } 宛てになります。この送信先を使用している方が確認済みです。
changed-added = { $office } からの { $first_name } 様あての{ $channel ->
    [email] メール通知
    [sms] テキストメッセージ
   *[voice] お電話
}は、今後 { $destination } にも届くようになります。この送信先を使用している方が確認済みです。
changed-undo = ご自身で依頼されていない場合は、30日以内にこちらで取り消してください：{ $undo_url }
changed-sms = { $office }：{ $first_name } 様の投票用紙通知は今後 { $destination } にも届きます。お心当たりがない場合は30日以内に取り消し：{ $undo_url }
changed-voice = こんにちは。こちらは { $office } です。{ $first_name } 様の郵便投票用紙に関するお知らせは、今後 { $destination } にも届きます。ご自身で依頼されていない場合は、{ $office } にお問い合わせください。{ $help } 失礼いたします。

## To a destination taken off a subscription: its channel turned off with a manage link, or a
## change undone. $channel is email, sms or voice; $destination is masked; $signup_url is the
## sign-up page, where whoever had it on can sign up again.
removed-email-subject = { $first_name } 様の投票用紙に関する通知は、今後こちらには届きません
removed-body = { $office } からの { $first_name } 様あての{ $channel ->
    [email] メール通知
    [sms] テキストメッセージ
   *[voice] お電話
}は、今後 { $destination } には届かなくなります。
removed-if-not-you = ご自身で依頼されていない場合は、{ $signup_url } で改めて登録し、この{ $channel ->
    [email] メールアドレス
   *[other] 電話番号
}を確認してください。再びこちらに通知が届くようになります。
removed-sms = { $office }：{ $first_name } 様の投票用紙通知は今後この番号には届きません。お心当たりがない場合は改めて登録：{ $signup_url }
removed-voice = こんにちは。こちらは { $office } です。今後、{ $first_name } 様の郵便投票用紙について、この番号にお電話をおかけすることはありません。ご自身で依頼されていない場合は、「{ program-name }」のウェブサイトで改めて登録してください。{ $help } 失礼いたします。

## To the destinations on file when someone signs up again with the voter's details.
## $days is how long the manage link works.
signup-again-email-subject = { $first_name } 様の投票用紙に関する通知に、改めて登録がありました
signup-again-email-body = どなたかが「{ program-name }」で { $first_name } 様の氏名、生年月日、ZIPコードを入力し、{ $office } からの通知に登録しました。変更はありません。通知は引き続きこちらに届きます。
signup-again-new-destination = その方は { $destination } での通知も希望しました。その送信先を使用している方が確認しない限り、そちらには何も送信されません。確認された場合は、取り消し方法を添えてこちらにお知らせします。
signup-again-manage = ご自身による登録で、通知を変更または停止したい場合は、{ $days ->
    [1] { $days }日
   *[other] { $days }日
}以内にこのリンクを使用してください：{ $manage_url }
signup-again-sms = { $office }：{ $first_name } 様の投票用紙通知に改めて登録がありました。変更はありません。通知の変更・停止はこちら（有効期間{ $days ->
    [1] { $days }日
   *[other] { $days }日
}）：{ $manage_url }

## A fresh link to the manage page, asked for from the site.
manage-link-email-subject = { $office } からの投票用紙に関する通知を変更・停止するためのリンク
manage-link-email-body = ご依頼いただいた、{ $first_name } 様の投票用紙に関する「{ program-name }」の通知を変更または停止するためのリンクです。有効期間は{ $days ->
    [1] { $days }日
   *[other] { $days }日
}です：{ $manage_url }
manage-link-email-ignore = お心当たりがない場合は、このメールを無視してください。何も変更されていません。
manage-link-sms = { $office }：投票用紙通知の変更・停止用リンク（有効期間{ $days ->
    [1] { $days }日
   *[other] { $days }日
}）：{ $manage_url } 配信停止は STOP と返信してください。

## Every message ends with its reference, which anyone can check at the verify page.
# Translator's note: "reference" is rendered 参照番号 (see rules.ftl); to be confirmed.
reference-email = 参照番号 { $reference }。メッセージが本当に当サービスから送られたものかを確認するには、{ $verify_url } で参照番号を入力してください。
reference-sms = 参照番号 { $reference }
reference-voice = このメッセージの参照番号は { $reference } です。

## A status notification
update-email-subject = 投票用紙：{ $status } - { $office }
update-sms = { $office }：{ $sentence } 状況：{ $status_url } 配信停止は STOP と返信してください。
# The same, when the sentence (a county's own wording) already names the office.
update-sms-named = { $sentence } 状況：{ $status_url } 配信停止は STOP と返信してください。
# A signature problem, where the voter can sign from the tracker: the link opens the page to
# sign on ($cure_page_url), in place of the status link.
update-sms-cure = { $office }：{ $sentence } 署名：{ $cure_page_url } 配信停止は STOP と返信してください。
update-sms-cure-named = { $sentence } 署名：{ $cure_page_url } 配信停止は STOP と返信してください。
# In an email about a signature problem, after what to do.
cure-online = 代わりに、携帯電話またはコンピューターから申告書に署名することもできます：{ $cure_page_url }
update-voice = こんにちは。こちらは { $office } です。郵便投票用紙に関する最新情報をお知らせします。{ $sentence } { $help } 失礼いたします。
# Said in English on a call to a voter whose language the phone provider cannot speak (Khmer).
voice-language-unavailable = こんにちは。こちらは { $office } です。郵便投票用紙についてのお知らせがあります。現在、お客様の言語でのお電話には対応していないため、お送りしたテキストメッセージまたはメールをお読みいただくか、オンラインで投票用紙の状況をご確認ください。{ $help } 失礼いたします。

## The return-deadline reminder, to voters whose ballot was mailed but not yet received
reminder-sentence = { $office } はまだ郵便投票用紙を受領していません。集計されるよう、{ $deadline }までに返送してください。選挙日までの消印で郵送するか、郡の有権者ガイドに記載された方法で投函してください。
reminder-email-subject = お知らせ：{ $deadline }までに投票用紙を返送してください - { $office }
reminder-email-already = すでに返送済みの場合は、お手続きの必要はありません。投票用紙の状況はこちら：{ $status_url }
reminder-sms = { $office }：{ $sentence } 状況：{ $status_url } 配信停止は STOP と返信してください。
# A signature cure's reminder, where the voter can sign from the tracker.
reminder-sms-cure = { $office }：{ $sentence } 署名：{ $cure_page_url } 配信停止は STOP と返信してください。
reminder-voice = こんにちは。こちらは { $office } です。郵便投票用紙についてのお知らせです。{ $sentence } { $help } 失礼いたします。

## A county's own message to many voters (a broadcast), and a correction of one. $text is the
## county's own words, in the voter's language when the county wrote them in it.
notice-email-subject = { $office } から投票用紙についてのお知らせ
correction-email-subject = { $office } からの訂正
correction-intro = これは、{ $office } からの以前のメッセージを訂正するものです。
notice-sms = { $office }：{ $text } 配信停止は STOP と返信してください。
correction-sms = { $office }（訂正）：{ $text } 配信停止は STOP と返信してください。
notice-voice = こんにちは。こちらは { $office } です。郵便投票用紙についてのお知らせです。{ $text } { $help } 失礼いたします。
correction-voice = こんにちは。こちらは { $office } です。郵便投票用紙について以前お送りしたメッセージの訂正をお伝えします。{ $text } { $help } 失礼いたします。

## Answers to texts (STOP, START, HELP and anything else)
sms-stopped = 「{ program-name }」：配信を停止しました。今後、投票用紙通知のテキストメッセージは届きません。再開するには START と返信してください。
sms-resumed = 「{ program-name }」：投票用紙通知の配信を再開しました。メッセージの送信頻度は状況により異なります。メッセージおよびデータ通信料がかかる場合があります。ヘルプは HELP、配信停止は STOP と返信してください。
sms-not-signed-up = 「{ program-name }」：この番号は投票用紙通知に登録されていません。登録はこちら：{ $signup_url }
# The same answer to every number, so that HELP tells nobody whether a number is signed up.
sms-help = カリフォルニア州の郡選挙事務所からの「{ program-name }」投票用紙通知です。サポートが必要な場合は、{ $hotline } までお電話いただくか、{ $site_url } をご覧ください。配信停止は STOP と返信してください。メッセージおよびデータ通信料がかかる場合があります。
sms-other = 「{ program-name }」：この番号は投票用紙通知の送信専用のため、返信を読むことはできません。ヘルプは HELP、配信停止は STOP と返信してください。

# Answers to a signature cure sent from the status page (issue 16).
cure-dob-mismatch = この生年月日は、この投票用紙の記録と一致しません。
cure-not-needed = この投票用紙には、現在、署名の申告書は必要ありません。
cure-deadline-passed = この投票用紙の署名を訂正する期限は過ぎました。郡の選挙事務所にお問い合わせください。
cure-dob-attempts-exhausted = この投票用紙の署名は、ここでは訂正できなくなりました。記録と一致しない生年月日が何度も入力されました。郡の選挙事務所にお問い合わせください。
cure-already-sent = この投票用紙の署名の申告書はすでに送信されています。郡が審査しています。
# What the voter is told of a signature cure they sent (issue 16): a title (the email's
# subject says it as a status) and a sentence. $reason is the county's, in English.
cure-received-title = 署名の申告書を受け付けました
cure-received-sentence = { $office }は、{ $date }に送信された署名の申告書を受け付けました。郡が審査したらお知らせします。
cure-accepted-title = 署名の申告書が承認されました
cure-accepted-sentence = { $office }は、{ $date }に送信された署名の申告書を承認しました。
cure-rejected-title = 署名の申告書は承認されませんでした
cure-rejected-sentence = { $office }は、{ $date }に送信された署名の申告書を承認しませんでした。理由：{ $reason }。ほかにできることについては、事務所にお問い合わせください。
cure-rejected-brief-sentence = { $office }は、{ $date }に送信された署名の申告書を承認しませんでした。ほかにできることについては、事務所にお問い合わせください。

## Reminders before a signature cure's deadline (issue 16): the signature problem's own
## sentence, led by the word the return reminder uses; the text and call use reminder-sms and
## reminder-voice.
cure-reminder-lead = お知らせ：{ $sentence }
cure-reminder-email-subject = お知らせ：{ $deadline }までに投票用紙の署名の問題を解決してください - { $office }
# A text's own, shorter sentence (without the county's form link: the status page has it).
cure-reminder-sms-unsigned = お知らせ：投票用紙の封筒に署名がありません。投票用紙が集計されるよう、{ $deadline }までに「未署名投票用紙声明書」を提出してください。
cure-reminder-sms-mismatch = お知らせ：投票用紙の封筒の署名を確認できませんでした。投票用紙が集計されるよう、{ $deadline }までに「署名確認声明書」を提出してください。
