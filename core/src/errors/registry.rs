//! The registry: every code with its number, name and meaning. Numbers are allocated here and
//! nowhere else; see `ERRORS.md`.

use super::Domain;

/// Every error minzheng can report, with its stable number (see `ERRORS.md`).
///
/// The numbers are the ones the C, Java and JavaScript faces expose. They are allocated in ranges
/// per domain ([`Domain::range`]) and are never reused or renumbered once released; a code that
/// is no longer produced stays here, marked retired ([`ErrorCode::is_retired`]).
#[repr(u32)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ErrorCode {
    /// 1 `general.invalid_argument`: an argument is invalid
    InvalidArgument = 1,
    /// 2 `general.null_pointer`: a required pointer is NULL
    NullPointer = 2,
    /// 3 `general.invalid_utf8`: text is not valid UTF-8
    InvalidUtf8 = 3,
    /// 4 `general.json`: malformed JSON, or JSON of the wrong shape
    Json = 4,
    /// 5 `general.buffer_too_small`: the buffer is too small; the length needed was returned
    BufferTooSmall = 5,
    /// 6 `general.internal`: internal error (caught; the caller's state is unchanged)
    Internal = 6,
    /// 7 `general.unsupported`: this build does not include the feature
    Unsupported = 7,
    /// 101 `input.date_malformed`: a date must be written YYYY-MM-DD (four-digit year, two-digit month and day)
    DateMalformed = 101,
    /// 102 `input.date_impossible`: the date does not exist (such as 30 February)
    DateImpossible = 102,
    /// 103 `input.amount_malformed`: an amount is not a whole number of fen, or not yuan with at most two decimals
    AmountMalformed = 103,
    /// 104 `input.amount_out_of_range`: an amount is beyond the representable range
    AmountOutOfRange = 104,
    /// 105 `input.bad_encoding`: not valid … text
    TextBadEncoding = 105,
    /// 1001 `calendar.year_not_covered`: no holiday arrangement is loaded for …: working days cannot be determined (load the notice, or ask explicitly for a provisional weekends-only answer)
    CalendarYearNotCovered = 1001,
    /// 1002 `calendar.out_of_range`: date out of the supported range (…)
    CalendarOutOfRange = 1002,
    /// 1003 `calendar.from_after_to`: start date … is after end date …
    CalendarFromAfterTo = 1003,
    /// 1004 `calendar.invalid_data`: calendar data has … problem(s), nothing was changed: …
    CalendarInvalidData = 1004,
    /// 1101 `calendar_data.json`: malformed JSON at line …, column …: …
    CalendarDataJson = 1101,
    /// 1102 `calendar_data.bad_year_key`: year key "…" is not a number
    CalendarDataBadYearKey = 1102,
    /// 1103 `calendar_data.year_out_of_range`: year … is outside 1949–2199
    CalendarDataYearOutOfRange = 1103,
    /// 1104 `calendar_data.duplicate_year_in_file`: year … appears twice in the file
    CalendarDataDuplicateYearInFile = 1104,
    /// 1105 `calendar_data.year_already_loaded`: year … is already loaded; use replace mode to correct it
    CalendarDataYearAlreadyLoaded = 1105,
    /// 1106 `calendar_data.missing_notice_number`: year … has no notice number
    CalendarDataMissingNoticeNumber = 1106,
    /// 1107 `calendar_data.missing_holiday_name`: holiday #… of … has no name
    CalendarDataMissingHolidayName = 1107,
    /// 1108 `calendar_data.no_days_off`: … of … has no days off
    CalendarDataNoDaysOff = 1108,
    /// 1109 `calendar_data.bad_date`: unreadable date "…" in … of … … (expected YYYY-MM-DD)
    CalendarDataBadDate = 1109,
    /// 1110 `calendar_data.date_outside_year`: date … of … lies outside what a … notice can cover (1 December of the previous year to 31 December)
    CalendarDataDateOutsideYear = 1110,
    /// 1111 `calendar_data.makeup_not_weekend`: make-up working day … of … … is not a Saturday or Sunday
    CalendarDataMakeupNotWeekend = 1111,
    /// 1112 `calendar_data.off_and_makeup`: … (…) is both a day off and a make-up working day
    CalendarDataOffAndMakeup = 1112,
    /// 1113 `calendar_data.duplicate_date`: … is listed twice: … (…) and … (…)
    CalendarDataDuplicateDate = 1113,
    /// 1114 `calendar_data.not_named_outside_block`: … is flagged as an unnamed weekend day of … … but is not among its days off
    CalendarDataNotNamedOutsideBlock = 1114,
    /// 1115 `calendar_data.overlay_without_name`: a local overlay has no name
    CalendarDataOverlayWithoutName = 1115,
    /// 1116 `calendar_data.overlay_date_not_covered`: local rest day "…" on … falls in a year without national data
    CalendarDataOverlayDateNotCovered = 1116,
    /// 1117 `calendar_data.overlay_duplicate_date`: local rest day … is listed twice
    CalendarDataOverlayDuplicateDate = 1117,
    /// 1118 `calendar_data.overlay_already_applied`: an overlay named "…" is already applied
    CalendarDataOverlayAlreadyApplied = 1118,
    /// 2001 `deadline.unknown_period`: unknown period id "…"…
    DeadlineUnknownPeriod = 2001,
    /// 2002 `deadline.suspension_reversed`: suspension …..… ends before it starts
    DeadlineSuspensionReversed = 2002,
    /// 2003 `deadline.extension_not_allowed`: period "…" cannot be extended
    DeadlineExtensionNotAllowed = 2003,
    /// 2004 `deadline.too_many_extensions`: period "…" may be extended at most … time(s)
    DeadlineTooManyExtensions = 2004,
    /// 2005 `deadline.extension_too_long`: extensions total …, more than the … allowed for "…"
    DeadlineExtensionTooLong = 2005,
    /// 2006 `deadline.zero_extension`: an extension cannot be zero
    DeadlineZeroExtension = 2006,
    /// 2007 `deadline.extension_after_expiry`: extension granted on …, but the period had already ended on …; an expired period cannot be extended
    DeadlineExtensionAfterExpiry = 2007,
    /// 2008 `deadline.extension_before_start`: extension granted on …, before the period started on …
    DeadlineExtensionBeforeStart = 2008,
    /// 2009 `deadline.answered_before_start`: answer date … is before the start …
    DeadlineAnsweredBeforeStart = 2009,
    /// 2010 `deadline.answered_after_today`: answer date … is after today (…)
    DeadlineAnsweredAfterToday = 2010,
    /// 2011 `deadline.not_applicable`: "…" is a fixed date: … do not apply
    DeadlineNotApplicable = 2011,
    /// 2012 `deadline.out_of_range`: date out of the supported range (…)
    DeadlineOutOfRange = 2012,
    /// 2013 `deadline.invalid_catalogue`: the period catalogue has … problem(s): …
    DeadlineInvalidCatalogue = 2013,
    /// 2101 `period_catalogue.json`: malformed JSON: …
    PeriodCatalogueJson = 2101,
    /// 2102 `period_catalogue.duplicate_id`: duplicate period id "…"
    PeriodCatalogueDuplicateId = 2102,
    /// 2103 `period_catalogue.missing_name`: period "…" has no id or name
    PeriodCatalogueMissingName = 2103,
    /// 2104 `period_catalogue.missing_basis`: period "…" has no legal basis
    PeriodCatalogueMissingBasis = 2104,
    /// 2105 `period_catalogue.zero_amount`: period "…" has a zero amount
    PeriodCatalogueZeroAmount = 2105,
    /// 2106 `period_catalogue.bad_annual_date`: period "…" names an impossible date
    PeriodCatalogueBadAnnualDate = 2106,
    /// 2107 `period_catalogue.dangling_extension`: extension "…" of "…" is missing or does not link back
    PeriodCatalogueDanglingExtension = 2107,
    /// 2108 `period_catalogue.missing_jurisdiction`: the override file names no jurisdiction
    PeriodCatalogueMissingJurisdiction = 2108,
    /// 2109 `period_catalogue.unknown_override`: override of unknown period "…"
    PeriodCatalogueUnknownOverride = 2109,
    /// 2110 `period_catalogue.override_longer`: local period "…" (…) is longer than the national one (…): local rules may only shorten
    PeriodCatalogueOverrideLonger = 2110,
    /// 2111 `period_catalogue.override_unit_changed`: local period "…" changes the unit
    PeriodCatalogueOverrideUnitChanged = 2111,
    /// 3001 `id.empty`: the number is empty
    IdEmpty = 3001,
    /// 3002 `id.wrong_length`: the number has … character(s), expected …
    IdWrongLength = 3002,
    /// 3003 `id.bad_character`: character '…' at position … is not allowed: expected …
    IdBadCharacter = 3003,
    /// 3004 `id.bad_birth_date`: the birth-date part "…" (positions …–…) is not a valid date: …
    IdBadBirthDate = 3004,
    /// 3005 `id.unknown_province`: "…" (positions 1–2) is not a province-level division code (expected …)
    IdUnknownProvince = 3005,
    /// 3006 `id.check_character_wrong`: check character wrong (position 18): expected '…', found '…'
    IdCheckCharacterWrong = 3006,
    /// 3007 `id.date_before_birth`: the date … is before the birth date …
    IdDateBeforeBirth = 3007,
    /// 3097 `id.birth_after_today`: the birth date … (positions 7–14) is after today (…)
    IdBirthAfterToday = 3097,
    /// 3098 `id.division_data_row`: division list, line …: …
    IdDivisionDataRow = 3098,
    /// 3099 `id.division_data_json`: division list: malformed JSON: …
    IdDivisionDataJson = 3099,
    /// 4001 `power.invalid_power_list`: invalid power list at line …, column …: …
    PowerInvalidFormat = 4001,
    /// 4002 `power.unknown_item`: no item with code "…"…
    PowerUnknownItem = 4002,
    /// 5001 `tables.empty_table`: the table is empty
    TableEmpty = 5001,
    /// 5002 `tables.no_header`: no header row found (no known column names in the first ten rows; the first row is "…")
    TableNoHeader = 5002,
    /// 5003 `tables.missing_column`: the table has no "…" column
    TableMissingColumn = 5003,
    /// 5004 `tables.unterminated_quote`: unterminated quote opened on CSV line …
    TableUnterminatedQuote = 5004,
    /// 5005 `tables.unknown_layout`: unknown table layout "…" (known: canonical, set1–set5, guide, process, catalogue, catalogue-canonical)
    TableUnknownLayout = 5005,
    /// 5006 `tables.wrong_layout`: this layout (…) is for another kind of table
    TableWrongLayout = 5006,
    /// 5007 `tables.not_one_item`: a service guide or process table holds one item; the list has …
    TableNotOneItem = 5007,
    /// 6001 `disclosure.review_step_refused`: review step #… refused at stage …: …
    DisclosureReviewStepRefused = 6001,
    /// 6005 `disclosure.bad_report_input`: invalid annual-report input: …
    DisclosureBadReportInput = 6005,
    /// 6006 `disclosure.report_does_not_add_up`: the annual report does not add up: …
    DisclosureReportDoesNotAddUp = 6006,
    /// 7001 `window.bad_item`: item … has inconsistent time limits: …
    WindowBadItem = 7001,
    /// 7002 `window.unknown_item`: case … names item …, which is not in the power list
    WindowUnknownItem = 7002,
    /// 7006 `window.bad_template`: bad notice template: …
    WindowBadTemplate = 7006,
    /// 8001 `eligibility.json`: malformed JSON: …
    EligibilityJson = 8001,
    /// 8002 `eligibility.toml`: malformed TOML: …
    EligibilityToml = 8002,
    /// 8003 `eligibility.invalid_household`: the household has … problem(s): …
    EligibilityInvalidHousehold = 8003,
    /// 8004 `eligibility.invalid_profile`: the policy profile has … problem(s): …
    EligibilityInvalidProfile = 8004,
    /// 8005 `eligibility.no_profile_version`: no profile version in force on … (the first takes effect on …)
    EligibilityNoProfileVersion = 8005,
    /// 8006 `eligibility.conflicting_rules`: conflicting rules on "…": … says …, … says …
    EligibilityConflictingRules = 8006,
    /// 8007 `eligibility.columns_full`: the packed batch is full (at most … entries per array); the household was not added, start another batch
    EligibilityColumnsFull = 8007,
    /// 8008 `eligibility.csv_missing_columns`: the CSV header lacks …
    EligibilityCsvMissingColumns = 8008,
    /// 8009 `eligibility.csv_unknown_value`: unknown … "…"
    EligibilityCsvUnknownValue = 8009,
    /// 8010 `eligibility.csv_not_fen`: … "…" is not a whole number of fen
    EligibilityCsvNotFen = 8010,
    /// 8011 `eligibility.csv_invalid_date`: invalid date "…"
    EligibilityCsvInvalidDate = 8011,
    /// 8012 `eligibility.csv_invalid_grade`: invalid disability grade "…"
    EligibilityCsvInvalidGrade = 8012,
    /// 8013 `eligibility.csv_current_dibao_half`: current_dibao_fen and dibao_since go together
    EligibilityCsvCurrentDibaoHalf = 8013,
    /// 8014 `eligibility.csv_empty_household`: empty household
    EligibilityCsvEmptyHousehold = 8014,
    /// 8101 `household.no_members`: no members
    HouseholdNoMembers = 8101,
    /// 8102 `household.applicant_count`: expected exactly one applicant, found …
    HouseholdApplicantCount = 8102,
    /// 8103 `household.empty_name`: member … has no name
    HouseholdEmptyName = 8103,
    /// 8104 `household.name_looks_like_id`: member …'s name contains an ID-like number
    HouseholdNameLooksLikeId = 8104,
    /// 8105 `household.bad_id_number`: member …'s identity number is invalid: …
    HouseholdBadIdNumber = 8105,
    /// 8106 `household.duplicate_id_number`: member …'s identity number repeats an earlier member's
    HouseholdDuplicateIdNumber = 8106,
    /// 8107 `household.id_mismatch`: member …'s birth date or sex contradicts the identity number
    HouseholdIdMismatch = 8107,
    /// 8108 `household.born_after_application`: member … was born after the application date
    HouseholdBornAfterApplication = 8108,
    /// 8109 `household.bad_disability_grade`: member …'s disability grade … is not 1–4
    HouseholdBadDisabilityGrade = 8109,
    /// 8110 `household.negative_income`: member … has a negative income amount
    HouseholdNegativeIncome = 8110,
    /// 8111 `household.negative_expense`: member … has a negative expense amount
    HouseholdNegativeExpense = 8111,
    /// 8112 `household.negative_current_dibao`: the current 低保 amount is negative
    HouseholdNegativeCurrentDibao = 8112,
    /// 8113 `household.negative_asset`: asset … has a negative value
    HouseholdNegativeAsset = 8113,
    /// 8114 `household.bad_residence`: residence "…" is not a six-digit division code
    HouseholdBadResidence = 8114,
    /// 8115 `household.bad_staff_tie`: a staff tie names member …, who does not exist
    HouseholdBadStaffTie = 8115,
    /// 8116 `household.parent_count`: member …'s parents: expected 2, found …
    HouseholdParentCount = 8116,
    /// 8117 `household.bad_self_care`: member …'s self-care count … is not 0–6
    HouseholdBadSelfCare = 8117,
    /// 8201 `profile.missing_jurisdiction`: no jurisdiction named
    ProfileMissingJurisdiction = 8201,
    /// 8202 `profile.no_versions`: no versions
    ProfileNoVersions = 8202,
    /// 8203 `profile.duplicate_effective_date`: two versions take effect on …
    ProfileDuplicateEffectiveDate = 8203,
    /// 8204 `profile.not_positive`: "…" of the … version must be positive
    ProfileNotPositive = 8204,
    /// 8205 `profile.bad_value`: "…" of the … version is invalid: …
    ProfileBadValue = 8205,
    /// 8206 `profile.missing_basis`: "…" of the … version has no legal reference
    ProfileMissingBasis = 8206,
    /// 8207 `profile.bad_grade`: "…" of the … version has an invalid grade …
    ProfileBadGrade = 8207,
    /// 8208 `profile.conflicts_with_national`: "…" of the … version contradicts the national rule: …
    ProfileConflictsWithNational = 8208,
    /// 8209 `profile.bad_time_limit`: local time limits of the … version are invalid: …
    ProfileBadTimeLimit = 8209,
    /// 9001 `crosscheck.record_json`: malformed record JSON: …
    RecordJson = 9001,
    /// 9002 `crosscheck.record_missing_column`: the header lacks the column …
    RecordMissingColumn = 9002,
    /// 9003 `crosscheck.record_unknown_kind`: unknown record kind "…"
    RecordUnknownKind = 9003,
    /// 9004 `crosscheck.record_missing_value`: … is missing
    RecordMissingValue = 9004,
    /// 9005 `crosscheck.record_bad_value`: invalid … "…"
    RecordBadValue = 9005,
    /// 9006 `crosscheck.record_negative`: … cannot be negative
    RecordNegative = 9006,
    /// 9007 `crosscheck.id`: invalid identity number: …
    RecordId = 9007,
    /// 10001 `eventlog.event_refused`: an event not allowed in the case's state; the case is unchanged
    EventRefused = 10001,
    /// 10002 `eventlog.out_of_order`: an event dated before the previous one
    EventOutOfOrder = 10002,
    /// 10003 `eventlog.bad_event`: a log line that is not a valid event
    EventBadEvent = 10003,
}

