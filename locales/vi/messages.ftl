# Những gì dịch vụ nói với cử tri từ máy chủ (api/src): các câu trả lời hiển thị trên trang,
# các bước xử lý lá phiếu, và mọi thông báo qua email, tin nhắn văn bản (SMS) và cuộc gọi thoại.
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

program-name = Lá Phiếu Của Tôi Ở Đâu?

# Ngày tháng, như trong tin nhắn: "ngày 3 tháng 11 năm 2026". $month là 1-12, $day và $year là số.
# A date, as messages write it: "November 3, 2026". $month is 1-12, $day and $year numbers.
date-long = ngày { $day } { $month ->
    [1] tháng 1
    [2] tháng 2
    [3] tháng 3
    [4] tháng 4
    [5] tháng 5
    [6] tháng 6
    [7] tháng 7
    [8] tháng 8
    [9] tháng 9
    [10] tháng 10
    [11] tháng 11
   *[12] tháng 12
} năm { $year }

## Câu trả lời cho các trang (Answers to the pages)
invalid-input = Một số thông tin cần được sửa lại.
no-matching-voter = Thông tin quý vị nhập không khớp với cử tri nào trong hệ thống của chúng tôi.
no-matching-voter-help-spelling = Vui lòng kiểm tra xem tên, họ, ngày sinh và mã ZIP của quý vị có được viết đúng như trên hồ sơ ghi danh cử tri hay không.
no-matching-voter-help-zip = Hãy dùng mã ZIP của địa chỉ cư trú tại California của quý vị, kể cả khi quý vị sống ở nước ngoài hoặc nhận thư ở nơi khác.
no-matching-voter-help-recent = Nếu quý vị mới ghi danh hoặc mới cập nhật hồ sơ ghi danh, vui lòng thử lại sau vài ngày.
ambiguous-voter = Có nhiều hơn một cử tri khớp với thông tin này. Vui lòng nhập mã số cử tri để cho chúng tôi biết ai là quý vị.
ambiguous-voter-help-where = Mã số cử tri của quý vị được in trên thẻ ghi danh cử tri và trên lá phiếu mẫu.
ambiguous-voter-help-county = Nếu không có mã số này, vui lòng liên lạc với văn phòng bầu cử quận của quý vị.
rate-limited = Quý vị đã thử quá nhiều lần. Vui lòng đợi vài phút rồi thử lại.
timed-out = Dịch vụ phản hồi quá lâu. Vui lòng thử lại sau giây lát.
unavailable = Dịch vụ đang bận. Vui lòng thử lại sau giây lát.
internal = Đã xảy ra lỗi từ phía chúng tôi. Vui lòng thử lại.
subscription-not-found = Chúng tôi không tìm thấy các thông báo này. Vui lòng kiểm tra xem quý vị đã mở toàn bộ đường liên kết trong tin nhắn hay chưa.
link-expired = Đường liên kết này đã hết hạn hoặc đã được sử dụng.
read-only-link = Đường liên kết này cho biết tình trạng lá phiếu của quý vị nhưng không thể dùng để thay đổi các thông báo.
changed-since = Nội dung này đã được thay đổi thêm sau đó, nên không thể hủy bằng đường liên kết này. Hãy dùng đường liên kết trong tin nhắn mới nhất của quý vị để quản lý thông báo.
# Lỗi hiển thị dưới một cách nhận thông báo: $channel là email, sms hoặc voice.
# A field error under a channel: $channel is email, sms or voice.
too-many-confirmations = Hôm nay chúng tôi đã gửi số tin xác nhận tối đa có thể đến { $channel ->
    [email] địa chỉ
   *[other] số
} này. Vui lòng thử lại vào ngày mai, hoặc chọn cách nhận thông báo khác.
phone-country-refused = Chúng tôi không thể nhắn tin hoặc gọi đến các số điện thoại ở quốc gia đó. Hãy chọn email, hoặc một số điện thoại ở quốc gia khác.
channel-unavailable = Dịch vụ này chưa hỗ trợ { $channel ->
    [email] email
    [sms] tin nhắn văn bản
   *[voice] cuộc gọi
}. Hãy chọn cách nhận thông báo khác.

