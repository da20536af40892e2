# 서버가 유권자에게 보내는 내용 (api/src): 페이지에 표시되는 응답, 투표용지 진행 단계,
# 그리고 이메일, 문자 메시지(SMS), 음성 전화로 보내는 모든 알림.
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
link-expired = 이 링크는 만료되었거나 이미 사용되었습니다.
read-only-link = 이 링크로 투표용지 상태를 볼 수 있지만, 알림 설정은 변경할 수 없습니다.
changed-since = 그 후에 다시 변경되었으므로 이 링크로는 취소할 수 없습니다. 알림을 관리하시려면 가장 최근 메시지에 있는 링크를 사용하십시오.
# 알림 방법 아래에 표시되는 오류: $channel은 email, sms, voice 중 하나입니다.
# A field error under a channel: $channel is email, sms or voice.
too-many-confirmations = 오늘 이 { $channel ->
    [email] 주소
   *[other] 번호
}로 보낼 수 있는 확인 메시지를 모두 보냈습니다. 내일 다시 시도하시거나, 다른 알림 방법을 선택하십시오.
phone-country-refused = 해당 국가의 번호로는 문자 메시지를 보내거나 전화를 걸 수 없습니다. 이메일을 선택하시거나, 다른 국가의 번호를 입력하십시오.
channel-unavailable = 이 서비스에서는 아직 { $channel ->
    [email] 이메일
    [sms] 문자 메시지
   *[voice] 전화
} 알림을 이용할 수 없습니다. 다른 알림 방법을 선택하십시오.

## 진행 단계와 이메일 제목에 쓰는 투표용지 상태 (Ballot statuses)
status-mailed = 발송됨
status-in-transit-to-voter = 귀하에게 배송 중
status-delivered = 귀하에게 배달됨
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
sentence-delivered = 우체국이 { $date }에 귀하의 투표용지를 배달했습니다.
# Evidence under a status the Postal Service's scans gave: where ("Sacramento, CA") and on which day.
postal-scan = { $date }에 { $place }에서 우체국 스캔.
postal-latest = 최근 우체국 스캔: { $place }, { $date }.
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

## 새 수신처 확인. 아직 아무도 확인하지 않은 주소나 번호로 보내므로, 누구의 투표용지에 관한
## 것인지만 밝히고 투표용지 내용은 알리지 않습니다. 48시간 동안 유효합니다.
## Confirming a new destination. It goes to an address or number nobody has confirmed yet, so
## it says whose ballot it is about and nothing of the ballot. 48 hours is how long it works.
confirm-request-email-subject = { $office } 투표용지 알림: 이 주소를 확인해 주십시오
confirm-request-email-asked = 누군가가 { $office }에 { $first_name } 님의 우편 투표용지에 관한 ‘{ program-name }’ 알림을 { $destination } 주소로 보내 달라고 요청했습니다.
confirm-request-email-link = 본인이 요청하셨다면 48시간 이내에 확인하십시오: { $confirm_url }
confirm-request-email-ignore = 본인이 요청하지 않으셨다면 이 이메일을 무시하십시오. 이 주소로 더 이상 아무것도 발송되지 않습니다.
confirm-request-sms = { $office }: 이 번호로 { $first_name } 님 투표용지에 관한 ‘{ program-name }’ 알림을 받으시려면 YES로 회신하십시오(또는 { $confirm_url }에서 확인). 메시지 빈도는 다를 수 있습니다. 메시지 및 데이터 요금이 부과될 수 있습니다. 도움말은 HELP, 수신 취소는 STOP(영문)으로 회신하십시오.
confirm-request-voice = 안녕하십니까. { $office }입니다. 누군가가 { $first_name } 님의 우편 투표용지에 관해 이 번호로 전화를 받겠다고 요청했습니다. 확인하시려면 지금 1번을 누르십시오. 본인이 요청하지 않으셨다면 전화를 끊으십시오. 이 건으로 다시 전화드리지 않겠습니다.
# 확인 전화에서 유권자가 번호를 누른 후 또는 누르지 않았을 때 하는 말.
# Said on the confirmation call, after the voter pressed a key or did not.
confirm-voice-done = 감사합니다. 이 번호로 { $office }에서 { $first_name } 님의 투표용지에 관한 전화를 드리겠습니다. 안녕히 계십시오.
confirm-voice-no-key = 확인되지 않았으므로 이 번호로 이 투표용지에 관한 전화를 드리지 않겠습니다. 안녕히 계십시오.
confirm-voice-expired = 이 확인은 만료되었거나 이미 사용되었습니다. 안녕히 계십시오.
# 번호가 확인된 후 문자 YES에 대한 응답 (CTIA: 프로그램, 빈도, 요금, HELP와 STOP).
# The answer to YES by text, once the number is confirmed (CTIA: the program, frequency, rates, HELP and STOP).
confirm-sms = { $office }: ‘{ program-name }’ 투표용지 알림 신청이 완료되었습니다. 메시지 빈도는 다를 수 있습니다. 메시지 및 데이터 요금이 부과될 수 있습니다. 도움말은 HELP, 수신 취소는 STOP(영문)으로 회신하십시오. 상태: { $status_url }

