package app.vocero.contacts;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneMetadata;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneNumberDesc;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import com.google.i18n.phonenumbers.metadata.DefaultMetadataDependenciesProvider;
import com.google.i18n.phonenumbers.metadata.source.MetadataSource;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code PhoneNumberUtil.getNumberType} with each region's number patterns compiled into {@link DigitAutomaton}s:
 * the same checks in the same order (general description, premium rate, toll free, shared cost, VoIP, personal,
 * pager, UAN, voicemail, fixed line, mobile), each first filtered by its possible lengths. A region whose patterns
 * cannot be compiled keeps libphonenumber's own answer. {@code UNKNOWN} means invalid, exactly as
 * {@code isValidNumber} says. Thread-safe.
 */
final class NumberTypes {

    private static final Logger LOG = LoggerFactory.getLogger(NumberTypes.class);

    private final PhoneNumberUtil util;
    private final MetadataSource metadataSource =
            DefaultMetadataDependenciesProvider.getInstance().getPhoneNumberMetadataSource();
    private final Map<String, Optional<RegionTypes>> byRegion = new ConcurrentHashMap<>();
    /** The region looked up last (racy on purpose: immutable, and any thread's is right for its region). */
    private Seen lastSeen;

    private record Seen(String region, int countryCode, Optional<RegionTypes> types) {
    }

    NumberTypes(PhoneNumberUtil util) {
        this.util = util;
    }

    /**
     * @param region         {@code util.getRegionCodeForNumber(number)}
     * @param nationalDigits {@code util.getNationalSignificantNumber(number)}
     */
    PhoneNumberType typeOf(PhoneNumber number, String region, String nationalDigits) {
        if (region == null) {
            return PhoneNumberType.UNKNOWN;
        }
        Seen seen = lastSeen; // a file's numbers are nearly all of one country: no map look-up for them
        Optional<RegionTypes> types;
        if (seen != null && seen.countryCode == number.getCountryCode() && seen.region.equals(region)) {
            types = seen.types;
        } else {
            String key = PhoneNumberUtil.REGION_CODE_FOR_NON_GEO_ENTITY.equals(region)
                    ? region + number.getCountryCode() : region;
            types = byRegion.get(key); // a look-up first: the capturing function allocates
            if (types == null) {
                types = byRegion.computeIfAbsent(key, k -> compile(number.getCountryCode(), region));
            }
            lastSeen = new Seen(region, number.getCountryCode(), types);
        }
        return types.isPresent() ? types.get().typeOf(nationalDigits) : util.getNumberType(number);
    }

    private Optional<RegionTypes> compile(int countryCode, String region) {
        PhoneMetadata metadata = PhoneNumberUtil.REGION_CODE_FOR_NON_GEO_ENTITY.equals(region)
                ? metadataSource.getMetadataForNonGeographicalRegion(countryCode)
                : metadataSource.getMetadataForRegion(region);
        if (metadata == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new RegionTypes(metadata));
        } catch (IllegalArgumentException e) {
            LOG.debug("Number patterns of {} kept as regular expressions: {}", region, e.getMessage());
            return Optional.empty();
        }
    }

    /** One description: possible lengths and the compiled pattern (null when the pattern is empty). */
    private static final class Desc {
        final boolean[] lengths; // null: any length
        final DigitAutomaton pattern;

        Desc(PhoneNumberDesc desc) {
            List<Integer> possible = desc.getPossibleLengthList();
            if (possible.isEmpty()) {
                lengths = null;
            } else {
                lengths = new boolean[32];
                for (int length : possible) {
                    if (length >= 0 && length < 32) {
                        lengths[length] = true;
                    }
                }
            }
            String regex = desc.getNationalNumberPattern();
            pattern = regex.isEmpty() ? null : DigitAutomaton.compile(regex);
        }

        /** libphonenumber's isNumberMatchingDesc. */
        boolean matches(String digits) {
            int length = digits.length();
            if (lengths != null && (length >= lengths.length || !lengths[length])) {
                return false;
            }
            return pattern != null && pattern.matches(digits);
        }
    }

    private static final class RegionTypes {
        final Desc general;
        final Desc premiumRate;
        final Desc tollFree;
        final Desc sharedCost;
        final Desc voip;
        final Desc personalNumber;
        final Desc pager;
        final Desc uan;
        final Desc voicemail;
        final Desc fixedLine;
        final Desc mobile;
        final boolean sameMobileAndFixedLine;

        RegionTypes(PhoneMetadata metadata) {
            general = new Desc(metadata.getGeneralDesc());
            premiumRate = new Desc(metadata.getPremiumRate());
            tollFree = new Desc(metadata.getTollFree());
            sharedCost = new Desc(metadata.getSharedCost());
            voip = new Desc(metadata.getVoip());
            personalNumber = new Desc(metadata.getPersonalNumber());
            pager = new Desc(metadata.getPager());
            uan = new Desc(metadata.getUan());
            voicemail = new Desc(metadata.getVoicemail());
            fixedLine = new Desc(metadata.getFixedLine());
            mobile = new Desc(metadata.getMobile());
            sameMobileAndFixedLine = metadata.getSameMobileAndFixedLinePattern();
        }

        /** libphonenumber's getNumberTypeHelper. */
        PhoneNumberType typeOf(String digits) {
            if (!general.matches(digits)) {
                return PhoneNumberType.UNKNOWN;
            }
            if (premiumRate.matches(digits)) {
                return PhoneNumberType.PREMIUM_RATE;
            }
            if (tollFree.matches(digits)) {
                return PhoneNumberType.TOLL_FREE;
            }
            if (sharedCost.matches(digits)) {
                return PhoneNumberType.SHARED_COST;
            }
            if (voip.matches(digits)) {
                return PhoneNumberType.VOIP;
            }
            if (personalNumber.matches(digits)) {
                return PhoneNumberType.PERSONAL_NUMBER;
            }
            if (pager.matches(digits)) {
                return PhoneNumberType.PAGER;
            }
            if (uan.matches(digits)) {
                return PhoneNumberType.UAN;
            }
            if (voicemail.matches(digits)) {
                return PhoneNumberType.VOICEMAIL;
            }
            if (fixedLine.matches(digits)) {
                if (sameMobileAndFixedLine || mobile.matches(digits)) {
                    return PhoneNumberType.FIXED_LINE_OR_MOBILE;
                }
                return PhoneNumberType.FIXED_LINE;
            }
            if (!sameMobileAndFixedLine && mobile.matches(digits)) {
                return PhoneNumberType.MOBILE;
            }
            return PhoneNumberType.UNKNOWN;
        }
    }
}