## Tình trạng lá phiếu, dùng làm tiêu đề trong các bước xử lý và tiêu đề email (Ballot statuses)
status-mailed = Đã gửi đi
status-in-transit-to-voter = Đang trên đường đến quý vị
status-delivered = Đã giao đến quý vị
status-undeliverable = Bị trả lại vì không thể giao
status-in-transit-to-county = Đang trên đường đến quận
status-received = Đã nhận
status-in-review = Đang xem xét
status-counted = Đã được kiểm đếm
status-signature-missing = Thiếu chữ ký
status-signature-mismatch = Không thể xác minh chữ ký
status-cured = Đã khắc phục vấn đề chữ ký
status-not-counted = Không được kiểm đếm
status-reissued = Đã cấp lá phiếu thay thế
status-voted-in-person = Đã bỏ phiếu trực tiếp

## Những gì đã xảy ra, nói đơn giản: không bao giờ nói nhiều hơn dữ liệu của quận
## What happened, said plainly: never more than the county's data says
sentence-mailed = Lá phiếu bầu qua thư của quý vị đã được giao cho bưu điện vào { $date }.
sentence-in-transit-to-voter = Lá phiếu của quý vị đang được bưu điện chuyển đến quý vị.
sentence-in-transit-to-voter-expected = Bưu điện dự kiến sẽ giao lá phiếu của quý vị vào khoảng { $expected_delivery }.
sentence-delivered = Bưu điện đã giao lá phiếu của quý vị vào { $date }.
# Evidence under a status the Postal Service's scans gave: where ("Sacramento, CA") and on which day.
postal-scan = Bưu điện quét tại { $place } vào { $date }.
postal-latest = Lần quét gần nhất của bưu điện: { $place }, { $date }.
sentence-undeliverable = Lá phiếu của quý vị đã bị trả lại cho { $office } vì không thể giao. Hãy liên lạc với văn phòng này để nhận một lá phiếu mà quý vị có thể dùng để bỏ phiếu.
sentence-in-transit-to-county = Bưu điện đã quét lá phiếu quý vị gửi lại trên đường đến { $office } vào { $date }.
sentence-received = { $office } đã nhận được lá phiếu của quý vị vào { $date }.
sentence-in-review = Lá phiếu của quý vị đang được xem xét, chẳng hạn như để kiểm tra chữ ký. Quý vị không cần làm gì vào lúc này.
sentence-counted = Lá phiếu của quý vị đã được chấp nhận và kiểm đếm.
sentence-signature-missing = Phong bì lá phiếu của quý vị chưa được ký tên.
sentence-signature-mismatch = Không thể xác minh chữ ký trên phong bì lá phiếu của quý vị.
sentence-cured = Vấn đề chữ ký của quý vị đã được khắc phục.
sentence-not-counted = Lá phiếu của quý vị không được kiểm đếm. Hãy liên lạc với { $office } để biết lý do.
sentence-not-counted-reason = Lá phiếu của quý vị không được kiểm đếm. Lý do mà { $office } đưa ra: { $reason }.
sentence-reissued = Quý vị đã được cấp một lá phiếu thay thế, và lá phiếu trước đó đã bị hủy. Chỉ bầu và gửi lại lá phiếu mới.
sentence-voted-in-person = Quý vị đã bỏ phiếu trực tiếp. Lá phiếu bầu qua thư của quý vị không còn cần thiết nữa.

