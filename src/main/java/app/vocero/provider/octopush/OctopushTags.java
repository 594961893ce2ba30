package app.vocero.provider.octopush;

import app.vocero.domain.ContactField;
import app.vocero.domain.ContactTable;
import app.vocero.domain.campaign.Draft;
import app.vocero.domain.campaign.Template;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * THE mapping of a Vocero template onto Octopush's native per-recipient personalisation (the one place it is
 * defined). Octopush reads {@code {first_name}}, {@code {last_name}} and {@code {param1}}…{@code {param5}} in the
 * text and fills them from each recipient object, so one request carries one text for up to 500 people:
 * <ul>
 *   <li>{@code {N}} / {@code <N>} (name) → {@code {first_name}}, recipient key {@code first_name};</li>
 *   <li>the last name → {@code {last_name}}: a tag named {@code {last_name}}, or named like the column the draft
 *       maps to {@code last_name} ({@code "columns": {"last_name": "Apellido"}} → {@code {Apellido}}); its value is
 *       the contact's last-name field, else the custom column of that name;</li>
 *   <li>every other distinct tag (the other fields {@code {S} {I} {T} {E} {C}} and custom columns), in order of
 *       first use → {@code {param1}}…{@code {param5}}; more than {@value #MAX_PARAMS} is an error
 *       ({@code octopush.params}) and {@link #overflow()} names the extra ones.</li>
 * </ul>
 * A recipient carries only the keys the text uses, each for every recipient ({@code ""} when the contact has no
 * value, so Octopush never reads the placeholder aloud; empty values are warned about by the common checks).
 */
public final class OctopushTags {

    /** Octopush has {@code param1}…{@code param5}. */
    public static final int MAX_PARAMS = 5;
    public static final String FIRST_NAME = "first_name";
    public static final String LAST_NAME = "last_name";

    /** One recipient key and the template part that fills it. */
    public record Slot(String tag, String key, Template.Part part) {
    }

    private final String text;
    private final List<Slot> slots;
    private final List<String> overflow;

    private OctopushTags(String text, List<Slot> slots, List<String> overflow) {
        this.text = text;
        this.slots = Collections.unmodifiableList(slots);
        this.overflow = Collections.unmodifiableList(overflow);
    }

    public static OctopushTags of(Template template, Draft draft) {
        String lastNameColumn = draft == null || draft.contacts() == null ? null
                : draft.contacts().columns().get(ContactField.LAST_NAME.key());
        Map<String, Slot> byTag = new LinkedHashMap<>();
        List<String> overflow = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int params = 0;
        for (Template.Part part : template.parts()) {
            if (part instanceof Template.Text) {
                text.append(((Template.Text) part).text());
                continue;
            }
            String tag = tagOf(part);
            Slot slot = byTag.get(tag);
            if (slot == null) {
                String key;
                if (part instanceof Template.FieldTag && ((Template.FieldTag) part).field() == ContactField.NAME) {
                    key = FIRST_NAME;
                } else if (isLastName(part, lastNameColumn)) {
                    key = LAST_NAME;
                } else if (params < MAX_PARAMS) {
                    key = "param" + ++params;
                } else {
                    key = null;
                    overflow.add(tag);
                }
                slot = new Slot(tag, key, part);
                byTag.put(tag, slot);
            }
            text.append(slot.key() == null ? tag : "{" + slot.key() + "}");
        }
        List<Slot> slots = new ArrayList<>();
        for (String key : keyOrder()) {
            byTag.values().stream().filter(slot -> key.equals(slot.key())).findFirst().ifPresent(slots::add);
        }
        return new OctopushTags(text.toString(), slots, overflow);
    }

    private static List<String> keyOrder() {
        List<String> keys = new ArrayList<>(List.of(FIRST_NAME, LAST_NAME));
        for (int i = 1; i <= MAX_PARAMS; i++) {
            keys.add("param" + i);
        }
        return keys;
    }

    private static boolean isLastName(Template.Part part, String lastNameColumn) {
        if (!(part instanceof Template.ColumnTag)) {
            return false;
        }
        String column = ((Template.ColumnTag) part).column();
        return column.equalsIgnoreCase(LAST_NAME) || (lastNameColumn != null && column.equalsIgnoreCase(lastNameColumn));
    }

    private static String tagOf(Template.Part part) {
        if (part instanceof Template.FieldTag) {
            return "{" + ((Template.FieldTag) part).field().tagLetter().orElseThrow() + "}";
        }
        return "{" + ((Template.ColumnTag) part).column() + "}";
    }

    /** The text sent: the template with its tags written as Octopush placeholders. */
    public String text() {
        return text;
    }

    /** The recipient keys the text uses, in the order {@code first_name, last_name, param1…param5}. */
    public List<Slot> slots() {
        return slots;
    }

    /** Tags beyond the five params (canonical form, {@code {Ciudad}}); empty when the template fits. */
    public List<String> overflow() {
        return overflow;
    }

    /** A slot's value for one contact ({@code ""} when missing). */
    public static String value(Slot slot, ContactTable contacts, int index) {
        if (LAST_NAME.equals(slot.key()) && contacts.fields().contains(ContactField.LAST_NAME)) {
            return contacts.field(ContactField.LAST_NAME, index);
        }
        return Template.valueOf(slot.part(), contacts, index);
    }

    /** The mapping as {@code {N} → {first_name}} lines, for previews. */
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        for (Slot slot : slots) {
            lines.add(slot.tag() + " → {" + slot.key() + "}");
        }
        return lines;
    }
}
