# 서버가 유권자에게 보내는 내용 (api/src): 페이지에 표시되는 응답, 투표용지 진행 단계,
# 그리고 이메일, 문자 메시지(SMS), 음성 전화로 보내는 모든 알림.
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
# 한국어: 받침에 따라 조사가 바뀌지 않도록 변수 뒤에는 "에", "에서", "까지", "입니다" 등을 사용합니다.

program-name = 내 투표용지는 어디에?

# 메시지에서 쓰는 날짜 형식: "2026년 11월 3일". $month는 1-12, $day와 $year는 숫자입니다.
# A date, as messages write it: "November 3, 2026". $month is 1-12, $day and $year numbers.
date-long = { $year }년 { $month ->
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
} { $day }일

## 페이지에 대한 응답 (Answers to the pages)
invalid-input = 일부 정보를 수정해야 합니다.
no-matching-voter = 입력하신 정보와 일치하는 유권자가 시스템에 없습니다.
no-matching-voter-help-spelling = 이름, 성, 생년월일, 우편번호가 유권자 등록에 기재된 것과 같은지 확인하십시오.
no-matching-voter-help-zip = 해외에 거주하시거나 다른 곳에서 우편을 받으시더라도 캘리포니아 거주지 주소의 우편번호를 사용하십시오.
no-matching-voter-help-recent = 최근에 유권자 등록을 하셨거나 등록 정보를 변경하셨다면 며칠 후에 다시 시도하십시오.
ambiguous-voter = 이 정보와 일치하는 유권자가 두 명 이상입니다. 본인을 확인할 수 있도록 유권자 ID를 입력하십시오.
ambiguous-voter-help-where = 유권자 ID는 유권자 등록 카드와 견본 투표용지에 인쇄되어 있습니다.
ambiguous-voter-help-county = 유권자 ID가 없으시면 카운티 선거 사무소에 문의하십시오.
rate-limited = 시도 횟수가 너무 많습니다. 몇 분 후에 다시 시도하십시오.
timed-out = 서비스 응답 시간이 너무 오래 걸렸습니다. 잠시 후 다시 시도하십시오.
unavailable = 서비스 이용자가 많습니다. 잠시 후 다시 시도하십시오.
internal = 시스템에 문제가 발생했습니다. 다시 시도하십시오.
subscription-not-found = 이 알림을 찾을 수 없습니다. 메시지에 있는 링크 전체가 열렸는지 확인하십시오.

## 진행 단계와 이메일 제목에 쓰는 투표용지 상태 (Ballot statuses)
status-mailed = 발송됨
status-in-transit-to-voter = 귀하에게 배송 중
status-undeliverable = 배달 불가로 반송됨
status-in-transit-to-county = 카운티로 배송 중
status-received = 접수됨
status-in-review = 검토 중
status-counted = 개표됨
status-signature-missing = 서명 누락
status-signature-mismatch = 서명을 확인할 수 없음
status-cured = 서명 문제 해결됨
status-not-counted = 개표되지 않음
status-reissued = 대체 투표용지 발급됨
status-voted-in-person = 직접 투표함