## 새 수신처가 확인되면 기존의 모든 수신처에 보내며, 변경을 취소하는 링크가 들어 있습니다.
## $channel은 email, sms, voice 중 하나이며, $destination은 일부가 가려져 있습니다(j•••@example.com).
## To every destination on file when a new one is confirmed, with a link that undoes it.
## $channel is email, sms or voice; $destination is masked (j•••@example.com).
changed-email-subject = { $first_name } 님의 투표용지 알림을 받는 곳이 변경되었습니다
changed-replaced = { $office }에서 보내는 { $first_name } 님의 { $channel ->
    [email] 이메일
    [sms] 문자 메시지
   *[voice] 전화
} 알림은 이제 기존 수신처 대신 { $destination }에서 받게 됩니다. 이 수신처를 사용하는 분이 확인했습니다.
changed-added = { $office }에서 보내는 { $first_name } 님의 { $channel ->
    [email] 이메일
    [sms] 문자 메시지
   *[voice] 전화
} 알림을 이제 { $destination }에서도 받게 됩니다. 이 수신처를 사용하는 분이 확인했습니다.
changed-undo = 요청하지 않으셨다면 30일 이내에 취소하십시오: { $undo_url }
changed-sms = { $office }: { $first_name } 님의 투표용지 알림을 이제 { $destination }에서도 받습니다. 요청하지 않으셨다면 30일 이내 취소: { $undo_url }
changed-voice = 안녕하십니까. { $office }입니다. { $first_name } 님의 우편 투표용지에 관한 알림을 이제 { $destination }에서도 받게 됩니다. 요청하지 않으셨다면 { $office }에 문의하십시오. { $help } 안녕히 계십시오.

## To a destination taken off a subscription: its channel turned off with a manage link, or a
## change undone. $channel is email, sms or voice; $destination is masked; $signup_url is the
## sign-up page, where whoever had it on can sign up again.
removed-email-subject = { $first_name } 님의 투표용지 알림이 더 이상 이곳으로 발송되지 않습니다
removed-body = { $office }에서는 이제 { $first_name } 님의 { $channel ->
    [email] 이메일
    [sms] 문자 메시지
   *[voice] 전화
} 알림을 { $destination }에 더 이상 보내지 않습니다.
removed-if-not-you = 요청하지 않으셨다면 이곳에서 다시 알림을 받으실 수 있도록 { $signup_url }에서 다시 신청하시고 이 { $channel ->
    [email] 주소
   *[other] 번호
}를 확인하십시오.
removed-sms = { $office }: { $first_name } 님의 투표용지 알림이 더 이상 이 번호로 발송되지 않습니다. 요청하지 않으셨다면 다시 신청: { $signup_url }
removed-voice = 안녕하십니까. { $office }입니다. 이제 { $first_name } 님의 우편 투표용지에 관한 전화를 더 이상 이 번호로 드리지 않습니다. 요청하지 않으셨다면 ‘{ program-name }’ 웹사이트에서 다시 신청하십시오. { $help } 안녕히 계십시오.

