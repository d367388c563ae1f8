package cn.minzheng;

import com.sun.jna.ptr.PointerByReference;

import java.time.LocalDate;

/**
 * The yearly re-check (在保必核) split over an engine that reads, joins and groups the data
 * itself (Spark): the matching keys of household rows and record lines, records placed against
 * a set of keys, households re-checked into the result lines {@code minzheng crosscheck}
 * writes, and summaries added up. Each call takes a batch of lines (one native call costs far
 * more than one line); every format is the core's. See {@code bindings-c/include/minzheng.h}
 * for the exact line forms.
 */
public final class CrosscheckRun {
    private CrosscheckRun() {}

    private static String string(int code, PointerByReference out) {
        NativeLib.check(code);
        return NativeLib.take(out);
    }

    /**
     * The grouping value and member keys of household lines: one output line per input line,
     * {@code GROUP\tK1,K2,...}.
     *
     * @param header the CSV header line, or null (JSON Lines households)
     * @param lines the lines, separated by {@code \n}
     * @return one line per input line, each ending in {@code \n}
     */
    public static String householdKeys(String header, String lines) {
        PointerByReference out = new PointerByReference();
        return string(NativeLib.API.minzheng_crosscheck_keys(1, header, lines, out), out);
    }

    /**
     * The matching key of record lines: one output line per input line, the key in decimal, or
     * empty when the record cannot be read or its identity number is invalid.
     *
     * @param header the CSV header line, or null (JSON Lines records)
     * @param lines the lines, separated by {@code \n}
     * @return one line per input line, each ending in {@code \n}
     */
    public static String recordKeys(String header, String lines) {
        PointerByReference out = new PointerByReference();
        return string(NativeLib.API.minzheng_crosscheck_keys(2, header, lines, out), out);
    }

    /**
     * Places record lines against the recipients' keys as the CLI does.
     *
     * @param requestJson {@code {"datasets": [{"name", "header"}], "keys": [...]}}
     * @param lines {@code DATASET\tLINE\tTEXT} lines
     * @return the summary JSON line, then {@code M\t...} lines (kept) and {@code R\t...} lines
     *     (the report of records not used)
     */
    public static String place(String requestJson, String lines) {
        PointerByReference out = new PointerByReference();
        return string(NativeLib.API.minzheng_crosscheck_place(requestJson, lines, out), out);
    }

    /**
     * Re-checks households with their kept records into the CLI's result lines.
     *
     * @param profile the profile
     * @param day the re-check date
     * @param requestJson {@code {"households_header", "min_adjustment_fen", "all"}}
     * @param input households separated by a line {@code =}: {@code H\tROW} lines, then
     *     {@code M\t...} lines
     * @return the summary JSON line, then the result lines
     */
    public static String recheckLines(Profile profile, LocalDate day, String requestJson, String input) {
        PointerByReference out = new PointerByReference();
        return string(NativeLib.API.minzheng_crosscheck_recheck_lines(profile.handle(), Dates.ymd(day),
                requestJson, input, out), out);
    }

    /**
     * Adds up summaries (any order gives the same total).
     *
     * @param summaries summary JSON objects, one per line
     * @return the total, as JSON
     */
    public static String mergeSummaries(String summaries) {
        PointerByReference out = new PointerByReference();
        return string(NativeLib.API.minzheng_crosscheck_summary_merge(summaries, out), out);
    }

    /**
     * The first line of a result file, as the CLI writes it.
     *
     * @param profile the profile
     * @param day the re-check date
     * @param datasetsJson the JSON array of the record files' names, in their numbering order
     * @return the line, without {@code \n}
     */
    public static String resultHeader(Profile profile, LocalDate day, String datasetsJson) {
        PointerByReference out = new PointerByReference();
        return string(NativeLib.API.minzheng_crosscheck_result_header(profile.handle(), Dates.ymd(day),
                datasetsJson, out), out);
    }
}
