# Những gì dịch vụ nói với cử tri từ máy chủ (api/src): các câu trả lời hiển thị trên trang,
# các bước xử lý lá phiếu, và mọi thông báo qua email, tin nhắn văn bản (SMS) và cuộc gọi thoại.
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

## Tình trạng lá phiếu, dùng làm tiêu đề trong các bước xử lý và tiêu đề email (Ballot statuses)
status-mailed = Đã gửi đi
status-in-transit-to-voter = Đang trên đường đến quý vị
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

## Xác nhận đăng ký (email và tin nhắn; không có cuộc gọi xác nhận) (The sign-up confirmation)
confirm-email-subject = Quý vị đã đăng ký nhận thông báo về lá phiếu từ { $office }
confirm-email-signed-up = Quý vị đã đăng ký nhận thông báo “{ program-name }” từ { $office }. Chúng tôi sẽ gửi email đến { $destination } khi lá phiếu bầu qua thư của quý vị được gửi đi, được nhận và được kiểm đếm, và sẽ báo ngay nếu có vấn đề mà quý vị cần khắc phục.
confirm-email-see-status = Xem tình trạng lá phiếu của quý vị bất cứ lúc nào: { $status_url }
confirm-email-why = Quý vị nhận được email này vì địa chỉ này đã được nhập khi đăng ký “{ program-name }”. Nếu không phải quý vị đăng ký, hãy ngừng nhận các email này bằng đường liên kết ở trên.
confirm-sms = { $office }: Quý vị đã đăng ký nhận tin nhắn báo về lá phiếu của “{ program-name }”. Tần suất tin nhắn có thể thay đổi. Có thể phải trả phí tin nhắn và dữ liệu. Trả lời HELP để được giúp đỡ, STOP để hủy (bằng tiếng Anh). Tình trạng: { $status_url }

## Thông báo tình trạng (A status notification)
update-email-subject = Lá phiếu của quý vị: { $status } - { $office }
update-sms = { $office }: { $sentence } Tình trạng: { $status_url } Trả lời STOP (bằng tiếng Anh) để ngừng nhận.
update-voice = Xin chào. Đây là { $office }, xin thông báo cập nhật về lá phiếu bầu qua thư của quý vị. { $sentence } { $help } Chào tạm biệt quý vị.

## Nhắc nhở về hạn gửi lại, cho cử tri có lá phiếu đã được gửi đi nhưng chưa được nhận lại
## The return-deadline reminder, to voters whose ballot was mailed but not yet received
reminder-sentence = { $office } chưa nhận được lá phiếu bầu qua thư của quý vị. Hãy gửi lại lá phiếu chậm nhất vào { $deadline } để lá phiếu được kiểm đếm: gửi qua bưu điện với dấu bưu điện không trễ hơn Ngày Bầu Cử, hoặc mang đến nộp theo hướng dẫn trong tập hướng dẫn cử tri của quận.
reminder-email-subject = Nhắc nhở: hãy gửi lại lá phiếu chậm nhất vào { $deadline } - { $office }
reminder-email-already = Nếu quý vị đã gửi lại lá phiếu, quý vị không cần làm gì thêm. Xem tình trạng lá phiếu của quý vị: { $status_url }
reminder-sms = { $office }: { $sentence } Tình trạng: { $status_url } Trả lời STOP (bằng tiếng Anh) để ngừng nhận.
reminder-voice = Xin chào. Đây là { $office }, xin nhắc quý vị về lá phiếu bầu qua thư. { $sentence } { $help } Chào tạm biệt quý vị.

## Trả lời tin nhắn (STOP, START, HELP và các tin khác) (Answers to texts)
sms-stopped = { program-name }: Quý vị đã hủy đăng ký và sẽ không nhận thêm tin nhắn báo về lá phiếu. Trả lời START (bằng tiếng Anh) để đăng ký lại.
sms-resumed = { program-name }: Quý vị đã đăng ký lại nhận tin nhắn báo về lá phiếu. Tần suất tin nhắn có thể thay đổi. Có thể phải trả phí tin nhắn và dữ liệu. Trả lời HELP để được giúp đỡ, STOP để hủy (bằng tiếng Anh).
sms-not-signed-up = { program-name }: Số này chưa đăng ký nhận tin nhắn báo về lá phiếu. Đăng ký tại { $signup_url }
sms-help-county = Tin nhắn báo về lá phiếu của “{ program-name }” từ { $office }. Để được giúp đỡ, hãy liên lạc với văn phòng này tại { $contact }. Trả lời STOP (bằng tiếng Anh) để hủy. Có thể phải trả phí tin nhắn và dữ liệu.
sms-help-hotline = Tin nhắn báo về lá phiếu của “{ program-name }” từ văn phòng bầu cử quận của quý vị. Để được giúp đỡ, hãy gọi số { $hotline }. Trả lời STOP (bằng tiếng Anh) để hủy. Có thể phải trả phí tin nhắn và dữ liệu.
sms-other = { program-name }: Số này chỉ gửi tin nhắn báo về lá phiếu và không thể đọc tin nhắn trả lời. Trả lời HELP để được giúp đỡ, STOP để hủy (bằng tiếng Anh).