## 진행 내용 안내: 카운티 자료에 있는 내용만 전달합니다 (never more than the county's data says)
sentence-mailed = 귀하의 우편 투표용지가 { $date }에 우체국에 전달되었습니다.
sentence-in-transit-to-voter = 귀하의 투표용지가 우편으로 배송되고 있습니다.
sentence-in-transit-to-voter-expected = 우체국은 귀하의 투표용지가 { $expected_delivery }경에 배달될 것으로 예상합니다.
sentence-undeliverable = 귀하의 투표용지가 배달 불가로 { $office }에 반송되었습니다. 투표할 수 있는 투표용지를 받으시려면 해당 사무소에 문의하십시오.
sentence-in-transit-to-county = { $office }에 반송 중인 귀하의 투표용지를 우체국이 { $date }에 스캔했습니다.
sentence-received = { $office }에서 { $date }에 귀하의 투표용지를 받았습니다.
sentence-in-review = 서명 확인 등을 위해 귀하의 투표용지를 검토하고 있습니다. 지금은 아무것도 하실 필요가 없습니다.
sentence-counted = 귀하의 투표용지가 승인되어 개표되었습니다.
sentence-signature-missing = 귀하의 투표용지 봉투에 서명이 없습니다.
sentence-signature-mismatch = 귀하의 투표용지 봉투에 있는 서명을 확인할 수 없었습니다.
sentence-cured = 귀하의 서명 문제가 해결되었습니다.
sentence-not-counted = 귀하의 투표용지는 개표되지 않았습니다. 그 이유는 { $office }에 문의하십시오.
sentence-not-counted-reason = 귀하의 투표용지는 개표되지 않았습니다. { $office }에서 알려 온 사유: { $reason }.
sentence-reissued = 귀하에게 대체 투표용지가 발급되었으며, 이전 투표용지는 취소되었습니다. 새 투표용지로만 투표하여 반송하십시오.
sentence-voted-in-person = 귀하는 직접 투표하셨습니다. 우편 투표용지는 더 이상 필요하지 않습니다.

# 서명 문제 해결 방법: 서명이 없는 경우의 양식은 "미서명 투표용지 진술서"(unsigned ballot
# statement), 서명이 일치하지 않는 경우의 양식은 "서명 확인 진술서"(signature verification statement)입니다.
# What to do about a signature problem: the form for a missing signature is the "unsigned
# ballot statement", for a signature that does not match the "signature verification statement".
cure-unsigned-deadline-url = 투표용지가 개표되도록 하려면 { $deadline }까지 미서명 투표용지 진술서를 제출하십시오. 양식 받기: { $cure_url }
cure-unsigned-deadline = 투표용지가 개표되도록 하려면 { $deadline }까지 { $office }에 미서명 투표용지 진술서를 제출하십시오.
cure-unsigned-url = 투표용지가 개표되도록 하려면 가능한 한 빨리 미서명 투표용지 진술서를 제출하십시오. 양식 받기: { $cure_url }
cure-unsigned = 투표용지가 개표되도록 하려면 가능한 한 빨리 { $office }에 연락하여 미서명 투표용지 진술서를 제출하십시오.
cure-mismatch-deadline-url = 투표용지가 개표되도록 하려면 { $deadline }까지 서명 확인 진술서를 제출하십시오. 양식 받기: { $cure_url }
cure-mismatch-deadline = 투표용지가 개표되도록 하려면 { $deadline }까지 { $office }에 서명 확인 진술서를 제출하십시오.
cure-mismatch-url = 투표용지가 개표되도록 하려면 가능한 한 빨리 서명 확인 진술서를 제출하십시오. 양식 받기: { $cure_url }
cure-mismatch = 투표용지가 개표되도록 하려면 가능한 한 빨리 { $office }에 연락하여 서명 확인 진술서를 제출하십시오.

## 모든 메시지에 공통으로 들어가는 부분 (Parts every message shares)
greeting = { $first_name } 님, 안녕하십니까?
see-status = 언제든지 투표용지 상태를 확인하실 수 있습니다: { $status_url }
change-or-stop = 이 알림 변경 또는 중단: { $manage_url }
questions-contact = 궁금한 점이 있으시면 { $office }에 문의하십시오. 연락처: { $contact }
questions-hotline = 궁금한 점이 있으시면 { $office }에 문의하시거나, 캘리포니아 주 총무처장관실에 { $hotline }번으로 전화하십시오.
phone-help-contact = 도움이 필요하시면 { $office }에 문의하십시오. 연락처는 { $contact }입니다.
phone-help-hotline = 도움이 필요하시면 캘리포니아 주 총무처장관실에 { $hotline }번으로 전화하십시오.

