package cn.minzheng;

/** Where a deadline stands on a day. */
public final class Status {
    /** The kinds of status. */
    public enum Kind {
        /** Not yet due; more workdays left than the threshold. */
        RUNNING,
        /** Not yet due; at most the threshold of workdays left. */
        DUE_SOON,
        /** Today is the last day. */
        DUE_TODAY,
        /** Past the due date and not answered. */
        OVERDUE,
        /** Answered on or before the due date. */
        MET,
        /** Answered after the due date. */
        MET_LATE
    }

    private final Kind kind;
    private final int workdays;
    private final int days;

    Status(Kind kind, int workdays, int days) {
        this.kind = kind;
        this.workdays = workdays;
        this.days = days;
    }

    /** @return the status */
    public Kind kind() {
        return kind;
    }

    /**
     * @return workdays left (running, due soon), over (overdue), to spare (met) or late (met
     *     late); 0 when due today
     */
    public int workdays() {
        return workdays;
    }

    /** @return calendar days overdue or late; otherwise 0 */
    public int days() {
        return days;
    }

    @Override
    public String toString() {
        return kind + "(" + workdays + " workdays, " + days + " days)";
    }
}