impl ErrorCode {
    /// Every code, in number order.
    pub const ALL: &'static [ErrorCode] = &[
        ErrorCode::InvalidArgument,
        ErrorCode::NullPointer,
        ErrorCode::InvalidUtf8,
        ErrorCode::Json,
        ErrorCode::BufferTooSmall,
        ErrorCode::Internal,
        ErrorCode::Unsupported,
        ErrorCode::DateMalformed,
        ErrorCode::DateImpossible,
        ErrorCode::AmountMalformed,
        ErrorCode::AmountOutOfRange,
        ErrorCode::TextBadEncoding,
        ErrorCode::CalendarYearNotCovered,
        ErrorCode::CalendarOutOfRange,
        ErrorCode::CalendarFromAfterTo,
        ErrorCode::CalendarInvalidData,
        ErrorCode::CalendarDataJson,
        ErrorCode::CalendarDataBadYearKey,
        ErrorCode::CalendarDataYearOutOfRange,
        ErrorCode::CalendarDataDuplicateYearInFile,
        ErrorCode::CalendarDataYearAlreadyLoaded,
        ErrorCode::CalendarDataMissingNoticeNumber,
        ErrorCode::CalendarDataMissingHolidayName,
        ErrorCode::CalendarDataNoDaysOff,
        ErrorCode::CalendarDataBadDate,
        ErrorCode::CalendarDataDateOutsideYear,
        ErrorCode::CalendarDataMakeupNotWeekend,
        ErrorCode::CalendarDataOffAndMakeup,
        ErrorCode::CalendarDataDuplicateDate,
        ErrorCode::CalendarDataNotNamedOutsideBlock,
        ErrorCode::CalendarDataOverlayWithoutName,
        ErrorCode::CalendarDataOverlayDateNotCovered,
        ErrorCode::CalendarDataOverlayDuplicateDate,
        ErrorCode::CalendarDataOverlayAlreadyApplied,
        ErrorCode::DeadlineUnknownPeriod,
        ErrorCode::DeadlineSuspensionReversed,
        ErrorCode::DeadlineExtensionNotAllowed,
        ErrorCode::DeadlineTooManyExtensions,
        ErrorCode::DeadlineExtensionTooLong,
        ErrorCode::DeadlineZeroExtension,
        ErrorCode::DeadlineExtensionAfterExpiry,
        ErrorCode::DeadlineExtensionBeforeStart,
        ErrorCode::DeadlineAnsweredBeforeStart,
        ErrorCode::DeadlineAnsweredAfterToday,
        ErrorCode::DeadlineNotApplicable,
        ErrorCode::DeadlineOutOfRange,
        ErrorCode::DeadlineInvalidCatalogue,
        ErrorCode::PeriodCatalogueJson,
        ErrorCode::PeriodCatalogueDuplicateId,
        ErrorCode::PeriodCatalogueMissingName,
        ErrorCode::PeriodCatalogueMissingBasis,
        ErrorCode::PeriodCatalogueZeroAmount,
        ErrorCode::PeriodCatalogueBadAnnualDate,
        ErrorCode::PeriodCatalogueDanglingExtension,
        ErrorCode::PeriodCatalogueMissingJurisdiction,
        ErrorCode::PeriodCatalogueUnknownOverride,
        ErrorCode::PeriodCatalogueOverrideLonger,
        ErrorCode::PeriodCatalogueOverrideUnitChanged,
        ErrorCode::IdEmpty,
        ErrorCode::IdWrongLength,
        ErrorCode::IdBadCharacter,
        ErrorCode::IdBadBirthDate,
        ErrorCode::IdUnknownProvince,
        ErrorCode::IdCheckCharacterWrong,
        ErrorCode::IdDateBeforeBirth,
        ErrorCode::IdBirthAfterToday,
        ErrorCode::IdDivisionDataRow,
        ErrorCode::IdDivisionDataJson,
        ErrorCode::PowerInvalidFormat,
        ErrorCode::PowerUnknownItem,
        ErrorCode::TableEmpty,
        ErrorCode::TableNoHeader,
        ErrorCode::TableMissingColumn,
        ErrorCode::TableUnterminatedQuote,
        ErrorCode::TableUnknownLayout,
        ErrorCode::TableWrongLayout,
        ErrorCode::TableNotOneItem,
        ErrorCode::DisclosureReviewStepRefused,
        ErrorCode::DisclosureBadReportInput,
        ErrorCode::DisclosureReportDoesNotAddUp,
        ErrorCode::WindowBadItem,
        ErrorCode::WindowUnknownItem,
        ErrorCode::WindowBadTemplate,
        ErrorCode::EligibilityJson,
        ErrorCode::EligibilityToml,
        ErrorCode::EligibilityInvalidHousehold,
        ErrorCode::EligibilityInvalidProfile,
        ErrorCode::EligibilityNoProfileVersion,
        ErrorCode::EligibilityConflictingRules,
        ErrorCode::EligibilityColumnsFull,
        ErrorCode::EligibilityCsvMissingColumns,
        ErrorCode::EligibilityCsvUnknownValue,
        ErrorCode::EligibilityCsvNotFen,
        ErrorCode::EligibilityCsvInvalidDate,
        ErrorCode::EligibilityCsvInvalidGrade,
        ErrorCode::EligibilityCsvCurrentDibaoHalf,
        ErrorCode::EligibilityCsvEmptyHousehold,
        ErrorCode::HouseholdNoMembers,
        ErrorCode::HouseholdApplicantCount,
        ErrorCode::HouseholdEmptyName,
        ErrorCode::HouseholdNameLooksLikeId,
        ErrorCode::HouseholdBadIdNumber,
        ErrorCode::HouseholdDuplicateIdNumber,
        ErrorCode::HouseholdIdMismatch,
        ErrorCode::HouseholdBornAfterApplication,
        ErrorCode::HouseholdBadDisabilityGrade,
        ErrorCode::HouseholdNegativeIncome,
        ErrorCode::HouseholdNegativeExpense,
        ErrorCode::HouseholdNegativeCurrentDibao,
        ErrorCode::HouseholdNegativeAsset,
        ErrorCode::HouseholdBadResidence,
        ErrorCode::HouseholdBadStaffTie,
        ErrorCode::HouseholdParentCount,
        ErrorCode::HouseholdBadSelfCare,
        ErrorCode::ProfileMissingJurisdiction,
        ErrorCode::ProfileNoVersions,
        ErrorCode::ProfileDuplicateEffectiveDate,
        ErrorCode::ProfileNotPositive,
        ErrorCode::ProfileBadValue,
        ErrorCode::ProfileMissingBasis,
        ErrorCode::ProfileBadGrade,
        ErrorCode::ProfileConflictsWithNational,
        ErrorCode::ProfileBadTimeLimit,
        ErrorCode::RecordJson,
        ErrorCode::RecordMissingColumn,
        ErrorCode::RecordUnknownKind,
        ErrorCode::RecordMissingValue,
        ErrorCode::RecordBadValue,
        ErrorCode::RecordNegative,
        ErrorCode::RecordId,
        ErrorCode::EventRefused,
        ErrorCode::EventOutOfOrder,
        ErrorCode::EventBadEvent,
    ];

    pub(super) fn entry(self) -> (u32, Domain, &'static str, &'static str, &'static str) {
        match self {
            ErrorCode::InvalidArgument => (1, Domain::General, "general.invalid_argument", "参数无效", "an argument is invalid"),
            ErrorCode::NullPointer => (2, Domain::General, "general.null_pointer", "必需的指针为空（NULL）", "a required pointer is NULL"),
            ErrorCode::InvalidUtf8 => (3, Domain::General, "general.invalid_utf8", "文本不是有效的 UTF-8", "text is not valid UTF-8"),
            ErrorCode::Json => (4, Domain::General, "general.json", "JSON 格式错误或结构不符", "malformed JSON, or JSON of the wrong shape"),
            ErrorCode::BufferTooSmall => (5, Domain::General, "general.buffer_too_small", "缓冲区太小，已返回所需长度", "the buffer is too small; the length needed was returned"),
            ErrorCode::Internal => (6, Domain::General, "general.internal", "内部错误（已拦截，调用方状态未变）", "internal error (caught; the caller's state is unchanged)"),
            ErrorCode::Unsupported => (7, Domain::General, "general.unsupported", "此构建未包含该功能", "this build does not include the feature"),
            ErrorCode::DateMalformed => (101, Domain::Input, "input.date_malformed", "日期格式应为 YYYY-MM-DD（四位年、两位月、两位日）", "a date must be written YYYY-MM-DD (four-digit year, two-digit month and day)"),
            ErrorCode::DateImpossible => (102, Domain::Input, "input.date_impossible", "日期不存在（如 2 月 30 日）", "the date does not exist (such as 30 February)"),
            ErrorCode::AmountMalformed => (103, Domain::Input, "input.amount_malformed", "金额格式有误（整数分，或最多两位小数的元）", "an amount is not a whole number of fen, or not yuan with at most two decimals"),
            ErrorCode::AmountOutOfRange => (104, Domain::Input, "input.amount_out_of_range", "金额超出可表示范围", "an amount is beyond the representable range"),
            ErrorCode::TextBadEncoding => (105, Domain::Input, "input.bad_encoding", "不是有效的 … 文本", "not valid … text"),
            ErrorCode::CalendarYearNotCovered => (1001, Domain::Calendar, "calendar.year_not_covered", "… 年的放假安排通知尚未载入，无法确定工作日（可载入新数据，或明确要求按仅周末的临时口径计算）", "no holiday arrangement is loaded for …: working days cannot be determined (load the notice, or ask explicitly for a provisional weekends-only answer)"),
            ErrorCode::CalendarOutOfRange => (1002, Domain::Calendar, "calendar.out_of_range", "日期超出可计算范围（…）", "date out of the supported range (…)"),
            ErrorCode::CalendarFromAfterTo => (1003, Domain::Calendar, "calendar.from_after_to", "起始日期 … 晚于结束日期 …", "start date … is after end date …"),
            ErrorCode::CalendarInvalidData => (1004, Domain::Calendar, "calendar.invalid_data", "日历数据有 … 处问题，未作任何更改", "calendar data has … problem(s), nothing was changed: …"),
            ErrorCode::CalendarDataJson => (1101, Domain::CalendarData, "calendar_data.json", "JSON 格式错误（第 … 行第 … 列）：…", "malformed JSON at line …, column …: …"),
            ErrorCode::CalendarDataBadYearKey => (1102, Domain::CalendarData, "calendar_data.bad_year_key", "年份键“…”不是数字", "year key \"…\" is not a number"),
            ErrorCode::CalendarDataYearOutOfRange => (1103, Domain::CalendarData, "calendar_data.year_out_of_range", "年份 … 不在 1949–2199 范围内", "year … is outside 1949–2199"),
            ErrorCode::CalendarDataDuplicateYearInFile => (1104, Domain::CalendarData, "calendar_data.duplicate_year_in_file", "… 年在同一文件中出现两次", "year … appears twice in the file"),
            ErrorCode::CalendarDataYearAlreadyLoaded => (1105, Domain::CalendarData, "calendar_data.year_already_loaded", "… 年已载入；如需更正请使用替换模式", "year … is already loaded; use replace mode to correct it"),
            ErrorCode::CalendarDataMissingNoticeNumber => (1106, Domain::CalendarData, "calendar_data.missing_notice_number", "… 年缺少通知文号", "year … has no notice number"),
            ErrorCode::CalendarDataMissingHolidayName => (1107, Domain::CalendarData, "calendar_data.missing_holiday_name", "… 年第 … 个假期缺少名称", "holiday #… of … has no name"),
            ErrorCode::CalendarDataNoDaysOff => (1108, Domain::CalendarData, "calendar_data.no_days_off", "… 年“…”没有放假日期", "… of … has no days off"),
            ErrorCode::CalendarDataBadDate => (1109, Domain::CalendarData, "calendar_data.bad_date", "… 年“…”的 … 中日期“…”无法识别（应为 YYYY-MM-DD）", "unreadable date \"…\" in … of … … (expected YYYY-MM-DD)"),
            ErrorCode::CalendarDataDateOutsideYear => (1110, Domain::CalendarData, "calendar_data.date_outside_year", "… 年通知中“…”的日期 … 不在该年合理范围内（上年12月1日至当年12月31日）", "date … of … lies outside what a … notice can cover (1 December of the previous year to 31 December)"),
            ErrorCode::CalendarDataMakeupNotWeekend => (1111, Domain::CalendarData, "calendar_data.makeup_not_weekend", "… 年“…”的调休上班日 … 不是周六或周日", "make-up working day … of … … is not a Saturday or Sunday"),
            ErrorCode::CalendarDataOffAndMakeup => (1112, Domain::CalendarData, "calendar_data.off_and_makeup", "… 年的 … 既是放假日又是调休上班日", "… (…) is both a day off and a make-up working day"),
            ErrorCode::CalendarDataDuplicateDate => (1113, Domain::CalendarData, "calendar_data.duplicate_date", "… 被重复列出：… 年“…”与 … 年“…”", "… is listed twice: … (…) and … (…)"),
            ErrorCode::CalendarDataNotNamedOutsideBlock => (1114, Domain::CalendarData, "calendar_data.not_named_outside_block", "… 年“…”标注的未列明周末日 … 不在放假日期中", "… is flagged as an unnamed weekend day of … … but is not among its days off"),
            ErrorCode::CalendarDataOverlayWithoutName => (1115, Domain::CalendarData, "calendar_data.overlay_without_name", "地方休息日叠加层缺少名称", "a local overlay has no name"),
            ErrorCode::CalendarDataOverlayDateNotCovered => (1116, Domain::CalendarData, "calendar_data.overlay_date_not_covered", "地方休息日“…”（…）所在年份没有全国放假安排数据", "local rest day \"…\" on … falls in a year without national data"),
            ErrorCode::CalendarDataOverlayDuplicateDate => (1117, Domain::CalendarData, "calendar_data.overlay_duplicate_date", "地方休息日 … 被重复列出", "local rest day … is listed twice"),
            ErrorCode::CalendarDataOverlayAlreadyApplied => (1118, Domain::CalendarData, "calendar_data.overlay_already_applied", "名为“…”的叠加层已存在", "an overlay named \"…\" is already applied"),
            ErrorCode::DeadlineUnknownPeriod => (2001, Domain::Deadline, "deadline.unknown_period", "未知的期限编号“…”…", "unknown period id \"…\"…"),
            ErrorCode::DeadlineSuspensionReversed => (2002, Domain::Deadline, "deadline.suspension_reversed", "中止期间 …..… 的起日晚于止日", "suspension …..… ends before it starts"),
            ErrorCode::DeadlineExtensionNotAllowed => (2003, Domain::Deadline, "deadline.extension_not_allowed", "期限“…”没有可延长的法定依据", "period \"…\" cannot be extended"),
            ErrorCode::DeadlineTooManyExtensions => (2004, Domain::Deadline, "deadline.too_many_extensions", "期限“…”最多延长 … 次", "period \"…\" may be extended at most … time(s)"),
            ErrorCode::DeadlineExtensionTooLong => (2005, Domain::Deadline, "deadline.extension_too_long", "延长合计 … 超过“…”允许的 …", "extensions total …, more than the … allowed for \"…\""),
            ErrorCode::DeadlineZeroExtension => (2006, Domain::Deadline, "deadline.zero_extension", "延长期限不能为 0", "an extension cannot be zero"),
            ErrorCode::DeadlineExtensionAfterExpiry => (2007, Domain::Deadline, "deadline.extension_after_expiry", "延长于 … 批准，而期限已于 … 届满，逾期后不能延长", "extension granted on …, but the period had already ended on …; an expired period cannot be extended"),
            ErrorCode::DeadlineExtensionBeforeStart => (2008, Domain::Deadline, "deadline.extension_before_start", "延长于 … 批准，早于期限起算日 …", "extension granted on …, before the period started on …"),
            ErrorCode::DeadlineAnsweredBeforeStart => (2009, Domain::Deadline, "deadline.answered_before_start", "办结日期 … 早于起算日 …", "answer date … is before the start …"),
            ErrorCode::DeadlineAnsweredAfterToday => (2010, Domain::Deadline, "deadline.answered_after_today", "办结日期 … 晚于当前日期 …", "answer date … is after today (…)"),
            ErrorCode::DeadlineNotApplicable => (2011, Domain::Deadline, "deadline.not_applicable", "“…”是固定日期，不适用…", "\"…\" is a fixed date: … do not apply"),
            ErrorCode::DeadlineOutOfRange => (2012, Domain::Deadline, "deadline.out_of_range", "日期超出可计算范围（…）", "date out of the supported range (…)"),
            ErrorCode::DeadlineInvalidCatalogue => (2013, Domain::Deadline, "deadline.invalid_catalogue", "期限目录有 … 处问题", "the period catalogue has … problem(s): …"),
            ErrorCode::PeriodCatalogueJson => (2101, Domain::PeriodCatalogue, "period_catalogue.json", "JSON 格式错误：…", "malformed JSON: …"),
            ErrorCode::PeriodCatalogueDuplicateId => (2102, Domain::PeriodCatalogue, "period_catalogue.duplicate_id", "期限编号“…”重复", "duplicate period id \"…\""),
            ErrorCode::PeriodCatalogueMissingName => (2103, Domain::PeriodCatalogue, "period_catalogue.missing_name", "期限“…”缺少编号或名称", "period \"…\" has no id or name"),
            ErrorCode::PeriodCatalogueMissingBasis => (2104, Domain::PeriodCatalogue, "period_catalogue.missing_basis", "期限“…”缺少法律依据", "period \"…\" has no legal basis"),
            ErrorCode::PeriodCatalogueZeroAmount => (2105, Domain::PeriodCatalogue, "period_catalogue.zero_amount", "期限“…”的时长为 0", "period \"…\" has a zero amount"),
            ErrorCode::PeriodCatalogueBadAnnualDate => (2106, Domain::PeriodCatalogue, "period_catalogue.bad_annual_date", "期限“…”的固定日期不存在", "period \"…\" names an impossible date"),
            ErrorCode::PeriodCatalogueDanglingExtension => (2107, Domain::PeriodCatalogue, "period_catalogue.dangling_extension", "期限“…”的延长规则“…”不存在或未反向关联", "extension \"…\" of \"…\" is missing or does not link back"),
            ErrorCode::PeriodCatalogueMissingJurisdiction => (2108, Domain::PeriodCatalogue, "period_catalogue.missing_jurisdiction", "覆盖文件缺少辖区名称", "the override file names no jurisdiction"),
            ErrorCode::PeriodCatalogueUnknownOverride => (2109, Domain::PeriodCatalogue, "period_catalogue.unknown_override", "覆盖了不存在的期限“…”", "override of unknown period \"…\""),
            ErrorCode::PeriodCatalogueOverrideLonger => (2110, Domain::PeriodCatalogue, "period_catalogue.override_longer", "地方期限“…”（…）长于全国规定（…）：地方只能缩短", "local period \"…\" (…) is longer than the national one (…): local rules may only shorten"),
            ErrorCode::PeriodCatalogueOverrideUnitChanged => (2111, Domain::PeriodCatalogue, "period_catalogue.override_unit_changed", "地方期限“…”改变了计算单位", "local period \"…\" changes the unit"),
            ErrorCode::IdEmpty => (3001, Domain::Id, "id.empty", "号码为空", "the number is empty"),
            ErrorCode::IdWrongLength => (3002, Domain::Id, "id.wrong_length", "号码长度为 …，应为 …", "the number has … character(s), expected …"),
            ErrorCode::IdBadCharacter => (3003, Domain::Id, "id.bad_character", "第 … 位字符“…”不合法，应为…", "character '…' at position … is not allowed: expected …"),
            ErrorCode::IdBadBirthDate => (3004, Domain::Id, "id.bad_birth_date", "第 …–… 位出生日期码“…”不是有效日期：…", "the birth-date part \"…\" (positions …–…) is not a valid date: …"),
            ErrorCode::IdUnknownProvince => (3005, Domain::Id, "id.unknown_province", "第 1–2 位“…”不是省级行政区划代码（应为 …）", "\"…\" (positions 1–2) is not a province-level division code (expected …)"),
            ErrorCode::IdCheckCharacterWrong => (3006, Domain::Id, "id.check_character_wrong", "第 18 位校验码错误：应为“…”，实为“…”", "check character wrong (position 18): expected '…', found '…'"),
            ErrorCode::IdDateBeforeBirth => (3007, Domain::Id, "id.date_before_birth", "日期 … 早于出生日期 …", "the date … is before the birth date …"),
            ErrorCode::IdBirthAfterToday => (3097, Domain::Id, "id.birth_after_today", "第 7–14 位出生日期 … 晚于当前日期 …", "the birth date … (positions 7–14) is after today (…)"),
            ErrorCode::IdDivisionDataRow => (3098, Domain::Id, "id.division_data_row", "区划代码表第 … 行：…", "division list, line …: …"),
            ErrorCode::IdDivisionDataJson => (3099, Domain::Id, "id.division_data_json", "区划代码表 JSON 格式错误：…", "division list: malformed JSON: …"),
            ErrorCode::PowerInvalidFormat => (4001, Domain::Power, "power.invalid_power_list", "权责清单格式有误（第…行第…列）：…", "invalid power list at line …, column …: …"),
            ErrorCode::PowerUnknownItem => (4002, Domain::Power, "power.unknown_item", "清单中没有编码为“…”的事项…", "no item with code \"…\"…"),
            ErrorCode::TableEmpty => (5001, Domain::Tables, "tables.empty_table", "表格为空", "the table is empty"),
            ErrorCode::TableNoHeader => (5002, Domain::Tables, "tables.no_header", "未找到表头（前十行中没有可识别的列名，第一行为“…”）", "no header row found (no known column names in the first ten rows; the first row is \"…\")"),
            ErrorCode::TableMissingColumn => (5003, Domain::Tables, "tables.missing_column", "缺少“…”列", "the table has no \"…\" column"),
            ErrorCode::TableUnterminatedQuote => (5004, Domain::Tables, "tables.unterminated_quote", "CSV 第…行的引号未闭合", "unterminated quote opened on CSV line …"),
            ErrorCode::TableUnknownLayout => (5005, Domain::Tables, "tables.unknown_layout", "未知的表格版式“…”（可用：canonical、set1–set5、guide、process、catalogue、catalogue-canonical）", "unknown table layout \"…\" (known: canonical, set1–set5, guide, process, catalogue, catalogue-canonical)"),
            ErrorCode::TableWrongLayout => (5006, Domain::Tables, "tables.wrong_layout", "此版式（…）不适用于这种数据", "this layout (…) is for another kind of table"),
            ErrorCode::TableNotOneItem => (5007, Domain::Tables, "tables.not_one_item", "办事指南和流程表只含一项事项，清单有 … 项", "a service guide or process table holds one item; the list has …"),
            ErrorCode::DisclosureReviewStepRefused => (6001, Domain::Disclosure, "disclosure.review_step_refused", "第 … 步审核被拒绝（当前环节：…）", "review step #… refused at stage …: …"),
            ErrorCode::DisclosureBadReportInput => (6005, Domain::Disclosure, "disclosure.bad_report_input", "年度报告输入有误：…", "invalid annual-report input: …"),
            ErrorCode::DisclosureReportDoesNotAddUp => (6006, Domain::Disclosure, "disclosure.report_does_not_add_up", "年度报告勾稽关系不成立：…", "the annual report does not add up: …"),
            ErrorCode::WindowBadItem => (7001, Domain::Window, "window.bad_item", "事项 … 的时限设置有误：…", "item … has inconsistent time limits: …"),
            ErrorCode::WindowUnknownItem => (7002, Domain::Window, "window.unknown_item", "案件 … 的事项编码 … 不在权责清单中", "case … names item …, which is not in the power list"),
            ErrorCode::WindowBadTemplate => (7006, Domain::Window, "window.bad_template", "文书模板有误：…", "bad notice template: …"),
            ErrorCode::EligibilityJson => (8001, Domain::Eligibility, "eligibility.json", "JSON 格式错误：…", "malformed JSON: …"),
            ErrorCode::EligibilityToml => (8002, Domain::Eligibility, "eligibility.toml", "TOML 格式错误：…", "malformed TOML: …"),
            ErrorCode::EligibilityInvalidHousehold => (8003, Domain::Eligibility, "eligibility.invalid_household", "家庭信息有 … 处问题", "the household has … problem(s): …"),
            ErrorCode::EligibilityInvalidProfile => (8004, Domain::Eligibility, "eligibility.invalid_profile", "政策参数有 … 处问题", "the policy profile has … problem(s): …"),
            ErrorCode::EligibilityNoProfileVersion => (8005, Domain::Eligibility, "eligibility.no_profile_version", "… 无生效的政策参数（最早版本自 … 起）", "no profile version in force on … (the first takes effect on …)"),
            ErrorCode::EligibilityConflictingRules => (8006, Domain::Eligibility, "eligibility.conflicting_rules", "规则冲突：“…”由 … 认定为 …，由 … 认定为 …", "conflicting rules on \"…\": … says …, … says …"),
            ErrorCode::EligibilityColumnsFull => (8007, Domain::Eligibility, "eligibility.columns_full", "批量数据已满（单个数组上限 … 条），未添加该户；请另建一批", "the packed batch is full (at most … entries per array); the household was not added, start another batch"),
            ErrorCode::EligibilityCsvMissingColumns => (8008, Domain::Eligibility, "eligibility.csv_missing_columns", "CSV 表头缺少列 …", "the CSV header lacks …"),
            ErrorCode::EligibilityCsvUnknownValue => (8009, Domain::Eligibility, "eligibility.csv_unknown_value", "无法识别的…“…”", "unknown … \"…\""),
            ErrorCode::EligibilityCsvNotFen => (8010, Domain::Eligibility, "eligibility.csv_not_fen", "金额“…”不是整数分", "… \"…\" is not a whole number of fen"),
            ErrorCode::EligibilityCsvInvalidDate => (8011, Domain::Eligibility, "eligibility.csv_invalid_date", "日期“…”无效", "invalid date \"…\""),
            ErrorCode::EligibilityCsvInvalidGrade => (8012, Domain::Eligibility, "eligibility.csv_invalid_grade", "残疾等级“…”无效", "invalid disability grade \"…\""),
            ErrorCode::EligibilityCsvCurrentDibaoHalf => (8013, Domain::Eligibility, "eligibility.csv_current_dibao_half", "current_dibao_fen 与 dibao_since 须同时填写", "current_dibao_fen and dibao_since go together"),
            ErrorCode::EligibilityCsvEmptyHousehold => (8014, Domain::Eligibility, "eligibility.csv_empty_household", "空户", "empty household"),
            ErrorCode::HouseholdNoMembers => (8101, Domain::Household, "household.no_members", "没有家庭成员", "no members"),
            ErrorCode::HouseholdApplicantCount => (8102, Domain::Household, "household.applicant_count", "申请人应为 1 名，实为 … 名", "expected exactly one applicant, found …"),
            ErrorCode::HouseholdEmptyName => (8103, Domain::Household, "household.empty_name", "第 … 名成员缺少姓名", "member … has no name"),
            ErrorCode::HouseholdNameLooksLikeId => (8104, Domain::Household, "household.name_looks_like_id", "第 … 名成员的姓名含有证件号码样式的数字", "member …'s name contains an ID-like number"),
            ErrorCode::HouseholdBadIdNumber => (8105, Domain::Household, "household.bad_id_number", "第 … 名成员的身份证号码无效", "member …'s identity number is invalid: …"),
            ErrorCode::HouseholdDuplicateIdNumber => (8106, Domain::Household, "household.duplicate_id_number", "第 … 名成员的身份证号码与前面成员重复", "member …'s identity number repeats an earlier member's"),
            ErrorCode::HouseholdIdMismatch => (8107, Domain::Household, "household.id_mismatch", "第 … 名成员的出生日期或性别与身份证号码不符", "member …'s birth date or sex contradicts the identity number"),
            ErrorCode::HouseholdBornAfterApplication => (8108, Domain::Household, "household.born_after_application", "第 … 名成员的出生日期晚于申请日期", "member … was born after the application date"),
            ErrorCode::HouseholdBadDisabilityGrade => (8109, Domain::Household, "household.bad_disability_grade", "第 … 名成员的残疾等级 … 不在 1–4 之间", "member …'s disability grade … is not 1–4"),
            ErrorCode::HouseholdNegativeIncome => (8110, Domain::Household, "household.negative_income", "第 … 名成员的收入金额为负", "member … has a negative income amount"),
            ErrorCode::HouseholdNegativeExpense => (8111, Domain::Household, "household.negative_expense", "第 … 名成员的刚性支出金额为负", "member … has a negative expense amount"),
            ErrorCode::HouseholdNegativeCurrentDibao => (8112, Domain::Household, "household.negative_current_dibao", "现领低保金额为负", "the current 低保 amount is negative"),
            ErrorCode::HouseholdNegativeAsset => (8113, Domain::Household, "household.negative_asset", "第 … 项财产金额为负", "asset … has a negative value"),
            ErrorCode::HouseholdBadResidence => (8114, Domain::Household, "household.bad_residence", "户籍所在地“…”不是 6 位行政区划代码", "residence \"…\" is not a six-digit division code"),
            ErrorCode::HouseholdBadStaffTie => (8115, Domain::Household, "household.bad_staff_tie", "近亲属关系指向不存在的第 … 名成员", "a staff tie names member …, who does not exist"),
            ErrorCode::HouseholdParentCount => (8116, Domain::Household, "household.parent_count", "第 … 名成员的父母信息应为 2 人，实为 … 人", "member …'s parents: expected 2, found …"),
            ErrorCode::HouseholdBadSelfCare => (8117, Domain::Household, "household.bad_self_care", "第 … 名成员的生活自理未达项数 … 不在 0–6 之间", "member …'s self-care count … is not 0–6"),
            ErrorCode::ProfileMissingJurisdiction => (8201, Domain::Profile, "profile.missing_jurisdiction", "缺少辖区名称", "no jurisdiction named"),
            ErrorCode::ProfileNoVersions => (8202, Domain::Profile, "profile.no_versions", "没有任何生效版本", "no versions"),
            ErrorCode::ProfileDuplicateEffectiveDate => (8203, Domain::Profile, "profile.duplicate_effective_date", "生效日期 … 重复", "two versions take effect on …"),
            ErrorCode::ProfileNotPositive => (8204, Domain::Profile, "profile.not_positive", "… 版本的“…”必须为正数", "\"…\" of the … version must be positive"),
            ErrorCode::ProfileBadValue => (8205, Domain::Profile, "profile.bad_value", "… 版本的“…”取值无效：…", "\"…\" of the … version is invalid: …"),
            ErrorCode::ProfileMissingBasis => (8206, Domain::Profile, "profile.missing_basis", "… 版本的“…”缺少依据", "\"…\" of the … version has no legal reference"),
            ErrorCode::ProfileBadGrade => (8207, Domain::Profile, "profile.bad_grade", "… 版本的“…”含无效残疾等级 …", "\"…\" of the … version has an invalid grade …"),
            ErrorCode::ProfileConflictsWithNational => (8208, Domain::Profile, "profile.conflicts_with_national", "… 版本的“…”与全国规定冲突：…", "\"…\" of the … version contradicts the national rule: …"),
            ErrorCode::ProfileBadTimeLimit => (8209, Domain::Profile, "profile.bad_time_limit", "… 版本的地方时限无效：…", "local time limits of the … version are invalid: …"),
            ErrorCode::RecordJson => (9001, Domain::Crosscheck, "crosscheck.record_json", "记录 JSON 格式错误：…", "malformed record JSON: …"),
            ErrorCode::RecordMissingColumn => (9002, Domain::Crosscheck, "crosscheck.record_missing_column", "表头缺少列 …", "the header lacks the column …"),
            ErrorCode::RecordUnknownKind => (9003, Domain::Crosscheck, "crosscheck.record_unknown_kind", "无法识别的记录类型“…”", "unknown record kind \"…\""),
            ErrorCode::RecordMissingValue => (9004, Domain::Crosscheck, "crosscheck.record_missing_value", "缺少 …", "… is missing"),
            ErrorCode::RecordBadValue => (9005, Domain::Crosscheck, "crosscheck.record_bad_value", "… 的值“…”无效", "invalid … \"…\""),
            ErrorCode::RecordNegative => (9006, Domain::Crosscheck, "crosscheck.record_negative", "… 不能为负数", "… cannot be negative"),
            ErrorCode::RecordId => (9007, Domain::Crosscheck, "crosscheck.id", "身份证号码无效", "invalid identity number: …"),
            ErrorCode::EventRefused => (10001, Domain::Eventlog, "eventlog.event_refused", "案件 … 第 … 个事件“…”在“…”状态下不允许：…", "case …, event #… \"…\" is not allowed in state \"…\": …"),
            ErrorCode::EventOutOfOrder => (10002, Domain::Eventlog, "eventlog.out_of_order", "案件 … 第 … 个事件日期 … 早于上一事件 …，请按时间顺序记录", "case …, event #… dated … is before the previous event (…): logs are in date order"),
            ErrorCode::EventBadEvent => (10003, Domain::Eventlog, "eventlog.bad_event", "第 … 行不是有效的事件：…", "line … is not a valid event: …"),
        }
    }
}
