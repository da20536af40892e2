# Các trang web (frontend/src).
# The web pages (frontend/src). Keep "Where's My Ballot?" as the program's name unless the
# Secretary of State publishes it in your language. Keep "MM-DD-YYYY" as it is: the date of
# birth is always typed that way (the hint says it in words, for screen readers). { $destination } is an email address or phone number,
# { $office } a county elections office's name, { $page } a page title, { $title } a status.
# Tên chương trình: không tìm thấy tên tiếng Việt chính thức do Tổng Thư Ký Tiểu Bang công bố,
# nên đã dịch theo nghĩa.

site-name = Lá Phiếu Của Tôi Ở Đâu?
site-tagline = Theo dõi lá phiếu bầu qua thư dành cho cử tri California
skip-link = Chuyển đến nội dung chính
nav-label = Trình đơn chính
nav-sign-up = Đăng ký
nav-check = Kiểm tra lá phiếu của tôi
nav-verify = Kiểm tra một tin nhắn
footer-questions = Quý vị có thắc mắc về việc ghi danh hoặc lá phiếu của mình? Hãy liên lạc với văn phòng bầu cử quận của quý vị, hoặc Tổng Thư Ký Tiểu Bang California tại
language-picker-label = Ngôn ngữ
# Nút bên cạnh danh sách ngôn ngữ: ngôn ngữ được áp dụng khi đã chọn, không phải mỗi lần bấm phím mũi tên.
# The button beside the language list: a language is applied when chosen, not on each arrow key.
language-picker-apply = Thay đổi ngôn ngữ
# <title> của trang: "Lỗi: " được thêm vào phía trước khi biểu mẫu đang báo lỗi.
# The page's <title>: "Error: " goes in front while a form shows errors.
page-title = { $page } - { site-name }
page-title-error = Lỗi: { $page } - { site-name }
error-prefix = Lỗi:

# Đăng ký (Sign-up)
signup-title = Đăng ký nhận thông báo về lá phiếu
signup-lead = Nhận email, tin nhắn văn bản hoặc cuộc gọi điện thoại khi lá phiếu bầu qua thư của quý vị được gửi đi, được nhận và được kiểm đếm, hoặc khi có vấn đề mà quý vị cần khắc phục.
signup-your-details = Thông tin của quý vị
signup-details-hint = Nhập đúng như trên hồ sơ ghi danh cử tri của quý vị.
field-first-name = Tên
field-last-name = Họ
field-date-of-birth = Ngày sinh
field-date-of-birth-hint = Hai chữ số cho tháng, hai chữ số cho ngày, bốn chữ số cho năm. Ví dụ: 01-23-1980
field-zip = Mã ZIP
field-zip-hint = Mã ZIP của địa chỉ cư trú tại California của quý vị. Cử tri ở nước ngoài: dùng mã ZIP của địa chỉ California mà quý vị đã dùng khi ghi danh.
field-zip-hint-lookup = Mã ZIP của địa chỉ cư trú tại California của quý vị, kể cả khi quý vị sống ở nước ngoài.
field-voter-id = Mã số cử tri
field-voter-id-hint = Được in trên thẻ ghi danh cử tri và trên lá phiếu mẫu của quý vị.
channels-legend = Quý vị muốn nhận thông báo bằng cách nào?
channels-hint = Bật một hoặc nhiều cách.
switch-email = Email
switch-sms = Tin nhắn văn bản (SMS)
switch-voice = Cuộc gọi thoại
switch-on = Bật
switch-off = Tắt
field-email = Địa chỉ email
field-sms-phone = Số điện thoại di động
field-sms-phone-hint = Số điện thoại Hoa Kỳ, hoặc dấu + và mã quốc gia đối với số ở nước ngoài.
field-voice-phone = Số điện thoại để nhận cuộc gọi
field-voice-phone-hint = Số điện thoại Hoa Kỳ, hoặc dấu + và mã quốc gia đối với số ở nước ngoài. Cuộc gọi được thực hiện từ 8 giờ sáng đến 9 giờ tối.
signup-submit = Đăng ký
signup-submitting = Đang đăng ký…

