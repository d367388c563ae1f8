package cn.minzheng;

import java.time.LocalDate;

/** A checked resident identity number (公民身份号码, GB 11643), decoded. */
public final class ResidentId {
    /** Sex, from the 17th digit. */
    public enum Sex {
        /** 男. */
        MALE,
        /** 女. */
        FEMALE
    }

    private final String number;
    private final String masked;
    private final String division;
    private final LocalDate birthDate;
    private final Sex sex;
    private final boolean convertedFrom15;

    private ResidentId(Structures.ResidentId s) {
        this.number = Structures.cString(s.number);
        this.masked = Structures.cString(s.masked);
        this.division = Structures.cString(s.division);
        this.birthDate = Dates.date(s.birth_date);
        this.sex = s.sex == 1 ? Sex.MALE : Sex.FEMALE;
        this.convertedFrom15 = s.converted_from_15 != 0;
    }

    /**
     * Checks and decodes a number (18 characters, or 15 digits converted).
     *
     * @param text the number
     * @return the decoded number
     * @throws MinzhengException why it is not valid ({@code id_check_character_wrong}, ...);
     *     the message never contains the number in clear
     */
    public static ResidentId parse(String text) {
        Structures.ResidentId out = new Structures.ResidentId();
        NativeLib.check(NativeLib.API.minzheng_resident_id_parse(text, out));
        out.read();
        return new ResidentId(out);
    }

    /**
     * Whether a number is a valid resident identity number (one native call, no exception
     * for an invalid number).
     *
     * @param text a number
     * @return whether it is valid
     */
    public static boolean isValid(String text) {
        byte[] out = new byte[1];
        NativeLib.check(NativeLib.API.minzheng_resident_id_is_valid(text, out));
        return out[0] != 0;
    }

    /**
     * The age in full years on a day of the holder of a valid identity number.
     *
     * @param text the number
     * @param day the day
     * @return the age in full years
     * @throws MinzhengException the parse errors, or {@code id.date_before_birth}
     */
    public static int ageOn(String text, LocalDate day) {
        int[] out = new int[1];
        NativeLib.check(NativeLib.API.minzheng_resident_id_age_on(text, Dates.ymd(day), out));
        return out[0];
    }


    /** @return the 18-character number */
    public String number() {
        return number;
    }

    /** @return the number for display and logs, e.g. {@code 110105********002X} */
    public String masked() {
        return masked;
    }

    /** @return the six-digit division code */
    public String division() {
        return division;
    }

    /** @return the birth date */
    public LocalDate birthDate() {
        return birthDate;
    }

    /** @return the sex */
    public Sex sex() {
        return sex;
    }

    /** @return whether a 15-digit number was converted */
    public boolean convertedFrom15() {
        return convertedFrom15;
    }

    @Override
    public String toString() {
        return masked;
    }
}
