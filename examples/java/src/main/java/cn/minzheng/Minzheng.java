package cn.minzheng;

import com.sun.jna.ptr.PointerByReference;

import java.time.LocalDate;

/**
 * The library's version, and the rich domains as JSON in, JSON out (the same JSON as the
 * Rust core's serde models): power lists, disclosure requests, the annual report,
 * eligibility.
 */
public final class Minzheng {
    private Minzheng() {}

    /** The text forms of the annual report. */
    public enum ReportFormat {
        /** The core's JSON model. */
        JSON,
        /** The standard tables as CSV. */
        CSV,
        /** Markdown. */
        MARKDOWN,
        /** HTML. */
        HTML
    }

    /** @return the native library's version, e.g. {@code 0.1.0} */
    public static String version() {
        return NativeLib.API.minzheng_version().getString(0, "UTF-8");
    }

    private static String string(int code, PointerByReference out) {
        NativeLib.check(code);
        return NativeLib.take(out);
    }

    /**
     * Checks a power list against every rule in one pass.
     *
     * @param listJson the list's JSON
     * @return the report's JSON (every finding)
     */
    public static String powerCheck(String listJson) {
        PointerByReference out = new PointerByReference();
        return string(NativeLib.API.minzheng_power_check_json(listJson, out), out);
    }

    /**
     * @param listJson the list's JSON
     * @return the statistics' JSON
     */
    public static String powerStats(String listJson) {
        PointerByReference out = new PointerByReference();
        return string(NativeLib.API.minzheng_power_stats_json(listJson, out), out);
    }

    /**
     * @param listJson the list's JSON
     * @param itemCode the item's code
     * @return the item's flowchart as SVG
     */
    public static String flowchartSvg(String listJson, String itemCode) {
        PointerByReference out = new PointerByReference();
        return string(NativeLib.API.minzheng_power_flowchart_svg(listJson, itemCode, out), out);
    }

    /**
     * Replays one disclosure request from its JSON Lines event log.
     *
     * @param cal the calendar
     * @param eventsJsonl the events
     * @param today the day to report on
     * @return the case report's JSON (state, due date, status, explanation, notes)
     */
    public static String disclosureReplay(Calendar cal, String eventsJsonl, LocalDate today) {
        PointerByReference out = new PointerByReference();
        return string(NativeLib.API.minzheng_disclosure_replay_json(cal.handle(), eventsJsonl, Dates.ymd(today),
                out), out);
    }

    /**
     * The annual report on government information disclosure.
     *
     * @param cal the calendar
     * @param year the year
     * @param eventsJsonl every case's events
     * @param inputJson the report input (office, narrative sections)
     * @param format the text form
     * @return the report
     */
    public static String annualReport(Calendar cal, int year, String eventsJsonl, String inputJson,
            ReportFormat format) {
        PointerByReference out = new PointerByReference();
        return string(NativeLib.API.minzheng_annual_report(cal.handle(), year, eventsJsonl, inputJson,
                format.ordinal() + 1, out), out);
    }

    /**
     * @param householdJson a household
     * @return {@code {"valid": ..., "problems": [...]}} with every problem at once
     */
    public static String validateHousehold(String householdJson) {
        PointerByReference out = new PointerByReference();
        return string(NativeLib.API.minzheng_household_validate_json(householdJson, out), out);
    }

    /**
     * Evaluates a household against the profile version in force on a day.
     *
     * @param profile the profile
     * @param householdJson the household
     * @param day the day of the decision
     * @return the evaluation's JSON (every decision, finding and missing fact)
     */
    public static String evaluate(Profile profile, String householdJson, LocalDate day) {
        PointerByReference out = new PointerByReference();
        return string(NativeLib.API.minzheng_evaluate_json(profile.handle(), householdJson, Dates.ymd(day), out),
                out);
    }

    /** @return the code a panic inside the library comes back as (a self-test) */
    public static int selftestPanic() {
        return NativeLib.API.minzheng_selftest_panic();
    }
}