## 누군가가 유권자의 정보로 다시 신청했을 때 기존 수신처에 보냅니다.
## $days는 관리 링크의 유효 기간입니다.
## To the destinations on file when someone signs up again with the voter's details.
## $days is how long the manage link works.
signup-again-email-subject = 누군가가 { $first_name } 님의 투표용지 알림을 다시 신청했습니다
signup-again-email-body = 누군가가 ‘{ program-name }’에서 { $first_name } 님의 이름, 생년월일, 우편번호를 입력하여 { $office }의 알림을 신청했습니다. 변경된 내용은 없으며, 알림은 계속 이곳으로 발송됩니다.
signup-again-new-destination = 신청자는 { $destination }에서도 알림을 받겠다고 요청했습니다. 해당 수신처를 사용하는 분이 확인하지 않으면 그곳으로는 아무것도 발송되지 않으며, 확인하면 취소 방법과 함께 이곳으로 알려 드리겠습니다.
signup-again-manage = 본인이 신청하셨고 알림을 변경하거나 중단하시려면 { $days ->
    [1] { $days }일
   *[other] { $days }일
} 이내에 이 링크를 사용하십시오: { $manage_url }
signup-again-sms = { $office }: 누군가가 { $first_name } 님의 투표용지 알림을 다시 신청했습니다. 변경된 내용은 없습니다. 알림 변경 또는 중단(링크 유효 기간 { $days ->
    [1] { $days }일
   *[other] { $days }일
}): { $manage_url }

## 사이트에서 요청한 관리 페이지 새 링크
## A fresh link to the manage page, asked for from the site.
manage-link-email-subject = { $office } 투표용지 알림 변경 또는 중단 링크
manage-link-email-body = 요청하신 링크입니다. 이 링크로 { $first_name } 님의 투표용지에 관한 ‘{ program-name }’ 알림을 변경하거나 중단하실 수 있습니다. { $days ->
    [1] { $days }일
   *[other] { $days }일
} 동안 유효합니다: { $manage_url }
manage-link-email-ignore = 요청하지 않으셨다면 이 이메일을 무시하십시오. 변경된 내용은 없습니다.
manage-link-sms = { $office }: 투표용지 알림 변경 또는 중단 링크({ $days ->
    [1] { $days }일
   *[other] { $days }일
}간 유효): { $manage_url } 수신을 중단하려면 STOP(영문)으로 회신하십시오.

## 모든 메시지는 참조 번호로 끝나며, 누구나 확인 페이지에서 확인할 수 있습니다.
## Every message ends with its reference, which anyone can check at the verify page.
# "reference"는 "참조 번호"로 옮겼습니다(rules.ftl 참조). 공식 용어를 확인하지 못했습니다.
reference-email = 참조 번호 { $reference }. 저희가 보낸 메시지가 맞는지 확인하시려면 { $verify_url }에서 참조 번호를 입력하십시오.
reference-sms = 참조 번호 { $reference }
reference-voice = 이 메시지의 참조 번호는 { $reference }입니다.

