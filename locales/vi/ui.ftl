# Các trang web (frontend/src).
# The web pages (frontend/src). Keep "Where's My Ballot?" as the program's name unless the
# Secretary of State publishes it in your language. Keep "MM-DD-YYYY" as it is: the date of
# birth is always typed that way. { $destination } is an email address or phone number,
# { $office } a county elections office's name, { $page } a page title, { $title } a status.
# Tên chương trình: không tìm thấy tên tiếng Việt chính thức do Tổng Thư Ký Tiểu Bang công bố,
# nên đã dịch theo nghĩa.

site-name = Lá Phiếu Của Tôi Ở Đâu?
site-tagline = Theo dõi lá phiếu bầu qua thư dành cho cử tri California
skip-link = Chuyển đến nội dung chính
nav-label = Trình đơn chính
nav-sign-up = Đăng ký
nav-check = Kiểm tra lá phiếu của tôi
footer-questions = Quý vị có thắc mắc về việc ghi danh hoặc lá phiếu của mình? Hãy liên lạc với văn phòng bầu cử quận của quý vị, hoặc Tổng Thư Ký Tiểu Bang California tại
language-picker-label = Ngôn ngữ
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
field-date-of-birth-hint = MM-DD-YYYY (tháng-ngày-năm). Ví dụ: 01-23-1980
field-zip = Mã ZIP
field-zip-hint = Mã ZIP của địa chỉ cư trú tại California của quý vị. Cử tri ở nước ngoài: dùng mã ZIP của địa chỉ California mà quý vị đã dùng khi ghi danh.
field-zip-hint-lookup = Mã ZIP của địa chỉ cư trú tại California của quý vị, kể cả khi quý vị sống ở nước ngoài.
field-voter-id = Mã số cử tri (không bắt buộc)
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

# Sau khi đăng ký (After signing up)
signed-up-title = Quý vị đã đăng ký thành công
signed-up-new = Quý vị sẽ được thông báo về lá phiếu bầu qua thư của mình.
signed-up-updated = Quý vị đã đăng ký từ trước: chúng tôi đã cập nhật các lựa chọn của quý vị.
signed-up-what-we-sent = Những gì chúng tôi đã gửi
signed-up-email-sent = Chúng tôi đã gửi email xác nhận đến { $destination }. Nếu không thấy, vui lòng kiểm tra thư mục thư rác (spam) hoặc quảng cáo.
signed-up-email-later = Chúng tôi sẽ gửi email đến { $destination }.
signed-up-sms-sent = Chúng tôi đã gửi tin nhắn xác nhận đến số { $destination }. Trả lời STOP (bằng tiếng Anh) bất cứ lúc nào để ngừng nhận tin nhắn.
signed-up-sms-later = Chúng tôi sẽ nhắn tin đến số { $destination }.
signed-up-voice = Chúng tôi sẽ gọi đến số { $destination } khi tình trạng lá phiếu của quý vị thay đổi, trong khoảng từ 8 giờ sáng đến 9 giờ tối. Không có cuộc gọi xác nhận.
notifications-come-from = Thông báo được gửi từ { $office }.
signed-up-see-status = Xem tình trạng lá phiếu của quý vị
signed-up-same-link = (đường liên kết này cũng có trong thông báo xác nhận của quý vị)
signed-up-change = Thay đổi lựa chọn của quý vị

# Lỗi (Errors)
error-summary-title = Đã xảy ra vấn đề
network-error = Chúng tôi không thể kết nối với máy chủ. Vui lòng kiểm tra kết nối mạng và thử lại.
server-error = Đã xảy ra lỗi (HTTP { $status }). Vui lòng thử lại.

# Kiểm tra mà không cần đăng ký (Check without signing up)
lookup-title = Kiểm tra tình trạng lá phiếu của quý vị
lookup-lead = Xem lá phiếu bầu qua thư của quý vị đang ở đâu mà không cần đăng ký nhận thông báo.
lookup-submit = Kiểm tra tình trạng
lookup-result = Tình trạng lá phiếu của quý vị
lookup-sign-up = Đăng ký để được thông báo khi tình trạng thay đổi

# Trang tình trạng (Status page)
status-title = Tình trạng lá phiếu của quý vị
status-loading = Đang tải tình trạng lá phiếu của quý vị…
status-not-found = Chúng tôi không tìm thấy trang tình trạng này. Vui lòng kiểm tra xem quý vị đã mở toàn bộ đường liên kết trong tin nhắn hay chưa.
status-check-instead = Kiểm tra tình trạng lá phiếu bằng thông tin của quý vị
status-updates-from = Thông tin cập nhật do { $office } cung cấp. Trang này tự động cập nhật.
status-manage = Thay đổi hoặc ngừng thông báo
status-updated = Tình trạng lá phiếu của quý vị đã được cập nhật: { $title }

# Các bước xử lý lá phiếu (The timeline)
timeline-not-mailed = Quận của quý vị chưa gửi lá phiếu cho quý vị. Quý vị sẽ thấy từng bước tại đây khi { $office } báo cáo.
timeline-your-ballot = Lá phiếu của quý vị
timeline-act = Quý vị cần hành động
timeline-completed = Đã hoàn tất
timeline-not-yet = Chưa diễn ra
timeline-what-happened = Những gì đã xảy ra

# Thay đổi hoặc ngừng thông báo (Change or stop notifications)
manage-title = Thay đổi hoặc ngừng thông báo
manage-loading = Đang tải các lựa chọn của quý vị…
manage-not-found = Chúng tôi không tìm thấy các thông báo này. Vui lòng kiểm tra xem quý vị đã mở toàn bộ đường liên kết trong tin nhắn hay chưa.
manage-email-now = Hiện tại: { $destination }. Để trống nếu muốn giữ nguyên, hoặc nhập địa chỉ mới.
manage-phone-now = Hiện tại: { $destination }. Để trống nếu muốn giữ nguyên, hoặc nhập số mới.
manage-language = Ngôn ngữ của thông báo
manage-stopped-title = Thông báo đã được ngừng
manage-stopped = Quý vị sẽ không nhận thêm thông báo nào nữa. Hãy bật một cách nhận thông báo ở dưới đây để bắt đầu lại.
manage-saved-title = Các lựa chọn của quý vị đã được lưu
manage-confirmed-email = Chúng tôi đã gửi xác nhận qua email.
manage-confirmed-sms = Chúng tôi đã gửi xác nhận qua tin nhắn văn bản.
manage-confirmed-both = Chúng tôi đã gửi xác nhận qua email và tin nhắn văn bản.
manage-save = Lưu thay đổi
manage-stop-title = Ngừng tất cả thông báo
manage-stop-lead = Quý vị sẽ không nhận thêm email, tin nhắn hoặc cuộc gọi nào về lá phiếu của mình nữa.
manage-stop = Ngừng tất cả thông báo
manage-see-status = Xem tình trạng lá phiếu của quý vị

# Không tìm thấy trang (Page not found)
not-found-title = Không tìm thấy trang
not-found-lead = Nếu quý vị tự nhập địa chỉ, vui lòng kiểm tra xem địa chỉ có đúng không.
not-found-sign-up = Đăng ký nhận thông báo về lá phiếu
