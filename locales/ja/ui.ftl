# Japanese (日本語).
# The web pages (frontend/src). Keep "Where's My Ballot?" as the program's name unless the
# Secretary of State publishes it in your language. Keep "MM-DD-YYYY" as it is: the date of
# birth is always typed that way (the hint says it in words, for screen readers). { $destination } is an email address or phone number,
# { $office } a county elections office's name, { $page } a page title, { $title } a status.
# Translator's note: "Where's My Ballot?" is rendered 私の投票用紙はどこ？, the meaning of the
# English name; no official Japanese name is known. A reviewer should confirm it.

site-name = 私の投票用紙はどこ？
site-tagline = カリフォルニア州の有権者のための郵便投票用紙追跡サービス
skip-link = メインコンテンツへ移動
nav-label = メインメニュー
nav-sign-up = 登録
nav-check = 投票用紙を確認する
nav-verify = メッセージを確認する
footer-questions = 有権者登録や投票用紙についてご質問がありますか？お住まいの郡選挙事務所、またはカリフォルニア州務長官にお問い合わせください。電話番号：
language-picker-label = 言語
# The button beside the language list: a language is applied when chosen, not on each arrow key.
language-picker-apply = 言語を変更する
# The page's <title>: "Error: " goes in front while a form shows errors.
page-title = { $page } - { site-name }
page-title-error = エラー：{ $page } - { site-name }
error-prefix = エラー：

# Sign-up
signup-title = 投票用紙に関する通知に登録する
signup-lead = 郵便投票用紙が郵送されたとき、受領されたとき、集計されたとき、またはご自身で対処が必要な問題があるときに、メール、テキストメッセージ、または電話でお知らせします。
signup-your-details = ご本人の情報
signup-details-hint = 有権者登録に記載されているとおりに入力してください。
field-first-name = 名（ファーストネーム）
field-last-name = 姓（ラストネーム）
field-date-of-birth = 生年月日
field-date-of-birth-hint = 月は2桁、日は2桁、年は4桁。例：01-23-1980
field-zip = ZIPコード（郵便番号）
field-zip-hint = カリフォルニア州の居住地住所のZIPコードです。海外在住の有権者の方：有権者登録をしたカリフォルニア州の住所のZIPコードを使用してください。
field-zip-hint-lookup = カリフォルニア州の居住地住所のZIPコードです（海外にお住まいの場合も同様です）。
field-voter-id = 有権者ID
field-voter-id-hint = 有権者登録カードと投票用紙サンプルに印刷されています。
channels-legend = どの方法でお知らせしますか？
channels-hint = 1つ以上をオンにしてください。
switch-email = メール
switch-sms = テキストメッセージ（SMS）
switch-voice = 音声通話
switch-on = オン
switch-off = オフ
field-email = メールアドレス
field-sms-phone = 携帯電話番号
field-sms-phone-hint = 米国の電話番号、または海外の番号の場合は + と国番号から始まる番号。
field-voice-phone = 電話を受ける番号
field-voice-phone-hint = 米国の電話番号、または海外の番号の場合は + と国番号から始まる番号。お電話は午前8時から午後9時の間におかけします。
signup-submit = 登録する
signup-submitting = 登録しています…

# After signing up. Nothing about the ballot goes to an address or number until whoever has it
# confirms it: a link by email, YES by text, 1 on a call.
signed-up-title = メールと電話をご確認ください
signed-up-new = 登録が完了しました。投票用紙に関する情報をお送りする前に、ご登録いただいた連絡方法をそれぞれ確認してください。
signed-up-already-title = すでに登録されています
signed-up-already = 変更はありません。この有権者はすでに通知を受け取っているため、その内容はここには表示しません。
signed-up-already-on-file = 登録済みのメールアドレスと電話番号に、通知を変更または停止するためのリンクを送信しました。
signed-up-check = 次に行っていただくこと
signed-up-confirm-email = { $destination } にリンクを送信しました。確認のため、48時間以内にリンクを開いてください。見当たらない場合は、迷惑メールフォルダやプロモーションフォルダをご確認ください。
signed-up-confirm-sms = { $destination } にテキストメッセージを送信しました。確認するには YES（半角英字）と返信してください。
signed-up-confirm-voice = 午前8時から午後9時の間に { $destination } にお電話します。確認するには、通話中に 1 を押してください。
signed-up-confirm-not-sent = { $destination } には、1日にお送りできる上限の数の確認メッセージをすでに送信しています。すでに届いている確認メッセージは引き続き有効です。
signed-up-on-file = 確認済み：{ $destination }
notifications-come-from = 通知は { $office } からお送りします。
signed-up-see-status = 投票用紙の状況を見る
signed-up-same-link = （このリンクは保管しておいてください。投票用紙の状況を表示するだけのリンクなので、他の人と共有しても安全です）
signed-up-change = 選択内容を変更する

