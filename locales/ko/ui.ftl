# 웹 페이지 (frontend/src).
# The web pages (frontend/src). Keep "Where's My Ballot?" as the program's name unless the
# Secretary of State publishes it in your language. Keep "MM-DD-YYYY" as it is: the date of
# birth is always typed that way (the hint says it in words, for screen readers). { $destination } is an email address or phone number,
# { $office } a county elections office's name, { $page } a page title, { $title } a status.
# 프로그램 이름: 총무처장관이 공표한 한국어 공식 명칭을 확인하지 못해 의미를 번역했습니다.

site-name = 내 투표용지는 어디에?
site-tagline = 캘리포니아 유권자를 위한 우편 투표용지 추적 서비스
skip-link = 본문으로 건너뛰기
nav-label = 주 메뉴
nav-sign-up = 알림 신청
nav-check = 내 투표용지 확인
nav-verify = 메시지 확인
footer-questions = 유권자 등록이나 투표용지에 관해 궁금한 점이 있으십니까? 카운티 선거 사무소 또는 캘리포니아 주 총무처장관에게 문의하십시오:
language-picker-label = 언어
# 언어 목록 옆의 버튼: 방향키를 누를 때마다가 아니라, 언어를 고른 뒤에 적용됩니다.
# The button beside the language list: a language is applied when chosen, not on each arrow key.
language-picker-apply = 언어 변경
# 페이지의 <title>: 양식에 오류가 표시되는 동안 앞에 "오류: "가 붙습니다.
# The page's <title>: "Error: " goes in front while a form shows errors.
page-title = { $page } - { site-name }
page-title-error = 오류: { $page } - { site-name }
error-prefix = 오류:

# 알림 신청 (Sign-up)
signup-title = 투표용지 알림 신청
signup-lead = 우편 투표용지가 발송되었을 때, 접수되고 개표되었을 때, 또는 해결해야 할 문제가 있을 때 이메일, 문자 메시지 또는 전화로 알려 드립니다.
signup-your-details = 본인 정보
signup-details-hint = 유권자 등록에 기재된 대로 입력하십시오.
field-first-name = 이름
field-last-name = 성
field-date-of-birth = 생년월일
field-date-of-birth-hint = 월 두 자리, 일 두 자리, 연도 네 자리. 예: 01-23-1980
field-zip = 우편번호(ZIP 코드)
field-zip-hint = 캘리포니아 거주지 주소의 우편번호입니다. 해외 유권자: 유권자 등록 시 사용한 캘리포니아 주소의 우편번호를 사용하십시오.
field-zip-hint-lookup = 해외에 거주하시더라도 캘리포니아 거주지 주소의 우편번호를 입력하십시오.
field-voter-id = 유권자 ID
field-voter-id-hint = 유권자 등록 카드와 견본 투표용지에 인쇄되어 있습니다.
channels-legend = 어떤 방법으로 알려 드릴까요?
channels-hint = 하나 이상 켜십시오.
switch-email = 이메일
switch-sms = 문자 메시지(SMS)
switch-voice = 음성 전화
switch-on = 켜짐
switch-off = 꺼짐
field-email = 이메일 주소
field-sms-phone = 휴대전화 번호
field-sms-phone-hint = 미국 전화번호, 또는 해외 번호의 경우 + 기호와 국가 번호를 입력하십시오.
field-voice-phone = 전화를 받을 번호
field-voice-phone-hint = 미국 전화번호, 또는 해외 번호의 경우 + 기호와 국가 번호를 입력하십시오. 전화는 오전 8시에서 오후 9시 사이에 걸려 옵니다.
signup-submit = 신청하기
signup-submitting = 신청하는 중…

