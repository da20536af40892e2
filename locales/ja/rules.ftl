# Japanese (日本語). Terms follow the California Secretary of State's Japanese voter materials.
# The rules' messages (shared/src): the form shows them as the voter types, and the API
# returns them in `fields`. Placeholders: { $days }, { $month } (1-12), { $year }, { $max }.
# Keep "MM-DD-YYYY", "HH:MM", and example values (01-23-1980, 95814, (916) 555-0123,
# name@example.com, 20:00) exactly as they are: they describe what to type.

name-first-empty = 名（ファーストネーム）を入力してください
name-last-empty = 姓（ラストネーム）を入力してください
name-first-too-long = 名は { $max } 文字以内で入力してください
name-last-too-long = 姓は { $max } 文字以内で入力してください
name-first-no-letters = 有権者登録に記載されているとおりに名を入力してください
name-last-no-letters = 有権者登録に記載されているとおりに姓を入力してください

dob-empty = 生年月日を入力してください
dob-format = 生年月日は MM-DD-YYYY（月-日-年）の形式で入力してください。例：01-23-1980
dob-month = 月は 01 から 12 の間で入力してください
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
}の日は 01 から { $days } の間で入力してください
dob-day-february = { $year }年2月の日は 01 から { $days } の間で入力してください
dob-before-earliest = 生年月日に 01-01-1900 より前の日付は入力できません
dob-in-future = 生年月日に未来の日付は入力できません

zip-empty = カリフォルニア州の居住地住所のZIPコード（郵便番号）を入力してください
zip-format = カリフォルニア州の5桁のZIPコードを入力してください（例：95814）。{ zip-overseas-help }
zip-not-california = これはカリフォルニア州のZIPコードではありません（カリフォルニア州のZIPコードは900～961で始まります）。{ zip-overseas-help }
zip-overseas-help = 海外にお住まいですか？有権者登録をしたときのカリフォルニア州の居住地住所のZIPコードを使用してください。

voter-id-needed = 有権者IDを入力してください。有権者登録カードと投票用紙サンプルに印刷されています。
voter-id-invalid = 有権者登録カードまたは投票用紙サンプルに印刷されているとおりに有権者IDを入力してください（英字と数字のみ）

email-empty = メールアドレスを入力してください
email-too-long = メールアドレスは { $max } 文字以内で入力してください
email-format = メールアドレスを正しい形式で入力してください（例：name@example.com）

phone-empty = 電話番号を入力してください
phone-format = (916) 555-0123 のような米国の電話番号、または + と国番号で始まる国際電話番号を入力してください
phone-not-north-american = 市外局番と番号をご確認ください。有効な米国の電話番号ではありません
phone-international-length = 国際電話番号は、+ に続けて国番号から始まる8～15桁の数字を入力してください
phone-premium = この番号は有料情報サービスの番号または衛星電話の番号のため、テキストメッセージの送信や電話の発信ができません。携帯電話または自宅の電話番号を入力してください。

channels-none-chosen = 通知方法を1つ以上オンにしてください：メール、テキストメッセージ、音声通話
channels-email-empty = 通知を受け取るメールアドレスを入力してください
channels-sms-empty = テキストメッセージを受け取る携帯電話番号を入力してください
channels-voice-empty = 音声通話を受ける電話番号を入力してください

quiet-hours-format = 時刻は HH:MM（時:分）の形式で入力してください。例：20:00
quiet-hours-outside-allowed = 午後9時から午前8時までの間は、テキストメッセージの送信や電話の発信は一切行いません。通知を控える時間帯は、これに追加する形でのみ設定できます
quiet-hours-no-contact-hours = 通知を控える時間帯は、朝に終了し、夜に再び開始するように設定してください

language-unsupported = 表示されている言語の中から1つを選んでください

# Where messages will go, under each switch while it is on. { $destination } is the
# address or number as typed.
channel-will-receive-email = { $destination } にメールが届きます
channel-will-receive-sms = { $destination } にテキストメッセージが届きます
channel-will-receive-voice = { $destination } に音声通話がかかってきます

## A message's reference, as typed on the verify page
# Translator's note: "reference" is rendered 参照番号 (it holds letters as well as digits); no
# official Japanese term is known. A reviewer should confirm it.
reference-invalid = メッセージの最後に記載されているとおりに参照番号を入力してください。英字と数字の8文字です（例：7KQM-4MXZ）。

## A signature cure sent from the status page (issue 16). $max is a number.
cure-election = この申告書の対象となる投票用紙を選んでください
cure-method = 署名の方法を選んでください：画面に署名を書く、署名した申告書の写真を送る、または氏名を入力する
cure-name-empty = 氏名（フルネーム）を入力してください
cure-name-too-long = 氏名は { $max } 文字以内で入力してください
cure-name-no-letters = 署名するときと同じように、氏名を文字で入力してください
cure-image-format = 署名は写真（JPEG、PNG、HEIC）またはスキャン（PDF）で送ってください
cure-image-unreadable = このファイルは画像として開けませんでした。写真を撮り直すか、別のファイルを選んでください
cure-pdf-no-scan = この PDF にはスキャンしたページがありません。代わりに、署名済みの申告書の写真を送ってください
cure-image-too-large = 画像は { $max } MB 以下にしてください
cure-image-too-many-pixels = 画像の画素数が多すぎます（最大 { $max } 百万画素）。より低い解像度で撮り直してください
