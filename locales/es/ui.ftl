# The web pages (frontend/src). Keep "Where's My Ballot?" as the program's name unless the
# Secretary of State publishes it in your language. Keep "MM-DD-YYYY" as it is: the date of
# birth is always typed that way (the hint says it in words, for screen readers). { $destination } is an email address or phone number,
# { $office } a county elections office's name, { $page } a page title, { $title } a status.
# Spanish (es): "¿Dónde está mi boleta?" is the Spanish name used for the California service.
# footer-questions is followed on the page by the state's phone number, hence "al".

site-name = ¿Dónde está mi boleta?
site-tagline = Seguimiento de boletas de voto por correo para los votantes de California
skip-link = Saltar al contenido principal
nav-label = Principal
nav-sign-up = Inscribirse
nav-check = Consultar mi boleta
nav-verify = Verificar un mensaje
footer-questions = ¿Tiene preguntas sobre su registro o su boleta? Comuníquese con la oficina electoral de su condado o con la Secretaría de Estado de California al
language-picker-label = Idioma
# The button beside the language list: a language is applied when chosen, not on each arrow key.
language-picker-apply = Cambiar idioma
# The page's <title>: "Error: " goes in front while a form shows errors.
page-title = { $page } - { site-name }
page-title-error = Error: { $page } - { site-name }
error-prefix = Error:

# Sign-up
signup-title = Inscríbase para recibir notificaciones sobre su boleta
signup-lead = Reciba un correo electrónico, un mensaje de texto o una llamada cuando su boleta de voto por correo sea enviada, recibida y contada, o si hay un problema que usted debe resolver.
signup-your-details = Sus datos
signup-details-hint = Escríbalos tal como aparecen en su registro de votante.
field-first-name = Nombre
field-last-name = Apellido
field-date-of-birth = Fecha de nacimiento
field-date-of-birth-hint = Mes de dos dígitos, día de dos dígitos y año de cuatro dígitos. Por ejemplo, 01-23-1980
field-zip = Código postal (ZIP)
field-zip-hint = El código postal (ZIP) de su domicilio residencial en California. Votantes en el extranjero: use el código postal de la dirección de California con la que se registró.
field-zip-hint-lookup = El código postal (ZIP) de su domicilio residencial en California, aunque viva en el extranjero.
field-voter-id = Número de identificación de votante
field-voter-id-hint = Aparece en su tarjeta de registro de votante y en su boleta de muestra.
channels-legend = ¿Cómo quiere que le avisemos?
channels-hint = Active una o más opciones.
switch-email = Correo electrónico
switch-sms = Mensaje de texto (SMS)
switch-voice = Llamada de voz
switch-on = Activado
switch-off = Desactivado
field-email = Dirección de correo electrónico
field-sms-phone = Número de teléfono celular
field-sms-phone-hint = Un número de EE. UU., o + y el código del país para un número en el extranjero.
field-voice-phone = Número de teléfono para llamadas
field-voice-phone-hint = Un número de EE. UU., o + y el código del país para un número en el extranjero. Las llamadas se hacen entre las 8 a. m. y las 9 p. m.
signup-submit = Inscribirse
signup-submitting = Inscribiendo…

# After signing up. Nothing about the ballot goes to an address or number until whoever has it
# confirms it: a link by email, YES by text, 1 on a call.
signed-up-title = Revise su correo electrónico y su teléfono
signed-up-new = Su inscripción está lista. Antes de que le enviemos algo sobre su boleta, confirme cada forma en que podemos comunicarnos con usted.
signed-up-already-title = Usted ya tenía una inscripción
signed-up-already = No cambió nada. Este votante ya tiene notificaciones, por lo que no las mostramos aquí.
signed-up-already-on-file = Enviamos un enlace para cambiar o detener las notificaciones a la dirección de correo electrónico y al teléfono que tenemos registrados.
signed-up-check = Qué debe hacer ahora
signed-up-confirm-email = Enviamos un enlace a { $destination }. Ábralo en un plazo de 48 horas para confirmar. Si no lo ve, revise su carpeta de correo no deseado (spam) o de promociones.
signed-up-confirm-sms = Enviamos un mensaje de texto al { $destination }. Responda YES para confirmar.
signed-up-confirm-voice = Llamaremos al { $destination } entre las 8 a. m. y las 9 p. m. Durante la llamada, oprima 1 para confirmar.
signed-up-confirm-not-sent = { $destination } ya recibió todas las confirmaciones que enviamos en un día. La que recibió sigue siendo válida.
signed-up-on-file = Ya confirmado: { $destination }.
notifications-come-from = Las notificaciones provienen de { $office }.
signed-up-see-status = Ver el estado de su boleta
signed-up-same-link = (guarde este enlace: solo muestra el estado de su boleta, así que puede compartirlo sin riesgo)
signed-up-change = Cambiar sus opciones

