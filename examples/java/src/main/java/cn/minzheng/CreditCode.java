package cn.minzheng;

/** A checked unified social credit code (统一社会信用代码, GB 32100), decoded. */
public final class CreditCode {
    private final String code;
    private final String division;
    private final String organisation;
    private final String departmentName;
    private final String categoryName;
    private final char department;
    private final char category;
    private final boolean civilAffairs;

    private CreditCode(Structures.CreditCode s) {
        this.code = Structures.cString(s.code);
        this.division = Structures.cString(s.division);
        this.organisation = Structures.cString(s.organisation);
        this.departmentName = Structures.cString(s.department_name);
        this.categoryName = Structures.cString(s.category_name);
        this.department = (char) s.department;
        this.category = (char) s.category;
        this.civilAffairs = s.civil_affairs != 0;
    }

    /**
     * Checks and decodes a code.
     *
     * @param text the code
     * @return the decoded code
     * @throws MinzhengException why it is not valid
     */
    public static CreditCode parse(String text) {
        Structures.CreditCode out = new Structures.CreditCode();
        NativeLib.check(NativeLib.API.minzheng_credit_code_parse(text, out));
        out.read();
        return new CreditCode(out);
    }

    /**
     * Whether a code is a valid unified social credit code (one native call, no exception for
     * an invalid code).
     *
     * @param text a code
     * @return whether it is valid
     */
    public static boolean isValid(String text) {
        byte[] out = new byte[1];
        NativeLib.check(NativeLib.API.minzheng_credit_code_is_valid(text, out));
        return out[0] != 0;
    }

    /** @return the 18-character code */
    public String code() {
        return code;
    }

    /** @return the six-digit division code */
    public String division() {
        return division;
    }

    /** @return the nine-character organisation code */
    public String organisation() {
        return organisation;
    }

    /** @return the registering department's name (e.g. 民政), or empty */
    public String departmentName() {
        return departmentName;
    }

    /** @return the category's name for civil-affairs codes, or empty */
    public String categoryName() {
        return categoryName;
    }

    /** @return the registering department character */
    public char department() {
        return department;
    }

    /** @return the category character */
    public char category() {
        return category;
    }

    /** @return whether registered by civil affairs */
    public boolean isCivilAffairs() {
        return civilAffairs;
    }
}
