package cn.minzheng;

import java.nio.charset.StandardCharsets;

/**
 * A failed call into libminzheng: the stable error number (the same in C, Java and
 * JavaScript), its stable name, and the message in Chinese and in English.
 */
public class MinzhengException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The stable error number. */
    private final int code;
    /** The stable name in the registry. */
    private final String name;
    /** The message in Chinese. */
    private final String zh;
    /** The message in English. */
    private final String en;

    /**
     * An exception with the given number, name and messages.
     *
     * @param code the stable error number (never 0)
     * @param name the stable name, e.g. {@code calendar.year_not_covered}
     * @param zh the message in Chinese
     * @param en the message in English
     */
    public MinzhengException(int code, String name, String zh, String en) {
        super(zh + " / " + en);
        this.code = code;
        this.name = name;
        this.zh = zh;
        this.en = en;
    }

    /** Reads the last error of the calling thread. */
    static MinzhengException last(int code) {
        return new MinzhengException(code, NativeLib.API.minzheng_result_name(code), message(true),
                message(false));
    }

    private static String message(boolean zh) {
        long n = zh ? NativeLib.API.minzheng_last_error_zh(null, 0) : NativeLib.API.minzheng_last_error_en(null, 0);
        byte[] buf = new byte[(int) n + 1];
        if (zh) {
            NativeLib.API.minzheng_last_error_zh(buf, buf.length);
        } else {
            NativeLib.API.minzheng_last_error_en(buf, buf.length);
        }
        return new String(buf, 0, (int) n, StandardCharsets.UTF_8);
    }

    /** @return the stable error number (see ERRORS.md) */
    public int code() {
        return code;
    }

    /** @return the stable name of the error in the registry, e.g. {@code calendar.year_not_covered} */
    public String name() {
        return name;
    }

    /** @return the message in Chinese */
    public String zh() {
        return zh;
    }

    /** @return the message in English */
    public String en() {
        return en;
    }
}