# Errors
error-summary-title = Hay un problema
network-error = No pudimos conectarnos con el servidor. Revise su conexión e intente de nuevo.

# Check without signing up
lookup-title = Consulte el estado de su boleta
lookup-lead = Vea dónde está su boleta de voto por correo, sin inscribirse para recibir notificaciones.
lookup-submit = Consultar el estado
lookup-result = El estado de su boleta
lookup-sign-up = Inscríbase para recibir un aviso cuando cambie

# Status page
status-title = El estado de su boleta
status-loading = Cargando el estado de su boleta…
status-not-found-title = No se encontró la página de estado
status-not-found = No pudimos encontrar esta página de estado. Asegúrese de haber abierto el enlace completo de su mensaje.
status-check-instead = Consulte el estado de su boleta con sus datos
status-updates-from = Las actualizaciones provienen de { $office }.
status-updates-live = Esta página se actualiza sola.
status-updates-reload = Vuelva a cargar esta página para ver lo más reciente.
status-manage = Cambiar o detener las notificaciones
status-updated = Se actualizó el estado de su boleta: { $title }

# The timeline
timeline-not-mailed = Su condado todavía no ha enviado su boleta por correo. Aquí verá cada paso a medida que { $office } lo informe.
timeline-your-ballot = Su boleta
timeline-act = Usted debe tomar medidas
# The signature statement the voter sent from the tracker, and what came of it.
timeline-cure = Su declaración de firma
timeline-completed = Completado
timeline-not-yet = Todavía no
timeline-what-happened = Lo que pasó

# Change or stop notifications
manage-title = Cambiar o detener las notificaciones
manage-loading = Cargando sus opciones…
manage-not-found-title = No se encontraron las notificaciones
manage-not-found = No pudimos encontrar estas notificaciones. Asegúrese de haber abierto el enlace completo de su mensaje.
manage-email-now = Actual: { $destination }. Deje el campo vacío para conservarla, o escriba una dirección nueva.
manage-phone-now = Actual: { $destination }. Deje el campo vacío para conservarlo, o escriba un número nuevo.
manage-language = Idioma de sus notificaciones
manage-stopped-title = Las notificaciones están detenidas
manage-stopped = No recibirá más notificaciones. Active un canal abajo para volver a recibirlas.
manage-saved-title = Sus opciones se guardaron
manage-confirm-new = Enviamos una confirmación a cada dirección o número nuevo. Las notificaciones se enviarán allí una vez que se confirme.
manage-awaiting = Pendiente de confirmación: { $destination }.
manage-read-only-title = Este enlace no permite cambiar las notificaciones
manage-read-only = Este enlace muestra el estado de su boleta, pero no permite cambiar sus notificaciones.
manage-expired-title = Este enlace venció
manage-expired = Este enlace para cambiar sus notificaciones venció.
manage-send-link = Enviar un enlace nuevo a mi correo electrónico y teléfono registrados
manage-link-sent = Enviamos un enlace nuevo a la dirección de correo electrónico y al teléfono que tenemos registrados.
manage-link-not-sent = Hoy ya enviamos varios enlaces. Revise su correo electrónico y sus mensajes de texto, o intente de nuevo mañana.
manage-save = Guardar los cambios
manage-stop-title = Detener todas las notificaciones
manage-stop-lead = No recibirá más correos electrónicos, mensajes de texto ni llamadas sobre su boleta.
manage-stop = Detener todas las notificaciones
# Asked before anything is erased.
manage-stop-confirm-title = ¿Detener todas las notificaciones?
manage-stop-confirm = Dejará de recibir todos los correos electrónicos, mensajes de texto y llamadas sobre su boleta, y se eliminarán su dirección de correo electrónico y sus números de teléfono. Para volver a recibir notificaciones, tendrá que escribirlos de nuevo.
manage-stop-yes = Sí, detener todas las notificaciones
manage-stop-cancel = No, conservar mis notificaciones
manage-see-status = Ver el estado de su boleta
# How a screen reader reads a hidden phone number such as (•••) •••-0123; { $last } is its last four digits.
masked-number = número que termina en { $last }

# Page not found
not-found-title = No se encontró la página
not-found-lead = Si escribió la dirección, revise que sea correcta.
not-found-sign-up = Inscríbase para recibir notificaciones sobre su boleta

# Confirming an address or number, from the link in a confirmation
confirm-title = Confirmar las notificaciones sobre la boleta
confirm-lead = Confirme que las notificaciones sobre esta boleta pueden llegarle aquí. Si usted no las pidió, cierre esta página: no se enviará nada más.
confirm-button = Confirmar
confirm-done-title = Confirmado
confirm-done = Las notificaciones sobre esta boleta llegarán a { $destination } de parte de { $office }.
confirm-see-status = Ver el estado de la boleta
confirm-expired = Este enlace de confirmación venció o ya se usó. Para intentarlo de nuevo, vuelva a inscribirse.

