package app.vocero.contacts;

import app.vocero.contacts.read.ContactFileException;
import app.vocero.contacts.read.ReadLimits;
import app.vocero.contacts.read.SourceRow;
import app.vocero.domain.ContactField;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which column of a contact file holds which {@link ContactField}, found from its headers in Spanish or English
 * (accents, case, spaces, underscores, dashes and dots ignored; a trailing number too: {@code Teléfono 2}) or set
 * by the user ({@code phone=Celular}; an empty header, {@code name=}, means no column for that role). The first
 * matching column wins per role; every other column is a custom field kept under its header name.
 */
public final class ColumnRoles {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern IGNORED = Pattern.compile("[\\s_.\\-]+");
    private static final Pattern TRAILING_NUMBER = Pattern.compile("[0-9]+$");
    private static final Map<String, ContactField> SYNONYMS = synonyms();

    private final List<String> headers;
    private final boolean headerRow;
    private final Map<ContactField, Integer> roles;
    private final List<Integer> customColumns;
    private final List<String> customNames;

    private ColumnRoles(List<String> headers, boolean headerRow, Map<ContactField, Integer> roles) {
        this.headers = List.copyOf(headers);
        this.headerRow = headerRow;
        this.roles = Collections.unmodifiableMap(roles);
        List<Integer> columns = new ArrayList<>();
        List<String> names = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < headers.size(); i++) {
            if (!roles.containsValue(i)) {
                String name = headers.get(i).isBlank() ? "column" + (i + 1) : headers.get(i).trim();
                if (!taken.add(name)) {
                    name = name + "_" + (i + 1);
                    taken.add(name);
                }
                columns.add(i);
                names.add(name);
            }
        }
        this.customColumns = List.copyOf(columns);
        this.customNames = List.copyOf(names);
    }

    /** Roles of a file whose format names its columns (Parquet, JSON): no header row among the data. */
    public static ColumnRoles fromDeclared(List<String> columns, Map<ContactField, String> overrides, Path file)
            throws ContactFileException {
        return resolve(columns, false, overrides, file);
    }

    /**
     * Roles of a CSV or XLSX file from its first row, which is a header unless none of its cells names a role and
     * its first cell is a number: then there is no header, the first column is the phone and the others are
     * {@code column2}, {@code column3}, ….
     */
    public static ColumnRoles detect(SourceRow firstRow, Map<ContactField, String> overrides, PhoneNumbers phones,
                                     Path file) throws ContactFileException {
        List<String> cells = firstRow.cells();
        boolean anyRole = cells.stream().anyMatch(cell -> roleOfHeader(cell).isPresent());
        if (!anyRole && phones.looksLikeNumber(firstRow.cell(0))) {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < Math.max(1, cells.size()); i++) {
                names.add("column" + (i + 1));
            }
            Map<ContactField, Integer> roles = new EnumMap<>(ContactField.class);
            roles.put(ContactField.PHONE, 0);
            applyOverrides(names, overrides, roles, file);
            return new ColumnRoles(names, false, roles);
        }
        return resolve(cells, true, overrides, file);
    }

    /** The role a header names, if any: {@code Teléfono} → phone, {@code E-mail} → email. */
    public static Optional<ContactField> roleOfHeader(String header) {
        if (header == null) {
            return Optional.empty();
        }
        String key = normalize(header);
        ContactField field = SYNONYMS.get(key);
        if (field == null) {
            field = SYNONYMS.get(TRAILING_NUMBER.matcher(key).replaceFirst(""));
        }
        return Optional.ofNullable(field);
    }

    private static ColumnRoles resolve(List<String> headers, boolean headerRow, Map<ContactField, String> overrides,
                                       Path file) throws ContactFileException {
        Map<ContactField, Integer> roles = new EnumMap<>(ContactField.class);
        applyOverrides(headers, overrides, roles, file);
        Set<ContactField> left = leftOut(overrides);
        for (int i = 0; i < headers.size(); i++) {
            Optional<ContactField> role = roleOfHeader(headers.get(i));
            if (role.isPresent() && !roles.containsKey(role.get()) && !roles.containsValue(i)
                    && !left.contains(role.get())) {
                roles.put(role.get(), i);
            }
        }
        if (!roles.containsKey(ContactField.PHONE)) {
            throw ContactFileException.of(file, "no_phone_column", "columns.noPhone", seen(headers));
        }
        return new ColumnRoles(headers, headerRow, roles);
    }

    private static void applyOverrides(List<String> headers, Map<ContactField, String> overrides,
                                       Map<ContactField, Integer> roles, Path file) throws ContactFileException {
        if (overrides == null) {
            return;
        }
        for (Map.Entry<ContactField, String> override : overrides.entrySet()) {
            if (override.getValue() == null || override.getValue().isBlank()) {
                continue; // the user wants no column for this role
            }
            String wanted = normalize(override.getValue());
            int found = -1;
            for (int i = 0; i < headers.size() && found < 0; i++) {
                if (normalize(headers.get(i)).equals(wanted)) {
                    found = i;
                }
            }
            if (found < 0) {
                throw ContactFileException.of(file, "unknown_column", "columns.unknown", override.getValue(),
                        ContactFileException.term("field." + override.getKey().key()), seen(headers));
            }
            final int column = found;
            roles.entrySet().removeIf(entry -> entry.getValue() == column);
            roles.put(override.getKey(), column);
        }
    }

    /** Roles the user chose no column for ({@code name=""}): never detected from a header. */
    private static Set<ContactField> leftOut(Map<ContactField, String> overrides) {
        Set<ContactField> left = new HashSet<>();
        if (overrides != null) {
            overrides.forEach((field, header) -> {
                if (header == null || header.isBlank()) {
                    left.add(field);
                }
            });
        }
        return left;
    }

    static String normalize(String text) {
        String decomposed = Normalizer.normalize(text.trim(), Normalizer.Form.NFD);
        return IGNORED.matcher(MARKS.matcher(decomposed).replaceAll("")).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /**
     * {@code "Nombre", "Ciudad"}, or the word for none in the message's language; cut to
     * {@link ReadLimits#MAX_ECHOED_CHARS} characters, so a huge header (or the first line of a file that is not a
     * contact list) is never echoed whole.
     */
    private static Object seen(List<String> headers) {
        StringBuilder quoted = new StringBuilder();
        for (String header : headers) {
            if (quoted.length() > ReadLimits.MAX_ECHOED_CHARS) {
                break;
            }
            quoted.append(quoted.length() == 0 ? "" : ", ").append('"').append(ReadLimits.echoed(header)).append('"');
        }
        return quoted.length() == 0 ? ContactFileException.term("columns.none") : ReadLimits.echoed(quoted.toString());
    }

    private static Map<String, ContactField> synonyms() {
        Map<String, ContactField> map = new LinkedHashMap<>();
        add(map, ContactField.PHONE, "telefono", "teléfono", "celular", "móvil", "movil", "numero", "número",
                "phone", "mobile", "number", "msisdn");
        add(map, ContactField.NAME, "nombre", "name", "first_name");
        add(map, ContactField.LAST_NAME, "apellido", "last_name");
        add(map, ContactField.BALANCE, "saldo", "valor", "deuda", "monto", "balance", "amount");
        add(map, ContactField.IDENTIFIER, "cedula", "cédula", "documento", "identificacion", "id");
        add(map, ContactField.EMAIL, "correo", "email", "e-mail");
        add(map, ContactField.ACCOUNT, "cuenta", "contrato", "account");
        add(map, ContactField.CONTENT, "contenido", "mensaje", "texto", "content");
        return Collections.unmodifiableMap(map);
    }

    private static void add(Map<String, ContactField> map, ContactField field, String... words) {
        for (String word : words) {
            map.put(normalize(word), field);
        }
    }

    /** Whether the first row was a header (and so is not a contact). */
    public boolean hasHeaderRow() {
        return headerRow;
    }

    /** The column names: the header cells, the declared names, or {@code column1…} without a header. */
    public List<String> headers() {
        return headers;
    }

    public int phoneColumn() {
        return roles.get(ContactField.PHONE);
    }

    public OptionalInt column(ContactField field) {
        Integer column = roles.get(field);
        return column == null ? OptionalInt.empty() : OptionalInt.of(column);
    }

    /** The roles found, in {@link ContactField} order, with their column index. */
    public Map<ContactField, Integer> roles() {
        return roles;
    }

    /** Column indexes of the custom fields, in file order. */
    public List<Integer> customColumns() {
        return customColumns;
    }

    /** Names of the custom fields (their headers), in file order. */
    public List<String> customNames() {
        return customNames;
    }

    /** {@code {"phone": "Teléfono", "name": "Nombre"}}, as the report shows it. */
    public Map<String, String> byRoleKey() {
        Map<String, String> described = new LinkedHashMap<>();
        roles.forEach((field, column) -> described.put(field.key(), headers.get(column)));
        return described;
    }
}