# Sau khi đăng ký. Không có gì về lá phiếu được gửi đến một địa chỉ hoặc số cho đến khi người dùng
# địa chỉ hoặc số đó xác nhận: bằng đường liên kết qua email, nhắn YES, hoặc bấm 1 trong cuộc gọi.
# After signing up. Nothing about the ballot goes to an address or number until whoever has it
# confirms it: a link by email, YES by text, 1 on a call.
signed-up-title = Hãy kiểm tra email và điện thoại của quý vị
signed-up-new = Quý vị đã đăng ký. Trước khi chúng tôi gửi bất cứ thông tin nào về lá phiếu của quý vị, hãy xác nhận từng cách mà chúng tôi có thể liên lạc với quý vị.
signed-up-already-title = Quý vị đã đăng ký từ trước
signed-up-already = Không có gì thay đổi. Cử tri này đã có thông báo, nên chúng tôi không hiển thị các thông báo đó tại đây.
signed-up-already-on-file = Chúng tôi đã gửi đường liên kết để thay đổi hoặc ngừng thông báo đến địa chỉ email và số điện thoại có trong hồ sơ.
signed-up-check = Việc cần làm bây giờ
signed-up-confirm-email = Chúng tôi đã gửi một đường liên kết đến { $destination }. Hãy mở đường liên kết trong vòng 48 giờ để xác nhận. Nếu không thấy, vui lòng kiểm tra thư mục thư rác (spam) hoặc quảng cáo.
signed-up-confirm-sms = Chúng tôi đã gửi tin nhắn văn bản đến số { $destination }. Trả lời YES (bằng tiếng Anh) để xác nhận.
signed-up-confirm-voice = Chúng tôi sẽ gọi đến số { $destination } trong khoảng từ 8 giờ sáng đến 9 giờ tối. Bấm số 1 trong cuộc gọi để xác nhận.
signed-up-confirm-not-sent = { $destination } đã nhận số tin xác nhận tối đa mà chúng tôi gửi trong một ngày. Tin xác nhận đã nhận vẫn còn hiệu lực.
signed-up-on-file = Đã xác nhận: { $destination }.
notifications-come-from = Thông báo được gửi từ { $office }.
signed-up-see-status = Xem tình trạng lá phiếu của quý vị
signed-up-same-link = (hãy giữ đường liên kết này: đường liên kết chỉ cho biết tình trạng lá phiếu của quý vị, nên có thể chia sẻ một cách an toàn)
signed-up-change = Thay đổi lựa chọn của quý vị

# Lỗi (Errors)
error-summary-title = Đã xảy ra vấn đề
network-error = Chúng tôi không thể kết nối với máy chủ. Vui lòng kiểm tra kết nối mạng và thử lại.

# Kiểm tra mà không cần đăng ký (Check without signing up)
lookup-title = Kiểm tra tình trạng lá phiếu của quý vị
lookup-lead = Xem lá phiếu bầu qua thư của quý vị đang ở đâu mà không cần đăng ký nhận thông báo.
lookup-submit = Kiểm tra tình trạng
lookup-result = Tình trạng lá phiếu của quý vị
lookup-sign-up = Đăng ký để được thông báo khi tình trạng thay đổi

# Trang tình trạng (Status page)
status-title = Tình trạng lá phiếu của quý vị
status-loading = Đang tải tình trạng lá phiếu của quý vị…
status-not-found-title = Không tìm thấy trang tình trạng
status-not-found = Chúng tôi không tìm thấy trang tình trạng này. Vui lòng kiểm tra xem quý vị đã mở toàn bộ đường liên kết trong tin nhắn hay chưa.
status-check-instead = Kiểm tra tình trạng lá phiếu bằng thông tin của quý vị
status-updates-from = Thông tin cập nhật do { $office } cung cấp.
status-updates-live = Trang này tự động cập nhật.
status-updates-reload = Tải lại trang này để xem thông tin mới nhất.
status-manage = Thay đổi hoặc ngừng thông báo
status-updated = Tình trạng lá phiếu của quý vị đã được cập nhật: { $title }

