package cn.minzheng;

/** Which kind of number a string is to be read as, by its shape and its checks. */
public enum IdKind {
    /** 公民身份号码 (GB 11643). */
    RESIDENT,
    /** 统一社会信用代码 (GB 32100). */
    CREDIT,
    /** 外国人永久居留身份证号码, 2023 edition (recognised only; see {@link Minzheng#idCheck}). */
    FOREIGN_PERMANENT;

    /**
     * Which kind of number {@code text} is (an 18-character string of 17 digits is a resident
     * number even when its birth date is impossible, so a mistyped identity number is never
     * taken for a credit code). Valid or not: parse it with {@link ResidentId#parse} or
     * {@link CreditCode#parse} to learn why not.
     *
     * @param text the number
     * @return its kind
     */
    public static IdKind of(String text) {
        int[] out = new int[1];
        NativeLib.check(NativeLib.API.minzheng_id_kind(text, out));
        switch (out[0]) {
            case 1:
                return RESIDENT;
            case 2:
                return CREDIT;
            default:
                return FOREIGN_PERMANENT;
        }
    }
}