# Cách khắc phục vấn đề chữ ký: mẫu đơn cho trường hợp thiếu chữ ký là "Bản Tuyên Bố Lá Phiếu
# Không Có Chữ Ký" (unsigned ballot statement), cho chữ ký không khớp là "Bản Tuyên Bố Xác Minh
# Chữ Ký" (signature verification statement).
# What to do about a signature problem: the form for a missing signature is the "unsigned
# ballot statement", for a signature that does not match the "signature verification statement".
cure-unsigned-deadline-url = Để lá phiếu của quý vị được kiểm đếm, hãy gửi lại Bản Tuyên Bố Lá Phiếu Không Có Chữ Ký chậm nhất vào { $deadline }. Lấy mẫu đơn tại { $cure_url }
cure-unsigned-deadline = Để lá phiếu của quý vị được kiểm đếm, hãy gửi lại Bản Tuyên Bố Lá Phiếu Không Có Chữ Ký cho { $office } chậm nhất vào { $deadline }.
cure-unsigned-url = Để lá phiếu của quý vị được kiểm đếm, hãy gửi lại Bản Tuyên Bố Lá Phiếu Không Có Chữ Ký càng sớm càng tốt. Lấy mẫu đơn tại { $cure_url }
cure-unsigned = Để lá phiếu của quý vị được kiểm đếm, hãy liên lạc với { $office } càng sớm càng tốt để gửi lại Bản Tuyên Bố Lá Phiếu Không Có Chữ Ký.
cure-mismatch-deadline-url = Để lá phiếu của quý vị được kiểm đếm, hãy gửi lại Bản Tuyên Bố Xác Minh Chữ Ký chậm nhất vào { $deadline }. Lấy mẫu đơn tại { $cure_url }
cure-mismatch-deadline = Để lá phiếu của quý vị được kiểm đếm, hãy gửi lại Bản Tuyên Bố Xác Minh Chữ Ký cho { $office } chậm nhất vào { $deadline }.
cure-mismatch-url = Để lá phiếu của quý vị được kiểm đếm, hãy gửi lại Bản Tuyên Bố Xác Minh Chữ Ký càng sớm càng tốt. Lấy mẫu đơn tại { $cure_url }
cure-mismatch = Để lá phiếu của quý vị được kiểm đếm, hãy liên lạc với { $office } càng sớm càng tốt để gửi lại Bản Tuyên Bố Xác Minh Chữ Ký.

## Các phần chung của mọi tin nhắn (Parts every message shares)
greeting = Kính chào { $first_name },
see-status = Xem tình trạng lá phiếu của quý vị bất cứ lúc nào: { $status_url }
change-or-stop = Thay đổi hoặc ngừng các thông báo này: { $manage_url }
questions-contact = Quý vị có thắc mắc? Hãy liên lạc với { $office } tại { $contact }.
questions-hotline = Quý vị có thắc mắc? Hãy liên lạc với { $office }, hoặc gọi cho Tổng Thư Ký Tiểu Bang California theo số { $hotline }.
phone-help-contact = Để được giúp đỡ, hãy liên lạc với { $office } tại { $contact }.
phone-help-hotline = Để được giúp đỡ, hãy gọi cho Tổng Thư Ký Tiểu Bang California theo số { $hotline }.

## Xác nhận một nơi nhận mới. Tin này gửi đến địa chỉ hoặc số chưa ai xác nhận, nên chỉ nói lá phiếu
## là của ai và không nói gì về lá phiếu. Đường liên kết có hiệu lực trong 48 giờ.
## Confirming a new destination. It goes to an address or number nobody has confirmed yet, so
## it says whose ballot it is about and nothing of the ballot. 48 hours is how long it works.
confirm-request-email-subject = Xác nhận địa chỉ này để nhận thông báo về lá phiếu từ { $office }
confirm-request-email-asked = Có người đã yêu cầu { $office } gửi thông báo “{ program-name }” về lá phiếu bầu qua thư của { $first_name } đến { $destination }.
confirm-request-email-link = Nếu đó là quý vị, hãy xác nhận trong vòng 48 giờ: { $confirm_url }
confirm-request-email-ignore = Nếu không phải quý vị, hãy bỏ qua email này. Sẽ không có gì được gửi thêm đến địa chỉ này.
confirm-request-sms = { $office }: Trả lời YES để nhận tin nhắn báo của “{ program-name }” về lá phiếu của { $first_name } tại số này (hoặc xác nhận tại { $confirm_url }). Tần suất tin nhắn có thể thay đổi. Có thể phải trả phí tin nhắn và dữ liệu. Trả lời HELP để được giúp đỡ, STOP để hủy (bằng tiếng Anh).
confirm-request-voice = Xin chào. Đây là { $office }. Có người đã yêu cầu nhận cuộc gọi tại số này về lá phiếu bầu qua thư của { $first_name }. Để xác nhận, xin bấm số 1 ngay bây giờ. Nếu không phải quý vị, xin gác máy, và chúng tôi sẽ không gọi về việc này nữa.
# Nói trong cuộc gọi xác nhận, sau khi cử tri đã bấm phím hoặc không bấm.
# Said on the confirmation call, after the voter pressed a key or did not.
confirm-voice-done = Cảm ơn quý vị. Số này sẽ nhận cuộc gọi từ { $office } về lá phiếu của { $first_name }. Chào tạm biệt quý vị.
confirm-voice-no-key = Chưa có gì được xác nhận, nên số này sẽ không nhận cuộc gọi về lá phiếu này. Chào tạm biệt quý vị.
confirm-voice-expired = Yêu cầu xác nhận này đã hết hạn hoặc đã được sử dụng. Chào tạm biệt quý vị.
# Trả lời khi cử tri nhắn YES, sau khi số đã được xác nhận (CTIA: tên chương trình, tần suất, phí, HELP và STOP).
# The answer to YES by text, once the number is confirmed (CTIA: the program, frequency, rates, HELP and STOP).
confirm-sms = { $office }: Quý vị đã đăng ký nhận tin nhắn báo về lá phiếu của “{ program-name }”. Tần suất tin nhắn có thể thay đổi. Có thể phải trả phí tin nhắn và dữ liệu. Trả lời HELP để được giúp đỡ, STOP để hủy (bằng tiếng Anh). Tình trạng: { $status_url }