# Các bước xử lý lá phiếu (The timeline)
timeline-not-mailed = Quận của quý vị chưa gửi lá phiếu cho quý vị. Quý vị sẽ thấy từng bước tại đây khi { $office } báo cáo.
timeline-your-ballot = Lá phiếu của quý vị
timeline-act = Quý vị cần hành động
# The signature statement the voter sent from the tracker, and what came of it.
timeline-cure = Bản tuyên bố chữ ký của quý vị
timeline-completed = Đã hoàn tất
timeline-not-yet = Chưa diễn ra
timeline-what-happened = Những gì đã xảy ra

# Thay đổi hoặc ngừng thông báo (Change or stop notifications)
manage-title = Thay đổi hoặc ngừng thông báo
manage-loading = Đang tải các lựa chọn của quý vị…
manage-not-found-title = Không tìm thấy thông báo
manage-not-found = Chúng tôi không tìm thấy các thông báo này. Vui lòng kiểm tra xem quý vị đã mở toàn bộ đường liên kết trong tin nhắn hay chưa.
manage-email-now = Hiện tại: { $destination }. Để trống nếu muốn giữ nguyên, hoặc nhập địa chỉ mới.
manage-phone-now = Hiện tại: { $destination }. Để trống nếu muốn giữ nguyên, hoặc nhập số mới.
manage-language = Ngôn ngữ của thông báo
manage-stopped-title = Thông báo đã được ngừng
manage-stopped = Quý vị sẽ không nhận thêm thông báo nào nữa. Hãy bật một cách nhận thông báo ở dưới đây để bắt đầu lại.
manage-saved-title = Các lựa chọn của quý vị đã được lưu
manage-confirm-new = Chúng tôi đã gửi yêu cầu xác nhận đến từng địa chỉ hoặc số điện thoại mới. Thông báo sẽ được gửi đến đó sau khi được xác nhận.
manage-awaiting = Đang chờ xác nhận: { $destination }.
manage-read-only-title = Không thể dùng đường liên kết này để thay đổi thông báo
manage-read-only = Đường liên kết này cho biết tình trạng lá phiếu của quý vị, nhưng không thể dùng để thay đổi các thông báo.
manage-expired-title = Đường liên kết này đã hết hạn
manage-expired = Đường liên kết để thay đổi thông báo này đã hết hạn.
manage-send-link = Gửi đường liên kết mới đến email và điện thoại có trong hồ sơ của tôi
manage-link-sent = Chúng tôi đã gửi đường liên kết mới đến địa chỉ email và số điện thoại có trong hồ sơ.
manage-link-not-sent = Hôm nay chúng tôi đã gửi nhiều đường liên kết. Vui lòng kiểm tra email và tin nhắn văn bản của quý vị, hoặc thử lại vào ngày mai.
manage-save = Lưu thay đổi
manage-stop-title = Ngừng tất cả thông báo
manage-stop-lead = Quý vị sẽ không nhận thêm email, tin nhắn hoặc cuộc gọi nào về lá phiếu của mình nữa.
manage-stop = Ngừng tất cả thông báo
# Câu hỏi trước khi xóa bất kỳ thông tin nào.
# Asked before anything is erased.
manage-stop-confirm-title = Quý vị có muốn ngừng tất cả thông báo không?
manage-stop-confirm = Mọi email, tin nhắn văn bản và cuộc gọi về lá phiếu của quý vị sẽ ngừng, và địa chỉ email cùng các số điện thoại của quý vị sẽ bị xóa. Để nhận lại thông báo, quý vị sẽ cần nhập lại các thông tin này.
manage-stop-yes = Có, ngừng tất cả thông báo
manage-stop-cancel = Không, giữ lại thông báo của tôi
manage-see-status = Xem tình trạng lá phiếu của quý vị
# Cách trình đọc màn hình đọc một số điện thoại bị ẩn như (•••) •••-0123; { $last } là bốn chữ số cuối.
# How a screen reader reads a hidden phone number such as (•••) •••-0123; { $last } is its last four digits.
masked-number = số tận cùng là { $last }

