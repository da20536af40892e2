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
# Spanish (es): "Msg & data rates may apply" is "Pueden aplicarse tarifas de mensajes y datos".
# The cure forms are the "Declaración de boleta sin firma" (unsigned ballot statement) and the
# "Declaración de verificación de firma" (signature verification statement). Dates from
# date-long read "3 de noviembre de 2026", so sentences put "el" before { $date }/{ $deadline }.
# { $contact } may be a phone number or an address, so it follows a colon.
# SMS keywords STOP, START, HELP and YES stay in English ("Responda YES para confirmar").
# A message's reference (7KQM-4MXZ) is "referencia"; to undo a change is "deshacer".

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
link-expired = Este enlace venció o ya se usó.
read-only-link = Este enlace muestra el estado de su boleta, pero no permite cambiar sus notificaciones.
changed-since = Esto se volvió a cambiar después, así que no se puede deshacer con este enlace. Use el enlace de su mensaje más reciente para administrar sus notificaciones.
# A field error under a channel: $channel is email, sms or voice.
too-many-confirmations = Hoy ya enviamos a { $channel ->
    [email] esta dirección
   *[other] este número
} todas las confirmaciones que podemos enviar. Intente de nuevo mañana o elija otra forma de recibir avisos.
phone-country-refused = No podemos enviar mensajes de texto ni hacer llamadas a números de ese país. Elija correo electrónico o un número de otro país.
channel-unavailable = { $channel ->
    [email] El correo electrónico todavía no está disponible
    [sms] Los mensajes de texto todavía no están disponibles
   *[voice] Las llamadas todavía no están disponibles
} en este servicio. Elija otra forma de recibir avisos.

## Ballot statuses, as the timeline and email subjects title them
status-mailed = Enviada por correo
status-in-transit-to-voter = En camino hacia usted
status-delivered = Entregada
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
sentence-delivered = El servicio postal entregó su boleta el { $date }.
# Evidence under a status the Postal Service's scans gave: where ("Sacramento, CA") and on which day.
postal-scan = Escaneo del servicio postal en { $place } el { $date }.
postal-latest = Último escaneo del servicio postal: { $place }, { $date }.
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

## Confirming a new destination. It goes to an address or number nobody has confirmed yet, so
## it says whose ballot it is about and nothing of the ballot. 48 hours is how long it works.
confirm-request-email-subject = Confirme esta dirección para recibir notificaciones de { $office } sobre una boleta
confirm-request-email-asked = Alguien le pidió a { $office } que envíe a { $destination } notificaciones de { program-name } sobre la boleta de voto por correo de { $first_name }.
confirm-request-email-link = Si fue usted, confirme en un plazo de 48 horas: { $confirm_url }
confirm-request-email-ignore = Si no fue usted, ignore este correo electrónico. No se enviará nada más a esta dirección.
confirm-request-sms = { $office }: Responda YES para recibir en este número alertas de { program-name } sobre la boleta de { $first_name } (o confirme en { $confirm_url }). La frecuencia de los mensajes varía. Pueden aplicarse tarifas de mensajes y datos. Responda HELP para obtener ayuda o STOP para cancelar.
confirm-request-voice = Hola. Le llamamos de { $office }. Alguien pidió recibir llamadas en este número sobre la boleta de voto por correo de { $first_name }. Para confirmar, oprima 1 ahora. Si no fue usted, cuelgue y no volveremos a llamarle por este motivo.
# Said on the confirmation call, after the voter pressed a key or did not.
confirm-voice-done = Gracias. Este número recibirá llamadas de { $office } sobre la boleta de { $first_name }. Adiós.
confirm-voice-no-key = No se confirmó nada, así que este número no recibirá llamadas sobre esta boleta. Adiós.
confirm-voice-expired = Esta confirmación venció o ya se usó. Adiós.
# The answer to YES by text, once the number is confirmed (CTIA: the program, frequency, rates, HELP and STOP).
confirm-sms = { $office }: Se inscribió en { program-name } para recibir alertas sobre su boleta. La frecuencia de los mensajes varía. Pueden aplicarse tarifas de mensajes y datos. Responda HELP para obtener ayuda o STOP para cancelar. Estado: { $status_url }