# 신청 후. 수신처를 가진 사람이 확인(이메일은 링크, 문자는 YES, 전화는 1번)하기 전에는
# 그 주소나 번호로 투표용지에 관한 내용을 보내지 않습니다.
# After signing up. Nothing about the ballot goes to an address or number until whoever has it
# confirms it: a link by email, YES by text, 1 on a call.
signed-up-title = 이메일과 전화를 확인하십시오
signed-up-new = 신청이 완료되었습니다. 투표용지에 관한 알림을 보내 드리기 전에, 각 연락 방법을 확인해 주십시오.
signed-up-already-title = 이미 신청되어 있습니다
signed-up-already = 변경된 내용은 없습니다. 이 유권자는 이미 알림을 받고 있으므로, 여기에는 그 내용을 표시하지 않습니다.
signed-up-already-on-file = 등록된 이메일 주소와 전화번호로 알림 변경 또는 중단 링크를 보냈습니다.
signed-up-check = 이제 하실 일
signed-up-confirm-email = { $destination } 주소로 링크를 보냈습니다. 48시간 이내에 링크를 열어 확인하십시오. 보이지 않으면 스팸 또는 프로모션 폴더를 확인하십시오.
signed-up-confirm-sms = { $destination } 번호로 문자 메시지를 보냈습니다. 확인하시려면 YES(영문)으로 회신하십시오.
signed-up-confirm-voice = 오전 8시에서 오후 9시 사이에 { $destination } 번호로 전화를 드리겠습니다. 통화 중에 1번을 눌러 확인하십시오.
signed-up-confirm-not-sent = { $destination }에는 하루에 보낼 수 있는 확인 메시지를 이미 모두 보냈습니다. 이미 받으신 확인 메시지는 계속 유효합니다.
signed-up-on-file = 이미 확인됨: { $destination }
notifications-come-from = 알림은 { $office }에서 보내 드립니다.
signed-up-see-status = 투표용지 상태 보기
signed-up-same-link = (이 링크를 보관하십시오. 투표용지 상태만 보여 주므로 다른 사람과 공유해도 안전합니다)
signed-up-change = 선택 내용 변경

# 오류 (Errors)
error-summary-title = 문제가 있습니다
network-error = 서버에 연결할 수 없습니다. 인터넷 연결을 확인한 후 다시 시도하십시오.

# 신청하지 않고 확인 (Check without signing up)
lookup-title = 투표용지 상태 확인
lookup-lead = 알림을 신청하지 않고도 우편 투표용지가 어디에 있는지 확인할 수 있습니다.
lookup-submit = 상태 확인
lookup-result = 투표용지 상태
lookup-sign-up = 상태가 바뀔 때 알림 받기 신청

# 상태 페이지 (Status page)
status-title = 투표용지 상태
status-loading = 투표용지 상태를 불러오는 중…
status-not-found-title = 상태 페이지를 찾을 수 없습니다
status-not-found = 이 상태 페이지를 찾을 수 없습니다. 메시지에 있는 링크 전체가 열렸는지 확인하십시오.
status-check-instead = 본인 정보로 투표용지 상태 확인하기
status-updates-from = 업데이트는 { $office }에서 제공합니다.
status-updates-live = 이 페이지는 자동으로 업데이트됩니다.
status-updates-reload = 최신 정보를 보려면 이 페이지를 새로 고치세요.
status-manage = 알림 변경 또는 중단
status-updated = 투표용지 상태가 업데이트되었습니다: { $title }

# 진행 단계 (The timeline)
timeline-not-mailed = 카운티에서 아직 투표용지를 발송하지 않았습니다. { $office }에서 보고하는 각 단계가 여기에 표시됩니다.
timeline-your-ballot = 내 투표용지
timeline-act = 조치가 필요합니다
# The signature statement the voter sent from the tracker, and what came of it.
timeline-cure = 귀하의 서명 진술서
timeline-completed = 완료
timeline-not-yet = 아직 안 됨
timeline-what-happened = 진행 내용

