package app.vocero.campaign;

import app.vocero.domain.ContactField;
import app.vocero.domain.ContactTable;
import app.vocero.domain.campaign.Finding;
import app.vocero.domain.campaign.Template;
import app.vocero.provider.CampaignInput;
import app.vocero.provider.TemplateStats;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What a TTS template does with the draft's contacts: unknown tags, missing values, empty or too long texts. */
final class TemplateChecks {

    private TemplateChecks() {
    }

    static void check(Template template, CampaignInput input, int maxLength, List<Finding> findings) {
        Template.unclosedTagAt(template.source()).ifPresent(at -> {
            String near = template.source().substring(at - 1, Math.min(template.source().length(), at + 11));
            findings.add(Finding.error("template.unclosedTag", "message.template",
                    "A tag opened at character " + at + " (\"" + near + "…\") is never closed: write {N} or <N>.",
                    "Una etiqueta abierta en el carácter " + at + " (\"" + near + "…\") nunca se cierra: escriba {N} o <N>."));
        });
        ContactTable contacts = input.contacts();
        Set<String> unknown = new LinkedHashSet<>();
        for (Template.Part part : template.parts()) {
            if (part instanceof Template.ColumnTag) {
                String column = ((Template.ColumnTag) part).column();
                boolean known = contacts.customNames().stream().anyMatch(name -> name.equalsIgnoreCase(column));
                if (!known) {
                    unknown.add(((Template.ColumnTag) part).written());
                }
            } else if (part instanceof Template.FieldTag) {
                ContactField field = ((Template.FieldTag) part).field();
                if (field != ContactField.PHONE && !contacts.fields().contains(field) && !contacts.isEmpty()) {
                    String tag = ((Template.FieldTag) part).written();
                    findings.add(Finding.error("template.noColumn", "message.template",
                            tag + " (" + field.key() + ") has no column in the contact file: choose one in contacts.columns or remove the tag.",
                            tag + " (" + field.key() + ") no tiene columna en el archivo de contactos: elija una en contacts.columns o quite la etiqueta."));
                }
            }
        }
        if (!unknown.isEmpty()) {
            String columns = contacts.customNames().isEmpty() ? "none" : String.join(", ", contacts.customNames());
            String columnas = contacts.customNames().isEmpty() ? "ninguna" : String.join(", ", contacts.customNames());
            findings.add(Finding.error("template.unknownTag", "message.template",
                    "Unknown tag " + String.join(", ", unknown) + ". Tags: {I} {N} {S} {T} {E} {C}; other columns of the file: " + columns + ".",
                    "Etiqueta desconocida " + String.join(", ", unknown) + ". Etiquetas: {I} {N} {S} {T} {E} {C}; otras columnas del archivo: " + columnas + "."));
        }
        template.currencyAfterAmount().ifPresent(tag -> findings.add(Finding.warning("template.currencyTwice",
                "message.template",
                tag + " is read as an amount with its currency ($150.000) and the text names the currency again right after it:"
                        + " remove the currency word, or read " + tag + " as a plain number (message.tagFormats: \"number\").",
                tag + " se lee como un monto con su moneda ($150.000) y el texto vuelve a nombrar la moneda justo después:"
                        + " quite esa palabra, o lea " + tag + " como un número (message.tagFormats: \"number\").")));
        input.templateStats().ifPresent(stats -> fromStats(stats, contacts, maxLength, findings));
    }

    private static void fromStats(TemplateStats stats, ContactTable contacts, int maxLength, List<Finding> findings) {
        for (Map.Entry<String, Long> missing : stats.missingByTag().entrySet()) {
            String tag = missing.getKey();
            boolean knownColumn = isKnown(tag, contacts);
            if (!knownColumn) {
                continue;
            }
            findings.add(Finding.warning("template.missingValue", "message.template",
                    missing.getValue() + " of " + contacts.size() + " contacts have no value for " + tag
                            + " (rows " + stats.missingExamples(tag) + "…): their message would skip it.",
                    missing.getValue() + " de " + contacts.size() + " contactos no tienen valor para " + tag
                            + " (filas " + stats.missingExamples(tag) + "…): su mensaje lo omitiría."));
        }
        if (stats.emptyRenderings() > 0) {
            findings.add(Finding.error("template.empty", "message.template",
                    stats.emptyRenderings() + " contacts would get an empty message (rows " + stats.emptyExamples() + ").",
                    stats.emptyRenderings() + " contactos recibirían un mensaje vacío (filas " + stats.emptyExamples() + ")."));
        }
        if (maxLength > 0 && stats.longest() > maxLength) {
            findings.add(Finding.error("template.tooLong", "message.template",
                    "The longest message has " + stats.longest() + " characters (row " + stats.longestRow()
                            + "); this provider takes at most " + maxLength + ". Shorten the text.",
                    "El mensaje más largo tiene " + stats.longest() + " caracteres (fila " + stats.longestRow()
                            + "); este proveedor acepta máximo " + maxLength + ". Acorte el texto."));
        }
    }

    /** Missing values only matter for tags whose column exists; unknown tags are reported once above. */
    private static boolean isKnown(String tag, ContactTable contacts) {
        String name = tag.substring(1, tag.length() - 1);
        if (name.length() == 1) {
            return ContactField.fromTagLetter(name.charAt(0))
                    .map(field -> field == ContactField.PHONE || contacts.fields().contains(field)).orElse(false);
        }
        return contacts.customNames().stream().anyMatch(column -> column.equalsIgnoreCase(name));
    }
}