## To every destination on file when a new one is confirmed, with a link that undoes it.
## $channel is email, sms or voice; $destination is masked (j•••@example.com).
changed-email-subject = Cambió a dónde se envían las notificaciones sobre la boleta de { $first_name }
changed-replaced = { $office } ahora { $channel ->
    [email] enviará las notificaciones por correo electrónico sobre la boleta de { $first_name } a { $destination }, en lugar de a la dirección anterior
    [sms] enviará los mensajes de texto sobre la boleta de { $first_name } al { $destination }, en lugar de al número anterior
   *[voice] hará las llamadas sobre la boleta de { $first_name } al { $destination }, en lugar de al número anterior
}. La persona que tiene esa dirección o ese número lo confirmó.
changed-added = { $office } ahora también { $channel ->
    [email] enviará las notificaciones por correo electrónico sobre la boleta de { $first_name } a { $destination }
    [sms] enviará los mensajes de texto sobre la boleta de { $first_name } al { $destination }
   *[voice] hará las llamadas sobre la boleta de { $first_name } al { $destination }
}. La persona que tiene esa dirección o ese número lo confirmó.
changed-undo = Si usted no pidió este cambio, deshágalo en un plazo de 30 días: { $undo_url }
changed-sms = { $office }: Las alertas sobre la boleta de { $first_name } ahora también van a { $destination }. ¿No fue usted? Deshaga el cambio en 30 días: { $undo_url }
changed-voice = Hola. Le llamamos de { $office }. Las notificaciones sobre la boleta de voto por correo de { $first_name } ahora también van a { $destination }. Si usted no pidió esto, comuníquese con { $office }. { $help } Adiós.

## To a destination taken off a subscription: its channel turned off with a manage link, or a
## change undone. $channel is email, sms or voice; $destination is masked; $signup_url is the
## sign-up page, where whoever had it on can sign up again.
removed-email-subject = Las notificaciones sobre la boleta de { $first_name } ya no llegarán aquí
removed-body = { $office } ya no { $channel ->
    [email] enviará las notificaciones por correo electrónico sobre la boleta de { $first_name } a { $destination }
    [sms] enviará los mensajes de texto sobre la boleta de { $first_name } al { $destination }
   *[voice] hará las llamadas sobre la boleta de { $first_name } al { $destination }
}.
removed-if-not-you = Si usted no pidió este cambio, vuelva a inscribirse en { $signup_url } y confirme { $channel ->
    [email] esta dirección
   *[other] este número
} para volver a recibir aquí las notificaciones.
removed-sms = { $office }: Las alertas sobre la boleta de { $first_name } ya no llegarán a este número. ¿No fue usted? Vuelva a inscribirse: { $signup_url }
removed-voice = Hola. Le llamamos de { $office }. Este número ya no recibirá llamadas sobre la boleta de voto por correo de { $first_name }. Si usted no pidió esto, visite el sitio web { program-name } y vuelva a inscribirse. { $help } Adiós.

## To the destinations on file when someone signs up again with the voter's details.
## $days is how long the manage link works.
signup-again-email-subject = Alguien volvió a inscribirse para recibir notificaciones sobre la boleta de { $first_name }
signup-again-email-body = Alguien escribió el nombre, la fecha de nacimiento y el código postal (ZIP) de { $first_name } en { program-name } para inscribirse y recibir notificaciones de { $office }. No cambió nada: sus notificaciones siguen llegando aquí.
signup-again-new-destination = Esa persona también pidió notificaciones en { $destination }. No se enviará nada allí a menos que la persona que tiene esa dirección o ese número lo confirme, y si lo confirma, se lo avisaremos aquí con una forma de deshacerlo.
signup-again-manage = Si fue usted y quiere cambiar o detener sus notificaciones, use este enlace en un plazo de { $days ->
    [1] { $days } día
   *[other] { $days } días
}: { $manage_url }
signup-again-sms = { $office }: Alguien volvió a inscribirse para recibir alertas sobre la boleta de { $first_name }. No cambió nada. Para cambiar o detener las alertas (enlace válido por { $days ->
    [1] { $days } día
   *[other] { $days } días
}): { $manage_url }