# Errors
error-summary-title = 問題があります
network-error = サーバーに接続できませんでした。接続を確認して、もう一度お試しください。

# Check without signing up
lookup-title = 投票用紙の状況を確認する
lookup-lead = 通知に登録しなくても、郵便投票用紙が今どこにあるかを確認できます。
lookup-submit = 状況を確認する
lookup-result = 投票用紙の状況
lookup-sign-up = 状況が変わったときに通知を受け取るよう登録する

# Status page
status-title = 投票用紙の状況
status-loading = 投票用紙の状況を読み込んでいます…
status-not-found-title = 状況ページが見つかりません
status-not-found = この状況ページが見つかりませんでした。メッセージに記載されたリンクを途中で切れずに開いたかご確認ください。
status-check-instead = ご本人の情報を入力して投票用紙の状況を確認する
status-updates-from = 最新情報は { $office } から提供されます。
status-updates-live = このページは自動的に更新されます。
status-updates-reload = 最新の情報を見るには、このページを再読み込みしてください。
status-manage = 通知を変更または停止する
status-updated = 投票用紙の状況が更新されました：{ $title }

# The timeline
timeline-not-mailed = お住まいの郡はまだ投票用紙を郵送していません。{ $office } から報告があるたびに、各段階がここに表示されます。
timeline-your-ballot = あなたの投票用紙
timeline-act = 対応が必要です
# The signature statement the voter sent from the tracker, and what came of it.
timeline-cure = あなたの署名の申告書
timeline-completed = 完了
timeline-not-yet = 未完了
timeline-what-happened = これまでの経過

# Change or stop notifications
manage-title = 通知を変更または停止する
manage-loading = 選択内容を読み込んでいます…
manage-not-found-title = 通知が見つかりません
manage-not-found = この通知が見つかりませんでした。メッセージに記載されたリンクを途中で切れずに開いたかご確認ください。
manage-email-now = 現在：{ $destination }。変更しない場合は空欄のままにし、変更する場合は新しいアドレスを入力してください。
manage-phone-now = 現在：{ $destination }。変更しない場合は空欄のままにし、変更する場合は新しい番号を入力してください。
manage-language = 通知の言語
manage-stopped-title = 通知は停止されています
manage-stopped = 今後、通知は届きません。再開するには、下で通知方法をオンにしてください。
manage-saved-title = 選択内容を保存しました
manage-confirm-new = 新しいメールアドレスまたは電話番号のそれぞれに確認メッセージを送信しました。確認が済むと、そちらに通知が届くようになります。
manage-awaiting = 確認待ち：{ $destination }
manage-read-only-title = このリンクでは通知を変更できません
manage-read-only = このリンクでは投票用紙の状況を確認できますが、通知の設定は変更できません。
manage-expired-title = このリンクは有効期限が切れています
manage-expired = 通知を変更するためのこのリンクは、有効期限が切れています。
manage-send-link = 登録済みのメールアドレスと電話番号に新しいリンクを送信する
manage-link-sent = 登録済みのメールアドレスと電話番号に新しいリンクを送信しました。
manage-link-not-sent = 本日はすでに何度かリンクを送信しています。メールとテキストメッセージをご確認いただくか、明日もう一度お試しください。
manage-save = 変更を保存する
manage-stop-title = すべての通知を停止する
manage-stop-lead = 投票用紙に関するメール、テキストメッセージ、お電話は今後一切届きません。
manage-stop = すべての通知を停止する
# Asked before anything is erased.
manage-stop-confirm-title = すべての通知を停止しますか？
manage-stop-confirm = 投票用紙に関するメール、テキストメッセージ、お電話はすべて届かなくなり、メールアドレスと電話番号は削除されます。再び通知を受け取るには、もう一度入力していただく必要があります。
manage-stop-yes = はい、すべての通知を停止します
manage-stop-cancel = いいえ、通知はそのままにします
manage-see-status = 投票用紙の状況を見る
# How a screen reader reads a hidden phone number such as (•••) •••-0123; { $last } is its last four digits.
masked-number = 末尾が { $last } の番号

# Page not found
not-found-title = ページが見つかりません
not-found-lead = アドレスを直接入力した場合は、正しいかどうかご確認ください。
not-found-sign-up = 投票用紙に関する通知に登録する

# Confirming an address or number, from the link in a confirmation
confirm-title = 投票用紙に関する通知の確認
confirm-lead = この投票用紙に関する通知をこちらで受け取ることを確認してください。お申し込みにお心当たりがない場合は、このページを閉じてください。今後は何も送信されません。
confirm-button = 確認する
confirm-done-title = 確認が完了しました
confirm-done = この投票用紙に関する通知は、{ $office } から { $destination } に届きます。
confirm-see-status = 投票用紙の状況を見る
confirm-expired = この確認リンクは有効期限が切れているか、すでに使用されています。もう一度お試しになるには、改めて登録してください。