# 알림 변경 또는 중단 (Change or stop notifications)
manage-title = 알림 변경 또는 중단
manage-loading = 선택 내용을 불러오는 중…
manage-not-found-title = 알림을 찾을 수 없습니다
manage-not-found = 이 알림을 찾을 수 없습니다. 메시지에 있는 링크 전체가 열렸는지 확인하십시오.
manage-email-now = 현재: { $destination }. 그대로 두려면 비워 두시고, 바꾸려면 새 주소를 입력하십시오.
manage-phone-now = 현재: { $destination }. 그대로 두려면 비워 두시고, 바꾸려면 새 번호를 입력하십시오.
manage-language = 알림 언어
manage-stopped-title = 알림이 중단되었습니다
manage-stopped = 더 이상 알림을 받지 않습니다. 다시 받으시려면 아래에서 알림 방법을 켜십시오.
manage-saved-title = 선택 내용이 저장되었습니다
manage-confirm-new = 새 주소 또는 번호마다 확인 메시지를 보냈습니다. 확인이 완료되면 그곳으로 알림이 발송됩니다.
manage-awaiting = 확인 대기 중: { $destination }
manage-read-only-title = 이 링크로는 알림을 변경할 수 없습니다
manage-read-only = 이 링크로 투표용지 상태를 볼 수 있지만, 알림 설정은 변경할 수 없습니다.
manage-expired-title = 이 링크는 만료되었습니다
manage-expired = 알림을 변경하는 이 링크는 만료되었습니다.
manage-send-link = 등록된 이메일과 전화번호로 새 링크 보내기
manage-link-sent = 등록된 이메일 주소와 전화번호로 새 링크를 보냈습니다.
manage-link-not-sent = 오늘 이미 여러 번 링크를 보냈습니다. 이메일과 문자 메시지를 확인하시거나, 내일 다시 시도하십시오.
manage-save = 변경 내용 저장
manage-stop-title = 모든 알림 중단
manage-stop-lead = 투표용지에 관한 이메일, 문자, 전화를 더 이상 받지 않게 됩니다.
manage-stop = 모든 알림 중단
# 삭제하기 전에 묻는 확인입니다.
# Asked before anything is erased.
manage-stop-confirm-title = 모든 알림을 중단하시겠습니까?
manage-stop-confirm = 투표용지에 관한 모든 이메일, 문자 메시지, 전화가 중단되고, 이메일 주소와 전화번호가 삭제됩니다. 알림을 다시 받으시려면 이메일 주소와 전화번호를 다시 입력하셔야 합니다.
manage-stop-yes = 예, 모든 알림을 중단합니다
manage-stop-cancel = 아니요, 알림을 계속 받겠습니다
manage-see-status = 투표용지 상태 보기
# 화면 낭독기가 (•••) •••-0123처럼 가려진 전화번호를 읽는 방식입니다. { $last }는 마지막 네 자리입니다.
# How a screen reader reads a hidden phone number such as (•••) •••-0123; { $last } is its last four digits.
masked-number = 끝자리가 { $last }인 번호

# 페이지를 찾을 수 없음 (Page not found)
not-found-title = 페이지를 찾을 수 없습니다
not-found-lead = 주소를 직접 입력하셨다면 정확한지 확인하십시오.
not-found-sign-up = 투표용지 알림 신청

# 확인 메시지의 링크로 주소나 번호 확인 (Confirming an address or number, from the link in a confirmation)
confirm-title = 투표용지 알림 확인
confirm-lead = 이 투표용지에 관한 알림을 여기에서 받겠다고 확인해 주십시오. 요청하지 않으셨다면 이 페이지를 닫으십시오. 더 이상 아무것도 발송되지 않습니다.
confirm-button = 확인
confirm-done-title = 확인되었습니다
confirm-done = { $office }에서 보내는 이 투표용지에 관한 알림을 { $destination }에서 받게 됩니다.
confirm-see-status = 투표용지 상태 보기
confirm-expired = 이 확인 링크는 만료되었거나 이미 사용되었습니다. 다시 시도하시려면 다시 신청하십시오.

# 변경 알림의 링크로 변경 취소 (Undoing a change, from the link in a change notice)
undo-title = 알림 변경 취소
undo-lead = 누군가가 이 투표용지 알림을 받을 새 이메일 주소 또는 전화번호를 확인했습니다. 본인이 하신 것이 아니라면 취소하십시오.
undo-button = 변경 취소
undo-done-title = 변경이 취소되었습니다
undo-done-restored = 알림이 다시 { $destination }에 전송되며, 더 이상 { $removed }에는 전송되지 않습니다.
undo-done-removed = 알림이 더 이상 { $removed }에 전송되지 않습니다.
undo-expired = 이 링크는 만료되었거나 이미 사용되었습니다.
undo-changed-since = 그 후에 다시 변경되었으므로 이 링크로는 취소할 수 없습니다. 가장 최근 메시지에 있는 링크를 사용하십시오.

