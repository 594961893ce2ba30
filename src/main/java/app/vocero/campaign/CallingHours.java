package app.vocero.campaign;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The hours people may be called in their own local time (08:00–21:00 by default; a setting), and the time zones
 * of each country (from {@code country-zones.properties}).
 */
public record CallingHours(LocalTime from, LocalTime to) {

    public static final CallingHours DEFAULT = new CallingHours(LocalTime.of(8, 0), LocalTime.of(21, 0));
    private static final Properties ZONES = load();

    private static Properties load() {
        Properties zones = new Properties();
        try (InputStream in = CallingHours.class.getResourceAsStream("country-zones.properties")) {
            zones.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return zones;
    }

    /** The zones a country's numbers may be in; the fallback when the country is not listed. */
    public static List<ZoneId> zonesOf(String region, ZoneId fallback) {
        String ids = ZONES.getProperty(region == null ? "" : region);
        if (ids == null) {
            return List.of(fallback);
        }
        List<ZoneId> zones = new ArrayList<>();
        for (String id : ids.split(",")) {
            zones.add(ZoneId.of(id.trim()));
        }
        return zones;
    }

    public boolean allows(LocalTime time) {
        return !time.isBefore(from) && !time.isAfter(to);
    }
}