## 상태 알림 (A status notification)
update-email-subject = 귀하의 투표용지: { $status } - { $office }
update-sms = { $office }: { $sentence } 상태: { $status_url } 수신을 중단하려면 STOP(영문)으로 회신하십시오.
# The same, when the sentence (a county's own wording) already names the office.
update-sms-named = { $sentence } 상태: { $status_url } 수신을 중단하려면 STOP(영문)으로 회신하십시오.
# A signature problem, where the voter can sign from the tracker: the link opens the page to
# sign on ($cure_page_url), in place of the status link.
update-sms-cure = { $office }: { $sentence } 서명하기: { $cure_page_url } 수신을 중단하려면 STOP(영문)으로 회신하십시오.
update-sms-cure-named = { $sentence } 서명하기: { $cure_page_url } 수신을 중단하려면 STOP(영문)으로 회신하십시오.
# In an email about a signature problem, after what to do.
cure-online = 대신 휴대폰이나 컴퓨터로 진술서에 서명하실 수도 있습니다: { $cure_page_url }
update-voice = 안녕하십니까. { $office }입니다. 귀하의 우편 투표용지에 관한 새 소식을 알려 드립니다. { $sentence } { $help } 안녕히 계십시오.
# 전화 서비스 제공업체가 유권자의 언어를 지원하지 않을 때(크메르어) 영어로 하는 말.
# Said in English on a call to a voter whose language the phone provider cannot speak (Khmer).
voice-language-unavailable = 안녕하십니까. { $office }입니다. 귀하의 우편 투표용지에 관한 소식이 있습니다. 아직 귀하의 언어로는 전화를 드릴 수 없으니, 보내 드린 문자 메시지나 이메일을 읽어 보시거나 온라인에서 투표용지 상태를 확인하십시오. { $help } 안녕히 계십시오.

## 반송 기한 알림: 투표용지가 발송되었으나 아직 접수되지 않은 유권자에게 보냅니다
## The return-deadline reminder, to voters whose ballot was mailed but not yet received
reminder-sentence = { $office }에서 아직 귀하의 우편 투표용지를 받지 못했습니다. 개표될 수 있도록 { $deadline }까지 반송하십시오. 선거일까지의 소인이 찍히도록 우편으로 보내시거나, 카운티 유권자 안내서에 설명된 방법대로 직접 제출하십시오.
reminder-email-subject = 안내: { $deadline }까지 투표용지를 반송하십시오 - { $office }
reminder-email-already = 이미 반송하셨다면 아무것도 하실 필요가 없습니다. 투표용지 상태 보기: { $status_url }
reminder-sms = { $office }: { $sentence } 상태: { $status_url } 수신을 중단하려면 STOP(영문)으로 회신하십시오.
# A signature cure's reminder, where the voter can sign from the tracker.
reminder-sms-cure = { $office }: { $sentence } 서명하기: { $cure_page_url } 수신을 중단하려면 STOP(영문)으로 회신하십시오.
reminder-voice = 안녕하십니까. { $office }입니다. 귀하의 우편 투표용지에 관해 안내해 드립니다. { $sentence } { $help } 안녕히 계십시오.

## 카운티가 여러 유권자에게 직접 보내는 메시지(일괄 안내)와 그 정정. $text는 카운티가 작성한
## 내용이며, 카운티가 유권자의 언어로 작성한 경우 그 언어로 표시됩니다.
## A county's own message to many voters (a broadcast), and a correction of one. $text is the
## county's own words, in the voter's language when the county wrote them in it.
notice-email-subject = 귀하의 투표용지에 관한 { $office }의 안내
correction-email-subject = { $office }의 정정 안내
correction-intro = { $office }에서 이전에 보낸 메시지를 정정합니다.
notice-sms = { $office }: { $text } 수신을 중단하려면 STOP(영문)으로 회신하십시오.
correction-sms = { $office } 정정: { $text } 수신을 중단하려면 STOP(영문)으로 회신하십시오.
notice-voice = 안녕하십니까. { $office }입니다. 귀하의 우편 투표용지에 관해 안내해 드립니다. { $text } { $help } 안녕히 계십시오.
correction-voice = 안녕하십니까. { $office }입니다. 귀하의 우편 투표용지에 관해 이전에 보내 드린 메시지를 정정합니다. { $text } { $help } 안녕히 계십시오.

