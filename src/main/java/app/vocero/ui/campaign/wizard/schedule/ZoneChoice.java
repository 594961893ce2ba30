package app.vocero.ui.campaign.wizard.schedule;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A time zone as people read it: "(UTC−05:00) Bogotá". The draft keeps the zone's id ({@code America/Bogota}).
 *
 * @param id what the draft's {@code timezone} holds: an IANA id or a {@code ±HH:MM} offset
 */
public record ZoneChoice(String id, String label, int offsetSeconds) {

    private static final List<String> REGIONS = List.of("America/", "Europe/", "Asia/", "Africa/", "Australia/",
            "Pacific/", "Atlantic/", "Indian/");
    /** Cities whose name is written with accents or other words in Spanish. */
    private static final Map<String, String> SPANISH = Map.ofEntries(Map.entry("Bogota", "Bogotá"),
            Map.entry("Mexico City", "Ciudad de México"), Map.entry("Panama", "Panamá"), Map.entry("Asuncion", "Asunción"),
            Map.entry("Sao Paulo", "São Paulo"), Map.entry("Merida", "Mérida"), Map.entry("Cancun", "Cancún"),
            Map.entry("Mazatlan", "Mazatlán"), Map.entry("Bahia", "Bahía"), Map.entry("New York", "Nueva York"),
            Map.entry("Los Angeles", "Los Ángeles"), Map.entry("Madrid", "Madrid"), Map.entry("Havana", "La Habana"),
            Map.entry("Puerto Rico", "Puerto Rico"), Map.entry("Lima", "Lima"), Map.entry("Santiago", "Santiago"),
            Map.entry("Guatemala", "Guatemala"), Map.entry("Costa Rica", "Costa Rica"), Map.entry("El Salvador", "El Salvador"),
            Map.entry("Tegucigalpa", "Tegucigalpa"), Map.entry("Managua", "Managua"), Map.entry("Montevideo", "Montevideo"),
            Map.entry("La Paz", "La Paz"), Map.entry("Santo Domingo", "Santo Domingo"), Map.entry("Kolkata", "Calcuta"),
            Map.entry("London", "Londres"), Map.entry("Paris", "París"));

    /** Every region/city zone, by offset now, then by city. */
    public static List<ZoneChoice> all(Locale locale) {
        Instant now = Instant.now();
        List<ZoneChoice> zones = new ArrayList<>();
        for (String id : ZoneId.getAvailableZoneIds()) {
            if (REGIONS.stream().anyMatch(id::startsWith) && !id.contains("GMT") && Character.isUpperCase(id.charAt(id.lastIndexOf('/') + 1))) {
                zones.add(of(id, locale, now));
            }
        }
        zones.sort(Comparator.comparingInt(ZoneChoice::offsetSeconds).thenComparing(ZoneChoice::label));
        return zones;
    }

    public static ZoneChoice of(String id, Locale locale, Instant at) {
        ZoneId zone = ZoneId.of(id);
        ZoneOffset offset = zone.getRules().getOffset(at);
        if (zone instanceof ZoneOffset) {
            return new ZoneChoice(id, "(" + utc(offset) + ")", offset.getTotalSeconds());
        }
        String city = id.substring(id.lastIndexOf('/') + 1).replace('_', ' ');
        if ("es".equals(locale.getLanguage())) {
            city = SPANISH.getOrDefault(city, city);
        }
        return new ZoneChoice(id, "(" + utc(offset) + ") " + city, offset.getTotalSeconds());
    }

    /** {@code UTC−05:00}, with a real minus sign. */
    static String utc(ZoneOffset offset) {
        String id = offset.getTotalSeconds() == 0 ? "+00:00" : offset.getId();
        return "UTC" + id.replace('-', '\u2212');
    }

    @Override
    public String toString() {
        return label;
    }
}