# 저희가 보낸 메시지인지 확인. 모든 메시지는 7KQM-4MXZ와 같은 참조 번호로 끝납니다.
# Is this message from us? Every message ends with a reference such as 7KQM-4MXZ.
# "reference"는 "참조 번호"로 옮겼습니다(rules.ftl 참조). 공식 용어를 확인하지 못했습니다.
verify-title = 저희가 보낸 메시지입니까?
verify-lead = { site-name }에서 보내는 모든 이메일, 문자 메시지, 전화는 7KQM-4MXZ와 같은 참조 번호로 끝납니다. 저희가 보낸 것인지 확인하시려면 참조 번호를 입력하십시오.
field-reference = 참조 번호
field-reference-hint = 메시지 끝에 있습니다. 예: 7KQM-4MXZ
verify-submit = 확인
verify-yes-title = 저희가 보낸 메시지입니다
# $channel은 email, sms, voice 중 하나이며, $date는 이미 페이지 언어로 작성되어 있습니다.
# $channel is email, sms or voice; $date is already written in the page's language.
verify-yes = { $date }에 { $sender }에서 { $channel ->
    [email] 이메일로
    [sms] 문자 메시지로
   *[voice] 전화로
} 보낸 메시지입니다. 받는 곳: { $destination }
verify-yes-only = 이 페이지에서 알려 드릴 수 있는 내용은 여기까지입니다. 실제 메시지는 절대로 돈, 비밀번호 또는 사회보장번호를 요구하지 않습니다.
verify-no-title = 이 참조 번호로 보낸 메시지는 없습니다
verify-no = 해당 메시지의 링크를 열거나 회신하지 마십시오. 투표용지와 관련하여 무언가를 하라고 요구한다면 카운티 선거 사무소에 문의하십시오.
verify-senders = 저희 메시지의 발신처
verify-senders-email = 이메일 발신 주소: { $address }
verify-senders-phone = 문자 및 전화 발신 번호: { $number }

# Signing a ballot's statement from the tracker, /cure/{token} (issue 16): a ballot whose
# envelope signature is missing or did not match. "Statement" is the county's signed form:
# the "unsigned ballot statement" or the "signature verification statement".
cure-title = 투표용지 진술서에 서명하기
cure-lead = 투표용지가 개표되려면 { $office }에 귀하의 서명이 필요합니다. 종이 양식을 제출하는 대신 여기에서 서명하실 수 있습니다.
cure-deadline = { $deadline }까지 보내십시오.
cure-not-open = 이 투표용지는 지금 이 페이지에서 서명할 필요가 없습니다.
cure-see-status = 투표용지 상태 보기
cure-statement-heading = 서명하실 진술서
# The wording of the statement the county receives; keep its legal meaning exactly.
cure-statement = 본인은 캘리포니아 주 법률에 따라 위증 시 처벌을 받을 것을 전제로, 본인이 아래에 이름이 기재된 등록 유권자이며, 이번 선거의 우편 투표용지를 신청하여 반송하였고, 본인의 투표용지 봉투에 누락되었거나 일치하지 않는 서명을 대신하여 투표용지 추적 서비스에서 보내는 아래의 서명이 본인의 서명임을 선언합니다.
cure-dob-hint = 유권자 등록 정보와 대조하므로, 전달받은 링크만으로는 귀하를 대신하여 서명할 수 없습니다. 예: 04-27-1980
cure-method-legend = 어떻게 서명하시겠습니까?
cure-method-drawn = 화면에 서명 그리기
cure-method-photo = 서명한 종이 진술서의 사진 보내기
cure-method-typed = 대신 이름 입력하기
cure-method-typed-hint = 서명을 그리거나 사진을 찍을 수 없는 분을 위한 방법입니다. 입력하신 이름으로 진술서에 서명하게 됩니다.
cure-draw-label = 서명란: 손가락, 펜 또는 마우스로 서명을 그리십시오
cure-draw-hint = 그릴 수 없으시면 ‘대신 이름 입력하기’를 선택하십시오.
cure-draw-clear = 서명 다시 하기
cure-draw-empty = 상자 안에 서명을 그리십시오
cure-photo-label = 서명한 진술서의 사진
cure-photo-hint = 10 MB 이하의 사진(JPEG, PNG 또는 HEIC)이나 스캔(PDF). 사진을 찍은 장소와 파일에 저장된 기타 정보는 삭제됩니다.
cure-typed-label = 서명할 때 쓰시는 그대로의 성명
cure-submit = 서명 보내기
cure-sending = 서명을 보내는 중…
cure-sent-title = 서명을 보냈습니다
cure-sent = { $office }에서 귀하의 서명을 받았습니다. 검토가 끝나면 알려 드리겠습니다.
cure-noscript = 이 페이지에서 서명하려면 JavaScript가 필요합니다. 종이 양식을 { $office }에 제출하셔도 됩니다.
cure-status-link = 이 휴대폰이나 컴퓨터로 진술서에 서명하기