## 문자 회신에 대한 응답 (STOP, START, HELP 및 기타) (Answers to texts)
sms-stopped = { program-name }: 수신이 취소되어 더 이상 투표용지 알림 문자를 받지 않습니다. 다시 받으시려면 START(영문)으로 회신하십시오.
sms-resumed = { program-name }: 투표용지 알림 수신이 다시 시작되었습니다. 메시지 빈도는 다를 수 있습니다. 메시지 및 데이터 요금이 부과될 수 있습니다. 도움말은 HELP, 수신 취소는 STOP(영문)으로 회신하십시오.
sms-not-signed-up = { program-name }: 이 번호는 투표용지 알림을 신청하지 않았습니다. 신청하기: { $signup_url }
# 모든 번호에 같은 응답을 보내므로, HELP로는 번호의 신청 여부를 알 수 없습니다.
# The same answer to every number, so that HELP tells nobody whether a number is signed up.
sms-help = 캘리포니아 카운티 선거 사무소의 ‘{ program-name }’ 투표용지 알림입니다. 도움이 필요하시면 { $hotline }번으로 전화하시거나 { $site_url }에 방문하십시오. 수신 취소는 STOP(영문)으로 회신하십시오. 메시지 및 데이터 요금이 부과될 수 있습니다.
sms-other = { program-name }: 이 번호는 투표용지 알림 발송 전용이며 회신을 읽을 수 없습니다. 도움말은 HELP, 수신 취소는 STOP(영문)으로 회신하십시오.

# Answers to a signature cure sent from the status page (issue 16).
cure-dob-mismatch = 이 생년월일은 이 투표용지에 대한 기록과 일치하지 않습니다.
cure-not-needed = 이 투표용지는 지금 서명 진술서가 필요하지 않습니다.
cure-deadline-passed = 이 투표용지의 서명을 바로잡는 기한이 지났습니다. 카운티 선거 사무소에 문의하십시오.
cure-dob-attempts-exhausted = 이 투표용지의 서명은 더 이상 여기에서 바로잡을 수 없습니다. 기록과 일치하지 않는 생년월일이 너무 많이 입력되었습니다. 카운티 선거 사무소에 문의하십시오.
cure-already-sent = 이 투표용지에 대한 서명 진술서를 이미 보내셨습니다. 카운티에서 검토 중입니다.
# What the voter is told of a signature cure they sent (issue 16): a title (the email's
# subject says it as a status) and a sentence. $reason is the county's, in English.
cure-received-title = 서명 진술서 접수됨
cure-received-sentence = { $office }에서 { $date }에 보내신 서명 진술서를 받았습니다. 카운티에서 검토하면 알려 드리겠습니다.
cure-accepted-title = 서명 진술서 승인됨
cure-accepted-sentence = { $office }에서 { $date }에 보내신 서명 진술서를 승인했습니다.
cure-rejected-title = 서명 진술서 승인되지 않음
cure-rejected-sentence = { $office }에서 { $date }에 보내신 서명 진술서를 승인하지 않았습니다. 사유: { $reason }. 그 밖에 할 수 있는 일은 사무소에 문의하십시오.
cure-rejected-brief-sentence = { $office }에서 { $date }에 보내신 서명 진술서를 승인하지 않았습니다. 그 밖에 할 수 있는 일은 사무소에 문의하십시오.

## Reminders before a signature cure's deadline (issue 16): the signature problem's own
## sentence, led by the word the return reminder uses; the text and call use reminder-sms and
## reminder-voice.
cure-reminder-lead = 안내: { $sentence }
cure-reminder-email-subject = 안내: { $deadline }까지 투표용지 서명 문제를 해결하십시오 - { $office }
# A text's own, shorter sentence (without the county's form link: the status page has it).
cure-reminder-sms-unsigned = 안내: 귀하의 투표용지 봉투에 서명이 없습니다. 투표용지가 개표되도록 하려면 { $deadline }까지 미서명 투표용지 진술서를 제출하십시오.
cure-reminder-sms-mismatch = 안내: 귀하의 투표용지 봉투에 있는 서명을 확인할 수 없었습니다. 투표용지가 개표되도록 하려면 { $deadline }까지 서명 확인 진술서를 제출하십시오.
