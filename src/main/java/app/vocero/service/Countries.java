package app.vocero.service;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The countries whose numbers Vocero can check, with their calling codes, for a country picker. */
public final class Countries {

    /** One country: its ISO region ({@code CO}) and calling code ({@code 57}). */
    public record Country(String region, int callingCode) {

        /** {@code Colombia (+57)} in the given language. */
        public String displayName(Locale language) {
            return new Locale("", region).getDisplayCountry(language) + " (+" + callingCode + ")";
        }
    }

    private Countries() {
    }

    /** Every region libphonenumber checks numbers for, in no particular order. */
    public static List<Country> supported() {
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        List<Country> countries = new ArrayList<>();
        for (String region : util.getSupportedRegions()) {
            countries.add(new Country(region, util.getCountryCodeForRegion(region)));
        }
        return countries;
    }

    /** The calling code of an ISO region ({@code 57} for {@code CO}); 0 when unknown. */
    public static int callingCode(String region) {
        return region == null ? 0 : PhoneNumberUtil.getInstance().getCountryCodeForRegion(region.trim().toUpperCase(Locale.ROOT));
    }

    /**
     * The ISO region of what a user or a draft wrote for a country: {@code CO}, {@code co}, {@code 57} or
     * {@code +57} give {@code CO}; empty when it names none.
     */
    public static java.util.Optional<String> region(String written) {
        if (written == null || written.isBlank()) {
            return java.util.Optional.empty();
        }
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        String text = written.trim().startsWith("+") ? written.trim().substring(1) : written.trim();
        if (!text.isEmpty() && text.length() <= 3 && text.chars().allMatch(Character::isDigit)) {
            String region = util.getRegionCodeForCountryCode(Integer.parseInt(text));
            return util.getSupportedRegions().contains(region) ? java.util.Optional.of(region) : java.util.Optional.empty();
        }
        String region = text.toUpperCase(Locale.ROOT);
        return util.getSupportedRegions().contains(region) ? java.util.Optional.of(region) : java.util.Optional.empty();
    }

    /** {@code Colombia} in the given language; the code itself when the JDK has no name for it. */
    public static String name(String region, Locale language) {
        if (region == null || region.isBlank()) {
            return "?";
        }
        String name = new Locale("", region).getDisplayCountry(language);
        return name.isBlank() ? region : name;
    }
}