# Undoing a change, from the link in a change notice
undo-title = Deshacer un cambio en sus notificaciones
undo-lead = Alguien confirmó una nueva dirección de correo electrónico o un nuevo número de teléfono para estas notificaciones sobre la boleta. Si no fue usted, deshaga el cambio.
undo-button = Deshacer el cambio
undo-done-title = Se deshizo el cambio
undo-done-restored = Las notificaciones vuelven a llegar a { $destination } y ya no llegan a { $removed }.
undo-done-removed = Las notificaciones ya no llegan a { $removed }.
undo-expired = Este enlace venció o ya se usó.
undo-changed-since = Esto se volvió a cambiar después, así que no se puede deshacer con este enlace. Use el enlace de su mensaje más reciente.

# Is this message from us? Every message ends with a reference such as 7KQM-4MXZ.
# Unsure: "referencia" translates the meaning; no official Spanish term is known.
verify-title = ¿Este mensaje es nuestro?
verify-lead = Cada correo electrónico, mensaje de texto y llamada de { site-name } termina con una referencia, como 7KQM-4MXZ. Escríbala para comprobar que lo enviamos nosotros.
field-reference = Referencia
field-reference-hint = Al final del mensaje. Por ejemplo, 7KQM-4MXZ
verify-submit = Verificar
verify-yes-title = Nosotros enviamos este mensaje
# $channel is email, sms or voice; $date is already written in the page's language.
verify-yes = { $sender } lo envió { $channel ->
    [email] por correo electrónico
    [sms] por mensaje de texto
   *[voice] por llamada telefónica
} a { $destination } el { $date }.
verify-yes-only = Esta página no puede decirle nada más. Un mensaje auténtico nunca le pide dinero, contraseñas ni su número de Seguro Social.
verify-no-title = No enviamos ningún mensaje con esta referencia
verify-no = No abra sus enlaces ni lo responda. Si le pide hacer algo con su boleta, comuníquese con la oficina electoral de su condado.
verify-senders = De dónde provienen nuestros mensajes
verify-senders-email = Correos electrónicos de { $address }
verify-senders-phone = Mensajes de texto y llamadas del { $number }

# Signing a ballot's statement from the tracker, /cure/{token} (issue 16): a ballot whose
# envelope signature is missing or did not match. "Statement" is the county's signed form:
# the "unsigned ballot statement" or the "signature verification statement".
cure-title = Firme la declaración de su boleta
cure-lead = { $office } necesita su firma para que su boleta pueda ser contada. Puede firmar aquí en lugar de devolver el formulario en papel.
cure-deadline = Envíela a más tardar el { $deadline }.
cure-not-open = Esta boleta no necesita una firma desde esta página en este momento.
cure-see-status = Ver el estado de su boleta
cure-statement-heading = La declaración que usted firma
# The wording of the statement the county receives; keep its legal meaning exactly.
cure-statement = Declaro bajo pena de perjurio, conforme a las leyes del Estado de California, que soy el votante registrado cuyo nombre aparece a continuación, que solicité y devolví la boleta de voto por correo para esta elección, y que la firma que aparece a continuación, enviada desde el servicio de seguimiento de boletas en lugar de la firma que falta en el sobre de mi boleta o que no coincide con la de dicho sobre, es mía.
cure-dob-hint = La comparamos con su registro de votante, así que un enlace reenviado no basta para firmar por usted. Por ejemplo, 04-27-1980
cure-method-legend = ¿Cómo va a firmar?
cure-method-drawn = Dibujar mi firma en la pantalla
cure-method-photo = Enviar una foto de la declaración en papel que firmé
cure-method-typed = Escribir mi nombre en su lugar
cure-method-typed-hint = Para quien no pueda dibujar ni tomar una foto: su nombre escrito firma la declaración.
cure-draw-label = Panel de firma: dibuje su firma con el dedo, un lápiz o el mouse
cure-draw-hint = Si no puede dibujar, elija “Escribir mi nombre en su lugar”.
cure-draw-clear = Volver a empezar la firma
cure-draw-empty = Dibuje su firma en el recuadro
cure-photo-label = Foto de su declaración firmada
cure-photo-hint = Una foto (JPEG, PNG o HEIC) o un escaneo (PDF) de 10 MB como máximo. Se eliminan el lugar donde se tomó y otros datos guardados en el archivo.
cure-typed-label = Su nombre completo, tal como lo firma
cure-submit = Enviar mi firma
cure-sending = Enviando su firma…
cure-sent-title = Firma enviada
cure-sent = { $office } ya tiene su firma. Le avisaremos cuando la hayan revisado.
cure-noscript = Para firmar en esta página se necesita JavaScript. Aún puede devolver el formulario en papel a { $office }.
cure-status-link = Firmar la declaración desde este teléfono o computadora