# Undoing a change, from the link in a change notice
undo-title = 通知の変更を取り消す
undo-lead = この投票用紙に関する通知について、新しいメールアドレスまたは電話番号が確認されました。ご自身で行ったものでない場合は、取り消してください。
undo-button = 変更を取り消す
undo-done-title = 変更を取り消しました
undo-done-restored = 通知は再び { $destination } に届くようになり、{ $removed } には届かなくなりました。
undo-done-removed = 通知は { $removed } には届かなくなりました。
undo-expired = このリンクは有効期限が切れているか、すでに使用されています。
undo-changed-since = その後さらに変更されたため、このリンクでは取り消せません。最新のメッセージに記載されたリンクを使用してください。

# Is this message from us? Every message ends with a reference such as 7KQM-4MXZ.
# Translator's note: "reference" is rendered 参照番号 (see rules.ftl); to be confirmed.
verify-title = このメッセージは当サービスから送られたものですか？
verify-lead = { site-name } からのメール、テキストメッセージ、電話の最後には、必ず 7KQM-4MXZ のような参照番号が付いています。参照番号を入力すると、当サービスが送信したものかどうかを確認できます。
field-reference = 参照番号
field-reference-hint = メッセージの最後に記載されています。例：7KQM-4MXZ
verify-submit = 確認する
verify-yes-title = このメッセージは当サービスが送信したものです
# $channel is email, sms or voice; $date is already written in the page's language.
verify-yes = { $sender } が{ $date }に { $destination } へ{ $channel ->
    [email] メールで送信しました
    [sms] テキストメッセージで送信しました
   *[voice] 電話で連絡しました
}。
verify-yes-only = このページでお伝えできるのはここまでです。本物のメッセージが、お金、パスワード、社会保障番号を求めることは決してありません。
verify-no-title = この参照番号のメッセージは当サービスから送信されていません
verify-no = そのメッセージのリンクを開いたり、返信したりしないでください。投票用紙について何かをするよう求められている場合は、お住まいの郡選挙事務所にお問い合わせください。
verify-senders = 当サービスのメッセージの送信元
verify-senders-email = メールの送信元：{ $address }
verify-senders-phone = テキストメッセージと電話の発信元：{ $number }

# Signing a ballot's statement from the tracker, /cure/{token} (issue 16): a ballot whose
# envelope signature is missing or did not match. "Statement" is the county's signed form:
# the "unsigned ballot statement" or the "signature verification statement".
cure-title = 投票用紙の申告書に署名する
cure-lead = 投票用紙が集計されるには、{ $office } にあなたの署名が必要です。紙の用紙を提出する代わりに、ここで署名できます。
cure-deadline = { $deadline }までに送信してください。
cure-not-open = この投票用紙には、現在、このページからの署名は必要ありません。
cure-see-status = 投票用紙の状況を見る
cure-statement-heading = 署名する申告書
# The wording of the statement the county receives; keep its legal meaning exactly.
cure-statement = 私は、カリフォルニア州法に基づく偽証罪の罰則に服することを承知の上で、次のとおり宣言します。私は下記に氏名が記載された登録有権者であり、本選挙の郵便投票用紙を請求し、返送しました。また、私の投票用紙の封筒に欠けている署名または一致しない署名の代わりに投票用紙追跡サービスから送信される下記の署名は、私自身の署名です。
cure-dob-hint = 有権者登録と照合するため、転送されたリンクだけでは、あなたの代わりに署名することはできません。例：04-27-1980
cure-method-legend = どの方法で署名しますか？
cure-method-drawn = 画面に署名を書く
cure-method-photo = 署名済みの紙の申告書の写真を送る
cure-method-typed = 代わりに名前を入力する
cure-method-typed-hint = 署名を書くことも写真を撮ることもできない方向け：入力した名前で申告書に署名したことになります。
cure-draw-label = 署名パッド：指、ペン、またはマウスで署名を書いてください
cure-draw-hint = 署名を書けない場合は、「代わりに名前を入力する」を選んでください。
cure-draw-clear = 署名をやり直す
cure-draw-empty = 枠の中に署名を書いてください
cure-photo-label = 署名済みの申告書の写真
cure-photo-hint = 写真（JPEG、PNG、HEIC）またはスキャン（PDF）で、10 MB まで。撮影場所など、ファイルに保存されている情報は削除されます。
cure-typed-label = 署名するときと同じ、あなたのフルネーム
cure-submit = 署名を送信する
cure-sending = 署名を送信しています…
cure-sent-title = 署名を送信しました
cure-sent = { $office } があなたの署名を受け取りました。審査が終わったらお知らせします。
cure-noscript = このページで署名するには JavaScript が必要です。紙の用紙を { $office } に提出することもできます。
cure-status-link = この携帯電話またはコンピューターから申告書に署名する
