package app.vocero.provider.smartflo;

import app.vocero.domain.campaign.Schedule;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The draft's calling windows as ONE broadcast: {@code start_date_time}…{@code end_date_time} plus a time group
 * (daily hour ranges on some weekdays). Decision: one broadcast, never one per window (a lead list dialled by two
 * broadcasts is undocumented), and only when that broadcast calls exactly in the draft's windows — every window
 * within one day, the same hour ranges on every window date, and every date between the first and the last whose
 * weekday is in the group is a window date (Mon 9–12 + Mon 14–17, or Mon–Fri 9–12). Otherwise pre-flight gives
 * {@code smartflo.schedules} and asks for one draft per window.
 *
 * @param from  the ranges' starts, sorted ({@code from_time})
 * @param to    the matching ends ({@code to_time})
 * @param days  the weekdays ({@code days}), Monday first
 */
public record SmartfloWindows(LocalDateTime start, LocalDateTime end, List<LocalTime> from, List<LocalTime> to,
                              List<DayOfWeek> days) {

    /** {@code start_date_time}, {@code end_date_time}: "yyyy-mm-dd hh:mm:ss", 24 h, the draft's local time. */
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", Locale.ROOT);
    /** Time group {@code from_time}/{@code to_time}: "HH:MM". */
    public static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    public static Optional<SmartfloWindows> of(List<Schedule> schedules) {
        if (schedules.isEmpty()) {
            return Optional.empty();
        }
        TreeMap<LocalDate, Set<List<LocalTime>>> byDate = new TreeMap<>();
        for (Schedule schedule : schedules) {
            if (!withinOneDay(schedule)) {
                return Optional.empty();
            }
            byDate.computeIfAbsent(schedule.start().toLocalDate(), date -> new java.util.HashSet<>())
                    .add(List.of(schedule.start().toLocalTime(), schedule.end().toLocalTime()));
        }
        Set<List<LocalTime>> ranges = byDate.firstEntry().getValue();
        if (byDate.values().stream().anyMatch(set -> !set.equals(ranges))) {
            return Optional.empty();
        }
        Set<DayOfWeek> days = new TreeSet<>();
        byDate.keySet().forEach(date -> days.add(date.getDayOfWeek()));
        for (LocalDate date = byDate.firstKey(); !date.isAfter(byDate.lastKey()); date = date.plusDays(1)) {
            if (days.contains(date.getDayOfWeek()) != byDate.containsKey(date)) {
                return Optional.empty();
            }
        }
        List<List<LocalTime>> sorted = new ArrayList<>(ranges);
        sorted.sort((a, b) -> a.get(0).compareTo(b.get(0)));
        List<LocalTime> from = new ArrayList<>();
        List<LocalTime> to = new ArrayList<>();
        sorted.forEach(range -> {
            from.add(range.get(0));
            to.add(range.get(1));
        });
        LocalTime latest = to.stream().max(LocalTime::compareTo).orElseThrow();
        return Optional.of(new SmartfloWindows(byDate.firstKey().atTime(from.get(0)), byDate.lastKey().atTime(latest),
                List.copyOf(from), List.copyOf(to), List.copyOf(days)));
    }

    /** Start and end on the same date, start before end. */
    public static boolean withinOneDay(Schedule schedule) {
        return schedule.start() != null && schedule.end() != null && schedule.start().isBefore(schedule.end())
                && schedule.start().toLocalDate().equals(schedule.end().toLocalDate());
    }

    public List<String> fromTimes() {
        return from.stream().map(HOUR::format).toList();
    }

    public List<String> toTimes() {
        return to.stream().map(HOUR::format).toList();
    }

    /** {@code mon}…{@code sun}. */
    public List<String> dayKeys() {
        return days.stream().map(day -> day.name().substring(0, 3).toLowerCase(Locale.ROOT)).toList();
    }
}