## A fresh link to the manage page, asked for from the site.
manage-link-email-subject = Su enlace para cambiar o detener las notificaciones de { $office } sobre su boleta
manage-link-email-body = Este es el enlace que pidió para cambiar o detener sus notificaciones de { program-name } sobre la boleta de { $first_name }. Es válido por { $days ->
    [1] { $days } día
   *[other] { $days } días
}: { $manage_url }
manage-link-email-ignore = Si no lo pidió, ignore este correo electrónico: no cambió nada.
manage-link-sms = { $office }: Su enlace para cambiar o detener las alertas sobre su boleta (válido por { $days ->
    [1] { $days } día
   *[other] { $days } días
}): { $manage_url } Responda STOP para no recibir más mensajes.

## Every message ends with its reference, which anyone can check at the verify page.
# Unsure: no official Spanish term is known for the message's reference (7KQM-4MXZ); "referencia"
# translates the meaning ("Ref." in texts).
reference-email = Referencia: { $reference }. Para comprobar que un mensaje realmente lo enviamos nosotros, escriba su referencia en { $verify_url }
reference-sms = Ref. { $reference }
reference-voice = La referencia de este mensaje es { $reference }.

## A status notification
update-email-subject = Su boleta: { $status } - { $office }
update-sms = { $office }: { $sentence } Estado: { $status_url } Responda STOP para no recibir más mensajes.
# The same, when the sentence (a county's own wording) already names the office.
update-sms-named = { $sentence } Estado: { $status_url } Responda STOP para no recibir más mensajes.
# A signature problem, where the voter can sign from the tracker: the link opens the page to
# sign on ($cure_page_url), in place of the status link.
update-sms-cure = { $office }: { $sentence } Firme aquí: { $cure_page_url } Responda STOP para no recibir más mensajes.
update-sms-cure-named = { $sentence } Firme aquí: { $cure_page_url } Responda STOP para no recibir más mensajes.
# In an email about a signature problem, after what to do.
cure-online = En lugar de ello, puede firmar la declaración desde su teléfono o computadora: { $cure_page_url }
update-voice = Hola. Le llamamos de { $office } con información nueva sobre su boleta de voto por correo. { $sentence } { $help } Adiós.
# Said in English on a call to a voter whose language the phone provider cannot speak (Khmer).
voice-language-unavailable = Hola. Le llamamos de { $office } con noticias sobre su boleta de voto por correo. Todavía no podemos hacer llamadas en su idioma; por favor, lea el mensaje de texto o el correo electrónico que le enviamos, o vea el estado de su boleta en internet. { $help } Adiós.

## The return-deadline reminder, to voters whose ballot was mailed but not yet received
reminder-sentence = { $office } todavía no ha recibido su boleta de voto por correo. Devuélvala a más tardar el { $deadline } para que pueda ser contada: envíela por correo con matasellos del Día de las Elecciones o de antes, o entréguela como se indica en la guía para votantes de su condado.
reminder-email-subject = Recordatorio: devuelva su boleta a más tardar el { $deadline } - { $office }
reminder-email-already = Si ya la devolvió, no necesita hacer nada. Vea el estado de su boleta: { $status_url }
reminder-sms = { $office }: { $sentence } Estado: { $status_url } Responda STOP para no recibir más mensajes.
# A signature cure's reminder, where the voter can sign from the tracker.
reminder-sms-cure = { $office }: { $sentence } Firme aquí: { $cure_page_url } Responda STOP para no recibir más mensajes.
reminder-voice = Hola. Le llamamos de { $office } con un recordatorio sobre su boleta de voto por correo. { $sentence } { $help } Adiós.

