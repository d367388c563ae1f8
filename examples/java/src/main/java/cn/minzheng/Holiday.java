package cn.minzheng;

import java.time.LocalDate;

/** One holiday block of a year's notice (e.g. 国庆节, 2024-10-01 to 2024-10-07). */
public final class Holiday {
    private final String name;
    private final LocalDate firstDay;
    private final LocalDate lastDay;
    private final int daysOff;
    private final int makeupDays;

    Holiday(String name, LocalDate firstDay, LocalDate lastDay, int daysOff, int makeupDays) {
        this.name = name;
        this.firstDay = firstDay;
        this.lastDay = lastDay;
        this.daysOff = daysOff;
        this.makeupDays = makeupDays;
    }

    /**
     * The notice's name of the block.
     *
     * @return the name, e.g. {@code 春节}
     */
    public String name() {
        return name;
    }

    /**
     * The first day off.
     *
     * @return the first day off
     */
    public LocalDate firstDay() {
        return firstDay;
    }

    /**
     * The last day off.
     *
     * @return the last day off
     */
    public LocalDate lastDay() {
        return lastDay;
    }

    /**
     * The number of days off in the block, weekends inside it included.
     *
     * @return the days off
     */
    public int daysOff() {
        return daysOff;
    }

    /**
     * The number of weekend days worked for the block (调休上班).
     *
     * @return the make-up working days
     */
    public int makeupDays() {
        return makeupDays;
    }

    @Override
    public String toString() {
        return name + " " + firstDay + ".." + lastDay + " (" + daysOff + " off, " + makeupDays + " make-up)";
    }
}
