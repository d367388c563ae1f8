package cn.minzheng;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The official working-day calendar (the State Council's holiday notices), with optional
 * newer notices and local overlays. Immutable: one instance may be shared by any number of
 * threads; close it once, when no thread uses it any more.
 *
 * <pre>{@code
 * try (Calendar cal = Calendar.china()) {
 *     LocalDate due = cal.addWorkdays(LocalDate.of(2024, 9, 20), 20); // 2024-10-23
 * }
 * }</pre>
 */
public final class Calendar implements AutoCloseable {
    private Pointer handle;

    private Calendar(Pointer handle) {
        this.handle = handle;
    }

    /** @return the calendar of the embedded notices (2004–2026) */
    public static Calendar china() {
        return withData(null, null);
    }

    /**
     * The embedded calendar plus newer notices and a local overlay.
     *
     * @param noticesJson notices in the format of {@code core/data/cn_holidays.json}, or null
     * @param overlayJson a local overlay of rest days, or null
     * @return a new calendar
     * @throws MinzhengException when the data is invalid (every problem listed)
     */
    public static Calendar withData(String noticesJson, String overlayJson) {
        PointerByReference out = new PointerByReference();
        NativeLib.check(NativeLib.API.minzheng_calendar_new(noticesJson, overlayJson, out));
        return new Calendar(out.getValue());
    }

    Pointer handle() {
        if (handle == null) {
            throw new IllegalStateException("calendar closed");
        }
        return handle;
    }

    /**
     * @param day a date
     * @return its kind
     * @throws MinzhengException {@code year_not_covered} when no notice covers its year
     */
    public DayKind dayKind(LocalDate day) {
        int[] out = new int[1];
        NativeLib.check(NativeLib.API.minzheng_calendar_day_kind(handle(), Dates.ymd(day), out));
        return DayKind.of(out[0]);
    }

    /**
     * @param day a date
     * @return whether it is a working day
     */
    public boolean isWorkday(LocalDate day) {
        byte[] out = new byte[1];
        NativeLib.check(NativeLib.API.minzheng_calendar_is_workday(handle(), Dates.ymd(day), out));
        return out[0] != 0;
    }

    /**
     * @param day a date
     * @return the day itself when a working day, else the first working day after it
     */
    public LocalDate nextWorkday(LocalDate day) {
        int[] out = new int[1];
        NativeLib.check(NativeLib.API.minzheng_calendar_next_workday(handle(), Dates.ymd(day), out));
        return Dates.date(out[0]);
    }

    /**
     * @param day a date
     * @return the day itself when a working day, else the last working day before it
     */
    public LocalDate previousWorkday(LocalDate day) {
        int[] out = new int[1];
        NativeLib.check(NativeLib.API.minzheng_calendar_previous_workday(handle(), Dates.ymd(day), out));
        return Dates.date(out[0]);
    }

    /**
     * The n-th working day after (n &gt; 0) or before (n &lt; 0) a date, the date itself not
     * counted.
     *
     * @param day the date
     * @param n working days
     * @return the resulting date
     */
    public LocalDate addWorkdays(LocalDate day, long n) {
        int[] out = new int[1];
        NativeLib.check(NativeLib.Direct.minzheng_calendar_add_workdays(handle(), Dates.ymd(day), n, out));
        return Dates.date(out[0]);
    }

    /**
     * Adds working days to many dates in one call, as YYYYMMDD integers (the fast form).
     *
     * @param days dates as YYYYMMDD
     * @param ns working days to add to each
     * @return the resulting dates as YYYYMMDD
     * @throws MinzhengException for the first element that fails (its index in the message)
     */
    public int[] addWorkdays(int[] days, long[] ns) {
        if (days.length != ns.length) {
            throw new IllegalArgumentException("days and ns differ in length");
        }
        int[] out = new int[days.length];
        int[] codes = new int[days.length];
        NativeLib.check(NativeLib.Direct.minzheng_calendar_add_workdays_batch(handle(), days, ns, days.length, out,
                codes));
        return out;
    }

    /**
     * @param from the first date (not counted)
     * @param to the last date (counted)
     * @return the working days in (from, to]
     */
    public int workdaysBetween(LocalDate from, LocalDate to) {
        int[] out = new int[1];
        NativeLib.check(NativeLib.API.minzheng_calendar_workdays_between(handle(), Dates.ymd(from), Dates.ymd(to),
                out));
        return out[0];
    }

    /**
     * The holiday blocks of a year's notice, in the notice's order.
     *
     * @param year the year
     * @return the blocks (name, first and last day off, days off, make-up working days)
     * @throws MinzhengException {@code calendar.year_not_covered} when no notice for the year
     *     is loaded
     */
    public List<Holiday> holidays(int year) {
        long[] count = new long[1];
        NativeLib.check(NativeLib.API.minzheng_calendar_holiday_count(handle(), year, count));
        List<Holiday> list = new ArrayList<>();
        if (count[0] == 0) {
            return list;
        }
        Structures.Holiday[] out = (Structures.Holiday[]) new Structures.Holiday().toArray((int) count[0]);
        NativeLib.check(NativeLib.API.minzheng_calendar_holidays(handle(), year, out, out.length, count));
        for (int i = 0; i < (int) count[0]; i++) {
            Structures.Holiday h = out[i];
            list.add(new Holiday(Structures.cString(h.name), Dates.date(h.first_day), Dates.date(h.last_day),
                    h.days_off, h.makeup_days));
        }
        return list;
    }

    /** Frees the native calendar. Idempotent. */
    @Override
    public synchronized void close() {
        if (handle != null) {
            NativeLib.API.minzheng_calendar_free(handle);
            handle = null;
        }
    }
}
