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
# Spanish (es): "Msg & data rates may apply" is "Pueden aplicarse tarifas de mensajes y datos".
# The cure forms are the "Declaración de boleta sin firma" (unsigned ballot statement) and the
# "Declaración de verificación de firma" (signature verification statement). Dates from
# date-long read "3 de noviembre de 2026", so sentences put "el" before { $date }/{ $deadline }.
# { $contact } may be a phone number or an address, so it follows a colon.

program-name = ¿Dónde está mi boleta?

# A date, as messages write it: "November 3, 2026". $month is 1-12, $day and $year numbers.
# Spanish: "3 de noviembre de 2026".
date-long = { $day } de { $month ->
    [1] enero
    [2] febrero
    [3] marzo
    [4] abril
    [5] mayo
    [6] junio
    [7] julio
    [8] agosto
    [9] septiembre
    [10] octubre
    [11] noviembre
   *[12] diciembre
} de { $year }

## Answers to the pages
invalid-input = Hay información que se debe corregir.
no-matching-voter = La información que escribió no coincide con ningún votante en nuestro sistema.
no-matching-voter-help-spelling = Revise que su nombre, apellido, fecha de nacimiento y código postal (ZIP) estén escritos como en su registro de votante.
no-matching-voter-help-zip = Use el código postal (ZIP) de su domicilio residencial en California, aunque viva en el extranjero o reciba su correo en otro lugar.
no-matching-voter-help-recent = Si se registró o actualizó su registro hace poco, intente de nuevo en unos días.
ambiguous-voter = Más de un votante coincide con esta información. Escriba su número de identificación de votante para indicarnos cuál es usted.
ambiguous-voter-help-where = Su número de identificación de votante aparece en su tarjeta de registro de votante y en su boleta de muestra.
ambiguous-voter-help-county = Si no lo tiene, comuníquese con la oficina electoral de su condado.
rate-limited = Demasiados intentos. Por favor, espere unos minutos e intente de nuevo.
timed-out = El servicio tardó demasiado en responder. Por favor, intente de nuevo en un momento.
unavailable = El servicio está ocupado. Por favor, intente de nuevo en un momento.
internal = Algo salió mal de nuestra parte. Por favor, intente de nuevo.
subscription-not-found = No pudimos encontrar estas notificaciones. Asegúrese de haber abierto el enlace completo de su mensaje.

## Ballot statuses, as the timeline and email subjects title them
status-mailed = Enviada por correo
status-in-transit-to-voter = En camino hacia usted
status-undeliverable = Devuelta por no poder entregarse
status-in-transit-to-county = En camino al condado
status-received = Recibida
status-in-review = En revisión
status-counted = Contada
status-signature-missing = Falta la firma
status-signature-mismatch = No se pudo verificar la firma
status-cured = Problema de firma resuelto
status-not-counted = No contada
status-reissued = Se emitió una boleta de reemplazo
status-voted-in-person = Votó en persona

## What happened, said plainly: never more than the county's data says
sentence-mailed = Su boleta de voto por correo se entregó al servicio postal el { $date }.
sentence-in-transit-to-voter = Su boleta va en camino hacia usted por el servicio postal.
sentence-in-transit-to-voter-expected = El servicio postal espera entregar su boleta alrededor del { $expected_delivery }.
sentence-undeliverable = Su boleta fue devuelta a { $office } porque no se pudo entregar. Comuníquese con esa oficina para obtener una boleta con la que pueda votar.
sentence-in-transit-to-county = El servicio postal escaneó su boleta devuelta el { $date }, en camino a { $office }.
sentence-received = { $office } recibió su boleta el { $date }.
sentence-in-review = Su boleta está en revisión, por ejemplo, para verificar su firma. Por ahora no necesita hacer nada.
sentence-counted = Su boleta fue aceptada y contada.
sentence-signature-missing = El sobre de su boleta no está firmado.
sentence-signature-mismatch = No se pudo verificar la firma en el sobre de su boleta.
sentence-cured = Su problema de firma está resuelto.
sentence-not-counted = Su boleta no fue contada. Comuníquese con { $office } para saber por qué.
sentence-not-counted-reason = Su boleta no fue contada. La razón que dio { $office }: { $reason }.
sentence-reissued = Se le emitió una boleta de reemplazo y la boleta anterior quedó cancelada. Vote y devuelva solamente la nueva.
sentence-voted-in-person = Usted votó en persona. Ya no necesita su boleta de voto por correo.