## A county's own message to many voters (a broadcast), and a correction of one. $text is the
## county's own words, in the voter's language when the county wrote them in it.
notice-email-subject = Un mensaje de { $office } sobre su boleta
correction-email-subject = Una corrección de { $office }
correction-intro = Este mensaje corrige un mensaje anterior de { $office }.
notice-sms = { $office }: { $text } Responda STOP para no recibir más mensajes.
correction-sms = { $office }, corrección: { $text } Responda STOP para no recibir más mensajes.
notice-voice = Hola. Le llamamos de { $office } con un mensaje sobre su boleta de voto por correo. { $text } { $help } Adiós.
correction-voice = Hola. Le llamamos de { $office } con una corrección a un mensaje anterior sobre su boleta de voto por correo. { $text } { $help } Adiós.

## Answers to texts (STOP, START, HELP and anything else)
sms-stopped = { program-name }: Canceló su suscripción y no recibirá más mensajes de texto con alertas sobre su boleta. Responda START para volver a suscribirse.
sms-resumed = { program-name }: Volvió a suscribirse a las alertas sobre su boleta. La frecuencia de los mensajes varía. Pueden aplicarse tarifas de mensajes y datos. Responda HELP para obtener ayuda o STOP para cancelar.
sms-not-signed-up = { program-name }: Este número no está inscrito para recibir alertas sobre boletas. Inscríbase en { $signup_url }
# The same answer to every number, so that HELP tells nobody whether a number is signed up.
sms-help = { program-name }: alertas sobre boletas de las oficinas electorales de los condados de California. Para obtener ayuda, llame al { $hotline } o visite { $site_url }. Responda STOP para cancelar. Pueden aplicarse tarifas de mensajes y datos.
sms-other = { program-name }: Este número solo envía alertas sobre boletas y no puede leer respuestas. Responda HELP para obtener ayuda o STOP para cancelar.

# Answers to a signature cure sent from the status page (issue 16).
cure-dob-mismatch = Esta fecha de nacimiento no coincide con nuestros registros para esta boleta.
cure-not-needed = Esta boleta no necesita una declaración de firma en este momento.
cure-deadline-passed = Ya pasó la fecha límite para corregir la firma de esta boleta. Comuníquese con la oficina electoral de su condado.
cure-dob-attempts-exhausted = La firma de esta boleta ya no se puede corregir aquí: se ingresaron demasiadas fechas de nacimiento que no coinciden con nuestros registros. Comuníquese con la oficina electoral de su condado.
cure-already-sent = Ya envió una declaración de firma para esta boleta. El condado la está revisando.
# What the voter is told of a signature cure they sent (issue 16): a title (the email's
# subject says it as a status) and a sentence. $reason is the county's, in English.
cure-received-title = Declaración de firma recibida
cure-received-sentence = { $office } recibió la declaración de firma que usted envió el { $date }. Le avisaremos cuando el condado la haya revisado.
cure-accepted-title = Declaración de firma aceptada
cure-accepted-sentence = { $office } aceptó la declaración de firma que usted envió el { $date }.
cure-rejected-title = Declaración de firma no aceptada
cure-rejected-sentence = { $office } no aceptó la declaración de firma que usted envió el { $date }. Motivo: { $reason }. Comuníquese con la oficina para saber qué más puede hacer.
cure-rejected-brief-sentence = { $office } no aceptó la declaración de firma que usted envió el { $date }. Comuníquese con la oficina para saber qué más puede hacer.

## Reminders before a signature cure's deadline (issue 16): the signature problem's own
## sentence, led by the word the return reminder uses; the text and call use reminder-sms and
## reminder-voice.
cure-reminder-lead = Recordatorio: { $sentence }
cure-reminder-email-subject = Recordatorio: su boleta necesita su firma a más tardar el { $deadline } - { $office }
# A text's own, shorter sentence (without the county's form link: the status page has it).
cure-reminder-sms-unsigned = Recordatorio: El sobre de su boleta no está firmado. Para que su boleta sea contada, devuelva la Declaración de boleta sin firma a más tardar el { $deadline }.
cure-reminder-sms-mismatch = Recordatorio: No se pudo verificar la firma en el sobre de su boleta. Para que su boleta sea contada, devuelva la Declaración de verificación de firma a más tardar el { $deadline }.
