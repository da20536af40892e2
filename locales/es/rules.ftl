# The rules' messages (shared/src): the form shows them as the voter types, and the API
# returns them in `fields`. Placeholders: { $days }, { $month } (1-12), { $year }, { $max }.
# Keep "MM-DD-YYYY", "HH:MM", and example values (01-23-1980, 95814, (916) 555-0123,
# name@example.com, 20:00) exactly as they are: they describe what to type.
# Spanish (es): formal "usted". Terms follow the California Secretary of State's Spanish
# materials: "registro de votante", "boleta de muestra", "código postal (ZIP)".

name-first-empty = Escriba su nombre
name-last-empty = Escriba su apellido
name-first-too-long = Su nombre debe tener { $max } caracteres o menos
name-last-too-long = Su apellido debe tener { $max } caracteres o menos
name-first-no-letters = Escriba su nombre tal como aparece en su registro de votante
name-last-no-letters = Escriba su apellido tal como aparece en su registro de votante

dob-empty = Escriba su fecha de nacimiento
dob-format = Escriba su fecha de nacimiento como MM-DD-YYYY (mes-día-año), por ejemplo 01-23-1980
dob-month = El mes debe estar entre 01 y 12
dob-day = El día debe estar entre 01 y { $days } para el mes de { $month ->
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
}
dob-day-february = El día debe estar entre 01 y { $days } para febrero de { $year }
dob-before-earliest = La fecha de nacimiento no puede ser anterior al 01-01-1900
dob-in-future = La fecha de nacimiento no puede ser una fecha futura

zip-empty = Escriba el código postal (ZIP) de su domicilio residencial en California
zip-format = Escriba un código postal (ZIP) de California de 5 dígitos, como 95814. { zip-overseas-help }
zip-not-california = Este no es un código postal (ZIP) de California (los de California empiezan con 900 a 961). { zip-overseas-help }
zip-overseas-help = ¿Vive en el extranjero? Use el código postal (ZIP) de su domicilio residencial en California, el que usó para registrarse para votar.

voter-id-needed = Escriba su número de identificación de votante (voter ID). Aparece en su tarjeta de registro de votante y en su boleta de muestra.
voter-id-invalid = Escriba su número de identificación de votante (voter ID) tal como aparece en su tarjeta de registro o en su boleta de muestra (solo letras y números)

email-empty = Escriba su dirección de correo electrónico
email-too-long = Su dirección de correo electrónico debe tener { $max } caracteres o menos
email-format = Escriba una dirección de correo electrónico con el formato correcto, como name@example.com

phone-empty = Escriba un número de teléfono
phone-format = Escriba un número de teléfono de EE. UU. como (916) 555-0123, o un número internacional que empiece con + y el código del país
phone-not-north-american = Revise el código de área y el número: este no es un número de teléfono válido de EE. UU.
phone-international-length = Un número internacional necesita + y de 8 a 15 dígitos, empezando por el código del país
phone-premium = Este es un número de tarifa especial o satelital, al que no podemos enviar mensajes de texto ni hacer llamadas. Escriba un número de celular o de teléfono de casa.

channels-none-chosen = Active al menos una forma de recibir avisos: correo electrónico, mensaje de texto o llamada de voz
channels-email-empty = Escriba la dirección de correo electrónico para las notificaciones
channels-sms-empty = Escriba el número de teléfono celular para los mensajes de texto
channels-voice-empty = Escriba el número de teléfono para las llamadas de voz

quiet-hours-format = Escriba las horas como HH:MM, por ejemplo 20:00
quiet-hours-outside-allowed = Nunca enviamos mensajes de texto ni hacemos llamadas entre las 9 p. m. y las 8 a. m.; las horas de silencio solo pueden ampliar ese horario
quiet-hours-no-contact-hours = Las horas de silencio deben terminar por la mañana, antes de volver a empezar por la noche

language-unsupported = Elija uno de los idiomas disponibles

# Where messages will go, under each switch while it is on. { $destination } is the
# address or number as typed.
channel-will-receive-email = Recibirá correos electrónicos en { $destination }
channel-will-receive-sms = Recibirá mensajes de texto en el { $destination }
channel-will-receive-voice = Recibirá llamadas de voz en el { $destination }

## A message's reference, as typed on the verify page
reference-invalid = Escriba la referencia tal como aparece al final del mensaje: ocho letras y números, por ejemplo 7KQM-4MXZ.

## A signature cure sent from the status page (issue 16). $max is a number.
cure-election = Elija la boleta para la que es esta declaración
cure-method = Elija cómo va a firmar: dibuje su firma, envíe una foto de su declaración firmada o escriba su nombre
cure-name-empty = Escriba su nombre completo
cure-name-too-long = Su nombre debe tener { $max } caracteres o menos
cure-name-no-letters = Escriba su nombre con letras, tal como firma
cure-image-format = Envíe su firma como foto (JPEG, PNG o HEIC) o como escaneo (PDF)
cure-image-unreadable = No se pudo abrir este archivo como imagen. Tome la foto de nuevo o elija otro archivo
cure-pdf-no-scan = Este PDF no contiene ninguna página escaneada. Envíe en su lugar una foto de su declaración firmada
cure-image-too-large = La imagen debe tener { $max } MB o menos
cure-image-too-many-pixels = La imagen tiene demasiados píxeles: { $max } millones como máximo. Tome la foto de nuevo con una resolución más baja
