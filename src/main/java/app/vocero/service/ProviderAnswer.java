package app.vocero.service;

import app.vocero.config.Messages;
import app.vocero.domain.campaign.ProviderId;
import app.vocero.domain.campaign.Submission;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a provider answered to one journaled request, as a sentence in the user's language rather than the raw
 * fields: Saem's {@code sends}/{@code summary} become "Saem: 7 Claro, 3 Tigo, 1 invalid; 11 records, 22 credits,
 * ~330 s", the ids the others return become "campaign 1201", "tracking 5f3…", "ticket 44…". A refusal is its code and
 * message.
 */
public final class ProviderAnswer {

    /** Id fields every provider may return, in the order they are told, with the key of their label. */
    private static final Map<String, String> IDS = new java.util.LinkedHashMap<>();

    static {
        IDS.put("campaignId", "history.answer.campaign");
        IDS.put("campaign_id", "history.answer.campaign");
        IDS.put("trackingId", "history.answer.tracking");
        IDS.put("ticket_number", "history.answer.ticket");
        IDS.put("listId", "history.answer.list");
        IDS.put("timeGroupId", "history.answer.timeGroup");
        IDS.put("batchId", "history.answer.batch");
        IDS.put("broadcastId", "history.answer.broadcast");
        IDS.put("audioId", "history.answer.audio");
        IDS.put("cost", "history.answer.cost");
        IDS.put("total_cost", "history.answer.cost");
    }

    private ProviderAnswer() {
    }

    public static String describe(ProviderId provider, Submission submission, Messages messages) {
        if (submission.errorMessage() != null || submission.errorCode() != null) {
            String message = submission.errorMessage() == null ? "" : submission.errorMessage().replace('\n', ' ');
            return submission.errorCode() == null ? message : submission.errorCode() + ": " + message;
        }
        return describe(provider, submission.providerIds(), messages);
    }

    public static String describe(ProviderId provider, Map<String, Object> ids, Messages messages) {
        NumberFormat number = NumberFormat.getNumberInstance(messages.locale());
        List<String> parts = new ArrayList<>();
        if (ids.get("sends") instanceof Map<?, ?> sends && !sends.isEmpty()) {
            List<String> operators = new ArrayList<>();
            sends.forEach((operator, calls) -> operators.add(messages.format("history.answer.operator",
                    count(calls, number), operatorName(String.valueOf(operator), messages))));
            parts.add(String.join(", ", operators));
        }
        if (ids.get("summary") instanceof Map<?, ?> summary && !summary.isEmpty()) {
            List<String> totals = new ArrayList<>();
            if (summary.get("total_records") != null) {
                totals.add(messages.format("history.answer.records", count(summary.get("total_records"), number)));
            }
            if (summary.get("total_credits") != null) {
                totals.add(messages.format("history.answer.credits", count(summary.get("total_credits"), number)));
            }
            if (summary.get("seconds_aprox") != null) {
                totals.add(messages.format("history.answer.seconds", count(summary.get("seconds_aprox"), number)));
            }
            if (!totals.isEmpty()) {
                parts.add(String.join(", ", totals));
            }
        }
        List<String> named = new ArrayList<>();
        IDS.forEach((field, key) -> {
            Object value = ids.get(field);
            if (value != null && !(value instanceof Map) && !String.valueOf(value).isBlank()) {
                String text = value instanceof List<?> list ? String.join(", ", list.stream().map(String::valueOf).toList())
                        : String.valueOf(value);
                named.add(messages.format(key, text));
            }
        });
        if (!named.isEmpty()) {
            parts.add(String.join(", ", named));
        }
        if (parts.isEmpty()) {
            return "";
        }
        return provider.displayName() + ": " + String.join("; ", parts);
    }

    private static final java.util.regex.Pattern DURATION = java.util.regex.Pattern.compile("duration (\\S+) s");
    private static final java.util.regex.Pattern PRICE = java.util.regex.Pattern.compile("price (.+)");
    private static final java.util.regex.Pattern CALLS = java.util.regex.Pattern.compile("call_count (\\d+)");
    private static final java.util.regex.Pattern RETRIES = java.util.regex.Pattern.compile("retry_count (\\d+)");

    /**
     * A tracked call's detail as the provider clients store it ({@code duration 35 s, price 0.02},
     * {@code call_count 2, retry_count 1}, {@code pending}) in the user's language; parts it does not know stay as
     * they are.
     */
    public static String detail(String stored, Messages messages) {
        if (stored == null || stored.isBlank()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (String part : stored.split(", ")) {
            String text = part.trim();
            java.util.regex.Matcher match;
            if ((match = DURATION.matcher(text)).matches()) {
                parts.add(messages.format("history.detail.duration", match.group(1)));
            } else if ((match = PRICE.matcher(text)).matches()) {
                parts.add(messages.format("history.detail.price", match.group(1)));
            } else if ((match = CALLS.matcher(text)).matches()) {
                parts.add(messages.format("history.detail.calls", Integer.parseInt(match.group(1))));
            } else if ((match = RETRIES.matcher(text)).matches()) {
                parts.add(messages.format("history.detail.retries", Integer.parseInt(match.group(1))));
            } else if ("pending".equals(text)) {
                parts.add(messages.text("history.detail.pending"));
            } else {
                parts.add(text);
            }
        }
        return String.join(", ", parts);
    }

    private static String count(Object value, NumberFormat number) {
        if (value instanceof Number n) {
            return number.format(n);
        }
        try {
            return number.format(new java.math.BigDecimal(String.valueOf(value).trim()));
        } catch (NumberFormatException e) {
            return String.valueOf(value);
        }
    }

    /** {@code CLARO} → Claro, {@code null} (Saem's invalid numbers) → invalid. */
    static String operatorName(String operator, Messages messages) {
        String name = operator.trim();
        if (name.isEmpty() || "null".equalsIgnoreCase(name)) {
            return messages.text("history.answer.invalid");
        }
        StringBuilder words = new StringBuilder();
        for (String word : name.toLowerCase(Locale.ROOT).split("[ _]+")) {
            if (!word.isEmpty()) {
                words.append(words.length() == 0 ? "" : " ").append(Character.toUpperCase(word.charAt(0)))
                        .append(word.substring(1));
            }
        }
        return words.toString();
    }
}
