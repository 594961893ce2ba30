package app.vocero.cli;

import app.vocero.config.Messages;
import app.vocero.domain.campaign.Estimate;
import app.vocero.domain.campaign.PriceTable;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Numbers, money, dates and the estimate as the command line prints them: in the chosen language's format. */
final class CliFormats {

    private static final Pattern PER_CALL = Pattern.compile("(\\S+) (.+) per call");
    private static final Pattern PER_MINUTE = Pattern.compile("(\\S+) (.+) per started minute, (\\d+) min per call");

    private CliFormats() {
    }

    /** Day, month, four-digit year and time, in this computer's time zone ("6 dic 2026, 10:42"). */
    static DateTimeFormatter dateTime(Messages messages) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale(messages)).withZone(ZoneId.systemDefault());
    }

    static String count(long value, Messages messages) {
        return NumberFormat.getIntegerInstance(locale(messages)).format(value);
    }

    /** An amount of money or credits with its currency: "119.280.000,00 COP". */
    static String money(BigDecimal amount, String currency, Messages messages) {
        NumberFormat format = NumberFormat.getNumberInstance(locale(messages));
        format.setMinimumFractionDigits(Math.max(0, Math.min(amount.scale(), 4)));
        format.setMaximumFractionDigits(Math.max(0, Math.min(amount.scale(), 4)));
        return format.format(amount) + (currency == null ? "" : " " + currency);
    }

    static String price(BigDecimal amount, String currency, PriceTable.Unit unit, Messages messages) {
        return messages.format(unit == PriceTable.Unit.PER_CALL ? "cli.prices.perCall" : "cli.prices.perMinute",
                money(amount, currency, messages));
    }

    /** "Estimate: 3 contacts, 1 provider campaign, 3 calls, 1 request, ~4.2 s per call, ~1,500.00 COP (…)". */
    static String estimate(Estimate estimate, Messages messages) {
        NumberFormat decimal = NumberFormat.getNumberInstance(locale(messages));
        decimal.setMaximumFractionDigits(1);
        StringBuilder out = new StringBuilder(estimate.requestsCounted()
                ? messages.format("cli.estimate", estimate.records(), estimate.providerCampaigns(), estimate.calls(),
                        estimate.requests())
                : messages.format("cli.estimate.uncounted", estimate.records(), estimate.providerCampaigns(),
                        estimate.calls()));
        if (estimate.secondsPerCall() != null) {
            out.append(", ").append(messages.format("cli.estimate.perCall", decimal.format(estimate.secondsPerCall())));
        }
        if (estimate.cost() != null) {
            out.append(", ~").append(money(estimate.cost(), estimate.currency(), messages));
        }
        return out.append(" (").append(basis(estimate.basis(), messages)).append(')').toString();
    }

    /** The estimate's basis (the estimator writes it in English, for --json) in the chosen language. */
    static String basis(String basis, Messages messages) {
        if (basis == null || basis.equals("no price table for this account")) {
            return messages.text("cli.estimate.noPrices");
        }
        if (basis.equals("per-minute price but the audio length is unknown")) {
            return messages.text("cli.estimate.noLength");
        }
        Matcher minute = PER_MINUTE.matcher(basis);
        if (minute.matches()) {
            return messages.format("cli.estimate.basisPerMinute", money(new BigDecimal(minute.group(1)), minute.group(2),
                    messages), Integer.parseInt(minute.group(3)));
        }
        Matcher call = PER_CALL.matcher(basis);
        if (call.matches()) {
            return messages.format("cli.prices.perCall", money(new BigDecimal(call.group(1)), call.group(2), messages));
        }
        return basis;
    }

    private static java.util.Locale locale(Messages messages) {
        return messages.locale().getLanguage().isEmpty() ? java.util.Locale.ENGLISH : messages.locale();
    }
}
