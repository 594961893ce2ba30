package app.vocero.provider.saem;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Every error code of Saem's "API Call Blasting" document, with its HTTP status and what the supervisor should do,
 * in English and Spanish. The HTTP client looks answers up here with {@link #forCode(String)}.
 */
public final class SaemErrors {

    /** One documented Saem error: its code, its HTTP status, and the advice in both languages. */
    public record SaemError(String code, int httpStatus, String english, String spanish) {

        /** The advice in {@code es} or {@code en}. */
        public String message(String language) {
            return "es".equalsIgnoreCase(language) ? spanish : english;
        }
    }

    private static final Map<String, SaemError> TABLE = table();

    private SaemErrors() {
    }

    /** The error with this code ({@code CALLB_021}, {@code callb_021} and {@code AUTH.TOKEN_MISSING} alike). */
    public static Optional<SaemError> forCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(TABLE.get(code.trim().toUpperCase(Locale.ROOT)));
    }

    /** All documented errors, in the document's order. */
    public static List<SaemError> all() {
        return List.copyOf(TABLE.values());
    }

    private static Map<String, SaemError> table() {
        Map<String, SaemError> t = new LinkedHashMap<>();
        // authentication
        put(t, "AUTH.TOKEN_MISSING", 400,
                "Saem received no API key (x-auth header). Enter the Saem API key in Accounts and send again.",
                "Saem no recibió la clave de API (encabezado x-auth). Ingrese la clave de API de Saem en Cuentas y vuelva a enviar.");
        put(t, "API_KEY_NOT_FOUND", 400,
                "Saem does not recognize this API key. Copy the key again from Saem's web platform into Accounts, or ask Saem for a new one.",
                "Saem no reconoce esta clave de API. Cópiela de nuevo desde la plataforma web de Saem en Cuentas, o pida una clave nueva a Saem.");
        put(t, "USER_NOT_FOUND", 404,
                "Saem found no user for this API key. Ask Saem support which user the key belongs to, or use another account's key.",
                "Saem no encontró un usuario para esta clave de API. Pregunte al soporte de Saem a qué usuario pertenece la clave, o use la clave de otra cuenta.");
        put(t, "USER_INACTIVE", 401,
                "The Saem user of this API key is inactive and cannot run campaigns. Ask Saem (or your account administrator) to reactivate it.",
                "El usuario de Saem de esta clave de API está inactivo y no puede ejecutar campañas. Pida a Saem (o al administrador de su cuenta) que lo reactive.");
        // configuration
        put(t, "CALLB_015", 404,
                "Saem does not know this audio (audioId). Check the ID in the Resources module of Saem's web platform, or generate the audio again.",
                "Saem no conoce este audio (audioId). Revise el ID en el módulo Recursos de la plataforma web de Saem, o genere el audio de nuevo.");
        put(t, "CALLB_016", 404,
                "Saem has no configuration for this country (prefix). Ask Saem to enable calls to this country, or send a list of numbers from an enabled country.",
                "Saem no tiene configuración para este país (prefijo). Pida a Saem que habilite las llamadas a este país, o envíe una lista con números de un país habilitado.");
        put(t, "CALLB_018", 400,
                "A calling window is outside the hours Saem allows for this country. Move the window into the allowed calling hours and check the time zone (gmt).",
                "Un horario de llamada está fuera de las horas que Saem permite para este país. Mueva el horario dentro de las horas permitidas y revise la zona horaria (gmt).");
        // processing
        put(t, "CALLB_019", 400,
                "Saem could not read the Parquet file of the contacts. Send again; if it repeats, split the list into lists of at most 200,000 contacts (sent as JSON).",
                "Saem no pudo leer el archivo Parquet de los contactos. Vuelva a enviar; si se repite, divida la lista en listas de máximo 200.000 contactos (se envían como JSON).");
        put(t, "CALLB_021", 402,
                "Not enough Saem credits for this campaign. Buy credits in Saem's platform, or lower the number of contacts, windows or retries.",
                "No hay créditos suficientes en Saem para esta campaña. Compre créditos en la plataforma de Saem, o reduzca la cantidad de contactos, horarios o reintentos.");
        put(t, "CALLB_022", 400,
                "Too many contacts for one Saem campaign (at most 200,000 as JSON, 500,000 as Parquet). Split the list into smaller lists and send one campaign per list.",
                "Demasiados contactos para una campaña de Saem (máximo 200.000 en JSON, 500.000 en Parquet). Divida la lista en listas más pequeñas y envíe una campaña por lista.");
        // audio generation
        put(t, "CALLB_AUD_001", 400,
                "Saem rejected the audio's resource name. Use only letters, digits, '_' and '-', without spaces, accents or the .wav extension.",
                "Saem rechazó el nombre del recurso de audio. Use solo letras, números, '_' y '-', sin espacios, tildes ni la extensión .wav.");
        put(t, "CALLB_AUD_002", 409,
                "An audio with this resource name already exists in Saem. Choose another name, or use the existing audio's audioId from Resources.",
                "Ya existe en Saem un audio con este nombre de recurso. Elija otro nombre, o use el audioId del audio existente en Recursos.");
        return Collections.unmodifiableMap(t);
    }

    private static void put(Map<String, SaemError> table, String code, int status, String english, String spanish) {
        table.put(code, new SaemError(code, status, english, spanish));
    }
}