## Gửi đến mọi nơi nhận có trong hồ sơ khi một nơi nhận mới được xác nhận, kèm đường liên kết để hủy.
## To every destination on file when a new one is confirmed, with a link that undoes it.
## $channel is email, sms or voice; $destination is masked (j•••@example.com).
# Không chắc chắn: "undo" được dịch là "hủy thay đổi"; chưa biết thuật ngữ chính thức.
# Unsure: "undo" is translated as "hủy thay đổi" (cancel the change); no official term is known.
changed-email-subject = Nơi nhận thông báo về lá phiếu của { $first_name } đã thay đổi
changed-replaced = Từ nay { $office } sẽ gửi { $channel ->
    [email] thông báo qua email
    [sms] tin nhắn văn bản
   *[voice] cuộc gọi
} về lá phiếu của { $first_name } đến { $destination } thay cho nơi nhận trước đây. Người đang dùng địa chỉ hoặc số đó đã xác nhận.
changed-added = Từ nay { $office } cũng sẽ gửi { $channel ->
    [email] thông báo qua email
    [sms] tin nhắn văn bản
   *[voice] cuộc gọi
} về lá phiếu của { $first_name } đến { $destination }. Người đang dùng địa chỉ hoặc số đó đã xác nhận.
changed-undo = Nếu quý vị không yêu cầu việc này, hãy hủy thay đổi trong vòng 30 ngày: { $undo_url }
changed-sms = { $office }: Tin nhắn báo về lá phiếu của { $first_name } nay cũng được gửi đến { $destination }. Không phải quý vị yêu cầu? Hủy trong vòng 30 ngày: { $undo_url }
changed-voice = Xin chào. Đây là { $office }. Thông báo về lá phiếu bầu qua thư của { $first_name } nay cũng được gửi đến { $destination }. Nếu quý vị không yêu cầu việc này, hãy liên lạc với { $office }. { $help } Chào tạm biệt quý vị.

## To a destination taken off a subscription: its channel turned off with a manage link, or a
## change undone. $channel is email, sms or voice; $destination is masked; $signup_url is the
## sign-up page, where whoever had it on can sign up again.
removed-email-subject = Thông báo về lá phiếu của { $first_name } sẽ không còn được gửi đến đây nữa
removed-body = Từ nay { $office } sẽ không còn gửi { $channel ->
    [email] thông báo qua email
    [sms] tin nhắn văn bản
   *[voice] cuộc gọi
} về lá phiếu của { $first_name } đến { $destination } nữa.
removed-if-not-you = Nếu quý vị không yêu cầu việc này, hãy đăng ký lại tại { $signup_url } và xác nhận { $channel ->
    [email] địa chỉ
   *[other] số
} này để nhận lại thông báo tại đây.
removed-sms = { $office }: Tin nhắn báo về lá phiếu của { $first_name } sẽ không còn được gửi đến số này. Không phải quý vị yêu cầu? Đăng ký lại: { $signup_url }
removed-voice = Xin chào. Đây là { $office }. Từ nay số này sẽ không còn nhận cuộc gọi về lá phiếu bầu qua thư của { $first_name }. Nếu quý vị không yêu cầu việc này, hãy đăng ký lại trên trang web “{ program-name }”. { $help } Chào tạm biệt quý vị.