# Không tìm thấy trang (Page not found)
not-found-title = Không tìm thấy trang
not-found-lead = Nếu quý vị tự nhập địa chỉ, vui lòng kiểm tra xem địa chỉ có đúng không.
not-found-sign-up = Đăng ký nhận thông báo về lá phiếu

# Xác nhận địa chỉ hoặc số điện thoại, từ đường liên kết trong tin xác nhận
# Confirming an address or number, from the link in a confirmation
confirm-title = Xác nhận nhận thông báo về lá phiếu
confirm-lead = Xác nhận rằng thông báo về lá phiếu này có thể được gửi đến quý vị tại đây. Nếu quý vị không yêu cầu, hãy đóng trang này: sẽ không có gì được gửi thêm.
confirm-button = Xác nhận
confirm-done-title = Đã xác nhận
confirm-done = Thông báo về lá phiếu này sẽ được gửi đến { $destination }, từ { $office }.
confirm-see-status = Xem tình trạng lá phiếu
confirm-expired = Đường liên kết xác nhận này đã hết hạn hoặc đã được sử dụng. Để thử lại, hãy đăng ký lại.

# Hủy một thay đổi, từ đường liên kết trong thông báo thay đổi
# Undoing a change, from the link in a change notice
# Không chắc chắn: "undo" được dịch là "hủy thay đổi"; chưa biết thuật ngữ chính thức.
# Unsure: "undo" is translated as "hủy thay đổi" (cancel the change); no official term is known.
undo-title = Hủy một thay đổi đối với thông báo của quý vị
undo-lead = Có người đã xác nhận một địa chỉ email hoặc số điện thoại mới cho các thông báo về lá phiếu này. Nếu không phải quý vị, hãy hủy thay đổi đó.
undo-button = Hủy thay đổi
undo-done-title = Thay đổi đã được hủy
undo-done-restored = Thông báo lại được gửi đến { $destination }, và không còn được gửi đến { $removed }.
undo-done-removed = Thông báo không còn được gửi đến { $removed }.
undo-expired = Đường liên kết này đã hết hạn hoặc đã được sử dụng.
undo-changed-since = Nội dung này đã được thay đổi thêm sau đó, nên không thể hủy bằng đường liên kết này. Hãy dùng đường liên kết trong tin nhắn mới nhất của quý vị.

# Tin nhắn này có phải do chúng tôi gửi không? Mọi tin nhắn đều kết thúc bằng mã tham chiếu như 7KQM-4MXZ.
# Is this message from us? Every message ends with a reference such as 7KQM-4MXZ.
# Không chắc chắn: "reference" được dịch là "mã tham chiếu"; chưa biết thuật ngữ chính thức.
# Unsure: a message's reference is "mã tham chiếu" (reference code); no official term is known.
verify-title = Tin nhắn này có phải do chúng tôi gửi không?
verify-lead = Mọi email, tin nhắn văn bản và cuộc gọi từ “{ site-name }” đều kết thúc bằng một mã tham chiếu, ví dụ 7KQM-4MXZ. Hãy nhập mã này để kiểm tra xem có phải chúng tôi đã gửi hay không.
field-reference = Mã tham chiếu
field-reference-hint = Ở cuối tin nhắn. Ví dụ: 7KQM-4MXZ
verify-submit = Kiểm tra
verify-yes-title = Chúng tôi đã gửi tin nhắn này
# $channel là email, sms hoặc voice; $date đã được viết bằng ngôn ngữ của trang.
# $channel is email, sms or voice; $date is already written in the page's language.
verify-yes = { $sender } đã gửi tin nhắn này { $channel ->
    [email] qua email
    [sms] qua tin nhắn văn bản
   *[voice] qua cuộc gọi điện thoại
} đến { $destination } vào ngày { $date }.
verify-yes-only = Trang này chỉ có thể cho biết bấy nhiêu. Tin nhắn thật không bao giờ yêu cầu tiền, mật khẩu hoặc số An Sinh Xã Hội của quý vị.
verify-no-title = Chúng tôi không gửi tin nhắn nào có mã tham chiếu này
verify-no = Đừng mở các đường liên kết trong tin nhắn đó và đừng trả lời. Nếu tin nhắn yêu cầu quý vị làm điều gì đó liên quan đến lá phiếu, hãy liên lạc với văn phòng bầu cử quận của quý vị.
verify-senders = Tin nhắn của chúng tôi được gửi từ đâu
verify-senders-email = Email từ { $address }
verify-senders-phone = Tin nhắn văn bản và cuộc gọi từ số { $number }

