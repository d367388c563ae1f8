package cn.minzheng;

/** The kind of a day of the official calendar. */
public enum DayKind {
    /** An ordinary working day (工作日). */
    WORKDAY,
    /** A Saturday or Sunday that is a rest day (周休息日). */
    WEEKEND,
    /** A day of a holiday block, or a local rest day (节假日). */
    HOLIDAY,
    /** A weekend day worked in exchange for a holiday (调休上班日). */
    MAKEUP;

    static DayKind of(int code) {
        return values()[code - 1];
    }

    /** @return {@code true} for a workday and a make-up workday */
    public boolean isWorkday() {
        return this == WORKDAY || this == MAKEUP;
    }
}
