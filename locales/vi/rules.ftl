# Các thông báo kiểm tra (shared/src): biểu mẫu hiển thị khi cử tri nhập, và API trả về trong `fields`.
# The rules' messages (shared/src): the form shows them as the voter types, and the API
# returns them in `fields`. Placeholders: { $days }, { $month } (1-12), { $year }, { $max }.
# Keep "MM-DD-YYYY", "HH:MM", and example values (01-23-1980, 95814, (916) 555-0123,
# name@example.com, 20:00) exactly as they are: they describe what to type.
# Tiếng Việt: xưng "quý vị", văn phong lịch sự của cơ quan chính quyền.

name-first-empty = Nhập tên của quý vị
name-last-empty = Nhập họ của quý vị
name-first-too-long = Tên của quý vị không được dài quá { $max } ký tự
name-last-too-long = Họ của quý vị không được dài quá { $max } ký tự
name-first-no-letters = Nhập tên của quý vị đúng như trên hồ sơ ghi danh cử tri
name-last-no-letters = Nhập họ của quý vị đúng như trên hồ sơ ghi danh cử tri

dob-empty = Nhập ngày sinh của quý vị
dob-format = Nhập ngày sinh theo dạng MM-DD-YYYY (tháng-ngày-năm), ví dụ 01-23-1980
dob-month = Tháng phải từ 01 đến 12
dob-day = Ngày phải từ 01 đến { $days } đối với { $month ->
    [1] tháng Một
    [2] tháng Hai
    [3] tháng Ba
    [4] tháng Tư
    [5] tháng Năm
    [6] tháng Sáu
    [7] tháng Bảy
    [8] tháng Tám
    [9] tháng Chín
    [10] tháng Mười
    [11] tháng Mười Một
   *[12] tháng Mười Hai
}
dob-day-february = Ngày phải từ 01 đến { $days } đối với tháng Hai năm { $year }
dob-before-earliest = Ngày sinh không được trước 01-01-1900
dob-in-future = Ngày sinh không được là một ngày trong tương lai

zip-empty = Nhập mã ZIP của địa chỉ cư trú tại California của quý vị
zip-format = Nhập mã ZIP California gồm 5 chữ số, ví dụ 95814. { zip-overseas-help }
zip-not-california = Đây không phải là mã ZIP của California (mã ZIP California bắt đầu từ 900 đến 961). { zip-overseas-help }
zip-overseas-help = Quý vị đang sống ở nước ngoài? Hãy dùng mã ZIP của địa chỉ cư trú tại California mà quý vị đã dùng khi ghi danh bỏ phiếu.

voter-id-needed = Nhập mã số cử tri của quý vị. Mã số này được in trên thẻ ghi danh cử tri và trên lá phiếu mẫu của quý vị.
voter-id-invalid = Nhập mã số cử tri đúng như được in trên thẻ ghi danh cử tri hoặc lá phiếu mẫu của quý vị (chỉ gồm chữ cái và chữ số)

email-empty = Nhập địa chỉ email của quý vị
email-too-long = Địa chỉ email của quý vị không được dài quá { $max } ký tự
email-format = Nhập địa chỉ email đúng dạng, ví dụ name@example.com

phone-empty = Nhập số điện thoại
phone-format = Nhập số điện thoại Hoa Kỳ như (916) 555-0123, hoặc số quốc tế bắt đầu bằng dấu + và mã quốc gia
phone-not-north-american = Vui lòng kiểm tra mã vùng và số điện thoại: đây không phải là số điện thoại Hoa Kỳ hợp lệ
phone-international-length = Số quốc tế cần có dấu + và từ 8 đến 15 chữ số, bắt đầu bằng mã quốc gia
phone-premium = Đây là số dịch vụ tính cước cao hoặc số điện thoại vệ tinh, nên chúng tôi không thể nhắn tin hoặc gọi đến số này. Nhập số điện thoại di động hoặc số điện thoại nhà.

channels-none-chosen = Hãy bật ít nhất một cách nhận thông báo: email, tin nhắn văn bản hoặc cuộc gọi thoại
channels-email-empty = Nhập địa chỉ email để nhận thông báo
channels-sms-empty = Nhập số điện thoại di động để nhận tin nhắn văn bản
channels-voice-empty = Nhập số điện thoại để nhận cuộc gọi thoại

quiet-hours-format = Nhập giờ theo dạng HH:MM, ví dụ 20:00
quiet-hours-outside-allowed = Chúng tôi không bao giờ nhắn tin hoặc gọi điện từ 9 giờ tối đến 8 giờ sáng; giờ không làm phiền chỉ có thể thêm vào khoảng thời gian đó
quiet-hours-no-contact-hours = Giờ không làm phiền phải kết thúc vào buổi sáng trước khi bắt đầu lại vào buổi tối

language-unsupported = Vui lòng chọn một trong các ngôn ngữ được cung cấp

# Nơi nhận thông báo, hiển thị dưới mỗi công tắc khi được bật. { $destination } là
# địa chỉ hoặc số điện thoại đúng như đã nhập.
# Where messages will go, under each switch while it is on. { $destination } is the
# address or number as typed.
channel-will-receive-email = Quý vị sẽ nhận email tại { $destination }
channel-will-receive-sms = Quý vị sẽ nhận tin nhắn văn bản tại số { $destination }
channel-will-receive-voice = Quý vị sẽ nhận cuộc gọi thoại tại số { $destination }

## Mã tham chiếu của một tin nhắn, như được nhập trên trang kiểm tra
## A message's reference, as typed on the verify page
reference-invalid = Nhập mã tham chiếu đúng như được in ở cuối tin nhắn: tám chữ cái và chữ số, ví dụ 7KQM-4MXZ.

## A signature cure sent from the status page (issue 16). $max is a number.
cure-election = Chọn lá phiếu mà bản tuyên bố này dành cho
cure-method = Chọn cách quý vị ký: vẽ chữ ký, gửi ảnh bản tuyên bố quý vị đã ký, hoặc nhập tên của quý vị
cure-name-empty = Nhập họ tên đầy đủ của quý vị
cure-name-too-long = Tên của quý vị không được dài quá { $max } ký tự
cure-name-no-letters = Nhập tên của quý vị bằng chữ, như khi quý vị ký
cure-image-format = Gửi chữ ký của quý vị dưới dạng ảnh chụp (JPEG, PNG hoặc HEIC) hoặc bản quét (PDF)
cure-image-unreadable = Không thể mở tệp này dưới dạng hình ảnh. Hãy chụp lại ảnh hoặc chọn tệp khác
cure-pdf-no-scan = Tệp PDF này không có trang được quét nào. Thay vào đó, hãy gửi ảnh chụp bản tuyên bố đã ký của quý vị
cure-image-too-large = Hình không được lớn hơn { $max } MB
cure-image-too-many-pixels = Hình có quá nhiều điểm ảnh: tối đa { $max } triệu. Hãy chụp lại với độ phân giải thấp hơn