## Gửi đến các nơi nhận có trong hồ sơ khi có người đăng ký lại bằng thông tin của cử tri.
## $days là số ngày đường liên kết quản lý có hiệu lực.
## To the destinations on file when someone signs up again with the voter's details.
## $days is how long the manage link works.
signup-again-email-subject = Có người đã đăng ký lại nhận thông báo về lá phiếu của { $first_name }
signup-again-email-body = Có người đã nhập tên, ngày sinh và mã ZIP của { $first_name } trên “{ program-name }” để đăng ký nhận thông báo từ { $office }. Không có gì thay đổi: các thông báo của quý vị vẫn được gửi đến đây.
signup-again-new-destination = Người đó cũng yêu cầu gửi thông báo đến { $destination }. Sẽ không có gì được gửi đến đó trừ khi người đang dùng địa chỉ hoặc số đó xác nhận, và nếu họ xác nhận, chúng tôi sẽ báo cho quý vị tại đây kèm cách hủy thay đổi.
signup-again-manage = Nếu đó là quý vị và quý vị muốn thay đổi hoặc ngừng thông báo, hãy dùng đường liên kết này trong vòng { $days ->
    [1] { $days } ngày
   *[other] { $days } ngày
}: { $manage_url }
signup-again-sms = { $office }: Có người đã đăng ký lại nhận tin nhắn báo về lá phiếu của { $first_name }. Không có gì thay đổi. Để thay đổi hoặc ngừng nhận tin (đường liên kết dùng được { $days ->
    [1] { $days } ngày
   *[other] { $days } ngày
}): { $manage_url }

## Đường liên kết mới đến trang quản lý, được yêu cầu từ trang web.
## A fresh link to the manage page, asked for from the site.
manage-link-email-subject = Đường liên kết để thay đổi hoặc ngừng thông báo về lá phiếu từ { $office }
manage-link-email-body = Đây là đường liên kết quý vị đã yêu cầu, để thay đổi hoặc ngừng thông báo “{ program-name }” về lá phiếu của { $first_name }. Đường liên kết dùng được trong { $days ->
    [1] { $days } ngày
   *[other] { $days } ngày
}: { $manage_url }
manage-link-email-ignore = Nếu quý vị không yêu cầu, hãy bỏ qua email này: không có gì thay đổi.
manage-link-sms = { $office }: Đường liên kết để thay đổi hoặc ngừng tin nhắn báo về lá phiếu (dùng được { $days ->
    [1] { $days } ngày
   *[other] { $days } ngày
}): { $manage_url } Trả lời STOP (bằng tiếng Anh) để ngừng nhận.

## Mọi tin nhắn đều kết thúc bằng mã tham chiếu, ai cũng có thể kiểm tra mã này tại trang kiểm tra.
## Every message ends with its reference, which anyone can check at the verify page.
# Không chắc chắn: "reference" được dịch là "mã tham chiếu"; chưa biết thuật ngữ chính thức.
# Unsure: a message's reference is "mã tham chiếu" (reference code); no official term is known.
reference-email = Mã tham chiếu { $reference }. Để kiểm tra một tin nhắn có thật sự do chúng tôi gửi hay không, hãy nhập mã tham chiếu của tin nhắn đó tại { $verify_url }
reference-sms = Mã tham chiếu { $reference }
reference-voice = Mã tham chiếu của tin nhắn này là { $reference }.

