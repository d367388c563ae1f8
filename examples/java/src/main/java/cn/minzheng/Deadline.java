package cn.minzheng;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A statutory deadline: a named period (e.g. {@code disclosure.reply}, 20 working days), a
 * start, suspensions and extensions give a due date that explains itself. Immutable and
 * shareable between threads; close it once.
 */
public final class Deadline implements AutoCloseable {
    /** Time that does not count, both days inclusive. */
    public static final class Suspension {
        final LocalDate from;
        final LocalDate to;
        final String reason;

        /**
         * @param from first day not counted
         * @param to last day not counted
         * @param reason why (shown in the explanation)
         */
        public Suspension(LocalDate from, LocalDate to, String reason) {
            this.from = from;
            this.to = to;
            this.reason = reason;
        }
    }

    /** An extension granted under the period's extension rule. */
    public static final class Extension {
        final int amount;
        final LocalDate granted;
        final String approvedBy;

        /**
         * @param amount units of the extension period (usually working days)
         * @param granted the day it was granted
         * @param approvedBy who approved it
         */
        public Extension(int amount, LocalDate granted, String approvedBy) {
            this.amount = amount;
            this.granted = granted;
            this.approvedBy = approvedBy;
        }
    }

    /** The unit of an ad-hoc period. */
    public enum Unit {
        /** Working days. */
        WORKING_DAYS,
        /** Natural days. */
        NATURAL_DAYS,
        /** Months. */
        MONTHS
    }

    private Pointer handle;

    private Deadline(Pointer handle) {
        this.handle = handle;
    }