# What to do about a signature problem: the form for a missing signature is the "unsigned
# ballot statement", for a signature that does not match the "signature verification statement".
cure-unsigned-deadline-url = Para que su boleta sea contada, devuelva la Declaración de boleta sin firma a más tardar el { $deadline }. Obtenga el formulario en { $cure_url }
cure-unsigned-deadline = Para que su boleta sea contada, devuelva la Declaración de boleta sin firma a { $office } a más tardar el { $deadline }.
cure-unsigned-url = Para que su boleta sea contada, devuelva la Declaración de boleta sin firma lo antes posible. Obtenga el formulario en { $cure_url }
cure-unsigned = Para que su boleta sea contada, comuníquese lo antes posible con { $office } para devolver la Declaración de boleta sin firma.
cure-mismatch-deadline-url = Para que su boleta sea contada, devuelva la Declaración de verificación de firma a más tardar el { $deadline }. Obtenga el formulario en { $cure_url }
cure-mismatch-deadline = Para que su boleta sea contada, devuelva la Declaración de verificación de firma a { $office } a más tardar el { $deadline }.
cure-mismatch-url = Para que su boleta sea contada, devuelva la Declaración de verificación de firma lo antes posible. Obtenga el formulario en { $cure_url }
cure-mismatch = Para que su boleta sea contada, comuníquese lo antes posible con { $office } para devolver la Declaración de verificación de firma.

## Parts every message shares
greeting = Hola, { $first_name }:
see-status = Vea el estado de su boleta en cualquier momento: { $status_url }
change-or-stop = Cambie o detenga estas notificaciones: { $manage_url }
questions-contact = ¿Tiene preguntas? Comuníquese con { $office }: { $contact }.
questions-hotline = ¿Tiene preguntas? Comuníquese con { $office } o llame a la Secretaría de Estado de California al { $hotline }.
phone-help-contact = Para obtener ayuda, comuníquese con { $office }: { $contact }.
phone-help-hotline = Para obtener ayuda, llame a la Secretaría de Estado de California al { $hotline }.

## The sign-up confirmation (email and text; there is no confirmation call)
confirm-email-subject = Se inscribió para recibir notificaciones sobre su boleta de { $office }
confirm-email-signed-up = Usted se inscribió en { program-name } para recibir notificaciones de { $office }. Le enviaremos un correo electrónico a { $destination } cuando su boleta de voto por correo sea enviada, recibida y contada, y de inmediato si hay un problema que usted debe resolver.
confirm-email-see-status = Vea el estado de su boleta en cualquier momento: { $status_url }
confirm-email-why = Recibe este correo electrónico porque, al inscribirse en { program-name }, alguien escribió esta dirección. Si no fue usted, detenga estos correos con el enlace de arriba.
confirm-sms = { $office }: Se inscribió en { program-name } para recibir alertas sobre su boleta. La frecuencia de los mensajes varía. Pueden aplicarse tarifas de mensajes y datos. Responda HELP para obtener ayuda o STOP para cancelar. Estado: { $status_url }

## A status notification
update-email-subject = Su boleta: { $status } - { $office }
update-sms = { $office }: { $sentence } Estado: { $status_url } Responda STOP para no recibir más mensajes.
update-voice = Hola. Le llamamos de { $office } con información nueva sobre su boleta de voto por correo. { $sentence } { $help } Adiós.

## The return-deadline reminder, to voters whose ballot was mailed but not yet received
reminder-sentence = { $office } todavía no ha recibido su boleta de voto por correo. Devuélvala a más tardar el { $deadline } para que pueda ser contada: envíela por correo con matasellos del Día de las Elecciones o de antes, o entréguela como se indica en la guía para votantes de su condado.
reminder-email-subject = Recordatorio: devuelva su boleta a más tardar el { $deadline } - { $office }
reminder-email-already = Si ya la devolvió, no necesita hacer nada. Vea el estado de su boleta: { $status_url }
reminder-sms = { $office }: { $sentence } Estado: { $status_url } Responda STOP para no recibir más mensajes.
reminder-voice = Hola. Le llamamos de { $office } con un recordatorio sobre su boleta de voto por correo. { $sentence } { $help } Adiós.

## Answers to texts (STOP, START, HELP and anything else)
sms-stopped = { program-name }: Canceló su suscripción y no recibirá más mensajes de texto con alertas sobre su boleta. Responda START para volver a suscribirse.
sms-resumed = { program-name }: Volvió a suscribirse a las alertas sobre su boleta. La frecuencia de los mensajes varía. Pueden aplicarse tarifas de mensajes y datos. Responda HELP para obtener ayuda o STOP para cancelar.
sms-not-signed-up = { program-name }: Este número no está inscrito para recibir alertas sobre boletas. Inscríbase en { $signup_url }
sms-help-county = { program-name }: alertas sobre su boleta de parte de { $office }. Para obtener ayuda, comuníquese con esa oficina: { $contact }. Responda STOP para cancelar. Pueden aplicarse tarifas de mensajes y datos.
sms-help-hotline = { program-name }: alertas sobre su boleta de parte de la oficina electoral de su condado. Para obtener ayuda, llame al { $hotline }. Responda STOP para cancelar. Pueden aplicarse tarifas de mensajes y datos.
sms-other = { program-name }: Este número solo envía alertas sobre boletas y no puede leer respuestas. Responda HELP para obtener ayuda o STOP para cancelar.