# Signing a ballot's statement from the tracker, /cure/{token} (issue 16): a ballot whose
# envelope signature is missing or did not match. "Statement" is the county's signed form:
# the "unsigned ballot statement" or the "signature verification statement".
cure-title = Ký bản tuyên bố cho lá phiếu của quý vị
cure-lead = { $office } cần chữ ký của quý vị thì lá phiếu của quý vị mới có thể được kiểm đếm. Quý vị có thể ký tại đây thay vì gửi lại mẫu đơn giấy.
cure-deadline = Hãy gửi chậm nhất vào { $deadline }.
cure-not-open = Lá phiếu này hiện không cần chữ ký từ trang này.
cure-see-status = Xem tình trạng lá phiếu của quý vị
cure-statement-heading = Bản tuyên bố quý vị ký
# The wording of the statement the county receives; keep its legal meaning exactly.
cure-statement = Tôi xin tuyên bố, và chịu hình phạt về tội khai man theo luật pháp của Tiểu Bang California, rằng tôi là cử tri đã ghi danh có tên dưới đây, rằng tôi đã yêu cầu và đã gửi lại lá phiếu bầu qua thư cho cuộc bầu cử này, và rằng chữ ký dưới đây, được gửi từ dịch vụ theo dõi lá phiếu để thay cho chữ ký bị thiếu hoặc không khớp trên phong bì lá phiếu của tôi, là chữ ký của chính tôi.
cure-dob-hint = Chúng tôi đối chiếu ngày sinh này với hồ sơ ghi danh cử tri của quý vị, vì vậy chỉ riêng một đường liên kết được chuyển tiếp thì không thể ký thay cho quý vị. Ví dụ: 04-27-1980
cure-method-legend = Quý vị sẽ ký bằng cách nào?
cure-method-drawn = Vẽ chữ ký của tôi trên màn hình
cure-method-photo = Gửi ảnh chụp bản tuyên bố giấy mà tôi đã ký
cure-method-typed = Nhập tên của tôi thay vào đó
cure-method-typed-hint = Dành cho bất kỳ ai không thể vẽ hoặc chụp ảnh: tên quý vị nhập vào sẽ là chữ ký trên bản tuyên bố.
cure-draw-label = Khung ký tên: vẽ chữ ký của quý vị bằng ngón tay, bút cảm ứng hoặc chuột
cure-draw-hint = Nếu quý vị không thể vẽ, hãy chọn “Nhập tên của tôi thay vào đó”.
cure-draw-clear = Ký lại từ đầu
cure-draw-empty = Hãy vẽ chữ ký của quý vị trong khung
cure-photo-label = Ảnh chụp bản tuyên bố đã ký của quý vị
cure-photo-hint = Ảnh chụp (JPEG, PNG hoặc HEIC) hoặc bản quét (PDF), tối đa 10 MB. Nơi chụp ảnh và các thông tin khác được lưu trong tệp sẽ bị xóa.
cure-typed-label = Họ tên đầy đủ của quý vị, đúng như khi quý vị ký tên
cure-submit = Gửi chữ ký của tôi
cure-sending = Đang gửi chữ ký của quý vị…
cure-sent-title = Đã gửi chữ ký
cure-sent = { $office } đã nhận được chữ ký của quý vị. Chúng tôi sẽ báo cho quý vị biết khi họ đã xem xét.
cure-noscript = Cần có JavaScript để ký trên trang này. Quý vị vẫn có thể gửi lại mẫu đơn giấy cho { $office }.
cure-status-link = Ký bản tuyên bố từ điện thoại hoặc máy tính này