## Thông báo tình trạng (A status notification)
update-email-subject = Lá phiếu của quý vị: { $status } - { $office }
update-sms = { $office }: { $sentence } Tình trạng: { $status_url } Trả lời STOP (bằng tiếng Anh) để ngừng nhận.
# The same, when the sentence (a county's own wording) already names the office.
update-sms-named = { $sentence } Tình trạng: { $status_url } Trả lời STOP (bằng tiếng Anh) để ngừng nhận.
# A signature problem, where the voter can sign from the tracker: the link opens the page to
# sign on ($cure_page_url), in place of the status link.
update-sms-cure = { $office }: { $sentence } Ký tên: { $cure_page_url } Trả lời STOP (bằng tiếng Anh) để ngừng nhận.
update-sms-cure-named = { $sentence } Ký tên: { $cure_page_url } Trả lời STOP (bằng tiếng Anh) để ngừng nhận.
# In an email about a signature problem, after what to do.
cure-online = Thay vào đó, quý vị có thể ký bản tuyên bố từ điện thoại hoặc máy tính của mình: { $cure_page_url }
update-voice = Xin chào. Đây là { $office }, xin thông báo cập nhật về lá phiếu bầu qua thư của quý vị. { $sentence } { $help } Chào tạm biệt quý vị.
# Nói bằng tiếng Anh trong cuộc gọi cho cử tri mà nhà cung cấp điện thoại không nói được ngôn ngữ của họ (tiếng Khmer).
# Said in English on a call to a voter whose language the phone provider cannot speak (Khmer).
voice-language-unavailable = Xin chào. Đây là { $office }, xin báo tin về lá phiếu bầu qua thư của quý vị. Chúng tôi chưa thể gọi điện bằng ngôn ngữ của quý vị, vì vậy xin quý vị đọc tin nhắn văn bản hoặc email chúng tôi đã gửi, hoặc xem tình trạng lá phiếu của quý vị trên mạng. { $help } Chào tạm biệt quý vị.

## Nhắc nhở về hạn gửi lại, cho cử tri có lá phiếu đã được gửi đi nhưng chưa được nhận lại
## The return-deadline reminder, to voters whose ballot was mailed but not yet received
reminder-sentence = { $office } chưa nhận được lá phiếu bầu qua thư của quý vị. Hãy gửi lại lá phiếu chậm nhất vào { $deadline } để lá phiếu được kiểm đếm: gửi qua bưu điện với dấu bưu điện không trễ hơn Ngày Bầu Cử, hoặc mang đến nộp theo hướng dẫn trong tập hướng dẫn cử tri của quận.
reminder-email-subject = Nhắc nhở: hãy gửi lại lá phiếu chậm nhất vào { $deadline } - { $office }
reminder-email-already = Nếu quý vị đã gửi lại lá phiếu, quý vị không cần làm gì thêm. Xem tình trạng lá phiếu của quý vị: { $status_url }
reminder-sms = { $office }: { $sentence } Tình trạng: { $status_url } Trả lời STOP (bằng tiếng Anh) để ngừng nhận.
# A signature cure's reminder, where the voter can sign from the tracker.
reminder-sms-cure = { $office }: { $sentence } Ký tên: { $cure_page_url } Trả lời STOP (bằng tiếng Anh) để ngừng nhận.
reminder-voice = Xin chào. Đây là { $office }, xin nhắc quý vị về lá phiếu bầu qua thư. { $sentence } { $help } Chào tạm biệt quý vị.

## Thông báo riêng của quận gửi đến nhiều cử tri, và lời đính chính cho thông báo đó. $text là lời
## của chính quận, bằng ngôn ngữ của cử tri nếu quận đã viết bằng ngôn ngữ đó.
## A county's own message to many voters (a broadcast), and a correction of one. $text is the
## county's own words, in the voter's language when the county wrote them in it.
notice-email-subject = Thông báo từ { $office } về lá phiếu của quý vị
correction-email-subject = Đính chính từ { $office }
correction-intro = Đây là đính chính cho một tin nhắn trước đây từ { $office }.
notice-sms = { $office }: { $text } Trả lời STOP (bằng tiếng Anh) để ngừng nhận.
correction-sms = { $office }, đính chính: { $text } Trả lời STOP (bằng tiếng Anh) để ngừng nhận.
notice-voice = Xin chào. Đây là { $office }, xin gửi đến quý vị một thông báo về lá phiếu bầu qua thư của quý vị. { $text } { $help } Chào tạm biệt quý vị.
correction-voice = Xin chào. Đây là { $office }, xin đính chính một thông báo trước đây về lá phiếu bầu qua thư của quý vị. { $text } { $help } Chào tạm biệt quý vị.