## 신청 확인 (이메일과 문자. 확인 전화는 없습니다) (The sign-up confirmation)
confirm-email-subject = { $office }의 투표용지 알림 신청이 완료되었습니다
confirm-email-signed-up = { $office }의 ‘{ program-name }’ 알림 신청이 완료되었습니다. 우편 투표용지가 발송되었을 때, 접수되고 개표되었을 때 { $destination } 주소로 이메일을 보내 드리며, 해결해야 할 문제가 있으면 즉시 알려 드립니다.
confirm-email-see-status = 언제든지 투표용지 상태를 확인하실 수 있습니다: { $status_url }
confirm-email-why = ‘{ program-name }’ 신청 시 이 주소가 입력되었기 때문에 이 이메일을 보내 드립니다. 본인이 신청하지 않으셨다면 위 링크에서 이메일 수신을 중단하십시오.
confirm-sms = { $office }: ‘{ program-name }’ 투표용지 알림 신청이 완료되었습니다. 메시지 빈도는 다를 수 있습니다. 메시지 및 데이터 요금이 부과될 수 있습니다. 도움말은 HELP, 수신 취소는 STOP(영문)으로 회신하십시오. 상태: { $status_url }

## 상태 알림 (A status notification)
update-email-subject = 귀하의 투표용지: { $status } - { $office }
update-sms = { $office }: { $sentence } 상태: { $status_url } 수신을 중단하려면 STOP(영문)으로 회신하십시오.
update-voice = 안녕하십니까. { $office }입니다. 귀하의 우편 투표용지에 관한 새 소식을 알려 드립니다. { $sentence } { $help } 안녕히 계십시오.

## 반송 기한 알림: 투표용지가 발송되었으나 아직 접수되지 않은 유권자에게 보냅니다
## The return-deadline reminder, to voters whose ballot was mailed but not yet received
reminder-sentence = { $office }에서 아직 귀하의 우편 투표용지를 받지 못했습니다. 개표될 수 있도록 { $deadline }까지 반송하십시오. 선거일까지의 소인이 찍히도록 우편으로 보내시거나, 카운티 유권자 안내서에 설명된 방법대로 직접 제출하십시오.
reminder-email-subject = 안내: { $deadline }까지 투표용지를 반송하십시오 - { $office }
reminder-email-already = 이미 반송하셨다면 아무것도 하실 필요가 없습니다. 투표용지 상태 보기: { $status_url }
reminder-sms = { $office }: { $sentence } 상태: { $status_url } 수신을 중단하려면 STOP(영문)으로 회신하십시오.
reminder-voice = 안녕하십니까. { $office }입니다. 귀하의 우편 투표용지에 관해 안내해 드립니다. { $sentence } { $help } 안녕히 계십시오.

## 문자 회신에 대한 응답 (STOP, START, HELP 및 기타) (Answers to texts)
sms-stopped = { program-name }: 수신이 취소되어 더 이상 투표용지 알림 문자를 받지 않습니다. 다시 받으시려면 START(영문)으로 회신하십시오.
sms-resumed = { program-name }: 투표용지 알림 수신이 다시 시작되었습니다. 메시지 빈도는 다를 수 있습니다. 메시지 및 데이터 요금이 부과될 수 있습니다. 도움말은 HELP, 수신 취소는 STOP(영문)으로 회신하십시오.
sms-not-signed-up = { program-name }: 이 번호는 투표용지 알림을 신청하지 않았습니다. 신청하기: { $signup_url }
sms-help-county = { $office }의 ‘{ program-name }’ 투표용지 알림입니다. 도움이 필요하시면 해당 사무소에 문의하십시오. 연락처: { $contact }. 수신 취소는 STOP(영문)으로 회신하십시오. 메시지 및 데이터 요금이 부과될 수 있습니다.
sms-help-hotline = 카운티 선거 사무소의 ‘{ program-name }’ 투표용지 알림입니다. 도움이 필요하시면 { $hotline }번으로 전화하십시오. 수신 취소는 STOP(영문)으로 회신하십시오. 메시지 및 데이터 요금이 부과될 수 있습니다.
sms-other = { program-name }: 이 번호는 투표용지 알림 발송 전용이며 회신을 읽을 수 없습니다. 도움말은 HELP, 수신 취소는 STOP(영문)으로 회신하십시오.
