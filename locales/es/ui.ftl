# The web pages (frontend/src). Keep "Where's My Ballot?" as the program's name unless the
# Secretary of State publishes it in your language. Keep "MM-DD-YYYY" as it is: the date of
# birth is always typed that way. { $destination } is an email address or phone number,
# { $office } a county elections office's name, { $page } a page title, { $title } a status.
# Spanish (es): "¿Dónde está mi boleta?" is the Spanish name used for the California service.
# footer-questions is followed on the page by the state's phone number, hence "al".

site-name = ¿Dónde está mi boleta?
site-tagline = Seguimiento de boletas de voto por correo para los votantes de California
skip-link = Saltar al contenido principal
nav-label = Principal
nav-sign-up = Inscribirse
nav-check = Consultar mi boleta
footer-questions = ¿Tiene preguntas sobre su registro o su boleta? Comuníquese con la oficina electoral de su condado o con la Secretaría de Estado de California al
language-picker-label = Idioma
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
field-date-of-birth-hint = MM-DD-YYYY (mes-día-año). Por ejemplo, 01-23-1980
field-zip = Código postal (ZIP)
field-zip-hint = El código postal (ZIP) de su domicilio residencial en California. Votantes en el extranjero: use el código postal de la dirección de California con la que se registró.
field-zip-hint-lookup = El código postal (ZIP) de su domicilio residencial en California, aunque viva en el extranjero.
field-voter-id = Número de identificación de votante (opcional)
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

# After signing up
signed-up-title = Su inscripción está lista
signed-up-new = Le avisaremos sobre su boleta de voto por correo.
signed-up-updated = Usted ya tenía una inscripción: actualizamos sus opciones.
signed-up-what-we-sent = Lo que le enviamos
signed-up-email-sent = Le enviamos un correo electrónico de confirmación a { $destination }. Si no lo ve, revise su carpeta de correo no deseado (spam) o de promociones.
signed-up-email-later = Le enviaremos correos electrónicos a { $destination }.
signed-up-sms-sent = Le enviamos un mensaje de texto de confirmación al { $destination }. Para dejar de recibir mensajes de texto, responda STOP (en inglés) en cualquier momento.
signed-up-sms-later = Le enviaremos mensajes de texto al { $destination }.
signed-up-voice = Llamaremos al { $destination } cuando cambie el estado de su boleta, entre las 8 a. m. y las 9 p. m. No hay llamada de confirmación.
notifications-come-from = Las notificaciones provienen de { $office }.
signed-up-see-status = Ver el estado de su boleta
signed-up-same-link = (el mismo enlace está en su confirmación)
signed-up-change = Cambiar sus opciones

# Errors
error-summary-title = Hay un problema
network-error = No pudimos conectarnos con el servidor. Revise su conexión e intente de nuevo.
server-error = Algo salió mal (HTTP { $status }). Por favor, intente de nuevo.

# Check without signing up
lookup-title = Consulte el estado de su boleta
lookup-lead = Vea dónde está su boleta de voto por correo, sin inscribirse para recibir notificaciones.
lookup-submit = Consultar el estado
lookup-result = El estado de su boleta
lookup-sign-up = Inscríbase para recibir un aviso cuando cambie

# Status page
status-title = El estado de su boleta
status-loading = Cargando el estado de su boleta…
status-not-found = No pudimos encontrar esta página de estado. Asegúrese de haber abierto el enlace completo de su mensaje.
status-check-instead = Consulte el estado de su boleta con sus datos
status-updates-from = Las actualizaciones provienen de { $office }. Esta página se actualiza sola.
status-manage = Cambiar o detener las notificaciones
status-updated = Se actualizó el estado de su boleta: { $title }

# The timeline
timeline-not-mailed = Su condado todavía no ha enviado su boleta por correo. Aquí verá cada paso a medida que { $office } lo informe.
timeline-your-ballot = Su boleta
timeline-act = Usted debe tomar medidas
timeline-completed = Completado
timeline-not-yet = Todavía no
timeline-what-happened = Lo que pasó

# Change or stop notifications
manage-title = Cambiar o detener las notificaciones
manage-loading = Cargando sus opciones…
manage-not-found = No pudimos encontrar estas notificaciones. Asegúrese de haber abierto el enlace completo de su mensaje.
manage-email-now = Actual: { $destination }. Deje el campo vacío para conservarla, o escriba una dirección nueva.
manage-phone-now = Actual: { $destination }. Deje el campo vacío para conservarlo, o escriba un número nuevo.
manage-language = Idioma de sus notificaciones
manage-stopped-title = Las notificaciones están detenidas
manage-stopped = No recibirá más notificaciones. Active un canal abajo para volver a recibirlas.
manage-saved-title = Sus opciones se guardaron
manage-confirmed-email = Le enviamos una confirmación por correo electrónico.
manage-confirmed-sms = Le enviamos una confirmación por mensaje de texto.
manage-confirmed-both = Le enviamos una confirmación por correo electrónico y por mensaje de texto.
manage-save = Guardar los cambios
manage-stop-title = Detener todas las notificaciones
manage-stop-lead = No recibirá más correos electrónicos, mensajes de texto ni llamadas sobre su boleta.
manage-stop = Detener todas las notificaciones
manage-see-status = Ver el estado de su boleta

# Page not found
not-found-title = No se encontró la página
not-found-lead = Si escribió la dirección, revise que sea correcta.
not-found-sign-up = Inscríbase para recibir notificaciones sobre su boleta
