package cn.minzheng;

import com.sun.jna.ptr.PointerByReference;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

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
     * Everything a form shows about one identifier: the kind it was read as and every kind it
     * could be, valid or not, the refusal with its stable code and its reason in each language
     * (naming the position and the expected value), the decoded facts (birth date, age, sex,
     * division name), warnings that never refuse and notes. The number appears masked.
     *
     * @param text the number as typed (full-width digits and a lower-case x are read, with a note)
     * @param today the day a birth date must not be after
     * @return the JSON of the core's {@code IdReport}
     */
    public static String idCheck(String text, LocalDate today) {
        PointerByReference out = new PointerByReference();
        return string(NativeLib.API.minzheng_id_check_json(text, Dates.ymd(today), out), out);
    }

    /**
     * A GB/T 2260 division code in the lists of 1980–2020: its name with province and
     * prefecture, every name it carried, the years in use and the successor the names show.
     *
     * @param code the six-digit code
     * @return the JSON of the core's {@code Division}, or {@code "null"} when the code is in no list
     */
    public static String divisionLookup(String code) {
        PointerByReference out = new PointerByReference();
        return string(NativeLib.API.minzheng_division_lookup_json(code, out), out);
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

    /** The programmes with public-notice rows. */
    public enum Programme {
        /** 最低生活保障. */
        DIBAO,
        /** 特困人员救助供养. */
        TEKUN
    }

    /**
     * The stable name of an error number in the registry (ERRORS.md).
     *
     * @param code an error number
     * @return its name, e.g. {@code calendar.year_not_covered}; {@code unknown} for a number not
     *     in the registry
     */
    public static String resultName(int code) {
        return NativeLib.API.minzheng_result_name(code);
    }

    /**
     * The registry's general meaning of an error number in Chinese (without the details of a
     * particular error).
     *
     * @param code an error number
     * @return the meaning; empty for 0 and for a number not in the registry
     */
    public static String resultMeaningZh(int code) {
        long n = NativeLib.API.minzheng_result_meaning_zh(code, null, 0);
        byte[] buf = new byte[(int) n + 1];
        NativeLib.API.minzheng_result_meaning_zh(code, buf, buf.length);
        return new String(buf, 0, (int) n, StandardCharsets.UTF_8);
    }

    /**
     * The registry's general meaning of an error number in English.
     *
     * @param code an error number
     * @return the meaning; empty for 0 and for a number not in the registry
     */
    public static String resultMeaningEn(int code) {
        long n = NativeLib.API.minzheng_result_meaning_en(code, null, 0);
        byte[] buf = new byte[(int) n + 1];
        NativeLib.API.minzheng_result_meaning_en(code, buf, buf.length);
        return new String(buf, 0, (int) n, StandardCharsets.UTF_8);
    }

    /**
     * The public-notice rows (公示; a whitelist of fields: name, household size, amount,
     * village) of a programme for many households, evaluated on a day. Only eligible decisions
     * are listed.
     *
     * @param profile the profile
     * @param householdsJson the households, each a JSON string
     * @param day the day of the decisions
     * @param programme the programme
     * @return the JSON array of rows
     */
    public static String publicNoticeRows(Profile profile, List<String> householdsJson, LocalDate day,
            Programme programme) {
        PointerByReference out = new PointerByReference();
        String[] hhs = householdsJson.toArray(new String[0]);
        return string(NativeLib.API.minzheng_public_notice_rows_json(profile.handle(), hhs, hhs.length,
                Dates.ymd(day), programme.ordinal() + 1, out), out);
    }

    /**
     * Cross-checks one household against the records other departments returned about its
     * members (家庭经济状况核对), with the profile version in force on a day.
     *
     * @param profile the profile
     * @param inputJson {@code {"household": ..., "records": [...], "min_adjustment_fen": 0}}
     * @param day the day of the re-check
     * @return {@code {"primary": ..., "recheck": ..., "summary": ..., "not_used": [...]}}: the
     *     changes with their reasons and citations, and every record not used (identity numbers
     *     masked)
     */
    public static String crosscheck(Profile profile, String inputJson, LocalDate day) {
        PointerByReference out = new PointerByReference();
        return string(NativeLib.API.minzheng_crosscheck_json(profile.handle(), inputJson, Dates.ymd(day), out),
                out);
    }

    /**
     * Imports a published power-list table (权责清单) given as CSV bytes, UTF-8 or GB18030 (as
     * Chinese Excel saves CSV), detected.
     *
     * @param csv the file's bytes
     * @param authority the authority the list belongs to
     * @return {@code {"list": ..., "report": ..., "encoding": "UTF-8" | "GB18030"}}
     */
    public static String importPowerListCsv(byte[] csv, String authority) {
        PointerByReference out = new PointerByReference();
        return string(NativeLib.API.minzheng_power_import_csv_json(csv, csv.length, authority, out), out);
    }

    /**
     * Imports a published disclosure catalogue (政务公开标准目录) given as CSV bytes, UTF-8 or
     * GB18030, detected.
     *
     * @param cal the calendar (time limits are read against it)
     * @param catalogue the catalogue of periods, or null for the national one
     * @param csv the file's bytes
     * @param office the publishing office
     * @return {@code {"catalogue": ..., "report": ..., "encoding": "UTF-8" | "GB18030"}}
     */
    public static String importDisclosureCatalogueCsv(Calendar cal, Catalogue catalogue, byte[] csv,
            String office) {
        PointerByReference out = new PointerByReference();
        return string(NativeLib.API.minzheng_disclosure_import_csv_json(cal.handle(),
                Catalogue.handleOrNull(catalogue), csv, csv.length, office, out), out);
    }

    /**
     * Replays the service-window cases of an event log and lists the open ones for supervision.
     *
     * @param cal the calendar
     * @param listJson the power list whose service items are served at the window
     * @param eventsJsonl the cases' events (JSON Lines)
     * @param today the day of supervision
     * @param warnAt workdays left at or below which a case is flagged
     * @return {@code {"cases": [...], "supervision": [...]}}
     */
    public static String windowSupervise(Calendar cal, String listJson, String eventsJsonl, LocalDate today,
            int warnAt) {
        PointerByReference out = new PointerByReference();
        return string(NativeLib.API.minzheng_window_supervise_json(cal.handle(), listJson, eventsJsonl,
                Dates.ymd(today), warnAt, out), out);
    }

    /**
     * The formal notice for the single window case of an event log, from the standard templates.
     *
     * @param cal the calendar
     * @param listJson the power list
     * @param eventsJsonl the case's events (JSON Lines)
     * @param kind {@code acceptance}, {@code non_acceptance}, {@code correction}, {@code grant},
     *     {@code denial} or {@code service_receipt}
     * @param office the issuing office
     * @param day the day of issue
     * @return the notice's JSON
     */
    public static String windowNotice(Calendar cal, String listJson, String eventsJsonl, String kind,
            String office, LocalDate day) {
        PointerByReference out = new PointerByReference();
        return string(NativeLib.API.minzheng_window_notice_json(cal.handle(), listJson, eventsJsonl, kind, office,
                Dates.ymd(day), out), out);
    }

    /** The level county figures are given at ({@code MinzhengLevel}). */
    public enum Level {
        /** 县: the division codes as given. */
        COUNTY,
        /** 市: rolled up to the first four digits. */
        CITY,
        /** 省: rolled up to the first two digits. */
        PROVINCE
    }

    private static String[] array(List<String> logs) {
        return logs.toArray(new String[0]);
    }

    /**
     * Replays the social-assistance cases of an event log (低保, 特困, 事实无人抚养儿童, 临时救助,
     * ...) and reports each on {@code today}: state, every time limit with its rule, the pending
     * ones with their status, and the explanation.
     *
     * @param cal the calendar
     * @param catalogue the period catalogue (a jurisdiction's shorter limits), or null for the
     *     national one
     * @param eventsJsonl the cases' events (JSON Lines)
     * @param today the day reported on
     * @param warnAt workdays left at or below which a limit is a warning
     * @return {@code {"today", "cases": [{"case", "timings", "pending", "explanation"}]}}
     */
    public static String assistanceReplay(Calendar cal, Catalogue catalogue, String eventsJsonl, LocalDate today,
            int warnAt) {
        PointerByReference out = new PointerByReference();
        return string(NativeLib.API.minzheng_assistance_replay_json(cal.handle(), Catalogue.handleOrNull(catalogue),
                eventsJsonl, Dates.ymd(today), warnAt, out), out);
    }

    /**
     * The bureau's supervision screen over case logs: every open case by urgency, and the
     * timeliness of each township and step.
     *
     * @param cal the calendar
     * @param catalogue the period catalogue, or null for the national one
     * @param logs the case logs (JSON Lines each)
     * @param today the day of supervision
     * @param warnAt workdays left at or below which a case is a warning
     * @return {@code {"today", "rows": [...], "timeliness": [...]}}
     */
    public static String assistanceSupervise(Calendar cal, Catalogue catalogue, List<String> logs,
            LocalDate today, int warnAt) {
        PointerByReference out = new PointerByReference();
        String[] a = array(logs);
        return string(NativeLib.API.minzheng_assistance_supervise_json(cal.handle(),
                Catalogue.handleOrNull(catalogue), a, a.length, Dates.ymd(today), warnAt, out), out);
    }

    /**
     * A filled social-assistance notice for one case of an event log.
     *
     * @param cal the calendar
     * @param catalogue the period catalogue, or null for the national one
     * @param eventsJsonl the events (JSON Lines)
     * @param caseId the case
     * @param kind {@code acceptance}, {@code correction}, {@code non_acceptance}, {@code approval},
     *     {@code refusal}, {@code reduction}, {@code stop} or {@code termination}
     * @param office the issuing office
     * @param reconsiderationBody the body that hears an application for administrative
     *     reconsideration (the people's government at the office's level)
     * @param day the notice's date
     * @param templatesJson the bureau's templates, or null for the standard ones
     * @param format {@link ReportFormat#JSON}, {@link ReportFormat#MARKDOWN} or
     *     {@link ReportFormat#HTML}
     * @return the notice
     */
    public static String assistanceNotice(Calendar cal, Catalogue catalogue, String eventsJsonl, String caseId,
            String kind, String office, String reconsiderationBody, LocalDate day, String templatesJson,
            ReportFormat format) {
        PointerByReference out = new PointerByReference();
        return string(NativeLib.API.minzheng_assistance_notice(cal.handle(), Catalogue.handleOrNull(catalogue),
                eventsJsonl, caseId, kind, office, reconsiderationBody, Dates.ymd(day), templatesJson,
                format.ordinal() + 1, out), out);
    }

    /**
     * The 公示 rows (name, household size, amount, village) of the cases paid for a month.
     *
     * @param cal the calendar
     * @param catalogue the period catalogue, or null for the national one
     * @param logs the case logs
     * @param month any day of the month
     * @return a JSON array of rows
     */
    public static String assistancePublicRows(Calendar cal, Catalogue catalogue, List<String> logs,
            LocalDate month) {
        PointerByReference out = new PointerByReference();
        String[] a = array(logs);
        return string(NativeLib.API.minzheng_assistance_public_rows_json(cal.handle(),
                Catalogue.handleOrNull(catalogue), a, a.length, Dates.ymd(month), out), out);
    }

    /**
     * The register of cases with a close relative of staff (单独登记备案).
     *
     * @param cal the calendar
     * @param catalogue the period catalogue, or null for the national one
     * @param logs the case logs
     * @param format {@link ReportFormat#JSON} or {@link ReportFormat#CSV}
     * @return the register
     */
    public static String assistanceRelativesRegister(Calendar cal, Catalogue catalogue, List<String> logs,
            ReportFormat format) {
        PointerByReference out = new PointerByReference();
        String[] a = array(logs);
        return string(NativeLib.API.minzheng_assistance_relatives_register(cal.handle(),
                Catalogue.handleOrNull(catalogue), a, a.length, format.ordinal() + 1, out), out);
    }

    /**
     * The register of refusals with their written-notice dates, on a day.
     *
     * @param cal the calendar
     * @param catalogue the period catalogue, or null for the national one
     * @param logs the case logs
     * @param today the day
     * @param format {@link ReportFormat#JSON} or {@link ReportFormat#CSV}
     * @return the register
     */
    public static String assistanceRefusalRegister(Calendar cal, Catalogue catalogue, List<String> logs,
            LocalDate today, ReportFormat format) {
        PointerByReference out = new PointerByReference();
        String[] a = array(logs);
        return string(NativeLib.API.minzheng_assistance_refusal_register(cal.handle(),
                Catalogue.handleOrNull(catalogue), a, a.length, Dates.ymd(today), format.ordinal() + 1, out), out);
    }

    /**
     * County figures: households, persons and amounts per division, month and programme, from
     * case logs and a batch of recipient records, merged and rolled up.
     *
     * @param cal the calendar
     * @param catalogue the period catalogue, or null for the national one
     * @param logs the case logs (may be empty)
     * @param month any day of the month counted from the logs, or null when there are none
     * @param recipientsJsonl recipient records (JSON Lines), or null
     * @param level the level of the figures
     * @param format {@link ReportFormat#JSON}, {@link ReportFormat#CSV} or {@link ReportFormat#HTML}
     * @param title the HTML page's title, or null for the standard one
     * @return the figures
     */
    public static String assistanceFigures(Calendar cal, Catalogue catalogue, List<String> logs, LocalDate month,
            String recipientsJsonl, Level level, ReportFormat format, String title) {
        PointerByReference out = new PointerByReference();
        String[] a = array(logs);
        return string(NativeLib.API.minzheng_assistance_figures(cal.handle(), Catalogue.handleOrNull(catalogue),
                a, a.length, month == null ? 0 : Dates.ymd(month), recipientsJsonl, level.ordinal() + 1,
                format.ordinal() + 1, title, out), out);
    }

    /** @return the code a panic inside the library comes back as (a self-test) */
    public static int selftestPanic() {
        return NativeLib.API.minzheng_selftest_panic();
    }
}
