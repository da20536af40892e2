# Japanese (日本語).
# The web pages (frontend/src). Keep "Where's My Ballot?" as the program's name unless the
# Secretary of State publishes it in your language. Keep "MM-DD-YYYY" as it is: the date of
# birth is always typed that way. { $destination } is an email address or phone number,
# { $office } a county elections office's name, { $page } a page title, { $title } a status.
# Translator's note: "Where's My Ballot?" is rendered 私の投票用紙はどこ？, the meaning of the
# English name; no official Japanese name is known. A reviewer should confirm it.

site-name = 私の投票用紙はどこ？
site-tagline = カリフォルニア州の有権者のための郵便投票用紙追跡サービス
skip-link = メインコンテンツへ移動
nav-label = メインメニュー
nav-sign-up = 登録
nav-check = 投票用紙を確認する
footer-questions = 有権者登録や投票用紙についてご質問がありますか？お住まいの郡選挙事務所、またはカリフォルニア州務長官にお問い合わせください。電話番号：
language-picker-label = 言語
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
field-date-of-birth-hint = MM-DD-YYYY（月-日-年）。例：01-23-1980
field-zip = ZIPコード（郵便番号）
field-zip-hint = カリフォルニア州の居住地住所のZIPコードです。海外在住の有権者の方：有権者登録をしたカリフォルニア州の住所のZIPコードを使用してください。
field-zip-hint-lookup = カリフォルニア州の居住地住所のZIPコードです（海外にお住まいの場合も同様です）。
field-voter-id = 有権者ID（任意）
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

# After signing up
signed-up-title = 登録が完了しました
signed-up-new = 郵便投票用紙についてお知らせします。
signed-up-updated = すでに登録済みでした。選択内容を更新しました。
signed-up-what-we-sent = 送信した内容
signed-up-email-sent = 確認メールを { $destination } に送信しました。見当たらない場合は、迷惑メールフォルダやプロモーションフォルダをご確認ください。
signed-up-email-later = { $destination } にメールをお送りします。
signed-up-sms-sent = 確認のテキストメッセージを { $destination } に送信しました。テキストメッセージを停止するには、いつでも STOP（半角英字）と返信してください。
signed-up-sms-later = { $destination } にテキストメッセージをお送りします。
signed-up-voice = 投票用紙の状況が変わったときに、午前8時から午後9時の間に { $destination } にお電話します。確認のお電話はありません。
notifications-come-from = 通知は { $office } からお送りします。
signed-up-see-status = 投票用紙の状況を見る
signed-up-same-link = （確認メッセージにも同じリンクが記載されています）
signed-up-change = 選択内容を変更する

# Errors
error-summary-title = 問題があります
network-error = サーバーに接続できませんでした。接続を確認して、もう一度お試しください。
server-error = 問題が発生しました（HTTP { $status }）。もう一度お試しください。

# Check without signing up
lookup-title = 投票用紙の状況を確認する
lookup-lead = 通知に登録しなくても、郵便投票用紙が今どこにあるかを確認できます。
lookup-submit = 状況を確認する
lookup-result = 投票用紙の状況
lookup-sign-up = 状況が変わったときに通知を受け取るよう登録する

# Status page
status-title = 投票用紙の状況
status-loading = 投票用紙の状況を読み込んでいます…
status-not-found = この状況ページが見つかりませんでした。メッセージに記載されたリンクを途中で切れずに開いたかご確認ください。
status-check-instead = ご本人の情報を入力して投票用紙の状況を確認する
status-updates-from = 最新情報は { $office } から提供されます。このページは自動的に更新されます。
status-manage = 通知を変更または停止する
status-updated = 投票用紙の状況が更新されました：{ $title }

# The timeline
timeline-not-mailed = お住まいの郡はまだ投票用紙を郵送していません。{ $office } から報告があるたびに、各段階がここに表示されます。
timeline-your-ballot = あなたの投票用紙
timeline-act = 対応が必要です
timeline-completed = 完了
timeline-not-yet = 未完了
timeline-what-happened = これまでの経過

# Change or stop notifications
manage-title = 通知を変更または停止する
manage-loading = 選択内容を読み込んでいます…
manage-not-found = この通知が見つかりませんでした。メッセージに記載されたリンクを途中で切れずに開いたかご確認ください。
manage-email-now = 現在：{ $destination }。変更しない場合は空欄のままにし、変更する場合は新しいアドレスを入力してください。
manage-phone-now = 現在：{ $destination }。変更しない場合は空欄のままにし、変更する場合は新しい番号を入力してください。
manage-language = 通知の言語
manage-stopped-title = 通知は停止されています
manage-stopped = 今後、通知は届きません。再開するには、下で通知方法をオンにしてください。
manage-saved-title = 選択内容を保存しました
manage-confirmed-email = 確認をメールでお送りしました。
manage-confirmed-sms = 確認をテキストメッセージでお送りしました。
manage-confirmed-both = 確認をメールとテキストメッセージでお送りしました。
manage-save = 変更を保存する
manage-stop-title = すべての通知を停止する
manage-stop-lead = 投票用紙に関するメール、テキストメッセージ、お電話は今後一切届きません。
manage-stop = すべての通知を停止する
manage-see-status = 投票用紙の状況を見る

# Page not found
not-found-title = ページが見つかりません
not-found-lead = アドレスを直接入力した場合は、正しいかどうかご確認ください。
not-found-sign-up = 投票用紙に関する通知に登録する