## Trả lời tin nhắn (STOP, START, HELP và các tin khác) (Answers to texts)
sms-stopped = { program-name }: Quý vị đã hủy đăng ký và sẽ không nhận thêm tin nhắn báo về lá phiếu. Trả lời START (bằng tiếng Anh) để đăng ký lại.
sms-resumed = { program-name }: Quý vị đã đăng ký lại nhận tin nhắn báo về lá phiếu. Tần suất tin nhắn có thể thay đổi. Có thể phải trả phí tin nhắn và dữ liệu. Trả lời HELP để được giúp đỡ, STOP để hủy (bằng tiếng Anh).
sms-not-signed-up = { program-name }: Số này chưa đăng ký nhận tin nhắn báo về lá phiếu. Đăng ký tại { $signup_url }
# Cùng một câu trả lời cho mọi số, để HELP không cho ai biết một số có đăng ký hay không.
# The same answer to every number, so that HELP tells nobody whether a number is signed up.
sms-help = Tin nhắn báo về lá phiếu của “{ program-name }” từ các văn phòng bầu cử quận tại California. Để được giúp đỡ, hãy gọi số { $hotline } hoặc truy cập { $site_url }. Trả lời STOP (bằng tiếng Anh) để hủy. Có thể phải trả phí tin nhắn và dữ liệu.
sms-other = { program-name }: Số này chỉ gửi tin nhắn báo về lá phiếu và không thể đọc tin nhắn trả lời. Trả lời HELP để được giúp đỡ, STOP để hủy (bằng tiếng Anh).

# Answers to a signature cure sent from the status page (issue 16).
cure-dob-mismatch = Ngày sinh này không khớp với hồ sơ của chúng tôi cho lá phiếu này.
cure-not-needed = Lá phiếu này hiện không cần bản tuyên bố chữ ký.
cure-deadline-passed = Đã quá hạn chót để sửa chữ ký của lá phiếu này. Vui lòng liên lạc với văn phòng bầu cử quận của quý vị.
cure-dob-attempts-exhausted = Không thể sửa chữ ký của lá phiếu này tại đây nữa: đã nhập quá nhiều ngày sinh không khớp với hồ sơ của chúng tôi. Vui lòng liên lạc với văn phòng bầu cử quận của quý vị.
cure-already-sent = Quý vị đã gửi bản tuyên bố chữ ký cho lá phiếu này. Quận đang xem xét.
# What the voter is told of a signature cure they sent (issue 16): a title (the email's
# subject says it as a status) and a sentence. $reason is the county's, in English.
cure-received-title = Đã nhận bản tuyên bố chữ ký
cure-received-sentence = { $office } đã nhận bản tuyên bố chữ ký quý vị gửi vào { $date }. Quý vị sẽ được thông báo khi quận đã xem xét.
cure-accepted-title = Bản tuyên bố chữ ký đã được chấp nhận
cure-accepted-sentence = { $office } đã chấp nhận bản tuyên bố chữ ký quý vị gửi vào { $date }.
cure-rejected-title = Bản tuyên bố chữ ký không được chấp nhận
cure-rejected-sentence = { $office } đã không chấp nhận bản tuyên bố chữ ký quý vị gửi vào { $date }. Lý do: { $reason }. Vui lòng liên lạc với văn phòng để biết quý vị có thể làm gì khác.
cure-rejected-brief-sentence = { $office } đã không chấp nhận bản tuyên bố chữ ký quý vị gửi vào { $date }. Vui lòng liên lạc với văn phòng để biết quý vị có thể làm gì khác.

## Reminders before a signature cure's deadline (issue 16): the signature problem's own
## sentence, led by the word the return reminder uses; the text and call use reminder-sms and
## reminder-voice.
cure-reminder-lead = Nhắc nhở: { $sentence }
cure-reminder-email-subject = Nhắc nhở: hãy giải quyết vấn đề chữ ký trên lá phiếu chậm nhất vào { $deadline } - { $office }
# A text's own, shorter sentence (without the county's form link: the status page has it).
cure-reminder-sms-unsigned = Nhắc nhở: Phong bì lá phiếu của quý vị chưa được ký tên. Để lá phiếu của quý vị được kiểm đếm, hãy gửi lại Bản Tuyên Bố Lá Phiếu Không Có Chữ Ký chậm nhất vào { $deadline }.
cure-reminder-sms-mismatch = Nhắc nhở: Không thể xác minh chữ ký trên phong bì lá phiếu của quý vị. Để lá phiếu của quý vị được kiểm đếm, hãy gửi lại Bản Tuyên Bố Xác Minh Chữ Ký chậm nhất vào { $deadline }.