    private static Pointer utf8(String s, List<Memory> keep) {
        if (s == null) {
            return null;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        Memory m = new Memory(b.length + 1L);
        m.write(0, b, 0, b.length);
        m.setByte(b.length, (byte) 0);
        keep.add(m);
        return m;
    }

    private static Structures.Suspension[] suspensions(List<Suspension> list, List<Memory> keep) {
        if (list.isEmpty()) {
            return null;
        }
        Structures.Suspension[] arr = (Structures.Suspension[]) new Structures.Suspension().toArray(list.size());
        for (int i = 0; i < list.size(); i++) {
            arr[i].from = Dates.ymd(list.get(i).from);
            arr[i].to = Dates.ymd(list.get(i).to);
            arr[i].reason = utf8(list.get(i).reason, keep);
        }
        return arr;
    }

    /**
     * Computes the deadline of a named period of the national catalogue.
     *
     * @param cal the calendar
     * @param periodId the period's id, e.g. {@code disclosure.reply}
     * @param start the start (not counted)
     * @param suspensions time not counted (may be empty)
     * @param extensions extensions granted (may be empty)
     * @return the deadline
     * @throws MinzhengException {@code unknown_period}, {@code year_not_covered}, extension errors, ...
     */
    public static Deadline of(Calendar cal, String periodId, LocalDate start, List<Suspension> suspensions,
            List<Extension> extensions) {
        return of(cal, null, periodId, start, suspensions, extensions);
    }

    /**
     * Computes the deadline of a named period of a catalogue (the national one with a
     * jurisdiction's overrides, see {@link Catalogue#withOverrides}).
     *
     * @param cal the calendar
     * @param catalogue the catalogue of periods, or null for the national one
     * @param periodId the period's id, e.g. {@code disclosure.reply}
     * @param start the start (not counted)
     * @param suspensions time not counted (may be empty)
     * @param extensions extensions granted (may be empty)
     * @return the deadline
     * @throws MinzhengException {@code unknown_period}, {@code year_not_covered}, extension errors, ...
     */
    public static Deadline of(Calendar cal, Catalogue catalogue, String periodId, LocalDate start,
            List<Suspension> suspensions, List<Extension> extensions) {
        List<Memory> keep = new ArrayList<>();
        Structures.Suspension[] sus = suspensions(suspensions, keep);
        Structures.Extension[] ext = null;
        if (!extensions.isEmpty()) {
            ext = (Structures.Extension[]) new Structures.Extension().toArray(extensions.size());
            for (int i = 0; i < extensions.size(); i++) {
                ext[i].amount = extensions.get(i).amount;
                ext[i].granted = Dates.ymd(extensions.get(i).granted);
                ext[i].approved_by = utf8(extensions.get(i).approvedBy, keep);
            }
        }
        PointerByReference out = new PointerByReference();
        NativeLib.check(NativeLib.API.minzheng_deadline_new(cal.handle(), Catalogue.handleOrNull(catalogue), periodId, Dates.ymd(start),
                sus, suspensions.size(), ext, extensions.size(),
                out));
        keep.clear();
        return new Deadline(out.getValue());
    }

    /**
     * Computes the deadline of a named period without suspensions or extensions.
     *
     * @param cal the calendar
     * @param periodId the period's id
     * @param start the start (not counted)
     * @return the deadline
     */
    public static Deadline of(Calendar cal, String periodId, LocalDate start) {
        return of(cal, periodId, start, Collections.<Suspension>emptyList(), Collections.<Extension>emptyList());
    }

    /**
     * Computes the deadline of an ad-hoc period (not in the catalogue; no extension).
     *
     * @param cal the calendar
     * @param amount the number of units
     * @param unit the unit
     * @param start the start (not counted)
     * @param suspensions time not counted (may be empty)
     * @return the deadline
     */
    public static Deadline ofPeriod(Calendar cal, int amount, Unit unit, LocalDate start,
            List<Suspension> suspensions) {
        List<Memory> keep = new ArrayList<>();
        Structures.Suspension[] sus = suspensions(suspensions, keep);
        PointerByReference out = new PointerByReference();
        NativeLib.check(NativeLib.API.minzheng_deadline_new_period(cal.handle(), amount, unit.ordinal() + 1,
                Dates.ymd(start), sus, suspensions.size(), out));
        keep.clear();
        return new Deadline(out.getValue());
    }

    /**
     * Due dates of a named period for many start dates in one call (YYYYMMDD integers).
     *
     * @param cal the calendar
     * @param periodId the period's id
     * @param starts start dates as YYYYMMDD
     * @return due dates as YYYYMMDD
     * @throws MinzhengException for the first start that fails
     */
    public static int[] dueDates(Calendar cal, String periodId, int[] starts) {
        return dueDates(cal, null, periodId, starts);
    }

    /**
     * Due dates of a named period of a catalogue for many start dates in one call.
     *
     * @param cal the calendar
     * @param catalogue the catalogue of periods, or null for the national one
     * @param periodId the period's id
     * @param starts start dates as YYYYMMDD
     * @return due dates as YYYYMMDD
     * @throws MinzhengException for the first start that fails
     */
    public static int[] dueDates(Calendar cal, Catalogue catalogue, String periodId, int[] starts) {
        int[] dues = new int[starts.length];
        int[] codes = new int[starts.length];
        byte[] id = (periodId + "\0").getBytes(StandardCharsets.UTF_8);
        NativeLib.check(NativeLib.Direct.minzheng_deadline_due_batch(cal.handle(), Catalogue.handleOrNull(catalogue), id, starts, starts.length,
                dues, codes));
        return dues;
    }

    private Pointer handle() {
        if (handle == null) {
            throw new IllegalStateException("deadline closed");
        }
        return handle;
    }

    private int[] dates() {
        int[] out = new int[4];
        NativeLib.check(NativeLib.API.minzheng_deadline_dates(handle(), out));
        return out;
    }

    /** @return the due date: the last day on which the act is on time */
    public LocalDate due() {
        return Dates.date(dates()[1]);
    }

    /** @return the due date before any extension */
    public LocalDate originalDue() {
        return Dates.date(dates()[2]);
    }

    /**
     * Where the deadline stands on a day.
     *
     * @param cal the calendar
     * @param today the day
     * @param answered the day it was answered, or null
     * @param dueSoon workdays left at or below which the status is {@code DUE_SOON} (3 is customary)
     * @return the status
     */
    public Status status(Calendar cal, LocalDate today, LocalDate answered, int dueSoon) {
        int[] out = new int[3];
        NativeLib.check(NativeLib.API.minzheng_deadline_status(handle(), cal.handle(), Dates.ymd(today),
                Dates.ymd(answered), dueSoon, out));
        return new Status(Status.Kind.values()[out[0] - 1], out[1], out[2]);
    }

    /** @return how the due date was reached, one step per line */
    public String explanation() {
        PointerByReference out = new PointerByReference();
        NativeLib.check(NativeLib.API.minzheng_deadline_explanation(handle(), out));
        return NativeLib.take(out);
    }

    /**
     * The explanation in Chinese only.
     *
     * @return how the due date was computed, in Chinese
     */
    public String explanationZh() {
        PointerByReference out = new PointerByReference();
        NativeLib.check(NativeLib.API.minzheng_deadline_explanation_zh(handle(), out));
        return NativeLib.take(out);
    }

    /**
     * The explanation in English only.
     *
     * @return how the due date was computed, in English
     */
    public String explanationEn() {
        PointerByReference out = new PointerByReference();
        NativeLib.check(NativeLib.API.minzheng_deadline_explanation_en(handle(), out));
        return NativeLib.take(out);
    }

    /** @return the whole deadline as the core's JSON */
    public String toJson() {
        PointerByReference out = new PointerByReference();
        NativeLib.check(NativeLib.API.minzheng_deadline_json(handle(), out));
        return NativeLib.take(out);
    }

    /** Frees the native deadline. Idempotent. */
    @Override
    public synchronized void close() {
        if (handle != null) {
            NativeLib.API.minzheng_deadline_free(handle);
            handle = null;
        }
    }
}
