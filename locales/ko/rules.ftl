# 규칙 메시지 (shared/src): 유권자가 입력하는 동안 양식에 표시되며, API가 `fields`로 반환합니다.
# The rules' messages (shared/src): the form shows them as the voter types, and the API
# returns them in `fields`. Placeholders: { $days }, { $month } (1-12), { $year }, { $max }.
# Keep "MM-DD-YYYY", "HH:MM", and example values (01-23-1980, 95814, (916) 555-0123,
# name@example.com, 20:00) exactly as they are: they describe what to type.
# 한국어 번역: 정중한 공문서체(하십시오체)를 사용합니다.

name-first-empty = 이름을 입력하십시오
name-last-empty = 성을 입력하십시오
name-first-too-long = 이름은 { $max }자 이하여야 합니다
name-last-too-long = 성은 { $max }자 이하여야 합니다
name-first-no-letters = 유권자 등록에 기재된 대로 이름을 입력하십시오
name-last-no-letters = 유권자 등록에 기재된 대로 성을 입력하십시오

dob-empty = 생년월일을 입력하십시오
dob-format = 생년월일을 MM-DD-YYYY 형식으로 입력하십시오. 예: 01-23-1980
dob-month = 월은 01에서 12 사이여야 합니다
dob-day = { $month ->
    [1] 1월
    [2] 2월
    [3] 3월
    [4] 4월
    [5] 5월
    [6] 6월
    [7] 7월
    [8] 8월
    [9] 9월
    [10] 10월
    [11] 11월
   *[12] 12월
}의 일은 01에서 { $days } 사이여야 합니다
dob-day-february = { $year }년 2월의 일은 01에서 { $days } 사이여야 합니다
dob-before-earliest = 생년월일은 01-01-1900 이전일 수 없습니다
dob-in-future = 생년월일은 미래 날짜일 수 없습니다

zip-empty = 캘리포니아 거주지 주소의 우편번호(ZIP 코드)를 입력하십시오
zip-format = 캘리포니아 우편번호 5자리를 입력하십시오. 예: 95814. { zip-overseas-help }
zip-not-california = 캘리포니아 우편번호가 아닙니다(캘리포니아 우편번호는 900~961로 시작합니다). { zip-overseas-help }
zip-overseas-help = 해외에 거주하십니까? 유권자 등록 시 사용한 캘리포니아 거주지 주소의 우편번호를 사용하십시오.

voter-id-needed = 유권자 ID를 입력하십시오. 유권자 등록 카드와 견본 투표용지에 인쇄되어 있습니다.
voter-id-invalid = 유권자 등록 카드 또는 견본 투표용지에 인쇄된 대로 유권자 ID를 입력하십시오(영문자와 숫자만 가능)

email-empty = 이메일 주소를 입력하십시오
email-too-long = 이메일 주소는 { $max }자 이하여야 합니다
email-format = 이메일 주소를 올바른 형식으로 입력하십시오. 예: name@example.com

phone-empty = 전화번호를 입력하십시오
phone-format = (916) 555-0123과 같은 미국 전화번호를 입력하거나, + 기호와 국가 번호로 시작하는 국제 전화번호를 입력하십시오
phone-not-north-american = 지역 번호와 전화번호를 확인하십시오. 유효한 미국 전화번호가 아닙니다
phone-international-length = 국제 전화번호는 + 기호와 국가 번호로 시작하는 8~15자리 숫자여야 합니다
phone-premium = 이 번호는 유료 정보 서비스 번호 또는 위성 전화번호이므로 문자 메시지를 보내거나 전화를 걸 수 없습니다. 휴대전화 번호나 집 전화번호를 입력하십시오.

channels-none-chosen = 알림 방법을 하나 이상 켜십시오: 이메일, 문자 메시지 또는 음성 전화
channels-email-empty = 알림을 받을 이메일 주소를 입력하십시오
channels-sms-empty = 문자 메시지를 받을 휴대전화 번호를 입력하십시오
channels-voice-empty = 음성 전화를 받을 전화번호를 입력하십시오

quiet-hours-format = 시간을 HH:MM 형식으로 입력하십시오. 예: 20:00
quiet-hours-outside-allowed = 오후 9시부터 오전 8시까지는 문자와 전화를 보내지 않습니다. 방해 금지 시간은 이 시간 외에 추가로만 설정할 수 있습니다
quiet-hours-no-contact-hours = 방해 금지 시간은 저녁에 다시 시작되기 전, 아침에 끝나야 합니다

language-unsupported = 제공되는 언어 중 하나를 선택하십시오

# 각 스위치가 켜져 있을 때 그 아래에 표시되는, 메시지를 받을 곳. { $destination }은(는)
# 입력한 그대로의 주소 또는 번호입니다.
# Where messages will go, under each switch while it is on. { $destination } is the
# address or number as typed.
channel-will-receive-email = 이메일은 { $destination } 주소로 발송됩니다
channel-will-receive-sms = 문자 메시지는 { $destination } 번호로 발송됩니다
channel-will-receive-voice = 음성 전화는 { $destination } 번호로 걸려 옵니다

## 확인 페이지에 입력하는 메시지 참조 번호
## A message's reference, as typed on the verify page
# "reference"는 "참조 번호"로 옮겼습니다(영문자도 포함됩니다). 공식 용어를 확인하지 못했습니다.
reference-invalid = 메시지 끝에 표시된 대로 참조 번호를 입력하십시오. 영문자와 숫자 8자입니다. 예: 7KQM-4MXZ

## A signature cure sent from the status page (issue 16). $max is a number.
cure-election = 이 진술서가 해당하는 투표용지를 선택하십시오
cure-method = 서명 방법을 선택하십시오: 화면에 서명하기, 서명한 진술서 사진 보내기 또는 이름 입력하기
cure-name-empty = 성명을 입력하십시오
cure-name-too-long = 이름은 { $max }자 이하여야 합니다
cure-name-no-letters = 서명할 때와 같이 이름을 글자로 입력하십시오
cure-image-format = 서명을 사진(JPEG, PNG 또는 HEIC)이나 스캔(PDF)으로 보내십시오
cure-image-unreadable = 이 파일을 이미지로 열 수 없습니다. 사진을 다시 찍거나 다른 파일을 선택하십시오
cure-pdf-no-scan = 이 PDF에는 스캔한 페이지가 없습니다. 대신 서명한 진술서의 사진을 보내십시오
cure-image-too-large = 이미지는 { $max }MB 이하여야 합니다
cure-image-too-many-pixels = 이미지의 픽셀 수가 너무 많습니다: 최대 { $max }백만 픽셀입니다. 더 낮은 해상도로 다시 찍으십시오
